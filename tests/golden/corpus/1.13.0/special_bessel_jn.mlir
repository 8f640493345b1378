module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>) -> (tensor<3x8xf32> {jax.result_info = "result"}) {
    %0 = call @bessel_jn(%arg0) : (tensor<8xf32>) -> tensor<3x8xf32>
    return %0 : tensor<3x8xf32>
  }
  func.func private @bessel_jn(%arg0: tensor<8xf32>) -> tensor<3x8xf32> {
    %c = stablehlo.constant dense<2> : tensor<i32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %c_2 = stablehlo.constant dense<51> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %cst_4 = stablehlo.constant dense<1.000000e-16> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<51xf32>
    %1 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<51x8xf32>
    %5:7 = stablehlo.while(%iterArg = %0, %iterArg_6 = %arg0, %iterArg_7 = %c_3, %iterArg_8 = %1, %iterArg_9 = %2, %iterArg_10 = %3, %iterArg_11 = %4) : tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>
    cond {
      %16 = stablehlo.compare LT, %iterArg_7, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %16 : tensor<i1>
    } do {
      %16 = stablehlo.subtract %c_2, %iterArg_7 : tensor<i32>
      %17 = stablehlo.subtract %16, %c_1 : tensor<i32>
      %18 = func.call @dynamic_index_in_dim(%iterArg, %17) : (tensor<51xf32>, tensor<i32>) -> tensor<f32>
      %19 = stablehlo.add %18, %cst_0 : tensor<f32>
      %20 = stablehlo.multiply %cst, %19 : tensor<f32>
      %21 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %22 = stablehlo.multiply %21, %iterArg_9 : tensor<8xf32>
      %23 = stablehlo.divide %22, %iterArg_6 : tensor<8xf32>
      %24 = stablehlo.subtract %23, %iterArg_8 : tensor<8xf32>
      %25 = func.call @remainder(%18, %c) : (tensor<f32>, tensor<i32>) -> tensor<f32>
      %26 = stablehlo.compare EQ, %25, %cst_5, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %27 = stablehlo.convert %26 : (tensor<i1>) -> tensor<i32>
      %28 = "stablehlo.case"(%27) ({
        stablehlo.return %iterArg_10 : tensor<8xf32>
      }, {
        %31 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
        %32 = stablehlo.multiply %31, %24 : tensor<8xf32>
        %33 = stablehlo.add %iterArg_10, %32 : tensor<8xf32>
        stablehlo.return %33 : tensor<8xf32>
      }) : (tensor<i32>) -> tensor<8xf32>
      %29 = func.call @dynamic_update_index_in_dim(%iterArg_11, %24, %17) : (tensor<51x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<51x8xf32>
      %30 = stablehlo.add %iterArg_7, %c_1 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_6, %30, %iterArg_9, %24, %28, %29 : tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>
    }
    %6 = stablehlo.slice %5#6 [0:1, 0:8] : (tensor<51x8xf32>) -> tensor<1x8xf32>
    %7 = stablehlo.transpose %6, dims = [1, 0] : (tensor<1x8xf32>) -> tensor<8x1xf32>
    %8 = stablehlo.reshape %7 : (tensor<8x1xf32>) -> tensor<8xf32>
    %9 = stablehlo.slice %5#6 [0:3, 0:8] : (tensor<51x8xf32>) -> tensor<3x8xf32>
    %10 = stablehlo.subtract %5#5, %8 : tensor<8xf32>
    %11 = stablehlo.transpose %9, dims = [1, 0] : (tensor<3x8xf32>) -> tensor<8x3xf32>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0] : (tensor<8xf32>) -> tensor<8x1xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x3xf32>
    %14 = stablehlo.divide %11, %13 : tensor<8x3xf32>
    %15 = stablehlo.transpose %14, dims = [1, 0] : (tensor<8x3xf32>) -> tensor<3x8xf32>
    return %15 : tensor<3x8xf32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<51xf32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<51xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    return %1 : tensor<f32>
  }
  func.func private @remainder(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %3 = stablehlo.compare LT, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %4 = stablehlo.compare LT, %0, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<51x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>) -> tensor<51x8xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c : (tensor<51x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<51x8xf32>
    return %1 : tensor<51x8xf32>
  }
}
