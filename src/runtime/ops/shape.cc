// Shape ops: broadcast_in_dim, broadcast, reshape, transpose, concatenate,
// reverse and pad (with negative and interior padding, which MLX's pad
// lacks: interior padding interleaves pad blocks, negative padding crops).
#include <algorithm>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_broadcast_in_dim(const ir::Op& op, const Arrays& x) {
  return {broadcast_into(x[0], i64_array(op, "broadcast_dimensions"), result_shape(op))};
}

// Legacy broadcast: the new dimensions come first.
Arrays lower_broadcast(const ir::Op& op, const Arrays& x) {
  return {mx::broadcast_to(x[0], result_shape(op))};
}

Arrays lower_reshape(const ir::Op& op, const Arrays& x) {
  return {mx::reshape(x[0], result_shape(op))};
}

Arrays lower_transpose(const ir::Op& op, const Arrays& x) {
  return {mx::transpose(x[0], to_ints(i64_array(op, "permutation")))};
}

Arrays lower_concatenate(const ir::Op& op, const Arrays& x) {
  const int axis = static_cast<int>(integer(op, "dimension"));
  // MLX cannot concatenate nothing; zero-sized pieces contribute nothing.
  Arrays pieces;
  for (const mx::array& piece : x) {
    if (piece.shape(axis) > 0) pieces.push_back(piece);
  }
  if (pieces.empty()) return {mx::zeros(result_shape(op), result_dtype(op))};
  if (pieces.size() == 1) return {pieces.front()};
  return {mx::concatenate(pieces, axis)};
}

Arrays lower_reverse(const ir::Op& op, const Arrays& x) {
  mx::array result = x[0];
  for (int64_t axis : i64_array(op, "dimensions"))
    result = mx::flip(result, static_cast<int>(axis));
  return {result};
}

// A block of `value` shaped like `like` except `size` along `axis`.
mx::array pad_block(const mx::array& like, int axis, int size, const mx::array& value) {
  mx::Shape shape = like.shape();
  shape[axis] = size;
  return mx::broadcast_to(mx::astype(value, like.dtype()), shape);
}

// Inserts `interior` pad elements between neighbours along `axis`: each
// element gets a pad block after it, then the trailing block is cut off.
mx::array pad_interior(const mx::array& x, int axis, int interior, const mx::array& value) {
  const int n = x.shape(axis);
  if (interior == 0 || n <= 1) return x;
  mx::Shape with_unit = x.shape();
  with_unit.insert(with_unit.begin() + axis + 1, 1);
  const mx::array column = mx::reshape(x, with_unit);
  const mx::array padded =
      mx::concatenate({column, pad_block(column, axis + 1, interior, value)}, axis + 1);
  mx::Shape flat = x.shape();
  flat[axis] = n * (interior + 1);
  mx::array interleaved = mx::reshape(padded, flat);
  mx::Shape stop = interleaved.shape();
  stop[axis] = n + (n - 1) * interior;
  return mx::slice(interleaved, mx::Shape(flat.size(), 0), stop);
}

// Adds (or, when negative, crops) `low` and `high` elements along `axis`.
mx::array pad_edges(const mx::array& x, int axis, int low, int high, const mx::array& value) {
  mx::array result = x;
  if (low < 0 || high < 0) {
    mx::Shape start(x.ndim(), 0);
    mx::Shape stop = x.shape();
    start[axis] = std::max(0, -low);
    stop[axis] = std::max(start[axis], x.shape(axis) - std::max(0, -high));
    result = mx::slice(result, start, stop);
  }
  Arrays pieces;
  if (low > 0) pieces.push_back(pad_block(result, axis, low, value));
  pieces.push_back(result);
  if (high > 0) pieces.push_back(pad_block(result, axis, high, value));
  return pieces.size() == 1 ? result : mx::concatenate(pieces, axis);
}

Arrays lower_pad(const ir::Op& op, const Arrays& x) {
  const std::vector<int64_t>& low = i64_array(op, "edge_padding_low");
  const std::vector<int64_t>& high = i64_array(op, "edge_padding_high");
  const std::vector<int64_t>& interior = i64_array(op, "interior_padding");
  mx::array result = x[0];
  for (int axis = 0; axis < static_cast<int>(result.ndim()); ++axis) {
    result = pad_interior(result, axis, static_cast<int>(interior[axis]), x[1]);
    result = pad_edges(result, axis, static_cast<int>(low[axis]), static_cast<int>(high[axis]),
                       x[1]);
  }
  return {mx::reshape(result, result_shape(op))};
}

}  // namespace

void register_shape_ops(LoweringTable& table) {
  table.add(ir::OpCode::kBroadcastInDim, lower_broadcast_in_dim);
  table.add(ir::OpCode::kBroadcast, lower_broadcast);
  table.add(ir::OpCode::kReshape, lower_reshape);
  table.add(ir::OpCode::kTranspose, lower_transpose);
  table.add(ir::OpCode::kConcatenate, lower_concatenate);
  table.add(ir::OpCode::kReverse, lower_reverse);
  table.add(ir::OpCode::kPad, lower_pad);
}

}  // namespace metallib::runtime::ops
