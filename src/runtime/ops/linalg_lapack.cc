// Factorizations MLX runs through LAPACK: eigh, svd, lu and eig (left
// eigenvectors from the right ones). MLX has them only on its CPU stream, so
// they are built there on every device.
//
// Two differences from XLA's CPU backend (the reference) are bridged here:
// - LAPACK may fail on a matrix holding NaN or infinity, and MLX then raises
//   at run time; JAX's CPU backend returns NaN for every output of such a
//   matrix (eigh's LAPACK may also return a NaN eigenvalue beside finite
//   ones, depending on where the NaN sits). For eigh, svd and eig, a
//   non-finite matrix is replaced by zeros before MLX sees it and all its
//   outputs by NaN afterwards: never a wrong number, never a failed run.
// - Empty matrices never reach MLX: their results are built directly.
#include <limits>

#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

const mx::Device kCpu = mx::Device::cpu;

mx::Shape batch_shape(const mx::array& a) {
  return mx::Shape(a.shape().begin(), a.shape().end() - 2);
}

mx::Shape with(mx::Shape shape, std::initializer_list<int> tail) {
  shape.insert(shape.end(), tail.begin(), tail.end());
  return shape;
}

// A matrix of LAPACK-safe values and, per batch element, whether the
// original held a NaN or infinity ([..., 1, 1]).
struct Sanitized {
  mx::array matrix;
  mx::array non_finite;
};

Sanitized sanitize(const mx::array& a) {
  mx::array magnitude = a.dtype() == mx::complex64 ? mx::abs(a) : a;
  mx::array bad =
      mx::any(mx::logical_not(mx::isfinite(magnitude)), {-2, -1}, /*keepdims=*/true);
  return {mx::where(bad, mx::zeros({}, a.dtype()), a), bad};
}

// `result` with every element of a non-finite input's batch element NaN;
// `vector` results have one trailing dimension instead of two.
mx::array poison(const mx::array& result, const mx::array& non_finite, bool vector) {
  mx::array mask = vector ? mx::squeeze(non_finite, -1) : non_finite;
  return mx::where(mask, mx::array(std::numeric_limits<float>::quiet_NaN(), result.dtype()),
                   result);
}

// The thin QR factors {Q [..., m, n], R [..., n, n]} of a tall (m >= n)
// matrix: MLX's LAPACK QR for real matrices, the Householder one built from
// graph ops for complex64, which MLX's QR does not take. MLX's reference
// BLAS sums a column's entries one after another, which in float32 loses
// about 1e-4 of a 400000-row column's norm; float32 is therefore factored
// in float64 and rounded once.
Arrays thin_qr(const mx::array& a) {
  if (a.dtype() != mx::complex64) {
    auto [q, r] = mx::linalg::qr(mx::astype(a, mx::float64), kCpu);
    return {mx::astype(q, a.dtype()), mx::astype(r, a.dtype())};
  }
  const int n = a.shape(-1);
  Arrays packed = householder_qr(a);
  return {householder_product(packed[0], packed[1]),
          mx::triu(matrix_block(packed[0], 0, n, 0, n))};
}

// {S} or {S, U, V^H} with reduced bases, without ever forming the full
// basis of the long side: MLX's svd always builds U [m, m] and V^H [n, n],
// which for a 400000 x 2 matrix is 640 GB and past LAPACK's 32-bit sizes.
// A tall matrix is factored as Q R and the small square R decomposed
// (LAPACK's own route for tall matrices); a wide one through its adjoint.
Arrays reduced_svd(const mx::array& a, bool compute_uv) {
  const int m = a.shape(-2), n = a.shape(-1);
  if (m < n) {
    Arrays parts = reduced_svd(adjoint(a), compute_uv);  // A^H = U' S V'^H
    if (!compute_uv) return parts;
    return {parts[0], adjoint(parts[2]), adjoint(parts[1])};  // A = V' S U'^H
  }
  mx::array square = a;
  mx::array q = a;
  if (m > n) {
    Arrays qr = thin_qr(a);
    q = qr[0];
    square = qr[1];
  }
  if (!compute_uv) return {mx::linalg::svd(square, /*compute_uv=*/false, kCpu)[0]};
  Arrays parts = mx::linalg::svd(square, /*compute_uv=*/true, kCpu);  // U_r, S, V^H
  mx::array u = m > n ? mx::matmul(q, parts[0]) : parts[0];
  return {parts[1], u, parts[2]};
}

