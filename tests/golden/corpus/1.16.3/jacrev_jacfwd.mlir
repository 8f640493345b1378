module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3x3xf32> {jax.result_info = "result[0]"}, tensor<3x3xf32> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = stablehlo.tanh %arg0 : tensor<3xf32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %2 = stablehlo.add %1, %0 : tensor<3xf32>
    %3 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %4 = stablehlo.subtract %3, %0 : tensor<3xf32>
    %5 = stablehlo.multiply %2, %4 : tensor<3xf32>
    %6 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %7 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %9 = stablehlo.add %6, %8 : tensor<3x3xi32>
    %10 = stablehlo.compare EQ, %9, %7, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %11 = stablehlo.convert %10 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %12 = stablehlo.slice %11 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %13 = stablehlo.broadcast_in_dim %5, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<3x3xf32>
    %16 = stablehlo.slice %15 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %17 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %18 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %19 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %20 = stablehlo.add %17, %19 : tensor<3x3xi32>
    %21 = stablehlo.compare EQ, %20, %18, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %22 = stablehlo.convert %21 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %23 = stablehlo.slice %22 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %24 = stablehlo.exponential %arg0 : tensor<3xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %27 = stablehlo.multiply %23, %26 : tensor<3x3xf32>
    %28 = stablehlo.transpose %27, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %29 = stablehlo.slice %28 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %16, %29 : tensor<3x3xf32>, tensor<3x3xf32>
  }
}
