// Constant folding, only where the result is exactly what the runtime
// would compute: reshapes of constants and broadcasts of splats (data
// unchanged), and integer and boolean arithmetic, comparisons and
// conversions (two's complement, wrapping like XLA). Floating-point
// arithmetic is never folded: the runtime's rounding is the reference.
// Results above kMaxFoldedElements are left alone so programs do not grow.
#include <algorithm>
#include <cstring>
#include <optional>

#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

constexpr int64_t kMaxFoldedElements = 1024;

const ir::DenseElementsAttr* constant_of(const ir::Value* value) {
  const ir::Op* op = value->defining_op();
  if (op == nullptr || op->code() != ir::OpCode::kConstant) return nullptr;
  const ir::Attribute* attribute = op->attribute("value");
  return attribute ? attribute->get<ir::DenseElementsAttr>() : nullptr;
}

int64_t element_count(const ir::Type& type) {
  int64_t n = 1;
  for (int64_t d : type.dims()) n *= d;
  return n;
}

bool is_integer_like(ir::ElementType type) {
  return type == ir::ElementType::kPred ||
         ((ir::is_signed_int(type) || ir::is_unsigned_int(type)) &&
          ir::host_element_bytes(type) == ir::element_bit_width(type) / 8);
}

// Element i of an integer or boolean constant, sign- or zero-extended.
int64_t integer_at(const ir::DenseElementsAttr& constant, int64_t i) {
  const ir::ElementType type = constant.type.element_type();
  const int64_t bytes = ir::host_element_bytes(type);
  const int64_t at = constant.splat ? 0 : i * bytes;
  uint64_t raw = 0;
  std::memcpy(&raw, constant.data.data() + at, static_cast<size_t>(bytes));
  if (ir::is_signed_int(type) && bytes < 8 && ((raw >> (bytes * 8 - 1)) & 1)) {
    raw |= ~uint64_t{0} << (bytes * 8);
  }
  return static_cast<int64_t>(raw);
}

// A constant of `type` holding `values` truncated to its width (booleans
// become 0 or 1), as a splat when they are all equal.
ir::DenseElementsAttr make_constant(const ir::Type& type, const std::vector<int64_t>& values) {
  const ir::ElementType element = type.element_type();
  const int64_t bytes = ir::host_element_bytes(element);
  bool splat = true;
  for (int64_t v : values) splat = splat && v == values.front();
  const size_t count = splat ? 1 : values.size();
  std::string data(count * static_cast<size_t>(bytes), '\0');
  for (size_t i = 0; i < count; ++i) {
    uint64_t raw = static_cast<uint64_t>(values[i]);
    if (element == ir::ElementType::kPred) raw = raw != 0;
    std::memcpy(data.data() + i * bytes, &raw, static_cast<size_t>(bytes));
  }
  return ir::DenseElementsAttr{type, std::move(data), splat};
}

std::optional<int64_t> combine(ir::OpCode code, int64_t a, int64_t b, bool is_unsigned) {
  const uint64_t ua = static_cast<uint64_t>(a), ub = static_cast<uint64_t>(b);
  switch (code) {
    case ir::OpCode::kAdd: return static_cast<int64_t>(ua + ub);
    case ir::OpCode::kSubtract: return static_cast<int64_t>(ua - ub);
    case ir::OpCode::kMultiply: return static_cast<int64_t>(ua * ub);
    case ir::OpCode::kAnd: return a & b;
    case ir::OpCode::kOr: return a | b;
    case ir::OpCode::kXor: return a ^ b;
    case ir::OpCode::kMaximum:
      return is_unsigned ? static_cast<int64_t>(std::max(ua, ub)) : std::max(a, b);
    case ir::OpCode::kMinimum:
      return is_unsigned ? static_cast<int64_t>(std::min(ua, ub)) : std::min(a, b);
    default: return std::nullopt;
  }
}

