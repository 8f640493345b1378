"""stablehlo.reduce: every body JAX emits, every dtype, against the CPU backend."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import MPS, check, check_grad

BF16 = jnp.bfloat16
INTS = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
FLOATS = [np.float16, BF16, np.float32, np.float64]
REAL = INTS + FLOATS
ALL = [np.bool_] + REAL + [np.complex64]


def values(shape, dtype, seed=0, full_range=False):
    """Random values of `dtype`: small magnitudes, or the whole integer range."""
    return np.asarray(_values(shape, np.dtype(dtype), np.random.RandomState(seed), full_range))


def _values(shape, dtype, rng, full_range):
    if dtype == np.bool_:
        return np.asarray(rng.rand(*shape)) < 0.5
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        if full_range:
            raw = rng.randint(0, 2**63 - 1, size=shape, dtype=np.int64).astype(np.uint64)
            return (raw * np.uint64(0x9E3779B97F4A7C15)).astype(dtype)
        low = max(int(info.min), -20)
        return rng.randint(low, 21, size=shape).astype(dtype)
    if dtype.kind == "c":
        return np.asarray(rng.randn(*shape) + 1j * rng.randn(*shape)).astype(dtype)
    return np.asarray(rng.randn(*shape)).astype(dtype)


def rounding_atol(x, scale=4.0):
    """Absolute slack for float sums of x: the order of additions differs
    (XLA's CPU backend adds half-precision values in their own type, we add
    them in float32), so allow a few ulps of the sum of magnitudes."""
    x = np.asarray(x)
    if not jnp.issubdtype(x.dtype, jnp.inexact) or x.size == 0:
        return 0.0
    eps = float(jnp.finfo(x.dtype).eps)
    return scale * eps * float(np.sum(np.abs(x.astype(np.complex128))))


def same_dtype_sum(x, axis=None):
    return jnp.sum(x, axis=axis, dtype=x.dtype)


def same_dtype_prod(x, axis=None):
    return jnp.prod(x, axis=axis, dtype=x.dtype)


SHAPES_AND_AXES = [
    ((), None),
    ((7,), None),
    ((3, 5, 7), None),
    ((3, 5, 7), 0),
    ((3, 5, 7), 1),
    ((3, 5, 7), (0, 2)),
    ((3, 5, 7), ()),
    ((0, 3), 0),
    ((0, 3), 1),
    ((0, 3), None),
]


# ---- sum / prod / max / min over dtypes, shapes and axes ------------------

@pytest.mark.parametrize("dtype", ALL, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape,axis", SHAPES_AND_AXES, ids=str)
def test_sum(dtype, shape, axis):
    x = values(shape, dtype)
    check(lambda x: same_dtype_sum(x, axis), x, atol=rounding_atol(x))


@pytest.mark.parametrize("dtype", ALL, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape,axis", SHAPES_AND_AXES[:7], ids=str)
def test_prod(dtype, shape, axis):
    x = values(shape, dtype, seed=1)
    if np.dtype(dtype).kind == "f":
        x = (1 + 0.05 * x.astype(np.float32)).astype(dtype)  # keep products finite
    # Each of up to 105 factors rounds: a relative slack of a few ulps per factor.
    rtol = None if not jnp.issubdtype(dtype, jnp.inexact) else float(jnp.finfo(dtype).eps) * 30
    check(lambda x: same_dtype_prod(x, axis), x, rtol=rtol)


@pytest.mark.parametrize("dtype", [np.bool_] + REAL, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape,axis", [s for s in SHAPES_AND_AXES if 0 not in s[0]], ids=str)
def test_max_min(dtype, shape, axis):
    check(lambda x: (jnp.max(x, axis=axis), jnp.min(x, axis=axis)),
          values(shape, dtype, seed=2, full_range=True), exact=True)


@pytest.mark.parametrize("reducer", [jnp.max, jnp.min])
@pytest.mark.parametrize("dtype", [np.int8, np.uint32, np.float32], ids=lambda d: np.dtype(d).name)
def test_max_min_of_empty_with_initial(reducer, dtype):
    check(lambda x: reducer(x, axis=0, initial=dtype(5)), np.zeros((0, 3), dtype), exact=True)


@pytest.mark.parametrize("reducer", [jnp.all, jnp.any])
@pytest.mark.parametrize("shape,axis", SHAPES_AND_AXES, ids=str)
def test_all_any(reducer, shape, axis):
    check(lambda x: reducer(x, axis=axis), values(shape, np.bool_, seed=3))


@pytest.mark.parametrize("reducer", [jnp.all, jnp.any])
def test_all_any_uniform_rows(reducer):
    x = np.array([[True] * 5, [False] * 5, [True, False, True, True, True]])
    check(lambda x: (reducer(x, axis=1), reducer(x, axis=0)), x)


# ---- edge values ----------------------------------------------------------

def test_integer_sums_wrap_in_their_own_type():
    check(lambda x: same_dtype_sum(x), np.array([100, 100, 100], np.int8))
    check(lambda x: same_dtype_sum(x), np.array([200, 200], np.uint8))
    check(lambda x: same_dtype_sum(x), np.array([2**62, 2**62, 2**62], np.int64))
    check(lambda x: same_dtype_sum(x), np.array([2**63 + 5, 2**63], np.uint64))
    check(lambda x: same_dtype_prod(x), np.array([-128, -1, 3], np.int8))
    check(lambda x: same_dtype_prod(x), np.array([2**33, 2**33], np.int64))


@pytest.mark.parametrize("dtype", INTS, ids=lambda d: np.dtype(d).name)
def test_integer_extremes(dtype):
    info = np.iinfo(dtype)
    x = np.array([[info.min, info.max, 0], [info.max, info.max, 1]], dtype)
    check(lambda x: (same_dtype_sum(x, 1), same_dtype_prod(x, 0), jnp.max(x, 0), jnp.min(x, 1)), x)


@pytest.mark.parametrize("dtype", FLOATS, ids=lambda d: np.dtype(d).name)
def test_nan_and_inf(dtype):
    nan, inf = np.nan, np.inf
    x = np.array([[1, nan, 2, 3], [inf, 1, -inf, 0], [-0.0, 0.0, -1, 1], [nan, inf, -inf, nan],
                  [-inf, -inf, -inf, -inf]], dtype)
    check(lambda x: (jnp.max(x, 1), jnp.min(x, 1), jnp.sum(x, 1), jnp.prod(x, 1)), x)


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=lambda d: np.dtype(d).name)
def test_sum_of_negative_zeros_keeps_the_sign(dtype):
    check(lambda x: lax.reduce(x, dtype(-0.0), lax.add, (0,)), np.array([-0.0, -0.0], dtype),
          exact=True)


# ---- explicit init values: combined exactly once --------------------------

@pytest.mark.parametrize("dtype", [np.int8, np.int32, np.uint16, np.float32, np.float64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("body,init", [(lax.add, 7), (lax.mul, 3), (lax.max, 9), (lax.min, -4)],
                         ids=["add", "mul", "max", "min"])
def test_explicit_init(dtype, body, init):
    if np.dtype(dtype).kind == "u" and init < 0:
        init = 2
    x = values((4, 6), dtype, seed=4)
    # Float sums and products depend on the order of operations; the rest is exact.
    exact = np.dtype(dtype).kind != "f" or body in (lax.max, lax.min)
    for dims in [(0,), (1,), (0, 1), ()]:
        check(lambda x: lax.reduce(x, np.asarray(init, dtype), body, dims), x, exact=exact,
              atol=0 if exact else rounding_atol(x) + 1e-5)


def test_init_with_empty_reduction_is_the_result():
    x = np.zeros((0, 4), np.float32)
    check(lambda x: lax.reduce(x, np.float32(2.5), lax.add, (0,)), x, exact=True)
    check(lambda x: lax.reduce(x, np.float32(-7), lax.max, (0, 1)), x, exact=True)


@pytest.mark.parametrize("body", [lax.max, lax.min], ids=["max", "min"])
def test_nan_init_propagates(body):
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    check(lambda x: lax.reduce(x, np.float32(np.nan), body, (1,)), x)


# ---- bitwise bodies -------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.bool_] + INTS, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape,dims", [((5, 7), (1,)), ((3, 5, 7), (0, 2)), ((9,), (0,)),
                                        ((4, 3), ()), ((0, 3), (0,))], ids=str)
def test_bitwise(dtype, shape, dims):
    x = values(shape, dtype, seed=5, full_range=True)
    ones = np.bool_(True) if dtype == np.bool_ else ~np.zeros((), dtype)
    zeros = np.zeros((), dtype)
    check(lambda x: (lax.reduce(x, ones, lax.bitwise_and, dims),
                     lax.reduce(x, zeros, lax.bitwise_or, dims),
                     lax.reduce(x, zeros, lax.bitwise_xor, dims)), x)


@pytest.mark.parametrize("body", [lax.bitwise_and, lax.bitwise_or, lax.bitwise_xor],
                         ids=["and", "or", "xor"])
def test_bitwise_with_init(body):
    x = values((6, 5), np.uint16, seed=6, full_range=True)
    check(lambda x: lax.reduce(x, np.uint16(0x0F0F), body, (0,)), x)


# ---- variadic bodies ------------------------------------------------------

def test_variadic_elementwise_body():
    def both(x, y):
        return lax.reduce((x, y), (np.float32(1), np.int32(2)),
                          lambda a, b: (a[0] + b[0], jnp.maximum(a[1], b[1])), (1,))
    check(both, values((4, 5), np.float32), values((4, 5), np.int32, seed=1))


ARG_DTYPES = [np.bool_, np.int8, np.int32, np.int64, np.uint8, np.uint64, np.float16, BF16,
              np.float32, np.float64]


@pytest.mark.parametrize("dtype", ARG_DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape,axis", [((7,), None), ((3, 5, 7), 0), ((3, 5, 7), 1),
                                        ((3, 5, 7), 2), ((3, 5, 7), None), ((1, 4), 0)], ids=str)
def test_argmax_argmin(dtype, shape, axis):
    # Few distinct values, so ties are everywhere and must go to the first index.
    x = (values(shape, np.int8, seed=7) % 3).astype(dtype)
    check(lambda x: (jnp.argmax(x, axis=axis), jnp.argmin(x, axis=axis)), x)


@pytest.mark.parametrize("fn", [jnp.argmax, jnp.argmin])
@pytest.mark.parametrize("dtype", FLOATS, ids=lambda d: np.dtype(d).name)
def test_argmax_argmin_nan_inf_and_zeros(fn, dtype):
    nan, inf = np.nan, np.inf
    x = np.array([[1, nan, 3, nan], [inf, 1, inf, -inf], [-0.0, 0.0, -0.0, 0.0],
                  [0.0, -0.0, 0.0, -0.0], [-inf, -inf, -inf, -inf], [nan, nan, nan, nan],
                  [2, 3, 3, nan]], dtype)
    check(lambda x: (fn(x, axis=1), fn(x.T, axis=0), fn(x)), x)


@pytest.mark.parametrize("fn", [jnp.argmax, jnp.argmin])
def test_argmax_argmin_keepdims_and_large(fn):
    x = values((300, 1000), np.float32, seed=8)
    x[17, 3] = x[250, 999] = 99
    x[5, 5] = -99
    check(lambda x: (fn(x, axis=0, keepdims=True), fn(x, axis=1), fn(x)), x)


@pytest.mark.parametrize("fn", [jnp.argmax, jnp.argmin])
def test_argmax_argmin_integer_extremes(fn):
    info = np.iinfo(np.int64)
    x = np.array([[info.min, info.max, info.min, info.max], [0, 0, -1, -1]], np.int64)
    check(lambda x: fn(x, axis=1), x)


def test_arg_reduction_returns_both_results():
    # jnp.argmax only keeps the index; the reduced value comes out too here.
    def value_and_index(x):
        idx = lax.broadcasted_iota(np.int32, x.shape, 1)
        def body(a, b):
            a_v, a_i = a
            b_v, b_i = b
            pick_a = (a_v > b_v) | (a_v != a_v)
            pick_a_index = pick_a | ((a_v == b_v) & (a_i < b_i))
            return lax.select(pick_a, a_v, b_v), lax.select(pick_a_index, a_i, b_i)
        return lax.reduce((x, idx), (np.float32(-np.inf), np.int32(0)), body, (1,))
    x = np.array([[1, 5, 5, 2], [np.nan, 1, np.nan, 0], [-np.inf] * 4], np.float32)
    check(value_and_index, x)


# ---- unsupported bodies are refused, not miscomputed ----------------------

def test_a_body_of_several_ops_runs():
    # Neither a single op nor argmax/argmin: applied pairwise in a tree. The
    # body is associative and commutative, so any order gives XLA's result.
    x = np.arange(12, dtype=np.int32).reshape(3, 4) * 5 % 7
    check(lambda x: lax.reduce(x, np.int32(0), lambda a, b: jnp.maximum(a, b) * 1 + 0, (1,)), x)


# ---- jnp compositions -----------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float16, BF16, np.float32, np.float64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("axis", [None, 0, 1, (0, 2), -1], ids=str)
def test_mean_var_std(dtype, axis):
    x = values((3, 5, 7), dtype, seed=9)
    check(lambda x: (jnp.mean(x, axis), jnp.var(x, axis), jnp.std(x, axis)), x)


@pytest.mark.parametrize("dtype", [np.int8, np.int32, np.uint8, np.bool_],
                         ids=lambda d: np.dtype(d).name)
def test_integer_mean_and_default_sum(dtype):
    x = values((4, 9), dtype, seed=10, full_range=True)
    check(lambda x: (jnp.sum(x), jnp.sum(x, 0), jnp.mean(x, 1)), x)


@pytest.mark.parametrize("axis", [None, 0, 1, -1, (0, 1)], ids=str)
def test_softmax(axis):
    x = values((4, 6, 5), np.float32, seed=11) * 10
    check(lambda x: jax.nn.softmax(x, axis=axis), x)


@pytest.mark.parametrize("axis", [None, 1, (0, 1)], ids=str)
def test_logsumexp(axis):
    x = values((4, 6, 5), np.float32, seed=11) * 10
    check(lambda x: jax.nn.logsumexp(x, axis=axis), x)


def test_logsumexp_with_infinities():
    x = np.array([[-np.inf, -np.inf], [np.inf, 1.0], [0.0, -np.inf]], np.float32)
    check(lambda x: jax.nn.logsumexp(x, axis=1), x)


# ---- half precision and large inputs --------------------------------------

@pytest.mark.parametrize("dtype", [np.float16, BF16], ids=lambda d: np.dtype(d).name)
def test_half_precision_sums_match(dtype):
    x = np.random.RandomState(12).rand(200_000).astype(dtype)
    check(lambda x: (lax.reduce(x, dtype(0), lax.add, (0,)), jnp.sum(x), jnp.mean(x)), x,
          rtol=float(jnp.finfo(dtype).eps) * 4)
    check(lambda x: lax.reduce(x, dtype(0), lax.add, (0,)), np.ones(5000, dtype), exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.uint8],
                         ids=lambda d: np.dtype(d).name)
def test_large(dtype):
    x = values((1000, 500), dtype, seed=13)
    check(lambda x: (same_dtype_sum(x), same_dtype_sum(x, 0), jnp.max(x, 1), jnp.min(x),
                     jnp.argmax(x, 1)), x, atol=rounding_atol(x))


# ---- gradients ------------------------------------------------------------

GRADIENT_FUNCTIONS = {
    "sum": (lambda x: jnp.sum(x, axis=1), ()),
    "prod": (lambda x: jnp.prod(x, axis=0), ()),
    "max": (lambda x: jnp.max(x, axis=1), ()),
    "min": (lambda x: jnp.min(x), ()),
    "mean": (lambda x: jnp.mean(x, axis=0), ()),
    "var": (lambda x: jnp.var(x, axis=1), ()),
    "std": (lambda x: jnp.std(x), ()),
    "logsumexp": (lambda x: jax.nn.logsumexp(x, axis=1), ()),
    "softmax": (lambda x: jax.nn.softmax(x, axis=0) * jnp.arange(4.0)[:, None], ()),
}


def gradient_cases():
    for name, (fn, marks) in GRADIENT_FUNCTIONS.items():
        for dtype in [np.float32, np.float64]:
            extra = ()
            yield pytest.param(fn, dtype, marks=marks + extra, id=f"{name}-{np.dtype(dtype).name}")


@pytest.mark.parametrize("fn,dtype", list(gradient_cases()))
def test_gradients(fn, dtype):
    # Gradients near zero come from cancellation: an absolute slack of a few ulps.
    check_grad(fn, values((4, 6), dtype, seed=14), atol=8 * float(jnp.finfo(dtype).eps))