// The inverse of every complex64 matrix [..., n, n]. MLX's inverse takes
// only float32 and float64, so this inverts the real form [[X, -Y], [Y, X]]
// of X + iY, whose inverse is the real form of the complex inverse, in
// float64. It goes through the LU factors because MLX's inverse raises on
// an exactly singular matrix; such a matrix's inverse is NaN here.
mx::array complex_inverse(const mx::array& a) {
  const int n = a.shape(-1), size = 2 * n;
  mx::array x = mx::astype(mx::real(a), mx::float64);
  mx::array y = mx::astype(mx::imag(a), mx::float64);
  mx::array real_form = mx::concatenate(
      {mx::concatenate({x, mx::negative(y)}, -1), mx::concatenate({y, x}, -1)}, -2);
  auto [packed, raw_pivots] = mx::linalg::lu_factor(real_form, kCpu);
  // P real_form = L U with P's row i the identity's row permutation[i].
  mx::array permutation = permutation_from_pivots(mx::astype(raw_pivots, mx::int32), size);
  mx::array p = mx::astype(
      mx::equal(mx::expand_dims(permutation, -1), mx::arange(size, mx::int32)), mx::float64);
  mx::array identity = mx::eye(size, size, 0, mx::float64);
  mx::array l = mx::add(mx::tril(packed, -1), identity);
  mx::array u = mx::triu(packed);
  mx::array singular =
      mx::any(mx::equal(mx::diagonal(u, 0, -2, -1), mx::array(0.0, mx::float64)), -1,
              /*keepdims=*/true);
  singular = mx::expand_dims(singular, -1);  // [..., 1, 1]
  u = mx::where(singular, identity, u);
  mx::array inverse = mx::matmul(mx::linalg::tri_inv(u, /*upper=*/true, kCpu),
                                 mx::matmul(mx::linalg::tri_inv(l, /*upper=*/false, kCpu), p));
  inverse = mx::where(
      singular, mx::array(std::numeric_limits<double>::quiet_NaN(), mx::float64), inverse);
  mx::array re = mx::astype(matrix_block(inverse, 0, n, 0, n), mx::float32);
  mx::array im = mx::astype(matrix_block(inverse, n, size, 0, n), mx::float32);
  return mx::add(mx::astype(re, mx::complex64),
                 mx::multiply(mx::astype(im, mx::complex64), mx::array(mx::complex64_t{0, 1})));
}

// Each column scaled as LAPACK's geev scales eigenvectors: Euclidean norm 1,
// then the phase that makes its largest component (the first, on a tie)
// real and positive.
mx::array normalize_like_geev(const mx::array& vectors) {
  const int n = vectors.shape(-2);
  mx::array magnitude2 =
      mx::add(mx::square(mx::real(vectors)), mx::square(mx::imag(vectors)));  // [..., n, n]
  mx::array norm = mx::sqrt(mx::sum(magnitude2, -2, /*keepdims=*/true));      // [..., 1, n]
  mx::array largest_row = mx::argmax(magnitude2, -2, /*keepdims=*/true);      // [..., 1, n]
  mx::array largest = mx::take_along_axis(vectors, largest_row, -2);
  mx::array phase = mx::divide(mx::conjugate(largest), mx::abs(largest));
  mx::array out = mx::multiply(vectors, mx::divide(phase, norm));
  // Rounding leaves the largest component's imaginary part near zero.
  mx::array rows = mx::reshape(mx::arange(n, mx::uint32), {n, 1});
  return mx::where(mx::equal(rows, largest_row), mx::astype(mx::real(out), mx::complex64), out);
}

// Left eigenvectors u_j (u_j^H A = w_j u_j^H) from the right ones, which
// MLX's eig alone computes: VR^-1 A = diag(w) VR^-1, so u_j is the
// conjugated row j of VR^-1. LAPACK computes them from the Schur form
// instead; inverting VR loses accuracy as VR's condition number grows, so
// for nearly defective matrices these vectors are less accurate than
// LAPACK's (an exactly singular VR gives NaN).
mx::array left_eigenvectors(const mx::array& right) {
  return normalize_like_geev(adjoint(complex_inverse(right)));
}

}  // namespace

Arrays hermitian_eigen(const mx::array& a, bool lower) {
  const int n = a.shape(-1);
  if (a.size() == 0) {
    const mx::Dtype real = a.dtype() == mx::complex64 ? mx::float32 : a.dtype();
    return {mx::zeros(a.shape(), a.dtype()), mx::zeros(with(batch_shape(a), {n}), real)};
  }
  Sanitized in = sanitize(a);
  auto [values, vectors] = mx::linalg::eigh(in.matrix, lower ? "L" : "U", kCpu);
  return {poison(vectors, in.non_finite, false), poison(values, in.non_finite, true)};
}

