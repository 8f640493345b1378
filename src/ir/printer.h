// Prints a module as MLIR-like text in MLIR's generic op form:
//   %0 = "stablehlo.add"(%arg0, %arg1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
// Used by the dump tool, MPS_DUMP_DIR and test failure messages.
#pragma once

#include <string>

#include "ir/module.h"

namespace metallib::ir {

std::string print_module(const Module& module);

}  // namespace metallib::ir
