module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xf32>) -> (tensor<2xf32> {jax.result_info = "result[0]"}, tensor<3x5xbf16> {jax.result_info = "result[1]"}) {
    %cst = stablehlo.constant dense<[[4.000000e+00, 5.125000e+00, 8.187500e+00, 2.281250e+00, 5.312500e+00], [3.234380e+00, 6.812500e+00, 4.875000e+00, 1.820310e+00, 4.656250e+00], [2.171880e+00, 4.453130e-01, 1.015630e+00, 3.078130e+00, 1.386720e-01]]> : tensor<3x5xbf16>
    return %arg0, %cst : tensor<2xf32>, tensor<3x5xbf16>
  }
}
