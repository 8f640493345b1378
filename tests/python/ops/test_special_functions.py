"""Real sinh, cosh, the arc functions and erf against the CPU backend, for
every float dtype, on edge values and over their domains, with gradients.
jaxlib 0.9 sends these as custom_call @mhlo.<name> and newer jaxlibs as
stablehlo.composite, so each jax version tests its own path."""

from __future__ import annotations

import jax.numpy as jnp
import jax.scipy.special as special
import numpy as np
import pytest

from oracle import check, check_grad
from values import FLOATS, edge_values, name

RNG = np.random.default_rng(17)

# Each function with the interval its random arguments come from.
FUNCTIONS = {
    "sinh": (jnp.sinh, 12.0),
    "cosh": (jnp.cosh, 12.0),
    "arcsin": (jnp.arcsin, 1.0),
    "arccos": (jnp.arccos, 1.0),
    "arcsinh": (jnp.arcsinh, 1e4),
    "arccosh": (jnp.arccosh, 1e4),
    "arctanh": (jnp.arctanh, 1.0),
    "erf": (special.erf, 7.0),
}
RTOL = {np.dtype(np.float16): 2e-3, np.dtype(jnp.bfloat16): 1.6e-2, np.dtype(np.float32): 4e-6,
        np.dtype(np.float64): 1e-13}


def arguments(dtype, limit):
    """Edge values, values spread over (-limit, limit) and small ones."""
    spread = RNG.uniform(-limit, limit, 64)
    small = RNG.uniform(-1e-3, 1e-3, 16)
    # Both sides of erf's switch from its series to its continued fraction.
    switches = [2.0, -2.0, 2.5, -2.5, 1.9999, 2.0001, 2.4999, 3.9, 5.9, 0.99999, -0.99999]
    return np.concatenate([edge_values(dtype).astype(np.float64), spread, small,
                           switches]).astype(dtype)


@pytest.mark.parametrize("dtype", FLOATS, ids=name)
@pytest.mark.parametrize("function", FUNCTIONS)
def test_function(function, dtype):
    fn, limit = FUNCTIONS[function]
    check(fn, arguments(dtype, limit), rtol=RTOL[np.dtype(dtype)],
          atol=4 * float(np.finfo(np.float32).tiny))


@pytest.mark.parametrize("function", FUNCTIONS)
def test_signed_zeros_and_infinities(function):
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan], np.float32)
    if function == "erf":
        # XLA's float32 erf saturates 3 ulps below 1 (its rational
        # approximation stops at |x| = 4); test_function compares it closely.
        x = x[np.isfinite(x) | np.isnan(x)]
    check(FUNCTIONS[function][0], x, exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
@pytest.mark.parametrize("function", FUNCTIONS)
def test_gradient(function, dtype):
    fn, limit = FUNCTIONS[function]
    x = RNG.uniform(-min(limit, 3.0), min(limit, 3.0), 32)
    if function == "arccosh":
        x = 1.0 + np.abs(x)
    if function in ("arcsin", "arccos", "arctanh"):
        x = 0.95 * x / 3.0
    check_grad(fn, x.astype(dtype), rtol=4 * RTOL[np.dtype(dtype)], atol=1e-30)
