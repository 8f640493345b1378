"""Elementwise unary and binary ops on every dtype they accept, against the
CPU backend: edge values (NaN, infinities, -0.0, integer limits, zero
divisors, shifts past the bit width), odd and empty shapes, a large array,
and gradients."""

import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax._src.lib.mlir.dialects import hlo

from oracle import MPS, check, check_grad, run_on
from ops.elementwise_values import (BOOL, COMPLEX, FLOATS, INTEGERS, SIGNED, UNSIGNED,
                                    all_pairs, check_exact, edge_values, finfo, random_values, raw_binary,
                                    stablehlo)


def ids(dtypes):
    return [np.dtype(d).name for d in dtypes]


def moderate_values(dtype):
    """Edge values whose transcendental results stay well inside the range,
    plus random ones."""
    specials = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.5, -7.0, 0.3, np.inf, -np.inf,
                         np.nan], np.float64)
    return np.concatenate([specials, random_values(np.float64, 40, -10, 10)]).astype(dtype)


def round_afz(x):
    return lax.round(x, lax.RoundingMethod.AWAY_FROM_ZERO)


def round_even(x):
    return lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN)


# Exact in IEEE arithmetic: must match bit for bit (NaN payloads aside).
EXACT_FLOAT_UNARY = [lax.abs, lax.neg, lax.sign, lax.floor, lax.ceil, round_afz, round_even,
                     lax.is_finite, lax.sqrt]
APPROX_FLOAT_UNARY = [lax.rsqrt, lax.cbrt, lax.exp, lax.expm1, lax.log, lax.log1p,
                      lax.logistic, lax.sin, lax.cos, lax.tan, lax.tanh]


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("fn", EXACT_FLOAT_UNARY, ids=lambda f: f.__name__)
def test_exact_float_unary(fn, dtype):
    check_exact(fn, edge_values(dtype))


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("fn", APPROX_FLOAT_UNARY, ids=lambda f: f.__name__)
def test_approximate_float_unary(fn, dtype):
    check(fn, moderate_values(dtype))


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=["float32", "float64"])
def test_cbrt_over_the_whole_range(dtype):
    # The Newton step keeps cbrt within an ulp or two at the extremes of the
    # range. Against numpy's cbrt: jax 0.9.0's CPU cbrt is off by up to
    # 9e-7 (float32) and 1.3e-14 (float64) relative there.
    info = np.finfo(dtype)
    x = np.array([info.max, -info.max, info.tiny, 27.0, -8.0, 1e30, 1e-30, 0.001], dtype)
    np.testing.assert_allclose(run_on(MPS, lax.cbrt, x), np.cbrt(x), rtol=2 * float(info.eps))


def raw_unary(name, result_dtype=None):
    return stablehlo(f"raw_{name}", lambda x: getattr(hlo, name)(x), result_dtype)


# Complex forms of ops JAX itself expands into real arithmetic, emitted as is.
COMPLEX_UNARY = ["sqrt", "rsqrt", "exponential", "exponential_minus_one", "log",
                 "log_plus_one", "logistic", "sine", "cosine", "tan", "tanh", "negate"]


