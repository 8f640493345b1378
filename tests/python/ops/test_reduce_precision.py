"""stablehlo.reduce_precision (lax.reduce_precision) bit for bit against the
CPU backend: round to nearest even at the mantissa cut (ties included),
overflow to infinity, underflow to zero, NaN kept (even with no mantissa
bits), signed zeros, subnormals, and formats at least as wide as
the operand's, which change nothing."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad

BF16 = jnp.bfloat16
RNG = np.random.default_rng(3)

FORMATS = {
    np.float32: (8, 23),
    np.float16: (5, 10),
    BF16: (8, 7),
    np.float64: (11, 52),
}
UINT = {2: np.uint16, 4: np.uint32, 8: np.uint64}


def finfo(dtype):
    return ml_dtypes.finfo(dtype)


def edge_values(dtype):
    """Specials, limits, subnormals, ties at several cut points, and random
    bit patterns of every exponent."""
    info = finfo(dtype)
    specials = [0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, float(info.max),
                -float(info.max), float(info.tiny), -float(info.tiny),
                float(info.smallest_subnormal), 3 * float(info.smallest_subnormal),
                1.5, 2.5, -2.5, 1.0 / 3, 65504.0, 65520.0, 1e-5, 6e-8, 3.4e38, 1e300, 1e-300]
    with np.errstate(over="ignore"):  # 1e300 and the like become inf
        values = np.array(specials, np.float64).astype(dtype)
    width = np.dtype(dtype).itemsize
    bits = RNG.integers(0, 2**(8 * width), 400, dtype=np.uint64,
                        endpoint=False).astype(UINT[width])
    # Patterns whose low mantissa bits are exactly halfway at various cuts.
    mantissa = FORMATS[dtype if dtype != BF16 else BF16][1]
    ties = []
    for cut in range(1, mantissa + 1):
        half = np.array(1 << (cut - 1), UINT[width])
        ties.append((bits[:4] & ~np.array((1 << cut) - 1, UINT[width])) | half)
    pattern = np.concatenate([bits] + ties).view(np.dtype(dtype))
    return np.concatenate([values, pattern])


def formats_for(dtype):
    e, m = FORMATS[dtype]
    pairs = {(e, m), (e, 0), (e, m - 1), (1, 0), (1, m), (2, 1), (3, 0), (4, 3), (5, 2), (5, 10),
             (8, 7), (8, 23), (11, 52), (e + 3, m + 5), (max(1, e - 1), m // 2), (6, 20)}
    return sorted(pairs)


CASES = [(dtype, e, m) for dtype in FORMATS for (e, m) in formats_for(dtype)]


@pytest.mark.parametrize("dtype,exponent_bits,mantissa_bits", CASES,
                         ids=[f"{np.dtype(d).name}-e{e}m{m}" for d, e, m in CASES])
def test_reduce_precision_bits(dtype, exponent_bits, mantissa_bits):
    x = edge_values(dtype)
    check(lambda v: lax.reduce_precision(v, exponent_bits, mantissa_bits), x, exact=True)


@pytest.mark.parametrize("dtype", list(FORMATS), ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape", [(), (0,), (3, 0, 2), (5, 7)], ids=str)
def test_shapes(dtype, shape):
    x = RNG.standard_normal(shape).astype(dtype)
    check(lambda v: lax.reduce_precision(v, 5, 2), x, exact=True)


@pytest.mark.parametrize("target", [jnp.bfloat16, jnp.float16, ml_dtypes.float8_e4m3fn,
                                    ml_dtypes.float8_e5m2], ids=lambda d: np.dtype(d).name)
def test_dtype_argument(target):
    x = edge_values(np.float32)
    check(lambda v: lax.reduce_precision(v, exponent_bits=finfo(target).nexp,
                                         mantissa_bits=finfo(target).nmant), x, exact=True)


def test_gradient_passes_through():
    x = RNG.standard_normal((4, 5)).astype(np.float32)
    check_grad(lambda v: lax.reduce_precision(v * v, 5, 10) * 3.0, x)
