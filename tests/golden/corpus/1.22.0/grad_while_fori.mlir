module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<f32>) -> (tensor<f32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<3> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %1:4 = stablehlo.while(%iterArg = %arg0, %iterArg_3 = %c_1, %iterArg_4 = %cst, %iterArg_5 = %0) : tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>
    cond {
      %3 = stablehlo.compare LT, %iterArg_3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3 = stablehlo.convert %iterArg_4 : tensor<f32>
      %4 = stablehlo.multiply %3, %iterArg : tensor<f32>
      %5 = func.call @dynamic_update_index_in_dim(%iterArg_5, %3, %iterArg_3) : (tensor<3xf32>, tensor<f32>, tensor<i32>) -> tensor<3xf32>
      %6 = stablehlo.add %iterArg_3, %c : tensor<i32>
      stablehlo.return %iterArg, %6, %4, %5 : tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>
    }
    %2:5 = stablehlo.while(%iterArg = %1#3, %iterArg_3 = %arg0, %iterArg_4 = %c_1, %iterArg_5 = %cst_2, %iterArg_6 = %cst) : tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>
    cond {
      %3 = stablehlo.compare LT, %iterArg_4, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3 = stablehlo.subtract %c_0, %iterArg_4 : tensor<i32>
      %4 = stablehlo.subtract %3, %c : tensor<i32>
      %5 = func.call @dynamic_index_in_dim(%iterArg, %4) : (tensor<3xf32>, tensor<i32>) -> tensor<f32>
      %6 = stablehlo.multiply %5, %iterArg_6 : tensor<f32>
      %7 = stablehlo.add %iterArg_5, %6 : tensor<f32>
      %8 = stablehlo.multiply %iterArg_6, %iterArg_3 : tensor<f32>
      %9 = stablehlo.add %iterArg_4, %c : tensor<i32>
      stablehlo.return %iterArg, %iterArg_3, %9, %7, %8 : tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>
    }
    return %2#3 : tensor<f32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<3xf32>, %arg1: tensor<f32>, %arg2: tensor<i32>) -> tensor<3xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2 : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
    return %1 : tensor<3xf32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<3xf32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    return %1 : tensor<f32>
  }
}
