module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<4xf32>, %arg3: tensor<4x1xf32>) -> (tensor<4x1xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.slice %arg2 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    %2 = stablehlo.slice %arg1 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %3 = stablehlo.reshape %2 : (tensor<1xf32>) -> tensor<f32>
    %4 = stablehlo.divide %1, %3 : tensor<f32>
    %5 = stablehlo.slice %arg3 [0:1, 0:1] : (tensor<4x1xf32>) -> tensor<1x1xf32>
    %6 = stablehlo.reshape %5 : (tensor<1x1xf32>) -> tensor<1xf32>
    %7 = stablehlo.slice %arg1 [0:1] : (tensor<4xf32>) -> tensor<1xf32>
    %8 = stablehlo.reshape %7 : (tensor<1xf32>) -> tensor<f32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %10 = stablehlo.divide %6, %9 : tensor<1xf32>
    %11 = stablehlo.slice %arg0 [1:4] : (tensor<4xf32>) -> tensor<3xf32>
    %12 = stablehlo.slice %arg1 [1:4] : (tensor<4xf32>) -> tensor<3xf32>
    %13 = stablehlo.slice %arg2 [1:4] : (tensor<4xf32>) -> tensor<3xf32>
    %14 = stablehlo.slice %arg3 [1:4, 0:1] : (tensor<4x1xf32>) -> tensor<3x1xf32>
    %15 = stablehlo.slice %11 [0:3] : (tensor<3xf32>) -> tensor<3xf32>
    %16 = stablehlo.slice %12 [0:3] : (tensor<3xf32>) -> tensor<3xf32>
    %17 = stablehlo.slice %13 [0:3] : (tensor<3xf32>) -> tensor<3xf32>
    %18 = stablehlo.slice %14 [0:3, 0:1] : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %19 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<0xf32>
    %20 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<0x1xf32>
    %21 = stablehlo.slice %15 [0:1] : (tensor<3xf32>) -> tensor<1xf32>
    %22 = stablehlo.reshape %21 : (tensor<1xf32>) -> tensor<f32>
    %23 = stablehlo.slice %16 [0:1] : (tensor<3xf32>) -> tensor<1xf32>
    %24 = stablehlo.reshape %23 : (tensor<1xf32>) -> tensor<f32>
    %25 = stablehlo.slice %17 [0:1] : (tensor<3xf32>) -> tensor<1xf32>
    %26 = stablehlo.reshape %25 : (tensor<1xf32>) -> tensor<f32>
    %27 = stablehlo.slice %18 [0:1, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1xf32>) -> tensor<1xf32>
    %29 = stablehlo.multiply %22, %4 : tensor<f32>
    %30 = stablehlo.subtract %24, %29 : tensor<f32>
    %31 = stablehlo.divide %26, %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %33 = stablehlo.multiply %32, %10 : tensor<1xf32>
    %34 = stablehlo.subtract %28, %33 : tensor<1xf32>
    %35 = stablehlo.multiply %22, %4 : tensor<f32>
    %36 = stablehlo.subtract %24, %35 : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %38 = stablehlo.divide %34, %37 : tensor<1xf32>
    %39 = stablehlo.slice %15 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %40 = stablehlo.reshape %39 : (tensor<1xf32>) -> tensor<f32>
    %41 = stablehlo.slice %16 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %42 = stablehlo.reshape %41 : (tensor<1xf32>) -> tensor<f32>
    %43 = stablehlo.slice %17 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %44 = stablehlo.reshape %43 : (tensor<1xf32>) -> tensor<f32>
    %45 = stablehlo.slice %18 [1:2, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x1xf32>) -> tensor<1xf32>
    %47 = stablehlo.multiply %40, %31 : tensor<f32>
    %48 = stablehlo.subtract %42, %47 : tensor<f32>
    %49 = stablehlo.divide %44, %48 : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %51 = stablehlo.multiply %50, %38 : tensor<1xf32>
    %52 = stablehlo.subtract %46, %51 : tensor<1xf32>
    %53 = stablehlo.multiply %40, %31 : tensor<f32>
    %54 = stablehlo.subtract %42, %53 : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %56 = stablehlo.divide %52, %55 : tensor<1xf32>
    %57 = stablehlo.slice %15 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %58 = stablehlo.reshape %57 : (tensor<1xf32>) -> tensor<f32>
    %59 = stablehlo.slice %16 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %60 = stablehlo.reshape %59 : (tensor<1xf32>) -> tensor<f32>
    %61 = stablehlo.slice %18 [2:3, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x1xf32>) -> tensor<1xf32>
    %63 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %64 = stablehlo.multiply %63, %56 : tensor<1xf32>
    %65 = stablehlo.subtract %62, %64 : tensor<1xf32>
    %66 = stablehlo.multiply %58, %49 : tensor<f32>
    %67 = stablehlo.subtract %60, %66 : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %69 = stablehlo.divide %65, %68 : tensor<1xf32>
    %70 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %71 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %72 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %73 = stablehlo.concatenate %70, %71, %72, dim = 0 : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3xf32>
    %74 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %75 = stablehlo.broadcast_in_dim %38, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %76 = stablehlo.broadcast_in_dim %56, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %77 = stablehlo.concatenate %74, %75, %76, dim = 0 : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %78 = stablehlo.concatenate %19, %73, dim = 0 : (tensor<0xf32>, tensor<3xf32>) -> tensor<3xf32>
    %79 = stablehlo.concatenate %20, %77, dim = 0 : (tensor<0x1xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>
    %80 = stablehlo.slice %78 [0:3] : (tensor<3xf32>) -> tensor<3xf32>
    %81 = stablehlo.slice %79 [0:3, 0:1] : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %82 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<0x1xf32>
    %83 = stablehlo.slice %80 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %84 = stablehlo.reshape %83 : (tensor<1xf32>) -> tensor<f32>
    %85 = stablehlo.slice %81 [2:3, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x1xf32>) -> tensor<1xf32>
    %87 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %88 = stablehlo.multiply %87, %69 : tensor<1xf32>
    %89 = stablehlo.subtract %86, %88 : tensor<1xf32>
    %90 = stablehlo.slice %80 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %91 = stablehlo.reshape %90 : (tensor<1xf32>) -> tensor<f32>
    %92 = stablehlo.slice %81 [1:2, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x1xf32>) -> tensor<1xf32>
    %94 = stablehlo.broadcast_in_dim %91, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %95 = stablehlo.multiply %94, %89 : tensor<1xf32>
    %96 = stablehlo.subtract %93, %95 : tensor<1xf32>
    %97 = stablehlo.slice %80 [0:1] : (tensor<3xf32>) -> tensor<1xf32>
    %98 = stablehlo.reshape %97 : (tensor<1xf32>) -> tensor<f32>
    %99 = stablehlo.slice %81 [0:1, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x1xf32>) -> tensor<1xf32>
    %101 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %102 = stablehlo.multiply %101, %96 : tensor<1xf32>
    %103 = stablehlo.subtract %100, %102 : tensor<1xf32>
    %104 = stablehlo.broadcast_in_dim %96, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %105 = stablehlo.broadcast_in_dim %89, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %106 = stablehlo.broadcast_in_dim %69, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %107 = stablehlo.concatenate %104, %105, %106, dim = 0 : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %108 = stablehlo.concatenate %107, %82, dim = 0 : (tensor<3x1xf32>, tensor<0x1xf32>) -> tensor<3x1xf32>
    %109 = stablehlo.broadcast_in_dim %103, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %110 = stablehlo.concatenate %109, %108, dim = 0 : (tensor<1x1xf32>, tensor<3x1xf32>) -> tensor<4x1xf32>
    return %110 : tensor<4x1xf32>
  }
}
