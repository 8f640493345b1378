// Shape ops: broadcast_in_dim, reshape, transpose, concatenate, reverse, pad.
#include <algorithm>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_broadcast_in_dim(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  const std::vector<int64_t>& dims = i64_array(op, "broadcast_dimensions");
  // Place operand axis i at result axis dims[i], with size 1 elsewhere.
  mx::Shape expanded(shape.size(), 1);
  for (size_t i = 0; i < dims.size(); ++i) expanded[dims[i]] = x[0].shape()[i];
  mx::array operand = x[0];
  std::vector<int64_t> order(dims.begin(), dims.end());
  // Operand axes may be listed out of order; transpose them into order first.
  std::vector<int> permutation(dims.size());
  for (size_t i = 0; i < permutation.size(); ++i) permutation[i] = static_cast<int>(i);
  std::sort(permutation.begin(), permutation.end(),
            [&](int a, int b) { return dims[a] < dims[b]; });
  operand = mx::transpose(operand, permutation);
  return {mx::broadcast_to(mx::reshape(operand, expanded), shape)};
}

Arrays lower_reshape(const ir::Op& op, const Arrays& x) {
  return {mx::reshape(x[0], result_shape(op))};
}

Arrays lower_transpose(const ir::Op& op, const Arrays& x) {
  return {mx::transpose(x[0], to_ints(i64_array(op, "permutation")))};
}

}  // namespace

void register_shape_ops(LoweringTable& table) {
  table.add(ir::OpCode::kBroadcastInDim, lower_broadcast_in_dim);
  table.add(ir::OpCode::kReshape, lower_reshape);
  table.add(ir::OpCode::kTranspose, lower_transpose);
}

}  // namespace metallib::runtime::ops
