module @jit_up_and_broadcast attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<0x7FC00000> : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<3.14159274> : tensor<8xf32>
    %cst_2 = stablehlo.constant dense<2.01490307> : tensor<8xf32>
    %cst_3 = stablehlo.constant dense<7.500000e+00> : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<8.000000e+00> : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<1.50563267E-7> : tensor<8xf32>
    %cst_6 = stablehlo.constant dense<7.000000e+00> : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<9.98436917E-6> : tensor<8xf32>
    %cst_8 = stablehlo.constant dense<6.000000e+00> : tensor<8xf32>
    %cst_9 = stablehlo.constant dense<-0.138571098> : tensor<8xf32>
    %cst_10 = stablehlo.constant dense<5.000000e+00> : tensor<8xf32>
    %cst_11 = stablehlo.constant dense<12.5073433> : tensor<8xf32>
    %cst_12 = stablehlo.constant dense<4.000000e+00> : tensor<8xf32>
    %cst_13 = stablehlo.constant dense<-176.615036> : tensor<8xf32>
    %cst_14 = stablehlo.constant dense<3.000000e+00> : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<771.323425> : tensor<8xf32>
    %cst_16 = stablehlo.constant dense<2.000000e+00> : tensor<8xf32>
    %cst_17 = stablehlo.constant dense<-1259.13916> : tensor<8xf32>
    %cst_18 = stablehlo.constant dense<676.520386> : tensor<8xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<8xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<8xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-01> : tensor<8xf32>
    %cst_22 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_23 = stablehlo.constant dense<1.1920929E-7> : tensor<f32>
    %cst_24 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_25 = stablehlo.constant dense<2.000000e+03> : tensor<f32>
    %cst_26 = stablehlo.constant dense<3.40282347E+38> : tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.or %0, %1 : tensor<8xi1>
    %3 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.compare EQ, %arg1, %3, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.compare LT, %arg1, %5, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare LE, %arg0, %7, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.or %6, %8 : tensor<8xi1>
    %10 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %11 = stablehlo.compare GT, %arg1, %10, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %12 = stablehlo.compare GT, %arg1, %arg0, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.and %11, %12 : tensor<8xi1>
    %14 = stablehlo.log %arg1 : tensor<8xf32>
    %15 = stablehlo.multiply %arg0, %14 : tensor<8xf32>
    %16 = stablehlo.subtract %15, %arg1 : tensor<8xf32>
    %17 = call @lgamma_impl(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %18 = stablehlo.subtract %16, %17 : tensor<8xf32>
    %19 = stablehlo.log %cst_26 : tensor<f32>
    %20 = stablehlo.negate %19 : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.compare LT, %18, %21, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %23 = stablehlo.or %4, %9 : tensor<8xi1>
    %24 = stablehlo.or %23, %22 : tensor<8xi1>
    %25 = stablehlo.or %24, %2 : tensor<8xi1>
    %26 = stablehlo.not %25 : tensor<8xi1>
    %27 = stablehlo.and %26, %13 : tensor<8xi1>
    %28 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.subtract %28, %arg0 : tensor<8xf32>
    %30 = stablehlo.add %arg1, %29 : tensor<8xf32>
    %31 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %32 = stablehlo.add %30, %31 : tensor<8xf32>
    %33 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %34 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %35 = stablehlo.add %arg1, %34 : tensor<8xf32>
    %36 = stablehlo.multiply %32, %arg1 : tensor<8xf32>
    %37 = stablehlo.divide %35, %36 : tensor<8xf32>
    %38 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %39 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %40 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %41 = stablehlo.negate %arg1 : tensor<8xf32>
    %42 = stablehlo.multiply %37, %41 : tensor<8xf32>
    %43 = stablehlo.subtract %40, %42 : tensor<8xf32>
    %44 = stablehlo.divide %43, %36 : tensor<8xf32>
    %45:14 = stablehlo.while(%iterArg = %27, %iterArg_29 = %37, %iterArg_30 = %29, %iterArg_31 = %32, %iterArg_32 = %cst_28, %iterArg_33 = %35, %iterArg_34 = %36, %iterArg_35 = %33, %iterArg_36 = %arg1, %iterArg_37 = %38, %iterArg_38 = %39, %iterArg_39 = %40, %iterArg_40 = %41, %iterArg_41 = %44) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %231 = stablehlo.compare LT, %iterArg_32, %cst_25, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %232 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %233 = stablehlo.and %231, %232 : tensor<i1>
      stablehlo.return %233 : tensor<i1>
    } do {
      %231 = stablehlo.add %iterArg_32, %cst_27 : tensor<f32>
      %232 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %233 = stablehlo.add %iterArg_30, %232 : tensor<8xf32>
      %234 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %235 = stablehlo.add %iterArg_31, %234 : tensor<8xf32>
      %236 = stablehlo.broadcast_in_dim %231, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %237 = stablehlo.multiply %233, %236 : tensor<8xf32>
      %238 = stablehlo.multiply %iterArg_33, %235 : tensor<8xf32>
      %239 = stablehlo.multiply %iterArg_35, %237 : tensor<8xf32>
      %240 = stablehlo.subtract %238, %239 : tensor<8xf32>
      %241 = stablehlo.multiply %iterArg_34, %235 : tensor<8xf32>
      %242 = stablehlo.multiply %iterArg_36, %237 : tensor<8xf32>
      %243 = stablehlo.subtract %241, %242 : tensor<8xf32>
      %244 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %245 = stablehlo.compare NE, %243, %244, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %246 = stablehlo.divide %240, %243 : tensor<8xf32>
      %247 = stablehlo.select %245, %246, %iterArg_29 : tensor<8xi1>, tensor<8xf32>
      %248 = stablehlo.multiply %iterArg_39, %235 : tensor<8xf32>
      %249 = stablehlo.subtract %248, %iterArg_33 : tensor<8xf32>
      %250 = stablehlo.multiply %iterArg_37, %237 : tensor<8xf32>
      %251 = stablehlo.subtract %249, %250 : tensor<8xf32>
      %252 = stablehlo.broadcast_in_dim %231, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %253 = stablehlo.multiply %iterArg_35, %252 : tensor<8xf32>
      %254 = stablehlo.add %251, %253 : tensor<8xf32>
      %255 = stablehlo.multiply %iterArg_40, %235 : tensor<8xf32>
      %256 = stablehlo.subtract %255, %iterArg_34 : tensor<8xf32>
      %257 = stablehlo.multiply %iterArg_38, %237 : tensor<8xf32>
      %258 = stablehlo.subtract %256, %257 : tensor<8xf32>
      %259 = stablehlo.broadcast_in_dim %231, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %260 = stablehlo.multiply %iterArg_36, %259 : tensor<8xf32>
      %261 = stablehlo.add %258, %260 : tensor<8xf32>
      %262 = stablehlo.multiply %247, %261 : tensor<8xf32>
      %263 = stablehlo.subtract %254, %262 : tensor<8xf32>
      %264 = stablehlo.divide %263, %243 : tensor<8xf32>
      %265 = stablehlo.select %245, %264, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %266 = stablehlo.subtract %265, %iterArg_41 : tensor<8xf32>
      %267 = stablehlo.abs %266 : tensor<8xf32>
      %268 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %269 = stablehlo.select %245, %267, %268 : tensor<8xi1>, tensor<8xf32>
      %270 = stablehlo.abs %240 : tensor<8xf32>
      %271 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<f32>
      %272 = stablehlo.divide %271, %cst_23 : tensor<f32>
      %273 = stablehlo.broadcast_in_dim %272, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %274 = stablehlo.compare GT, %270, %273, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %275 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %276 = stablehlo.multiply %iterArg_33, %275 : tensor<8xf32>
      %277 = stablehlo.select %274, %276, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %278 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %279 = stablehlo.multiply %240, %278 : tensor<8xf32>
      %280 = stablehlo.select %274, %279, %240 : tensor<8xi1>, tensor<8xf32>
      %281 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %282 = stablehlo.multiply %iterArg_34, %281 : tensor<8xf32>
      %283 = stablehlo.select %274, %282, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %284 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %285 = stablehlo.multiply %243, %284 : tensor<8xf32>
      %286 = stablehlo.select %274, %285, %243 : tensor<8xi1>, tensor<8xf32>
      %287 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %288 = stablehlo.multiply %iterArg_39, %287 : tensor<8xf32>
      %289 = stablehlo.select %274, %288, %iterArg_39 : tensor<8xi1>, tensor<8xf32>
      %290 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %291 = stablehlo.multiply %iterArg_40, %290 : tensor<8xf32>
      %292 = stablehlo.select %274, %291, %iterArg_40 : tensor<8xi1>, tensor<8xf32>
      %293 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %294 = stablehlo.multiply %254, %293 : tensor<8xf32>
      %295 = stablehlo.select %274, %294, %254 : tensor<8xi1>, tensor<8xf32>
      %296 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %297 = stablehlo.multiply %261, %296 : tensor<8xf32>
      %298 = stablehlo.select %274, %297, %261 : tensor<8xi1>, tensor<8xf32>
      %299 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %300 = stablehlo.compare GT, %269, %299, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %301 = stablehlo.and %iterArg, %300 : tensor<8xi1>
      %302 = stablehlo.select %iterArg, %247, %iterArg_29 : tensor<8xi1>, tensor<8xf32>
      %303 = stablehlo.select %iterArg, %233, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %304 = stablehlo.select %iterArg, %235, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %305 = stablehlo.select %iterArg, %280, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %306 = stablehlo.select %iterArg, %286, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %307 = stablehlo.select %iterArg, %277, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %308 = stablehlo.select %iterArg, %283, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %309 = stablehlo.select %iterArg, %289, %iterArg_37 : tensor<8xi1>, tensor<8xf32>
      %310 = stablehlo.select %iterArg, %292, %iterArg_38 : tensor<8xi1>, tensor<8xf32>
      %311 = stablehlo.select %iterArg, %295, %iterArg_39 : tensor<8xi1>, tensor<8xf32>
      %312 = stablehlo.select %iterArg, %298, %iterArg_40 : tensor<8xi1>, tensor<8xf32>
      %313 = stablehlo.select %iterArg, %265, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %301, %302, %303, %304, %231, %305, %306, %307, %308, %309, %310, %311, %312, %313 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %46 = stablehlo.log %arg1 : tensor<8xf32>
    %47 = stablehlo.compare LT, %arg0, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %48 = stablehlo.negate %arg0 : tensor<8xf32>
    %49 = stablehlo.subtract %arg0, %cst_20 : tensor<8xf32>
    %50 = stablehlo.select %47, %48, %49 : tensor<8xi1>, tensor<8xf32>
    %51 = stablehlo.add %50, %cst_20 : tensor<8xf32>
    %52 = stablehlo.multiply %51, %51 : tensor<8xf32>
    %53 = stablehlo.divide %cst_18, %52 : tensor<8xf32>
    %54 = stablehlo.subtract %cst_19, %53 : tensor<8xf32>
    %55 = stablehlo.divide %cst_18, %51 : tensor<8xf32>
    %56 = stablehlo.add %cst_20, %55 : tensor<8xf32>
    %57 = stablehlo.add %50, %cst_16 : tensor<8xf32>
    %58 = stablehlo.multiply %57, %57 : tensor<8xf32>
    %59 = stablehlo.divide %cst_17, %58 : tensor<8xf32>
    %60 = stablehlo.subtract %54, %59 : tensor<8xf32>
    %61 = stablehlo.divide %cst_17, %57 : tensor<8xf32>
    %62 = stablehlo.add %56, %61 : tensor<8xf32>
    %63 = stablehlo.add %50, %cst_14 : tensor<8xf32>
    %64 = stablehlo.multiply %63, %63 : tensor<8xf32>
    %65 = stablehlo.divide %cst_15, %64 : tensor<8xf32>
    %66 = stablehlo.subtract %60, %65 : tensor<8xf32>
    %67 = stablehlo.divide %cst_15, %63 : tensor<8xf32>
    %68 = stablehlo.add %62, %67 : tensor<8xf32>
    %69 = stablehlo.add %50, %cst_12 : tensor<8xf32>
    %70 = stablehlo.multiply %69, %69 : tensor<8xf32>
    %71 = stablehlo.divide %cst_13, %70 : tensor<8xf32>
    %72 = stablehlo.subtract %66, %71 : tensor<8xf32>
    %73 = stablehlo.divide %cst_13, %69 : tensor<8xf32>
    %74 = stablehlo.add %68, %73 : tensor<8xf32>
    %75 = stablehlo.add %50, %cst_10 : tensor<8xf32>
    %76 = stablehlo.multiply %75, %75 : tensor<8xf32>
    %77 = stablehlo.divide %cst_11, %76 : tensor<8xf32>
    %78 = stablehlo.subtract %72, %77 : tensor<8xf32>
    %79 = stablehlo.divide %cst_11, %75 : tensor<8xf32>
    %80 = stablehlo.add %74, %79 : tensor<8xf32>
    %81 = stablehlo.add %50, %cst_8 : tensor<8xf32>
    %82 = stablehlo.multiply %81, %81 : tensor<8xf32>
    %83 = stablehlo.divide %cst_9, %82 : tensor<8xf32>
    %84 = stablehlo.subtract %78, %83 : tensor<8xf32>
    %85 = stablehlo.divide %cst_9, %81 : tensor<8xf32>
    %86 = stablehlo.add %80, %85 : tensor<8xf32>
    %87 = stablehlo.add %50, %cst_6 : tensor<8xf32>
    %88 = stablehlo.multiply %87, %87 : tensor<8xf32>
    %89 = stablehlo.divide %cst_7, %88 : tensor<8xf32>
    %90 = stablehlo.subtract %84, %89 : tensor<8xf32>
    %91 = stablehlo.divide %cst_7, %87 : tensor<8xf32>
    %92 = stablehlo.add %86, %91 : tensor<8xf32>
    %93 = stablehlo.add %50, %cst_4 : tensor<8xf32>
    %94 = stablehlo.multiply %93, %93 : tensor<8xf32>
    %95 = stablehlo.divide %cst_5, %94 : tensor<8xf32>
    %96 = stablehlo.subtract %90, %95 : tensor<8xf32>
    %97 = stablehlo.divide %cst_5, %93 : tensor<8xf32>
    %98 = stablehlo.add %92, %97 : tensor<8xf32>
    %99 = stablehlo.add %cst_3, %50 : tensor<8xf32>
    %100 = stablehlo.divide %50, %cst_3 : tensor<8xf32>
    %101 = stablehlo.log_plus_one %100 : tensor<8xf32>
    %102 = stablehlo.add %cst_2, %101 : tensor<8xf32>
    %103 = stablehlo.divide %96, %98 : tensor<8xf32>
    %104 = stablehlo.divide %cst_6, %99 : tensor<8xf32>
    %105 = stablehlo.add %102, %103 : tensor<8xf32>
    %106 = stablehlo.subtract %105, %104 : tensor<8xf32>
    %107 = stablehlo.add %arg0, %cst_21 : tensor<8xf32>
    %108 = stablehlo.floor %107 : tensor<8xf32>
    %109 = stablehlo.abs %108 : tensor<8xf32>
    %110 = stablehlo.add %arg0, %109 : tensor<8xf32>
    %111 = stablehlo.multiply %cst_1, %110 : tensor<8xf32>
    %112 = stablehlo.cosine %111 : tensor<8xf32>
    %113 = stablehlo.sine %111 : tensor<8xf32>
    %114 = stablehlo.multiply %cst_1, %112 : tensor<8xf32>
    %115 = stablehlo.divide %114, %113 : tensor<8xf32>
    %116 = stablehlo.subtract %106, %115 : tensor<8xf32>
    %117 = stablehlo.select %47, %116, %106 : tensor<8xi1>, tensor<8xf32>
    %118 = stablehlo.compare EQ, %arg0, %cst_19 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %119 = stablehlo.compare LT, %arg0, %cst_19 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %120 = stablehlo.floor %arg0 : tensor<8xf32>
    %121 = stablehlo.compare EQ, %arg0, %120 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %122 = stablehlo.and %119, %121 : tensor<8xi1>
    %123 = stablehlo.select %122, %cst_0, %117 : tensor<8xi1>, tensor<8xf32>
    %124 = stablehlo.select %118, %cst, %123 : tensor<8xi1>, tensor<8xf32>
    %125 = stablehlo.subtract %46, %124 : tensor<8xf32>
    %126 = stablehlo.multiply %45#1, %125 : tensor<8xf32>
    %127 = stablehlo.add %45#13, %126 : tensor<8xf32>
    %128 = stablehlo.multiply %127, %arg1 : tensor<8xf32>
    %129 = stablehlo.negate %128 : tensor<8xf32>
    %130 = stablehlo.negate %129 : tensor<8xf32>
    %131 = stablehlo.not %13 : tensor<8xi1>
    %132 = stablehlo.and %26, %131 : tensor<8xi1>
    %133 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %134 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %135 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %136 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %137:7 = stablehlo.while(%iterArg = %132, %iterArg_29 = %arg0, %iterArg_30 = %133, %iterArg_31 = %134, %iterArg_32 = %arg1, %iterArg_33 = %135, %iterArg_34 = %136) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %231 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %231 : tensor<i1>
    } do {
      %231 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %232 = stablehlo.add %iterArg_29, %231 : tensor<8xf32>
      %233 = stablehlo.divide %iterArg_32, %232 : tensor<8xf32>
      %234 = stablehlo.multiply %iterArg_33, %233 : tensor<8xf32>
      %235 = stablehlo.multiply %iterArg_30, %iterArg_32 : tensor<8xf32>
      %236 = stablehlo.multiply %232, %232 : tensor<8xf32>
      %237 = stablehlo.divide %235, %236 : tensor<8xf32>
      %238 = stablehlo.subtract %234, %237 : tensor<8xf32>
      %239 = stablehlo.add %iterArg_34, %238 : tensor<8xf32>
      %240 = stablehlo.divide %iterArg_32, %232 : tensor<8xf32>
      %241 = stablehlo.multiply %iterArg_30, %240 : tensor<8xf32>
      %242 = stablehlo.add %iterArg_31, %241 : tensor<8xf32>
      %243 = stablehlo.divide %238, %239 : tensor<8xf32>
      %244 = stablehlo.abs %243 : tensor<8xf32>
      %245 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %246 = stablehlo.compare GT, %244, %245, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %247 = stablehlo.and %iterArg, %246 : tensor<8xi1>
      %248 = stablehlo.select %iterArg, %232, %iterArg_29 : tensor<8xi1>, tensor<8xf32>
      %249 = stablehlo.select %iterArg, %241, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %250 = stablehlo.select %iterArg, %242, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %251 = stablehlo.select %iterArg, %iterArg_32, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %252 = stablehlo.select %iterArg, %238, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %253 = stablehlo.select %iterArg, %239, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %247, %248, %249, %250, %251, %252, %253 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %138 = stablehlo.log %arg1 : tensor<8xf32>
    %139 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %140 = stablehlo.add %arg0, %139 : tensor<8xf32>
    %141 = stablehlo.compare LT, %140, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %142 = stablehlo.negate %140 : tensor<8xf32>
    %143 = stablehlo.subtract %140, %cst_20 : tensor<8xf32>
    %144 = stablehlo.select %141, %142, %143 : tensor<8xi1>, tensor<8xf32>
    %145 = stablehlo.add %144, %cst_20 : tensor<8xf32>
    %146 = stablehlo.multiply %145, %145 : tensor<8xf32>
    %147 = stablehlo.divide %cst_18, %146 : tensor<8xf32>
    %148 = stablehlo.subtract %cst_19, %147 : tensor<8xf32>
    %149 = stablehlo.divide %cst_18, %145 : tensor<8xf32>
    %150 = stablehlo.add %cst_20, %149 : tensor<8xf32>
    %151 = stablehlo.add %144, %cst_16 : tensor<8xf32>
    %152 = stablehlo.multiply %151, %151 : tensor<8xf32>
    %153 = stablehlo.divide %cst_17, %152 : tensor<8xf32>
    %154 = stablehlo.subtract %148, %153 : tensor<8xf32>
    %155 = stablehlo.divide %cst_17, %151 : tensor<8xf32>
    %156 = stablehlo.add %150, %155 : tensor<8xf32>
    %157 = stablehlo.add %144, %cst_14 : tensor<8xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<8xf32>
    %159 = stablehlo.divide %cst_15, %158 : tensor<8xf32>
    %160 = stablehlo.subtract %154, %159 : tensor<8xf32>
    %161 = stablehlo.divide %cst_15, %157 : tensor<8xf32>
    %162 = stablehlo.add %156, %161 : tensor<8xf32>
    %163 = stablehlo.add %144, %cst_12 : tensor<8xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<8xf32>
    %165 = stablehlo.divide %cst_13, %164 : tensor<8xf32>
    %166 = stablehlo.subtract %160, %165 : tensor<8xf32>
    %167 = stablehlo.divide %cst_13, %163 : tensor<8xf32>
    %168 = stablehlo.add %162, %167 : tensor<8xf32>
    %169 = stablehlo.add %144, %cst_10 : tensor<8xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<8xf32>
    %171 = stablehlo.divide %cst_11, %170 : tensor<8xf32>
    %172 = stablehlo.subtract %166, %171 : tensor<8xf32>
    %173 = stablehlo.divide %cst_11, %169 : tensor<8xf32>
    %174 = stablehlo.add %168, %173 : tensor<8xf32>
    %175 = stablehlo.add %144, %cst_8 : tensor<8xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<8xf32>
    %177 = stablehlo.divide %cst_9, %176 : tensor<8xf32>
    %178 = stablehlo.subtract %172, %177 : tensor<8xf32>
    %179 = stablehlo.divide %cst_9, %175 : tensor<8xf32>
    %180 = stablehlo.add %174, %179 : tensor<8xf32>
    %181 = stablehlo.add %144, %cst_6 : tensor<8xf32>
    %182 = stablehlo.multiply %181, %181 : tensor<8xf32>
    %183 = stablehlo.divide %cst_7, %182 : tensor<8xf32>
    %184 = stablehlo.subtract %178, %183 : tensor<8xf32>
    %185 = stablehlo.divide %cst_7, %181 : tensor<8xf32>
    %186 = stablehlo.add %180, %185 : tensor<8xf32>
    %187 = stablehlo.add %144, %cst_4 : tensor<8xf32>
    %188 = stablehlo.multiply %187, %187 : tensor<8xf32>
    %189 = stablehlo.divide %cst_5, %188 : tensor<8xf32>
    %190 = stablehlo.subtract %184, %189 : tensor<8xf32>
    %191 = stablehlo.divide %cst_5, %187 : tensor<8xf32>
    %192 = stablehlo.add %186, %191 : tensor<8xf32>
    %193 = stablehlo.add %cst_3, %144 : tensor<8xf32>
    %194 = stablehlo.divide %144, %cst_3 : tensor<8xf32>
    %195 = stablehlo.log_plus_one %194 : tensor<8xf32>
    %196 = stablehlo.add %cst_2, %195 : tensor<8xf32>
    %197 = stablehlo.divide %190, %192 : tensor<8xf32>
    %198 = stablehlo.divide %cst_6, %193 : tensor<8xf32>
    %199 = stablehlo.add %196, %197 : tensor<8xf32>
    %200 = stablehlo.subtract %199, %198 : tensor<8xf32>
    %201 = stablehlo.add %140, %cst_21 : tensor<8xf32>
    %202 = stablehlo.floor %201 : tensor<8xf32>
    %203 = stablehlo.abs %202 : tensor<8xf32>
    %204 = stablehlo.add %140, %203 : tensor<8xf32>
    %205 = stablehlo.multiply %cst_1, %204 : tensor<8xf32>
    %206 = stablehlo.cosine %205 : tensor<8xf32>
    %207 = stablehlo.sine %205 : tensor<8xf32>
    %208 = stablehlo.multiply %cst_1, %206 : tensor<8xf32>
    %209 = stablehlo.divide %208, %207 : tensor<8xf32>
    %210 = stablehlo.subtract %200, %209 : tensor<8xf32>
    %211 = stablehlo.select %141, %210, %200 : tensor<8xi1>, tensor<8xf32>
    %212 = stablehlo.compare EQ, %140, %cst_19 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %213 = stablehlo.compare LT, %140, %cst_19 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %214 = stablehlo.floor %140 : tensor<8xf32>
    %215 = stablehlo.compare EQ, %140, %214 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %216 = stablehlo.and %213, %215 : tensor<8xi1>
    %217 = stablehlo.select %216, %cst_0, %211 : tensor<8xi1>, tensor<8xf32>
    %218 = stablehlo.select %212, %cst, %217 : tensor<8xi1>, tensor<8xf32>
    %219 = stablehlo.subtract %138, %218 : tensor<8xf32>
    %220 = stablehlo.multiply %137#3, %219 : tensor<8xf32>
    %221 = stablehlo.add %137#6, %220 : tensor<8xf32>
    %222 = stablehlo.negate %221 : tensor<8xf32>
    %223 = stablehlo.multiply %222, %arg1 : tensor<8xf32>
    %224 = stablehlo.divide %223, %arg0 : tensor<8xf32>
    %225 = stablehlo.select %13, %130, %224 : tensor<8xi1>, tensor<8xf32>
    %226 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %227 = stablehlo.select %4, %226, %225 : tensor<8xi1>, tensor<8xf32>
    %228 = stablehlo.or %9, %2 : tensor<8xi1>
    %229 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %230 = stablehlo.select %228, %229, %227 : tensor<8xi1>, tensor<8xf32>
    return %230 : tensor<8xf32>
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
