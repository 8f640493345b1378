module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf16>) -> (tensor<4x8xf16> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %0 = stablehlo.abs %arg0 : tensor<4x8xf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<4x8xf16>
    %2 = stablehlo.add %0, %1 : tensor<4x8xf16>
    %3 = stablehlo.log %2 : tensor<4x8xf16>
    return %3 : tensor<4x8xf16>
  }
}
