module @jit_outer attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4xf16>, %arg1: tensor<5xf16>) -> (tensor<4x5xf16> {jax.result_info = "result"}) {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0] : (tensor<4xf16>) -> tensor<4x1xf16>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<5xf16>) -> tensor<1x5xf16>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<4x1xf16>) -> tensor<4x5xf16>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x5xf16>) -> tensor<4x5xf16>
    %4 = stablehlo.multiply %2, %3 : tensor<4x5xf16>
    return %4 : tensor<4x5xf16>
  }
}
