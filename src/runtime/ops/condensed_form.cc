// Reductions to condensed form by Householder reflectors, as LAPACK's
// unblocked routines compute them: sytd2/hetd2 (JAX's tridiagonal) and
// gehd2 (JAX's hessenberg).
// JAX lowers these primitives only through LAPACK on CPU (and cuSOLVER's
// sytrd on GPU), and MLX has no such routines, so they are built
// from MLX graph ops one column at a time (householder.cc builds QR the
// same way) and run on any stream.
#include <algorithm>
#include <vector>

#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

bool is_complex(mx::Dtype dtype) {
  return dtype == mx::complex64;
}

mx::Dtype real_dtype(mx::Dtype dtype) {
  return is_complex(dtype) ? mx::float32 : dtype;
}

// [..., r, 1] -> [..., 1, r], conjugated.
mx::array row_adjoint(const mx::array& v) {
  mx::array row = mx::swapaxes(v, -1, -2);
  return is_complex(v.dtype()) ? mx::conjugate(row) : row;
}

// `a` with the imaginary part of its diagonal dropped: hetrd reads only the
// real part of a Hermitian matrix's diagonal.
mx::array real_diagonal(const mx::array& a) {
  if (!is_complex(a.dtype())) return a;
  const int n = a.shape(-1);
  mx::array on_diagonal = mx::eye(n, n, 0, mx::bool_);
  return mx::where(on_diagonal, mx::astype(mx::real(a), a.dtype()), a);
}

// The whole Hermitian matrix that the `lower` (or upper) triangle of `a`
// describes. Working on the whole matrix makes each rank-2 update one
// graph op; only the referenced triangle of the result is kept.
mx::array hermitian_from_triangle(const mx::array& a, bool lower) {
  const int n = a.shape(-1);
  mx::array strict = mx::tri(n, n, -1, mx::bool_);
  if (!lower) strict = mx::transpose(strict);
  mx::array zero = mx::zeros({}, a.dtype());
  mx::array triangle = mx::where(strict, a, zero);
  mx::array diagonal = mx::where(mx::eye(n, n, 0, mx::bool_), a, zero);
  return real_diagonal(mx::add(mx::add(triangle, adjoint(triangle)), diagonal));
}

// H^H B H for a Hermitian block B and H = I - tau v v^H, as sytd2 writes
// it: x = tau B v, w = x - 1/2 tau (x^H v) v, B - v w^H - w v^H.
mx::array two_sided_reflection(const mx::array& b, const mx::array& v, const mx::array& tau) {
  mx::array x = mx::multiply(tau, mx::matmul(b, v));
  mx::array x_adjoint_v = mx::matmul(row_adjoint(x), v);  // [..., 1, 1]
  mx::array alpha = mx::multiply(mx::multiply(mx::array(-0.5f, v.dtype()), tau), x_adjoint_v);
  mx::array w = mx::add(x, mx::multiply(alpha, v));
  return mx::subtract(b, mx::add(mx::matmul(v, row_adjoint(w)), mx::matmul(w, row_adjoint(v))));
}

// The reflector H = I - tau v v^H that zeroes column j of `a` below its
// subdiagonal (v = [1, tail]), with the column's new part [head, tail] as
// LAPACK stores it below the diagonal; tau is appended to `taus`.
struct SubdiagonalReflector {
  mx::array tau, v, stored_column;
};

SubdiagonalReflector subdiagonal_reflector(const mx::array& a, int j,
                                           std::vector<mx::array>& taus) {
  const int n = a.shape(-1);
  mx::array alpha = matrix_block(a, j + 1, j + 2, j, j + 1);
  auto [tau, tail, head] = householder_reflector(alpha, matrix_block(a, j + 2, n, j, j + 1));
  taus.push_back(mx::squeeze(tau, -1));
  return {tau, mx::concatenate({mx::ones(alpha.shape(), a.dtype()), tail}, -2),
          mx::concatenate({head, tail}, -2)};
}

// One step of the lower reduction: the reflector that zeroes column j
// below its subdiagonal, applied to the trailing block.
mx::array lower_step(const mx::array& h, int j, std::vector<mx::array>& taus) {
  const int n = h.shape(-1);
  const auto [tau, v, stored_column] = subdiagonal_reflector(h, j, taus);
  mx::array trailing = matrix_block(h, j + 1, n, j + 1, n);
  mx::array out = put_block(h, two_sided_reflection(trailing, v, tau), j + 1, j + 1);
  return put_block(out, stored_column, j + 1, j);
}

