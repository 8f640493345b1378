#include "runtime/ops/sort_comparator.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace metallib::runtime::ops {
namespace {

const ir::Op* defined_by(const ir::Value* value, ir::OpCode code) {
  const ir::Op* op = value->defining_op();
  return op != nullptr && op->code() == code ? op : nullptr;
}

std::optional<ir::ComparisonDirection> direction_of(const ir::Op& compare) {
  const ir::Attribute* found = compare.attribute("comparison_direction");
  const auto* direction = found ? found->get<ir::ComparisonDirectionAttr>() : nullptr;
  if (direction == nullptr) return std::nullopt;
  return direction->value;
}

ir::ComparisonType type_of(const ir::Op& compare) {
  const ir::Attribute* found = compare.attribute("compare_type");
  const auto* type = found ? found->get<ir::ComparisonTypeAttr>() : nullptr;
  return type ? type->value : ir::ComparisonType::kNoType;
}

// Matches the comparator's structure against the block of its arguments.
class Matcher {
 public:
  explicit Matcher(const ir::Block& block) : block_(block) {}

  // Whether `lhs` is f(argument 2i) and `rhs` the same f(argument 2i + 1),
  // for one operand i (stored in `operand`; -1 until an argument is met).
  bool mirrored(const ir::Value* lhs, const ir::Value* rhs, int& operand) const {
    if (lhs->owner_block() == &block_ || rhs->owner_block() == &block_) {
      if (lhs->owner_block() != &block_ || rhs->owner_block() != &block_) return false;
      const int i = lhs->index();
      if (i % 2 != 0 || rhs->index() != i + 1) return false;
      if (operand != -1 && operand != i / 2) return false;
      operand = i / 2;
      return true;
    }
    const ir::Op* a = lhs->defining_op();
    const ir::Op* b = rhs->defining_op();
    if (a == nullptr || b == nullptr || a->code() != b->code() || lhs->index() != rhs->index())
      return false;
    if (a->code() == ir::OpCode::kConstant)
      return std::ranges::equal(a->attributes(), b->attributes());
    if (!a->regions().empty() || !b->regions().empty()) return false;
    if (a->operands().size() != b->operands().size() ||
        !std::ranges::equal(a->attributes(), b->attributes()))
      return false;
    if (!(lhs->type() == rhs->type())) return false;
    for (size_t k = 0; k < a->operands().size(); ++k) {
      if (!mirrored(a->operand(k), b->operand(k), operand)) return false;
    }
    return true;
  }

  // A key from compare(x, y) with direction LT or GT (or, equivalently,
  // the arguments swapped and the direction reversed).
  std::optional<SortKey> strict_key(const ir::Value* value) const {
    const ir::Op* compare = defined_by(value, ir::OpCode::kCompare);
    if (compare == nullptr) return std::nullopt;
    const auto direction = direction_of(*compare);
    if (direction != ir::ComparisonDirection::kLt && direction != ir::ComparisonDirection::kGt)
      return std::nullopt;
    SortKey key;
    key.type = type_of(*compare);
    key.descending = direction == ir::ComparisonDirection::kGt;
    int operand = -1;
    if (mirrored(compare->operand(0), compare->operand(1), operand) && operand >= 0) {
      key.expression = compare->operand(0);
    } else if (operand = -1;
               mirrored(compare->operand(1), compare->operand(0), operand) && operand >= 0) {
      key.expression = compare->operand(1);
      key.descending = !key.descending;
    } else {
      return std::nullopt;
    }
    key.operand = operand;
    return key;
  }

  // Whether `value` is compare(EQ) of the same two values as `strict`.
  static bool equal_of(const ir::Value* value, const ir::Op& strict) {
    const ir::Op* equal = defined_by(value, ir::OpCode::kCompare);
    if (equal == nullptr || direction_of(*equal) != ir::ComparisonDirection::kEq ||
        type_of(*equal) != type_of(strict))
      return false;
    const ir::Value* x = strict.operand(0);
    const ir::Value* y = strict.operand(1);
    return (equal->operand(0) == x && equal->operand(1) == y) ||
           (equal->operand(0) == y && equal->operand(1) == x);
  }

  // key0 | (key0 == & rest), recursively; a lone strict compare ends it.
  bool lexicographic(const ir::Value* value, std::vector<SortKey>& keys) const {
    if (auto key = strict_key(value)) {
      keys.push_back(*key);
      return true;
    }
    const ir::Op* either = defined_by(value, ir::OpCode::kOr);
    if (either == nullptr || either->operands().size() != 2) return false;
    for (int first = 0; first < 2; ++first) {
      const ir::Value* strict = either->operand(first);
      const ir::Op* both = defined_by(either->operand(1 - first), ir::OpCode::kAnd);
      auto key = strict_key(strict);
      if (!key || both == nullptr || both->operands().size() != 2) continue;
      for (int eq = 0; eq < 2; ++eq) {
        if (!equal_of(both->operand(eq), *strict->defining_op())) continue;
        std::vector<SortKey> rest;
        if (!lexicographic(both->operand(1 - eq), rest)) continue;
        keys.push_back(*key);
        keys.insert(keys.end(), rest.begin(), rest.end());
        return true;
      }
    }
    return false;
  }

 private:
  const ir::Block& block_;
};

}  // namespace

std::optional<std::vector<SortKey>> lexicographic_keys(const ir::Region& comparator) {
  if (comparator.blocks().size() != 1) return std::nullopt;
  const ir::Block& block = *comparator.blocks().front();
  if (block.ops().empty()) return std::nullopt;
  const ir::Op& terminator = *block.ops().back();
  if (terminator.code() != ir::OpCode::kReturn || terminator.operands().size() != 1)
    return std::nullopt;
  std::vector<SortKey> keys;
  if (!Matcher(block).lexicographic(terminator.operand(0), keys)) return std::nullopt;
  return keys;
}

mx::array evaluate_key(const SortKey& key, const mx::array& operand) {
  const LoweringTable& table = lowering_table();
  std::unordered_map<const ir::Value*, mx::array> known;
  std::function<mx::array(const ir::Value*)> evaluate = [&](const ir::Value* value) {
    if (value->defining_op() == nullptr) return operand;  // argument 2 * key.operand
    if (auto it = known.find(value); it != known.end()) return it->second;
    const ir::Op& op = *value->defining_op();
    Arrays operands;
    for (const ir::Value* input : op.operands()) operands.push_back(evaluate(input));
    const Lowering* lowering = table.find(op.code());
    if (lowering == nullptr) throw LoweringError("no lowering for " + describe_op(op));
    Arrays results = lowering->lower(op, operands);
    for (size_t i = 0; i < results.size(); ++i) known.emplace(&op.result(i), results[i]);
    return known.at(value);
  };
  return mx::broadcast_to(evaluate(key.expression), operand.shape());
}

}  // namespace metallib::runtime::ops
