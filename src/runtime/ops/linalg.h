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

// LAPACK's geqrf (XLA's "Qr" target): the Householder QR of `a`, returned
// as {R above the diagonal with the reflectors' tails below it, taus
// [..., min(m, n)]}. Built from MLX graph ops, so every float and complex
// dtype works on any stream.
Arrays householder_qr(const mx::array& a);

// LAPACK's orgqr/ungqr (XLA's "ProductOfElementaryHouseholderReflectors"):
// the first n columns of H_0 H_1 ... H_{k-1} for reflectors stored in `a`
// [..., m, n] below the diagonal and `taus` [..., k].
mx::array householder_product(const mx::array& a, const mx::array& taus);

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
// right eigenvectors [..., n, n] when `right_vectors`: JAX's eig primitive.
Arrays general_eigen(const mx::array& a, bool right_vectors);

}  // namespace metallib::runtime::ops
