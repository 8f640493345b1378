// Dynamic-shape ops: dynamic_broadcast_in_dim, dynamic_reshape,
// dynamic_iota, get_dimension_size, real_dynamic_slice, dynamic_pad and
// set_dimension_size.
//
// jax.export's shape polymorphism writes these ops with shapes computed by
// tensors; jaxlib refines the program to the caller's static shapes before
// compiling, so what reaches the plugin has static result types while the
// shape operands are still tensors. A lowering cannot read a tensor's values
// while tracing (lowering.h), so every shape comes from the static result
// type, which StableHLO requires to agree with the shape operand. A result
// whose shape is still dynamic is refused at compile time. Starts, limits,
// strides and paddings that only decide which elements go where (not the
// result's shape) stay tensors and are applied in the graph.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

// broadcast_in_dim into the static result shape.
Arrays lower_dynamic_broadcast_in_dim(const ir::Op& op, const Arrays& x) {
  return {broadcast_into(x[0], i64_array(op, "broadcast_dimensions"), result_shape(op))};
}

Arrays lower_dynamic_reshape(const ir::Op& op, const Arrays& x) {
  return {mx::reshape(x[0], result_shape(op))};
}

Arrays lower_dynamic_iota(const ir::Op& op, const Arrays&) {
  const mx::Shape shape = result_shape(op);
  const int64_t dimension = integer(op, "iota_dimension");
  if (dimension < 0 || dimension >= static_cast<int64_t>(shape.size())) {
    throw LoweringError("iota_dimension " + std::to_string(dimension) + " is out of range");
  }
  const mx::Dtype dtype = result_dtype(op);
  // Counted in int64 and converted, like stablehlo.iota.
  mx::array counts = mx::astype(mx::arange(0, shape[dimension], 1, mx::int64), dtype);
  mx::Shape along(shape.size(), 1);
  along[dimension] = shape[dimension];
  return {mx::broadcast_to(mx::reshape(counts, along), shape)};
}

// The operand's shape is static (the check refuses others), so its size is
// a constant of the result's integer type.
Arrays lower_get_dimension_size(const ir::Op& op, const Arrays& x) {
  const int64_t dimension = integer(op, "dimension");
  if (dimension < 0 || dimension >= static_cast<int64_t>(x[0].ndim())) {
    throw LoweringError("dimension " + std::to_string(dimension) + " is out of range");
  }
  return {scalar(static_cast<int64_t>(x[0].shape()[dimension]), result_dtype(op))};
}

// Element `axis` of a 1-D index tensor, as an int64 scalar.
mx::array index_at(const mx::array& indices, int axis) {
  return mx::astype(mx::take(indices, axis), mx::int64);
}

// result[i] = operand[start + i * stride] along every axis; the result's
// static shape gives the count. Indices outside the operand (undefined in
// StableHLO) are clamped so MLX never reads out of bounds.
Arrays lower_real_dynamic_slice(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  mx::array result = x[0];
  for (int d : shape) {
    if (d == 0) return {mx::zeros(shape, result.dtype())};
  }
  for (int axis = 0; axis < static_cast<int>(shape.size()); ++axis) {
    const int extent = result.shape()[axis];
    const mx::array positions =
        index_at(x[1], axis) + mx::arange(0, shape[axis], 1, mx::int64) * index_at(x[3], axis);
    const mx::array clamped = mx::clip(positions, mx::array(int64_t{0}, mx::int64),
                                       mx::array(int64_t{extent - 1}, mx::int64));
    result = mx::take(result, mx::astype(clamped, mx::int32), axis);
  }
  return {result};
}

// dynamic_pad with paddings as tensors: for each axis, result position j
// holds operand element (j - low) / (interior + 1) when that division is
// exact and in range, and the padding value otherwise. Negative padding
// (cropping) falls out of the same rule.
Arrays lower_dynamic_pad(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  const mx::array& operand = x[0];
  const mx::array padding = mx::astype(x[1], operand.dtype());
  for (int d : operand.shape()) {
    if (d == 0) return {mx::broadcast_to(padding, shape)};
  }
  mx::array gathered = operand;
  mx::array inside = mx::array(true);
  const int rank = static_cast<int>(shape.size());
  for (int axis = 0; axis < rank; ++axis) {
    const mx::array zero(int64_t{0}, mx::int64);
    const mx::array step = index_at(x[4], axis) + mx::array(int64_t{1}, mx::int64);
    const mx::array offset = mx::arange(0, shape[axis], 1, mx::int64) - index_at(x[2], axis);
    const mx::array source = mx::floor_divide(mx::maximum(offset, zero), step);
    const int64_t extent = operand.shape()[axis];
    mx::array valid = mx::logical_and(
        mx::logical_and(mx::greater_equal(offset, zero),
                        mx::equal(mx::remainder(mx::maximum(offset, zero), step), zero)),
        mx::less(source, mx::array(extent, mx::int64)));
    const mx::array clamped = mx::minimum(source, mx::array(extent - 1, mx::int64));
    gathered = mx::take(gathered, mx::astype(clamped, mx::int32), axis);
    mx::Shape along(rank, 1);
    along[axis] = shape[axis];
    inside = mx::logical_and(inside, mx::reshape(valid, along));
  }
  return {mx::where(inside, gathered, padding)};
}

// Every result shape must be static: it is the only shape a lowering can use.
Status require_static_results(const ir::Op& op) {
  for (size_t i = 0; i < op.results().size(); ++i) {
    const ir::Type& type = op.result(i).type();
    if (type.is_tensor() && !type.has_static_shape()) {
      return unimplemented(
          describe_op(op) + ": result " + std::to_string(i) + " has the dynamic shape " +
          type.to_string() +
          "; jax-metallib needs every shape known when the program is compiled (jax.export's "
          "shape polymorphism works once the call's shapes are known); please report the "
          "program that needs it on the jax-metallib issue tracker");
    }
  }
  return require_native_types(op);
}

// set_dimension_size makes a bounded dynamic dimension, whose size only the
// data knows; MLX arrays have static shapes, so it is refused.
}  // namespace

void register_dynamic_shape_ops(LoweringTable& table) {
  table.add(ir::OpCode::kDynamicBroadcastInDim, lower_dynamic_broadcast_in_dim,
            require_static_results);
  table.add(ir::OpCode::kDynamicReshape, lower_dynamic_reshape, require_static_results);
  table.add(ir::OpCode::kDynamicIota, lower_dynamic_iota, require_static_results);
  table.add(ir::OpCode::kGetDimensionSize, lower_get_dimension_size);
  table.add(ir::OpCode::kRealDynamicSlice, lower_real_dynamic_slice, require_static_results);
  table.add(ir::OpCode::kDynamicPad, lower_dynamic_pad, require_static_results);
}

}  // namespace metallib::runtime::ops
