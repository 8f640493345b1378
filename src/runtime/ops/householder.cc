// Householder QR in LAPACK's compact form (geqrf) and the product of its
// reflectors (orgqr/ungqr): what JAX's qr emits on platforms other than CPU
// and GPU, as XLA's "Qr" and "ProductOfElementaryHouseholderReflectors"
// custom calls. MLX's qr returns Q and R but not the reflectors, so both are
// built here from MLX graph ops, one column at a time; that also covers
// complex64, which MLX's LAPACK routines do not take, on any stream. The
// reflector itself (larfg) is shared with the reductions to tridiagonal and
// Hessenberg form (condensed_form.cc).
#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

bool is_complex(mx::Dtype dtype) {
  return dtype == mx::complex64;
}

mx::array conj(const mx::array& a) {
  return is_complex(a.dtype()) ? mx::conjugate(a) : a;
}

// |a|^2 as a real array.
mx::array squared_magnitude(const mx::array& a) {
  if (!is_complex(a.dtype())) return mx::square(a);
  return mx::add(mx::square(mx::real(a)), mx::square(mx::imag(a)));
}

mx::Dtype working_dtype(mx::Dtype dtype) {
  // Half-precision matrices are factorized in float32 and rounded once.
  return dtype.size() < 4 ? mx::float32 : dtype;
}

// v^H c for a column v [..., r, 1] and a matrix c [..., r, k]: [..., 1, k].
mx::array adjoint_times(const mx::array& v, const mx::array& c) {
  return mx::sum(mx::multiply(conj(v), c), -2, /*keepdims=*/true);
}

}  // namespace

mx::array put_block(const mx::array& a, const mx::array& value, int r0, int c0) {
  mx::Shape start(a.ndim(), 0), stop = a.shape();
  start[a.ndim() - 2] = r0;
  stop[a.ndim() - 2] = r0 + value.shape(-2);
  start[a.ndim() - 1] = c0;
  stop[a.ndim() - 1] = c0 + value.shape(-1);
  return mx::slice_update(a, value, start, stop);
}

Reflector householder_reflector(const mx::array& alpha, const mx::array& rest) {
  const mx::Dtype work = alpha.dtype();
  const mx::Dtype real = is_complex(work) ? mx::float32 : work;
  const mx::array zero = mx::zeros({}, real);
  mx::array rest_norm2 = mx::sum(squared_magnitude(rest), -2, /*keepdims=*/true);
  mx::array alpha_real = is_complex(work) ? mx::real(alpha) : alpha;
  mx::array norm = mx::sqrt(mx::add(squared_magnitude(alpha), rest_norm2));
  mx::array beta = mx::where(mx::greater_equal(alpha_real, zero), mx::negative(norm), norm);
  // A vector already in the form [alpha real, 0...] needs no reflection.
  mx::array trivial = mx::equal(rest_norm2, zero);
  if (is_complex(work)) trivial = mx::logical_and(trivial, mx::equal(mx::imag(alpha), zero));
  mx::array beta_w = mx::astype(beta, work);
  return {
      mx::where(trivial, mx::zeros({}, work), mx::divide(mx::subtract(beta_w, alpha), beta_w)),
      mx::where(trivial, rest, mx::divide(rest, mx::subtract(alpha, beta_w))),
      mx::where(trivial, alpha, beta_w)};
}

Arrays householder_qr(const mx::array& input) {
  const mx::Dtype dtype = input.dtype();
  const mx::Dtype work = working_dtype(dtype);
  mx::array a = mx::astype(input, work);
  const int m = a.shape(-2), n = a.shape(-1), k = std::min(m, n);
  mx::Shape tau_shape = a.shape();
  tau_shape.pop_back();
  tau_shape.back() = k;
  if (k == 0 || a.size() == 0) return {input, mx::zeros(tau_shape, dtype)};
  std::vector<mx::array> taus;
  for (int j = 0; j < k; ++j) {
    // Reflector H = I - tau v v^H with v = [1, tail] mapping the column
    // x = [alpha, rest] to [beta, 0, ...], beta real (LAPACK's larfg).
    mx::array alpha = matrix_block(a, j, j + 1, j, j + 1);
    auto [tau, tail, diagonal] =
        householder_reflector(alpha, matrix_block(a, j + 1, m, j, j + 1));
    taus.push_back(mx::squeeze(tau, -1));
    if (j + 1 < n) {
      // Apply H^H = I - conj(tau) v v^H to the columns right of j.
      mx::Shape one_shape = alpha.shape();
      mx::array v = mx::concatenate({mx::ones(one_shape, work), tail}, -2);
      mx::array trailing = matrix_block(a, j, m, j + 1, n);
      mx::array update = mx::multiply(mx::multiply(conj(tau), v), adjoint_times(v, trailing));
      a = put_block(a, mx::subtract(trailing, update), j, j + 1);
    }
    a = put_block(a, mx::concatenate({diagonal, tail}, -2), j, j);
  }
  return {mx::astype(a, dtype), mx::astype(mx::concatenate(taus, -1), dtype)};
}

mx::array householder_product(const mx::array& input, const mx::array& input_taus) {
  const mx::Dtype dtype = input.dtype();
  const mx::Dtype work = working_dtype(dtype);
  mx::array a = mx::astype(input, work);
  mx::array taus = mx::astype(input_taus, work);
  const int m = a.shape(-2), n = a.shape(-1), k = taus.shape(-1);
  // Q starts as the first n columns of the identity, in every batch element.
  mx::array q = mx::broadcast_to(mx::eye(m, n, 0, work), a.shape());
  if (a.size() == 0) return mx::astype(q, dtype);
  mx::array row = mx::reshape(mx::arange(m, mx::int32), {m, 1});
  // Q = H_0 (H_1 (... (H_{k-1} I))): the last reflector is applied first.
  for (int i = k - 1; i >= 0; --i) {
    mx::array column = matrix_block(a, 0, m, i, i + 1);
    mx::array v =
        mx::where(mx::less(row, mx::array(i)), mx::zeros({}, work),
                  mx::where(mx::equal(row, mx::array(i)), mx::ones({}, work), column));
    mx::Shape start(taus.ndim(), 0), stop = taus.shape();
    start.back() = i;
    stop.back() = i + 1;
    mx::array tau = mx::expand_dims(mx::slice(taus, start, stop), -1);  // [..., 1, 1]
    q = mx::subtract(q, mx::multiply(mx::multiply(tau, v), adjoint_times(v, q)));
  }
  return mx::astype(q, dtype);
}

}  // namespace metallib::runtime::ops
