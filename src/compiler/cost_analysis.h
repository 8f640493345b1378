// A static cost estimate of a program, for jax's compiled.cost_analysis():
// floating-point operations, transcendental function evaluations and bytes
// read and written by the ops, counted from the IR's shapes.
#pragma once

#include "ir/module.h"

namespace metallib::compiler {

struct CostEstimate {
  double flops = 0;
  double transcendentals = 0;
  double bytes_accessed = 0;
};

// Counts every op of `function` once per execution; bodies of counted
// loops (see loop_analysis.h) count once per iteration, other loops once.
CostEstimate estimate_cost(const ir::Function& function);

}  // namespace metallib::compiler