// The upper reduction's step for column c (from the last one backward):
// the reflector zeroes the column above its superdiagonal and acts on the
// leading c x c block; the column keeps [tail, beta] above the diagonal.
mx::array upper_step(const mx::array& h, int c, std::vector<mx::array>& taus) {
  mx::array alpha = matrix_block(h, c - 1, c, c, c + 1);
  auto [tau, tail, head] = householder_reflector(alpha, matrix_block(h, 0, c - 1, c, c + 1));
  taus.push_back(mx::squeeze(tau, -1));
  mx::array v = mx::concatenate({tail, mx::ones(alpha.shape(), h.dtype())}, -2);
  mx::array leading = matrix_block(h, 0, c, 0, c);
  mx::array out = put_block(h, two_sided_reflection(leading, v, tau), 0, 0);
  return put_block(out, mx::concatenate({tail, head}, -2), 0, c);
}

// One step of gehd2: the reflector H that zeroes column j below its
// subdiagonal, applied from both sides, A := H^H A H (from the right to
// columns j+1.., from the left to rows j+1.. of those columns; column j
// itself becomes [beta, 0...]); the column keeps [beta, tail] below the
// diagonal.
mx::array hessenberg_step(const mx::array& a, int j, std::vector<mx::array>& taus) {
  const int n = a.shape(-1);
  const auto [tau, v, stored_column] = subdiagonal_reflector(a, j, taus);
  mx::array right = matrix_block(a, 0, n, j + 1, n);
  right =
      mx::subtract(right, mx::multiply(tau, mx::matmul(mx::matmul(right, v), row_adjoint(v))));
  mx::array out = put_block(a, right, 0, j + 1);
  mx::array tau_adjoint = is_complex(tau.dtype()) ? mx::conjugate(tau) : tau;
  mx::array left = matrix_block(out, j + 1, n, j + 1, n);
  left = mx::subtract(
      left, mx::multiply(tau_adjoint, mx::matmul(v, mx::matmul(row_adjoint(v), left))));
  out = put_block(out, left, j + 1, j + 1);
  return put_block(out, stored_column, j + 1, j);
}

mx::array real_part(const mx::array& a) {
  return is_complex(a.dtype()) ? mx::real(a) : a;
}

mx::Shape vector_shape(const mx::array& a, int length) {
  mx::Shape shape(a.shape().begin(), a.shape().end() - 1);
  shape.back() = length;
  return shape;
}

}  // namespace

Arrays tridiagonal_reduction(const mx::array& a, bool lower) {
  const mx::Dtype dtype = a.dtype(), real = real_dtype(dtype);
  const int n = a.shape(-1), k = std::max(n - 1, 0);
  if (a.size() == 0) {
    return {a, mx::zeros(vector_shape(a, n), real), mx::zeros(vector_shape(a, k), real),
            mx::zeros(vector_shape(a, k), dtype)};
  }
  mx::array h = hermitian_from_triangle(a, lower);
  std::vector<mx::array> taus;
  if (lower) {
    for (int j = 0; j + 1 < n; ++j) h = lower_step(h, j, taus);
  } else {
    for (int c = n - 1; c >= 1; --c) h = upper_step(h, c, taus);
    std::reverse(taus.begin(), taus.end());  // tau[i] belongs to column i + 1
  }
  // Rounding leaves the diagonal's imaginary parts near, not at, zero; the
  // diagonal holds T's, which is real. (LAPACK's blocked hetrd, which the
  // CPU backend runs for n > 32, leaves the last entry's imaginary part in
  // the upper case; its d, e and taus are the same.)
  h = real_diagonal(h);
  mx::array referenced = mx::tri(n, n, 0, mx::bool_);
  if (!lower) referenced = mx::transpose(referenced);
  mx::array d = real_part(mx::diagonal(h, 0, -2, -1));
  mx::array e = real_part(mx::diagonal(h, lower ? -1 : 1, -2, -1));
  mx::array tau =
      taus.empty() ? mx::zeros(vector_shape(a, 0), dtype) : mx::concatenate(taus, -1);
  return {mx::where(referenced, h, a), d, e, tau};
}

Arrays hessenberg_reduction(const mx::array& a) {
  const int n = a.shape(-1);
  std::vector<mx::array> taus;
  if (a.size() == 0 || n < 2)
    return {a, mx::zeros(vector_shape(a, std::max(n - 1, 0)), a.dtype())};
  mx::array h = a;
  for (int j = 0; j + 1 < n; ++j) h = hessenberg_step(h, j, taus);
  return {h, mx::concatenate(taus, -1)};
}

}  // namespace metallib::runtime::ops
