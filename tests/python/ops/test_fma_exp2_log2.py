"""stablehlo.fma, exp2 and log2 (StableHLO 1.23-1.24, emitted from jax 0.12.1 on)
against the CPU backend: fma bit for bit (it rounds once), exp2 and log2
within an ulp and exact at integers and powers of two, gradients, and a
clear refusal of fma on float8.

With an older jaxlib, jnp.exp2 and jnp.log2 reach the plugin as exp and log
with a multiply (those tests still run); stablehlo.fma and lax.fma do not
exist there, and the fma tests are skipped for that reason alone."""

from __future__ import annotations

from fractions import Fraction

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
import pytest
from jax import lax
from jax._src.lib.mlir.dialects import hlo

from ops.emit_stablehlo import emit
from oracle import MPS, check, check_grad, run_on
from values import COMPLEX, FLOATS, edge_values, name

needs_fma = pytest.mark.skipif(
    not hasattr(lax, "fma") or not hasattr(hlo, "FmaOp"),
    reason="waits on jax >= 0.12.1, the first with lax.fma and stablehlo.fma; "
    "this jax cannot emit the op")
needs_exp2_op = pytest.mark.skipif(
    not hasattr(hlo, "Exp2Op"),
    reason="waits on jaxlib >= 0.12.1, the first to emit stablehlo.exp2/log2 (StableHLO 1.23); "
    "this one sends jnp.exp2 and jnp.log2 as exp and log times a constant, which "
    "test_elementwise.py covers")

RTOL = {np.float16: 1e-3, jnp.bfloat16: 8e-3, np.float32: 2.4e-7, np.float64: 4.5e-16}


def wide_range(dtype, n=4000, seed=0):
    """Values spread over many binades, both signs."""
    rng = np.random.default_rng(seed)
    exponent = rng.integers(-20, 20, n) if np.dtype(dtype).itemsize > 2 else rng.integers(-4, 4, n)
    return (rng.standard_normal(n) * 2.0 ** exponent).astype(dtype)


# --- exp2 and log2 ---------------------------------------------------------

@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_exp2_and_log2_on_edge_values(dtype):
    tiny = float(np.finfo(np.float32).tiny) if dtype != np.float64 else 1e-300
    check(jnp.exp2, edge_values(dtype), rtol=RTOL[dtype], atol=tiny)
    check(jnp.log2, edge_values(dtype), rtol=RTOL[dtype], atol=tiny)


@needs_exp2_op
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_exp2_and_log2_over_the_whole_range(dtype):
    top = 128 if dtype == np.float32 else 1024
    x = np.concatenate([np.linspace(-top - 30, top + 2, 20001), np.arange(-top - 30, top + 2)])
    check(jnp.exp2, x.astype(dtype), rtol=RTOL[dtype], atol=float(np.finfo(dtype).tiny))
    check(jnp.log2, np.abs(wide_range(dtype)) + np.finfo(dtype).tiny, rtol=RTOL[dtype])


@needs_exp2_op
@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_exp2_of_integers_and_log2_of_powers_of_two_are_exact(dtype):
    low = -14 if dtype == np.float16 else -126
    high = 15 if dtype == np.float16 else 127
    k = np.arange(low, high + 1).astype(dtype)
    check(jnp.exp2, k, exact=True)
    check(jnp.log2, np.exp2(np.arange(low, high + 1).astype(np.float64)).astype(dtype), exact=True)


