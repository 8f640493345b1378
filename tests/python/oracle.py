"""Running one function on mps and on JAX's CPU backend, and comparing.

JAX's CPU backend in the same process is the oracle: every op test runs the
same jitted function on both devices and compares values (and, where asked,
gradients) with a tolerance chosen per dtype, treating NaN as equal to NaN
and telling -0.0 from +0.0 where exactness is asked for.
"""

from __future__ import annotations

import jax
import ml_dtypes
import numpy as np

MPS = jax.devices("mps")[0]
CPU = jax.devices("cpu")[0]

# Relative tolerances for inexact dtypes; integers, booleans and anything
# compared with exact=True must match bit for bit.
RTOL = {
    np.dtype(np.float16): 2e-3,
    np.dtype(jax.numpy.bfloat16): 1.6e-2,
    np.dtype(np.float32): 2e-6,
    np.dtype(np.float64): 1e-12,
    np.dtype(np.complex64): 2e-6,
}


def run_on(device, fn, *args):
    """jit(fn)(*args) with every argument placed on `device`."""
    placed = [jax.device_put(a, device) for a in args]
    out = jax.jit(fn)(*placed)
    return jax.tree_util.tree_map(np.asarray, out)


def assert_same(actual, expected, *, exact=False, rtol=None, atol=0.0, what=""):
    """Compares two (trees of) arrays: dtype, shape, then values."""
    a_leaves, a_tree = jax.tree_util.tree_flatten(actual)
    e_leaves, e_tree = jax.tree_util.tree_flatten(expected)
    assert a_tree == e_tree, f"{what}: structure {a_tree} != {e_tree}"
    for i, (a, e) in enumerate(zip(a_leaves, e_leaves)):
        a, e = np.asarray(a), np.asarray(e)
        label = f"{what} output {i}"
        assert a.dtype == e.dtype, f"{label}: dtype {a.dtype} != {e.dtype}"
        assert a.shape == e.shape, f"{label}: shape {a.shape} != {e.shape}"
        if exact or e.dtype.kind in "biu" or e.dtype not in RTOL:
            assert_bitwise_equal(a, e, label)
        else:
            tol = RTOL[e.dtype] if rtol is None else rtol
            wide = np.complex128 if e.dtype.kind == "c" else np.float64
            np.testing.assert_allclose(
                a.astype(wide), e.astype(wide),
                rtol=tol, atol=atol, equal_nan=True, err_msg=label)


def is_inexact(dtype):
    """Floating point or complex, bfloat16 (numpy kind 'V') included."""
    return jax.numpy.issubdtype(dtype, jax.numpy.inexact)


def flush_subnormals(x):
    """Subnormal floats replaced by zero of the same sign.

    XLA's CPU backend runs with flush-to-zero, so a result that is subnormal
    in IEEE arithmetic comes back as zero there; StableHLO does not require
    that and we do not copy it, so exact comparisons treat the two alike.
    """
    if x.dtype.kind == "c":
        out = np.empty_like(x)
        out.real, out.imag = flush_subnormals(x.real), flush_subnormals(x.imag)
        return out
    tiny = (ml_dtypes.finfo(x.dtype) if x.dtype == jax.numpy.bfloat16 else np.finfo(x.dtype)).tiny
    wide = x.astype(np.float64)
    subnormal = (wide != 0) & (np.abs(wide) < float(tiny))
    return np.where(subnormal, np.copysign(np.zeros((), x.dtype), x), x).astype(x.dtype)


def assert_bitwise_equal(a, e, label=""):
    """Equal bit patterns, except that any NaN matches any NaN and subnormals
    match zero (see flush_subnormals)."""
    if is_inexact(e.dtype):
        a, e = np.atleast_1d(flush_subnormals(a)), np.atleast_1d(flush_subnormals(e))
        a_nan, e_nan = np.isnan(a), np.isnan(e)
        np.testing.assert_array_equal(a_nan, e_nan, err_msg=f"{label}: NaN positions")
        part_size = e.dtype.itemsize // 2 if e.dtype.kind == "c" else e.dtype.itemsize
        view = {2: np.uint16, 4: np.uint32, 8: np.uint64}[part_size]
        zero = np.zeros((), e.dtype)
        a_bits = np.where(a_nan, zero, a).view(view)
        e_bits = np.where(e_nan, zero, e).view(view)
        np.testing.assert_array_equal(a_bits, e_bits, err_msg=f"{label}: bits")
    else:
        np.testing.assert_array_equal(a, e, err_msg=label)


def check(fn, *args, exact=False, rtol=None, atol=0.0):
    """fn on mps matches fn on the CPU backend."""
    expected = run_on(CPU, fn, *args)
    actual = run_on(MPS, fn, *args)
    assert_same(actual, expected, exact=exact, rtol=rtol, atol=atol, what=getattr(fn, "__name__", "fn"))
    return actual


def check_grad(fn, *args, argnums=0, rtol=None, atol=0.0):
    """jax.grad of sum(fn) on mps matches the CPU backend."""
    def loss(*a):
        return jax.numpy.sum(fn(*a))
    return check(jax.grad(loss, argnums=argnums), *args, rtol=rtol, atol=atol)
