// stablehlo.cholesky and stablehlo.triangular_solve.
//
// Cholesky runs MLX's LAPACK-backed factorization, which exists only for
// float32 and float64 and only on MLX's CPU stream (so it is built there
// even on a GPU); complex64 is factorized in MLX graph ops. MLX leaves a failed factorization
// half done; XLA's CPU backend (the reference) returns NaN for every element of a matrix that
// is not positive definite, and so do we.
//
// Triangular solve is built from MLX graph ops as a substitution, one row of
// the solution at a time: MLX's own solve_triangular multiplies by an
// explicit inverse, which loses accuracy on ill-conditioned systems and
// raises at run time on a singular matrix, where XLA divides by zero and
// yields inf/NaN. Substitution works for every float and complex dtype.
#include "runtime/ops/linalg.h"

#include <limits>

namespace metallib::runtime::ops {

mx::array matrix_block(const mx::array& a, int r0, int r1, int c0, int c1) {
  mx::Shape start(a.ndim(), 0), stop = a.shape();
  start[a.ndim() - 2] = r0;
  stop[a.ndim() - 2] = r1;
  start[a.ndim() - 1] = c0;
  stop[a.ndim() - 1] = c1;
  return mx::slice(a, start, stop);
}

namespace {

bool flag_or(const ir::Op& op, std::string_view name, bool fallback) {
  const ir::Attribute* found = op.attribute(name);
  if (found == nullptr) return fallback;
  if (const bool* value = found->get<bool>()) return *value;
  throw LoweringError(describe_op(op) + " has a '" + std::string(name) +
                      "' attribute that is not a boolean");
}

bool is_complex(mx::Dtype dtype) {
  return dtype == mx::complex64;
}

// Rows [begin, end) of the trailing matrix dimensions' rows, every batch
// element and column kept.
mx::array rows(const mx::array& a, int begin, int end) {
  mx::Shape start(a.ndim(), 0), stop = a.shape();
  start[a.ndim() - 2] = begin;
  stop[a.ndim() - 2] = end;
  return mx::slice(a, start, stop);
}

// Keeps the lower (or upper) triangle of every matrix, diagonal included,
// and zeroes the other: XLA never reads the other triangle.
mx::array triangle(const mx::array& a, bool lower) {
  const int n = a.shape(-2), m = a.shape(-1);
  mx::array row = mx::reshape(mx::arange(n, mx::int32), {n, 1});
  mx::array col = mx::reshape(mx::arange(m, mx::int32), {1, m});
  mx::array keep = lower ? mx::greater_equal(row, col) : mx::less_equal(row, col);
  return mx::where(keep, a, mx::zeros({}, a.dtype()));
}

mx::array swap_last_axes(const mx::array& a) {
  return mx::swapaxes(a, -1, -2);
}

// Solves M X = B for a triangular M [..., n, n] and B [..., n, k] by
// substitution: each solved row is subtracted from the rows still to solve,
// so every step is one division and one rank-one update.
mx::array substitute(const mx::array& m, const mx::array& b, bool lower, bool unit_diagonal) {
  const int n = m.shape(-1);
  if (n == 0) return b;
  std::vector<mx::array> solved(n, mx::array(0.0f));
  mx::array rest = b;  // the rows not solved yet, already reduced
  for (int step = 0; step < n; ++step) {
    const int i = lower ? step : n - 1 - step;
    const int rest_rows = n - step;
    mx::array r = lower ? rows(rest, 0, 1) : rows(rest, rest_rows - 1, rest_rows);
    mx::array x = unit_diagonal ? r : mx::divide(r, matrix_block(m, i, i + 1, i, i + 1));
    solved[i] = x;
    if (rest_rows == 1) break;
    if (lower) {
      rest = mx::subtract(rows(rest, 1, rest_rows),
                          mx::multiply(matrix_block(m, i + 1, n, i, i + 1), x));
    } else {
      rest = mx::subtract(rows(rest, 0, rest_rows - 1),
                          mx::multiply(matrix_block(m, 0, i, i, i + 1), x));
    }
  }
  return mx::concatenate(solved, -2);
}

// --- stablehlo.triangular_solve ---------------------------------------------

Status check_triangular_solve(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const mx::Dtype dtype = mlx_dtype(operand_element_type(op, 0));
  if (!mx::issubdtype(dtype, mx::inexact)) {
    return unimplemented(describe_op(op) +
                         ": triangular_solve needs a float or complex operand");
  }
  if (op.attribute("transpose_a") != nullptr &&
      op.attribute("transpose_a")->get<ir::TransposeAttr>() == nullptr) {
    return invalid_argument(describe_op(op) + " has an invalid 'transpose_a' attribute");
  }
  return ok_status();
}

Arrays lower_triangular_solve(const ir::Op& op, const Arrays& x) {
  const bool left_side = flag_or(op, "left_side", false);
  const bool lower = flag_or(op, "lower", false);
  const bool unit_diagonal = flag_or(op, "unit_diagonal", false);
  const ir::Attribute* transpose_attr = op.attribute("transpose_a");
  const ir::TransposeKind transpose = transpose_attr
                                          ? transpose_attr->get<ir::TransposeAttr>()->value
                                          : ir::TransposeKind::kNoTranspose;
  const mx::Dtype dtype = x[0].dtype();
  // Half-precision systems are solved in float32 and rounded once.
  const mx::Dtype work = dtype.size() < 4 ? mx::float32 : dtype;
  mx::array a = triangle(mx::astype(x[0], work), lower);
  mx::array b = mx::astype(x[1], work);
  bool lower_op = lower;  // whether op(a) is lower triangular
  if (transpose != ir::TransposeKind::kNoTranspose) {
    a = swap_last_axes(a);
    if (transpose == ir::TransposeKind::kAdjoint && is_complex(work)) a = mx::conjugate(a);
    lower_op = !lower;
  }
  mx::array result = mx::array(0.0f);
  if (left_side) {
    result = substitute(a, b, lower_op, unit_diagonal);  // op(a) X = b
  } else {
    // X op(a) = b  <=>  op(a)^T X^T = b^T
    result = swap_last_axes(
        substitute(swap_last_axes(a), swap_last_axes(b), !lower_op, unit_diagonal));
  }
  return {mx::astype(result, dtype)};
}

// --- stablehlo.cholesky ------------------------------------------------------

Status check_cholesky(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const mx::Dtype dtype = mlx_dtype(operand_element_type(op, 0));
  if (dtype != mx::float32 && dtype != mx::float64 && dtype != mx::complex64) {
    return unimplemented(describe_op(op) + ": cholesky of " +
                         std::string(ir::element_type_name(operand_element_type(op, 0))) +
                         " is not supported (float32, float64 and complex64 are)");
  }
  return ok_status();
}

// The lower Cholesky factor of the Hermitian matrix whose lower triangle is
// `a`, right-looking in MLX graph ops (one column per step): for complex64,
// which MLX's LAPACK routine does not take. A pivot that is not positive
// leaves NaN on the diagonal (the square root of a non-positive real part
// is taken as NaN), so the failure check below sees it.
mx::array complex_cholesky(const mx::array& a) {
  const int n = a.shape(-1);
  const mx::array zero = mx::zeros({}, mx::float32);
  std::vector<mx::array> columns;
  mx::array rest = a;  // the trailing block still to factorize
  for (int j = 0; j < n; ++j) {
    const int size = n - j;
    mx::array pivot = mx::real(matrix_block(rest, 0, 1, 0, 1));
    pivot = mx::where(mx::greater(pivot, zero), mx::sqrt(pivot),
                      mx::array(std::numeric_limits<float>::quiet_NaN()));
    mx::array below =
        mx::divide(matrix_block(rest, 1, size, 0, 1), mx::astype(pivot, a.dtype()));
    mx::Shape above_shape = pivot.shape();
    above_shape[above_shape.size() - 2] = j;
    columns.push_back(mx::concatenate(
        {mx::zeros(above_shape, a.dtype()), mx::astype(pivot, a.dtype()), below}, -2));
    if (size > 1) {
      rest = mx::subtract(matrix_block(rest, 1, size, 1, size),
                          mx::multiply(below, adjoint(below)));
    }
  }
  return mx::concatenate(columns, -1);
}

Arrays lower_cholesky(const ir::Op& op, const Arrays& x) {
  const bool lower = flag_or(op, "lower", false);
  const mx::array& a = x[0];
  if (a.size() == 0) return {a};
  mx::array factor = mx::array(0.0f);
  if (a.dtype() == mx::complex64) {
    // The upper factor U of A is L^H for the lower factor L of the matrix
    // whose lower triangle is the upper triangle of A, conjugated.
    mx::array source = lower ? triangle(a, true) : adjoint(triangle(a, false));
    factor = complex_cholesky(source);
    if (!lower) factor = adjoint(factor);
  } else {
    // LAPACK's potrf reads only the named triangle and stops at the first
    // pivot that is not positive, leaving it (not its square root) on the
    // diagonal.
    factor = mx::linalg::cholesky(a, /*upper=*/!lower, mx::Device::cpu);
  }
  // A factor with a diagonal entry that is not > 0 (NaN included) failed.
  mx::array diagonal = mx::diagonal(factor, 0, -2, -1);
  if (a.dtype() == mx::complex64) diagonal = mx::real(diagonal);
  mx::array failed =
      mx::any(mx::logical_not(mx::greater(diagonal, mx::zeros({}, diagonal.dtype()))), -1,
              /*keepdims=*/true);
  failed = mx::expand_dims(failed, -1);
  return {mx::where(failed, mx::array(std::numeric_limits<float>::quiet_NaN(), a.dtype()),
                    triangle(factor, lower))};
}

}  // namespace

mx::array adjoint(const mx::array& a) {
  mx::array transposed = swap_last_axes(a);
  return is_complex(a.dtype()) ? mx::conjugate(transposed) : transposed;
}

void register_linalg_ops(LoweringTable& table) {
  table.add(ir::OpCode::kCholesky, lower_cholesky, check_cholesky);
  table.add(ir::OpCode::kTriangularSolve, lower_triangular_solve, check_triangular_solve);
}

}  // namespace metallib::runtime::ops
