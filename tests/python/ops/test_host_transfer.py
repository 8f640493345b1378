"""Ops the plugin refuses at compile time with a reason: infeed, outfeed,
send and recv (no host queue, no other device). And JAX's host callbacks,
which JAX itself does not lower for the mps platform: a clear error in
jax.jit, never a crash, and the plugin stays usable."""

from __future__ import annotations

import jax
import numpy as np
import pytest
from jax._src.lib.mlir import ir
from jax._src.lib.mlir.dialects import hlo

from oracle import MPS, run_on
from ops.emit_stablehlo import emit


def channel(handle, kind):
    return hlo.ChannelHandle.get(handle, kind)


def infeed(x):
    token = hlo.CreateTokenOp().result
    layout = ir.ArrayAttr.get([ir.ArrayAttr.get([ir.IntegerAttr.get(
        ir.IntegerType.get_signless(64), 0)])])
    op = hlo.InfeedOp([x.type, hlo.TokenType.get()], token, infeed_config="", layout=layout)
    return [hlo.AddOp(x, op.results[0]).result]


def outfeed(x):
    token = hlo.CreateTokenOp().result
    hlo.OutfeedOp([x], token, outfeed_config="")
    return [x]


def send(host):
    def build(x):
        token = hlo.CreateTokenOp().result
        hlo.SendOp([x], token, channel(1, 2 if host else 1), is_host_transfer=host)
        return [x]
    return build


def recv(host):
    def build(x):
        token = hlo.CreateTokenOp().result
        op = hlo.RecvOp([x.type, hlo.TokenType.get()], token, channel(1, 3 if host else 1),
                        is_host_transfer=host)
        return [hlo.AddOp(x, op.results[0]).result]
    return build


CASES = {
    "infeed": (infeed, "stablehlo.infeed", "no infeed or outfeed queue"),
    "outfeed": (outfeed, "stablehlo.outfeed", "no infeed or outfeed queue"),
    "send_to_host": (send(True), "stablehlo.send", "no channel for host transfers"),
    "recv_from_host": (recv(True), "stablehlo.recv", "no channel for host transfers"),
    "send_to_device": (send(False), "stablehlo.send", "no other device"),
    "recv_from_device": (recv(False), "stablehlo.recv", "no other device"),
}


@pytest.mark.parametrize("case", CASES)
def test_host_and_device_transfers_are_refused_when_compiling(case):
    build, op, reason = CASES[case]
    x = np.arange(3, dtype=np.float32)
    with pytest.raises(Exception) as error:
        run_on(MPS, lambda a: emit(build, [(a.shape, a.dtype)], a)[0], x)
    message = str(error.value)
    assert op in message and reason in message, message
    assert "UNIMPLEMENTED" in message or "not supported" in message, message
    assert "issue tracker" in message, message


def test_refusal_names_the_source_line():
    x = np.arange(3, dtype=np.float32)
    with pytest.raises(Exception) as error:
        run_on(MPS, lambda a: emit(outfeed, [(a.shape, a.dtype)], a)[0], x)
    # The innermost frame of the op's location: where the primitive was bound.
    assert "emit_stablehlo.py:" in str(error.value), str(error.value)


def test_plugin_still_works_after_a_refusal():
    x = np.arange(3, dtype=np.float32)
    with pytest.raises(Exception):
        run_on(MPS, lambda a: emit(infeed, [(a.shape, a.dtype)], a)[0], x)
    np.testing.assert_array_equal(run_on(MPS, lambda a: a * 2, x), x * 2)


CALLBACKS = {
    "debug_print": lambda a: (jax.debug.print("x={}", a), a * 2)[1],
    "debug_callback": lambda a: (jax.debug.callback(lambda v: None, a), a + 1)[1],
    "pure_callback": lambda a: jax.pure_callback(
        lambda v: np.asarray(v) * 3, jax.ShapeDtypeStruct(a.shape, a.dtype), a),
}


@pytest.mark.parametrize("callback", CALLBACKS)
def test_host_callbacks_fail_clearly_in_jax(callback):
    # JAX has callback lowerings only for cpu, cuda, rocm and tpu: for mps it
    # stops while lowering, naming the platform, before the plugin sees a
    # program (no send/recv or custom_call reaches us).
    x = np.arange(3, dtype=np.float32)
    with pytest.raises((NotImplementedError, ValueError), match="mps"):
        run_on(MPS, CALLBACKS[callback], x)
    np.testing.assert_array_equal(run_on(MPS, lambda a: a + 1, x), x + 1)
