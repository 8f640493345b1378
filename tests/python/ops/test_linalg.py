"""Linear algebra against the CPU backend: cholesky, triangular_solve, QR
(XLA's Householder custom calls), and the metallib.* custom calls for eigh,
svd, lu and eig; values, reconstructions and invariants, batch dimensions,
sizes, singular and non-finite matrices, and gradients.

Factorizations are compared by what defines them (Q R == A, U S V^H == A,
A V == V diag(w)) and, where the result is unique, element by element with
the CPU's, with tolerances scaled to the matrix size and condition.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import jax.scipy.linalg as jsl
import numpy as np
import pytest
from jax import lax

from oracle import CPU, MPS, check, check_grad, run_on

RNG = np.random.default_rng(5)

REAL = [np.float32, np.float64]
LAPACK = [np.float32, np.float64, np.complex64]


def dtype_id(d):
    return np.dtype(d).name


def rand(shape, dtype=np.float32):
    x = RNG.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * RNG.standard_normal(shape)
    return x.astype(dtype)


def adjoint(x):
    return np.conj(np.swapaxes(x, -1, -2))


def spd(shape, dtype=np.float32):
    """A well-conditioned Hermitian positive-definite batch of matrices."""
    a = rand(shape, dtype).astype(np.complex128 if np.dtype(dtype).kind == "c" else np.float64)
    n = shape[-1]
    return (a @ adjoint(a) / max(n, 1) + np.eye(n)).astype(dtype)


def hermitian(shape, dtype=np.float32):
    a = rand(shape, dtype)
    return ((a + adjoint(a)) / 2).astype(dtype)


def tol(dtype, n=4):
    """Absolute tolerance for O(1) entries of an n x n factorization."""
    eps = np.finfo(np.dtype(dtype)).eps
    return float(eps) * 64 * max(n, 1)


def close(actual, expected, dtype, n, scale=1.0):
    expected = np.broadcast_to(expected, np.shape(actual))
    np.testing.assert_allclose(actual, expected, rtol=0, atol=tol(dtype, n) * scale)


def mps_run(fn, *args):
    return run_on(MPS, fn, *args)


SQUARE_SHAPES = [(1, 1), (3, 3), (5, 5), (2, 4, 4), (3, 1, 2, 2), (64, 64)]


# --- cholesky ----------------------------------------------------------------


@pytest.mark.parametrize("shape", SQUARE_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_cholesky_matches_cpu(shape, dtype):
    a = spd(shape, dtype)
    out = check(jnp.linalg.cholesky, a, rtol=0, atol=tol(dtype, shape[-1]))
    close(out @ adjoint(out), a, dtype, shape[-1], scale=4)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_cholesky_reads_only_the_lower_triangle(dtype):
    a = spd((5, 5), dtype)
    a[np.triu_indices(5, 1)] = 1e6  # never read
    check(lambda x: lax.linalg.cholesky(x, symmetrize_input=False), a,
          rtol=0, atol=tol(dtype, 5))


@pytest.mark.parametrize(
    "matrix",
    [
        [[1.0, 2.0], [2.0, 1.0]],  # indefinite
        [[-1.0, 0.0], [0.0, 1.0]],  # negative first pivot
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]],  # singular
        [[np.nan, 0.0], [0.0, 1.0]],
        [[4.0, 2.0], [2.0, np.inf]],
    ],
    ids=["indefinite", "negative", "singular", "nan", "inf"],
)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_cholesky_of_a_non_positive_definite_matrix_is_nan_like_cpu(matrix, dtype):
    out = check(jnp.linalg.cholesky, np.array(matrix, dtype), rtol=0, atol=tol(dtype))
    if not np.isinf(matrix).any():  # an infinite last pivot factorizes to inf
        assert np.isnan(out[np.tril_indices(len(matrix))]).all()


def test_cholesky_fails_per_batch_element():
    a = np.stack([spd((3, 3)), -np.eye(3, dtype=np.float32)])
    out = check(jnp.linalg.cholesky, a, rtol=0, atol=tol(np.float32, 3))
    assert np.isfinite(out[0]).all() and np.isnan(out[1][np.tril_indices(3)]).all()


def test_cholesky_of_empty_matrices():
    check(jnp.linalg.cholesky, np.zeros((2, 0, 0), np.float32))
    check(jnp.linalg.cholesky, np.zeros((0, 3, 3), np.float32))


@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (2, 3, 3), (32, 32)], ids=str)
def test_cholesky_complex(shape):
    a = spd(shape, np.complex64)
    out = check(jnp.linalg.cholesky, a, rtol=0, atol=tol(np.complex64, shape[-1]) * 4)
    close(out @ adjoint(out), a, np.complex64, shape[-1], scale=4)


def test_cholesky_complex_upper_and_failure():
    a = spd((4, 4), np.complex64)
    a[np.tril_indices(4, -1)] = 7.0  # never read
    check(lambda x: lax.linalg.cholesky(x.mT.conj(), symmetrize_input=False), a,
          rtol=0, atol=tol(np.complex64, 4) * 4)
    check(jnp.linalg.cholesky, -spd((3, 3), np.complex64), rtol=0, atol=0)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_cho_solve(dtype):
    a, b = spd((6, 6), dtype), rand((6, 2), dtype)
    check(lambda x, y: jsl.cho_solve(jsl.cho_factor(x), y), a, b, rtol=0, atol=tol(dtype, 6) * 8)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_cholesky_gradient(dtype):
    check_grad(lambda x: jnp.linalg.cholesky(x) * jnp.arange(16.0).reshape(4, 4),
               spd((4, 4), dtype), rtol=0, atol=tol(dtype, 4) * 40)


# --- triangular_solve ----------------------------------------------------------


def triangular(shape, dtype, lower):
    a = rand(shape, dtype)
    n = shape[-1]
    a = a + 2 * n * np.eye(n, dtype=dtype) if n else a  # well conditioned
    return a  # the other triangle is garbage the solve must not read


TRANSPOSES = {"none": (False, False), "transpose": (True, False), "adjoint": (True, True)}


@pytest.mark.parametrize("unit", [False, True], ids=["", "unit"])
@pytest.mark.parametrize("transpose", TRANSPOSES)
@pytest.mark.parametrize("lower", [True, False], ids=["lower", "upper"])
@pytest.mark.parametrize("left_side", [True, False], ids=["left", "right"])
@pytest.mark.parametrize("dtype", [np.float32, np.complex64, np.float64], ids=dtype_id)
def test_triangular_solve_variants(dtype, left_side, lower, transpose, unit):
    n, k = 5, 3
    a = triangular((n, n), dtype, lower)
    if unit:
        a = a / (2 * n)  # off-diagonal entries small so that the system stays well conditioned
    b = rand((n, k) if left_side else (k, n), dtype)
    transpose_a, conjugate_a = TRANSPOSES[transpose]
    fn = lambda x, y: lax.linalg.triangular_solve(  # noqa: E731
        x, y, left_side=left_side, lower=lower, transpose_a=transpose_a,
        conjugate_a=conjugate_a, unit_diagonal=unit)
    check(fn, a, b, rtol=0, atol=tol(dtype, n))


@pytest.mark.parametrize("shape", [((1, 1), (1, 1)), ((2, 3, 4, 4), (2, 3, 4, 2)),
                                   ((64, 64), (64, 16)), ((4, 4), (4, 0)), ((0, 0), (0, 3)),
                                   ((0, 3, 3), (0, 3, 1))], ids=str)
def test_triangular_solve_shapes(shape):
    a_shape, b_shape = shape
    a = triangular(a_shape, np.float32, True)
    b = rand(b_shape, np.float32)
    check(lambda x, y: jsl.solve_triangular(x, y, lower=True), a, b, rtol=0,
          atol=tol(np.float32, a_shape[-1]) * 4)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_triangular_solve_ill_conditioned(dtype):
    # Hilbert-like lower triangle: condition number ~1e6 for n = 8.
    n = 8
    i = np.arange(n)
    a = np.tril(1.0 / (i[:, None] + i[None, :] + 1)).astype(dtype)
    x = rand((n, 2), np.float64)
    b = (np.tril(a.astype(np.float64)) @ x).astype(dtype)
    out = check(lambda p, q: jsl.solve_triangular(p, q, lower=True), a, b,
                rtol=1e-3 if dtype == np.float32 else 1e-9, atol=0)
    # Substitution is backward stable: the residual is small.
    residual = np.tril(a).astype(np.float64) @ out.astype(np.float64) - b
    assert np.abs(residual).max() < tol(dtype, n)


def test_triangular_solve_singular_matrix_gives_non_finite_like_cpu():
    a = np.tril(rand((4, 4), np.float32)) + 4 * np.eye(4, dtype=np.float32)
    a[2, 2] = 0.0
    b = rand((4, 1), np.float32)
    fn = lambda x, y: jsl.solve_triangular(x, y, lower=True)  # noqa: E731
    actual, expected = mps_run(fn, a, b), run_on(CPU, fn, a, b)
    np.testing.assert_array_equal(np.isfinite(actual), np.isfinite(expected))
    np.testing.assert_allclose(actual[:2], expected[:2], rtol=1e-6)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_solve_triangular_gradient(dtype):
    a = triangular((4, 4), dtype, True)
    b = rand((4, 2), dtype)
    fn = lambda x, y: jsl.solve_triangular(x, y, lower=True)  # noqa: E731
    check_grad(fn, a, b, argnums=(0, 1), rtol=0, atol=tol(dtype, 4) * 10)


def test_triangular_solve_of_integers_cannot_be_built():
    # JAX promotes; the StableHLO op itself needs floats. Our check says so
    # rather than computing garbage.
    with pytest.raises(TypeError):
        lax.linalg.triangular_solve(np.eye(2, dtype=np.int32), np.ones((2, 2), np.int32))


# --- QR (XLA's "Qr" and "ProductOfElementaryHouseholderReflectors") -----------

QR_SHAPES = [(1, 1), (3, 3), (5, 3), (3, 5), (2, 4, 3), (64, 64), (0, 3), (3, 0)]


@pytest.mark.parametrize("mode", ["reduced", "complete", "r"])
@pytest.mark.parametrize("shape", QR_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_qr_matches_cpu_and_reconstructs(shape, mode, dtype):
    a = rand(shape, dtype)
    n = max(shape[-2:])
    out = check(lambda x: jnp.linalg.qr(x, mode=mode), a, rtol=0, atol=tol(dtype, n) * 4)
    if mode == "r":
        r = out
        assert np.allclose(np.tril(r, -1), 0)
        return
    q, r = out
    k = min(shape[-2:])
    close(q @ r, a, dtype, n, scale=4)
    close(adjoint(q) @ q, np.eye(q.shape[-1]), dtype, n, scale=4)
    assert np.allclose(np.tril(r, -1), 0) and r.shape[-2] == (shape[-2] if mode == "complete" else k)


@pytest.mark.parametrize(
    "matrix",
    [np.outer(np.arange(1.0, 5.0), np.arange(1.0, 4.0)), np.zeros((4, 3)),
     np.array([[1.0, 1.0], [1e-8, 1e-8], [0.0, 1e-8]])],
    ids=["rank1", "zeros", "nearly_singular"],
)
def test_qr_of_rank_deficient_matrices(matrix):
    # Q's columns beyond the rank depend on rounding: compare R's first row
    # and the invariants, not Q element by element.
    a = matrix.astype(np.float32)
    q, r = mps_run(jnp.linalg.qr, a)
    _, r_cpu = run_on(CPU, jnp.linalg.qr, a)
    close(r[0], r_cpu[0], np.float32, 4, scale=4)
    close(q @ r, a, np.float32, 4, scale=4)
    close(q.T @ q, np.eye(q.shape[-1]), np.float32, 4, scale=4)


@pytest.mark.parametrize("dtype", [np.float32, np.complex64], ids=dtype_id)
def test_householder_product(dtype):
    a, taus = rand((5, 4), dtype), rand((3,), dtype) * 0.5
    check(lax.linalg.householder_product, a, taus, rtol=0, atol=tol(dtype, 5))


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_qr_gradient(dtype):
    def fn(x):
        q, r = jnp.linalg.qr(x)
        return jnp.sum(q * jnp.arange(12.0).reshape(4, 3)) + jnp.sum(r**2)

    check(jax.grad(fn), rand((4, 3), dtype), rtol=0, atol=tol(dtype, 4) * 40)


# --- eigh (metallib.eigh) -----------------------------------------------------


@pytest.mark.parametrize("uplo", ["L", "U"])
@pytest.mark.parametrize("shape", SQUARE_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_eigh(shape, uplo, dtype):
    a = hermitian(shape, dtype)
    n = shape[-1]
    w, v = mps_run(lambda x: jnp.linalg.eigh(x, UPLO=uplo), a)
    w_cpu, v_cpu = run_on(CPU, lambda x: jnp.linalg.eigh(x, UPLO=uplo), a)
    assert w.dtype == w_cpu.dtype and v.dtype == v_cpu.dtype
    close(w, w_cpu, dtype, n, scale=4)
    assert np.all(np.diff(w, axis=-1) >= 0)  # ascending
    close(a @ v, v * w[..., None, :], dtype, n, scale=8)
    close(adjoint(v) @ v, np.eye(n), dtype, n, scale=4)


@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_eigvalsh(dtype):
    check(jnp.linalg.eigvalsh, hermitian((2, 6, 6), dtype), rtol=0, atol=tol(dtype, 6) * 4)


def test_eigh_reads_one_triangle_without_symmetrizing():
    a = hermitian((4, 4), np.float32)
    a[np.triu_indices(4, 1)] = 100.0
    fn = lambda x: lax.linalg.eigh(x, lower=True, symmetrize_input=False)[1]  # noqa: E731
    check(fn, a, rtol=0, atol=tol(np.float32, 4) * 4)


def test_eigh_degenerate_eigenvalues():
    check(jnp.linalg.eigvalsh, np.eye(5, dtype=np.float32) * 3, rtol=0, atol=1e-6)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_eigh_of_non_finite_matrix_is_nan(bad):
    # What LAPACK makes of NaN depends on where it sits (the CPU backend may
    # return a NaN eigenvalue beside finite ones); we return NaN for the whole
    # matrix, which is never a wrong number and never a run-time failure.
    a = hermitian((2, 3, 3), np.float32)
    a[1, 0, 0] = bad
    w, v = mps_run(jnp.linalg.eigh, a)
    w_cpu, _ = run_on(CPU, jnp.linalg.eigh, a)
    assert np.isnan(w[1]).all() and np.isnan(v[1]).all()
    assert np.isnan(w_cpu[1]).any()
    close(w[0], w_cpu[0], np.float32, 3)


def test_eigh_of_empty_matrices():
    check(jnp.linalg.eigh, np.zeros((0, 0), np.float32))
    check(jnp.linalg.eigh, np.zeros((0, 2, 2), np.float32))


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_eigh_gradient(dtype):
    def fn(x):
        w, v = jnp.linalg.eigh(x)
        return jnp.sum(w * jnp.arange(4.0)) + jnp.sum(jnp.abs(v[0]))

    a = np.diag(np.arange(4.0)).astype(dtype) + 0.1 * hermitian((4, 4), dtype)
    check(jax.grad(fn), a, rtol=0, atol=tol(dtype, 4) * 100)


# JAX's CPU backend refuses subset_by_index ("not supported on CPU and GPU"),
# so a subset is checked against the CPU's full result, sliced.
@pytest.mark.parametrize("subset", [(0, 1), (2, 5), (5, 6), (1, 1)], ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_eigh_subset_by_index(subset, dtype):
    lo, hi = subset
    a = hermitian((2, 6, 6), dtype)
    v, w = mps_run(lambda x: lax.linalg.eigh(x, subset_by_index=subset), a)
    v_all, w_all = mps_run(lax.linalg.eigh, a)
    _, w_cpu = run_on(CPU, lax.linalg.eigh, a)
    assert v.shape == (2, 6, hi - lo) and w.shape == (2, hi - lo)
    close(w, w_cpu[..., lo:hi], dtype, 6, scale=4)
    np.testing.assert_array_equal(v, v_all[..., lo:hi])
    np.testing.assert_array_equal(w, w_all[..., lo:hi])
    close(a @ v, v * w[..., None, :], dtype, 6, scale=8)


def test_eigh_subset_outside_the_matrix_is_refused():
    with pytest.raises(ValueError, match="subset_by_index"):
        mps_run(lambda x: lax.linalg.eigh(x, subset_by_index=(4, 7)), hermitian((6, 6)))


# --- svd (metallib.svd) ------------------------------------------------------

SVD_SHAPES = [(1, 1), (3, 3), (5, 3), (3, 5), (2, 4, 6), (64, 64), (0, 3), (3, 0)]


@pytest.mark.parametrize("full_matrices", [True, False], ids=["full", "reduced"])
@pytest.mark.parametrize("shape", SVD_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_svd(shape, full_matrices, dtype):
    a = rand(shape, dtype)
    m, n = shape[-2:]
    k = min(m, n)
    fn = lambda x: jnp.linalg.svd(x, full_matrices=full_matrices)  # noqa: E731
    u, s, vh = mps_run(fn, a)
    u_cpu, s_cpu, vh_cpu = run_on(CPU, fn, a)
    assert (u.shape, s.shape, vh.shape) == (u_cpu.shape, s_cpu.shape, vh_cpu.shape)
    assert (u.dtype, s.dtype, vh.dtype) == (u_cpu.dtype, s_cpu.dtype, vh_cpu.dtype)
    close(s, s_cpu, dtype, max(m, n), scale=4)
    assert np.all(np.diff(s, axis=-1) <= 0)  # descending
    close((u[..., :, :k] * s[..., None, :]) @ vh[..., :k, :], a, dtype, max(m, n), scale=8)
    close(adjoint(u) @ u, np.eye(u.shape[-1]), dtype, max(m, n), scale=4)
    close(vh @ adjoint(vh), np.eye(vh.shape[-2]), dtype, max(m, n), scale=4)


@pytest.mark.parametrize("shape", [(400000, 2), (2, 400000), (2, 3000, 5)], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.complex64], ids=dtype_id)
def test_reduced_svd_of_very_long_matrices(shape, dtype):
    # MLX's svd always builds the full U and V^H (640 GB for 400000 x 2, and
    # past LAPACK's 32-bit sizes); reduced bases come through a thin QR.
    # Measured against float64 NumPy: XLA's CPU backend runs out of memory
    # on the compute_uv=False form of these shapes.
    a = rand(shape, dtype)
    m, n = shape[-2:]
    u, s, vh = mps_run(lambda x: jnp.linalg.svd(x, full_matrices=False), a)
    assert u.shape == shape[:-1] + (min(m, n),) and vh.shape == shape[:-2] + (min(m, n), n)
    wide = a.astype(np.complex128 if dtype == np.complex64 else np.float64)
    # complex64's QR is built from MLX graph ops, whose float32 sums over a
    # 400000-long column lose more than LAPACK's float64 QR used for float32.
    rtol = 1e-5 if dtype == np.float32 else 5e-5
    np.testing.assert_allclose(s, np.linalg.svd(wide, compute_uv=False), rtol=rtol)
    np.testing.assert_allclose((u * s[..., None, :]) @ vh, a, rtol=0,
                               atol=2 * rtol * np.abs(a).max())
    np.testing.assert_allclose(mps_run(jnp.linalg.pinv, a), np.linalg.pinv(wide), rtol=0,
                               atol=rtol * np.abs(np.linalg.pinv(wide)).max())


def test_full_svd_past_lapack_sizes_is_refused_at_compile_time():
    with pytest.raises(Exception, match="more elements per matrix than LAPACK can index"):
        mps_run(jnp.linalg.svd, np.ones((400000, 2), np.float32))


@pytest.mark.parametrize("shape", [(4, 4), (2, 3, 7), (7, 3)], ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_singular_values_only(shape, dtype):
    check(lambda x: jnp.linalg.svd(x, compute_uv=False), rand(shape, dtype), rtol=0,
          atol=tol(dtype, max(shape)) * 4)


def test_svd_of_rank_deficient_and_ill_conditioned_matrices():
    low_rank = np.outer(np.arange(1.0, 6.0), np.arange(1.0, 4.0)).astype(np.float32)
    check(lambda x: jnp.linalg.svd(x, compute_uv=False), low_rank, rtol=0, atol=1e-5)
    graded = np.diag(10.0 ** -np.arange(8.0)) @ np.linalg.qr(rand((8, 8), np.float64))[0]
    check(lambda x: jnp.linalg.svd(x, compute_uv=False), graded, rtol=1e-8, atol=0)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_svd_of_non_finite_matrix_is_nan_like_cpu(bad):
    a = rand((2, 3, 3), np.float32)
    a[0, 1, 2] = bad
    fn = lambda x: jnp.linalg.svd(x, compute_uv=False)  # noqa: E731
    check(fn, a, rtol=0, atol=tol(np.float32, 3))
    u, s, vh = mps_run(jnp.linalg.svd, a)
    assert np.isnan(u[0]).all() and np.isnan(s[0]).all() and np.isnan(vh[0]).all()


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_svd_gradient(dtype):
    def fn(x):
        u, s, vh = jnp.linalg.svd(x, full_matrices=False)
        return jnp.sum(s * jnp.arange(1.0, 4.0)) + jnp.sum((u @ vh) ** 2)

    a = np.diag([3.0, 2.0, 1.0]).astype(dtype) + 0.1 * rand((3, 3), dtype)
    check(jax.grad(fn), a, rtol=0, atol=tol(dtype, 3) * 100)


@pytest.mark.parametrize("compute_uv", [True, False], ids=["uv", "s"])
@pytest.mark.parametrize("subset", [(0, 2), (1, 3), (3, 4), (2, 2)], ids=str)
@pytest.mark.parametrize("shape", [(4, 4), (6, 4), (2, 4, 7)], ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_svd_subset_by_index(shape, subset, compute_uv, dtype):
    lo, hi = subset
    a = rand(shape, dtype)
    fn = lambda x: lax.linalg.svd(  # noqa: E731
        x, full_matrices=False, compute_uv=compute_uv, subset_by_index=subset)
    out = mps_run(fn, a)
    everything = mps_run(lambda x: lax.linalg.svd(  # the same computation, no subset
        x, full_matrices=False, compute_uv=compute_uv), a)
    s_cpu = run_on(CPU, lambda x: lax.linalg.svd(x, compute_uv=False), a)
    s = out[1] if compute_uv else out
    close(s, s_cpu[..., lo:hi], dtype, max(shape), scale=4)
    if compute_uv:
        u, _, vh = out
        u_all, s_all, vh_all = everything
        np.testing.assert_array_equal(s, s_all[..., lo:hi])
        np.testing.assert_array_equal(u, u_all[..., :, lo:hi])
        np.testing.assert_array_equal(vh, vh_all[..., lo:hi, :])
        close(a @ adjoint(vh), u * s[..., None, :], dtype, max(shape), scale=8)
    else:
        np.testing.assert_array_equal(s, everything[..., lo:hi])


def test_svd_subset_outside_the_matrix_is_refused():
    with pytest.raises(ValueError, match="subset_by_index"):
        mps_run(lambda x: lax.linalg.svd(x, full_matrices=False, subset_by_index=(3, 5)),
                rand((4, 4)))


@pytest.mark.parametrize(
    "fn",
    [
        lambda x: jnp.linalg.norm(x, ord=2),
        lambda x: jnp.linalg.norm(x, ord=-2),
        lambda x: jnp.linalg.norm(x, ord="nuc"),
        lambda x: jnp.linalg.norm(x, ord="fro"),
        lambda x: jnp.linalg.cond(x),
        jnp.linalg.matrix_rank,
        jnp.linalg.pinv,
        lambda x: jnp.linalg.matrix_power(x, 3),
    ],
    ids=["norm2", "norm-2", "nuc", "fro", "cond", "matrix_rank", "pinv", "matrix_power"],
)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_functions_built_on_svd(fn, dtype):
    # A well-conditioned matrix: cond and the -2 norm of a random one can be
    # large enough that an absolute tolerance depends on which matrix the
    # shared generator happens to give this test.
    a = (rand((5, 5), dtype) + 4 * np.eye(5)).astype(dtype)
    check(fn, a, rtol=0, atol=tol(dtype, 5) * 8)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_matrix_rank_of_singular_matrix(dtype):
    a = np.outer(np.arange(1.0, 6.0), np.arange(1.0, 5.0)).astype(dtype)
    out = check(jnp.linalg.matrix_rank, a)
    assert out == 1


@pytest.mark.parametrize("shape", [((6, 3), (6,)), ((6, 3), (6, 2)), ((3, 5), (3, 2))], ids=str)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_lstsq(shape, dtype):
    a_shape, b_shape = shape
    fn = lambda a, b: jnp.linalg.lstsq(a, b)[0]  # noqa: E731
    check(fn, rand(a_shape, dtype), rand(b_shape, dtype), rtol=0, atol=tol(dtype, 6) * 16)


# --- lu (metallib.lu, metallib.lu_pivots_to_permutation) -----------------------

LU_SHAPES = [(1, 1), (4, 4), (5, 3), (3, 5), (2, 4, 4), (64, 64), (0, 0), (0, 3, 3)]


@pytest.mark.parametrize("shape", LU_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_lu_factor_matches_cpu(shape, dtype):
    a = rand(shape, dtype)
    lu, pivots, perm = check(lax.linalg.lu, a, rtol=0, atol=tol(dtype, max(shape[-2:])) * 4)
    m = shape[-2]
    k = min(shape[-2:])
    lower = np.tril(lu[..., :, :k], -1) + np.eye(m, k)
    upper = np.triu(lu[..., :k, :])
    close(lower @ upper, np.take_along_axis(a, perm[..., None], -2), dtype, max(shape[-2:]),
          scale=4)


@pytest.mark.parametrize(
    "matrix",
    [np.zeros((3, 3)), np.ones((3, 3)), np.array([[0.0, 1.0], [1.0, 0.0]]),
     np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([[np.inf, 1.0], [1.0, 2.0]])],
    ids=["zeros", "ones", "swap", "rank1", "inf"],
)
@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_lu_of_singular_and_non_finite_matrices(matrix, dtype):
    check(lax.linalg.lu, matrix.astype(dtype), rtol=0, atol=tol(dtype))


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_lu_of_nan_matrix_stays_nan(dtype):
    # How getrf scales a NaN pivot's column differs between LAPACKs; the
    # NaN must reach U's diagonal either way.
    lu, _, _ = mps_run(lax.linalg.lu, np.array([[np.nan, 1.0], [1.0, 2.0]], dtype))
    assert np.isnan(np.diagonal(lu)).any()


def test_jax_scipy_lu():
    check(jsl.lu, rand((5, 5), np.float32), rtol=0, atol=tol(np.float32, 5) * 4)
    check(jsl.lu_factor, rand((3, 5, 5), np.float32), rtol=0, atol=tol(np.float32, 5) * 4)


@pytest.mark.parametrize("shape", [(3,), (2, 5), (0,), (4, 0)], ids=str)
def test_lu_pivots_to_permutation(shape):
    pivots = RNG.integers(0, 6, shape).astype(np.int32)
    pivots = np.maximum(pivots, np.arange(shape[-1], dtype=np.int32))  # getrf's pivots are >= i
    check(lambda p: lax.linalg.lu_pivots_to_permutation(p, 6), pivots, exact=True)


@pytest.mark.parametrize("shape", LU_SHAPES + [(7, 2, 9)], ids=str)
def test_lu_complex_matches_cpu(shape):
    # MLX's lu_factor takes no complex matrix; ours pivots like LAPACK's
    # cgetrf (largest |re| + |im|), so the pivots are equal, not just valid.
    a = rand(shape, np.complex64)
    lu, pivots, perm = mps_run(lax.linalg.lu, a)
    lu_cpu, pivots_cpu, perm_cpu = run_on(CPU, lax.linalg.lu, a)
    np.testing.assert_array_equal(pivots, pivots_cpu)
    np.testing.assert_array_equal(perm, perm_cpu)
    close(lu, lu_cpu, np.complex64, max(shape[-2:]), scale=4)


def test_lu_complex_pivots_by_lapack_measure():
    # |1.5+1.5j| < |2.2| but |re| + |im| is 3 > 2.2: LAPACK picks row 0.
    a = np.array([[1.5 + 1.5j, 1.0], [2.2, 3.0j]], np.complex64)
    lu, pivots, _ = check(lax.linalg.lu, a, rtol=0, atol=tol(np.complex64, 2))
    assert pivots[0] == 0


@pytest.mark.parametrize("matrix", [np.zeros((3, 3)), np.ones((3, 3)),
                                    np.array([[0.0, 1.0j], [1.0, 0.0]])],
                         ids=["zeros", "ones", "swap"])
def test_lu_complex_of_singular_matrices(matrix):
    check(lax.linalg.lu, matrix.astype(np.complex64), rtol=0, atol=tol(np.complex64))


@pytest.mark.parametrize(
    "fn", [jnp.linalg.det, jnp.linalg.inv, jnp.linalg.slogdet,
           lambda x: jnp.linalg.solve(x, jnp.ones(x.shape[:-1] + (2,), x.dtype))],
    ids=["det", "inv", "slogdet", "solve"])
def test_lu_based_functions_complex(fn):
    a = rand((2, 5, 5), np.complex64) + 3 * np.eye(5, dtype=np.complex64)
    check(fn, a, rtol=1e-4, atol=tol(np.complex64, 5) * 4)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
@pytest.mark.parametrize("shape", [((4, 4), (4,)), ((4, 4), (4, 3)), ((2, 5, 5), (2, 5, 1)),
                                   ((64, 64), (64, 2))], ids=str)
def test_solve(shape, dtype):
    a_shape, b_shape = shape
    # Diagonally dominant, so well conditioned whatever the shared generator
    # gives this test (a random 64x64 matrix plus 2I can be nearly singular).
    n = a_shape[-1]
    a = (rand(a_shape, dtype) + 2 * np.sqrt(n) * np.eye(n, dtype=dtype)).astype(dtype)
    check(jnp.linalg.solve, a, rand(b_shape, dtype), rtol=0,
          atol=tol(dtype, a_shape[-1]) * 16)


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
@pytest.mark.parametrize(
    "fn", [jnp.linalg.inv, jnp.linalg.det, jnp.linalg.slogdet,
           # b as a column: jax 0.9's lu_solve cannot trace a vector b (on any backend)
           lambda x: jsl.lu_solve(jsl.lu_factor(x), jnp.ones(x.shape[:-1] + (1,), x.dtype)),
           jsl.expm],
    ids=["inv", "det", "slogdet", "lu_solve", "expm"],
)
def test_lu_based_functions(fn, dtype):
    a = rand((2, 5, 5), dtype) + 2 * np.eye(5, dtype=dtype)
    if fn is jsl.expm:
        a = a[0] / 4
    check(fn, a, rtol=1e-4 if dtype == np.float32 else 1e-10, atol=tol(dtype, 5) * 4)


@pytest.mark.parametrize("fn", [jnp.linalg.det, jnp.linalg.slogdet, jnp.linalg.inv,
                                lambda x: jnp.linalg.solve(x, jnp.ones(3))],
                         ids=["det", "slogdet", "inv", "solve"])
def test_singular_matrix_like_cpu(fn):
    a = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]], np.float64)
    expected, actual = run_on(CPU, fn, a), mps_run(fn, a)
    for e, x in zip(jax.tree_util.tree_leaves(expected), jax.tree_util.tree_leaves(actual)):
        np.testing.assert_array_equal(np.isfinite(x), np.isfinite(e))


@pytest.mark.parametrize(
    "fn", [lambda x: jnp.linalg.solve(x, jnp.arange(4.0)), jnp.linalg.inv, jnp.linalg.det,
           lambda x: jnp.linalg.slogdet(x)[1]],
    ids=["solve", "inv", "det", "slogdet"],
)
def test_lu_based_gradients(fn):
    a = rand((4, 4), np.float64) + 3 * np.eye(4)
    check_grad(fn, a, rtol=0, atol=1e-10)


# --- eig (metallib.eig) --------------------------------------------------------


@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (2, 5, 5), (32, 32), (0, 0)], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.complex64], ids=dtype_id)
def test_eig(shape, dtype):
    a = rand(shape, dtype)
    n = shape[-1]
    w, v = mps_run(jnp.linalg.eig, a)
    w_cpu = run_on(CPU, jnp.linalg.eigvals, a)
    assert w.dtype == np.complex64 and v.dtype == np.complex64
    # Every eigenvalue is one of the CPU's (the order is LAPACK's).
    distance = np.abs(w[..., :, None] - w_cpu[..., None, :]).min(axis=-1, initial=np.inf)
    assert distance.size == 0 or distance.max() < tol(np.float32, n) * 16
    close(a @ v, v * w[..., None, :], np.float32, n, scale=16)
    close(np.linalg.norm(v, axis=-2), np.ones(w.shape), np.float32, n)


def test_eig_of_non_finite_matrix_is_nan():
    a = rand((2, 3, 3), np.float32)
    a[1, 2, 2] = np.nan
    w, v = mps_run(jnp.linalg.eig, a)
    assert np.isnan(w[1]).all() and np.isnan(v[1]).all() and np.isfinite(w[0]).all()


def test_eig_float64_is_refused_rather_than_downcast():
    with pytest.raises(Exception, match="complex<f64>|complex128|float64"):
        mps_run(jnp.linalg.eigvals, rand((3, 3), np.float64))


def nearest(w, reference):
    """For each eigenvalue in w [..., n], the index of the nearest one in
    `reference` (LAPACK's order may differ between runs of geev)."""
    return np.abs(w[..., :, None] - reference[..., None, :]).argmin(axis=-1)


@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (2, 5, 5), (12, 12)], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.complex64], ids=dtype_id)
def test_left_eigenvectors(shape, dtype):
    a = rand(shape, dtype)
    n = shape[-1]
    fn = lambda x: lax.linalg.eig(x, compute_left_eigenvectors=True)  # noqa: E731
    w, vl, vr = mps_run(fn, a)
    assert vl.dtype == np.complex64 and vl.shape == a.shape
    close(adjoint(vl) @ a, w[..., :, None] * adjoint(vl), np.float32, n, scale=16)
    close(np.linalg.norm(vl, axis=-2), np.ones(w.shape), np.float32, n)
    # geev's convention: each vector's largest component is real.
    largest = np.take_along_axis(vl, np.abs(vl).argmax(axis=-2)[..., None, :], axis=-2)
    assert (largest.imag == 0).all() and (largest.real > 0).all()
    # Against the CPU's vectors of the same eigenvalue, equal up to a unit
    # factor (geev fixes only the phase of complex matrices' vectors; a real
    # matrix's real eigenvector may come with either sign).
    w_cpu, vl_cpu, _ = run_on(CPU, fn, a)
    order = nearest(w, w_cpu)
    vl_cpu = np.take_along_axis(vl_cpu, order[..., None, :], axis=-1)
    overlap = np.abs(np.sum(vl.conj() * vl_cpu, axis=-2))
    close(overlap, np.ones(w.shape), np.float32, n, scale=16)
    if dtype == np.complex64:
        close(vl, vl_cpu, np.float32, n, scale=16)


