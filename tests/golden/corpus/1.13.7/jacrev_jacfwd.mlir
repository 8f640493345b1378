module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3x3xf32> {jax.result_info = "result[0]"}, tensor<3x3xf32> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = stablehlo.tanh %arg0 : tensor<3xf32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %2 = stablehlo.subtract %1, %0 : tensor<3xf32>
    %3 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %4 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %6 = stablehlo.add %3, %5 : tensor<3x3xi32>
    %7 = stablehlo.compare  EQ, %6, %4,  SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %8 = stablehlo.convert %7 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %9 = stablehlo.slice %8 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %10 = stablehlo.convert %9 : tensor<3x3xf32>
    %11 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %13 = stablehlo.multiply %10, %12 : tensor<3x3xf32>
    %14 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %16 = stablehlo.multiply %13, %15 : tensor<3x3xf32>
    %17 = stablehlo.add %13, %16 : tensor<3x3xf32>
    %18 = stablehlo.slice %17 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %19 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %20 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %21 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %22 = stablehlo.add %19, %21 : tensor<3x3xi32>
    %23 = stablehlo.compare  EQ, %22, %20,  SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %24 = stablehlo.convert %23 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %25 = stablehlo.slice %24 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %26 = stablehlo.convert %25 : tensor<3x3xf32>
    %27 = stablehlo.exponential %arg0 : tensor<3xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %30 = stablehlo.multiply %26, %29 : tensor<3x3xf32>
    %31 = stablehlo.transpose %30, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %32 = stablehlo.slice %31 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %18, %32 : tensor<3x3xf32>, tensor<3x3xf32>
  }
}
