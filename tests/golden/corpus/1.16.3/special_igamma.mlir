module @jit_igamma attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.1920929E-7> : tensor<f32>
    %cst_1 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_2 = stablehlo.constant dense<2.000000e+03> : tensor<f32>
    %cst_3 = stablehlo.constant dense<3.40282347E+38> : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %0 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.or %0, %1 : tensor<8xi1>
    %3 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.compare EQ, %arg1, %3, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.compare EQ, %arg0, %5, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare EQ, %arg0, %7, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %10 = stablehlo.compare EQ, %arg1, %9, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %11 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.compare LT, %arg1, %11, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %14 = stablehlo.compare LT, %arg0, %13, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %15 = stablehlo.and %8, %10 : tensor<8xi1>
    %16 = stablehlo.and %6, %4 : tensor<8xi1>
    %17 = stablehlo.or %12, %14 : tensor<8xi1>
    %18 = stablehlo.or %17, %15 : tensor<8xi1>
    %19 = stablehlo.or %18, %16 : tensor<8xi1>
    %20 = stablehlo.or %19, %2 : tensor<8xi1>
    %21 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.compare GE, %arg1, %21, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %23 = stablehlo.compare GT, %arg1, %arg0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %24 = stablehlo.and %22, %23 : tensor<8xi1>
    %25 = stablehlo.log %arg1 : tensor<8xf32>
    %26 = stablehlo.multiply %arg0, %25 : tensor<8xf32>
    %27 = stablehlo.subtract %26, %arg1 : tensor<8xf32>
    %28 = call @lgamma_impl(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %29 = stablehlo.subtract %27, %28 : tensor<8xf32>
    %30 = stablehlo.log %cst_3 : tensor<f32>
    %31 = stablehlo.negate %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %33 = stablehlo.compare LT, %29, %32, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %34 = stablehlo.exponential %29 : tensor<8xf32>
    %35 = stablehlo.or %10, %20 : tensor<8xi1>
    %36 = stablehlo.or %35, %33 : tensor<8xi1>
    %37 = stablehlo.or %36, %4 : tensor<8xi1>
    %38 = stablehlo.or %37, %6 : tensor<8xi1>
    %39 = stablehlo.not %38 : tensor<8xi1>
    %40 = stablehlo.and %39, %24 : tensor<8xi1>
    %41 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %42 = stablehlo.subtract %41, %arg0 : tensor<8xf32>
    %43 = stablehlo.add %arg1, %42 : tensor<8xf32>
    %44 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %45 = stablehlo.add %43, %44 : tensor<8xf32>
    %46 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %47 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %48 = stablehlo.add %arg1, %47 : tensor<8xf32>
    %49 = stablehlo.multiply %45, %arg1 : tensor<8xf32>
    %50 = stablehlo.divide %48, %49 : tensor<8xf32>
    %51 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %52 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %53 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %54 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %55 = stablehlo.negate %arg1 : tensor<8xf32>
    %56 = stablehlo.multiply %50, %55 : tensor<8xf32>
    %57 = stablehlo.subtract %54, %56 : tensor<8xf32>
    %58 = stablehlo.divide %57, %49 : tensor<8xf32>
    %59:15 = stablehlo.while(%iterArg = %40, %iterArg_7 = %50, %iterArg_8 = %51, %iterArg_9 = %42, %iterArg_10 = %45, %iterArg_11 = %cst_5, %iterArg_12 = %48, %iterArg_13 = %49, %iterArg_14 = %46, %iterArg_15 = %arg1, %iterArg_16 = %52, %iterArg_17 = %53, %iterArg_18 = %54, %iterArg_19 = %55, %iterArg_20 = %58) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %81 = stablehlo.compare LT, %iterArg_11, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %82 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %83 = stablehlo.and %81, %82 : tensor<i1>
      stablehlo.return %83 : tensor<i1>
    } do {
      %81 = stablehlo.add %iterArg_11, %cst_4 : tensor<f32>
      %82 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %83 = stablehlo.add %iterArg_9, %82 : tensor<8xf32>
      %84 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %85 = stablehlo.add %iterArg_10, %84 : tensor<8xf32>
      %86 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %87 = stablehlo.multiply %83, %86 : tensor<8xf32>
      %88 = stablehlo.multiply %iterArg_12, %85 : tensor<8xf32>
      %89 = stablehlo.multiply %iterArg_14, %87 : tensor<8xf32>
      %90 = stablehlo.subtract %88, %89 : tensor<8xf32>
      %91 = stablehlo.multiply %iterArg_13, %85 : tensor<8xf32>
      %92 = stablehlo.multiply %iterArg_15, %87 : tensor<8xf32>
      %93 = stablehlo.subtract %91, %92 : tensor<8xf32>
      %94 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %95 = stablehlo.compare NE, %93, %94, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %96 = stablehlo.divide %90, %93 : tensor<8xf32>
      %97 = stablehlo.subtract %iterArg_7, %96 : tensor<8xf32>
      %98 = stablehlo.divide %97, %96 : tensor<8xf32>
      %99 = stablehlo.abs %98 : tensor<8xf32>
      %100 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %101 = stablehlo.select %95, %99, %100 : tensor<8xi1>, tensor<8xf32>
      %102 = stablehlo.select %95, %96, %iterArg_7 : tensor<8xi1>, tensor<8xf32>
      %103 = stablehlo.multiply %iterArg_18, %85 : tensor<8xf32>
      %104 = stablehlo.subtract %103, %iterArg_12 : tensor<8xf32>
      %105 = stablehlo.multiply %iterArg_16, %87 : tensor<8xf32>
      %106 = stablehlo.subtract %104, %105 : tensor<8xf32>
      %107 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %108 = stablehlo.multiply %iterArg_14, %107 : tensor<8xf32>
      %109 = stablehlo.add %106, %108 : tensor<8xf32>
      %110 = stablehlo.multiply %iterArg_19, %85 : tensor<8xf32>
      %111 = stablehlo.subtract %110, %iterArg_13 : tensor<8xf32>
      %112 = stablehlo.multiply %iterArg_17, %87 : tensor<8xf32>
      %113 = stablehlo.subtract %111, %112 : tensor<8xf32>
      %114 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %115 = stablehlo.multiply %iterArg_15, %114 : tensor<8xf32>
      %116 = stablehlo.add %113, %115 : tensor<8xf32>
      %117 = stablehlo.multiply %102, %116 : tensor<8xf32>
      %118 = stablehlo.subtract %109, %117 : tensor<8xf32>
      %119 = stablehlo.divide %118, %93 : tensor<8xf32>
      %120 = stablehlo.select %95, %119, %iterArg_20 : tensor<8xi1>, tensor<8xf32>
      %121 = stablehlo.abs %90 : tensor<8xf32>
      %122 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<f32>
      %123 = stablehlo.divide %122, %cst_0 : tensor<f32>
      %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %125 = stablehlo.compare GT, %121, %124, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %126 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %127 = stablehlo.multiply %iterArg_12, %126 : tensor<8xf32>
      %128 = stablehlo.select %125, %127, %iterArg_12 : tensor<8xi1>, tensor<8xf32>
      %129 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %130 = stablehlo.multiply %90, %129 : tensor<8xf32>
      %131 = stablehlo.select %125, %130, %90 : tensor<8xi1>, tensor<8xf32>
      %132 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %133 = stablehlo.multiply %iterArg_13, %132 : tensor<8xf32>
      %134 = stablehlo.select %125, %133, %iterArg_13 : tensor<8xi1>, tensor<8xf32>
      %135 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %136 = stablehlo.multiply %93, %135 : tensor<8xf32>
      %137 = stablehlo.select %125, %136, %93 : tensor<8xi1>, tensor<8xf32>
      %138 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %139 = stablehlo.multiply %iterArg_18, %138 : tensor<8xf32>
      %140 = stablehlo.select %125, %139, %iterArg_18 : tensor<8xi1>, tensor<8xf32>
      %141 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %142 = stablehlo.multiply %iterArg_19, %141 : tensor<8xf32>
      %143 = stablehlo.select %125, %142, %iterArg_19 : tensor<8xi1>, tensor<8xf32>
      %144 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %145 = stablehlo.multiply %109, %144 : tensor<8xf32>
      %146 = stablehlo.select %125, %145, %109 : tensor<8xi1>, tensor<8xf32>
      %147 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %148 = stablehlo.multiply %116, %147 : tensor<8xf32>
      %149 = stablehlo.select %125, %148, %116 : tensor<8xi1>, tensor<8xf32>
      %150 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %151 = stablehlo.compare GT, %101, %150, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %152 = stablehlo.and %iterArg, %151 : tensor<8xi1>
      %153 = stablehlo.select %iterArg, %102, %iterArg_7 : tensor<8xi1>, tensor<8xf32>
      %154 = stablehlo.select %iterArg, %101, %iterArg_8 : tensor<8xi1>, tensor<8xf32>
      %155 = stablehlo.select %iterArg, %83, %iterArg_9 : tensor<8xi1>, tensor<8xf32>
      %156 = stablehlo.select %iterArg, %85, %iterArg_10 : tensor<8xi1>, tensor<8xf32>
      %157 = stablehlo.select %iterArg, %131, %iterArg_12 : tensor<8xi1>, tensor<8xf32>
      %158 = stablehlo.select %iterArg, %137, %iterArg_13 : tensor<8xi1>, tensor<8xf32>
      %159 = stablehlo.select %iterArg, %128, %iterArg_14 : tensor<8xi1>, tensor<8xf32>
      %160 = stablehlo.select %iterArg, %134, %iterArg_15 : tensor<8xi1>, tensor<8xf32>
      %161 = stablehlo.select %iterArg, %140, %iterArg_16 : tensor<8xi1>, tensor<8xf32>
      %162 = stablehlo.select %iterArg, %143, %iterArg_17 : tensor<8xi1>, tensor<8xf32>
      %163 = stablehlo.select %iterArg, %146, %iterArg_18 : tensor<8xi1>, tensor<8xf32>
      %164 = stablehlo.select %iterArg, %149, %iterArg_19 : tensor<8xi1>, tensor<8xf32>
      %165 = stablehlo.select %iterArg, %120, %iterArg_20 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %152, %153, %154, %155, %156, %81, %157, %158, %159, %160, %161, %162, %163, %164, %165 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %60 = stablehlo.multiply %59#1, %34 : tensor<8xf32>
    %61 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %62 = stablehlo.subtract %61, %60 : tensor<8xf32>
    %63 = stablehlo.not %24 : tensor<8xi1>
    %64 = stablehlo.and %39, %63 : tensor<8xi1>
    %65 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %66 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %67 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %68 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %69:7 = stablehlo.while(%iterArg = %64, %iterArg_7 = %arg0, %iterArg_8 = %65, %iterArg_9 = %66, %iterArg_10 = %arg1, %iterArg_11 = %67, %iterArg_12 = %68) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %81 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %81 : tensor<i1>
    } do {
      %81 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %82 = stablehlo.add %iterArg_7, %81 : tensor<8xf32>
      %83 = stablehlo.divide %iterArg_10, %82 : tensor<8xf32>
      %84 = stablehlo.multiply %iterArg_11, %83 : tensor<8xf32>
      %85 = stablehlo.multiply %iterArg_8, %iterArg_10 : tensor<8xf32>
      %86 = stablehlo.multiply %82, %82 : tensor<8xf32>
      %87 = stablehlo.divide %85, %86 : tensor<8xf32>
      %88 = stablehlo.subtract %84, %87 : tensor<8xf32>
      %89 = stablehlo.add %iterArg_12, %88 : tensor<8xf32>
      %90 = stablehlo.divide %iterArg_10, %82 : tensor<8xf32>
      %91 = stablehlo.multiply %iterArg_8, %90 : tensor<8xf32>
      %92 = stablehlo.add %iterArg_9, %91 : tensor<8xf32>
      %93 = stablehlo.divide %91, %92 : tensor<8xf32>
      %94 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %95 = stablehlo.compare GT, %93, %94, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %96 = stablehlo.and %iterArg, %95 : tensor<8xi1>
      %97 = stablehlo.select %iterArg, %82, %iterArg_7 : tensor<8xi1>, tensor<8xf32>
      %98 = stablehlo.select %iterArg, %91, %iterArg_8 : tensor<8xi1>, tensor<8xf32>
      %99 = stablehlo.select %iterArg, %92, %iterArg_9 : tensor<8xi1>, tensor<8xf32>
      %100 = stablehlo.select %iterArg, %iterArg_10, %iterArg_10 : tensor<8xi1>, tensor<8xf32>
      %101 = stablehlo.select %iterArg, %88, %iterArg_11 : tensor<8xi1>, tensor<8xf32>
      %102 = stablehlo.select %iterArg, %89, %iterArg_12 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %96, %97, %98, %99, %100, %101, %102 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %70 = stablehlo.multiply %69#3, %34 : tensor<8xf32>
    %71 = stablehlo.divide %70, %arg0 : tensor<8xf32>
    %72 = stablehlo.select %24, %62, %71 : tensor<8xi1>, tensor<8xf32>
    %73 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %74 = stablehlo.select %6, %73, %72 : tensor<8xi1>, tensor<8xf32>
    %75 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %76 = stablehlo.select %10, %75, %74 : tensor<8xi1>, tensor<8xf32>
    %77 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %78 = stablehlo.select %4, %77, %76 : tensor<8xi1>, tensor<8xf32>
    %79 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %80 = stablehlo.select %20, %79, %78 : tensor<8xi1>, tensor<8xf32>
    return %80 : tensor<8xf32>
  }
  func.func private @lgamma_impl(%arg0: tensor<8xf32>) -> tensor<8xf32> {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_2 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<4.08500311E+36> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0xCB000000> : tensor<f32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_7 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %c = stablehlo.constant dense<-2147483648> : tensor<i32>
    %c_8 = stablehlo.constant dense<8> : tensor<i32>
    %c_9 = stablehlo.constant dense<8388608> : tensor<i32>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %c_11 = stablehlo.constant dense<2147483647> : tensor<i32>
    %0 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.and %0, %1 : tensor<8xi32>
    %3 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %6 = stablehlo.compare GT, %2, %5, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %8 = stablehlo.compare LT, %2, %7, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %9 = stablehlo.and %6, %8 : tensor<8xi1>
    %10 = stablehlo.count_leading_zeros %2 : tensor<8xi32>
    %11 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %12 = stablehlo.subtract %10, %11 : tensor<8xi32>
    %13 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %14 = stablehlo.select %9, %12, %13 : tensor<8xi1>, tensor<8xi32>
    %15 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %16 = stablehlo.and %0, %15 : tensor<8xi32>
    %17 = stablehlo.shift_left %2, %14 : tensor<8xi32>
    %18 = stablehlo.or %16, %17 : tensor<8xi32>
    %19 = stablehlo.select %9, %18, %0 : tensor<8xi1>, tensor<8xi32>
    %20 = stablehlo.bitcast_convert %19 : (tensor<8xi32>) -> tensor<8xf32>
    %21 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.compare GE, %20, %21, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %23 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %24 = stablehlo.select %4, %23, %20 : tensor<8xi1>, tensor<8xf32>
    %25 = stablehlo.not %22 : tensor<8xi1>
    %26 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %27 = stablehlo.compare GT, %24, %26, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %28 = stablehlo.and %25, %27 : tensor<8xi1>
    %29 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %30 = stablehlo.select %28, %24, %29 : tensor<8xi1>, tensor<8xf32>
    %31 = stablehlo.round_nearest_even %30 : tensor<8xf32>
    %32 = stablehlo.subtract %30, %31 : tensor<8xf32>
    %33 = stablehlo.abs %32 : tensor<8xf32>
    %34 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %35 = stablehlo.subtract %34, %31 : tensor<8xf32>
    %36 = stablehlo.subtract %35, %32 : tensor<8xf32>
    %37 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %38 = stablehlo.subtract %37, %31 : tensor<8xf32>
    %39 = stablehlo.subtract %38, %36 : tensor<8xf32>
    %40 = stablehlo.subtract %39, %32 : tensor<8xf32>
    %41 = stablehlo.select %22, %24, %36 : tensor<8xi1>, tensor<8xf32>
    %42 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %43 = stablehlo.minimum %41, %42 : tensor<8xf32>
    %44:2 = call @_log_f32(%33, %14) : (tensor<8xf32>, tensor<8xi32>) -> (tensor<8xf32>, tensor<8xf32>)
    %45:3 = call @_lgamma_pos_small(%43) : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %46:3 = call @_lgamma_pos_large(%43) : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %47 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %48 = stablehlo.compare LE, %43, %47, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %49 = stablehlo.add %46#0, %46#1 : tensor<8xf32>
    %50 = stablehlo.select %48, %45#0, %49 : tensor<8xi1>, tensor<8xf32>
    %51 = stablehlo.select %48, %45#1, %46#0 : tensor<8xi1>, tensor<8xf32>
    %52 = stablehlo.select %48, %45#2, %46#1 : tensor<8xi1>, tensor<8xf32>
    %53 = stablehlo.add %52, %44#1 : tensor<8xf32>
    %54 = stablehlo.multiply %46#2, %40 : tensor<8xf32>
    %55 = call @_lgamma_neg_reflection(%32, %44#0, %51, %53, %54) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56:2 = call @_lgamma_neg_root(%30, %31) : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>)
    %57 = stablehlo.select %56#0, %56#1, %55 : tensor<8xi1>, tensor<8xf32>
    %58 = stablehlo.select %22, %50, %57 : tensor<8xi1>, tensor<8xf32>
    %59 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %60 = stablehlo.compare EQ, %58, %59, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %61 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %62 = stablehlo.select %60, %61, %58 : tensor<8xi1>, tensor<8xf32>
    %63 = stablehlo.not %22 : tensor<8xi1>
    %64 = stablehlo.floor %24 : tensor<8xf32>
    %65 = stablehlo.compare EQ, %24, %64, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %66 = stablehlo.and %63, %65 : tensor<8xi1>
    %67 = stablehlo.or %4, %66 : tensor<8xi1>
    %68 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %69 = stablehlo.compare GT, %arg0, %68, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %70 = stablehlo.or %67, %69 : tensor<8xi1>
    %71 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %72 = stablehlo.select %70, %71, %62 : tensor<8xi1>, tensor<8xf32>
    %73 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %74 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %75 = stablehlo.select %73, %74, %72 : tensor<8xi1>, tensor<8xf32>
    return %75 : tensor<8xf32>
  }
  func.func private @_log_f32(%arg0: tensor<8xf32>, %arg1: tensor<8xi32>) -> (tensor<8xf32>, tensor<8xf32>) {
    %cst = stablehlo.constant dense<3.19461833E-5> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.693115234> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0635454952> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.106187068> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.106258489> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.110219181> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-0.124513313> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.1428743> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-0.166680068> : tensor<f32>
    %cst_8 = stablehlo.constant dense<0.199999928> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-0.249999896> : tensor<f32>
    %cst_10 = stablehlo.constant dense<0.333333343> : tensor<f32>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<23> : tensor<i32>
    %c_13 = stablehlo.constant dense<1060439283> : tensor<i32>
    %0 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.subtract %0, %1 : tensor<8xi32>
    %3 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %4 = stablehlo.shift_right_arithmetic %2, %3 : tensor<8xi32>
    %5 = stablehlo.subtract %4, %arg1 : tensor<8xi32>
    %6 = stablehlo.convert %5 : (tensor<8xi32>) -> tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %8 = stablehlo.shift_left %4, %7 : tensor<8xi32>
    %9 = stablehlo.subtract %0, %8 : tensor<8xi32>
    %10 = stablehlo.bitcast_convert %9 : (tensor<8xi32>) -> tensor<8xf32>
    %11 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.subtract %10, %11 : tensor<8xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<8xf32>
    %14 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %15 = stablehlo.multiply %14, %13 : tensor<8xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<8xf32>
    %17 = stablehlo.multiply %13, %12 : tensor<8xf32>
    %18 = call @_horner(%12, %cst_10, %cst_9, %cst_8, %cst_7, %cst_6, %cst_5, %cst_4, %cst_3, %cst_2, %cst_1) : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<8xf32>
    %20 = stablehlo.add %16, %19 : tensor<8xf32>
    %21 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.multiply %6, %21 : tensor<8xf32>
    %23 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %24 = stablehlo.multiply %6, %23 : tensor<8xf32>
    %25 = stablehlo.add %20, %24 : tensor<8xf32>
    %26 = stablehlo.add %22, %25 : tensor<8xf32>
    %27 = stablehlo.subtract %22, %26 : tensor<8xf32>
    %28 = stablehlo.add %27, %25 : tensor<8xf32>
    return %26, %28 : tensor<8xf32>, tensor<8xf32>
  }
  func.func private @_horner(%arg0: tensor<8xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>, %arg4: tensor<f32>, %arg5: tensor<f32>, %arg6: tensor<f32>, %arg7: tensor<f32>, %arg8: tensor<f32>, %arg9: tensor<f32>, %arg10: tensor<f32>) -> tensor<8xf32> {
    %0 = stablehlo.convert %arg10 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %1, %arg0 : tensor<8xf32>
    %3 = stablehlo.convert %arg9 : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.add %2, %4 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<8xf32>
    %7 = stablehlo.convert %arg8 : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %9 = stablehlo.add %6, %8 : tensor<8xf32>
    %10 = stablehlo.multiply %9, %arg0 : tensor<8xf32>
    %11 = stablehlo.convert %arg7 : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.add %10, %12 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %arg0 : tensor<8xf32>
    %15 = stablehlo.convert %arg6 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.add %14, %16 : tensor<8xf32>
    %18 = stablehlo.multiply %17, %arg0 : tensor<8xf32>
    %19 = stablehlo.convert %arg5 : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.add %18, %20 : tensor<8xf32>
    %22 = stablehlo.multiply %21, %arg0 : tensor<8xf32>
    %23 = stablehlo.convert %arg4 : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.add %22, %24 : tensor<8xf32>
    %26 = stablehlo.multiply %25, %arg0 : tensor<8xf32>
    %27 = stablehlo.convert %arg3 : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.add %26, %28 : tensor<8xf32>
    %30 = stablehlo.multiply %29, %arg0 : tensor<8xf32>
    %31 = stablehlo.convert %arg2 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %33 = stablehlo.add %30, %32 : tensor<8xf32>
    %34 = stablehlo.multiply %33, %arg0 : tensor<8xf32>
    %35 = stablehlo.convert %arg1 : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %37 = stablehlo.add %34, %36 : tensor<8xf32>
    return %37 : tensor<8xf32>
  }
  func.func private @_lgamma_pos_small(%arg0: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %cst = stablehlo.constant dense<0.0945988297> : tensor<f32>
    %cst_0 = stablehlo.constant dense<5.093690e-07> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0866426677> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-9.51253639E-7> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.0167537015> : tensor<f32>
    %cst_4 = stablehlo.constant dense<2.14668859E-7> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-3.065680e-02> : tensor<f32>
    %cst_6 = stablehlo.constant dense<-3.44545674E-6> : tensor<f32>
    %cst_7 = stablehlo.constant dense<0.0583322793> : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.5541731E-5> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-0.061489731> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-4.18991549E-5> : tensor<f32>
    %cst_11 = stablehlo.constant dense<0.0660817325> : tensor<f32>
    %cst_12 = stablehlo.constant dense<1.24877915E-4> : tensor<f32>
    %cst_13 = stablehlo.constant dense<-0.0771135687> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.00087971E-4> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.0922760441> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.00130368094> : tensor<f32>
    %cst_17 = stablehlo.constant dense<-0.115152992> : tensor<f32>
    %cst_18 = stablehlo.constant dense<-0.00441958429> : tensor<f32>
    %cst_19 = stablehlo.constant dense<0.155433342> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.0160308518> : tensor<f32>
    %cst_21 = stablehlo.constant dense<-0.245251313> : tensor<f32>
    %cst_22 = stablehlo.constant dense<-0.0657293424> : tensor<f32>
    %cst_23 = stablehlo.constant dense<0.577215672> : tensor<f32>
    %cst_24 = stablehlo.constant dense<0.362068325> : tensor<f32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_26 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_28 = stablehlo.constant dense<1.500000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.compare GT, %arg0, %0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.subtract %arg0, %2 : tensor<8xf32>
    %4 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.subtract %3, %4 : tensor<8xf32>
    %6 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.select %1, %6, %7 : tensor<8xi1>, tensor<8xf32>
    %9 = stablehlo.subtract %3, %8 : tensor<8xf32>
    %10 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %11 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.select %1, %10, %11 : tensor<8xi1>, tensor<8xf32>
    %13 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %14 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %15 = stablehlo.select %1, %13, %14 : tensor<8xi1>, tensor<8xf32>
    %16 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %18 = stablehlo.select %1, %16, %17 : tensor<8xi1>, tensor<8xf32>
    %19 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %20 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.select %1, %19, %20 : tensor<8xi1>, tensor<8xf32>
    %22 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %23 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %24 = stablehlo.select %1, %22, %23 : tensor<8xi1>, tensor<8xf32>
    %25 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %26 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %27 = stablehlo.select %1, %25, %26 : tensor<8xi1>, tensor<8xf32>
    %28 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %30 = stablehlo.select %1, %28, %29 : tensor<8xi1>, tensor<8xf32>
    %31 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %32 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %33 = stablehlo.select %1, %31, %32 : tensor<8xi1>, tensor<8xf32>
    %34 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %35 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %36 = stablehlo.select %1, %34, %35 : tensor<8xi1>, tensor<8xf32>
    %37 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %38 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %39 = stablehlo.select %1, %37, %38 : tensor<8xi1>, tensor<8xf32>
    %40 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %41 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %42 = stablehlo.select %1, %40, %41 : tensor<8xi1>, tensor<8xf32>
    %43 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %44 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %45 = stablehlo.select %1, %43, %44 : tensor<8xi1>, tensor<8xf32>
    %46 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %47 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %48 = stablehlo.select %1, %46, %47 : tensor<8xi1>, tensor<8xf32>
    %49 = call @_horner_0(%9, %12, %15, %18, %21, %24, %27, %30, %33, %36, %39, %42, %45, %48) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = stablehlo.bitcast_convert %3 : (tensor<8xf32>) -> tensor<8xi32>
    %51 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %52 = stablehlo.and %50, %51 : tensor<8xi32>
    %53 = stablehlo.bitcast_convert %52 : (tensor<8xi32>) -> tensor<8xf32>
    %54 = stablehlo.subtract %3, %53 : tensor<8xf32>
    %55 = stablehlo.bitcast_convert %5 : (tensor<8xf32>) -> tensor<8xi32>
    %56 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %57 = stablehlo.and %55, %56 : tensor<8xi32>
    %58 = stablehlo.bitcast_convert %57 : (tensor<8xi32>) -> tensor<8xf32>
    %59 = stablehlo.subtract %5, %58 : tensor<8xf32>
    %60 = stablehlo.multiply %53, %58 : tensor<8xf32>
    %61 = stablehlo.multiply %54, %5 : tensor<8xf32>
    %62 = stablehlo.multiply %53, %59 : tensor<8xf32>
    %63 = stablehlo.add %61, %62 : tensor<8xf32>
    %64 = stablehlo.bitcast_convert %49 : (tensor<8xf32>) -> tensor<8xi32>
    %65 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %66 = stablehlo.and %64, %65 : tensor<8xi32>
    %67 = stablehlo.bitcast_convert %66 : (tensor<8xi32>) -> tensor<8xf32>
    %68 = stablehlo.subtract %49, %67 : tensor<8xf32>
    %69 = stablehlo.multiply %60, %67 : tensor<8xf32>
    %70 = stablehlo.multiply %63, %49 : tensor<8xf32>
    %71 = stablehlo.multiply %60, %68 : tensor<8xf32>
    %72 = stablehlo.add %70, %71 : tensor<8xf32>
    %73 = stablehlo.add %69, %72 : tensor<8xf32>
    return %73, %69, %72 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
  func.func private @_horner_0(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8xf32>, %arg9: tensor<8xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>) -> tensor<8xf32> {
    %0 = stablehlo.multiply %arg13, %arg0 : tensor<8xf32>
    %1 = stablehlo.add %0, %arg12 : tensor<8xf32>
    %2 = stablehlo.multiply %1, %arg0 : tensor<8xf32>
    %3 = stablehlo.add %2, %arg11 : tensor<8xf32>
    %4 = stablehlo.multiply %3, %arg0 : tensor<8xf32>
    %5 = stablehlo.add %4, %arg10 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<8xf32>
    %7 = stablehlo.add %6, %arg9 : tensor<8xf32>
    %8 = stablehlo.multiply %7, %arg0 : tensor<8xf32>
    %9 = stablehlo.add %8, %arg8 : tensor<8xf32>
    %10 = stablehlo.multiply %9, %arg0 : tensor<8xf32>
    %11 = stablehlo.add %10, %arg7 : tensor<8xf32>
    %12 = stablehlo.multiply %11, %arg0 : tensor<8xf32>
    %13 = stablehlo.add %12, %arg6 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %arg0 : tensor<8xf32>
    %15 = stablehlo.add %14, %arg5 : tensor<8xf32>
    %16 = stablehlo.multiply %15, %arg0 : tensor<8xf32>
    %17 = stablehlo.add %16, %arg4 : tensor<8xf32>
    %18 = stablehlo.multiply %17, %arg0 : tensor<8xf32>
    %19 = stablehlo.add %18, %arg3 : tensor<8xf32>
    %20 = stablehlo.multiply %19, %arg0 : tensor<8xf32>
    %21 = stablehlo.add %20, %arg2 : tensor<8xf32>
    %22 = stablehlo.multiply %21, %arg0 : tensor<8xf32>
    %23 = stablehlo.add %22, %arg1 : tensor<8xf32>
    return %23 : tensor<8xf32>
  }
  func.func private @_lgamma_pos_large(%arg0: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
    %cst = stablehlo.constant dense<0.418938518> : tensor<f32>
    %cst_0 = stablehlo.constant dense<8.41750822E-4> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-5.95238118E-4> : tensor<f32>
    %cst_2 = stablehlo.constant dense<7.93650805E-4> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.00277777785> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.0833333358> : tensor<f32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %0:2 = call @_log_f32_1(%arg0) : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %1 = stablehlo.bitcast_convert %0#0 : (tensor<8xf32>) -> tensor<8xi32>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %3 = stablehlo.and %1, %2 : tensor<8xi32>
    %4 = stablehlo.bitcast_convert %3 : (tensor<8xi32>) -> tensor<8xf32>
    %5 = stablehlo.subtract %0#0, %4 : tensor<8xf32>
    %6 = stablehlo.add %5, %0#1 : tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.subtract %arg0, %7 : tensor<8xf32>
    %9 = stablehlo.bitcast_convert %8 : (tensor<8xf32>) -> tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %11 = stablehlo.and %9, %10 : tensor<8xi32>
    %12 = stablehlo.bitcast_convert %11 : (tensor<8xi32>) -> tensor<8xf32>
    %13 = stablehlo.subtract %8, %12 : tensor<8xf32>
    %14 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %15 = stablehlo.subtract %4, %14 : tensor<8xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<8xf32>
    %17 = stablehlo.multiply %13, %15 : tensor<8xf32>
    %18 = stablehlo.multiply %8, %6 : tensor<8xf32>
    %19 = stablehlo.add %17, %18 : tensor<8xf32>
    %20 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.divide %20, %arg0 : tensor<8xf32>
    %22 = stablehlo.multiply %21, %21 : tensor<8xf32>
    %23 = call @_horner_2(%22, %cst_4, %cst_3, %cst_2, %cst_1, %cst_0) : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %24 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.add %19, %24 : tensor<8xf32>
    %26 = stablehlo.multiply %21, %23 : tensor<8xf32>
    %27 = stablehlo.add %25, %26 : tensor<8xf32>
    %28 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.multiply %28, %21 : tensor<8xf32>
    %30 = stablehlo.subtract %0#0, %29 : tensor<8xf32>
    return %16, %27, %30 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
  func.func private @_log_f32_1(%arg0: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
    %cst = stablehlo.constant dense<3.19461833E-5> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.693115234> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0635454952> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.106187068> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.106258489> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.110219181> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-0.124513313> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.1428743> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-0.166680068> : tensor<f32>
    %cst_8 = stablehlo.constant dense<0.199999928> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-0.249999896> : tensor<f32>
    %cst_10 = stablehlo.constant dense<0.333333343> : tensor<f32>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_13 = stablehlo.constant dense<23> : tensor<i32>
    %c_14 = stablehlo.constant dense<1060439283> : tensor<i32>
    %0 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.subtract %0, %1 : tensor<8xi32>
    %3 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %4 = stablehlo.shift_right_arithmetic %2, %3 : tensor<8xi32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %6 = stablehlo.subtract %4, %5 : tensor<8xi32>
    %7 = stablehlo.convert %6 : (tensor<8xi32>) -> tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %9 = stablehlo.shift_left %4, %8 : tensor<8xi32>
    %10 = stablehlo.subtract %0, %9 : tensor<8xi32>
    %11 = stablehlo.bitcast_convert %10 : (tensor<8xi32>) -> tensor<8xf32>
    %12 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.subtract %11, %12 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %13 : tensor<8xf32>
    %15 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %16 = stablehlo.multiply %15, %14 : tensor<8xf32>
    %17 = stablehlo.subtract %13, %16 : tensor<8xf32>
    %18 = stablehlo.multiply %14, %13 : tensor<8xf32>
    %19 = call @_horner(%13, %cst_10, %cst_9, %cst_8, %cst_7, %cst_6, %cst_5, %cst_4, %cst_3, %cst_2, %cst_1) : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %20 = stablehlo.multiply %18, %19 : tensor<8xf32>
    %21 = stablehlo.add %17, %20 : tensor<8xf32>
    %22 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %23 = stablehlo.multiply %7, %22 : tensor<8xf32>
    %24 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.multiply %7, %24 : tensor<8xf32>
    %26 = stablehlo.add %21, %25 : tensor<8xf32>
    %27 = stablehlo.add %23, %26 : tensor<8xf32>
    %28 = stablehlo.subtract %23, %27 : tensor<8xf32>
    %29 = stablehlo.add %28, %26 : tensor<8xf32>
    return %27, %29 : tensor<8xf32>, tensor<8xf32>
  }
  func.func private @_horner_2(%arg0: tensor<8xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>, %arg4: tensor<f32>, %arg5: tensor<f32>) -> tensor<8xf32> {
    %0 = stablehlo.convert %arg5 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %1, %arg0 : tensor<8xf32>
    %3 = stablehlo.convert %arg4 : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.add %2, %4 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<8xf32>
    %7 = stablehlo.convert %arg3 : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %9 = stablehlo.add %6, %8 : tensor<8xf32>
    %10 = stablehlo.multiply %9, %arg0 : tensor<8xf32>
    %11 = stablehlo.convert %arg2 : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.add %10, %12 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %arg0 : tensor<8xf32>
    %15 = stablehlo.convert %arg1 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.add %14, %16 : tensor<8xf32>
    return %17 : tensor<8xf32>
  }
  func.func private @_lgamma_neg_reflection(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>) -> tensor<8xf32> {
    %cst = stablehlo.constant dense<-0.332585573> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-0.0905559584> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.214173421> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-0.24974528> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.339168698> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-0.541160762> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-1.64493406> : tensor<f32>
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8xf32>
    %1 = call @_horner_3(%0, %cst_5, %cst_4, %cst_3, %cst_2, %cst_1, %cst_0, %cst) : (tensor<8xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %0, %1 : tensor<8xf32>
    %3 = stablehlo.add %arg1, %arg2 : tensor<8xf32>
    %4 = stablehlo.add %2, %arg4 : tensor<8xf32>
    %5 = stablehlo.add %arg3, %4 : tensor<8xf32>
    %6 = stablehlo.add %3, %5 : tensor<8xf32>
    %7 = stablehlo.negate %6 : tensor<8xf32>
    return %7 : tensor<8xf32>
  }
  func.func private @_horner_3(%arg0: tensor<8xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>, %arg4: tensor<f32>, %arg5: tensor<f32>, %arg6: tensor<f32>, %arg7: tensor<f32>) -> tensor<8xf32> {
    %0 = stablehlo.convert %arg7 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %1, %arg0 : tensor<8xf32>
    %3 = stablehlo.convert %arg6 : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.add %2, %4 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<8xf32>
    %7 = stablehlo.convert %arg5 : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %9 = stablehlo.add %6, %8 : tensor<8xf32>
    %10 = stablehlo.multiply %9, %arg0 : tensor<8xf32>
    %11 = stablehlo.convert %arg4 : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.add %10, %12 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %arg0 : tensor<8xf32>
    %15 = stablehlo.convert %arg3 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.add %14, %16 : tensor<8xf32>
    %18 = stablehlo.multiply %17, %arg0 : tensor<8xf32>
    %19 = stablehlo.convert %arg2 : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.add %18, %20 : tensor<8xf32>
    %22 = stablehlo.multiply %21, %arg0 : tensor<8xf32>
    %23 = stablehlo.convert %arg1 : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.add %22, %24 : tensor<8xf32>
    return %25 : tensor<8xf32>
  }
  func.func private @_lgamma_neg_root(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_2 = stablehlo.constant dense<9> : tensor<i32>
    %c_3 = stablehlo.constant dense<2> : tensor<i32>
    %cst_4 = stablehlo.constant dense<-2.000000e+00> : tensor<f32>
    %cst_5 = stablehlo.constant dense<[-0.457024753, 1.000000e+00, -0.143580884, 0.252317339, -0.0393618383, 0.044705715, -0.00821816828, 0.00845535938, -0.00138529448, 0.00139251992, -1.98333408E-4, 1.98492111E-4, -2.48002707E-5, 2.48029046E-5, -2.75571483E-6, 2.75574894E-6]> : tensor<16xf32>
    %cst_6 = stablehlo.constant dense<[1.48729189E-8, 0.000000e+00, -4.60860106E-9, 1.40906877E-8, -1.48918433E-9, 1.1097015E-10, -4.15751669E-11, 6.298560e-11, 2.98885222E-11, 2.71651451E-12, 4.27655497E-13, -1.57696133E-12, 1.16013495E-14, -4.11633103E-13, 8.02972834E-15, 8.43790437E-14]> : tensor<16xf32>
    %cst_7 = stablehlo.constant dense<[2.550000e-01, -1.000000e+00, 3.400000e-01, 3.700000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01, 4.200000e-01]> : tensor<16xf32>
    %cst_8 = stablehlo.constant dense<[-1.38533652, 0.000000e+00, -2.234660e+00, -0.966047525, -2.10904527, -1.85305738, -2.02762246, -1.97070384, -2.00517678, -1.99477208, -2.00079918, -1.99919963, -2.0001061, -1.99989378, -2.0000124, -1.9999876]> : tensor<16xf32>
    %cst_9 = stablehlo.constant dense<[2.67372108, 0.000000e+00, -0.104558013, 1.47233355, -0.0994995161, 0.15925236, -0.0272024628, 0.0297407601, -0.00516465073, 0.00524011673, -7.99042871E-4, 8.00676643E-4, -1.06171268E-4, 1.06197927E-4, -1.24548615E-5, 1.24457247E-5]> : tensor<16xf32>
    %cst_10 = stablehlo.constant dense<[5.65496206, 0.000000e+00, -0.632970095, 1.32829309, -0.756576359, -0.495038867, -0.693450987, -0.636482954, -0.671820819, -0.661415874, -0.667466938, -0.665867149, -0.666774272, -0.666561901, -0.666680336, -0.66665554]> : tensor<16xf32>
    %cst_11 = stablehlo.constant dense<[13.6487474, 0.000000e+00, 0.18435128, 2.66334176, -0.0802543088, 0.183989882, -0.0263557527, 0.0306188613, -0.00513932668, 0.00526309945, -7.983600e-04, 8.00992537E-4, -1.06074294E-4, 1.06123902E-4, -1.08104869E-5, 1.11924992E-5]> : tensor<16xf32>
    %cst_12 = stablehlo.constant dense<[29.0560436, 0.000000e+00, -0.0475766957, 3.16822863, -0.470409244, -0.203508675, -0.425810963, -3.688310e-01, -4.050240e-01, -0.394625604, -0.400700718, -0.399102062, -0.400009692, -0.399797767, -3.999230e-01, -0.39989692]> : tensor<16xf32>
    %cst_13 = stablehlo.constant dense<[64.692688, 0.000000e+00, 5.535060e-01, 4.82858515, -0.0605156571, 0.212788194, -0.0257291067, 0.0318717323, -0.00515836058, 0.00533373794, -8.04428709E-4, 8.080150e-04, -1.07942105E-4, 1.07877786E-4, -3.53875039E-5, 2.95385908E-5]> : tensor<16xf32>
    %cst_14 = stablehlo.constant dense<[144.274414, 0.000000e+00, 0.502989888, 6.22517824, -0.33854869, -0.0589724258, -0.313833177, -0.255872041, -0.293304026, -0.282735527, -0.28885287, -0.287227511, -0.288137108, -0.287917346, -0.287951857, -2.879430e-01]> : tensor<16xf32>
    %cst_15 = stablehlo.constant dense<[354.171173, 0.000000e+00, 0.874119758, 9.20790672, -0.0421104282, 0.194769889, -0.0219563879, 0.0279599521, -0.00452799257, 0.00470815646, -7.10393128E-4, 7.14876514E-4, -8.80396764E-5, 8.91314048E-5, 1.32301051E-4, -9.35434145E-5]> : tensor<16xf32>
    %cst_16 = stablehlo.constant dense<[972.521484, 0.000000e+00, 0.829021215, 15.6274681, -0.230358541, -0.0118875364, -0.215895846, -0.168328941, -0.201411426, -0.192730859, -0.198401839, -0.19707121, -0.197927535, -0.197773159, -0.198337495, -0.198233053]> : tensor<16xf32>
    %cst_17 = stablehlo.constant dense<[2111.91357, 0.000000e+00, 2.96750498, 24.9583759, -0.012698682, 0.470867515, -0.0385501981, 0.056485422, -0.00820949394, 0.00869482476, -0.00128752366, 0.00129581429, -1.87857018E-4, 1.85009369E-4, -3.45863868E-4, 2.53180886E-4]> : tensor<16xf32>
    %cst_18 = stablehlo.constant dense<[2133.65771, 0.000000e+00, 3.87669849, 18.7148895, -0.289828926, 0.247943312, -0.340197712, -0.23934947, -0.304349959, -0.286053866, -0.295447946, -0.292626083, -0.293967903, -0.293548137, -0.292859882, -0.292959183]> : tensor<16xf32>
    %cst_19 = stablehlo.constant dense<-2.600000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.compare GT, %arg0, %0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.compare LT, %arg0, %2, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %4 = stablehlo.and %1, %3 : tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.select %4, %5, %arg1 : tensor<8xi1>, tensor<8xf32>
    %7 = stablehlo.subtract %arg0, %6 : tensor<8xf32>
    %8 = stablehlo.negate %6 : tensor<8xf32>
    %9 = stablehlo.convert %8 : (tensor<8xf32>) -> tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %11 = stablehlo.compare GE, %9, %10, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %12 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %13 = stablehlo.compare LE, %9, %12, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %14 = stablehlo.and %11, %13 : tensor<8xi1>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %16 = stablehlo.compare GT, %7, %15, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %17 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %18 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %19 = stablehlo.select %16, %17, %18 : tensor<8xi1>, tensor<8xi32>
    %20 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %21 = stablehlo.subtract %9, %20 : tensor<8xi32>
    %22 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %23 = stablehlo.multiply %22, %21 : tensor<8xi32>
    %24 = stablehlo.add %23, %19 : tensor<8xi32>
    %25 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %26 = stablehlo.select %14, %24, %25 : tensor<8xi1>, tensor<8xi32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %28 = "stablehlo.gather"(%cst_5, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %29 = "stablehlo.gather"(%cst_6, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %30 = "stablehlo.gather"(%cst_7, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %31 = "stablehlo.gather"(%cst_8, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %32 = "stablehlo.gather"(%cst_9, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %33 = "stablehlo.gather"(%cst_10, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %34 = "stablehlo.gather"(%cst_11, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %35 = "stablehlo.gather"(%cst_12, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %36 = "stablehlo.gather"(%cst_13, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %37 = "stablehlo.gather"(%cst_14, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %38 = "stablehlo.gather"(%cst_15, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %39 = "stablehlo.gather"(%cst_16, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %40 = "stablehlo.gather"(%cst_17, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %41 = "stablehlo.gather"(%cst_18, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %42 = stablehlo.subtract %7, %28 : tensor<8xf32>
    %43 = stablehlo.add %7, %28 : tensor<8xf32>
    %44 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %45 = stablehlo.divide %44, %43 : tensor<8xf32>
    %46 = stablehlo.subtract %42, %29 : tensor<8xf32>
    %47 = stablehlo.multiply %46, %45 : tensor<8xf32>
    %48 = stablehlo.multiply %47, %43 : tensor<8xf32>
    %49 = stablehlo.subtract %42, %48 : tensor<8xf32>
    %50 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %51 = stablehlo.add %50, %47 : tensor<8xf32>
    %52 = stablehlo.multiply %29, %51 : tensor<8xf32>
    %53 = stablehlo.subtract %49, %52 : tensor<8xf32>
    %54 = stablehlo.multiply %53, %45 : tensor<8xf32>
    %55 = stablehlo.add %47, %54 : tensor<8xf32>
    %56 = stablehlo.abs %55 : tensor<8xf32>
    %57 = stablehlo.compare LE, %56, %30, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %58 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %59 = stablehlo.select %57, %55, %58 : tensor<8xi1>, tensor<8xf32>
    %60 = call @_horner_4(%59, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<8xf32>
    return %57, %61 : tensor<8xi1>, tensor<8xf32>
  }
  func.func private @_horner_4(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8xf32>, %arg9: tensor<8xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>) -> tensor<8xf32> {
    %0 = stablehlo.multiply %arg11, %arg0 : tensor<8xf32>
    %1 = stablehlo.add %0, %arg10 : tensor<8xf32>
    %2 = stablehlo.multiply %1, %arg0 : tensor<8xf32>
    %3 = stablehlo.add %2, %arg9 : tensor<8xf32>
    %4 = stablehlo.multiply %3, %arg0 : tensor<8xf32>
    %5 = stablehlo.add %4, %arg8 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<8xf32>
    %7 = stablehlo.add %6, %arg7 : tensor<8xf32>
    %8 = stablehlo.multiply %7, %arg0 : tensor<8xf32>
    %9 = stablehlo.add %8, %arg6 : tensor<8xf32>
    %10 = stablehlo.multiply %9, %arg0 : tensor<8xf32>
    %11 = stablehlo.add %10, %arg5 : tensor<8xf32>
    %12 = stablehlo.multiply %11, %arg0 : tensor<8xf32>
    %13 = stablehlo.add %12, %arg4 : tensor<8xf32>
    %14 = stablehlo.multiply %13, %arg0 : tensor<8xf32>
    %15 = stablehlo.add %14, %arg3 : tensor<8xf32>
    %16 = stablehlo.multiply %15, %arg0 : tensor<8xf32>
    %17 = stablehlo.add %16, %arg2 : tensor<8xf32>
    %18 = stablehlo.multiply %17, %arg0 : tensor<8xf32>
    %19 = stablehlo.add %18, %arg1 : tensor<8xf32>
    return %19 : tensor<8xf32>
  }
}
