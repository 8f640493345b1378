#include "compiler/loop_analysis.h"

#include <algorithm>
#include <cstring>

namespace metallib::compiler {
namespace {

// The value of a scalar (or splat) integer constant, if `value` is one.
std::optional<int64_t> constant_integer(const ir::Value* value) {
  const ir::Op* op = value->defining_op();
  if (op == nullptr || op->code() != ir::OpCode::kConstant) return std::nullopt;
  const ir::Attribute* attribute = op->attribute("value");
  const auto* dense = attribute ? attribute->get<ir::DenseElementsAttr>() : nullptr;
  if (dense == nullptr || !dense->type.is_tensor()) return std::nullopt;
  ir::ElementType type = dense->type.element_type();
  if (!ir::is_signed_int(type) && !ir::is_unsigned_int(type)) return std::nullopt;
  const int64_t bytes = ir::host_element_bytes(type);
  if (bytes <= 0 || bytes > 8 || dense->data.size() < static_cast<size_t>(bytes)) {
    return std::nullopt;
  }
  if (!dense->splat && dense->data.size() != static_cast<size_t>(bytes)) return std::nullopt;
  uint64_t raw = 0;
  std::memcpy(&raw, dense->data.data(), static_cast<size_t>(bytes));  // little-endian host
  if (ir::is_signed_int(type) && bytes < 8 && (raw >> (bytes * 8 - 1)) & 1) {
    raw |= ~uint64_t{0} << (bytes * 8);  // sign-extend
  }
  if (ir::is_unsigned_int(type) && bytes == 8 && raw > uint64_t{INT64_MAX}) return std::nullopt;
  return static_cast<int64_t>(raw);
}

const ir::Op* returned_by(const ir::Region& region) {
  if (region.blocks().size() != 1 || region.blocks().front()->ops().empty()) return nullptr;
  return region.blocks().front()->ops().back();
}

bool is_block_argument(const ir::Value* value, const ir::Region& region, size_t index) {
  const ir::Block& block = *region.blocks().front();
  return index < block.arguments().size() && value == block.arguments()[index];
}

// Index of `value` among the arguments of the region's block, or -1.
int argument_index(const ir::Value* value, const ir::Region& region) {
  const auto& arguments = region.blocks().front()->arguments();
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == value) return static_cast<int>(i);
  }
  return -1;
}

// The loop bound: a constant, or a carried value the body passes through
// unchanged whose initial value is a constant.
std::optional<int64_t> loop_invariant_constant(const ir::Value* value, const ir::Op& loop) {
  if (auto constant = constant_integer(value)) return constant;
  const ir::Region& cond = *loop.regions()[0];
  const ir::Region& body = *loop.regions()[1];
  int index = argument_index(value, cond);
  if (index < 0) return std::nullopt;
  const ir::Op* body_return = returned_by(body);
  if (!body_return || !is_block_argument(body_return->operand(index), body, index)) {
    return std::nullopt;
  }
  return constant_integer(loop.operand(index));
}

bool is_increment_by_one(const ir::Value* value, const ir::Region& body, int index) {
  const ir::Op* op = value->defining_op();
  if (op == nullptr || op->code() != ir::OpCode::kAdd) return false;
  const ir::Value* a = op->operand(0);
  const ir::Value* b = op->operand(1);
  if (is_block_argument(a, body, index)) return constant_integer(b) == 1;
  if (is_block_argument(b, body, index)) return constant_integer(a) == 1;
  return false;
}

}  // namespace

std::optional<int64_t> counted_trip_count(const ir::Op& loop) {
  if (loop.code() != ir::OpCode::kWhile || loop.regions().size() != 2) return std::nullopt;
  const ir::Region& cond = *loop.regions()[0];
  const ir::Region& body = *loop.regions()[1];
  const ir::Op* cond_return = returned_by(cond);
  const ir::Op* body_return = returned_by(body);
  if (!cond_return || !body_return || cond_return->operands().size() != 1) return std::nullopt;
  const ir::Op* compare = cond_return->operand(0)->defining_op();
  if (compare == nullptr || compare->code() != ir::OpCode::kCompare) return std::nullopt;
  const ir::Attribute* direction = compare->attribute("comparison_direction");
  const auto* dir = direction ? direction->get<ir::ComparisonDirectionAttr>() : nullptr;
  if (dir == nullptr || dir->value != ir::ComparisonDirection::kLt) return std::nullopt;
  if (compare->parent() != cond.blocks().front().get()) return std::nullopt;

  int counter = argument_index(compare->operand(0), cond);
  if (counter < 0 || static_cast<size_t>(counter) >= body_return->operands().size()) {
    return std::nullopt;
  }
  if (!is_increment_by_one(body_return->operand(counter), body, counter)) return std::nullopt;
  std::optional<int64_t> start = constant_integer(loop.operand(counter));
  std::optional<int64_t> limit = loop_invariant_constant(compare->operand(1), loop);
  if (!start || !limit) return std::nullopt;
  return std::max<int64_t>(0, *limit - *start);
}

}  // namespace metallib::compiler
