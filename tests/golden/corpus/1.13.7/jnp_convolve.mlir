module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xf32>, %arg1: tensor<5xf32>) -> (tensor<16xf32> {jax.result_info = "result"}) {
    %0 = call @convolve(%arg0, %arg1) : (tensor<16xf32>, tensor<5xf32>) -> tensor<16xf32>
    return %0 : tensor<16xf32>
  }
  func.func private @convolve(%arg0: tensor<16xf32>, %arg1: tensor<5xf32>) -> tensor<16xf32> {
    %0 = call @_conv(%arg0, %arg1) : (tensor<16xf32>, tensor<5xf32>) -> tensor<16xf32>
    return %0 : tensor<16xf32>
  }
  func.func private @_conv(%arg0: tensor<16xf32>, %arg1: tensor<5xf32>) -> tensor<16xf32> {
    %0 = call @_flip(%arg1) : (tensor<5xf32>) -> tensor<5xf32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<16xf32>) -> tensor<1x1x16xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [2] : (tensor<5xf32>) -> tensor<1x1x5xf32>
    %3 = stablehlo.convolution(%1, %2) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x1x16xf32>, tensor<1x1x5xf32>) -> tensor<1x1x16xf32>
    %4 = stablehlo.slice %3 [0:1, 0:1, 0:16] : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %5 = stablehlo.reshape %4 : (tensor<1x1x16xf32>) -> tensor<16xf32>
    return %5 : tensor<16xf32>
  }
  func.func private @_flip(%arg0: tensor<5xf32>) -> tensor<5xf32> {
    %0 = stablehlo.reverse %arg0, dims = [0] : tensor<5xf32>
    return %0 : tensor<5xf32>
  }
}
