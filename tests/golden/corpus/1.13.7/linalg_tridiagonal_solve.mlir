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
    %29:4 = call @closed_call(%4, %10, %22, %24, %26, %28) : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %30 = stablehlo.slice %15 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %31 = stablehlo.reshape %30 : (tensor<1xf32>) -> tensor<f32>
    %32 = stablehlo.slice %16 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %33 = stablehlo.reshape %32 : (tensor<1xf32>) -> tensor<f32>
    %34 = stablehlo.slice %17 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %35 = stablehlo.reshape %34 : (tensor<1xf32>) -> tensor<f32>
    %36 = stablehlo.slice %18 [1:2, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1xf32>) -> tensor<1xf32>
    %38:4 = call @closed_call(%29#0, %29#1, %31, %33, %35, %37) : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %39 = stablehlo.slice %15 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %40 = stablehlo.reshape %39 : (tensor<1xf32>) -> tensor<f32>
    %41 = stablehlo.slice %16 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %42 = stablehlo.reshape %41 : (tensor<1xf32>) -> tensor<f32>
    %43 = stablehlo.slice %17 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %44 = stablehlo.reshape %43 : (tensor<1xf32>) -> tensor<f32>
    %45 = stablehlo.slice %18 [2:3, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x1xf32>) -> tensor<1xf32>
    %47:4 = call @closed_call(%38#0, %38#1, %40, %42, %44, %46) : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %48 = stablehlo.broadcast_in_dim %29#2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %49 = stablehlo.broadcast_in_dim %38#2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %50 = stablehlo.broadcast_in_dim %47#2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %51 = stablehlo.concatenate %48, %49, %50, dim = 0 : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3xf32>
    %52 = stablehlo.broadcast_in_dim %29#3, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %53 = stablehlo.broadcast_in_dim %38#3, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %54 = stablehlo.broadcast_in_dim %47#3, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %55 = stablehlo.concatenate %52, %53, %54, dim = 0 : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %56 = stablehlo.concatenate %19, %51, dim = 0 : (tensor<0xf32>, tensor<3xf32>) -> tensor<3xf32>
    %57 = stablehlo.concatenate %20, %55, dim = 0 : (tensor<0x1xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>
    %58 = stablehlo.slice %56 [0:3] : (tensor<3xf32>) -> tensor<3xf32>
    %59 = stablehlo.slice %57 [0:3, 0:1] : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %60 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<0x1xf32>
    %61 = stablehlo.slice %58 [2:3] : (tensor<3xf32>) -> tensor<1xf32>
    %62 = stablehlo.reshape %61 : (tensor<1xf32>) -> tensor<f32>
    %63 = stablehlo.slice %59 [2:3, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x1xf32>) -> tensor<1xf32>
    %65:2 = call @closed_call_26(%47#1, %62, %64) : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %66 = stablehlo.slice %58 [1:2] : (tensor<3xf32>) -> tensor<1xf32>
    %67 = stablehlo.reshape %66 : (tensor<1xf32>) -> tensor<f32>
    %68 = stablehlo.slice %59 [1:2, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1xf32>) -> tensor<1xf32>
    %70:2 = call @closed_call_26(%65#0, %67, %69) : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %71 = stablehlo.slice %58 [0:1] : (tensor<3xf32>) -> tensor<1xf32>
    %72 = stablehlo.reshape %71 : (tensor<1xf32>) -> tensor<f32>
    %73 = stablehlo.slice %59 [0:1, 0:1] : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x1xf32>) -> tensor<1xf32>
    %75:2 = call @closed_call_26(%70#0, %72, %74) : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %76 = stablehlo.broadcast_in_dim %75#1, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %77 = stablehlo.broadcast_in_dim %70#1, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %78 = stablehlo.broadcast_in_dim %65#1, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %79 = stablehlo.concatenate %76, %77, %78, dim = 0 : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %80 = stablehlo.concatenate %79, %60, dim = 0 : (tensor<3x1xf32>, tensor<0x1xf32>) -> tensor<3x1xf32>
    %81 = stablehlo.broadcast_in_dim %75#0, dims = [1] : (tensor<1xf32>) -> tensor<1x1xf32>
    %82 = stablehlo.concatenate %81, %80, dim = 0 : (tensor<1x1xf32>, tensor<3x1xf32>) -> tensor<4x1xf32>
    return %82 : tensor<4x1xf32>
  }
  func.func private @closed_call(%arg0: tensor<f32>, %arg1: tensor<1xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>, %arg4: tensor<f32>, %arg5: tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>) {
    %0 = stablehlo.multiply %arg2, %arg0 : tensor<f32>
    %1 = stablehlo.subtract %arg3, %0 : tensor<f32>
    %2 = stablehlo.divide %arg4, %1 : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %4 = stablehlo.multiply %3, %arg1 : tensor<1xf32>
    %5 = stablehlo.subtract %arg5, %4 : tensor<1xf32>
    %6 = stablehlo.multiply %arg2, %arg0 : tensor<f32>
    %7 = stablehlo.subtract %arg3, %6 : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %9 = stablehlo.divide %5, %8 : tensor<1xf32>
    return %2, %9, %arg0, %arg1 : tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>
  }
  func.func private @closed_call_26(%arg0: tensor<1xf32>, %arg1: tensor<f32>, %arg2: tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.multiply %0, %arg0 : tensor<1xf32>
    %2 = stablehlo.subtract %arg2, %1 : tensor<1xf32>
    return %2, %arg0 : tensor<1xf32>, tensor<1xf32>
  }
}
