module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf64>) -> (tensor<8xf64> {jax.result_info = "result[0]"}, tensor<8xf64> {jax.result_info = "result[1]"}) {
    %0 = call @cumsum(%arg0) : (tensor<8xf64>) -> tensor<8xf64>
    %1 = call @sort(%arg0) : (tensor<8xf64>) -> tensor<8xf64>
    return %0, %1 : tensor<8xf64>, tensor<8xf64>
  }
  func.func private @cumsum(%arg0: tensor<8xf64>) -> tensor<8xf64> {
    %0 = call @cumsum_0(%arg0) : (tensor<8xf64>) -> tensor<8xf64>
    return %0 : tensor<8xf64>
  }
  func.func private @cumsum_0(%arg0: tensor<8xf64>) -> tensor<8xf64> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f64>) -> tensor<f64>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{padding = dense<[[7, 0]]> : tensor<1x2xi64>, window_dimensions = array<i64: 8>}> ({
    ^bb0(%arg1: tensor<f64>, %arg2: tensor<f64>):
      %2 = stablehlo.add %arg1, %arg2 : tensor<f64>
      stablehlo.return %2 : tensor<f64>
    }) : (tensor<8xf64>, tensor<f64>) -> tensor<8xf64>
    return %1 : tensor<8xf64>
  }
  func.func private @sort(%arg0: tensor<8xf64>) -> tensor<8xf64> {
    %cst = stablehlo.constant dense<0x7FF8000000000000> : tensor<f64>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %0 = "stablehlo.sort"(%arg0) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f64>, %arg2: tensor<f64>):
      %1 = stablehlo.compare  EQ, %arg1, %cst_0,  FLOAT : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %2 = stablehlo.select %1, %cst_0, %arg1 : tensor<i1>, tensor<f64>
      %3 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %4 = stablehlo.select %3, %cst, %2 : tensor<i1>, tensor<f64>
      %5 = stablehlo.compare  EQ, %arg2, %cst_0,  FLOAT : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %6 = stablehlo.select %5, %cst_0, %arg2 : tensor<i1>, tensor<f64>
      %7 = stablehlo.compare  NE, %arg2, %arg2,  FLOAT : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %8 = stablehlo.select %7, %cst, %6 : tensor<i1>, tensor<f64>
      %9 = stablehlo.compare  LT, %4, %8,  TOTALORDER : (tensor<f64>, tensor<f64>) -> tensor<i1>
      stablehlo.return %9 : tensor<i1>
    }) : (tensor<8xf64>) -> tensor<8xf64>
    return %0 : tensor<8xf64>
  }
}
