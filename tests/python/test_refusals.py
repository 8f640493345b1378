"""Ops the plugin refuses on purpose: each gives a compile-time error that
names the op, its location and the reason, and the process keeps working.

These programs are written by hand because JAX has no lowering that emits
them for a single-device plugin (host transfers, deprecated ops, XLA's own
async pairs); another frontend or an exported program still could."""

from __future__ import annotations

import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from mlir_programs import compile_on_mps

REFUSED = {
    "infeed": ("""
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %t = stablehlo.after_all : !stablehlo.token
    %0:2 = "stablehlo.infeed"(%t) {infeed_config = "", layout = [[0]]}
        : (!stablehlo.token) -> (tensor<2xf32>, !stablehlo.token)
    return %0#0 : tensor<2xf32>
  }""", "pass the data as an argument instead"),
    "outfeed": ("""
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %t = stablehlo.after_all : !stablehlo.token
    %0 = "stablehlo.outfeed"(%arg0, %t) {outfeed_config = ""}
        : (tensor<2xf32>, !stablehlo.token) -> !stablehlo.token
    return %arg0 : tensor<2xf32>
  }""", "return the data as a result instead"),
    "send": ("""
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %t = stablehlo.after_all : !stablehlo.token
    %0 = "stablehlo.send"(%arg0, %t) {
        channel_handle = #stablehlo.channel_handle<handle = 1, type = 2>,
        is_host_transfer = true} : (tensor<2xf32>, !stablehlo.token) -> !stablehlo.token
    return %arg0 : tensor<2xf32>
  }""", "runs programs on one device"),
    "recv": ("""
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %t = stablehlo.after_all : !stablehlo.token
    %0:2 = "stablehlo.recv"(%t) {
        channel_handle = #stablehlo.channel_handle<handle = 1, type = 3>,
        is_host_transfer = true} : (!stablehlo.token) -> (tensor<2xf32>, !stablehlo.token)
    return %0#0 : tensor<2xf32>
  }""", "runs programs on one device"),
    "dynamic_conv": ("""
  func.func public @main(%lhs: tensor<1x4x1xf32>, %rhs: tensor<2x1x1xf32>) -> tensor<1x3x1xf32> {
    %pad = stablehlo.constant dense<0> : tensor<1x2xi64>
    %0 = "stablehlo.dynamic_conv"(%lhs, %rhs, %pad) {
        dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>,
        feature_group_count = 1 : i64, batch_group_count = 1 : i64}
        : (tensor<1x4x1xf32>, tensor<2x1x1xf32>, tensor<1x2xi64>) -> tensor<1x3x1xf32>
    return %0 : tensor<1x3x1xf32>
  }""", "JAX emits stablehlo.convolution, never dynamic_conv"),
    "set_dimension_size": ("""
  func.func public @main(%arg0: tensor<4xf32>, %n: tensor<i32>) -> tensor<f32> {
    %0 = "stablehlo.set_dimension_size"(%arg0, %n) {dimension = 0 : i64}
        : (tensor<4xf32>, tensor<i32>) -> tensor<?xf32, #stablehlo.bounds<4>>
    %zero = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.reduce(%0 init: %zero) applies stablehlo.add across dimensions = [0]
        : (tensor<?xf32, #stablehlo.bounds<4>>, tensor<f32>) -> tensor<f32>
    return %1 : tensor<f32>
  }""", "MLX arrays have static shapes"),
    "einsum": ("""
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.einsum"(%arg0, %arg0) {einsum_config = "i,i->i"}
        : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }""", "lowers to dot_general"),
    "unary_einsum": ("""
  func.func public @main(%arg0: tensor<2x2xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.unary_einsum"(%arg0) {einsum_config = "ii->i"}
        : (tensor<2x2xf32>) -> tensor<2xf32>
    return %0 : tensor<2xf32>
  }""", "deprecated"),
    "torch_index_select": ("""
  func.func public @main(%arg0: tensor<4x3xf32>, %arg1: tensor<2xi32>) -> tensor<2x3xf32> {
    %0 = "stablehlo.torch_index_select"(%arg0, %arg1) {dim = 0 : i64, batch_dims = 0 : i64}
        : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }""", "indexing lowers to gather"),
}


@pytest.mark.parametrize("op", sorted(REFUSED))
def test_refused_op_names_itself_and_the_reason(op):
    body, reason = REFUSED[op]
    with pytest.raises(Exception) as error:
        compile_on_mps("module @refused {" + body + "\n}")
    message = str(error.value)
    assert "UNIMPLEMENTED" in message
    assert f"'stablehlo.{op}' at " in message  # the op and its location
    assert reason in message
    # The device still works after the refusal.
    out = jax.jit(lambda x: x * 2, device=jax.devices("mps")[0])(jnp.arange(3.0))
    np.testing.assert_array_equal(np.asarray(out), [0.0, 2.0, 4.0])


def test_async_pairs_are_refused_by_the_reader():
    # async_start/async_done carry a !stablehlo.future, which the reader
    # refuses with the byte offset before any op is looked at.
    module = """module @async {
  func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = "stablehlo.async_start"(%arg0) ({
    ^bb0(%a: tensor<2xf32>):
      %b = stablehlo.slice %a [0:1] : (tensor<2xf32>) -> tensor<1xf32>
      "stablehlo.return"(%b) : (tensor<1xf32>) -> ()
    }) : (tensor<2xf32>) -> !stablehlo.future<tensor<1xf32>>
    %1 = "stablehlo.async_done"(%0) : (!stablehlo.future<tensor<1xf32>>) -> tensor<1xf32>
    return %arg0 : tensor<2xf32>
  }
}"""
    with pytest.raises(Exception) as error:
        compile_on_mps(module)
    if "unknown stablehlo type: future" in str(error.value):
        pytest.skip("this jaxlib's StableHLO has no !stablehlo.future: the pair cannot be written")
    assert re.search(r"UNIMPLEMENTED.*at byte \d+.*futures have no IR", str(error.value))
