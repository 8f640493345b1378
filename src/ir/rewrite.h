// Helpers for passes that change a program: value substitution, cloning of
// ops with their regions, use counting and the side-effect rule. The IR keeps
// no use lists, so passes collect their substitutions in a ValueMap and apply
// them in one walk.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ir/module.h"

namespace metallib::ir {

// old value -> its replacement
using ValueMap = std::unordered_map<const Value*, Value*>;

// Replaces every operand of `op` and of the ops in its regions that is a key
// of `map` by the mapped value (following chains: a -> b -> c gives c).
void remap_operands(Op& op, const ValueMap& map);
void remap_operands(Region& region, const ValueMap& map);

// Appends a copy of `op`, its attributes and regions to `dst`. Operands found
// in `map` are replaced; the copy's results (and block arguments of copied
// regions) are added to `map` as the images of the originals.
Op& clone_op_into(const Op& op, Block& dst, ValueMap& map);

// Inlines a function body: appends copies of the ops of `body` before its
// func.return to `dst` (as clone_op_into does, calling `on_copy` on each
// top-level copy) and returns the returned values mapped through `map`;
// nullopt when the body has no func.return.
std::optional<std::vector<Value*>> clone_function_body_into(
    const Block& body, Block& dst, ValueMap& map,
    const std::function<void(Op&)>& on_copy = nullptr);

// How many operands across `region` (nested regions included) refer to each value.
using UseCounts = std::unordered_map<const Value*, int>;
void count_uses(const Region& region, UseCounts& counts);

// True when an op must be kept even if its results are unused: it talks to
// the outside world (custom calls, host transfers, collectives) or ends a
// block.
bool has_side_effects(const Op& op);

}  // namespace metallib::ir
