// Matrix products: dot_general (and the legacy dot).
#include <algorithm>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_dot_general(const ir::Op& op, const Arrays& x) {
  const auto& numbers = attribute<ir::DotDimensionNumbers>(op, "dot_dimension_numbers");
  const mx::array& lhs = x[0];
  const mx::array& rhs = x[1];
  // Bring both to [batch..., free..., contracting...] / [batch..., contracting..., free...]
  // and contract with one batched matmul.
  auto free_axes = [](int rank, const std::vector<int64_t>& batch,
                      const std::vector<int64_t>& contracting) {
    std::vector<int> axes;
    for (int i = 0; i < rank; ++i) {
      if (std::find(batch.begin(), batch.end(), i) == batch.end() &&
          std::find(contracting.begin(), contracting.end(), i) == contracting.end()) {
        axes.push_back(i);
      }
    }
    return axes;
  };
  const auto& lb = numbers.lhs_batching_dimensions;
  const auto& rb = numbers.rhs_batching_dimensions;
  const auto& lc = numbers.lhs_contracting_dimensions;
  const auto& rc = numbers.rhs_contracting_dimensions;
  std::vector<int> lhs_free = free_axes(static_cast<int>(lhs.ndim()), lb, lc);
  std::vector<int> rhs_free = free_axes(static_cast<int>(rhs.ndim()), rb, rc);
  auto size_of = [](const mx::array& a, const std::vector<int>& axes) {
    int64_t n = 1;
    for (int axis : axes) n *= a.shape()[axis];
    return static_cast<int>(n);
  };
  std::vector<int> lhs_order(lb.begin(), lb.end());
  lhs_order.insert(lhs_order.end(), lhs_free.begin(), lhs_free.end());
  lhs_order.insert(lhs_order.end(), lc.begin(), lc.end());
  std::vector<int> rhs_order(rb.begin(), rb.end());
  rhs_order.insert(rhs_order.end(), rc.begin(), rc.end());
  rhs_order.insert(rhs_order.end(), rhs_free.begin(), rhs_free.end());
  std::vector<int> batch_axes(lb.begin(), lb.end());
  const int batch = size_of(lhs, batch_axes);
  const int m = size_of(lhs, lhs_free);
  const int n = size_of(rhs, rhs_free);
  const int k = size_of(lhs, std::vector<int>(lc.begin(), lc.end()));
  const mx::Dtype dtype = result_dtype(op);
  mx::array a = mx::reshape(mx::transpose(lhs, lhs_order), {batch, m, k});
  mx::array b = mx::reshape(mx::transpose(rhs, rhs_order), {batch, k, n});
  mx::array product = mx::matmul(mx::astype(a, dtype), mx::astype(b, dtype));
  return {mx::reshape(product, result_shape(op))};
}

}  // namespace

void register_dot_ops(LoweringTable& table) {
  table.add(ir::OpCode::kDotGeneral, lower_dot_general);
}

}  // namespace metallib::runtime::ops