@pytest.mark.parametrize("shape", [(0, 0), (2, 0, 0), (0, 3, 3)], ids=str)
def test_left_eigenvectors_of_empty_matrices(shape):
    check(lambda x: lax.linalg.eig(x, compute_left_eigenvectors=True),
          np.zeros(shape, np.complex64))


def test_left_eigenvectors_alone_and_of_a_non_finite_matrix():
    a = rand((2, 4, 4), np.float32)
    a[1, 0, 3] = np.inf
    fn = lambda x: lax.linalg.eig(  # noqa: E731
        x, compute_left_eigenvectors=True, compute_right_eigenvectors=False)
    w, vl = mps_run(fn, a)
    w_all, vl_all, _ = mps_run(lambda x: lax.linalg.eig(x, compute_left_eigenvectors=True), a)
    np.testing.assert_array_equal(vl[0], vl_all[0])
    assert np.isfinite(vl[0]).all() and np.isnan(vl[1]).all() and np.isnan(w[1]).all()


def test_left_eigenvectors_of_a_diagonalizable_matrix_with_a_repeated_eigenvalue():
    # u^H A = w u^H holds for any basis of the repeated eigenvalue's left
    # eigenspace; the inverse of VR gives one.
    a = np.diag([2.0, 2.0, -1.0]).astype(np.float32)
    a[0, 2] = 1.0
    w, vl, vr = mps_run(lambda x: lax.linalg.eig(x, compute_left_eigenvectors=True), a)
    close(adjoint(vl) @ a, w[:, None] * adjoint(vl), np.float32, 3)
    assert np.linalg.matrix_rank(vl) == 3


