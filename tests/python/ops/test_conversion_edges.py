"""convert between every pair of dtypes and bitcast_convert within and
across widths, against the CPU backend, bit for bit."""

import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import MPS, check_grad, run_on
from ops.elementwise_values import (ALL, FLOATS, INTEGERS, check_exact, edge_values, finfo,
                                    random_values)


def ids(dtypes):
    return [np.dtype(d).name for d in dtypes]


def source_values(dtype):
    """Edge values plus, for floats, the values around every integer type's
    limits (where saturation starts) and random values of a wide range."""
    dtype = np.dtype(dtype)
    values = [edge_values(dtype)]
    if dtype in FLOATS:
        limits = []
        for bits in (8, 16, 32, 64):
            for edge in (2.0 ** (bits - 1), 2.0 ** bits):
                limits += [edge, -edge, edge * 0.999, edge * 1.001, -edge * 0.999]
        largest = float(finfo(dtype).max)
        limits = np.clip(np.array(limits), -largest, largest)
        values += [limits.astype(dtype), random_values(dtype, 40, -1e5, 1e5)]
    elif dtype.kind in "iu":
        values.append(random_values(dtype, 40, -(2**62), 2**62))
    elif dtype.kind == "c":
        values.append(random_values(dtype, 20, -300, 300))
    return np.concatenate(values).astype(dtype)


@pytest.mark.parametrize("target", ALL, ids=ids(ALL))
@pytest.mark.parametrize("source", ALL, ids=ids(ALL))
def test_convert(source, target):
    # Float to integer saturates and maps NaN to 0; to bool is x != 0 (the
    # real part for complex); wide numbers reach 16-bit floats through
    # float32 as XLA does.
    check_exact(lambda x: lax.convert_element_type(x, target), source_values(source))


@pytest.mark.parametrize("target", [jnp.bfloat16, np.float16, np.float32],
                         ids=["bfloat16", "float16", "float32"])
@pytest.mark.parametrize("source", [np.int32, np.int64, np.uint64, np.float64],
                         ids=["int32", "int64", "uint64", "float64"])
def test_rounding_of_wide_numbers(source, target):
    # Values just above a tie of the target type, where rounding directly
    # and rounding through float32 differ.
    base = np.array([2**24 + 2**16 + 1, 2**40 + 2**32 + 1, 2**11 + 1, 2**30 + 2**6 + 1,
                     2**62 + 2**38 + 1, 65519], np.uint64)
    x = base.astype(source) if np.dtype(source).kind != "f" else (
        np.array([1 + 2**-8 + 2**-30, 1 + 2**-11 + 2**-40, 65519.999, 1 + 2**-24 + 2**-50]))
    if (source, target) == (np.float64, np.float16):
        # One rounding, as IEEE's convertFormat, NumPy and XLA's CPU backend
        # up to jaxlib 0.12.0 convert. jaxlib 0.12.1's CPU backend goes
        # through float32 and rounds twice (1 + 2**-11 + 2**-40 becomes 1.0,
        # 65519.999 inf); the plugin keeps the single rounding.
        actual = run_on(MPS, lambda v: lax.convert_element_type(v, target), x)
        np.testing.assert_array_equal(actual.view(np.uint16), x.astype(np.float16).view(np.uint16))
        return
    check_exact(lambda v: lax.convert_element_type(v, target), x)


@pytest.mark.parametrize("shape", [(), (0, 3), (3, 5, 7), (300_000,)], ids=str)
def test_convert_shapes(shape):
    x = random_values(np.float32, shape, -3e9, 3e9, seed=2)
    check_exact(lambda v: (v.astype(np.int32), v.astype(np.uint8), v.astype(jnp.bfloat16),
                           v.astype(np.float64).astype(np.int64)), x)


def test_convert_gradients():
    x = np.linspace(-2, 2, 9, dtype=np.float32)
    check_grad(lambda v: lax.convert_element_type(v, np.float64) ** 2, x)
    check_grad(lambda v: lax.convert_element_type(v * v, np.float32), x.astype(np.float64))


SAME_WIDTH = {
    16: [np.int16, np.uint16, np.float16, jnp.bfloat16],
    32: [np.int32, np.uint32, np.float32],
    # JAX refuses to bitcast complex numbers.
    64: [np.int64, np.uint64, np.float64],
}
SAME_WIDTH_PAIRS = [(a, b) for group in SAME_WIDTH.values() for a in group for b in group
                    if a is not b]


@pytest.mark.parametrize("source, target", SAME_WIDTH_PAIRS,
                         ids=[f"{np.dtype(a).name}-{np.dtype(b).name}" for a, b in SAME_WIDTH_PAIRS])
def test_bitcast_same_width(source, target):
    check_exact(lambda x: lax.bitcast_convert_type(x, target), source_values(source))


WIDENING = [(np.uint8, np.float32), (np.int8, np.int64), (np.uint16, np.float64),
            (np.float16, np.uint32), (np.int32, np.float64), (jnp.bfloat16, np.int32)]


@pytest.mark.parametrize("shape", [(), (0,), (3, 5)], ids=str)
@pytest.mark.parametrize("narrow, wide", WIDENING,
                         ids=[f"{np.dtype(a).name}-{np.dtype(b).name}" for a, b in WIDENING])
def test_bitcast_across_widths(narrow, wide, shape):
    # Narrowing adds a trailing dimension of width ratio; widening removes it.
    ratio = np.dtype(wide).itemsize // np.dtype(narrow).itemsize
    count = int(np.prod(shape)) * np.dtype(wide).itemsize
    raw = np.random.default_rng(3).integers(0, 256, count, dtype=np.uint8)
    wide_values = raw.view(wide).reshape(shape)
    narrow_values = raw.view(narrow).reshape(shape + (ratio,))
    check_exact(lambda x: lax.bitcast_convert_type(x, narrow), wide_values)
    check_exact(lambda x: lax.bitcast_convert_type(x, wide), narrow_values)


@pytest.mark.parametrize("dtype", INTEGERS, ids=ids(INTEGERS))
def test_bitcast_roundtrip_keeps_every_bit(dtype):
    x = source_values(dtype)
    target = {1: np.uint8, 2: np.float16, 4: np.float32, 8: np.float64}[np.dtype(dtype).itemsize]
    check_exact(lambda v: lax.bitcast_convert_type(lax.bitcast_convert_type(v, target), dtype), x)
