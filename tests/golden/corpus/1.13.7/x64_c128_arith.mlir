module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xcomplex<f64>>, %arg1: tensor<8xcomplex<f64>>) -> (tensor<8xcomplex<f64>> {jax.result_info = "result[0]"}, tensor<8xcomplex<f64>> {jax.result_info = "result[1]"}, tensor<8xf64> {jax.result_info = "result[2]"}) {
    %0 = stablehlo.multiply %arg0, %arg1 : tensor<8xcomplex<f64>>
    %1 = stablehlo.divide %arg0, %arg1 : tensor<8xcomplex<f64>>
    %2 = stablehlo.abs %arg0 : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    return %0, %1, %2 : tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>
  }
}
