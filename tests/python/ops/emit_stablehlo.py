"""Programs holding StableHLO ops that jax.numpy never emits.

`emit(build, out, *args)` binds one JAX primitive whose lowering is
`build(*operands)`, a function that writes ops with jaxlib's own StableHLO
bindings and returns their result values. The same program then runs on
mps and on JAX's CPU backend (XLA's own implementation of the op is the
oracle), or is compiled to check a refusal.
"""

from __future__ import annotations

import jax
import numpy as np
from jax._src.lib.mlir import ir
from jax._src.lib.mlir.dialects import hlo
from jax.extend.core import Primitive
from jax.interpreters import mlir

_PRIMITIVE = Primitive("metallib_test_stablehlo")
_PRIMITIVE.multiple_results = True


def _abstract_eval(*args, build, out):
    del args, build
    return [jax.core.ShapedArray(shape, dtype) for shape, dtype in out]


def _lower(ctx, *operands, build, out):
    del ctx, out
    return list(build(*operands))


_PRIMITIVE.def_abstract_eval(_abstract_eval)
mlir.register_lowering(_PRIMITIVE, _lower)


def emit(build, out, *args):
    """The results (a list) of the ops `build` writes, of shapes and dtypes `out`."""
    out = tuple((tuple(shape), np.dtype(dtype)) for shape, dtype in out)
    return _PRIMITIVE.bind(*args, build=build, out=out)


def i64(value):
    return ir.IntegerAttr.get(ir.IntegerType.get_signless(64), value)


def f32(value):
    return ir.FloatAttr.get(ir.F32Type.get(), value)


def dense_i64(rows):
    """A dense i64 tensor attribute such as replica_groups, from nested lists."""
    array = np.asarray(rows, np.int64)
    if array.size == 0:
        array = array.reshape(array.shape if array.ndim == 2 else (0, 0))
    return ir.DenseIntElementsAttr.get(array, type=ir.IntegerType.get_signless(64))


def i64_array(values):
    return ir.DenseI64ArrayAttr.get(list(values))


def tensor_type(shape, dtype):
    return ir.RankedTensorType.get(list(shape), mlir.dtype_to_ir_type(np.dtype(dtype)))


def constant(values, dtype=np.int32):
    """A stablehlo.constant holding `values`."""
    array = np.asarray(values, dtype)
    return hlo.ConstantOp(ir.DenseElementsAttr.get(array)).result


def add_body(op, dtype):
    """Gives `op` a reduction body that adds two scalars of `dtype`."""
    scalar = tensor_type((), dtype)
    block = op.regions[0].blocks.append(scalar, scalar)
    with ir.InsertionPoint(block):
        hlo.ReturnOp([hlo.AddOp(*block.arguments).result])
    return op
