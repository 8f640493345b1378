module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<6xf32>) -> (tensor<10xf32> {jax.result_info = "result[0]"}, tensor<10xf32> {jax.result_info = "result[1]"}) {
    %0 = call @_pad(%arg0) : (tensor<6xf32>) -> tensor<10xf32>
    %1 = call @_pad_0(%arg0) : (tensor<6xf32>) -> tensor<10xf32>
    return %0, %1 : tensor<10xf32>, tensor<10xf32>
  }
  func.func private @_pad(%arg0: tensor<6xf32>) -> tensor<10xf32> {
    %0 = stablehlo.slice %arg0 [1:3] : (tensor<6xf32>) -> tensor<2xf32>
    %1 = call @_flip(%0) : (tensor<2xf32>) -> tensor<2xf32>
    %2 = stablehlo.concatenate %1, %arg0, dim = 0 : (tensor<2xf32>, tensor<6xf32>) -> tensor<8xf32>
    %3 = stablehlo.slice %2 [5:7] : (tensor<8xf32>) -> tensor<2xf32>
    %4 = call @_flip(%3) : (tensor<2xf32>) -> tensor<2xf32>
    %5 = stablehlo.concatenate %2, %4, dim = 0 : (tensor<8xf32>, tensor<2xf32>) -> tensor<10xf32>
    return %5 : tensor<10xf32>
  }
  func.func private @_flip(%arg0: tensor<2xf32>) -> tensor<2xf32> {
    %0 = stablehlo.reverse %arg0, dims = [0] : tensor<2xf32>
    return %0 : tensor<2xf32>
  }
  func.func private @_pad_0(%arg0: tensor<6xf32>) -> tensor<10xf32> {
    %0 = stablehlo.slice %arg0 [0:1] : (tensor<6xf32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x1xf32>
    %2 = stablehlo.reshape %1 : (tensor<1x1xf32>) -> tensor<1xf32>
    %3 = stablehlo.slice %arg0 [5:6] : (tensor<6xf32>) -> tensor<1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xf32>) -> tensor<1x3xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x3xf32>) -> tensor<3xf32>
    %6 = stablehlo.concatenate %2, %arg0, %5, dim = 0 : (tensor<1xf32>, tensor<6xf32>, tensor<3xf32>) -> tensor<10xf32>
    return %6 : tensor<10xf32>
  }
}
