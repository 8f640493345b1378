"""Element types MLX lacks (float8, float4, int4/uint4, complex128): their
buffers move to and from the device bit-exactly. The narrow ones compute as
on JAX's CPU backend (tests/python/ops/test_narrow_types.py has the details);
a program that computes with complex128 fails in jax.jit with an error naming
the op, the user's line and the type -- never a silent conversion to another
type."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
import pytest

MPS = jax.devices("mps")[0]

NAMES = {
    "float8_e4m3fn": "f8E4M3FN",
    "float8_e5m2": "f8E5M2",
    "float8_e4m3b11fnuz": "f8E4M3B11FNUZ",
    "int4": "i4",
    "uint4": "ui4",
    "complex128": "complex<f64>",
}
if hasattr(ml_dtypes, "float4_e2m1fn") and hasattr(jnp, "float4_e2m1fn"):
    NAMES["float4_e2m1fn"] = "f4E2M1FN"


def sample(name):
    dtype = np.dtype(getattr(ml_dtypes, name, None) or getattr(np, name))
    return np.arange(6).reshape(2, 3).astype(dtype)


@pytest.mark.parametrize("name", sorted(NAMES))
def test_round_trip_is_bit_exact(name):
    x = sample(name)
    back = np.asarray(jax.device_put(x, MPS))
    assert back.dtype == x.dtype
    assert back.tobytes() == x.tobytes()


OPERATIONS = {"add": lambda a: a + a, "multiply_constant": lambda a: a * 2,
              "sum": lambda a: jnp.sum(a)}
# JAX itself cannot trace jnp.sum of 4-bit integers, on any backend.
CASES = [(name, op) for name in sorted(NAMES) for op in OPERATIONS
         if not (op == "sum" and name in ("int4", "uint4"))]
NARROW_CASES = [(name, op) for name, op in CASES if name != "complex128"]
REFUSED_CASES = [(name, op) for name, op in CASES if name == "complex128"]


@pytest.mark.parametrize("name,operation", NARROW_CASES)
def test_narrow_arithmetic_matches_the_cpu_backend(name, operation):
    fn = jax.jit(OPERATIONS[operation])
    x = sample(name)
    actual = np.asarray(fn(jax.device_put(x, MPS)))
    expected = np.asarray(fn(jax.device_put(x, jax.devices("cpu")[0])))
    assert actual.dtype == expected.dtype
    assert actual.tobytes() == expected.tobytes()


@pytest.mark.parametrize("name,operation", REFUSED_CASES)
def test_arithmetic_is_refused_with_the_type_named(name, operation):
    fn = OPERATIONS[operation]
    x = jax.device_put(sample(name), MPS)
    with pytest.raises(Exception) as error:
        jax.jit(fn)(x)
    message = str(error.value)
    assert "UNIMPLEMENTED" in message
    assert f"element type {NAMES[name]}, which jax-metallib cannot compute with yet" in message
    if operation == "add":  # the first refused op is the user's, not a constant
        assert "test_unsupported_dtypes.py:" in message
