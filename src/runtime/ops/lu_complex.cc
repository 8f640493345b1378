// Partial-pivoting LU for complex64 matrices, which MLX's lu_factor does not
// take. Built from MLX graph ops one column at a time (LAPACK's unblocked
// getf2), so its pivots follow XLA's CPU backend (LAPACK cgetrf): the pivot
// of column j is the first row at or below j with the largest |re| + |im|
// (LAPACK's icamax measure, not the modulus).
#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

// Row r [..., 1, n] of every batch element's matrix.
mx::array row(const mx::array& a, int r) {
  return matrix_block(a, r, r + 1, 0, a.shape(-1));
}

// LAPACK's cabs1: |re| + |im|, as float32.
mx::array pivot_measure(const mx::array& a) {
  return mx::add(mx::abs(mx::real(a)), mx::abs(mx::imag(a)));
}

}  // namespace

Arrays complex_lu_decomposition(const mx::array& input) {
  const int m = input.shape(-2), n = input.shape(-1), k = std::min(m, n);
  mx::array a = input;
  // Row and column positions, broadcast against [..., m, n].
  const mx::array rows = mx::reshape(mx::arange(m, mx::int32), {m, 1});
  const mx::array cols = mx::reshape(mx::arange(n, mx::int32), {1, n});
  std::vector<mx::array> pivots;
  for (int j = 0; j < k; ++j) {
    // The pivot: rows above j are out of the running (measure -1).
    mx::array column = matrix_block(a, 0, m, j, j + 1);  // [..., m, 1]
    mx::array measure =
        mx::where(mx::less(rows, mx::array(j)), mx::array(-1.0f), pivot_measure(column));
    mx::array pivot = mx::argmax(measure, -2, /*keepdims=*/true);  // [..., 1, 1], first max
    pivot = mx::astype(pivot, mx::int32);
    pivots.push_back(pivot);

    // Swap rows j and pivot.
    mx::array row_j = row(a, j);
    mx::array row_p = mx::take_along_axis(a, mx::broadcast_to(pivot, row_j.shape()), -2);
    a = mx::where(mx::equal(rows, mx::array(j)), row_p,
                  mx::where(mx::equal(rows, pivot), row_j, a));

    // Multipliers below the diagonal; a zero pivot (a column of zeros from
    // row j down) leaves them zero, as getf2 does by not scaling.
    mx::array diagonal = matrix_block(a, j, j + 1, j, j + 1);  // [..., 1, 1]
    mx::array safe = mx::where(mx::equal(diagonal, mx::array(0.0f, mx::complex64)),
                               mx::array(1.0f, mx::complex64), diagonal);
    mx::array below = mx::greater(rows, mx::array(j));  // [m, 1]
    mx::array multipliers = mx::where(below, mx::divide(matrix_block(a, 0, m, j, j + 1), safe),
                                      mx::array(0.0f, mx::complex64));
    // Trailing update of rows below j and columns right of j, then the
    // multipliers stored in column j.
    mx::array update = mx::multiply(
        multipliers,
        mx::where(mx::greater(cols, mx::array(j)), row(a, j), mx::array(0.0f, mx::complex64)));
    a = mx::subtract(a, update);
    a = mx::where(mx::logical_and(below, mx::equal(cols, mx::array(j))), multipliers, a);
  }
  mx::Shape pivot_shape = input.shape();
  pivot_shape.pop_back();
  pivot_shape.back() = k;
  mx::array packed_pivots = k == 0 ? mx::zeros(pivot_shape, mx::int32)
                                   : mx::reshape(mx::concatenate(pivots, -1), pivot_shape);
  return {a, packed_pivots, permutation_from_pivots(packed_pivots, m)};
}

}  // namespace metallib::runtime::ops
