module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3x3xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %1 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %3 = stablehlo.add %0, %2 : tensor<3x3xi32>
    %4 = stablehlo.compare EQ, %3, %1, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %5 = stablehlo.convert %4 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %6 = stablehlo.slice %5 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %7 = stablehlo.sine %arg0 : tensor<3xf32>
    %8 = stablehlo.cosine %arg0 : tensor<3xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %11 = stablehlo.multiply %6, %10 : tensor<3x3xf32>
    %12 = stablehlo.cosine %arg0 : tensor<3xf32>
    %13 = stablehlo.sine %arg0 : tensor<3xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %16 = stablehlo.multiply %6, %15 : tensor<3x3xf32>
    %17 = stablehlo.negate %16 : tensor<3x3xf32>
    %18 = stablehlo.multiply %arg0, %arg0 : tensor<3xf32>
    %19 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %20 = stablehlo.multiply %19, %arg0 : tensor<3xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %23 = stablehlo.multiply %6, %22 : tensor<3x3xf32>
    %24 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %25 = stablehlo.multiply %24, %arg0 : tensor<3xf32>
    %26 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %27 = stablehlo.multiply %26, %6 : tensor<3x3xf32>
    %28 = stablehlo.iota dim = 0 : tensor<1x1xi32>
    %29 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %30 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %31 = stablehlo.add %28, %30 : tensor<1x1xi32>
    %32 = stablehlo.compare EQ, %31, %29, SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %33 = stablehlo.convert %32 : (tensor<1x1xi1>) -> tensor<1x1xf32>
    %34 = stablehlo.slice %33 [0:1, 0:1] : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x1xf32>) -> tensor<1xf32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0] : (tensor<1xf32>) -> tensor<1x3xf32>
    %37 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %38 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %39 = stablehlo.multiply %37, %36 : tensor<1x3xf32>
    %40 = stablehlo.broadcast_in_dim %36, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %42 = stablehlo.multiply %38, %41 : tensor<3x1x3xf32>
    %43 = stablehlo.broadcast_in_dim %18, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %44 = stablehlo.broadcast_in_dim %23, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %45 = stablehlo.multiply %36, %43 : tensor<1x3xf32>
    %46 = stablehlo.broadcast_in_dim %36, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %48 = stablehlo.multiply %47, %44 : tensor<3x1x3xf32>
    %49 = stablehlo.broadcast_in_dim %25, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %50 = stablehlo.broadcast_in_dim %27, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %51 = stablehlo.broadcast_in_dim %49, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %53 = stablehlo.multiply %42, %52 : tensor<3x1x3xf32>
    %54 = stablehlo.broadcast_in_dim %39, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %56 = stablehlo.multiply %55, %50 : tensor<3x1x3xf32>
    %57 = stablehlo.add %53, %56 : tensor<3x1x3xf32>
    %58 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %59 = stablehlo.broadcast_in_dim %17, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %60 = stablehlo.broadcast_in_dim %58, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %62 = stablehlo.multiply %48, %61 : tensor<3x1x3xf32>
    %63 = stablehlo.broadcast_in_dim %45, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %65 = stablehlo.multiply %64, %59 : tensor<3x1x3xf32>
    %66 = stablehlo.add %62, %65 : tensor<3x1x3xf32>
    %67 = stablehlo.add %57, %66 : tensor<3x1x3xf32>
    %68 = stablehlo.slice %67 [0:3, 0:1, 0:3] : (tensor<3x1x3xf32>) -> tensor<3x1x3xf32>
    %69 = stablehlo.reshape %68 : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %70 = stablehlo.transpose %69, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %71 = stablehlo.slice %70 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %71 : tensor<3x3xf32>
  }
}
