"""Regenerates the VHLO portable artifacts that the bytecode reader tests read.

Run with the jax/jaxlib the plugin targets (0.12 when these were made):
    python make_test_artifacts.py
Each program is written at two StableHLO versions, as `<name>.v<X_Y_Z>.mlir.bc`,
next to `<name>.mlir`, the artifact read back as StableHLO text, which the
tests' expected counts come from. (Serializing uniques constants and hoists
them out of non-isolated regions, so the text differs from jax's lowering.)
"""

import pathlib

import jax
import jax.numpy as jnp
from jax import lax
from jax._src.interpreters import mlir
from jax._src.lib import _jax

VERSIONS = ("1.22.0", "1.13.0")
HERE = pathlib.Path(__file__).resolve().parent


def elementwise(x):
  return jnp.sin(x) * 2


def while_loop(x):
  return lax.fori_loop(0, 10, lambda i, v: v * 1.5 + i, x)


def reduce_sum(x):
  return jnp.sum(x, axis=1)


@jax.jit
def _inner(x):
  return jnp.tanh(x) + 1


def calls(x):
  return _inner(x) * _inner(x + 1)


def constants(x):
  table = jnp.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=jnp.float32)
  mask = jnp.array([True, False, True])
  return jnp.where(mask, x @ table.T @ table, jnp.int32(7).astype(jnp.float32))


def conditional(p, x):
  return lax.cond(p > 0, lambda v: v + 1, lambda v: v * 3, x)


PROGRAMS = {
    "elementwise": (elementwise, (jnp.ones(3, jnp.float32),)),
    "while_loop": (while_loop, (jnp.ones(4, jnp.float32),)),
    "reduce_sum": (reduce_sum, (jnp.ones((2, 5), jnp.float32),)),
    "calls": (calls, (jnp.ones(3, jnp.float32),)),
    "constants": (constants, (jnp.ones((4, 3), jnp.float32),)),
    "conditional": (conditional, (jnp.int32(1), jnp.ones(2, jnp.float32))),
}


def main():
  for name, (fn, args) in PROGRAMS.items():
    lowered = jax.jit(fn).lower(*args)
    text = str(lowered.compiler_ir("stablehlo"))
    for version in VERSIONS:
      data = _jax.mlir.serialize_portable_artifact(text, version)
      suffix = version.replace(".", "_")
      (HERE / f"{name}.v{suffix}.mlir.bc").write_bytes(data)
      print(f"{name} at {version}: {len(data)} bytes")
      if version == VERSIONS[0]:
        with mlir.make_ir_context():
          module = _jax.mlir.deserialize_portable_artifact(data)
          (HERE / f"{name}.mlir").write_text(str(module))


if __name__ == "__main__":
  main()