@pytest.mark.parametrize("dtype", COMPLEX, ids=name)
def test_complex_exp2_and_log2(dtype):
    rng = np.random.default_rng(2)
    z = (rng.standard_normal(200) * 4 + 1j * rng.standard_normal(200) * 4).astype(dtype)
    check(jnp.exp2, z, rtol=1e-6)
    check(jnp.log2, z, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_exp2_and_log2_gradients(dtype):
    x = np.linspace(0.1, 3.0, 19).astype(dtype)
    check_grad(jnp.exp2, x)
    check_grad(jnp.log2, x)


@needs_exp2_op
def test_exp2_and_log2_ops_written_directly():
    x = np.float32([-3.5, -0.0, 0.0, 0.75, 1.0, 8.0, 100.0, np.inf, np.nan])
    out = [(x.shape, np.float32)] * 2
    check(lambda v: emit(lambda a: [hlo.Exp2Op(a).result, hlo.Log2Op(a).result], out, v), x,
          rtol=2.4e-7)


# --- fma -------------------------------------------------------------------

def edge_triples(dtype, n=12):
    """Every triple of n edge values (signed zeros, infinities, NaN,
    extremes, subnormals among them), as three flat arrays."""
    v = edge_values(dtype, n=n)
    a, b, c = np.meshgrid(v, v, v, indexing="ij")
    return a.ravel(), b.ravel(), c.ravel()


@needs_fma
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_fma_is_bit_exact_on_edge_triples(dtype):
    check(lax.fma, *edge_triples(dtype), exact=True)


@needs_fma
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_fma_rounds_once_where_multiply_then_add_rounds_twice(dtype):
    a, b, c = (wide_range(dtype, seed=s) for s in (1, 2, 3))
    fused = check(lax.fma, a, b, c, exact=True)
    assert np.sum(fused != (a * b + c)) > 0, "the inputs should tell fma from multiply-add"
    # Cancellation: a*b - round(a*b) is exactly the rounding error of the product.
    product = (a * b).astype(dtype)
    check(lax.fma, a, b, -product, exact=True)


@needs_fma
def test_fmuladd_and_the_programs_that_use_it():
    x = np.linspace(-3, 3, 1001).astype(np.float32)
    check(lambda v: jnp.polyval(jnp.array([0.5, -1.25, 3.0, 0.1, 7.0], np.float32), v), x,
          exact=True)
    check(lambda v: lax.fmuladd(v, v, v), x, exact=True)
    check(lambda v: jax.scipy.special.erfinv(v), np.linspace(-0.999, 0.999, 999, dtype=np.float32))
    key = jax.random.key(3)
    check(lambda k: jax.random.normal(k, (4096,)), key)


@needs_fma
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_fma_broadcasts_scalars_and_keeps_shapes(dtype):
    a = np.arange(24, dtype=dtype).reshape(2, 3, 4) / 7
    check(lambda x: lax.fma(x, dtype(3.0), dtype(-0.5)), a, exact=True)
    check(lambda x: lax.fma(x.T, x.T, x.T), a, exact=True)
    check(lambda x: lax.fma(x, x, x), np.zeros((0, 3), dtype), exact=True)
    check(lambda x: lax.fma(x, x, x), dtype(1.5), exact=True)


@needs_fma
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_fma_gradients(dtype):
    a, b, c = (np.linspace(-2, 2, 9).astype(dtype) + s for s in (0.0, 0.5, 1.0))
    for argnums in (0, 1, 2):
        check_grad(lax.fma, a, b, c, argnums=argnums)


def correctly_rounded(a, b, c, dtype):
    """fma computed in exact rational arithmetic and rounded to nearest-even."""
    dtype = np.dtype(dtype).type  # jnp.bfloat16 would make jax arrays
    out = np.empty(a.shape, dtype)
    for i, (x, y, z) in enumerate(zip(a.astype(np.float64), b.astype(np.float64),
                                      c.astype(np.float64))):
        if not (np.isfinite(x) and np.isfinite(y) and np.isfinite(z)):
            out[i] = dtype(x * y + z)
            continue
        exact = Fraction(x) * Fraction(y) + Fraction(z)
        guess = dtype(float(exact))  # within an ulp of the answer; pick the nearest
        best = None
        for candidate in (np.nextafter(guess, dtype(-np.inf)), guess,
                          np.nextafter(guess, dtype(np.inf))):
            if not np.isfinite(candidate):
                continue
            key = (abs(Fraction(float(candidate)) - exact),
                   int(np.asarray(candidate).view(np.uint16)) & 1)
            if best is None or key < best[0]:
                best = (key, candidate)
        out[i] = best[1] if best is not None else guess
        if exact == 0:
            out[i] = dtype(x * y + z)  # the sign of an exact zero as IEEE defines it
    return out


@needs_fma
@pytest.mark.parametrize("dtype", [np.float16, jnp.bfloat16], ids=name)
def test_half_width_fma_is_correctly_rounded(dtype):
    # XLA's CPU backend refuses fma on these types, so the oracle is exact
    # rational arithmetic.
    a, b, c = (wide_range(dtype, n=1500, seed=s) for s in (4, 5, 6))
    actual = run_on(MPS, lax.fma, a, b, c)
    expected = correctly_rounded(a, b, c, dtype)
    np.testing.assert_array_equal(actual.view(np.uint16), expected.view(np.uint16))


@needs_fma
def test_fma_on_float8_is_refused_with_the_reason():
    x = np.ones(4, ml_dtypes.float8_e4m3fn)
    with pytest.raises(Exception, match=r"stablehlo\.fma.*f8E4M3FN.*not supported"):
        run_on(MPS, lax.fma, x, x, x)
