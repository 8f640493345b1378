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
    %7 = stablehlo.convert %6 : tensor<3x3xf32>
    %8 = stablehlo.sine %arg0 : tensor<3xf32>
    %9 = stablehlo.cosine %arg0 : tensor<3xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %12 = stablehlo.multiply %7, %11 : tensor<3x3xf32>
    %13 = stablehlo.cosine %arg0 : tensor<3xf32>
    %14 = stablehlo.sine %arg0 : tensor<3xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %17 = stablehlo.multiply %7, %16 : tensor<3x3xf32>
    %18 = stablehlo.negate %17 : tensor<3x3xf32>
    %19 = stablehlo.multiply %arg0, %arg0 : tensor<3xf32>
    %20 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %21 = stablehlo.multiply %20, %arg0 : tensor<3xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %24 = stablehlo.multiply %7, %23 : tensor<3x3xf32>
    %25 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %26 = stablehlo.multiply %25, %arg0 : tensor<3xf32>
    %27 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %28 = stablehlo.multiply %27, %7 : tensor<3x3xf32>
    %29 = stablehlo.iota dim = 0 : tensor<1x1xi32>
    %30 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %31 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %32 = stablehlo.add %29, %31 : tensor<1x1xi32>
    %33 = stablehlo.compare EQ, %32, %30, SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %34 = stablehlo.convert %33 : (tensor<1x1xi1>) -> tensor<1x1xf32>
    %35 = stablehlo.slice %34 [0:1, 0:1] : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x1xf32>) -> tensor<1xf32>
    %37 = stablehlo.convert %36 : tensor<1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0] : (tensor<1xf32>) -> tensor<1x3xf32>
    %39 = stablehlo.broadcast_in_dim %8, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %40 = stablehlo.broadcast_in_dim %12, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %41 = stablehlo.multiply %39, %38 : tensor<1x3xf32>
    %42 = stablehlo.broadcast_in_dim %38, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %44 = stablehlo.multiply %40, %43 : tensor<3x1x3xf32>
    %45 = stablehlo.broadcast_in_dim %19, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %46 = stablehlo.broadcast_in_dim %24, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %47 = stablehlo.multiply %38, %45 : tensor<1x3xf32>
    %48 = stablehlo.broadcast_in_dim %38, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %50 = stablehlo.multiply %49, %46 : tensor<3x1x3xf32>
    %51 = stablehlo.broadcast_in_dim %26, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %52 = stablehlo.broadcast_in_dim %28, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %53 = stablehlo.broadcast_in_dim %51, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %55 = stablehlo.multiply %44, %54 : tensor<3x1x3xf32>
    %56 = stablehlo.broadcast_in_dim %41, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %58 = stablehlo.multiply %57, %52 : tensor<3x1x3xf32>
    %59 = stablehlo.add %55, %58 : tensor<3x1x3xf32>
    %60 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %61 = stablehlo.broadcast_in_dim %18, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %62 = stablehlo.broadcast_in_dim %60, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %64 = stablehlo.multiply %50, %63 : tensor<3x1x3xf32>
    %65 = stablehlo.broadcast_in_dim %47, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %67 = stablehlo.multiply %66, %61 : tensor<3x1x3xf32>
    %68 = stablehlo.add %64, %67 : tensor<3x1x3xf32>
    %69 = stablehlo.add %59, %68 : tensor<3x1x3xf32>
    %70 = stablehlo.slice %69 [0:3, 0:1, 0:3] : (tensor<3x1x3xf32>) -> tensor<3x1x3xf32>
    %71 = stablehlo.reshape %70 : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %72 = stablehlo.transpose %71, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %73 = stablehlo.slice %72 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %73 : tensor<3x3xf32>
  }
}
