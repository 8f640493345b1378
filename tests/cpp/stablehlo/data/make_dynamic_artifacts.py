"""Regenerates the dynamic-shape VHLO artifacts that dynamic_shapes_test.cc reads.

Run with the jax/jaxlib the plugin targets (0.12 when these were made):
    python make_dynamic_artifacts.py
Each program is written at two StableHLO versions, as `<name>.v<X_Y_Z>.mlir.bc`,
with MLIR's generic text of the newest as `<name>.generic.mlir`, which the test
compares our IR with. `shape_poly` is a real jax.export with a symbolic
dimension; `bounded` is StableHLO text with #stablehlo.bounds (what bounded
dynamism, e.g. from TF, produces), serialized by jaxlib's own MLIR.
"""

import pathlib

import jax
import jax.numpy as jnp
from jax import export
from jax._src.interpreters import mlir
from jax._src.lib import _jax

VERSIONS = ("1.22.0", "1.13.0")
HERE = pathlib.Path(__file__).resolve().parent

BOUNDED = """
module @bounded attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x4xf32, #stablehlo.bounds<8, ?>>, %arg1: tensor<i32>)
      -> (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) {
    %0 = stablehlo.abs %arg0 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %1 = stablehlo.set_dimension_size %0, %arg1, dim = 0
        : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<i32>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %2 = stablehlo.get_dimension_size %1, dim = 0 : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<8x4xf32>
    %5 = stablehlo.set_dimension_size %4, %arg1, dim = 0
        : (tensor<8x4xf32>, tensor<i32>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %6 = stablehlo.add %1, %5 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    return %6 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>
  }
}
"""


def shape_poly_text():
  def f(x):
    return jnp.sum(jnp.sin(x) * 2, axis=1) + x.shape[0]

  spec = jax.ShapeDtypeStruct(export.symbolic_shape("b, 4"), jnp.float32)
  text = export.export(jax.jit(f))(spec).mlir_module()
  # Drop locations: they name this file's path on the machine that ran it.
  with mlir.make_ir_context():
    return mlir.ir.Module.parse(text).operation.get_asm(enable_debug_info=False)


def main():
  for name, text in (("shape_poly", shape_poly_text()), ("bounded", BOUNDED)):
    for version in VERSIONS:
      data = _jax.mlir.serialize_portable_artifact(text, version)
      suffix = version.replace(".", "_")
      (HERE / f"{name}.v{suffix}.mlir.bc").write_bytes(data)
      print(f"{name} at {version}: {len(data)} bytes")
      if version == VERSIONS[0]:
        with mlir.make_ir_context():
          module = _jax.mlir.deserialize_portable_artifact(data)
          generic = module.operation.get_asm(print_generic_op_form=True)
          (HERE / f"{name}.generic.mlir").write_text(generic)


if __name__ == "__main__":
  main()
