"""Compiling hand-written StableHLO on the mps device.

Some ops can reach the plugin without JAX ever emitting them through its
lowering rules (another frontend, jax.export of an older program, a
deprecated op). These helpers parse MLIR text with jaxlib's own MLIR context
and hand it to the plugin exactly as jax.jit would: serialized as a portable
artifact through the PJRT C API.
"""

from __future__ import annotations

import jax
import numpy as np
from jax._src import compiler
from jax._src import xla_bridge
from jax._src.interpreters import mlir
from jax._src.lib import xla_client
from jax._src.lib.mlir import ir


def compile_on(platform: str, module_text: str):
    """Compiles `module_text` (a whole `module {...}`) for the first device
    of `platform`; returns the loaded executable or raises its error."""
    backend = xla_bridge.get_backend(platform)
    devices = xla_client.DeviceList(tuple(jax.devices(platform)[:1]))
    options = compiler.get_compile_options(num_replicas=1, num_partitions=1)
    with mlir.make_ir_context():
        module = ir.Module.parse(module_text)
        return compiler.backend_compile_and_load(backend, module, devices, options, [])


def compile_on_mps(module_text: str):
    return compile_on("mps", module_text)


def run_on(platform: str, module_text: str, *args) -> list[np.ndarray]:
    """Compiles and runs `module_text` on `platform` with numpy arguments."""
    executable = compile_on(platform, module_text)
    device = jax.devices(platform)[0]
    placed = [jax.device_put(np.asarray(a), device) for a in args]
    outputs = executable.execute_sharded(placed).disassemble_into_single_device_arrays()
    return [np.asarray(out[0]) for out in outputs]
