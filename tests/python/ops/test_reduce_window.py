"""stablehlo.reduce_window and stablehlo.select_and_scatter against the CPU
backend: every plain body over many window, stride, padding and dilation
configurations and dtypes, user bodies, variadic (argmax) pooling, flax's
pooling layers, cumulative ops along each axis and reversed, and the
gradients of pooling (select_and_scatter for max and min pooling)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import linen as nn
from jax import lax

from oracle import check, check_grad
from values import FLOATS, edge_values, name, shaped



def min_pool(x, window, strides, padding):
    """Min pooling as flax's max_pool, with lax.min (reduce_window_min)."""
    return nn.pool(x, np.array(np.inf, x.dtype), lax.min, window, strides, padding)

# (input shape, window, strides, padding, base dilation, window dilation)
CONFIGS = [
    ((5, 7), (2, 2), (1, 1), "VALID", None, None),
    ((5, 7), (3, 3), (2, 2), "SAME", None, None),
    ((5, 7), (2, 3), (1, 2), ((1, 0), (2, 1)), None, None),
    ((5, 7), (3, 2), (1, 1), ((1, 1), (0, 2)), (2, 1), None),
    ((5, 7), (2, 2), (1, 2), "VALID", None, (2, 3)),
    ((5, 7), (2, 2), (2, 1), ((2, 2), (1, 1)), (2, 3), (2, 1)),
    ((5, 7), (1, 1), (1, 1), "VALID", None, None),
    ((5, 7), (5, 7), (1, 1), "VALID", None, None),
    ((5, 7), (2, 2), (3, 4), "VALID", None, None),
    ((5, 7), (2, 2), (1, 1), ((-1, 0), (0, -2)), None, None),
    ((9,), (4,), (3,), ((2, 3),), None, None),
    ((2, 4, 6), (1, 3, 2), (1, 1, 2), "SAME", None, (1, 1, 2)),
    ((3, 1, 4), (2, 1, 3), (1, 1, 1), ((0, 1), (0, 0), (1, 1)), (1, 1, 2), None),
]


def config_id(config):
    shape, window, strides, padding, base, wdil = config
    return f"{shape}-w{window}-s{strides}-p{padding}-b{base}-d{wdil}".replace(" ", "")


def reduce_window(x, init, op, config):
    _, window, strides, padding, base, wdil = config
    return lax.reduce_window(x, init, op, window, strides, padding, base_dilation=base,
                             window_dilation=wdil)


