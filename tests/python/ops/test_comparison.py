"""compare (every direction and comparison type), select and clamp against
the CPU backend, bit for bit."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from jax._src.lax import lax as lax_internal

from oracle import check
from values import ALL, FLOATS, INTEGERS, edge_values, name

DIRECTIONS = {"eq": lax.eq, "ne": lax.ne, "lt": lax.lt, "le": lax.le, "gt": lax.gt, "ge": lax.ge}
ORDERED = [np.bool_] + INTEGERS + FLOATS


def all_pairs(dtype, n=20):
    v = edge_values(dtype, n=n)
    a, b = np.meshgrid(v, v, indexing="ij")
    return a.ravel(), b.ravel()


@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_every_direction_on_all_pairs_of_edge_values(dtype):
    a, b = all_pairs(dtype)
    directions = ("eq", "ne") if np.dtype(dtype).kind == "c" else DIRECTIONS
    for direction in directions:
        check(DIRECTIONS[direction], a, b, exact=True)


@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_total_order_comparisons(dtype):
    # The primitives sort comparators use; they lower to compare with
    # TOTALORDER: -NaN < -inf < ... < -0.0 < +0.0 < ... < +inf < +NaN.
    a, b = all_pairs(dtype)
    for primitive in (lax_internal.eq_to_p, lax_internal.lt_to_p, lax_internal.le_to_p):
        check(primitive.bind, a, b, exact=True)


def test_select_with_scalar_and_array_predicates():
    x, y = edge_values(np.float32, 16), edge_values(np.float32, 16, seed=2)
    p = np.arange(16) % 3 == 0
    check(lax.select, p, x, y, exact=True)
    check(lambda c, a, b: jnp.where(c, a, b), np.bool_(True), x, y, exact=True)
    check(lambda c, a, b: jnp.where(c, a, b), p, np.int8(3), np.arange(16, dtype=np.int8), exact=True)


@pytest.mark.parametrize("dtype", INTEGERS + FLOATS, ids=name)
def test_clamp(dtype):
    x = edge_values(dtype)
    low, high = edge_values(dtype, n=8)[5:7]
    if np.dtype(dtype).kind in "iu":
        low, high = np.array(min(low, high), dtype), np.array(max(low, high), dtype)
    else:
        low, high = np.array(-1.5, dtype), np.array(2.0, dtype)
    check(lambda v: lax.clamp(low, v, high), x, exact=True)
    check(lambda lo, v, hi: lax.clamp(lo, v, hi), x, x, x[::-1], exact=True)
