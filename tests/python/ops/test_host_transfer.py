"""JAX's host callbacks on mps: JAX itself has no lowering for them on this
platform, so no send/recv or custom_call reaches the plugin; jax.jit fails
with a clear error naming the platform, never a crash, and the plugin stays
usable. (infeed, outfeed, send and recv written by hand are refused by the
plugin's refusal table, tested in tests/python/test_refusals.py.)"""

from __future__ import annotations

import jax
import numpy as np
import pytest

from jax.experimental import io_callback

from oracle import MPS, run_on

CALLBACKS = {
    "debug_print": lambda a: (jax.debug.print("x={}", a), a * 2)[1],
    "debug_callback": lambda a: (jax.debug.callback(lambda v: None, a), a + 1)[1],
    "pure_callback": lambda a: jax.pure_callback(
        lambda v: np.asarray(v) * 3, jax.ShapeDtypeStruct(a.shape, a.dtype), a),
    "io_callback": lambda a: io_callback(
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
