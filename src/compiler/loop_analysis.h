// Loop analysis: recognises stablehlo.while loops whose trip count is known
// before they start (fori_loop and scan lower to these), so the executor can
// run their bodies back to back without reading the condition on the host.
#pragma once

#include <cstdint>
#include <optional>

#include "ir/module.h"

namespace metallib::compiler {

// The number of iterations of `while_op` when it is a counted loop: a
// carried integer starting at a constant, incremented by the constant 1 in
// the body, compared `LT` against a constant (or a loop-invariant carried
// constant) in the condition. nullopt otherwise.
std::optional<int64_t> counted_trip_count(const ir::Op& while_op);

}  // namespace metallib::compiler