@pytest.mark.parametrize("name", COMPLEX_UNARY)
def test_complex_unary(name):
    x = random_values(np.complex64, 64, -3, 3)
    check(raw_unary(name), x, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("fn", [jnp.abs, jnp.sign, jnp.real, jnp.imag, jnp.expm1, jnp.tan,
                                jnp.tanh, lax.rsqrt, jnp.negative], ids=lambda f: f.__name__)
def test_complex_unary_as_jax_emits_it(fn):
    x = np.concatenate([random_values(np.complex64, 30, -3, 3), [0j, 3 + 4j, -0.0 - 2j]])
    check(fn, x.astype(np.complex64), rtol=1e-5, atol=1e-6)


def test_real_and_imag_are_exact():
    x = edge_values(np.complex64)
    check_exact(lambda z: (jnp.real(z), jnp.imag(z)), x)


@pytest.mark.parametrize("dtype", INTEGERS, ids=ids(INTEGERS))
@pytest.mark.parametrize("fn", [lax.neg, lax.sign, lax.bitwise_not, lax.population_count,
                                lax.clz], ids=lambda f: f.__name__)
def test_integer_unary(fn, dtype):
    x = np.concatenate([edge_values(dtype), random_values(dtype, 50, -(2**62), 2**62)])
    check(fn, x)


@pytest.mark.parametrize("dtype", SIGNED, ids=ids(SIGNED))
def test_integer_abs(dtype):
    # abs(INT_MIN) wraps to INT_MIN.
    check(lax.abs, edge_values(dtype))


def test_not_of_booleans():
    check(lax.bitwise_not, np.array([True, False]))


# --- binary ---

EXACT_FLOAT_BINARY = [lax.add, lax.sub, lax.mul, lax.div, lax.rem, lax.max, lax.min]


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("fn", EXACT_FLOAT_BINARY, ids=lambda f: f.__name__)
def test_exact_float_binary(fn, dtype):
    check_exact(fn, *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("fn", [lax.pow, lax.atan2], ids=lambda f: f.__name__)
def test_approximate_float_binary(fn, dtype):
    check(fn, *all_pairs(moderate_values(dtype)[:24]))


def test_remainder_keeps_tiny_dividends_exact():
    # fmod(-1e-10, 1) is -1e-10; a floor-modulo corrected by adding and
    # subtracting the divisor would round it away.
    x = np.array([-1e-10, 1e-10, -5.5, 5.5, -0.0, 7.0], np.float32)
    y = np.array([1.0, -1.0, 2.0, -2.0, 3.0, np.inf], np.float32)
    check_exact(lax.rem, x, y)


INTEGER_BINARY = [lax.add, lax.sub, lax.mul, lax.div, lax.rem, lax.max, lax.min,
                  lax.bitwise_and, lax.bitwise_or, lax.bitwise_xor]


@pytest.mark.parametrize("dtype", INTEGERS, ids=ids(INTEGERS))
@pytest.mark.parametrize("fn", INTEGER_BINARY, ids=lambda f: f.__name__)
def test_integer_binary(fn, dtype):
    # All pairs include x / 0, x % 0, INT_MIN / -1 and INT_MIN % -1.
    check(fn, *all_pairs(edge_values(dtype)))


@pytest.mark.parametrize("dtype", INTEGERS, ids=ids(INTEGERS))
def test_integer_power(dtype):
    # jax.lax.pow refuses integer bases; StableHLO allows them. Exponents
    # below 64: XLA's CPU backend reads only the low 6 bits of the exponent.
    x, y = all_pairs(edge_values(dtype))
    y = np.where((y >= 0) & (y < 64), y, -(y & 7)).astype(dtype) if dtype in SIGNED else y & 63
    check(raw_binary("power"), x, y)


@pytest.mark.parametrize("dtype", [np.int16, np.uint32, np.int64], ids=["int16", "uint32", "int64"])
def test_integer_power_with_large_exponents_wraps(dtype):
    # The spec's x ** y modulo 2^bits for every exponent; XLA's CPU backend
    # differs here (it computes x ** (y mod 64)), so numpy's exact modular
    # power is the reference.
    bases = np.array([3, 7, 2, 5, 1, 0], dtype)
    exponents = np.array([100, 32767, 64, 65, 1000, 77], dtype)
    modulus = 2 ** (np.dtype(dtype).itemsize * 8)
    expected = np.array([pow(int(b), int(e), modulus) for b, e in zip(bases, exponents)],
                        np.uint64).astype(dtype)
    actual = run_on(MPS, raw_binary("power"), bases, exponents)
    np.testing.assert_array_equal(actual, expected)


@pytest.mark.parametrize("dtype", INTEGERS, ids=ids(INTEGERS))
@pytest.mark.parametrize("fn", [lax.shift_left, lax.shift_right_arithmetic,
                                lax.shift_right_logical], ids=lambda f: f.__name__)
def test_shifts(fn, dtype):
    bits = np.dtype(dtype).itemsize * 8
    amounts = np.arange(-2, bits + 3).astype(dtype)
    x, y = np.meshgrid(edge_values(dtype), np.concatenate([amounts, edge_values(dtype)]),
                       indexing="ij")
    check(fn, x.ravel(), y.ravel())


@pytest.mark.parametrize("fn", [lax.bitwise_and, lax.bitwise_or, lax.bitwise_xor, lax.max,
                                lax.min], ids=lambda f: f.__name__)
def test_boolean_binary(fn):
    check(fn, *all_pairs(np.array([False, True])))


@pytest.mark.parametrize("name", ["add", "multiply"])
def test_boolean_add_and_multiply(name):
    # StableHLO defines them as OR and AND; JAX never emits them.
    check(raw_binary(name), *all_pairs(np.array([False, True])))


@pytest.mark.parametrize("fn", [lax.add, lax.sub, lax.mul], ids=lambda f: f.__name__)
def test_complex_arithmetic(fn):
    check_exact(fn, *all_pairs(edge_values(np.complex64)[::7]))


@pytest.mark.parametrize("fn", [lax.div, lax.pow], ids=lambda f: f.__name__)
def test_complex_division_and_power(fn):
    x = random_values(np.complex64, 64, -3, 3, seed=1)
    y = random_values(np.complex64, 64, -3, 3, seed=2)
    check(fn, x, y, rtol=1e-5)


# XLA's algebraic simplifier rewrites x / c into x * (1 / c) and x ** c for
# c in {1, -1, 2, 3} into products before the CPU backend computes them (in
# the element type; bfloat16 is computed in float32 there): the results
# differ from a plain division or power in the last bit, and must match.
CONSTANT_DIVISORS = {"by_3": 3.0, "by_0.1": 0.1, "by_7": 7.0, "by_zero": 0.0,
                     "by_minus_zero": -0.0, "by_inf": np.inf, "by_nan": np.nan}


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("divisor", CONSTANT_DIVISORS.values(), ids=CONSTANT_DIVISORS.keys())
def test_division_by_a_constant(dtype, divisor):
    x = np.concatenate([edge_values(dtype), random_values(dtype, 500, -1e3, 1e3)])
    c = np.asarray(divisor, dtype)
    check_exact(lambda x: x / c, x)


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
def test_division_by_a_constant_array(dtype):
    x = random_values(dtype, 500, -1e3, 1e3)
    d = np.linspace(0.7, 97.3, 500).astype(dtype)
    check_exact(lambda x: x / d, x)


def test_division_by_a_constant_complex_array():
    # The reciprocal is folded as XLA folds it (Smith's algorithm); the
    # product then differs from the CPU's in the last bit where XLA's CPU
    # backend fuses a multiply-add into the real part (see
    # test_product_overflow_follows_fused_multiply_add), hence the tolerance.
    x = random_values(np.complex64, 64, -3, 3, seed=3)
    d = random_values(np.complex64, 64, -3, 3, seed=4)
    check(lambda x: x / d, x, rtol=2 * float(np.finfo(np.float32).eps))


@pytest.mark.parametrize("dtype", FLOATS, ids=ids(FLOATS))
@pytest.mark.parametrize("exponent", [1.0, -1.0, 2.0, 3.0, 0.5, 0.0, -0.5, 4.0],
                         ids=lambda e: f"pow_{e}")
def test_power_by_a_constant(dtype, exponent):
    x = np.concatenate([edge_values(dtype), random_values(dtype, 500, -30, 30)])
    e = np.asarray(exponent, dtype)
    fn = lambda x: lax.pow(x, e)  # noqa: E731
    if exponent in (1.0, -1.0, 2.0, 3.0, 0.5, 0.0):
        check_exact(fn, x)
    else:  # a general power: accurate, not exact
        check(fn, x, rtol=4 * float(finfo(dtype).eps))


def test_complex_from_parts_is_exact():
    check_exact(lax.complex, *all_pairs(edge_values(np.float32)))


# --- shapes ---

SHAPES = [(), (0, 3), (3, 5, 7)]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", [np.int32, np.uint8, np.float16, np.float64],
                         ids=["int32", "uint8", "float16", "float64"])
def test_shapes(shape, dtype):
    x = random_values(dtype, shape, 0, 50, seed=3)
    y = random_values(dtype, shape, 0, 50, seed=4)
    check(lambda a, b: (lax.div(a, b), lax.rem(a, b), lax.max(a, b), lax.neg(a) * b), x, y)


def test_large_arrays():
    n = 300_000
    check(lambda a, b: (lax.div(a, b), lax.rem(a, b), lax.shift_left(a, b & 31)),
          random_values(np.int32, n, -(2**31), 2**31 - 1, seed=5),
          random_values(np.int32, n, -40, 40, seed=6))
    check(lambda a: (lax.cbrt(a), lax.sign(a), round_afz(a)),
          random_values(np.float32, n, -1e6, 1e6, seed=7))


# --- gradients ---

GRAD_UNARY = [lax.abs, lax.neg, lax.sqrt, lax.rsqrt, lax.cbrt, lax.exp, lax.expm1, lax.log,
              lax.log1p, lax.logistic, lax.sin, lax.cos, lax.tan, lax.tanh]
GRAD_BINARY = [lax.add, lax.sub, lax.mul, lax.div, lax.rem, lax.pow, lax.max, lax.min,
               lax.atan2]


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=["float32", "float64"])
@pytest.mark.parametrize("fn", GRAD_UNARY, ids=lambda f: f.__name__)
def test_unary_gradients(fn, dtype):
    check_grad(fn, np.linspace(0.25, 1.5, 11, dtype=dtype))


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=["float32", "float64"])
@pytest.mark.parametrize("fn", GRAD_BINARY, ids=lambda f: f.__name__)
def test_binary_gradients(fn, dtype):
    x = np.linspace(0.25, 3.0, 12, dtype=dtype)
    y = np.linspace(2.0, 0.5, 12, dtype=dtype)
    check_grad(fn, x, y, argnums=(0, 1))


