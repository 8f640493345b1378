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
      %3 = stablehlo.compare  LT, %iterArg_3, %c_0,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3:2 = func.call @closed_call(%iterArg, %iterArg_4) : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %4 = stablehlo.broadcast_in_dim %3#1, dims = [] : (tensor<f32>) -> tensor<1xf32>
      %5 = stablehlo.dynamic_update_slice %iterArg_5, %4, %iterArg_3 : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
      %6 = stablehlo.add %iterArg_3, %c : tensor<i32>
      stablehlo.return %iterArg, %6, %3#0, %5 : tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>
    }
    %2:5 = stablehlo.while(%iterArg = %1#3, %iterArg_3 = %arg0, %iterArg_4 = %c_1, %iterArg_5 = %cst_2, %iterArg_6 = %cst) : tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>
    cond {
      %3 = stablehlo.compare  LT, %iterArg_4, %c_0,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3 = stablehlo.subtract %c_0, %iterArg_4 : tensor<i32>
      %4 = stablehlo.subtract %3, %c : tensor<i32>
      %5 = stablehlo.dynamic_slice %iterArg, %4, sizes = [1] : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
      %6 = stablehlo.reshape %5 : (tensor<1xf32>) -> tensor<f32>
      %7:2 = func.call @closed_call_3(%iterArg_3, %iterArg_5, %iterArg_6, %6) : (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %8 = stablehlo.add %iterArg_4, %c : tensor<i32>
      stablehlo.return %iterArg, %iterArg_3, %8, %7#0, %7#1 : tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>
    }
    return %2#3 : tensor<f32>
  }
  func.func private @closed_call(%arg0: tensor<f32>, %arg1: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.multiply %0, %arg0 : tensor<f32>
    return %1, %0 : tensor<f32>, tensor<f32>
  }
  func.func private @closed_call_3(%arg0: tensor<f32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
    %0 = stablehlo.multiply %arg3, %arg2 : tensor<f32>
    %1 = stablehlo.add %arg1, %0 : tensor<f32>
    %2 = stablehlo.multiply %arg2, %arg0 : tensor<f32>
    return %1, %2 : tensor<f32>, tensor<f32>
  }
}
