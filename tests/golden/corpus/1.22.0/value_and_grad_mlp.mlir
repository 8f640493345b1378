module @jit__mlp attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<8x2xf32>, %arg3: tensor<3x4xf32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<8xf32> {jax.result_info = "result[1][0]['b1']"}, tensor<4x8xf32> {jax.result_info = "result[1][0]['w1']"}, tensor<8x2xf32> {jax.result_info = "result[1][0]['w2']"}, tensor<3x4xf32> {jax.result_info = "result[1][1]"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<6.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.dot_general %arg3, %arg1, contracting_dims = [1] x [0] : (tensor<3x4xf32>, tensor<4x8xf32>) -> tensor<3x8xf32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<3x8xf32>
    %3 = stablehlo.add %0, %2 : tensor<3x8xf32>
    %4 = call @relu(%3) : (tensor<3x8xf32>) -> tensor<3x8xf32>
    %5 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<3x8xf32>
    %6 = stablehlo.compare GT, %3, %5, FLOAT : (tensor<3x8xf32>, tensor<3x8xf32>) -> tensor<3x8xi1>
    %7 = stablehlo.dot_general %4, %arg2, contracting_dims = [1] x [0] : (tensor<3x8xf32>, tensor<8x2xf32>) -> tensor<3x2xf32>
    %8 = stablehlo.multiply %7, %7 : tensor<3x2xf32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<3x2xf32>
    %10 = stablehlo.multiply %9, %7 : tensor<3x2xf32>
    %11 = stablehlo.reduce(%8 init: %cst_2) applies stablehlo.add across dimensions = [0, 1] : (tensor<3x2xf32>, tensor<f32>) -> tensor<f32>
    %12 = stablehlo.divide %11, %cst_0 : tensor<f32>
    %13 = stablehlo.divide %cst, %cst_0 : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<3x2xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<3x2xf32>
    %16 = stablehlo.dot_general %15, %4, contracting_dims = [0] x [0] : (tensor<3x2xf32>, tensor<3x8xf32>) -> tensor<2x8xf32>
    %17 = stablehlo.transpose %16, dims = [1, 0] : (tensor<2x8xf32>) -> tensor<8x2xf32>
    %18 = stablehlo.dot_general %15, %arg2, contracting_dims = [1] x [1] : (tensor<3x2xf32>, tensor<8x2xf32>) -> tensor<3x8xf32>
    %19 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<3x8xf32>
    %20 = stablehlo.select %6, %18, %19 : tensor<3x8xi1>, tensor<3x8xf32>
    %21 = stablehlo.reduce(%20 init: %cst_2) applies stablehlo.add across dimensions = [0] : (tensor<3x8xf32>, tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.reshape %21 : (tensor<8xf32>) -> tensor<1x8xf32>
    %23 = stablehlo.reduce(%22 init: %cst_2) applies stablehlo.add across dimensions = [0] : (tensor<1x8xf32>, tensor<f32>) -> tensor<8xf32>
    %24 = stablehlo.dot_general %20, %arg3, contracting_dims = [0] x [0] : (tensor<3x8xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0] : (tensor<8x4xf32>) -> tensor<4x8xf32>
    %26 = stablehlo.dot_general %20, %arg1, contracting_dims = [1] x [1] : (tensor<3x8xf32>, tensor<4x8xf32>) -> tensor<3x4xf32>
    return %12, %23, %25, %17, %26 : tensor<f32>, tensor<8xf32>, tensor<4x8xf32>, tensor<8x2xf32>, tensor<3x4xf32>
  }
  func.func private @relu(%arg0: tensor<3x8xf32>) -> tensor<3x8xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x8xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<3x8xf32>
    return %1 : tensor<3x8xf32>
  }
}
