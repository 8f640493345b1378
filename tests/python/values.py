"""Test inputs: for each dtype, an array holding its edge values (NaN, ±inf,
-0.0, limits, zero) beside ordinary ones, in several shapes."""

from __future__ import annotations

import jax.numpy as jnp
import ml_dtypes
import numpy as np

FLOATS = [np.float16, jnp.bfloat16, np.float32, np.float64]
SIGNED = [np.int8, np.int16, np.int32, np.int64]
UNSIGNED = [np.uint8, np.uint16, np.uint32, np.uint64]
INTEGERS = SIGNED + UNSIGNED
COMPLEX = [np.complex64]
ALL = [np.bool_] + INTEGERS + FLOATS + COMPLEX

SHAPES = [(), (0,), (0, 3), (7,), (3, 5, 7)]


def edge_values(dtype, n=64, seed=0):
    """`n` values of `dtype`: its edge values first, then random ordinary ones.

    Subnormal floats are left out: XLA's CPU backend flushes them to zero
    (a property of that backend, not of StableHLO), which we do not copy.
    """
    dtype = np.dtype(dtype)
    rng = np.random.default_rng(seed)
    if dtype == np.bool_:
        return rng.integers(0, 2, n).astype(bool)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        edges = [info.min, info.max, 0, 1, info.max - 1, 2, 7]
        if dtype.kind == "i":
            edges += [-1, info.min + 1, -2, -7]
        body = rng.integers(max(info.min, -1000), min(info.max, 1000), n, endpoint=True)
        return np.concatenate([np.array(edges, dtype), body.astype(dtype)])[:n]
    if dtype.kind == "c":
        # Parts from the float edge values, except those whose products
        # overflow: how a complex product overflows is left to issue 5.
        part = np.float32 if dtype == np.complex64 else np.float64
        re, im = edge_values(part, n, seed), edge_values(part, n, seed + 1)[::-1]
        re, im = (np.where(np.abs(v) > 1e18, part(3.0), v).astype(part) for v in (re, im))
        out = np.empty(n, dtype)
        out.real, out.imag = re, im
        return out
    finfo = ml_dtypes.finfo(dtype) if dtype == jnp.bfloat16 else np.finfo(dtype)
    edges = [np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -2.5,
             float(finfo.max), -float(finfo.max), float(finfo.tiny), -float(finfo.tiny),
             3.0, 100.25]
    body = rng.standard_normal(n) * 10
    return np.concatenate([np.array(edges, np.float64), body]).astype(dtype)[:n]


def shaped(values, shape):
    """`values` cycled into `shape`."""
    size = int(np.prod(shape))
    return np.resize(values, size).reshape(shape) if size else np.zeros(shape, values.dtype)


def name(dtype):
    return np.dtype(dtype).name
