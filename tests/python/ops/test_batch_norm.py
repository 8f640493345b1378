"""batch_norm_inference, batch_norm_training and batch_norm_grad against
XLA's CPU backend. JAX never emits these ops, so each program writes the op
directly (emit_stablehlo) and runs on both devices."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from jax._src.lib.mlir.dialects import hlo

from oracle import MPS, check, run_on
from ops.emit_stablehlo import emit, f32, i64

RNG = np.random.default_rng(3)

DTYPES = [np.float32, np.float64, np.float16, jnp.bfloat16]
# (operand shape, feature_index)
LAYOUTS = {"nchw": ((2, 3, 4, 5), 1), "nhwc": ((2, 4, 5, 3), 3), "matrix": ((7, 3), 1),
           "feature_first": ((3, 6), 0), "one_dimensional": ((4,), 0),
           "single_example": ((1, 3, 1), 1)}
# Half precision: XLA rounds each intermediate, we round once at the end.
RTOL = {np.dtype(np.float32): 2e-5, np.dtype(np.float64): 1e-12,
        np.dtype(np.float16): 1e-2, np.dtype(jnp.bfloat16): 6e-2}


def name(dtype):
    return np.dtype(dtype).name


def inputs(layout, dtype, count):
    shape, feature = LAYOUTS[layout]
    x = RNG.standard_normal(shape).astype(dtype)
    vectors = [(RNG.standard_normal(shape[feature]) + 1.5).astype(dtype) for _ in range(count)]
    return x, feature, vectors


def tolerance(dtype):
    tol = RTOL[np.dtype(dtype)]
    return {"rtol": tol, "atol": tol}


@pytest.mark.parametrize("dtype", DTYPES, ids=name)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_batch_norm_inference(layout, dtype):
    x, feature, (scale, offset, mean, var) = inputs(layout, dtype, 4)
    var = np.abs(var)

    def build(*operands):
        return hlo.BatchNormInferenceOp(*operands, f32(1e-3), i64(feature)).results

    check(lambda *a: emit(build, [(x.shape, x.dtype)], *a)[0], x, scale, offset, mean, var,
          **tolerance(dtype))


@pytest.mark.parametrize("dtype", DTYPES, ids=name)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_batch_norm_training(layout, dtype):
    x, feature, (scale, offset) = inputs(layout, dtype, 2)
    features = (x.shape[feature],)

    def build(*operands):
        return hlo.BatchNormTrainingOp(*operands, f32(1e-5), i64(feature)).results

    out = [(x.shape, x.dtype), (features, x.dtype), (features, x.dtype)]
    check(lambda *a: emit(build, out, *a), x, scale, offset, **tolerance(dtype))


@pytest.mark.parametrize("dtype", DTYPES, ids=name)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_batch_norm_grad(layout, dtype):
    x, feature, (scale, mean, var) = inputs(layout, dtype, 3)
    var = np.abs(var)
    grad = RNG.standard_normal(x.shape).astype(dtype)
    features = (x.shape[feature],)

    def build(*operands):
        return hlo.BatchNormGradOp(*operands, f32(1e-2), i64(feature)).results

    out = [(x.shape, x.dtype), (features, x.dtype), (features, x.dtype)]
    check(lambda *a: emit(build, out, *a), x, scale, mean, var, grad, **tolerance(dtype))


@pytest.mark.parametrize("epsilon", [0.0, 1e-5, 0.5])
def test_epsilon_and_special_values(epsilon):
    x = RNG.standard_normal((4, 3)).astype(np.float32)
    x[0, 0], x[1, 1] = np.nan, np.inf
    scale, offset = np.ones(3, np.float32), np.zeros(3, np.float32)

    def build(*operands):
        return hlo.BatchNormTrainingOp(*operands, f32(epsilon), i64(1)).results

    out = [((4, 3), np.float32), ((3,), np.float32), ((3,), np.float32)]
    check(lambda *a: emit(build, out, *a), x, scale, offset, rtol=1e-5, atol=1e-6)


def test_constant_features_normalize_to_offset():
    x = np.full((5, 2), 3.0, np.float32)

    def build(*operands):
        return hlo.BatchNormTrainingOp(*operands, f32(1e-3), i64(1)).results

    out = [((5, 2), np.float32), ((2,), np.float32), ((2,), np.float32)]
    result = run_on(MPS, lambda *a: emit(build, out, *a), x, np.ones(2, np.float32),
                    np.array([0.25, -1.0], np.float32))
    np.testing.assert_array_equal(result[0], np.tile([0.25, -1.0], (5, 1)).astype(np.float32))
    np.testing.assert_array_equal(result[1], [3.0, 3.0])
    np.testing.assert_array_equal(result[2], [0.0, 0.0])

