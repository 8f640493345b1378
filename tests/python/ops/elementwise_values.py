"""Inputs shared by the elementwise, comparison and conversion tests.

Edge values per dtype, all pairs of them for binary ops, and a way to emit a
StableHLO op in a form that jax.numpy and jax.lax never produce (integer
power, a chosen comparison type, boolean arithmetic), so the lowering of
every form the spec allows is checked against the CPU backend too.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
from jax._src.lib.mlir.dialects import hlo
from jax.core import ShapedArray
from jax.extend.core import Primitive
from jax.interpreters import mlir

from oracle import CPU, MPS, run_on

BOOL = [np.dtype(np.bool_)]
SIGNED = [np.dtype(t) for t in (np.int8, np.int16, np.int32, np.int64)]
UNSIGNED = [np.dtype(t) for t in (np.uint8, np.uint16, np.uint32, np.uint64)]
INTEGERS = SIGNED + UNSIGNED
FLOATS = [np.dtype(t) for t in (np.float16, jnp.bfloat16, np.float32, np.float64)]
COMPLEX = [np.dtype(np.complex64)]
NUMBERS = INTEGERS + FLOATS + COMPLEX
ALL = BOOL + NUMBERS


def finfo(dtype):
    return ml_dtypes.finfo(dtype) if dtype == jnp.bfloat16 else np.finfo(dtype)


def edge_values(dtype) -> np.ndarray:
    """The values where implementations tend to disagree, for one dtype."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return np.array([False, True])
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        values = [0, 1, 2, 3, 7, info.max, info.max - 1, info.min, info.min + 1, 100 % info.max]
        if dtype.kind == "i":
            values += [-1, -2, -3, -7]
        return np.array(values, dtype=dtype)
    if dtype.kind == "c":
        parts = edge_values(np.float32)
        return (parts[:, None] + 1j * parts[None, ::3]).ravel().astype(dtype)
    info = finfo(dtype)
    values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -2.5, 2.5, 3.75, -7.0, 0.3,
              float(info.max), -float(info.max), float(info.tiny), -float(info.tiny),
              np.inf, -np.inf, np.nan, -np.nan]
    return np.array(values, dtype=np.float64).astype(dtype)


def all_pairs(values: np.ndarray):
    """Two flat arrays holding every (x, y) pair of `values`."""
    x, y = np.meshgrid(values, values, indexing="ij")
    return x.ravel(), y.ravel()


def random_values(dtype, shape, low=-100, high=100, seed=0) -> np.ndarray:
    """Uniform values of `dtype` (integers clipped to its range)."""
    rng = np.random.default_rng(seed)
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return rng.integers(0, 2, shape).astype(bool)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return rng.integers(max(low, info.min), min(high, info.max), shape,
                            endpoint=True).astype(dtype)
    real = rng.uniform(low, high, shape)
    if dtype.kind == "c":
        return (real + 1j * rng.uniform(low, high, shape)).astype(dtype)
    return real.astype(dtype)


_PRIMITIVES: dict = {}


def stablehlo(name: str, build, result_dtype=None):
    """A function whose jitted program is exactly one op made by
    `build(*operand_values)`; its result has the operands' shape and
    `result_dtype` (default: the first operand's dtype)."""
    if name not in _PRIMITIVES:
        primitive = Primitive(name)
        primitive.def_abstract_eval(
            lambda *args: ShapedArray(args[0].shape, result_dtype or args[0].dtype))
        primitive.def_impl(lambda *args: jax.jit(primitive.bind)(*args))
        mlir.register_lowering(primitive, lambda ctx, *args: [build(*args)])
        _PRIMITIVES[name] = primitive
    return _PRIMITIVES[name].bind


def raw_compare(direction: str, compare_type: str):
    """stablehlo.compare with an explicit comparison type."""
    return stablehlo(
        f"compare_{direction}_{compare_type}",
        lambda x, y: hlo.compare(x, y, hlo.ComparisonDirectionAttr.get(direction),
                                 compare_type=hlo.ComparisonTypeAttr.get(compare_type)),
        result_dtype=np.dtype(np.bool_))


def raw_binary(op_name: str):
    """stablehlo.<op_name> on any operand dtype (e.g. integer power)."""
    return stablehlo(f"raw_{op_name}", lambda x, y: getattr(hlo, op_name)(x, y))


def _comparable_bits(x: np.ndarray) -> np.ndarray:
    """Bits to compare exactly: complex split into parts, 16-bit floats
    widened (exactly) to float32, every NaN made one NaN, and subnormals
    made zero of their sign (XLA's CPU backend flushes them; StableHLO does
    not ask for that and we keep IEEE results)."""
    if x.dtype.kind == "c":
        x = np.stack([x.real, x.imag], axis=-1)
    if x.dtype.itemsize == 2 and (x.dtype.kind == "f" or x.dtype == jnp.bfloat16):
        x = x.astype(np.float32)
    if x.dtype.kind != "f":
        return x
    subnormal = (x != 0) & (np.abs(x) < np.finfo(x.dtype).tiny)
    x = np.where(subnormal, np.copysign(np.zeros((), x.dtype), x), x)
    x = np.where(np.isnan(x), np.full((), np.nan, x.dtype), x).astype(x.dtype)
    return x.view(np.uint32 if x.dtype.itemsize == 4 else np.uint64)


def check_exact(fn, *args):
    """fn on mps matches the CPU backend bit for bit (NaN payloads and
    flushed subnormals aside), for every dtype bfloat16 and complex included."""
    expected = jax.tree_util.tree_leaves(run_on(CPU, fn, *args))
    actual = jax.tree_util.tree_leaves(run_on(MPS, fn, *args))
    assert len(actual) == len(expected)
    for i, (a, e) in enumerate(zip(actual, expected)):
        a, e = np.asarray(a), np.asarray(e)
        assert a.dtype == e.dtype, f"output {i}: dtype {a.dtype} != {e.dtype}"
        assert a.shape == e.shape, f"output {i}: shape {a.shape} != {e.shape}"
        a_bits, e_bits = _comparable_bits(a), _comparable_bits(e)
        differs = np.atleast_1d(a_bits != e_bits)
        if differs.ndim > max(e.ndim, 1):  # the two parts of complex numbers
            differs = differs.any(axis=-1)
        count = int(differs.sum())
        inputs = [np.atleast_1d(x)[differs][:5] for x in map(np.asarray, args)
                  if np.shape(x) == e.shape]
        assert not count, (f"output {i}: {count} of {e.size} differ; inputs {inputs} give "
                           f"{np.atleast_1d(a)[differs][:5]}, expected "
                           f"{np.atleast_1d(e)[differs][:5]}")
