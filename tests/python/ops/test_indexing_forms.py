"""Gather and scatter forms that no jax front end emits, written as StableHLO
text and compiled directly on both backends: index_vector_dim other than
last (or implicit), dynamic_gather, variadic scatter, and bodies (bitwise,
argmax-like pairs) that must run update window by update window."""

from __future__ import annotations

import jax
import numpy as np
import pytest
from jax._src import compiler
from jax._src.interpreters import mlir
from jax._src.lib import xla_client
from jax._src.lib.mlir import ir

from oracle import CPU, MPS, assert_same


def run_text(device, text, args):
    with mlir.make_ir_context():
        module = ir.Module.parse(text)
        options = compiler.get_compile_options(num_replicas=1, num_partitions=1)
        executable = device.client.compile_and_load(
            mlir.module_to_bytecode(module), xla_client.DeviceList((device,)), options)
    placed = [jax.device_put(a, device) for a in args]
    results = executable.execute_sharded(placed).disassemble_into_single_device_arrays()
    return [np.asarray(r[0]) for r in results]


def check_text(text, *args):
    expected = run_text(CPU, text, args)
    actual = run_text(MPS, text, args)
    assert_same(actual, expected, exact=True, what="program")


def x34():
    return np.arange(20, dtype=np.float32).reshape(4, 5) - 6.5


GATHERS = {
    # Index vectors along axis 0 of the indices.
    "index_vector_first": (
        "tensor<4x5xf32>", "tensor<2x3xi32>", [[0, 3, -2], [1, 4, 9]],
        "offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0, 1], "
        "index_vector_dim = 0", "1, 2", "tensor<3x2xf32>"),
    # index_vector_dim == rank: every index is a one-element vector.
    "implicit_index_vector": (
        "tensor<4x5xf32>", "tensor<2x2xi64>", [[3, 0], [-1, 7]],
        "offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], "
        "index_vector_dim = 2", "1, 5", "tensor<2x2x5xf32>"),
    "implicit_with_batching": (
        "tensor<4x5xf32>", "tensor<4xui8>", [4, 0, 2, 200],
        "offset_dims = [], collapsed_slice_dims = [1], operand_batching_dims = [0], "
        "start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 1",
        "1, 1", "tensor<4xf32>"),
}


@pytest.mark.parametrize("op", ["gather", "dynamic_gather"])
@pytest.mark.parametrize("case", GATHERS)
def test_gather_forms(case, op):
    operand, indices, values, dims, sizes, result = GATHERS[case]
    index_type = {"i32": np.int32, "i64": np.int64, "ui8": np.uint8}[indices.split("x")[-1][:-1]]
    if op == "gather":
        body = (f'%0 = "stablehlo.gather"(%arg0, %arg1) <{{dimension_numbers = '
                f'#stablehlo.gather<{dims}>, indices_are_sorted = false, '
                f'slice_sizes = array<i64: {sizes}>}}> : ({operand}, {indices}) -> {result}')
    else:
        count = len(sizes.split(","))
        body = (f'%s = stablehlo.constant dense<[{sizes}]> : tensor<{count}xi64>\n'
                f'  %0 = "stablehlo.dynamic_gather"(%arg0, %arg1, %s) <{{dimension_numbers = '
                f'#stablehlo.gather<{dims}>, indices_are_sorted = false}}> : '
                f'({operand}, {indices}, tensor<{count}xi64>) -> {result}')
    text = (f"func.func public @main(%arg0: {operand}, %arg1: {indices}) -> {result} {{\n"
            f"  {body}\n  return %0 : {result}\n}}\n")
    check_text(text, x34(), np.array(values).astype(index_type))


