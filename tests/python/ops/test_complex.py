"""complex64 arithmetic and functions as JAX emits them (jnp front ends,
often expanded into real arithmetic by JAX), against the CPU backend:
random values over several magnitudes, values near the axes and the
branch cuts, and gradients through real-valued losses."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad

RNG = np.random.default_rng(21)


def values(scale, n=48):
    z = RNG.uniform(-scale, scale, n) + 1j * RNG.uniform(-scale, scale, n)
    return z.astype(np.complex64)


# On and near the axes, the unit circle and the branch cuts.
SPECIAL = np.array([0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 0j, -2 + 0j, 0.5j, -0.5 + 1e-7j, -0.5 - 1e-7j,
                    3 + 4j, -3 - 4j, 1e-3 + 1e-3j, 0.6 + 0.8j, -2 + 1e-8j, 1.5 - 0.0j],
                   np.complex64)

UNARY = {
    "exp": jnp.exp, "log": jnp.log, "sqrt": jnp.sqrt, "rsqrt": lax.rsqrt, "sin": jnp.sin,
    "cos": jnp.cos, "tan": jnp.tan, "tanh": jnp.tanh, "sinh": jnp.sinh, "cosh": jnp.cosh,
    "abs": jnp.abs, "sign": jnp.sign, "expm1": jnp.expm1, "log1p": jnp.log1p,
    "conj": jnp.conj, "real": jnp.real, "imag": jnp.imag, "angle": jnp.angle,
    "square": jnp.square, "reciprocal": jnp.reciprocal, "negative": jnp.negative,
    "log10": jnp.log10, "log2": jnp.log2, "exp2": jnp.exp2, "arcsin": jnp.arcsin,
    "arccos": jnp.arccos, "arctan": jnp.arctan, "arcsinh": jnp.arcsinh, "arccosh": jnp.arccosh,
    "arctanh": jnp.arctanh, "isfinite": jnp.isfinite, "isnan": jnp.isnan,
}
SCALES = {"small": 1e-2, "unit": 2.0, "large": 30.0}
# jaxlib 0.9 sends sinh, cosh and the arc functions as custom_call
# @mhlo.<name>; newer jaxlibs send a stablehlo.composite that the compiler
# inlines. These values reach either path.
CHLO_FUNCTIONS = ["sinh", "cosh", "arcsin", "arccos", "arcsinh", "arccosh", "arctanh"]
# Zeros of both signs, tiny, huge, infinite and NaN parts.
PARTS = [0.0, -0.0, 1e-30, -1e-20, 1.0, -1.0, 1e20, -3e38, np.inf, -np.inf, np.nan]
EXTREMES = np.array([complex(a, b) for a in PARTS
                     for b in [0.0, -0.0, 1e-25, -2.0, 1e19, np.inf, -np.inf, np.nan]],
                    np.complex64)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("name", UNARY)
def test_unary(name, scale):
    x = np.concatenate([values(SCALES[scale]), SPECIAL])
    check(UNARY[name], x, rtol=2e-5, atol=2e-6)


@pytest.mark.parametrize("name", CHLO_FUNCTIONS)
def test_chlo_functions_at_extremes(name):
    check(UNARY[name], EXTREMES, rtol=2e-5, atol=2e-6)


BINARY = {
    "add": jnp.add, "subtract": jnp.subtract, "multiply": jnp.multiply, "divide": jnp.divide,
    "power": jnp.power, "equal": jnp.equal, "not_equal": jnp.not_equal,
    "complex": lambda a, b: lax.complex(jnp.real(a), jnp.imag(b)),
}


@pytest.mark.parametrize("name", BINARY)
def test_binary(name):
    x, y = values(3.0, 64), values(3.0, 64)
    check(BINARY[name], x, y, rtol=2e-5, atol=2e-6)


@pytest.mark.parametrize("exponent", [0, 1, 2, 3, -1, -2, 7], ids=str)
def test_integer_power(exponent):
    check(lambda z: lax.integer_pow(z, exponent), values(1.5), rtol=2e-5, atol=1e-6)


@pytest.mark.parametrize("exponent", [0.5, -1.5, 2.0, 1j, 0.3 - 0.7j], ids=str)
def test_scalar_power(exponent):
    check(lambda z: z ** np.complex64(exponent), values(2.0), rtol=2e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["exp", "log", "sqrt", "sin", "tanh", "abs", "expm1", "log1p",
                                  "arctan", "reciprocal", "square", "angle"] + CHLO_FUNCTIONS)
def test_gradients(name):
    fn = UNARY[name]

    def loss(re, im):
        out = fn(lax.complex(re, im))
        return jnp.real(out) + 0.5 * jnp.imag(out) if jnp.iscomplexobj(out) else out
    z = values(2.0, 24)
    check_grad(loss, z.real.copy(), z.imag.copy(), argnums=(0, 1), rtol=5e-5, atol=1e-5)


def test_reductions_and_products():
    x = values(1.0, 60).reshape(6, 10)
    check(lambda z: (jnp.sum(z, axis=1), jnp.prod(z[:, :4], axis=1), jnp.mean(z),
                     z @ z.T, jnp.vdot(z[0], z[1])), x, rtol=1e-5, atol=1e-5)
