module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf16>, %arg1: tensor<4x8xf16>) -> (tensor<4x8xf16> {jax.result_info = "result"}) {
    %0 = stablehlo.abs %arg0 : tensor<4x8xf16>
    %1 = stablehlo.power %0, %arg1 : tensor<4x8xf16>
    return %1 : tensor<4x8xf16>
  }
}