@pytest.mark.parametrize("fn", [lax.exp, lax.sin, lax.cos, lax.logistic],
                         ids=lambda f: f.__name__)
def test_float64_math_is_double_precise(fn):
    # MLX's own float64 exp, sin and cos are single-precision polynomials.
    rng = np.random.default_rng(8)
    x = np.concatenate([rng.uniform(-700, 700, 500), rng.uniform(-1e6, 1e6, 200),
                        np.pi / 2 * np.arange(-20, 21) + 1e-9, [1e-300, -1e-20, 708.0]])
    check(fn, x, rtol=1e-13, atol=1e-300)


@pytest.mark.parametrize("dtype", [jnp.bfloat16, np.float16, np.float32, np.complex64],
                         ids=["bfloat16", "float16", "float32", "complex64"])
def test_the_exact_comparison_tells_signed_zeros_apart(dtype):
    from ops.elementwise_values import _comparable_bits
    zeros = np.array([0.0, -0.0, np.nan, -np.nan], np.float64).astype(dtype)
    bits = _comparable_bits(zeros)
    assert (bits[0] != bits[1]).any()
    assert (bits[2] == bits[3]).all()
    tiny = np.array([finfo(dtype).tiny / 4, 0.0]).astype(dtype)
    flushed = _comparable_bits(tiny)
    # float16 subnormals are normal float32 numbers, which XLA does not flush.
    assert (flushed[0] == flushed[1]).all() == (np.dtype(dtype) != np.float16)