Arrays singular_value_decomposition(const mx::array& a, bool full_matrices, bool compute_uv) {
  const int m = a.shape(-2), n = a.shape(-1), k = std::min(m, n);
  const mx::Dtype real = a.dtype() == mx::complex64 ? mx::float32 : a.dtype();
  const mx::Shape batch = batch_shape(a);
  if (a.size() == 0) {
    // With no singular values, the full bases are the identities.
    Arrays out{mx::zeros(with(batch, {k}), real)};
    if (compute_uv) {
      out.push_back(full_matrices
                        ? mx::broadcast_to(mx::eye(m, m, 0, a.dtype()), with(batch, {m, m}))
                        : mx::zeros(with(batch, {m, k}), a.dtype()));
      out.push_back(full_matrices
                        ? mx::broadcast_to(mx::eye(n, n, 0, a.dtype()), with(batch, {n, n}))
                        : mx::zeros(with(batch, {k, n}), a.dtype()));
    }
    return out;
  }
  Sanitized in = sanitize(a);
  if (!compute_uv || (!full_matrices && m != n)) {
    Arrays parts = reduced_svd(in.matrix, compute_uv);
    for (size_t i = 0; i < parts.size(); ++i)
      parts[i] = poison(parts[i], in.non_finite, i == 0);
    return parts;
  }
  Arrays parts = mx::linalg::svd(in.matrix, /*compute_uv=*/true, kCpu);  // U, S, V^H (full)
  mx::array u = parts[0], s = parts[1], vh = parts[2];
  if (!full_matrices) {
    mx::Shape start(u.ndim(), 0), u_stop = u.shape(), vh_stop = vh.shape();
    u_stop.back() = k;
    vh_stop[vh.ndim() - 2] = k;
    u = mx::slice(u, start, u_stop);
    vh = mx::slice(vh, start, vh_stop);
  }
  return {poison(s, in.non_finite, true), poison(u, in.non_finite, false),
          poison(vh, in.non_finite, false)};
}

mx::array permutation_from_pivots(const mx::array& pivots, int m) {
  const int k = pivots.shape(-1);
  mx::Shape shape = pivots.shape();
  shape.back() = m;
  mx::array permutation = mx::broadcast_to(mx::arange(m, mx::int32), shape);
  if (permutation.size() == 0) return permutation;
  // Applies the row swaps in order: swap entries i and pivots[i] of the
  // identity ordering, for i = 0 .. k-1. A pivot outside [0, m), which
  // getrf never produces, swaps nothing rather than reading out of bounds.
  mx::array position = mx::arange(m, mx::int32);
  for (int i = 0; i < k && i < m; ++i) {
    mx::Shape start(pivots.ndim(), 0), stop = pivots.shape();
    start.back() = i;
    stop.back() = i + 1;
    mx::array target = mx::slice(pivots, start, stop);  // [..., 1]
    mx::array valid = mx::logical_and(mx::greater_equal(target, mx::array(0)),
                                      mx::less(target, mx::array(m)));
    mx::Shape entry_stop = permutation.shape();
    entry_stop.back() = i + 1;
    mx::array at_i = mx::slice(permutation, start, entry_stop);
    mx::array at_target =
        mx::take_along_axis(permutation, mx::where(valid, target, mx::array(i)), -1);
    permutation = mx::where(mx::equal(position, mx::array(i)), at_target,
                            mx::where(mx::equal(position, target), at_i, permutation));
  }
  return permutation;
}

Arrays lu_decomposition(const mx::array& a) {
  const int m = a.shape(-2), n = a.shape(-1), k = std::min(m, n);
  const mx::Shape batch = batch_shape(a);
  if (a.size() == 0) {
    mx::array pivots = mx::zeros(with(batch, {k}), mx::int32);
    return {a, pivots, permutation_from_pivots(pivots, m)};
  }
  // getrf does not fail on singular or non-finite matrices: it leaves zeros
  // (or NaN) on U's diagonal, as XLA's CPU backend does.
  if (a.dtype() == mx::complex64) return complex_lu_decomposition(a);
  auto [packed, raw_pivots] = mx::linalg::lu_factor(a, kCpu);
  mx::array pivots = mx::astype(raw_pivots, mx::int32);
  mx::array permutation = permutation_from_pivots(pivots, m);
  return {packed, pivots, permutation};
}

Arrays general_eigen(const mx::array& a, bool left_vectors, bool right_vectors) {
  const int n = a.shape(-1);
  const int vector_count = int{left_vectors} + int{right_vectors};
  if (a.size() == 0) {
    Arrays out{mx::zeros(with(batch_shape(a), {n}), mx::complex64)};
    for (int i = 0; i < vector_count; ++i) out.push_back(mx::zeros(a.shape(), mx::complex64));
    return out;
  }
  Sanitized in = sanitize(a);
  if (vector_count == 0) {
    return {poison(mx::linalg::eigvals(in.matrix, kCpu), in.non_finite, true)};
  }
  auto [values, vectors] = mx::linalg::eig(in.matrix, kCpu);
  // MLX 0.32's eig hands out the complex conjugates of a complex matrix's
  // eigenvectors (A conj(v) = w conj(v)); real matrices' are right.
  if (a.dtype() == mx::complex64) vectors = mx::conjugate(vectors);
  Arrays out{poison(values, in.non_finite, true)};
  if (left_vectors) out.push_back(poison(left_eigenvectors(vectors), in.non_finite, false));
  if (right_vectors) out.push_back(poison(vectors, in.non_finite, false));
  return out;
}

}  // namespace metallib::runtime::ops
