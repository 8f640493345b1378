module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xi64>, %arg1: tensor<8xi64>) -> (tensor<8xi64> {jax.result_info = "result[0]"}, tensor<8xi64> {jax.result_info = "result[1]"}, tensor<8xi64> {jax.result_info = "result[2]"}, tensor<8xi64> {jax.result_info = "result[3]"}) {
    %c = stablehlo.constant dense<3> : tensor<i64>
    %c_0 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.multiply %arg0, %arg1 : tensor<8xi64>
    %1 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i64>) -> tensor<8xi64>
    %2 = stablehlo.or %arg1, %1 : tensor<8xi64>
    %3 = call @floor_divide(%arg0, %2) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %4 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i64>) -> tensor<8xi64>
    %5 = stablehlo.shift_right_arithmetic %arg0, %4 : tensor<8xi64>
    %6 = stablehlo.popcnt %arg0 : tensor<8xi64>
    return %0, %3, %5, %6 : tensor<8xi64>, tensor<8xi64>, tensor<8xi64>, tensor<8xi64>
  }
  func.func private @floor_divide(%arg0: tensor<8xi64>, %arg1: tensor<8xi64>) -> tensor<8xi64> {
    %c = stablehlo.constant dense<1> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %0 = stablehlo.divide %arg0, %arg1 : tensor<8xi64>
    %1 = stablehlo.sign %arg0 : tensor<8xi64>
    %2 = stablehlo.sign %arg1 : tensor<8xi64>
    %3 = stablehlo.compare NE, %1, %2, SIGNED : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi1>
    %4 = stablehlo.remainder %arg0, %arg1 : tensor<8xi64>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i64>) -> tensor<8xi64>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi1>
    %7 = stablehlo.and %3, %6 : tensor<8xi1>
    %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i64>) -> tensor<8xi64>
    %9 = stablehlo.subtract %0, %8 : tensor<8xi64>
    %10 = call @_where(%7, %9, %0) : (tensor<8xi1>, tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    return %10 : tensor<8xi64>
  }
  func.func private @_where(%arg0: tensor<8xi1>, %arg1: tensor<8xi64>, %arg2: tensor<8xi64>) -> tensor<8xi64> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8xi1>, tensor<8xi64>
    return %0 : tensor<8xi64>
  }
}
