module @jit_bessel_i0e attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.804490387> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.00336911646> : tensor<f32>
    %cst_2 = stablehlo.constant dense<6.88975852E-5> : tensor<f32>
    %cst_3 = stablehlo.constant dense<2.89137051E-6> : tensor<f32>
    %cst_4 = stablehlo.constant dense<2.04891862E-7> : tensor<f32>
    %cst_5 = stablehlo.constant dense<2.26666899E-8> : tensor<f32>
    %cst_6 = stablehlo.constant dense<3.39623196E-9> : tensor<f32>
    %cst_7 = stablehlo.constant dense<0.676795303> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-0.304682672> : tensor<f32>
    %cst_9 = stablehlo.constant dense<0.171620905> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-9.490110e-02> : tensor<f32>
    %cst_11 = stablehlo.constant dense<0.0493052825> : tensor<f32>
    %cst_12 = stablehlo.constant dense<-0.0237374157> : tensor<f32>
    %cst_13 = stablehlo.constant dense<0.0105464607> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.324310e-03> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.00163947558> : tensor<f32>
    %cst_16 = stablehlo.constant dense<-5.76375576E-4> : tensor<f32>
    %cst_17 = stablehlo.constant dense<1.88502891E-4> : tensor<f32>
    %cst_18 = stablehlo.constant dense<-5.75419508E-5> : tensor<f32>
    %cst_19 = stablehlo.constant dense<1.64484482E-5> : tensor<f32>
    %cst_20 = stablehlo.constant dense<-4.41673819E-6> : tensor<f32>
    %cst_21 = stablehlo.constant dense<1.11738757E-6> : tensor<f32>
    %cst_22 = stablehlo.constant dense<-2.67079372E-7> : tensor<f32>
    %cst_23 = stablehlo.constant dense<6.04699508E-8> : tensor<f32>
    %cst_24 = stablehlo.constant dense<-1.30002498E-8> : tensor<f32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_26 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %cst_27 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_28 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %0 = stablehlo.abs %arg0 : tensor<4x8xf32>
    %1 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %2 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %3 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %4 = stablehlo.multiply %1, %0 : tensor<4x8xf32>
    %5 = stablehlo.subtract %4, %2 : tensor<4x8xf32>
    %6 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %7 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %8 = stablehlo.multiply %5, %6 : tensor<4x8xf32>
    %9 = stablehlo.subtract %8, %7 : tensor<4x8xf32>
    %10 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %11 = stablehlo.add %9, %10 : tensor<4x8xf32>
    %12 = stablehlo.multiply %5, %11 : tensor<4x8xf32>
    %13 = stablehlo.subtract %12, %6 : tensor<4x8xf32>
    %14 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %15 = stablehlo.add %13, %14 : tensor<4x8xf32>
    %16 = stablehlo.multiply %5, %15 : tensor<4x8xf32>
    %17 = stablehlo.subtract %16, %11 : tensor<4x8xf32>
    %18 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %19 = stablehlo.add %17, %18 : tensor<4x8xf32>
    %20 = stablehlo.multiply %5, %19 : tensor<4x8xf32>
    %21 = stablehlo.subtract %20, %15 : tensor<4x8xf32>
    %22 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %23 = stablehlo.add %21, %22 : tensor<4x8xf32>
    %24 = stablehlo.multiply %5, %23 : tensor<4x8xf32>
    %25 = stablehlo.subtract %24, %19 : tensor<4x8xf32>
    %26 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %27 = stablehlo.add %25, %26 : tensor<4x8xf32>
    %28 = stablehlo.multiply %5, %27 : tensor<4x8xf32>
    %29 = stablehlo.subtract %28, %23 : tensor<4x8xf32>
    %30 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %31 = stablehlo.add %29, %30 : tensor<4x8xf32>
    %32 = stablehlo.multiply %5, %31 : tensor<4x8xf32>
    %33 = stablehlo.subtract %32, %27 : tensor<4x8xf32>
    %34 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %35 = stablehlo.add %33, %34 : tensor<4x8xf32>
    %36 = stablehlo.multiply %5, %35 : tensor<4x8xf32>
    %37 = stablehlo.subtract %36, %31 : tensor<4x8xf32>
    %38 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %39 = stablehlo.add %37, %38 : tensor<4x8xf32>
    %40 = stablehlo.multiply %5, %39 : tensor<4x8xf32>
    %41 = stablehlo.subtract %40, %35 : tensor<4x8xf32>
    %42 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %43 = stablehlo.add %41, %42 : tensor<4x8xf32>
    %44 = stablehlo.multiply %5, %43 : tensor<4x8xf32>
    %45 = stablehlo.subtract %44, %39 : tensor<4x8xf32>
    %46 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %47 = stablehlo.add %45, %46 : tensor<4x8xf32>
    %48 = stablehlo.multiply %5, %47 : tensor<4x8xf32>
    %49 = stablehlo.subtract %48, %43 : tensor<4x8xf32>
    %50 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %51 = stablehlo.add %49, %50 : tensor<4x8xf32>
    %52 = stablehlo.multiply %5, %51 : tensor<4x8xf32>
    %53 = stablehlo.subtract %52, %47 : tensor<4x8xf32>
    %54 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %55 = stablehlo.add %53, %54 : tensor<4x8xf32>
    %56 = stablehlo.multiply %5, %55 : tensor<4x8xf32>
    %57 = stablehlo.subtract %56, %51 : tensor<4x8xf32>
    %58 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %59 = stablehlo.add %57, %58 : tensor<4x8xf32>
    %60 = stablehlo.multiply %5, %59 : tensor<4x8xf32>
    %61 = stablehlo.subtract %60, %55 : tensor<4x8xf32>
    %62 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %63 = stablehlo.add %61, %62 : tensor<4x8xf32>
    %64 = stablehlo.multiply %5, %63 : tensor<4x8xf32>
    %65 = stablehlo.subtract %64, %59 : tensor<4x8xf32>
    %66 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %67 = stablehlo.add %65, %66 : tensor<4x8xf32>
    %68 = stablehlo.multiply %5, %67 : tensor<4x8xf32>
    %69 = stablehlo.subtract %68, %63 : tensor<4x8xf32>
    %70 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %71 = stablehlo.add %69, %70 : tensor<4x8xf32>
    %72 = stablehlo.multiply %5, %71 : tensor<4x8xf32>
    %73 = stablehlo.subtract %72, %67 : tensor<4x8xf32>
    %74 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %75 = stablehlo.add %73, %74 : tensor<4x8xf32>
    %76 = stablehlo.multiply %5, %75 : tensor<4x8xf32>
    %77 = stablehlo.subtract %76, %71 : tensor<4x8xf32>
    %78 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %79 = stablehlo.add %77, %78 : tensor<4x8xf32>
    %80 = stablehlo.subtract %79, %71 : tensor<4x8xf32>
    %81 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %82 = stablehlo.multiply %81, %80 : tensor<4x8xf32>
    %83 = stablehlo.divide %3, %0 : tensor<4x8xf32>
    %84 = stablehlo.subtract %83, %2 : tensor<4x8xf32>
    %85 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %86 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %87 = stablehlo.multiply %84, %85 : tensor<4x8xf32>
    %88 = stablehlo.subtract %87, %86 : tensor<4x8xf32>
    %89 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %90 = stablehlo.add %88, %89 : tensor<4x8xf32>
    %91 = stablehlo.multiply %84, %90 : tensor<4x8xf32>
    %92 = stablehlo.subtract %91, %85 : tensor<4x8xf32>
    %93 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %94 = stablehlo.add %92, %93 : tensor<4x8xf32>
    %95 = stablehlo.multiply %84, %94 : tensor<4x8xf32>
    %96 = stablehlo.subtract %95, %90 : tensor<4x8xf32>
    %97 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %98 = stablehlo.add %96, %97 : tensor<4x8xf32>
    %99 = stablehlo.multiply %84, %98 : tensor<4x8xf32>
    %100 = stablehlo.subtract %99, %94 : tensor<4x8xf32>
    %101 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %102 = stablehlo.add %100, %101 : tensor<4x8xf32>
    %103 = stablehlo.multiply %84, %102 : tensor<4x8xf32>
    %104 = stablehlo.subtract %103, %98 : tensor<4x8xf32>
    %105 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %106 = stablehlo.add %104, %105 : tensor<4x8xf32>
    %107 = stablehlo.multiply %84, %106 : tensor<4x8xf32>
    %108 = stablehlo.subtract %107, %102 : tensor<4x8xf32>
    %109 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %110 = stablehlo.add %108, %109 : tensor<4x8xf32>
    %111 = stablehlo.multiply %84, %110 : tensor<4x8xf32>
    %112 = stablehlo.subtract %111, %106 : tensor<4x8xf32>
    %113 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %114 = stablehlo.add %112, %113 : tensor<4x8xf32>
    %115 = stablehlo.subtract %114, %106 : tensor<4x8xf32>
    %116 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %117 = stablehlo.multiply %116, %115 : tensor<4x8xf32>
    %118 = stablehlo.sqrt %0 : tensor<4x8xf32>
    %119 = stablehlo.divide %117, %118 : tensor<4x8xf32>
    %120 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %121 = stablehlo.compare LE, %0, %120, FLOAT : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %122 = stablehlo.select %121, %82, %119 : tensor<4x8xi1>, tensor<4x8xf32>
    return %122 : tensor<4x8xf32>
  }
}
