// Slicing: slice (with strides), dynamic_slice and dynamic_update_slice.
// MLX checks no bounds for dynamic starts, so they are clamped in the graph
// to [0, dim - size] exactly as StableHLO specifies.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_slice(const ir::Op& op, const Arrays& x) {
  const mx::Shape start = to_shape(i64_array(op, "start_indices"));
  const mx::Shape limit = to_shape(i64_array(op, "limit_indices"));
  const mx::Shape strides = to_shape(i64_array(op, "strides"));
  // MLX would clip an empty range differently; the result is empty anyway.
  const mx::Shape shape = result_shape(op);
  for (int d : shape) {
    if (d == 0) return {mx::zeros(shape, x[0].dtype())};
  }
  return {mx::slice(x[0], start, limit, strides)};
}

// The start indices (scalar operands from `first`) clamped so that a block
// of `sizes` fits in `shape`, as one int32 vector.
mx::array clamped_starts(const Arrays& x, size_t first, const mx::Shape& shape,
                         const mx::Shape& sizes) {
  Arrays starts;
  for (size_t axis = 0; axis < shape.size(); ++axis) {
    // In int64 first, so that any index type converts without wrapping.
    const mx::array index = mx::astype(x[first + axis], mx::int64);
    const int64_t max_start = static_cast<int64_t>(shape[axis]) - sizes[axis];
    const mx::array clamped = mx::clip(index, mx::array(int64_t{0}, mx::int64),
                                       mx::array(std::max<int64_t>(max_start, 0), mx::int64));
    starts.push_back(mx::reshape(mx::astype(clamped, mx::int32), {1}));
  }
  return mx::concatenate(starts, 0);
}

std::vector<int> all_axes(size_t rank) {
  std::vector<int> axes(rank);
  for (size_t i = 0; i < rank; ++i) axes[i] = static_cast<int>(i);
  return axes;
}

Arrays lower_dynamic_slice(const ir::Op& op, const Arrays& x) {
  const mx::Shape sizes = to_shape(i64_array(op, "slice_sizes"));
  const mx::array& operand = x[0];
  if (operand.ndim() == 0) return {operand};
  for (int size : sizes) {
    if (size == 0) return {mx::zeros(sizes, operand.dtype())};
  }
  const mx::array starts = clamped_starts(x, 1, operand.shape(), sizes);
  return {mx::slice(operand, starts, all_axes(operand.ndim()), sizes)};
}

Arrays lower_dynamic_update_slice(const ir::Op&, const Arrays& x) {
  const mx::array& operand = x[0];
  const mx::array& update = x[1];
  if (operand.ndim() == 0) return {update};
  if (update.size() == 0) return {operand};
  const mx::array starts = clamped_starts(x, 2, operand.shape(), update.shape());
  return {mx::slice_update(operand, update, starts, all_axes(operand.ndim()))};
}

}  // namespace

void register_slicing_ops(LoweringTable& table) {
  table.add(ir::OpCode::kSlice, lower_slice);
  table.add(ir::OpCode::kDynamicSlice, lower_dynamic_slice);
  table.add(ir::OpCode::kDynamicUpdateSlice, lower_dynamic_update_slice);
}

}  // namespace metallib::runtime::ops