def scatter_text(body_ops, returns, *, element="f32", index_type="tensor<3x1xi32>",
                 dims="update_window_dims = [1], inserted_window_dims = [0], "
                      "scatter_dims_to_operand_dims = [0], index_vector_dim = 1",
                 update_shape="3x5", count=2):
    operand = f"tensor<4x5x{element}>"
    update = f"tensor<{update_shape}x{element}>"
    scalar = f"tensor<{element}>"
    args = ", ".join([f"%arg{i}: {operand}" for i in range(count)] + [f"%idx: {index_type}"] +
                     [f"%upd{i}: {update}" for i in range(count)])
    operands = ", ".join([f"%arg{i}" for i in range(count)] + ["%idx"] +
                         [f"%upd{i}" for i in range(count)])
    types = ", ".join([operand] * count + [index_type] + [update] * count)
    block = ", ".join([f"%a{i}: {scalar}" for i in range(count)] +
                      [f"%u{i}: {scalar}" for i in range(count)])
    results = ", ".join([operand] * count)
    return (f"func.func public @main({args}) -> ({results}) {{\n"
            f'  %r:{count} = "stablehlo.scatter"({operands}) <{{indices_are_sorted = false, '
            f"scatter_dimension_numbers = #stablehlo.scatter<{dims}>, unique_indices = false}}> ({{\n"
            f"  ^bb0({block}):\n    {body_ops}\n    stablehlo.return {returns} : "
            f"{', '.join([scalar] * count)}\n  }}) : ({types}) -> ({results})\n"
            f"  return {', '.join(f'%r#{i}' for i in range(count))} : {results}\n}}\n")


INDICES = np.array([[1], [3], [1]], np.int32)


def updates(seed, shape=(3, 5), dtype=np.float32):
    return (np.random.default_rng(seed).standard_normal(shape) * 4).astype(dtype)


def test_variadic_scatter_plain_bodies():
    text = scatter_text("%s = stablehlo.add %a0, %u0 : tensor<f32>\n"
                        "    %m = stablehlo.maximum %u1, %a1 : tensor<f32>", "%s, %m")
    check_text(text, x34(), -x34(), INDICES, updates(1), updates(2))


def test_variadic_scatter_set_and_keep():
    text = scatter_text("", "%a0, %u1")
    check_text(text, x34(), -x34(), INDICES, updates(1), updates(2))


def test_variadic_scatter_argmax_body():
    """Pairs (value, index) kept by the larger value: a body that reads both
    operands, so it runs window by window in index order."""
    ops = ("%gt = stablehlo.compare GT, %u0, %a0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
           "    %v = stablehlo.select %gt, %u0, %a0 : tensor<i1>, tensor<f32>\n"
           "    %i = stablehlo.select %gt, %u1, %a1 : tensor<i1>, tensor<f32>")
    text = scatter_text(ops, "%v, %i")
    check_text(text, x34(), np.zeros((4, 5), np.float32), INDICES, updates(3),
               np.arange(15, dtype=np.float32).reshape(3, 5))


@pytest.mark.parametrize("op", ["xor", "and", "or", "subtract"])
def test_integer_bodies_without_mlx_scatter(op):
    text = scatter_text(f"%s = stablehlo.{op} %a0, %u0 : tensor<i32>", "%s", element="i32",
                        count=1)
    x = np.arange(20, dtype=np.int32).reshape(4, 5) * 37
    check_text(text, x, INDICES, updates(4).astype(np.int32) * 1000)


@pytest.mark.parametrize("dims,index_type,indices", [
    ("update_window_dims = [1], inserted_window_dims = [0], "
     "scatter_dims_to_operand_dims = [0], index_vector_dim = 0", "tensor<1x3xi32>", [[1, 3, 1]]),
    ("update_window_dims = [1], inserted_window_dims = [0], "
     "scatter_dims_to_operand_dims = [0], index_vector_dim = 1", "tensor<3xui16>", [1, 3, 9]),
], ids=["index_vector_first", "implicit_index_vector"])
@pytest.mark.parametrize("op", ["add", "multiply", "maximum"])
def test_scatter_index_vector_dims(dims, index_type, indices, op):
    text = scatter_text(f"%s = stablehlo.{op} %a0, %u0 : tensor<f32>", "%s", count=1,
                        dims=dims, index_type=index_type)
    dtype = {"i32": np.int32, "ui16": np.uint16}[index_type.split("x")[-1][:-1]]
    check_text(text, x34(), np.array(indices, dtype), updates(5))


@pytest.mark.parametrize("op", ["and", "or", "xor"])
def test_boolean_bodies(op):
    text = scatter_text(f"%s = stablehlo.{op} %a0, %u0 : tensor<i1>", "%s", element="i1",
                        count=1)
    x = (np.arange(20).reshape(4, 5) % 3 == 0)
    check_text(text, x, INDICES, updates(6) > 0)