# --- tridiagonal (metallib.tridiagonal) -------------------------------------------


def tridiagonal_q(a, taus, lower):
    """Q = H_0 H_1 ... (lower) or H_{n-2} ... H_0 (upper) from sytrd's
    compact form, in numpy: each H_i = I - tau_i v_i v_i^H."""
    n = a.shape[-1]
    q = np.eye(n, dtype=np.complex128)
    reflectors = []
    for i in range(n - 1):
        v = np.zeros(n, np.complex128)
        if lower:
            v[i + 1], v[i + 2:] = 1, a[i + 2:, i]
        else:
            v[i], v[:i] = 1, a[:i, i + 1]
        reflectors.append(np.eye(n) - taus[i] * np.outer(v, v.conj()))
    for h in reflectors if lower else reversed(reflectors):
        q = q @ h
    return q


def referenced_hermitian(a, lower):
    triangle = np.tril(a, -1) if lower else np.triu(a, 1)
    return triangle + adjoint(triangle) + np.diag(np.diag(a).real)


TRIDIAGONAL_SHAPES = [(1, 1), (2, 2), (2, 2, 2), (4, 4), (10, 10), (2, 5, 5), (3, 1, 3, 3),
                      (32, 32)]


@pytest.mark.parametrize("lower", [True, False], ids=["lower", "upper"])
@pytest.mark.parametrize("shape", TRIDIAGONAL_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_tridiagonal_matches_cpu(shape, lower, dtype):
    # Not Hermitian: only the referenced triangle is read, the other one
    # must come back as it went in.
    a = rand(shape, dtype)
    n = shape[-1]
    fn = lambda x: lax.linalg.tridiagonal(x, lower=lower)  # noqa: E731
    out = mps_run(fn, a)
    expected = run_on(CPU, fn, a)
    for got, want in zip(out, expected):
        assert got.dtype == want.dtype and got.shape == want.shape
        close(got, want, dtype, n, scale=4)
    other = np.triu_indices(n, 1) if lower else np.tril_indices(n, -1)
    np.testing.assert_array_equal(out[0][..., other[0], other[1]], a[..., other[0], other[1]])
    # Q^H A Q is the tridiagonal matrix of d and e.
    batch = int(np.prod(shape[:-2]))
    packed, d, e, taus = (x.reshape((batch,) + x.shape[len(shape) - 2:]) for x in out)
    for k, matrix in enumerate(a.reshape((batch, n, n))):
        q = tridiagonal_q(packed[k], taus[k], lower)
        t = np.diag(d[k]) + np.diag(e[k], 1) + np.diag(e[k], -1)
        close(adjoint(q) @ referenced_hermitian(matrix, lower) @ q, t, dtype, n, scale=8)


@pytest.mark.parametrize("lower", [True, False], ids=["lower", "upper"])
def test_tridiagonal_of_special_matrices(lower):
    fn = lambda x: lax.linalg.tridiagonal(x, lower=lower)  # noqa: E731
    diagonal = np.diag(np.arange(1.0, 5.0)).astype(np.float32)  # no reflection at all
    out = check(fn, diagonal, rtol=0, atol=0)
    assert (out[3] == 0).all()
    # A complex matrix already tridiagonal: the reflectors only make e real.
    h = np.diag(np.arange(1.0, 4.0)).astype(np.complex64)
    h[1, 0] = h[2, 1] = 1 + 2j
    h[0, 1] = h[1, 2] = 1 - 2j
    out = check(fn, h, rtol=0, atol=tol(np.complex64, 3))
    np.testing.assert_allclose(np.abs(out[2]), np.sqrt(5), rtol=1e-6)
    check(fn, np.zeros((3, 3), np.float64), rtol=0, atol=0)


@pytest.mark.parametrize(
    "fn", [lambda x: lax.linalg.tridiagonal(x, lower=True), lax.linalg.hessenberg],
    ids=["tridiagonal", "hessenberg"])
def test_reductions_spread_nan_like_cpu(fn):
    a = rand((5, 5), np.float32)
    a[3, 1] = np.nan  # NaN wherever LAPACK's arithmetic carries it, no further
    check(fn, a, rtol=0, atol=tol(np.float32, 5) * 4)


def test_tridiagonal_vmap_and_empty_batch():
    fn = jax.vmap(lambda x: lax.linalg.tridiagonal(x, lower=False), in_axes=1)
    check(fn, rand((6, 3, 6), np.float32), rtol=0, atol=tol(np.float32, 6) * 4)
    check(lambda x: lax.linalg.tridiagonal(x), np.zeros((0, 3, 3), np.float32))


def test_tridiagonal_complex128_is_refused():
    with pytest.raises(Exception, match="complex<f64>|complex128"):
        mps_run(lax.linalg.tridiagonal, rand((3, 3), np.complex128))


# --- hessenberg (metallib.hessenberg) -----------------------------------------------


HESSENBERG_SHAPES = [(1, 1), (2, 2), (3, 3), (2, 5, 5), (3, 1, 4, 4), (10, 10), (32, 32)]


@pytest.mark.parametrize("shape", HESSENBERG_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_hessenberg_compact_form_matches_cpu(shape, dtype):
    a = rand(shape, dtype)
    n = shape[-1]
    h, taus = mps_run(lax.linalg.hessenberg, a)
    h_cpu, taus_cpu = run_on(CPU, lax.linalg.hessenberg, a)
    assert h.dtype == h_cpu.dtype and taus.shape == taus_cpu.shape == shape[:-2] + (n - 1,)
    close(h, h_cpu, dtype, n, scale=4)
    close(taus, taus_cpu, dtype, n, scale=4)


@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (2, 6, 6), (24, 24)], ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_scipy_hessenberg_reconstructs(shape, dtype):
    a = rand(shape, dtype)
    n = shape[-1]
    fn = lambda x: jsl.hessenberg(x, calc_q=True)  # noqa: E731
    h, q = mps_run(fn, a) if len(shape) == 2 else mps_run(jax.vmap(fn), a)
    close(q @ h @ adjoint(q), a, dtype, n, scale=8)
    close(adjoint(q) @ q, np.eye(n), dtype, n, scale=4)
    assert (np.tril(h, -2) == 0).all()
    expected = run_on(CPU, fn, a) if len(shape) == 2 else run_on(CPU, jax.vmap(fn), a)
    close(h, expected[0], dtype, n, scale=4)
    close(q, expected[1], dtype, n, scale=4)


def test_hessenberg_of_special_matrices():
    upper = np.triu(rand((4, 4), np.float64), -1)  # already Hessenberg: nothing to do
    h, taus = check(lax.linalg.hessenberg, upper, rtol=0, atol=0)
    assert (taus == 0).all()
    check(lax.linalg.hessenberg, np.zeros((2, 3, 3), np.complex64), rtol=0, atol=0)
    check(lax.linalg.hessenberg, np.zeros((0, 3, 3), np.float32))


# --- other solvers ---------------------------------------------------------------


@pytest.mark.parametrize("dtype", REAL, ids=dtype_id)
def test_tridiagonal_solve(dtype):
    n = 6
    dl, d, du = rand((n,), dtype), rand((n,), dtype) + 4, rand((n,), dtype)
    dl[0] = 0
    du[-1] = 0
    check(lax.linalg.tridiagonal_solve, dl, d, du, rand((n, 2), dtype), rtol=0,
          atol=tol(dtype, n) * 4)


# --- schur (metallib.schur) -----------------------------------------------------
# The Schur form is not unique (the order of the eigenvalues on the diagonal,
# the phases of Z's columns), so it is checked by what defines it: Z unitary,
# Z T Z^H == A, T (quasi) upper triangular, T's eigenvalues the CPU's.


def wide(x):
    return np.asarray(x).astype(np.complex128 if np.iscomplexobj(x) else np.float64)


def schur_eigenvalues(t):
    """The eigenvalues of a (quasi) upper triangular matrix: its diagonal,
    and the pairs of its 2x2 blocks."""
    t = wide(t)
    n, values, i = t.shape[-1], [], 0
    while i < n:
        if i + 1 < n and t[i + 1, i] != 0:
            values.extend(np.linalg.eigvals(t[i:i + 2, i:i + 2]))
            i += 2
        else:
            values.append(t[i, i])
            i += 1
    return np.array(values, np.complex128)


def assert_same_multiset(actual, expected, atol):
    """Each expected value matched to a distinct actual one within atol."""
    remaining = list(np.asarray(actual, np.complex128))
    assert len(remaining) == len(expected)
    for value in np.asarray(expected, np.complex128):
        distances = np.abs(np.array(remaining) - value)
        best = int(np.argmin(distances))
        assert distances[best] <= atol, (value, remaining)
        remaining.pop(best)


def assert_schur_shape(t, real):
    """T upper triangular (complex) or quasi upper triangular in standard
    form (real): 2x2 blocks only for complex eigenvalue pairs, with equal
    diagonal entries and off-diagonal entries of opposite signs."""
    assert (np.tril(t, -2) == 0).all()
    sub = np.diagonal(t, -1)
    if not real:
        assert (sub == 0).all()
        return
    blocks = np.flatnonzero(sub)
    assert not np.any(np.diff(blocks) == 1), "2x2 blocks overlap"
    for i in blocks:
        assert t[i, i] == t[i + 1, i + 1]
        assert t[i, i + 1] * t[i + 1, i] < 0


def check_schur(a, t, z):
    a = np.asarray(a)
    dtype, n = a.dtype, a.shape[-1]
    real = dtype.kind == "f"
    assert t.dtype == z.dtype == dtype and t.shape == z.shape == a.shape
    scale = max(float(np.abs(a).max(initial=0)), 1.0)
    w_cpu = run_on(CPU, jnp.linalg.eigvals, a)
    for index in np.ndindex(a.shape[:-2]):
        ti, zi, ai = t[index], z[index], a[index]
        assert_schur_shape(ti, real)
        close(adjoint(wide(zi)) @ wide(zi), np.eye(n), dtype, n, scale=4)
        close(wide(zi) @ wide(ti) @ adjoint(wide(zi)), ai, dtype, n, scale=8 * scale)
        assert_same_multiset(schur_eigenvalues(ti), w_cpu[index], tol(dtype, n) * 16 * scale)


SCHUR_SHAPES = [(1, 1), (4, 4), (2, 5, 5), (10, 10), (32, 32)]


@pytest.mark.parametrize("shape", SCHUR_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_schur_of_random_matrices(shape, dtype):
    a = rand(shape, dtype)
    t, z = mps_run(jsl.schur, a)
    check_schur(a, t, z)
    # Without Z the same iteration runs: the same T.
    (t_only,) = mps_run(lambda x: lax.linalg.schur(x, compute_schur_vectors=False), a)
    np.testing.assert_array_equal(t_only, t)


def rotations(n, dtype):
    """An orthogonally disguised block diagonal of plane rotations (complex
    eigenvalue pairs e^{+-i theta}) and, for odd n, one real eigenvalue."""
    blocks = np.zeros((n, n))
    for i in range(0, n - 1, 2):
        theta = 0.3 + i
        blocks[i:i + 2, i:i + 2] = [[np.cos(theta), -np.sin(theta)],
                                    [np.sin(theta), np.cos(theta)]]
    if n % 2:
        blocks[-1, -1] = 2.0
    q, _ = np.linalg.qr(RNG.standard_normal((n, n)))
    return (q @ blocks @ q.T).astype(dtype)


def repeated_eigenvalues(n, dtype, rng=RNG):
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    return (q @ np.diag(np.repeat([1.0, -2.0], [n // 2, n - n // 2])) @ q.T).astype(dtype)


SPECIAL = {
    "rotations": rotations,
    "symmetric": lambda n, dtype: hermitian((n, n), dtype),
    "triangular": lambda n, dtype: np.triu(rand((n, n), dtype)),
    "repeated": repeated_eigenvalues,
    "zero": lambda n, dtype: np.zeros((n, n), dtype),
    "permutation": lambda n, dtype: np.roll(np.eye(n), 1, axis=0).astype(dtype),
}


@pytest.mark.parametrize("n", [4, 7], ids=str)
@pytest.mark.parametrize("kind", sorted(SPECIAL))
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_schur_of_special_matrices(kind, n, dtype):
    a = SPECIAL[kind](n, dtype)
    t, z = mps_run(jsl.schur, a)
    check_schur(a, t, z)
    if kind == "rotations" and np.dtype(dtype).kind == "f":
        # Every complex pair is a standardized 2x2 block.
        assert np.count_nonzero(np.diagonal(t, -1)) == n // 2
    if kind == "symmetric" and np.dtype(dtype).kind == "f":
        # The real Schur form of a symmetric matrix is diagonal: its
        # eigenvalues, which the CPU's T holds in some order.
        t_cpu, _ = run_on(CPU, jsl.schur, a)
        assert (np.diagonal(t, -1) == 0).all()
        close(np.sort(np.diagonal(t)), np.sort(np.diagonal(t_cpu)), dtype, n, scale=8)
    if kind in ("triangular", "zero"):
        # Already in Schur form: nothing to do.
        np.testing.assert_array_equal(t, a)
        np.testing.assert_array_equal(z, np.eye(n, dtype=dtype))


@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_schur_converges_on_clustered_eigenvalues(dtype):
    # Rounding a matrix with triple eigenvalues to float32 leaves clusters
    # about 1e-8 wide; double shifts formed from their sum and product lose
    # that width to cancellation, and about one matrix in ten of these then
    # failed to converge (NaN).
    rng = np.random.default_rng(11)
    a = np.stack([repeated_eigenvalues(7, np.float64, rng) for _ in range(30)]).astype(dtype)
    t, z = mps_run(jsl.schur, a)
    check_schur(a, t, z)


@pytest.mark.parametrize("scale", [1e200, 1e-200], ids=str)
def test_schur_of_extreme_scales(scale):
    # Squares of these entries overflow or underflow float64.
    a = rand((6, 6), np.float64)
    t, z = mps_run(jsl.schur, a * scale)
    check_schur(a, t / scale, z)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_schur_of_non_finite_matrix_is_nan(bad, dtype):
    a = rand((2, 4, 4), dtype)
    a[1, 2, 1] = bad
    t, z = mps_run(jsl.schur, a)
    t_cpu, _ = run_on(CPU, jsl.schur, a)
    assert np.isnan(t[1]).all() and np.isnan(z[1]).all()
    assert np.isnan(t_cpu[1]).any()
    check_schur(a[:1], t[:1], z[:1])


def test_schur_of_empty_matrices():
    for shape in [(0, 0), (0, 3, 3), (2, 0, 0)]:
        a = np.zeros(shape, np.float32)
        t, z = mps_run(jsl.schur, a)
        assert t.shape == z.shape == shape


@pytest.mark.parametrize("dtype", LAPACK, ids=dtype_id)
def test_schur_under_vmap_and_jit(dtype):
    a = rand((3, 6, 6), dtype)
    t, z = mps_run(jax.jit(jax.vmap(jsl.schur)), a)
    check_schur(a, t, z)
    t_each, z_each = zip(*(mps_run(jsl.schur, x) for x in a))
    np.testing.assert_array_equal(t, np.stack(t_each))
    np.testing.assert_array_equal(z, np.stack(z_each))


def schur_call_primitive(config):
    """A primitive emitting metallib.schur with `config` and one result of
    its operand's type, as a malformed program would."""
    from jax._src import core
    from jax._src.interpreters import mlir

    primitive = core.Primitive(f"metallib_test_schur_{config}")
    primitive.def_abstract_eval(lambda x: x)

    def rule(ctx, x):
        try:
            result_type = mlir.aval_to_ir_type(ctx.module_context, ctx.avals_out[0])
        except TypeError:  # jax 0.9
            result_type = mlir.aval_to_ir_type(ctx.avals_out[0])
        return mlir.custom_call("metallib.schur", result_types=[result_type], operands=[x],
                                backend_config=config).results

    mlir.register_lowering(primitive, rule)
    return primitive


@pytest.mark.parametrize("config, operand, message", [
    ("vectors=1", np.ones((3, 3), np.float32), "vectors=1.* with two"),
    ("", np.ones((3, 3), np.float32), "needs backend_config"),
    ("vectors=0", np.ones((3, 3), np.int32), "does not support"),
    ("vectors=0", np.ones((3, 4), np.float32), "square"),
], ids=["result_count", "no_config", "int32", "not_square"])
def test_malformed_schur_call_is_refused_at_compile_time(config, operand, message):
    primitive = schur_call_primitive(config)
    x = jax.device_put(operand, MPS)
    with pytest.raises(Exception, match=message):
        jax.jit(primitive.bind).lower(x).compile()


def test_schur_sorting_is_refused():
    with pytest.raises(NotImplementedError, match="sort_eig_vals"):
        mps_run(lambda x: lax.linalg.schur(x, sort_eig_vals=True), rand((3, 3)))
