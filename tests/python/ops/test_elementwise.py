"""Elementwise unary and binary ops against the CPU backend: every dtype each
op accepts, edge values, several shapes, and gradients."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from values import COMPLEX, FLOATS, INTEGERS, SHAPES, SIGNED, UNSIGNED, edge_values, name, shaped

# Ops whose result is exactly defined: compared bit for bit.
EXACT_UNARY = {
    "abs": (lax.abs, SIGNED + FLOATS),
    "neg": (lax.neg, INTEGERS + FLOATS + COMPLEX),
    "sign": (lax.sign, SIGNED + FLOATS),
    "floor": (lax.floor, FLOATS),
    "ceil": (lax.ceil, FLOATS),
    "round_even": (lambda x: lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN), FLOATS),
    "round_away": (lambda x: lax.round(x, lax.RoundingMethod.AWAY_FROM_ZERO), FLOATS),
    "is_finite": (lax.is_finite, FLOATS),
    "not": (lax.bitwise_not, [np.bool_] + INTEGERS),
    "popcount": (lax.population_count, INTEGERS),
    "clz": (lax.clz, INTEGERS),
}

# Math functions: compared within a few ulps, on a domain where both
# backends are accurate (huge arguments of sin/cos/tan reduce differently).
APPROX_UNARY = {
    "exp": (lax.exp, 80.0),
    "expm1": (lax.expm1, 80.0),
    "log": (lax.log, None),
    "log1p": (lax.log1p, None),
    "logistic": (lax.logistic, None),
    "sqrt": (lax.sqrt, None),
    "rsqrt": (lax.rsqrt, None),
    "cbrt": (lax.cbrt, None),
    "sin": (lax.sin, 100.0),
    "cos": (lax.cos, 100.0),
    "tan": (lax.tan, 1.5),
    "tanh": (lax.tanh, None),
}

APPROX_RTOL = {np.float16: 2e-3, jnp.bfloat16: 1.6e-2, np.float32: 4e-6, np.float64: 1e-13}


@pytest.mark.parametrize("op", EXACT_UNARY)
def test_exact_unary_ops_on_edge_values(op):
    fn, dtypes = EXACT_UNARY[op]
    for dtype in dtypes:
        check(fn, edge_values(dtype), exact=True)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_unary_ops_keep_every_shape(shape):
    x = shaped(edge_values(np.float32), shape)
    check(lambda v: (lax.abs(v), lax.floor(v), lax.exp(v), lax.neg(v)), x)


@pytest.mark.parametrize("dtype", FLOATS, ids=name)
@pytest.mark.parametrize("op", APPROX_UNARY)
def test_math_functions(op, dtype):
    fn, limit = APPROX_UNARY[op]
    x = edge_values(dtype)
    if limit is not None:
        finite = np.isfinite(x.astype(np.float64))
        x = np.where(finite & (np.abs(x.astype(np.float64)) > limit), dtype(0.25), x).astype(dtype)
    tiny = float(np.finfo(np.float32).tiny) if dtype != np.float64 else 1e-300
    check(fn, x, rtol=APPROX_RTOL[dtype], atol=tiny * 4)


def test_math_functions_on_a_large_array():
    x = np.random.default_rng(0).standard_normal(300_000).astype(np.float32)
    check(lambda v: lax.tanh(v) * lax.exp(v * 0.1) + lax.log1p(lax.abs(v)), x, rtol=1e-5, atol=1e-6)


ARITHMETIC = {
    "add": (lax.add, INTEGERS + FLOATS + COMPLEX),
    "sub": (lax.sub, INTEGERS + FLOATS + COMPLEX),
    "mul": (lax.mul, INTEGERS + FLOATS + COMPLEX),
    "div": (lax.div, INTEGERS + FLOATS),
    "rem": (lax.rem, INTEGERS + FLOATS),
    "max": (lax.max, [np.bool_] + INTEGERS + FLOATS),
    "min": (lax.min, [np.bool_] + INTEGERS + FLOATS),
    "and": (lax.bitwise_and, [np.bool_] + INTEGERS),
    "or": (lax.bitwise_or, [np.bool_] + INTEGERS),
    "xor": (lax.bitwise_xor, [np.bool_] + INTEGERS),
}


def pairs(dtype):
    """Every edge value against every edge value, as two flat arrays."""
    v = edge_values(dtype, n=24)
    a, b = np.meshgrid(v, v, indexing="ij")
    return a.ravel(), b.ravel()


@pytest.mark.parametrize("op", ARITHMETIC)
def test_binary_ops_on_all_pairs_of_edge_values(op):
    fn, dtypes = ARITHMETIC[op]
    for dtype in dtypes:
        a, b = pairs(dtype)
        # One correctly rounded operation each, as in XLA: exact.
        check(fn, a, b, exact=np.dtype(dtype).kind != "c")


@pytest.mark.parametrize("dtype", INTEGERS, ids=name)
def test_shifts_including_amounts_beyond_the_bit_width(dtype):
    bits = np.dtype(dtype).itemsize * 8
    values = edge_values(dtype, n=16)
    amounts = [0, 1, 3, bits - 1, bits, bits + 1, 2 * bits, 127]
    if np.dtype(dtype).kind == "i":
        amounts += [-1, -bits]  # negative amounts are huge when read unsigned
    amounts = np.array(amounts).astype(dtype)
    a, b = np.meshgrid(values, amounts, indexing="ij")
    for fn in (lax.shift_left, lax.shift_right_logical, lax.shift_right_arithmetic):
        check(fn, a.ravel(), b.ravel(), exact=True)


@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_power_and_atan2(dtype):
    a, b = pairs(dtype)
    b = np.where(np.abs(b.astype(np.float64)) > 8, 2, b).astype(dtype)  # keep results finite-ish
    check(lax.pow, a, b, rtol=APPROX_RTOL[dtype], atol=1e-30)
    check(lax.atan2, a, b, rtol=APPROX_RTOL[dtype], atol=1e-30)


def test_complex_numbers():
    re, im = edge_values(np.float32, 32), edge_values(np.float32, 32, seed=3)
    check(lax.complex, re, im, exact=True)
    z = np.empty(32, np.complex64)
    z.real, z.imag = re, im
    check(lambda v: (lax.real(v), lax.imag(v)), z, exact=True)
    check(lambda v: v * v + v, edge_values(np.complex64), rtol=1e-6)


def test_broadcast_scalar_operands():
    check(lambda x: x * 2 + 1 - x / 3, np.arange(12, dtype=np.int32).reshape(3, 4))
    check(lambda x: jnp.maximum(x, 0.5), edge_values(np.float32))


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_gradients_of_math_functions(dtype):
    x = np.linspace(0.1, 2.0, 17).astype(dtype)
    for fn in (jnp.exp, jnp.log, jnp.sin, jnp.cos, jnp.tanh, jax.nn.sigmoid, jnp.sqrt,
               lax.rsqrt, jnp.log1p, jnp.expm1, jnp.cbrt, lambda v: v ** 3.0,
               lambda v: jnp.arctan2(v, 1.5), lambda v: jnp.maximum(v, 1.0) * jnp.abs(v - 1)):
        check_grad(fn, x, rtol=1e-5 if dtype == np.float32 else 1e-12)
