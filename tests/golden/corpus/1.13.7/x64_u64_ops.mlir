module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xui64>, %arg1: tensor<8xui64>) -> (tensor<8xui64> {jax.result_info = "result[0]"}, tensor<8xui64> {jax.result_info = "result[1]"}, tensor<8xui64> {jax.result_info = "result[2]"}, tensor<8xf64> {jax.result_info = "result[3]"}) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<8xui64>
    %1 = stablehlo.xor %arg0, %arg1 : tensor<8xui64>
    %2 = stablehlo.maximum %arg0, %arg1 : tensor<8xui64>
    %3 = stablehlo.convert %arg0 : (tensor<8xui64>) -> tensor<8xf64>
    return %0, %1, %2, %3 : tensor<8xui64>, tensor<8xui64>, tensor<8xui64>, tensor<8xf64>
  }
}
