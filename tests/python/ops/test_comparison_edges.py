"""compare (every direction and comparison type), select and clamp on every
dtype they accept, against the CPU backend."""

import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from ops.elementwise_values import (ALL, BOOL, COMPLEX, FLOATS, INTEGERS, SIGNED, UNSIGNED,
                                    all_pairs, check_exact, edge_values, random_values,
                                    raw_compare)

DIRECTIONS = {"EQ": lax.eq, "NE": lax.ne, "LT": lax.lt, "LE": lax.le, "GT": lax.gt, "GE": lax.ge}
ORDERED = BOOL + INTEGERS + FLOATS


def ids(dtypes):
    return [np.dtype(d).name for d in dtypes]


@pytest.mark.parametrize("dtype", ORDERED, ids=ids(ORDERED))
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_compare_as_jax_emits_it(direction, dtype):
    # FLOAT: NaN unordered, -0.0 == 0.0; SIGNED / UNSIGNED integers; booleans.
    check(DIRECTIONS[direction], *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("direction", ["EQ", "NE"])
def test_complex_equality(direction):
    check(DIRECTIONS[direction], *all_pairs(edge_values(np.complex64)[::5]))


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_total_order(direction, dtype):
    # -NaN < -inf < ... < -0.0 < +0.0 < ... < inf < +NaN.
    check(raw_compare(direction, "TOTALORDER"), *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("direction", ["LT", "GE"])
def test_explicit_float_comparison(direction, dtype):
    check(raw_compare(direction, "FLOAT"), *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("dtype", SIGNED + UNSIGNED + BOOL, ids=ids(SIGNED + UNSIGNED + BOOL))
@pytest.mark.parametrize("direction", ["LT", "GE"])
def test_explicit_integer_comparison(direction, dtype):
    kind = "SIGNED" if dtype in SIGNED else "UNSIGNED"
    check(raw_compare(direction, kind), *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("shape", [(), (0, 3), (3, 5, 7), (300_000,)], ids=str)
def test_compare_shapes(shape):
    x = random_values(np.float32, shape, -3, 3, seed=1).round()
    y = random_values(np.float32, shape, -3, 3, seed=2).round()
    check(lambda a, b: (a < b, a == b, lax.select(a < b, a, b)), x, y)


@pytest.mark.parametrize("dtype", ALL, ids=ids(ALL))
def test_select(dtype):
    x = edge_values(dtype)
    y = x[::-1].copy()
    pred = np.arange(x.size) % 3 == 0
    check_exact(lax.select, pred, x, y)


@pytest.mark.parametrize("pred", [True, False])
def test_select_with_a_scalar_predicate(pred):
    x = random_values(np.int32, (3, 5, 7), seed=3)
    y = random_values(np.int32, (3, 5, 7), seed=4)
    check(lambda p, a, b: lax.select_n(p, b, a), np.bool_(pred), x, y)


def test_select_of_empty_arrays():
    check(lax.select, np.zeros((0, 3), bool), np.zeros((0, 3), np.float32),
          np.ones((0, 3), np.float32))


@pytest.mark.parametrize("dtype", INTEGERS + FLOATS, ids=ids(INTEGERS + FLOATS))
def test_clamp(dtype):
    # Every (lo, hi) pair of edge values around every edge value: NaN in any
    # position, lo > hi, and -0.0 against +0.0.
    values = edge_values(dtype)
    lo, hi = all_pairs(values)
    x = np.repeat(values, lo.size)
    check_exact(lax.clamp, np.tile(lo, values.size), x, np.tile(hi, values.size))


@pytest.mark.parametrize("dtype", [np.int8, np.uint64, np.float16, np.float64],
                         ids=["int8", "uint64", "float16", "float64"])
def test_clamp_with_scalar_bounds(dtype):
    x = edge_values(dtype)
    lo, hi = np.array(x[1]).astype(dtype), np.array(x[4]).astype(dtype)
    check_exact(lambda a, b, c: lax.clamp(a, b, c), lo, x, hi)
    check_exact(lambda a, b, c: lax.clamp(a, b, c), lo, x.reshape(-1, 2)[:0], hi)


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=["float32", "float64"])
def test_select_and_clamp_gradients(dtype):
    x = np.linspace(-2, 2, 13, dtype=dtype)
    y = np.linspace(1, -1, 13, dtype=dtype)
    check_grad(lambda a, b: lax.select(a < b, a * a, b * 3), x, y, argnums=(0, 1))
    check_grad(lambda a, b: lax.clamp(dtype(-1.2), a * b, dtype(0.7)), x, y, argnums=(0, 1))
