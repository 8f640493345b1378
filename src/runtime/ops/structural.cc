// Ops that make values without computing on operands, and those that only
// pass values along: constant, iota, tokens, optimization_barrier.
#include <cstring>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

// An array holding `bytes` (little-endian elements, row-major) as `dtype`.
mx::array array_from_bytes(const std::string& bytes, mx::Shape shape, mx::Dtype dtype) {
  mx::allocator::Data memory = mx::allocator::malloc(bytes.size());
  if (!bytes.empty()) std::memcpy(memory.buffer().raw_ptr(), bytes.data(), bytes.size());
  return mx::array(std::move(memory), std::move(shape), dtype);
}

Arrays lower_constant(const ir::Op& op, const Arrays&) {
  const auto& value = attribute<ir::DenseElementsAttr>(op, "value");
  const mx::Dtype dtype = result_dtype(op);
  mx::Shape shape = result_shape(op);
  if (value.splat) {
    // A broadcast scalar: no memory for the whole tensor until it is used.
    return {mx::broadcast_to(array_from_bytes(value.data, {}, dtype), shape)};
  }
  return {array_from_bytes(value.data, std::move(shape), dtype)};
}

Arrays lower_iota(const ir::Op& op, const Arrays&) {
  const mx::Shape shape = result_shape(op);
  const int64_t dimension = integer(op, "iota_dimension");
  if (dimension < 0 || dimension >= static_cast<int64_t>(shape.size())) {
    throw LoweringError("iota_dimension " + std::to_string(dimension) + " is out of range");
  }
  const mx::Dtype dtype = result_dtype(op);
  // Counted in int64 (or float64 on the CPU for f64) and converted: exact for
  // every count MLX can hold, then rounded as a conversion would.
  mx::array counts = mx::arange(0, shape[dimension], 1, mx::int64);
  counts = mx::astype(counts, dtype == mx::bool_ ? mx::bool_ : dtype);
  mx::Shape along(shape.size(), 1);
  along[dimension] = shape[dimension];
  return {mx::broadcast_to(mx::reshape(counts, along), shape)};
}

// Tokens order side effects, which the plan keeps in program order anyway;
// a token is carried as a scalar placeholder.
Arrays lower_token(const ir::Op&, const Arrays&) {
  return {mx::array(false)};
}

Arrays lower_identity(const ir::Op&, const Arrays& operands) {
  return operands;
}

}  // namespace

void register_structural_ops(LoweringTable& table) {
  table.add(ir::OpCode::kConstant, lower_constant);
  table.add(ir::OpCode::kIota, lower_iota);
  table.add(ir::OpCode::kCreateToken, lower_token);
  table.add(ir::OpCode::kAfterAll, lower_token);
  table.add(ir::OpCode::kOptimizationBarrier, lower_identity);
}

}  // namespace metallib::runtime::ops
