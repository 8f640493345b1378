"""Ops JAX's lowering rules no longer emit but StableHLO still defines
(stablehlo.dot, stablehlo.map), as another frontend or an old exported
program hands them over: written by hand, run on mps and on JAX's CPU
backend, compared."""

from __future__ import annotations

import numpy as np
import pytest

from mlir_programs import run_on
from oracle import assert_same

RNG = np.random.default_rng(7)

TYPES = {np.float32: "f32", np.float16: "f16", np.int32: "i32", np.int8: "i8", np.uint16: "ui16",
         np.float64: "f64"}


def tensor(shape, dtype):
    dims = "x".join(str(d) for d in shape)
    return f"tensor<{dims}{'x' if shape else ''}{TYPES[dtype]}>"


def values(shape, dtype):
    if np.dtype(dtype).kind in "iu":
        return RNG.integers(0, 20, shape).astype(dtype)
    return RNG.standard_normal(shape).astype(dtype)


DOT_SHAPES = {
    "vector_vector": ((5,), (5,), ()),
    "matrix_vector": ((3, 5), (5,), (3,)),
    "vector_matrix": ((5,), (5, 4), (4,)),
    "matrix_matrix": ((3, 5), (5, 4), (3, 4)),
    "empty_contraction": ((3, 0), (0, 2), (3, 2)),
}


@pytest.mark.parametrize("shapes", DOT_SHAPES)
@pytest.mark.parametrize("dtype", list(TYPES), ids=lambda d: np.dtype(d).name)
def test_dot(shapes, dtype):
    lhs, rhs, out = DOT_SHAPES[shapes]
    module = f"""module @dot {{
  func.func public @main(%a: {tensor(lhs, dtype)}, %b: {tensor(rhs, dtype)}) -> {tensor(out, dtype)} {{
    %0 = "stablehlo.dot"(%a, %b) : ({tensor(lhs, dtype)}, {tensor(rhs, dtype)}) -> {tensor(out, dtype)}
    return %0 : {tensor(out, dtype)}
  }}
}}"""
    a, b = values(lhs, dtype), values(rhs, dtype)
    exact = np.dtype(dtype).kind in "iu"
    assert_same(run_on("mps", module, a, b), run_on("cpu", module, a, b), exact=exact,
                rtol=None if exact else 1e-3 if dtype == np.float16 else 1e-5,
                atol=0 if exact else 1e-5)


MAP_BODIES = {
    "add": ("%r = stablehlo.add %x, %y : tensor<{t}>", False),
    "max_then_mul": ("%m = stablehlo.maximum %x, %y : tensor<{t}>\n"
                     "      %r = stablehlo.multiply %m, %x : tensor<{t}>", False),
    "select_less": ("%c = stablehlo.compare LT, %x, %y : (tensor<{t}>, tensor<{t}>) -> tensor<i1>\n"
                    "      %r = stablehlo.select %c, %x, %y : tensor<i1>, tensor<{t}>", False),
    "constant": ("%r = stablehlo.constant dense<3> : tensor<{t}>", True),
}


@pytest.mark.parametrize("body", MAP_BODIES)
@pytest.mark.parametrize("shape", [(), (7,), (2, 3, 4), (0, 3)], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint16], ids=lambda d: np.dtype(d).name)
def test_map(body, shape, dtype):
    code, integral_only = MAP_BODIES[body]
    if integral_only and np.dtype(dtype).kind == "f":
        code = code.replace("dense<3>", "dense<3.0>")
    t = TYPES[dtype]
    dims = ", ".join(str(i) for i in range(len(shape)))
    module = f"""module @map {{
  func.func public @main(%a: {tensor(shape, dtype)}, %b: {tensor(shape, dtype)}) -> {tensor(shape, dtype)} {{
    %0 = "stablehlo.map"(%a, %b) ({{
    ^bb0(%x: tensor<{t}>, %y: tensor<{t}>):
      {code.format(t=t)}
      "stablehlo.return"(%r) : (tensor<{t}>) -> ()
    }}) {{dimensions = array<i64{': ' + dims if dims else ''}>}}
        : ({tensor(shape, dtype)}, {tensor(shape, dtype)}) -> {tensor(shape, dtype)}
    return %0 : {tensor(shape, dtype)}
  }}
}}"""
    a, b = values(shape, dtype), values(shape, dtype)
    assert_same(run_on("mps", module, a, b), run_on("cpu", module, a, b), exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.int8], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("sizes,shape", [((3,), (4,)), ((2, 3), (2, 5)), ((), (3, 1))], ids=str)
def test_broadcast(sizes, shape, dtype):
    # Legacy broadcast: the new dimensions (broadcast_sizes) come first.
    out = tuple(sizes) + tuple(shape)
    module = f"""module @broadcast {{
  func.func public @main(%a: {tensor(shape, dtype)}) -> {tensor(out, dtype)} {{
    %0 = "stablehlo.broadcast"(%a) {{broadcast_sizes = array<i64{': ' + ', '.join(map(str, sizes)) if sizes else ''}>}}
        : ({tensor(shape, dtype)}) -> {tensor(out, dtype)}
    return %0 : {tensor(out, dtype)}
  }}
}}"""
    a = values(shape, dtype)
    assert_same(run_on("mps", module, a), run_on("cpu", module, a), exact=True)


def test_create_token():
    # The old spelling of after_all with no operands; the token is consumed
    # by an optimization barrier next to a value.
    module = """module @create_token {
  func.func public @main(%a: tensor<3xf32>) -> tensor<3xf32> {
    %t = "stablehlo.create_token"() : () -> !stablehlo.token
    %0:2 = "stablehlo.optimization_barrier"(%a, %t) : (tensor<3xf32>, !stablehlo.token)
        -> (tensor<3xf32>, !stablehlo.token)
    %1 = stablehlo.add %0#0, %0#0 : tensor<3xf32>
    return %1 : tensor<3xf32>
  }
}"""
    a = values((3,), np.float32)
    assert_same(run_on("mps", module, a), run_on("cpu", module, a), exact=True)


@pytest.mark.parametrize("predicate", [True, False])
def test_if(predicate):
    # JAX emits case for lax.cond; if is the two-branch form other
    # frontends write.
    module = """module @if {
  func.func public @main(%p: tensor<i1>, %a: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "stablehlo.if"(%p) ({
      %1 = stablehlo.multiply %a, %a : tensor<4xf32>
      "stablehlo.return"(%1) : (tensor<4xf32>) -> ()
    }, {
      %2 = stablehlo.negate %a : tensor<4xf32>
      "stablehlo.return"(%2) : (tensor<4xf32>) -> ()
    }) : (tensor<i1>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}"""
    args = (np.array(predicate), values((4,), np.float32))
    assert_same(run_on("mps", module, *args), run_on("cpu", module, *args), exact=True)
