module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xf32>) -> (tensor<2xf32> {jax.result_info = "result[0]"}, tensor<3x5xi8> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<[[8, 4, 3, 5, 8], [9, 2, 2, 5, 5], [2, 3, 9, 7, 8]]> : tensor<3x5xi8>
    return %arg0, %c : tensor<2xf32>, tensor<3x5xi8>
  }
}