def identity(op, dtype):
    dtype = np.dtype(dtype)
    if op is lax.add:
        return np.zeros((), dtype)
    if op is lax.mul:
        return np.ones((), dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return np.array(info.min if op is lax.max else info.max, dtype)
    return np.array(-np.inf if op is lax.max else np.inf, dtype)


def moderate(x):
    """Edge values that sum and multiply the same in any order."""
    if x.dtype.kind in "iu":
        return x
    wide = x.astype(np.float64)
    return np.where(np.isfinite(wide) & (np.abs(wide) < 4), x, 1.5).astype(x.dtype)


@pytest.mark.parametrize("config", CONFIGS, ids=config_id)
@pytest.mark.parametrize("dtype", [np.float32, np.float16, jnp.bfloat16, np.float64, np.int32,
                                   np.int8, np.uint8], ids=name)
def test_plain_bodies(dtype, config):
    x = shaped(edge_values(dtype, n=80, seed=3), config[0])
    check(lambda v: tuple(reduce_window(v, identity(op, dtype), op, config)
                          for op in (lax.max, lax.min)), x, exact=True)
    small = moderate(x)
    exact = np.dtype(dtype).kind in "iu"
    rtol = {np.float16: 4e-3, jnp.bfloat16: 2e-2, np.float32: 1e-6}.get(dtype)
    check(lambda v: (reduce_window(v, identity(lax.add, dtype), lax.add, config),
                     reduce_window(v, identity(lax.mul, dtype), lax.mul, config)),
          small, exact=exact, rtol=rtol, atol=0 if exact else 1e-2)


@pytest.mark.parametrize("config", CONFIGS[:6], ids=config_id)
def test_boolean_and_bitwise_bodies(config):
    x = shaped(edge_values(np.bool_, n=50, seed=2), config[0])
    check(lambda v: (reduce_window(v, np.bool_(True), lax.bitwise_and, config),
                     reduce_window(v, np.bool_(False), lax.bitwise_or, config),
                     reduce_window(v, np.bool_(False), lax.max, config),
                     reduce_window(v, np.bool_(True), lax.min, config)), x, exact=True)
    i = shaped(edge_values(np.int16, n=50, seed=2), config[0])
    check(lambda v: (reduce_window(v, np.int16(-1), lax.bitwise_and, config),
                     reduce_window(v, np.int16(0), lax.bitwise_or, config),
                     reduce_window(v, np.int16(0), lax.bitwise_xor, config)), i, exact=True)


@pytest.mark.parametrize("config", CONFIGS, ids=config_id)
def test_init_values_that_are_not_identities(config):
    # XLA's CPU backend skips padded positions instead of combining the init
    # value there; we follow it.
    x = np.arange(int(np.prod(config[0])), dtype=np.float32).reshape(config[0]) % 7 - 3
    check(lambda v: (reduce_window(v, np.float32(10), lax.add, config),
                     reduce_window(v, np.float32(2), lax.max, config),
                     reduce_window(v, np.float32(-1), lax.min, config)), x, exact=True)


@pytest.mark.parametrize("config", CONFIGS, ids=config_id)
def test_user_bodies(config):
    # Bodies of several ops run by folding the window positions. StableHLO
    # leaves the order of the fold to the implementation, so the bodies are
    # associative.
    x = (np.arange(int(np.prod(config[0])), dtype=np.float32).reshape(config[0]) * 0.37) % 5
    check(lambda v: reduce_window(v, np.float32(0), lambda a, b: a + b * 1.0, config), x,
          rtol=1e-6)
    check(lambda v: reduce_window(v, np.float32(-1), lambda a, b: jnp.where(a > b, a, b),
                                  config), x, exact=True)
    i = (np.arange(int(np.prod(config[0])), dtype=np.int32).reshape(config[0]) * 977) % 1000
    check(lambda v: reduce_window(v, np.int32(3), lambda a, b: (a * 1 + b) & 0xFFF, config), i,
          exact=True)


def argmax_pool(x, config):
    index = lax.broadcasted_iota(np.int32, x.shape, len(x.shape) - 1)

    def body(a, b):
        a_value, a_index = a
        b_value, b_index = b
        pick_a = (a_value > b_value) | ((a_value == b_value) & (a_index <= b_index))
        pick_a = pick_a | jnp.isnan(a_value)
        return (jnp.where(pick_a, a_value, b_value), jnp.where(pick_a, a_index, b_index))

    _, window, strides, padding, base, wdil = config
    return lax.reduce_window((x, index), (np.array(-np.inf, x.dtype), np.int32(0)), body, window,
                             strides, padding, base_dilation=base, window_dilation=wdil)


@pytest.mark.parametrize("config", CONFIGS, ids=config_id)
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_variadic_argmax_pooling(dtype, config):
    x = shaped(edge_values(dtype, n=40, seed=5), config[0])
    ties = np.round(x.astype(np.float64) / 8).astype(dtype)
    for v in (x, ties):
        check(lambda a: argmax_pool(a, config), v, exact=True)


POOLS = [
    ((3, 3), (1, 1), "VALID"),
    ((2, 2), (2, 2), "VALID"),
    ((3, 3), (2, 2), "SAME"),
    ((2, 3), (1, 2), ((1, 1), (0, 2))),
    ((4, 1), (3, 1), "SAME"),
]


@pytest.mark.parametrize("pool", POOLS, ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.float16, jnp.bfloat16, np.float64], ids=name)
def test_flax_pooling_values(dtype, pool):
    window, strides, padding = pool
    x = np.random.default_rng(7).standard_normal((2, 6, 7, 3)).astype(dtype)
    x[0, 1, 1, 0] = np.nan
    x[1, 2, 3, 1] = np.inf
    x[1, 4, 5, 2] = -np.inf
    # XLA rounds half-precision sums at each step, we once: near-zero means
    # differ by a few ulps of the inputs' magnitude.
    rtol = {np.float16: 4e-3, jnp.bfloat16: 2e-2, np.float32: 1e-6}.get(dtype)
    atol = {np.float16: 2e-3, jnp.bfloat16: 1.6e-2}.get(dtype, 1e-6)
    check(lambda v: (nn.max_pool(v, window, strides, padding),
                     min_pool(v, window, strides, padding)), x, exact=True)
    check(lambda v: nn.avg_pool(v, window, strides, padding), x, rtol=rtol, atol=atol)
    check(lambda v: nn.avg_pool(v, window, strides, padding, count_include_pad=False), x,
          rtol=rtol, atol=atol)


