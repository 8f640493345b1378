"""Dynamic-shape ops against the CPU backend.

Real shape-polymorphic jax.export programs, called with concrete shapes
(jaxlib refines them before compiling, so the plugin sees static result
types and shape operands computed by tensors), and the dynamic ops written
directly with static result types: dynamic_broadcast_in_dim,
dynamic_reshape, dynamic_iota, get_dimension_size, real_dynamic_slice and
dynamic_pad. set_dimension_size (bounded dynamism) is refused clearly."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import export
from jax._src.lib.mlir import ir
from jax._src.lib.mlir.dialects import hlo

from oracle import CPU, MPS, assert_same, check, run_on
from ops.emit_stablehlo import constant, emit, i64_array, tensor_type

RNG = np.random.default_rng(11)


def rand(shape, dtype=np.float32):
    if np.dtype(dtype).kind in "iu":
        return RNG.integers(-50 if np.dtype(dtype).kind == "i" else 0, 50, shape).astype(dtype)
    return RNG.standard_normal(shape).astype(dtype)


# Shape-polymorphic functions: (function, polymorphic shape of each argument,
# concrete shapes to call it with).
POLY = {
    "broadcast_dimension": (lambda x: x * 2 + x.shape[0], ["b, 4"], [[(1, 4)], [(5, 4)]]),
    "arange": (lambda x: x + jnp.arange(x.shape[0], dtype=x.dtype)[:, None], ["b, 3"],
               [[(2, 3)], [(7, 3)]]),
    "reshape_flat": (lambda x: jnp.sin(x).reshape(-1), ["b, 4"], [[(3, 4)], [(1, 4)]]),
    "reshape_split": (lambda x: x.reshape(x.shape[0] // 2, 2, x.shape[1]).sum(1), ["2*b, n"],
                      [[(4, 3)], [(6, 1)]]),
    "slice": (lambda x: jax.lax.slice_in_dim(x, 1, x.shape[0]) * 2, ["b, 2"],
              [[(2, 2)], [(9, 2)]]),
    "dynamic_update": (lambda x: jax.lax.dynamic_update_slice_in_dim(x, jax.lax.slice_in_dim(x, 0, 1) * 0, 1, 0),
                       ["b, 3"], [[(2, 3)], [(5, 3)]]),
    "concatenate": (lambda x: jnp.concatenate([x, -x, jax.lax.slice_in_dim(x, 0, 1)]), ["b, 3"], [[(1, 3)], [(4, 3)]]),
    "reductions": (lambda x: (jnp.sum(x, 0), jnp.mean(x, 1), jnp.max(x)), ["b, n"],
                   [[(3, 5)], [(6, 2)]]),
    "matmul": (lambda x, w: jnp.tanh(x @ w), ["b, 4", "4, m"], [[(3, 4), (4, 5)], [(1, 4), (4, 2)]]),
    "batch_matmul": (lambda x, y: jnp.einsum("bij,bjk->bik", x, y), ["b, n, 3", "b, 3, n"],
                     [[(2, 4, 3), (2, 3, 4)]]),
    "pad": (lambda x: jnp.pad(x, ((1, 2), (0, 1))), ["b, n"], [[(2, 3)], [(4, 1)]]),
    "broadcast_to": (lambda x, y: jnp.broadcast_to(x, y.shape) + y, ["1, n", "b, n"],
                     [[(1, 3), (4, 3)]]),
    "where": (lambda x: jnp.where(x > 0, x.sum(0), x), ["b, 3"], [[(5, 3)]]),
    "ones_like_count": (lambda x: jnp.ones((x.shape[0], 2), x.dtype) * x.size, ["b, n"],
                        [[(3, 2)], [(2, 5)]]),
    "dynamic_index": (lambda x: jax.lax.dynamic_slice_in_dim(x, x.shape[0] // 2, 1), ["b, 2"],
                      [[(4, 2)], [(7, 2)]]),
}


def exported(name, dtype, platforms):
    fn, specs, _ = POLY[name]
    scope = export.SymbolicScope()  # the arguments share their dimension variables
    args = [jax.ShapeDtypeStruct(export.symbolic_shape(s, scope=scope), dtype) for s in specs]
    return export.export(jax.jit(fn), platforms=platforms)(*args)


def check_exported(name, dtype, *args, multi_platform=False, **tolerance):
    """The export for mps called on mps matches the export for cpu on the CPU."""
    def made(platform):
        return exported(name, dtype, ("cpu", "mps") if multi_platform else (platform,))
    expected = run_on(CPU, made("cpu").call, *args)
    actual = run_on(MPS, made("mps").call, *args)
    assert_same(actual, expected, **tolerance)


FLOAT_ONLY = ("reshape_flat", "matmul", "batch_matmul")  # sin, tanh: floating point
POLY_CASES = [(n, d) for n in POLY for d in (np.float32, np.float64, np.int32)
              if not (d is np.int32 and n in FLOAT_ONLY)]


@pytest.mark.parametrize("name,dtype", POLY_CASES,
                         ids=[f"{n}-{np.dtype(d).name}" for n, d in POLY_CASES])
def test_exported_shape_polymorphic_function(name, dtype):
    for shapes in POLY[name][2]:
        args = [rand(s, dtype) for s in shapes]
        # Integer results compare bit for bit; float ones (a mean of ints too)
        # within rounding.
        check_exported(name, dtype, *args, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["arange", "concatenate", "matmul", "reductions", "slice",
                                  "pad", "where"])
def test_multi_platform_exports(name):
    # Exported for cpu and mps at once: the program selects its platform's
    # branch from a platform index argument.
    for shapes in POLY[name][2]:
        check_exported(name, np.float32, *[rand(s) for s in shapes], multi_platform=True,
                       rtol=1e-5, atol=1e-6)


def test_gradient_of_exported_polymorphic_function():
    fn = lambda x: jnp.sum(jnp.sin(x) * jnp.arange(x.shape[0])[:, None])
    spec = jax.ShapeDtypeStruct(export.symbolic_shape("b, 3"), np.float32)
    x = rand((4, 3))
    expected = run_on(CPU, export.export(jax.jit(jax.grad(fn)), platforms=("cpu",))(spec).call, x)
    actual = run_on(MPS, export.export(jax.jit(jax.grad(fn)), platforms=("mps",))(spec).call, x)
    assert_same(actual, expected, rtol=1e-5, atol=1e-6)


# The dynamic ops written directly, with static result types and shape
# operands that are constants or computed from arguments.

BROADCASTS = {"scalar": ((), (2, 3), []), "row": ((3,), (4, 3), [1]),
              "column": ((4, 1), (4, 5), [0, 1]), "transposed": ((3, 2), (2, 4, 3), [2, 0]),
              "empty": ((0,), (2, 0), [1])}


@pytest.mark.parametrize("dtype", [np.float32, np.int32], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("case", BROADCASTS)
def test_dynamic_broadcast_in_dim(case, dtype):
    shape, out_shape, dims = BROADCASTS[case]

    def build(x):
        result = tensor_type(out_shape, dtype)
        return [hlo.DynamicBroadcastInDimOp(result, x, constant(out_shape, np.int64),
                                            i64_array(dims)).result]

    check(lambda a: emit(build, [(out_shape, dtype)], a)[0], rand(shape, dtype), exact=True)


@pytest.mark.parametrize("shapes", [((2, 6), (3, 4)), ((12,), (2, 2, 3)), ((1, 5), (5,)),
                                    ((0, 4), (2, 0))], ids=str)
@pytest.mark.parametrize("shape_dtype", [np.int32, np.int64], ids=lambda d: np.dtype(d).name)
def test_dynamic_reshape(shapes, shape_dtype):
    shape, out_shape = shapes

    def build(x):
        result = tensor_type(out_shape, np.float32)
        return [hlo.DynamicReshapeOp(result, x, constant(out_shape, shape_dtype)).result]

    check(lambda a: emit(build, [(out_shape, np.float32)], a)[0], rand(shape), exact=True)


@pytest.mark.parametrize("dtype", [np.int32, np.uint8, np.float32, np.float16, np.int64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("case", [((5,), 0), ((3, 4), 1), ((3, 4), 0), ((2, 0), 0)], ids=str)
def test_dynamic_iota(case, dtype):
    out_shape, dimension = case

    def build(x):
        result = tensor_type(out_shape, dtype)
        return [hlo.DynamicIotaOp(result, constant(out_shape, np.int64), dimension).result, x]

    check(lambda a: emit(build, [(out_shape, dtype), (a.shape, a.dtype)], a)[0], np.ones(1),
          exact=True)


@pytest.mark.parametrize("dimension", [0, 1, 2])
def test_get_dimension_size(dimension):
    def build(x):
        return [hlo.GetDimensionSizeOp(x, dimension).result]

    out = check(lambda a: emit(build, [((), np.int32)], a)[0], rand((3, 0, 7)), exact=True)
    assert out == (3, 0, 7)[dimension]


SLICES = {"unit_strides": ((5, 6), [1, 2], [4, 5], [1, 1]),
          "strided": ((9, 7), [0, 1], [9, 7], [3, 2]),
          "one_element": ((4, 4), [3, 0], [4, 1], [1, 1]),
          "empty": ((4, 4), [2, 0], [2, 4], [1, 1])}


@pytest.mark.parametrize("index_dtype", [np.int32, np.int64], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("case", SLICES)
def test_real_dynamic_slice_with_indices_from_arguments(case, index_dtype):
    shape, start, limit, strides = SLICES[case]
    out_shape = tuple(-(-(l - s) // st) for s, l, st in zip(start, limit, strides))

    def build(x, s, l, st):
        result = tensor_type(out_shape, np.float32)
        return [hlo.RealDynamicSliceOp(result, x, s, l, st).result]

    x = rand(shape)
    expected = x[tuple(slice(s, l, st) for s, l, st in zip(start, limit, strides))]
    indices = [np.asarray(v, index_dtype) for v in (start, limit, strides)]
    # XLA's CPU backend cannot compile real_dynamic_slice; numpy is the oracle.
    out = run_on(MPS, lambda *a: emit(build, [(out_shape, np.float32)], *a)[0], x, *indices)
    assert_same(out, expected, exact=True)


PADS = {"edges": ((2, 3), [1, 0], [2, 1], [0, 0]),
        "interior": ((3, 2), [0, 1], [0, 1], [2, 1]),
        "negative": ((5, 4), [-1, 2], [-2, -1], [0, 0]),
        "negative_interior": ((3, 3), [-1, 0], [1, -2], [1, 1]),
        "empty_operand": ((0, 2), [1, 0], [1, 0], [0, 0])}


def numpy_pad(x, value, low, high, interior):
    out = x
    for axis, (lo, hi, inner) in enumerate(zip(low, high, interior)):
        n = out.shape[axis]
        size = lo + hi + n + max(n - 1, 0) * inner
        moved = np.moveaxis(out, axis, 0)
        result = np.full((size,) + moved.shape[1:], value, x.dtype)
        for i in range(n):
            j = lo + i * (inner + 1)
            if 0 <= j < size:
                result[j] = moved[i]
        out = np.moveaxis(result, 0, axis)
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.int16], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("case", PADS)
def test_dynamic_pad_with_paddings_from_arguments(case, dtype):
    shape, low, high, interior = PADS[case]
    x = rand(shape, dtype)
    value = np.asarray(7, dtype)
    expected = numpy_pad(x, value, low, high, interior)

    def build(a, v, lo, hi, inner):
        result = tensor_type(expected.shape, dtype)
        return [hlo.DynamicPadOp(result, a, v, lo, hi, inner).result]

    paddings = [np.asarray(p, np.int64) for p in (low, high, interior)]
    out = run_on(MPS, lambda *a: emit(build, [(expected.shape, dtype)], *a)[0], x, value,
                 *paddings)
    assert_same(out, expected, exact=True)


def test_dynamic_pad_matches_lax_pad():
    x = rand((4, 5))
    config = [(2, -1, 1), (-2, 3, 2)]
    expected = run_on(CPU, lambda a: jax.lax.pad(a, np.float32(0.5), config), x)

    def build(a, v):
        lo, hi, inner = ([c[k] for c in config] for k in range(3))
        result = tensor_type(expected.shape, np.float32)
        return [hlo.DynamicPadOp(result, a, v, constant(lo, np.int64), constant(hi, np.int64),
                                 constant(inner, np.int64)).result]

    out = run_on(MPS, lambda a, v: emit(build, [(expected.shape, np.float32)], a, v)[0], x,
                 np.float32(0.5))
    assert_same(out, expected, exact=True)


def test_set_dimension_size_is_refused():
    def build(x):
        bounded = hlo.SetDimensionSizeOp(x, constant(3, np.int32), 0).result
        return [hlo.GetDimensionSizeOp(bounded, 0).result]

    with pytest.raises(Exception) as error:
        run_on(MPS, lambda a: emit(build, [((), np.int32)], a)[0], np.ones(4, np.float32))
    message = str(error.value)
    assert "stablehlo.set_dimension_size" in message and "bounded dynamic" in message, message


def test_result_shape_known_only_from_data_is_refused():
    # dynamic_iota whose length is an argument's value: its result type stays
    # tensor<?xi32>, which no lowering can build without reading data.
    def build(n):
        dynamic = ir.RankedTensorType.get([ir.ShapedType.get_dynamic_size()],
                                          ir.IntegerType.get_signless(32))
        iota = hlo.DynamicIotaOp(dynamic, n, 0).result
        return [hlo.GetDimensionSizeOp(iota, 0).result]

    with pytest.raises(Exception) as error:
        run_on(MPS, lambda n: emit(build, [((), np.int32)], n)[0], np.array([3], np.int32))
    message = str(error.value)
    assert "stablehlo.dynamic_iota" in message and "dynamic shape" in message, message
    assert "issue tracker" in message, message

