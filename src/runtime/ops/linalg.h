// Linear-algebra building blocks shared by the stablehlo.cholesky and
// stablehlo.triangular_solve lowerings (linalg.cc) and the custom_call
// targets that carry factorizations (custom_call.cc). Every function takes
// and returns batched matrices [..., m, n] and only builds MLX graph nodes.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// The block [r0, r1) x [c0, c1) of every batch element's matrix.
mx::array matrix_block(const mx::array& a, int r0, int r1, int c0, int c1);

// The conjugate transpose of every matrix (the transpose when real).
mx::array adjoint(const mx::array& a);

// `a` with the block `value` written at rows [r0, ..) and columns [c0, ..)
// of every batch element's matrix.
mx::array put_block(const mx::array& a, const mx::array& value, int r0, int c0);

// LAPACK's larfg for a batch of vectors [alpha, rest...] (alpha [..., 1, 1],
// rest [..., r, 1]): the reflector H = I - tau v v^H, v = [1, tail], with
// H^H [alpha, rest] = [head, 0...] and head real. tau is 0 (H = I) when rest
// is zero and alpha real. Every array has alpha's dtype (float or complex).
struct Reflector {
  mx::array tau;   // [..., 1, 1]
  mx::array tail;  // [..., r, 1]
  mx::array head;  // [..., 1, 1]: beta, or alpha when tau is 0
};
Reflector householder_reflector(const mx::array& alpha, const mx::array& rest);

// LAPACK's geqrf (XLA's "Qr" target): the Householder QR of `a`, returned
// as {R above the diagonal with the reflectors' tails below it, taus
// [..., min(m, n)]}. Built from MLX graph ops, so every float and complex
// dtype works on any stream.
Arrays householder_qr(const mx::array& a);

// LAPACK's orgqr/ungqr (XLA's "ProductOfElementaryHouseholderReflectors"):
// the first n columns of H_0 H_1 ... H_{k-1} for reflectors stored in `a`
// [..., m, n] below the diagonal and `taus` [..., k].
mx::array householder_product(const mx::array& a, const mx::array& taus);

// LAPACK's sytrd/hetrd (the unblocked sytd2/hetd2): reduces the Hermitian
// matrix held in the `lower` (or upper) triangle to a real tridiagonal one,
// Q^H A Q = T. Returns {a with the referenced triangle holding d, e and the
// reflectors' tails and the other triangle as given, d [..., n] real,
// e [..., n-1] real, taus [..., n-1]}: JAX's tridiagonal primitive.
Arrays tridiagonal_reduction(const mx::array& a, bool lower);

// LAPACK's gehrd (the unblocked gehd2, ilo = 1, ihi = n): Q^H A Q = H upper
// Hessenberg. Returns {H with the reflectors' tails below its subdiagonal,
// taus [..., n-1]}: JAX's hessenberg primitive.
Arrays hessenberg_reduction(const mx::array& a);

// Hermitian eigendecomposition reading the `lower` (or upper) triangle:
// {eigenvectors [..., n, n] as columns, eigenvalues [..., n] ascending},
// the order of JAX's eigh primitive.
Arrays hermitian_eigen(const mx::array& a, bool lower);

// Singular values [..., min(m, n)] descending, then U and V^H when
// `compute_uv` (full or reduced by `full_matrices`): JAX's svd primitive.
Arrays singular_value_decomposition(const mx::array& a, bool full_matrices, bool compute_uv);

// Partial-pivoting LU: {L and U packed [..., m, n], pivots [..., min(m, n)]
// int32 (row i was swapped with row pivots[i], LAPACK's order, 0-based),
// permutation [..., m] int32}: JAX's lu primitive.
Arrays lu_decomposition(const mx::array& a);

// The same for complex64, which MLX's lu_factor does not take (lu_complex.cc).
Arrays complex_lu_decomposition(const mx::array& a);
// The row permutation [..., m] int32 that LAPACK-style pivots [..., k]
// describe: JAX's lu_pivots_to_permutation primitive.
mx::array permutation_from_pivots(const mx::array& pivots, int m);

// Eigenvalues [..., n] of a general square matrix (complex), followed by the
// left eigenvectors [..., n, n] when `left_vectors` (u^H A = w u^H) and the
// right ones when `right_vectors` (A v = w v), each of norm 1 with its
// largest component real: JAX's eig primitive.
Arrays general_eigen(const mx::array& a, bool left_vectors, bool right_vectors);

// The Schur decomposition A = Z T Z^H (schur.cc): {T [..., n, n], then Z
// [..., n, n] when `compute_vectors`}, JAX's schur primitive. T is upper
// triangular for complex64 and the real Schur form (2x2 blocks for complex
// eigenvalue pairs) for float32 and float64. A custom MLX primitive that
// runs on the CPU stream; NaN outputs for non-finite or non-converging
// matrices.
Arrays schur_decomposition(const mx::array& a, bool compute_vectors);

}  // namespace metallib::runtime::ops
