"""stablehlo.reduce against the CPU backend: every plain body over every
dtype, argmax/argmin (variadic bodies with NaN and tie rules), empty and
full reductions, and the jnp functions built on them, with gradients."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from values import FLOATS, INTEGERS, edge_values, name, shaped

AXES = [(0,), (1,), (2,), (0, 2), (0, 1, 2), ()]


def cube(dtype, seed=0):
    return shaped(edge_values(dtype, n=60, seed=seed), (3, 4, 5))


def identity(op, dtype):
    """The value lax.reduce's body `op` starts from for `dtype`."""
    dtype = np.dtype(dtype)
    if op is lax.add:
        return np.zeros((), dtype)
    if op is lax.mul:
        return np.ones((), dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return np.array(info.min if op is lax.max else info.max, dtype)
    return np.array(-np.inf if op is lax.max else np.inf, dtype)


@pytest.mark.parametrize("axes", AXES, ids=str)
@pytest.mark.parametrize("dtype", INTEGERS + FLOATS, ids=name)
def test_sum_max_min_prod(dtype, axes):
    x = cube(dtype)
    exact = np.dtype(dtype).kind in "iu"
    extremes = (lax.max, lax.min)
    check(lambda v: tuple(lax.reduce(v, identity(op, dtype), op, axes) for op in extremes), x,
          exact=True)
    # Sums of huge values cancel differently in any other order: keep them
    # moderate (max and min above saw the edge values).
    wide = x.astype(np.float64)
    moderate = x if exact else np.where(np.isfinite(wide) & (np.abs(wide) < 200), x, 1).astype(dtype)
    rtol = None if exact else {np.float16: 1e-2, jnp.bfloat16: 5e-2}.get(dtype, 1e-5)
    # Half-precision sums round at every step on the CPU but not here (we
    # accumulate in float32): allow a few ulps of the inputs' magnitude.
    atol = 0.0 if exact else {np.float16: 0.1, jnp.bfloat16: 0.5}.get(dtype, 1e-3)
    check(lambda v: lax.reduce(v, identity(lax.add, dtype), lax.add, axes), moderate,
          exact=exact, rtol=rtol, atol=atol)
    small = (x % 3) if exact else np.clip(moderate, -2, 2).astype(dtype)
    check(lambda v: lax.reduce(v, identity(lax.mul, dtype), lax.mul, axes), small,
          exact=exact, rtol=rtol, atol=atol)


@pytest.mark.parametrize("dtype", [np.bool_] + INTEGERS, ids=name)
def test_bitwise_and_logical_reductions(dtype):
    x = cube(dtype)
    for fn in (jnp.all, jnp.any):
        check(lambda v: (fn(v, axis=1), fn(v)), x != 0 if dtype != np.bool_ else x, exact=True)
    ones = np.array(True if dtype == np.bool_ else -1).astype(dtype)
    zeros = np.zeros((), dtype)
    for op, init in ((lax.bitwise_and, ones), (lax.bitwise_or, zeros), (lax.bitwise_xor, zeros)):
        check(lambda v: (lax.reduce(v, init, op, (0, 2)), lax.reduce(v, init, op, (1,))), x,
              exact=True)


@pytest.mark.parametrize("dtype", INTEGERS + FLOATS, ids=name)
def test_argmax_and_argmin_with_nan_and_ties(dtype):
    x = cube(dtype, seed=1)
    ties = np.repeat(x[:, :2], 2, axis=1)
    for v in (x, ties):
        check(lambda a: (jnp.argmax(a, axis=1), jnp.argmin(a, axis=2), jnp.argmax(a),
                         jnp.argmin(a, axis=0)), v, exact=True)


def test_empty_reductions_give_the_init_value():
    empty = np.zeros((0, 3), np.float32)
    check(lambda v: (v.sum(0), v.prod(0), jnp.all(v > 0, 0), jnp.any(v > 0, 0),
                     lax.reduce(v, np.float32(-3), lax.max, (0,))), empty, exact=True)
    check(lambda v: v.sum(1), empty, exact=True)


def test_variadic_reduction_with_no_result_elements():
    # A non-empty reduced axis but an empty kept one: nothing to fold.
    empty = np.zeros((2, 0), np.float32)
    check(lambda v: (jnp.argmax(v, axis=0), jnp.argmin(v, axis=0)), empty, exact=True)
    check(lambda v: jnp.piecewise(v, [v > 0], [1.0, 2.0]), np.zeros((0,), np.float32),
          exact=True)


def test_reductions_with_a_non_default_init():
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    check(lambda v: lax.reduce(v, np.float32(100), lax.add, (1,)), x, exact=True)
    check(lambda v: lax.reduce(v, np.float32(5), lax.max, (0,)), x, exact=True)
    # A body of several ops (run pairwise in a tree); the order of an
    # associative body does not change the result.
    check(lambda v: lax.reduce(v, np.int32(7), lambda a, b: lax.max(a, b) * 1 + 0, (0,)),
          np.arange(12, dtype=np.int32).reshape(3, 4) * 3 % 11, exact=True)


def test_signed_zero_results_follow_xla():
    x = np.array([[-0.0, 0.0], [0.0, -0.0], [-0.0, -0.0]], np.float32)
    check(lambda v: (v.max(1), v.min(1), v.max(0), v.min(0)), x, exact=True)


def test_integer_sums_wrap():
    x = np.full((4, 100), 100, np.int8)
    check(lambda v: (v.sum(1, dtype=np.int8), v.sum(0, dtype=np.int8)), x, exact=True)


def test_jnp_statistics_and_softmax():
    x = np.random.default_rng(0).standard_normal((7, 33)).astype(np.float32)
    check(lambda v: (v.mean(1), v.var(0), v.std(), jax.nn.logsumexp(v, axis=1),
                     jax.nn.softmax(v, axis=-1), jax.nn.log_softmax(v, axis=0)), x, rtol=2e-6,
          atol=1e-6)


def test_large_reduction():
    x = np.random.default_rng(0).standard_normal((1000, 1000)).astype(np.float32)
    check(lambda v: (v.sum(), v.max(1), jnp.argmax(v, 0)), x, rtol=1e-5)


def test_gradients_of_reductions():
    x = np.random.default_rng(1).standard_normal((4, 6)).astype(np.float32)
    for fn in (lambda v: v.sum(1) ** 2, lambda v: v.max(0), lambda v: jax.nn.logsumexp(v, 1),
               lambda v: jnp.prod(v, 0), lambda v: jax.nn.softmax(v).var()):
        check_grad(fn, x, rtol=1e-5, atol=1e-6)
