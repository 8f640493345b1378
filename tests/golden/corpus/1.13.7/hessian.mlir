module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3x3xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %1 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %3 = stablehlo.add %0, %2 : tensor<3x3xi32>
    %4 = stablehlo.compare  EQ, %3, %1,  SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
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
    %20 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %21 = stablehlo.multiply %20, %arg0 : tensor<3xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %24 = stablehlo.multiply %7, %23 : tensor<3x3xf32>
    %25 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %26 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %27 = stablehlo.multiply %26, %25 : tensor<3xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %30 = stablehlo.multiply %7, %29 : tensor<3x3xf32>
    %31 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %32 = stablehlo.multiply %31, %arg0 : tensor<3xf32>
    %33 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %34 = stablehlo.multiply %33, %30 : tensor<3x3xf32>
    %35 = stablehlo.iota dim = 0 : tensor<1x1xi32>
    %36 = stablehlo.iota dim = 1 : tensor<1x1xi32>
    %37 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x1xi32>
    %38 = stablehlo.add %35, %37 : tensor<1x1xi32>
    %39 = stablehlo.compare  EQ, %38, %36,  SIGNED : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %40 = stablehlo.convert %39 : (tensor<1x1xi1>) -> tensor<1x1xf32>
    %41 = stablehlo.slice %40 [0:1, 0:1] : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x1xf32>) -> tensor<1xf32>
    %43 = stablehlo.convert %42 : tensor<1xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0] : (tensor<1xf32>) -> tensor<1x3xf32>
    %45 = stablehlo.broadcast_in_dim %8, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %46 = stablehlo.broadcast_in_dim %12, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %47 = stablehlo.multiply %45, %44 : tensor<1x3xf32>
    %48 = stablehlo.broadcast_in_dim %44, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %50 = stablehlo.multiply %46, %49 : tensor<3x1x3xf32>
    %51 = stablehlo.broadcast_in_dim %19, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %52 = stablehlo.broadcast_in_dim %24, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %53 = stablehlo.multiply %44, %51 : tensor<1x3xf32>
    %54 = stablehlo.broadcast_in_dim %44, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %56 = stablehlo.multiply %55, %52 : tensor<3x1x3xf32>
    %57 = stablehlo.broadcast_in_dim %32, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %58 = stablehlo.broadcast_in_dim %34, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %59 = stablehlo.broadcast_in_dim %57, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %61 = stablehlo.multiply %50, %60 : tensor<3x1x3xf32>
    %62 = stablehlo.broadcast_in_dim %47, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %64 = stablehlo.multiply %63, %58 : tensor<3x1x3xf32>
    %65 = stablehlo.add %61, %64 : tensor<3x1x3xf32>
    %66 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %67 = stablehlo.broadcast_in_dim %18, dims = [0, 2] : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %68 = stablehlo.broadcast_in_dim %66, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %70 = stablehlo.multiply %56, %69 : tensor<3x1x3xf32>
    %71 = stablehlo.broadcast_in_dim %53, dims = [1, 2] : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
    %72 = stablehlo.broadcast_in_dim %71, dims = [0, 1, 2] : (tensor<1x1x3xf32>) -> tensor<3x1x3xf32>
    %73 = stablehlo.multiply %72, %67 : tensor<3x1x3xf32>
    %74 = stablehlo.add %70, %73 : tensor<3x1x3xf32>
    %75 = stablehlo.add %65, %74 : tensor<3x1x3xf32>
    %76 = stablehlo.slice %75 [0:3, 0:1, 0:3] : (tensor<3x1x3xf32>) -> tensor<3x1x3xf32>
    %77 = stablehlo.reshape %76 : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %78 = stablehlo.transpose %77, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %79 = stablehlo.slice %78 [0:3, 0:3] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %79 : tensor<3x3xf32>
  }
}
