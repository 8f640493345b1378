module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xi1>, %arg1: tensor<4x8xi32>) -> (tensor<4x8xi32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<7> : tensor<i32>
    %0 = call @_where(%arg0, %arg1, %c) : (tensor<4x8xi1>, tensor<4x8xi32>, tensor<i32>) -> tensor<4x8xi32>
    return %0 : tensor<4x8xi32>
  }
  func.func private @_where(%arg0: tensor<4x8xi1>, %arg1: tensor<4x8xi32>, %arg2: tensor<i32>) -> tensor<4x8xi32> {
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<4x8xi32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<4x8xi1>, tensor<4x8xi32>
    return %2 : tensor<4x8xi32>
  }
}
