"""Random numbers against the CPU backend.

rng_bit_generator must match XLA bit for bit (state and bits) for every
algorithm, output width and shape; jax.random with the rbg/unsafe_rbg
implementations rides on it, and the default threefry implementation is
plain integer ops, so every jax.random function must be bit-exact too. The
legacy stablehlo.rng (lax.rng_uniform) only fixes a distribution, so it is
tested for bounds and statistics."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax._src.lib.mlir import ir
from jax._src.lib.mlir.dialects import hlo
from jax.core import ShapedArray
from jax.extend.core import Primitive
from jax.interpreters import mlir

from oracle import CPU, MPS, check, run_on

RNG = np.random.default_rng(11)
ALGORITHMS = {
    "default": lax.RandomAlgorithm.RNG_DEFAULT,
    "three_fry": lax.RandomAlgorithm.RNG_THREE_FRY,
    "philox": lax.RandomAlgorithm.RNG_PHILOX,
}
BIT_DTYPES = [np.uint8, np.uint16, np.uint32, np.uint64]
SHAPES = [(), (0,), (1,), (2,), (7,), (3, 5), (5, 3), (4, 6), (2, 3, 4), (3, 1, 5), (5, 0, 3),
          (1, 1), (1000,), (33, 17)]


def random_key():
    return RNG.integers(0, 2**32, 4, dtype=np.uint64).astype(np.uint32)


def generator(shape, dtype, algorithm):
    return lambda key: lax.rng_bit_generator(key, shape, dtype, algorithm=ALGORITHMS[algorithm])


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", BIT_DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_rng_bit_generator_bits_and_state(algorithm, dtype, shape):
    check(generator(shape, dtype, algorithm), random_key(), exact=True)


@pytest.mark.parametrize("dtype", [np.uint32, np.uint64], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("counter", [2**64 - 1, 2**64 - 3, 2**32 - 1], ids=hex)
def test_counters_wrap_and_carry(algorithm, dtype, counter):
    # The u64 state words are [key, counter]: draws must wrap (and Philox
    # carry into its 128-bit counter) exactly as XLA's do.
    state = np.array([0x0123456789ABCDEF, counter], np.uint64).view(np.uint32)
    check(generator((9, 5), dtype, algorithm), state, exact=True)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_chained_draws_advance_the_state(algorithm):
    def draws(key):
        out = []
        for shape in [(3,), (4, 2), (), (5,)]:
            key, bits = lax.rng_bit_generator(key, shape, np.uint32,
                                              algorithm=ALGORITHMS[algorithm])
            out.append(bits)
        return key, out
    check(draws, random_key(), exact=True)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_large_draw(algorithm):
    check(generator((257, 1025), np.uint32, algorithm), random_key(), exact=True)


RBG_FUNCTIONS = {
    "bits": lambda k: jax.random.bits(k, (5, 7)),
    "bits64": lambda k: jax.random.bits(k, (9,), jnp.uint64),
    "bits8": lambda k: jax.random.bits(k, (13,), jnp.uint8),
    "uniform": lambda k: jax.random.uniform(k, (6, 5), jnp.float32),
    "uniform_f64": lambda k: jax.random.uniform(k, (7,), jnp.float64),
    "normal": lambda k: jax.random.normal(k, (11,), jnp.float32),
    "randint": lambda k: jax.random.randint(k, (20,), -5, 1000),
    "bernoulli": lambda k: jax.random.bernoulli(k, 0.3, (17,)),
    "split": lambda k: jax.random.key_data(jax.random.split(k, 3)),
    "fold_in": lambda k: jax.random.key_data(jax.random.fold_in(k, 7)),
    "split_then_draw": lambda k: jax.random.uniform(jax.random.split(k)[1], (4,)),
    "gumbel": lambda k: jax.random.gumbel(k, (8,), jnp.float32),
}
RBG_INEXACT = {"normal", "gumbel", "uniform_f64"}


@pytest.mark.parametrize("name", RBG_FUNCTIONS)
@pytest.mark.parametrize("impl", ["rbg", "unsafe_rbg"])
def test_jax_random_with_rbg_keys(impl, name):
    seed = np.array(1234, np.uint32)

    def f(s):
        return RBG_FUNCTIONS[name](jax.random.key(s, impl=impl))
    if name in RBG_INEXACT:
        check(f, seed, rtol=2e-5, atol=1e-6)
    else:
        check(f, seed, exact=True)


# The default threefry2x32 implementation lowers to plain integer ops.
THREEFRY_FUNCTIONS = {
    "key_data": lambda k: jax.random.key_data(k),
    "split": lambda k: jax.random.key_data(jax.random.split(k, 4)),
    "fold_in": lambda k: jax.random.key_data(jax.random.fold_in(k, 123)),
    "bits": lambda k: jax.random.bits(k, (3, 7)),
    "bits64": lambda k: jax.random.bits(k, (5,), jnp.uint64),
    "bits16": lambda k: jax.random.bits(k, (6,), jnp.uint16),
    "uniform": lambda k: jax.random.uniform(k, (5, 4), jnp.float32, -2.0, 3.0),
    "uniform_f16": lambda k: jax.random.uniform(k, (9,), jnp.float16),
    "uniform_bf16": lambda k: jax.random.uniform(k, (9,), jnp.bfloat16),
    "uniform_f64": lambda k: jax.random.uniform(k, (9,), jnp.float64),
    "normal": lambda k: jax.random.normal(k, (33,), jnp.float32),
    "randint": lambda k: jax.random.randint(k, (25,), -100, 100),
    "randint64": lambda k: jax.random.randint(k, (7,), 0, 2**40, jnp.int64),
    "bernoulli": lambda k: jax.random.bernoulli(k, 0.7, (19,)),
    "categorical": lambda k: jax.random.categorical(k, jnp.log(jnp.arange(1.0, 6.0)), shape=(12,)),
    "gamma": lambda k: jax.random.gamma(k, jnp.array([0.3, 1.0, 2.5, 9.0], jnp.float32)),
    "beta": lambda k: jax.random.beta(k, 2.0, 3.0, (6,), jnp.float32),
    "truncated_normal": lambda k: jax.random.truncated_normal(k, -1.0, 2.0, (10,), jnp.float32),
    "choice_with_replacement": lambda k: jax.random.choice(k, 10, (6,)),
    "exponential": lambda k: jax.random.exponential(k, (8,), jnp.float32),
    "laplace": lambda k: jax.random.laplace(k, (8,), jnp.float32),
    "cauchy": lambda k: jax.random.cauchy(k, (8,), jnp.float32),
    "rademacher": lambda k: jax.random.rademacher(k, (8,), jnp.int32),
    "poisson": lambda k: jax.random.poisson(k, 3.0, (8,)),
    "dirichlet": lambda k: jax.random.dirichlet(k, jnp.array([1.0, 2.0, 0.5], jnp.float32)),
    "multivariate_normal": lambda k: jax.random.multivariate_normal(
        k, jnp.zeros(2, jnp.float32), jnp.eye(2, dtype=jnp.float32), method="svd"),
    "choice_without_replacement": lambda k: jax.random.choice(k, 10, (4,), replace=False),
    "permutation": lambda k: jax.random.permutation(k, 10),
    "permutation_array": lambda k: jax.random.permutation(k, jnp.arange(7.0)),
}
# Inexact draws go through transcendental functions whose last bits may
# differ between MLX and XLA, or through x * (b - a) + a, which XLA's CPU
# backend contracts into a fused multiply-add (one rounding instead of two);
# they are compared closely, not bit for bit. Their random bits are exact.
INEXACT = {"uniform", "normal", "gamma", "beta", "truncated_normal", "exponential", "laplace", "cauchy",
           "dirichlet", "multivariate_normal", "gumbel", "uniform_f64"}
@pytest.mark.parametrize("name", THREEFRY_FUNCTIONS)
@pytest.mark.parametrize("make_key", ["key", "PRNGKey"])
def test_default_threefry_random(make_key, name):
    seed = np.array(42, np.uint32)

    def f(s):
        key = getattr(jax.random, make_key)(s)
        return THREEFRY_FUNCTIONS[name](key)
    if name in INEXACT:
        check(f, seed, rtol=2e-5, atol=1e-6)
    else:
        check(f, seed, exact=True)


@pytest.mark.parametrize("dtype,low,high", [
    (np.float32, -2.0, 3.0), (np.float16, 0.0, 1.0), (jnp.bfloat16, -1.0, 1.0),
    (np.float64, 10.0, 10.5), (np.int32, -50, 50), (np.int8, -128, 127), (np.uint8, 3, 250),
    (np.int64, -2**40, 2**40), (np.uint32, 0, 2**32 - 1), (np.int16, 7, 8),
], ids=str)
def test_rng_uniform_bounds_and_moments(dtype, low, high):
    shape = (4000,)
    a, b = np.array(low, dtype), np.array(high, dtype)
    out = run_on(MPS, lambda x, y: lax.rng_uniform(x, y, shape), a, b)
    assert out.dtype == np.dtype(dtype) and out.shape == shape
    wide = out.astype(np.float64)
    assert wide.min() >= float(low) and wide.max() < float(high)
    span = float(high) - float(low)
    # Mean and spread of a uniform distribution, within a few standard errors.
    assert abs(wide.mean() - (float(low) + float(high) - (1 if np.dtype(dtype).kind in "iu" else 0)) / 2) \
        < 0.05 * span + 1e-3
    if span > 10:
        assert abs(wide.std() - span / np.sqrt(12)) < 0.05 * span
        assert len(np.unique(out)) > min(100, span / 2)


def test_rng_uniform_draws_differ_between_ops():
    a, b = np.float32(0), np.float32(1)
    x, y = run_on(MPS, lambda p, q: (lax.rng_uniform(p, q, (64,)), lax.rng_uniform(p, q, (64,))),
                  a, b)
    assert not np.array_equal(x, y)


_PRIMITIVES: dict = {}


def raw_bit_generator(shape, dtype, algorithm):
    """stablehlo.rng_bit_generator with any result type (lax's front end
    only allows unsigned ones) on a ui64[2] state."""
    name = f"raw_rbg_{shape}_{np.dtype(dtype).name}_{algorithm}"
    if name not in _PRIMITIVES:
        primitive = Primitive(name)
        primitive.multiple_results = True
        primitive.def_abstract_eval(
            lambda s: (ShapedArray(s.shape, s.dtype), ShapedArray(shape, np.dtype(dtype))))
        primitive.def_impl(lambda s: jax.jit(primitive.bind)(s))

        def lower(ctx, state):
            out_type = ir.RankedTensorType.get(shape, mlir.dtype_to_ir_type(np.dtype(dtype)))
            attr = hlo.RngAlgorithmAttr.get(algorithm.upper())
            return hlo.RngBitGeneratorOp(state.type, out_type, attr, state).results
        mlir.register_lowering(primitive, lower)
        _PRIMITIVES[name] = primitive
    return lambda state: tuple(_PRIMITIVES[name].bind(state))


@pytest.mark.parametrize("shape", [(), (6,), (3, 5), (0, 2)], ids=str)
@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_signed_outputs(algorithm, dtype, shape):
    # XLA's CPU backend hands back the unsigned type of the same width for a
    # signed request (its expansion produces unsigned bits); the bits are
    # what must agree.
    state = random_key().view(np.uint64)
    fn = raw_bit_generator(shape, dtype, algorithm)
    unsigned = np.dtype(dtype).str.replace("i", "u")
    expected_state, expected = run_on(CPU, fn, state)
    actual_state, actual = run_on(MPS, fn, state)
    assert actual.dtype == np.dtype(dtype) and actual.shape == shape
    np.testing.assert_array_equal(actual_state, expected_state)
    np.testing.assert_array_equal(actual.view(unsigned), expected.view(unsigned))


def test_float_outputs_are_refused():
    state = jax.device_put(random_key().view(np.uint64), MPS)
    with pytest.raises(Exception, match="only integer outputs are supported"):
        jax.block_until_ready(jax.jit(raw_bit_generator((3,), np.float32, "philox"))(state))


def raw_rng_normal(shape):
    name = f"raw_rng_normal_{shape}"
    if name not in _PRIMITIVES:
        primitive = Primitive(name)
        primitive.def_abstract_eval(lambda a, b: ShapedArray(shape, a.dtype))
        primitive.def_impl(lambda a, b: jax.jit(primitive.bind)(a, b))

        def lower(ctx, a, b):
            dims = mlir.ir_constant(np.array(shape, np.int64))
            return [hlo.rng(a, b, dims, hlo.RngDistributionAttr.get("NORMAL"))]
        mlir.register_lowering(primitive, lower)
        _PRIMITIVES[name] = primitive
    return _PRIMITIVES[name].bind


@pytest.mark.parametrize("dtype,mean,std", [(np.float32, 0.0, 1.0), (np.float32, -3.0, 0.25),
                                            (np.float64, 100.0, 7.0), (np.float16, 1.0, 2.0),
                                            (jnp.bfloat16, 0.0, 3.0)], ids=str)
def test_rng_normal_moments(dtype, mean, std):
    shape = (20000,)
    out = run_on(MPS, raw_rng_normal(shape), np.array(mean, dtype), np.array(std, dtype))
    assert out.dtype == np.dtype(dtype) and out.shape == shape
    wide = out.astype(np.float64)
    assert np.all(np.isfinite(wide))
    assert abs(wide.mean() - mean) < 0.05 * std + 0.02
    assert abs(wide.std() - std) < 0.05 * std
    # About 68% within one standard deviation.
    assert 0.64 < np.mean(np.abs(wide - mean) < std) < 0.72


def test_rng_normal_shapes():
    out = run_on(MPS, raw_rng_normal((3, 0)), np.float32(0), np.float32(1))
    assert out.shape == (3, 0)
    out = run_on(MPS, raw_rng_normal(()), np.float32(5), np.float32(0))
    assert out.shape == () and out == 5
