#include "ir/rewrite.h"

#include "ir/walk.h"

namespace metallib::ir {
namespace {

Value* resolve(Value* value, const ValueMap& map) {
  // Bounded by the map's size, so a cycle (a bug in a pass) cannot hang.
  for (size_t steps = 0; steps <= map.size(); ++steps) {
    auto it = map.find(value);
    if (it == map.end() || it->second == value) return value;
    value = it->second;
  }
  return value;
}

// The operands of `op` itself, not of the ops in its regions.
void remap_own_operands(Op& op, const ValueMap& map) {
  for (Value*& operand : op.mutable_operands()) operand = resolve(operand, map);
}

}  // namespace

void remap_operands(Op& op, const ValueMap& map) {
  if (map.empty()) return;
  for_each_op(op, [&](Op& each) { remap_own_operands(each, map); });
}

void remap_operands(Region& region, const ValueMap& map) {
  if (map.empty()) return;
  for_each_op(region, [&](Op& each) { remap_own_operands(each, map); });
}

Op& clone_op_into(const Op& op, Block& dst, ValueMap& map) {
  std::vector<Value*> operands;
  operands.reserve(op.operands().size());
  for (Value* operand : op.operands()) operands.push_back(resolve(operand, map));
  std::vector<Type> result_types;
  result_types.reserve(op.results().size());
  for (const auto& result : op.results()) result_types.push_back(result->type());
  Op& copy = dst.add_op(op.code(), std::move(operands), result_types, op.shared_location());
  copy.share_attributes(op);
  for (size_t i = 0; i < op.results().size(); ++i) map[op.results()[i]] = &copy.result(i);
  for (const auto& region : op.regions()) {
    Region& region_copy = copy.add_region();
    for (const auto& block : region->blocks()) {
      Block& block_copy = region_copy.add_block();
      for (const auto& argument : block->arguments()) {
        map[argument] = &block_copy.add_argument(argument->type());
      }
      for (const auto& nested : block->ops()) clone_op_into(*nested, block_copy, map);
    }
  }
  return copy;
}

std::optional<std::vector<Value*>> clone_function_body_into(
    const Block& body, Block& dst, ValueMap& map, const std::function<void(Op&)>& on_copy) {
  for (const auto& op : body.ops()) {
    if (op->code() == OpCode::kFuncReturn) {
      std::vector<Value*> returned;
      returned.reserve(op->operands().size());
      for (Value* value : op->operands()) returned.push_back(resolve(value, map));
      return returned;
    }
    Op& copy = clone_op_into(*op, dst, map);
    if (on_copy) on_copy(copy);
  }
  return std::nullopt;
}

void count_uses(const Region& region, UseCounts& counts) {
  for_each_op(region, [&](const Op& op) {
    for (const Value* operand : op.operands()) ++counts[operand];
  });
}

bool has_side_effects(const Op& op) {
  switch (op.code()) {
    case OpCode::kFuncReturn:
    case OpCode::kReturn:
    case OpCode::kCustomCall:  // may call back into the host
    case OpCode::kInfeed:
    case OpCode::kOutfeed:
    case OpCode::kSend:
    case OpCode::kRecv:
    case OpCode::kFuncCall:  // until inlined, the callee is opaque
      return true;
    default: break;
  }
  for (const auto& region : op.regions()) {
    for (const auto& block : region->blocks()) {
      for (const auto& nested : block->ops()) {
        if (nested->code() != OpCode::kReturn && has_side_effects(*nested)) return true;
      }
    }
  }
  return false;
}

}  // namespace metallib::ir
