module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4xi32>) -> (tensor<4xi32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %1:2 = stablehlo.while(%iterArg = %arg0, %iterArg_2 = %0) : tensor<4xi32>, tensor<4xi32>
    cond {
      %2 = stablehlo.convert %iterArg_2 : tensor<4xi32>
      %3 = stablehlo.compare  LT, %2, %iterArg,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %4 = stablehlo.reduce(%3 init: %c_0) applies stablehlo.or across dimensions = [0] : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %4 : tensor<i1>
    } do {
      %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %3 = stablehlo.add %iterArg_2, %2 : tensor<4xi32>
      %4 = stablehlo.convert %iterArg_2 : tensor<4xi32>
      %5 = stablehlo.compare  LT, %4, %iterArg,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %6 = stablehlo.broadcast_in_dim %5, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
      %7 = stablehlo.select %6, %3, %iterArg_2 : tensor<4xi1>, tensor<4xi32>
      stablehlo.return %iterArg, %7 : tensor<4xi32>, tensor<4xi32>
    }
    return %1#1 : tensor<4xi32>
  }
}