std::optional<bool> compare(ir::ComparisonDirection direction, int64_t a, int64_t b,
                            bool is_unsigned) {
  const uint64_t ua = static_cast<uint64_t>(a), ub = static_cast<uint64_t>(b);
  switch (direction) {
    case ir::ComparisonDirection::kEq: return a == b;
    case ir::ComparisonDirection::kNe: return a != b;
    case ir::ComparisonDirection::kLt: return is_unsigned ? ua < ub : a < b;
    case ir::ComparisonDirection::kLe: return is_unsigned ? ua <= ub : a <= b;
    case ir::ComparisonDirection::kGt: return is_unsigned ? ua > ub : a > b;
    case ir::ComparisonDirection::kGe: return is_unsigned ? ua >= ub : a >= b;
  }
  return std::nullopt;
}

// The folded value of `op`, when it is exactly computable here.
std::optional<ir::DenseElementsAttr> fold(const ir::Op& op) {
  if (op.results().size() != 1 || op.operands().empty()) return std::nullopt;
  const ir::Type& type = op.result(0).type();
  if (!type.is_tensor() || !type.has_static_shape()) return std::nullopt;
  std::vector<const ir::DenseElementsAttr*> inputs;
  for (const ir::Value* operand : op.operands()) {
    const ir::DenseElementsAttr* constant = constant_of(operand);
    if (constant == nullptr) return std::nullopt;
    inputs.push_back(constant);
  }
  const ir::DenseElementsAttr& first = *inputs.front();
  const int64_t count = element_count(type);
  if (count == 0) return std::nullopt;
  switch (op.code()) {
    case ir::OpCode::kReshape:
      if (!first.splat && count > kMaxFoldedElements) return std::nullopt;
      return ir::DenseElementsAttr{type, first.data, first.splat};
    case ir::OpCode::kBroadcastInDim:
      if (!first.splat) return std::nullopt;
      return ir::DenseElementsAttr{type, first.data, true};
    default: break;
  }
  // Element-wise integer folds.
  const ir::ElementType element = first.type.element_type();
  if (!is_integer_like(element) || !is_integer_like(type.element_type())) return std::nullopt;
  const bool all_splat =
      std::all_of(inputs.begin(), inputs.end(), [](auto* c) { return c->splat; });
  if (!all_splat && count > kMaxFoldedElements) return std::nullopt;
  const int64_t n = all_splat ? 1 : count;
  const bool is_unsigned = ir::is_unsigned_int(element) || element == ir::ElementType::kPred;
  std::vector<int64_t> values(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    if (op.code() == ir::OpCode::kConvert) {
      values[i] = integer_at(first, i);
    } else if (op.code() == ir::OpCode::kCompare && inputs.size() == 2) {
      const ir::Attribute* attribute = op.attribute("comparison_direction");
      const auto* direction =
          attribute ? attribute->get<ir::ComparisonDirectionAttr>() : nullptr;
      if (direction == nullptr) return std::nullopt;
      auto result = compare(direction->value, integer_at(first, i), integer_at(*inputs[1], i),
                            is_unsigned);
      if (!result) return std::nullopt;
      values[i] = *result;
    } else if (inputs.size() == 2) {
      auto result =
          combine(op.code(), integer_at(first, i), integer_at(*inputs[1], i), is_unsigned);
      if (!result) return std::nullopt;
      values[i] = *result;
    } else {
      return std::nullopt;
    }
  }
  return make_constant(type, values);
}

// A folded op stays in the module's arena, so the addresses `replaced` is
// keyed by are never reused by new values.
void fold_region(ir::Region& region, ir::ValueMap& replaced) {
  for (const auto& block : region.blocks()) {
    for (ir::Op* op : block->take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& nested : op->regions()) fold_region(*nested, replaced);
      std::optional<ir::DenseElementsAttr> folded;
      if (op->code() != ir::OpCode::kConstant) folded = fold(*op);
      if (!folded) {
        block->append_op(op);
        continue;
      }
      ir::Op& constant = block->add_op(ir::OpCode::kConstant, {}, {op->result(0).type()},
                                       op->shared_location());
      constant.set_attribute("value", ir::Attribute{std::move(*folded)});
      replaced[&op->result(0)] = &constant.result(0);
    }
  }
}

}  // namespace

Status fold_constants(ir::Module& module) {
  for (const auto& function : module.functions) {
    ir::ValueMap replaced;
    fold_region(function->body, replaced);
  }
  return ok_status();
}

}  // namespace metallib::compiler
