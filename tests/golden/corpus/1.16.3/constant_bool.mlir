module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xf32>) -> (tensor<2xf32> {jax.result_info = "result[0]"}, tensor<3x5xi1> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<[[false, true, true, false, true], [false, true, true, false, true], [false, false, false, false, false]]> : tensor<3x5xi1>
    return %arg0, %c : tensor<2xf32>, tensor<3x5xi1>
  }
}
