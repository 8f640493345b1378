// dot_general: batching and contracting dimensions in any positions, several
// contracting dimensions, results in a preferred element type; and the
// legacy dot, which is a dot_general with fixed dimensions. Operands are
// brought to [batch, free, contracting] / [batch, contracting, free] and
// contracted by one batched matmul; integers, which MLX's matmul does not
// take, by exact multiply-and-sum in the result type.
// A dot algorithm (dot_general's precision types, component counts and
// primitive operations) names the least precision the product may have:
// XLA's CPU backend computes the bfloat16 presets on float32 operands in
// full float32, and the plugin computes every algorithm, tf32 included, in
// the operand type.
#include <algorithm>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

std::vector<int> free_axes(int rank, const std::vector<int64_t>& batch,
                           const std::vector<int64_t>& contracting) {
  std::vector<int> axes;
  for (int i = 0; i < rank; ++i) {
    if (std::find(batch.begin(), batch.end(), i) == batch.end() &&
        std::find(contracting.begin(), contracting.end(), i) == contracting.end()) {
      axes.push_back(i);
    }
  }
  return axes;
}

int extent(const mx::array& a, const std::vector<int>& axes) {
  int64_t n = 1;
  for (int axis : axes) n *= a.shape(axis);
  return static_cast<int>(n);
}

std::vector<int> concat(std::initializer_list<std::vector<int>> parts) {
  std::vector<int> all;
  for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
  return all;
}

std::vector<int> ints(const std::vector<int64_t>& values) {
  return std::vector<int>(values.begin(), values.end());
}

// Elements per chunk of the integer path's broadcast product.
constexpr int64_t kIntegerChunkElements = int64_t{1} << 24;

// [B, M, K] x [B, K, N] -> [B, M, N] exactly in an integer dtype: products
// and sums wrap like XLA's. K is split so no chunk's product is too large.
mx::array integer_matmul(const mx::array& a, const mx::array& b) {
  const int batch = a.shape(0), m = a.shape(1), k = a.shape(2), n = b.shape(2);
  const int64_t per_k = int64_t{batch} * m * n;
  const int step = static_cast<int>(
      std::max<int64_t>(1, kIntegerChunkElements / std::max<int64_t>(per_k, 1)));
  mx::array sum = mx::zeros({batch, m, n}, a.dtype());
  for (int start = 0; start < k; start += step) {
    const int stop = std::min(k, start + step);
    const mx::array a_part = mx::slice(a, {0, 0, start}, {batch, m, stop});  // [B, M, k']
    const mx::array b_part = mx::slice(b, {0, start, 0}, {batch, stop, n});  // [B, k', N]
    const mx::array products =
        mx::multiply(mx::expand_dims(a_part, 3), mx::expand_dims(b_part, 1));  // [B, M, k', N]
    sum = mx::add(sum, mx::astype(mx::sum(products, 2), a.dtype()));
  }
  return sum;
}

Arrays contract(const ir::Op& op, const ir::DotDimensionNumbers& numbers, const Arrays& x) {
  const mx::array& lhs = x[0];
  const mx::array& rhs = x[1];
  const std::vector<int> lb = ints(numbers.lhs_batching_dimensions);
  const std::vector<int> rb = ints(numbers.rhs_batching_dimensions);
  const std::vector<int> lc = ints(numbers.lhs_contracting_dimensions);
  const std::vector<int> rc = ints(numbers.rhs_contracting_dimensions);
  const std::vector<int> lf =
      free_axes(static_cast<int>(lhs.ndim()), numbers.lhs_batching_dimensions,
                numbers.lhs_contracting_dimensions);
  const std::vector<int> rf =
      free_axes(static_cast<int>(rhs.ndim()), numbers.rhs_batching_dimensions,
                numbers.rhs_contracting_dimensions);
  const int batch = extent(lhs, lb), m = extent(lhs, lf), k = extent(lhs, lc),
            n = extent(rhs, rf);
  // Compute in the result type (the preferred element type), so that e.g.
  // bf16 x bf16 -> f32 accumulates in f32 and int8 x int8 -> i32 in i32;
  // a narrower float result is computed in the operands' type and rounded
  // once. Booleans count true products in int32.
  const mx::Dtype result = result_dtype(op);
  mx::Dtype dtype = result;
  if (result == mx::bool_) {
    dtype = mx::int32;
  } else if (is_floating(result) && is_floating(lhs.dtype()) &&
             lhs.dtype().size() > result.size()) {
    dtype = lhs.dtype();
  }
  mx::array a =
      mx::astype(mx::reshape(mx::transpose(lhs, concat({lb, lf, lc})), {batch, m, k}), dtype);
  mx::array b =
      mx::astype(mx::reshape(mx::transpose(rhs, concat({rb, rc, rf})), {batch, k, n}), dtype);
  mx::array product = k == 0               ? mx::zeros({batch, m, n}, dtype)
                      : is_integral(dtype) ? integer_matmul(a, b)
                                           : mx::matmul(a, b);
  if (result == mx::bool_) product = mx::not_equal(product, scalar(int64_t{0}, dtype));
  return {mx::reshape(mx::astype(product, result), result_shape(op))};
}

Arrays lower_dot_general(const ir::Op& op, const Arrays& x) {
  return contract(op, attribute<ir::DotDimensionNumbers>(op, "dot_dimension_numbers"), x);
}

// stablehlo.dot (deprecated, still accepted): vector.vector, matrix.vector,
// vector.matrix or matrix.matrix, contracting the last dimension of lhs with
// the first of rhs.
Arrays lower_dot(const ir::Op& op, const Arrays& x) {
  ir::DotDimensionNumbers numbers;
  numbers.lhs_contracting_dimensions = {static_cast<int64_t>(x[0].ndim()) - 1};
  numbers.rhs_contracting_dimensions = {0};
  return contract(op, numbers, x);
}

Status check_dot(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  for (const ir::Value* operand : op.operands()) {
    const int64_t rank = operand->type().rank();
    if (rank < 1 || rank > 2) {
      return invalid_argument(describe_op(op) + " takes vectors and matrices, not rank " +
                              std::to_string(rank));
    }
  }
  return ok_status();
}

}  // namespace

void register_dot_ops(LoweringTable& table) {
  table.add(ir::OpCode::kDotGeneral, lower_dot_general);
  table.add(ir::OpCode::kDot, lower_dot, check_dot);
}

}  // namespace metallib::runtime::ops