@pytest.mark.parametrize("pool", POOLS, ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_pooling_gradients(dtype, pool):
    window, strides, padding = pool
    rng = np.random.default_rng(8)
    x = rng.standard_normal((2, 6, 7, 3)).astype(dtype)
    check_grad(lambda v: nn.max_pool(v, window, strides, padding) ** 2, x, rtol=1e-6)
    check_grad(lambda v: min_pool(v, window, strides, padding) * 3, x, rtol=1e-6)
    check_grad(lambda v: jnp.sin(nn.avg_pool(v, window, strides, padding)), x, rtol=1e-5,
               atol=1e-7)
    # Ties: the first maximum (in window order) receives the gradient.
    ties = np.round(x * 2).astype(dtype)
    check_grad(lambda v: nn.max_pool(v, window, strides, padding), ties, rtol=1e-6)
    check_grad(lambda v: min_pool(v, window, strides, padding), ties, rtol=1e-6)


def test_max_pool_gradient_with_nan_inf_and_signed_zeros():
    x = np.array([[np.nan, 1, 2, -np.inf], [np.inf, 3, np.nan, 0.0], [-0.0, 0.0, 0.0, -0.0],
                  [5, 5, -np.inf, -np.inf]], np.float32)[None, :, :, None]
    for pool in POOLS[:3]:
        check_grad(lambda v: nn.max_pool(v, *pool), x)
        check_grad(lambda v: min_pool(v, *pool), x)


@pytest.mark.parametrize("pool", POOLS[:3], ids=str)
def test_forward_mode_of_max_pool(pool):
    x = np.random.default_rng(9).standard_normal((1, 6, 7, 2)).astype(np.float32)
    t = np.random.default_rng(10).standard_normal((1, 6, 7, 2)).astype(np.float32)
    check(lambda v, dv: jax.jvp(lambda a: nn.max_pool(a, *pool), (v,), (dv,)), x, t, exact=True)


@pytest.mark.parametrize("axis", [0, 1, 2])
@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
@pytest.mark.parametrize("dtype", [np.float32, np.float16, np.float64, np.int32, np.int8,
                                   np.uint16, np.int64], ids=name)
def test_cumulative_ops(dtype, axis, reverse):
    x = shaped(edge_values(dtype, n=70, seed=11), (4, 5, 6))
    check(lambda v: (lax.cummax(v, axis, reverse=reverse), lax.cummin(v, axis, reverse=reverse)),
          x, exact=True)
    exact = np.dtype(dtype).kind in "iu"
    small = moderate(x)
    rtol = {np.float16: 4e-3, np.float32: 2e-6}.get(dtype)
    check(lambda v: (lax.cumsum(v, axis, reverse=reverse), lax.cumprod(v, axis, reverse=reverse)),
          small, exact=exact, rtol=rtol, atol=0 if exact else 1e-3)


@pytest.mark.parametrize("axis", [0, 1, 2])
def test_jnp_cumulative_functions_and_logsumexp(axis):
    x = np.random.default_rng(12).standard_normal((5, 8, 3)).astype(np.float32)
    check(lambda v: (jnp.cumsum(v, axis), jnp.cumprod(v, axis), jnp.cumsum(v > 0, axis),
                     lax.cumlogsumexp(v, axis), lax.cumlogsumexp(v, axis, reverse=True)), x,
          rtol=1e-5, atol=1e-6)
    check_grad(lambda v: jnp.cumsum(v, axis) ** 2 + lax.cummax(v, axis), x, rtol=1e-5)
    check_grad(lambda v: lax.cumlogsumexp(v, axis), x, rtol=1e-5, atol=1e-6)


def test_long_cumulative_sum():
    x = np.random.default_rng(13).standard_normal((3, 4000)).astype(np.float32)
    check(lambda v: (jnp.cumsum(v, 1), lax.cummax(v, 1, reverse=True)), x, rtol=1e-4,
          atol=1e-3)


def test_empty_and_degenerate_windows():
    empty = np.zeros((0, 4), np.float32)
    check(lambda v: lax.reduce_window(v, np.float32(0), lax.add, (1, 2), (1, 1), "VALID"), empty)
    # Windows that only see padding give the init value.
    x = np.ones((2, 3), np.float32)
    check(lambda v: lax.reduce_window(v, np.float32(-5), lax.max, (1, 2), (1, 4),
                                      ((0, 0), (0, 6))), x, exact=True)
    check(lambda v: lax.reduce_window(v, np.float32(0), lambda a, b: a + 2 * b, (2, 1), (1, 1),
                                      ((3, 3), (0, 0))), x, exact=True)
    # Padded empty input: every window lies on padding.
    check(lambda v: lax.reduce_window(v, np.float32(7), lax.add, (2, 2), (1, 1),
                                      ((1, 1), (0, 0))), empty, exact=True)


def test_large_pooling():
    x = np.random.default_rng(14).standard_normal((4, 64, 64, 16)).astype(np.float32)
    check(lambda v: (nn.max_pool(v, (3, 3), (2, 2), "SAME"), nn.avg_pool(v, (2, 2), (2, 2))), x,
          rtol=1e-5, atol=1e-6)
    check_grad(lambda v: nn.max_pool(v, (3, 3), (2, 2), "SAME"), x)


def test_unsupported_scatter_body_is_refused():
    from jax._src.lax import windowed_reductions as wr
    x = np.ones((4, 4), np.float32)
    s = np.ones((2, 2), np.float32)
    # A select_and_scatter whose scatter body multiplies has no JAX API; it
    # is emitted through the internal primitive only if it exists.
    if not hasattr(wr, "_select_and_scatter"):
        pytest.skip("this jax has no generic select_and_scatter primitive")
    fn = jax.jit(lambda a, b: wr._select_and_scatter(
        a, lax.ge, (2, 2), (2, 2), ((0, 0), (0, 0)), b, np.float32(1), lax.mul))
    with pytest.raises(Exception, match="select_and_scatter"):
        fn(jax.device_put(x, jax.devices("mps")[0]), jax.device_put(s, jax.devices("mps")[0]))
