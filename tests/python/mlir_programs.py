"""Compiling hand-written StableHLO on the mps device.

Some ops can reach the plugin without JAX ever emitting them through its
lowering rules (another frontend, jax.export of an older program, a
deprecated op). These helpers parse MLIR text with jaxlib's own MLIR context
and hand it to the plugin exactly as jax.jit would: serialized as a portable
artifact through the PJRT C API.
"""

from __future__ import annotations

import jax
from jax._src import compiler
from jax._src import xla_bridge
from jax._src.interpreters import mlir
from jax._src.lib import xla_client
from jax._src.lib.mlir import ir


def compile_on_mps(module_text: str):
    """Compiles `module_text` (a whole `module {...}`) on the mps device;
    returns the loaded executable or raises the plugin's error."""
    backend = xla_bridge.get_backend("mps")
    devices = xla_client.DeviceList(tuple(jax.devices("mps")))
    options = compiler.get_compile_options(num_replicas=1, num_partitions=1)
    with mlir.make_ir_context():
        module = ir.Module.parse(module_text)
        return compiler.backend_compile_and_load(backend, module, devices, options, [])
