module @jit_up_and_broadcast attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<0x7F800000> : tensor<8xf32>
    %cst_2 = stablehlo.constant dense<1.14472985> : tensor<8xf32>
    %cst_3 = stablehlo.constant dense<3.14159274> : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<0.918938517> : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<2.01490307> : tensor<8xf32>
    %cst_6 = stablehlo.constant dense<7.500000e+00> : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<8.000000e+00> : tensor<8xf32>
    %cst_8 = stablehlo.constant dense<1.50563267E-7> : tensor<8xf32>
    %cst_9 = stablehlo.constant dense<7.000000e+00> : tensor<8xf32>
    %cst_10 = stablehlo.constant dense<9.98436917E-6> : tensor<8xf32>
    %cst_11 = stablehlo.constant dense<6.000000e+00> : tensor<8xf32>
    %cst_12 = stablehlo.constant dense<-0.138571098> : tensor<8xf32>
    %cst_13 = stablehlo.constant dense<5.000000e+00> : tensor<8xf32>
    %cst_14 = stablehlo.constant dense<12.5073433> : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<4.000000e+00> : tensor<8xf32>
    %cst_16 = stablehlo.constant dense<-176.615036> : tensor<8xf32>
    %cst_17 = stablehlo.constant dense<3.000000e+00> : tensor<8xf32>
    %cst_18 = stablehlo.constant dense<771.323425> : tensor<8xf32>
    %cst_19 = stablehlo.constant dense<2.000000e+00> : tensor<8xf32>
    %cst_20 = stablehlo.constant dense<-1259.13916> : tensor<8xf32>
    %cst_21 = stablehlo.constant dense<676.520386> : tensor<8xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<8xf32>
    %cst_23 = stablehlo.constant dense<5.000000e-01> : tensor<8xf32>
    %cst_24 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.1920929E-7> : tensor<f32>
    %cst_26 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_27 = stablehlo.constant dense<2.000000e+03> : tensor<f32>
    %cst_28 = stablehlo.constant dense<3.40282347E+38> : tensor<f32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.compare  NE, %arg0, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.or %0, %1 : tensor<8xi1>
    %3 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.compare  EQ, %arg1, %3,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.compare  LT, %arg1, %5,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare  LE, %arg0, %7,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.or %6, %8 : tensor<8xi1>
    %10 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %11 = stablehlo.compare  GT, %arg1, %10,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %12 = stablehlo.compare  GT, %arg1, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.and %11, %12 : tensor<8xi1>
    %14 = stablehlo.log %arg1 : tensor<8xf32>
    %15 = stablehlo.multiply %arg0, %14 : tensor<8xf32>
    %16 = stablehlo.subtract %15, %arg1 : tensor<8xf32>
    %17 = stablehlo.compare  LT, %arg0, %cst_23 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %18 = stablehlo.negate %arg0 : tensor<8xf32>
    %19 = stablehlo.subtract %arg0, %cst_22 : tensor<8xf32>
    %20 = stablehlo.select %17, %18, %19 : tensor<8xi1>, tensor<8xf32>
    %21 = stablehlo.add %20, %cst_22 : tensor<8xf32>
    %22 = stablehlo.divide %cst_21, %21 : tensor<8xf32>
    %23 = stablehlo.add %cst_22, %22 : tensor<8xf32>
    %24 = stablehlo.add %20, %cst_19 : tensor<8xf32>
    %25 = stablehlo.divide %cst_20, %24 : tensor<8xf32>
    %26 = stablehlo.add %23, %25 : tensor<8xf32>
    %27 = stablehlo.add %20, %cst_17 : tensor<8xf32>
    %28 = stablehlo.divide %cst_18, %27 : tensor<8xf32>
    %29 = stablehlo.add %26, %28 : tensor<8xf32>
    %30 = stablehlo.add %20, %cst_15 : tensor<8xf32>
    %31 = stablehlo.divide %cst_16, %30 : tensor<8xf32>
    %32 = stablehlo.add %29, %31 : tensor<8xf32>
    %33 = stablehlo.add %20, %cst_13 : tensor<8xf32>
    %34 = stablehlo.divide %cst_14, %33 : tensor<8xf32>
    %35 = stablehlo.add %32, %34 : tensor<8xf32>
    %36 = stablehlo.add %20, %cst_11 : tensor<8xf32>
    %37 = stablehlo.divide %cst_12, %36 : tensor<8xf32>
    %38 = stablehlo.add %35, %37 : tensor<8xf32>
    %39 = stablehlo.add %20, %cst_9 : tensor<8xf32>
    %40 = stablehlo.divide %cst_10, %39 : tensor<8xf32>
    %41 = stablehlo.add %38, %40 : tensor<8xf32>
    %42 = stablehlo.add %20, %cst_7 : tensor<8xf32>
    %43 = stablehlo.divide %cst_8, %42 : tensor<8xf32>
    %44 = stablehlo.add %41, %43 : tensor<8xf32>
    %45 = stablehlo.add %cst_6, %20 : tensor<8xf32>
    %46 = stablehlo.divide %20, %cst_6 : tensor<8xf32>
    %47 = stablehlo.log_plus_one %46 : tensor<8xf32>
    %48 = stablehlo.add %cst_5, %47 : tensor<8xf32>
    %49 = stablehlo.divide %45, %48 : tensor<8xf32>
    %50 = stablehlo.add %20, %cst_23 : tensor<8xf32>
    %51 = stablehlo.subtract %50, %49 : tensor<8xf32>
    %52 = stablehlo.multiply %51, %48 : tensor<8xf32>
    %53 = stablehlo.log %44 : tensor<8xf32>
    %54 = stablehlo.add %cst_4, %52 : tensor<8xf32>
    %55 = stablehlo.add %54, %53 : tensor<8xf32>
    %56 = stablehlo.abs %arg0 : tensor<8xf32>
    %57 = stablehlo.floor %56 : tensor<8xf32>
    %58 = stablehlo.subtract %56, %57 : tensor<8xf32>
    %59 = stablehlo.compare  LT, %cst_23, %58 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %60 = stablehlo.subtract %cst_22, %58 : tensor<8xf32>
    %61 = stablehlo.select %59, %60, %58 : tensor<8xi1>, tensor<8xf32>
    %62 = stablehlo.multiply %cst_3, %61 : tensor<8xf32>
    %63 = stablehlo.sine %62 : tensor<8xf32>
    %64 = stablehlo.log %63 : tensor<8xf32>
    %65 = stablehlo.subtract %cst_2, %64 : tensor<8xf32>
    %66 = stablehlo.subtract %65, %55 : tensor<8xf32>
    %67 = stablehlo.is_finite %64 : (tensor<8xf32>) -> tensor<8xi1>
    %68 = stablehlo.negate %64 : tensor<8xf32>
    %69 = stablehlo.select %67, %66, %68 : tensor<8xi1>, tensor<8xf32>
    %70 = stablehlo.select %17, %69, %55 : tensor<8xi1>, tensor<8xf32>
    %71 = stablehlo.abs %arg0 : tensor<8xf32>
    %72 = stablehlo.compare  EQ, %71, %cst_1 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %73 = stablehlo.select %72, %cst_1, %70 : tensor<8xi1>, tensor<8xf32>
    %74 = stablehlo.subtract %16, %73 : tensor<8xf32>
    %75 = stablehlo.log %cst_28 : tensor<f32>
    %76 = stablehlo.negate %75 : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %78 = stablehlo.compare  LT, %74, %77,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %79 = stablehlo.or %4, %9 : tensor<8xi1>
    %80 = stablehlo.or %79, %78 : tensor<8xi1>
    %81 = stablehlo.or %80, %2 : tensor<8xi1>
    %82 = stablehlo.not %81 : tensor<8xi1>
    %83 = stablehlo.and %82, %13 : tensor<8xi1>
    %84 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %85 = stablehlo.subtract %84, %arg0 : tensor<8xf32>
    %86 = stablehlo.add %arg1, %85 : tensor<8xf32>
    %87 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %88 = stablehlo.add %86, %87 : tensor<8xf32>
    %89 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %90 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %91 = stablehlo.add %arg1, %90 : tensor<8xf32>
    %92 = stablehlo.multiply %88, %arg1 : tensor<8xf32>
    %93 = stablehlo.divide %91, %92 : tensor<8xf32>
    %94 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %95 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %96 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %97 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %98 = stablehlo.negate %arg1 : tensor<8xf32>
    %99 = stablehlo.multiply %93, %98 : tensor<8xf32>
    %100 = stablehlo.subtract %97, %99 : tensor<8xf32>
    %101 = stablehlo.divide %100, %92 : tensor<8xf32>
    %102:15 = stablehlo.while(%iterArg = %83, %iterArg_31 = %93, %iterArg_32 = %94, %iterArg_33 = %85, %iterArg_34 = %88, %iterArg_35 = %cst_30, %iterArg_36 = %91, %iterArg_37 = %92, %iterArg_38 = %89, %iterArg_39 = %arg1, %iterArg_40 = %95, %iterArg_41 = %96, %iterArg_42 = %97, %iterArg_43 = %98, %iterArg_44 = %101) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %284 = stablehlo.compare  LT, %iterArg_35, %cst_27,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %285 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %286 = stablehlo.and %284, %285 : tensor<i1>
      stablehlo.return %286 : tensor<i1>
    } do {
      %284 = stablehlo.add %iterArg_35, %cst_29 : tensor<f32>
      %285 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %286 = stablehlo.add %iterArg_33, %285 : tensor<8xf32>
      %287 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %288 = stablehlo.add %iterArg_34, %287 : tensor<8xf32>
      %289 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %290 = stablehlo.multiply %286, %289 : tensor<8xf32>
      %291 = stablehlo.multiply %iterArg_36, %288 : tensor<8xf32>
      %292 = stablehlo.multiply %iterArg_38, %290 : tensor<8xf32>
      %293 = stablehlo.subtract %291, %292 : tensor<8xf32>
      %294 = stablehlo.multiply %iterArg_37, %288 : tensor<8xf32>
      %295 = stablehlo.multiply %iterArg_39, %290 : tensor<8xf32>
      %296 = stablehlo.subtract %294, %295 : tensor<8xf32>
      %297 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %298 = stablehlo.compare  NE, %296, %297,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %299 = stablehlo.divide %293, %296 : tensor<8xf32>
      %300 = stablehlo.subtract %iterArg_31, %299 : tensor<8xf32>
      %301 = stablehlo.divide %300, %299 : tensor<8xf32>
      %302 = stablehlo.abs %301 : tensor<8xf32>
      %303 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %304 = stablehlo.select %298, %302, %303 : tensor<8xi1>, tensor<8xf32>
      %305 = stablehlo.select %298, %299, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %306 = stablehlo.multiply %iterArg_42, %288 : tensor<8xf32>
      %307 = stablehlo.subtract %306, %iterArg_36 : tensor<8xf32>
      %308 = stablehlo.multiply %iterArg_40, %290 : tensor<8xf32>
      %309 = stablehlo.subtract %307, %308 : tensor<8xf32>
      %310 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %311 = stablehlo.multiply %iterArg_38, %310 : tensor<8xf32>
      %312 = stablehlo.add %309, %311 : tensor<8xf32>
      %313 = stablehlo.multiply %iterArg_43, %288 : tensor<8xf32>
      %314 = stablehlo.subtract %313, %iterArg_37 : tensor<8xf32>
      %315 = stablehlo.multiply %iterArg_41, %290 : tensor<8xf32>
      %316 = stablehlo.subtract %314, %315 : tensor<8xf32>
      %317 = stablehlo.broadcast_in_dim %284, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %318 = stablehlo.multiply %iterArg_39, %317 : tensor<8xf32>
      %319 = stablehlo.add %316, %318 : tensor<8xf32>
      %320 = stablehlo.multiply %305, %319 : tensor<8xf32>
      %321 = stablehlo.subtract %312, %320 : tensor<8xf32>
      %322 = stablehlo.divide %321, %296 : tensor<8xf32>
      %323 = stablehlo.select %298, %322, %iterArg_44 : tensor<8xi1>, tensor<8xf32>
      %324 = stablehlo.subtract %323, %iterArg_44 : tensor<8xf32>
      %325 = stablehlo.abs %324 : tensor<8xf32>
      %326 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %327 = stablehlo.select %298, %325, %326 : tensor<8xi1>, tensor<8xf32>
      %328 = stablehlo.abs %293 : tensor<8xf32>
      %329 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<f32>
      %330 = stablehlo.divide %329, %cst_25 : tensor<f32>
      %331 = stablehlo.broadcast_in_dim %330, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %332 = stablehlo.compare  GT, %328, %331,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %333 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %334 = stablehlo.multiply %iterArg_36, %333 : tensor<8xf32>
      %335 = stablehlo.select %332, %334, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %336 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %337 = stablehlo.multiply %293, %336 : tensor<8xf32>
      %338 = stablehlo.select %332, %337, %293 : tensor<8xi1>, tensor<8xf32>
      %339 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %340 = stablehlo.multiply %iterArg_37, %339 : tensor<8xf32>
      %341 = stablehlo.select %332, %340, %iterArg_37 : tensor<8xi1>, tensor<8xf32>
      %342 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %343 = stablehlo.multiply %296, %342 : tensor<8xf32>
      %344 = stablehlo.select %332, %343, %296 : tensor<8xi1>, tensor<8xf32>
      %345 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %346 = stablehlo.multiply %iterArg_42, %345 : tensor<8xf32>
      %347 = stablehlo.select %332, %346, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %348 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %349 = stablehlo.multiply %iterArg_43, %348 : tensor<8xf32>
      %350 = stablehlo.select %332, %349, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      %351 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %352 = stablehlo.multiply %312, %351 : tensor<8xf32>
      %353 = stablehlo.select %332, %352, %312 : tensor<8xi1>, tensor<8xf32>
      %354 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %355 = stablehlo.multiply %319, %354 : tensor<8xf32>
      %356 = stablehlo.select %332, %355, %319 : tensor<8xi1>, tensor<8xf32>
      %357 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %358 = stablehlo.compare  GT, %327, %357,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %359 = stablehlo.and %iterArg, %358 : tensor<8xi1>
      %360 = stablehlo.select %iterArg, %305, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %361 = stablehlo.select %iterArg, %304, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %362 = stablehlo.select %iterArg, %286, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %363 = stablehlo.select %iterArg, %288, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %364 = stablehlo.select %iterArg, %338, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %365 = stablehlo.select %iterArg, %344, %iterArg_37 : tensor<8xi1>, tensor<8xf32>
      %366 = stablehlo.select %iterArg, %335, %iterArg_38 : tensor<8xi1>, tensor<8xf32>
      %367 = stablehlo.select %iterArg, %341, %iterArg_39 : tensor<8xi1>, tensor<8xf32>
      %368 = stablehlo.select %iterArg, %347, %iterArg_40 : tensor<8xi1>, tensor<8xf32>
      %369 = stablehlo.select %iterArg, %350, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %370 = stablehlo.select %iterArg, %353, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %371 = stablehlo.select %iterArg, %356, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      %372 = stablehlo.select %iterArg, %323, %iterArg_44 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %359, %360, %361, %362, %363, %284, %364, %365, %366, %367, %368, %369, %370, %371, %372 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %103 = stablehlo.log %arg1 : tensor<8xf32>
    %104 = stablehlo.compare  LT, %arg0, %cst_23 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %105 = stablehlo.negate %arg0 : tensor<8xf32>
    %106 = stablehlo.subtract %arg0, %cst_22 : tensor<8xf32>
    %107 = stablehlo.select %104, %105, %106 : tensor<8xi1>, tensor<8xf32>
    %108 = stablehlo.add %107, %cst_22 : tensor<8xf32>
    %109 = stablehlo.multiply %108, %108 : tensor<8xf32>
    %110 = stablehlo.divide %cst_21, %109 : tensor<8xf32>
    %111 = stablehlo.subtract %cst_0, %110 : tensor<8xf32>
    %112 = stablehlo.divide %cst_21, %108 : tensor<8xf32>
    %113 = stablehlo.add %cst_22, %112 : tensor<8xf32>
    %114 = stablehlo.add %107, %cst_19 : tensor<8xf32>
    %115 = stablehlo.multiply %114, %114 : tensor<8xf32>
    %116 = stablehlo.divide %cst_20, %115 : tensor<8xf32>
    %117 = stablehlo.subtract %111, %116 : tensor<8xf32>
    %118 = stablehlo.divide %cst_20, %114 : tensor<8xf32>
    %119 = stablehlo.add %113, %118 : tensor<8xf32>
    %120 = stablehlo.add %107, %cst_17 : tensor<8xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<8xf32>
    %122 = stablehlo.divide %cst_18, %121 : tensor<8xf32>
    %123 = stablehlo.subtract %117, %122 : tensor<8xf32>
    %124 = stablehlo.divide %cst_18, %120 : tensor<8xf32>
    %125 = stablehlo.add %119, %124 : tensor<8xf32>
    %126 = stablehlo.add %107, %cst_15 : tensor<8xf32>
    %127 = stablehlo.multiply %126, %126 : tensor<8xf32>
    %128 = stablehlo.divide %cst_16, %127 : tensor<8xf32>
    %129 = stablehlo.subtract %123, %128 : tensor<8xf32>
    %130 = stablehlo.divide %cst_16, %126 : tensor<8xf32>
    %131 = stablehlo.add %125, %130 : tensor<8xf32>
    %132 = stablehlo.add %107, %cst_13 : tensor<8xf32>
    %133 = stablehlo.multiply %132, %132 : tensor<8xf32>
    %134 = stablehlo.divide %cst_14, %133 : tensor<8xf32>
    %135 = stablehlo.subtract %129, %134 : tensor<8xf32>
    %136 = stablehlo.divide %cst_14, %132 : tensor<8xf32>
    %137 = stablehlo.add %131, %136 : tensor<8xf32>
    %138 = stablehlo.add %107, %cst_11 : tensor<8xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<8xf32>
    %140 = stablehlo.divide %cst_12, %139 : tensor<8xf32>
    %141 = stablehlo.subtract %135, %140 : tensor<8xf32>
    %142 = stablehlo.divide %cst_12, %138 : tensor<8xf32>
    %143 = stablehlo.add %137, %142 : tensor<8xf32>
    %144 = stablehlo.add %107, %cst_9 : tensor<8xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<8xf32>
    %146 = stablehlo.divide %cst_10, %145 : tensor<8xf32>
    %147 = stablehlo.subtract %141, %146 : tensor<8xf32>
    %148 = stablehlo.divide %cst_10, %144 : tensor<8xf32>
    %149 = stablehlo.add %143, %148 : tensor<8xf32>
    %150 = stablehlo.add %107, %cst_7 : tensor<8xf32>
    %151 = stablehlo.multiply %150, %150 : tensor<8xf32>
    %152 = stablehlo.divide %cst_8, %151 : tensor<8xf32>
    %153 = stablehlo.subtract %147, %152 : tensor<8xf32>
    %154 = stablehlo.divide %cst_8, %150 : tensor<8xf32>
    %155 = stablehlo.add %149, %154 : tensor<8xf32>
    %156 = stablehlo.add %cst_6, %107 : tensor<8xf32>
    %157 = stablehlo.divide %107, %cst_6 : tensor<8xf32>
    %158 = stablehlo.log_plus_one %157 : tensor<8xf32>
    %159 = stablehlo.add %cst_5, %158 : tensor<8xf32>
    %160 = stablehlo.divide %153, %155 : tensor<8xf32>
    %161 = stablehlo.divide %cst_9, %156 : tensor<8xf32>
    %162 = stablehlo.add %159, %160 : tensor<8xf32>
    %163 = stablehlo.subtract %162, %161 : tensor<8xf32>
    %164 = stablehlo.add %arg0, %cst_23 : tensor<8xf32>
    %165 = stablehlo.floor %164 : tensor<8xf32>
    %166 = stablehlo.abs %165 : tensor<8xf32>
    %167 = stablehlo.add %arg0, %166 : tensor<8xf32>
    %168 = stablehlo.multiply %cst_3, %167 : tensor<8xf32>
    %169 = stablehlo.cosine %168 : tensor<8xf32>
    %170 = stablehlo.sine %168 : tensor<8xf32>
    %171 = stablehlo.multiply %cst_3, %169 : tensor<8xf32>
    %172 = stablehlo.divide %171, %170 : tensor<8xf32>
    %173 = stablehlo.subtract %163, %172 : tensor<8xf32>
    %174 = stablehlo.select %104, %173, %163 : tensor<8xi1>, tensor<8xf32>
    %175 = stablehlo.compare  LE, %arg0, %cst_0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %176 = stablehlo.floor %arg0 : tensor<8xf32>
    %177 = stablehlo.compare  EQ, %arg0, %176 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %178 = stablehlo.and %175, %177 : tensor<8xi1>
    %179 = stablehlo.select %178, %cst, %174 : tensor<8xi1>, tensor<8xf32>
    %180 = stablehlo.subtract %103, %179 : tensor<8xf32>
    %181 = stablehlo.multiply %102#1, %180 : tensor<8xf32>
    %182 = stablehlo.add %102#14, %181 : tensor<8xf32>
    %183 = stablehlo.multiply %182, %arg1 : tensor<8xf32>
    %184 = stablehlo.negate %183 : tensor<8xf32>
    %185 = stablehlo.negate %184 : tensor<8xf32>
    %186 = stablehlo.not %13 : tensor<8xi1>
    %187 = stablehlo.and %82, %186 : tensor<8xi1>
    %188 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %189 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %190 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %191 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %192:7 = stablehlo.while(%iterArg = %187, %iterArg_31 = %arg0, %iterArg_32 = %188, %iterArg_33 = %189, %iterArg_34 = %arg1, %iterArg_35 = %190, %iterArg_36 = %191) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %284 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %284 : tensor<i1>
    } do {
      %284 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %285 = stablehlo.add %iterArg_31, %284 : tensor<8xf32>
      %286 = stablehlo.divide %iterArg_34, %285 : tensor<8xf32>
      %287 = stablehlo.multiply %iterArg_35, %286 : tensor<8xf32>
      %288 = stablehlo.multiply %iterArg_32, %iterArg_34 : tensor<8xf32>
      %289 = stablehlo.multiply %285, %285 : tensor<8xf32>
      %290 = stablehlo.divide %288, %289 : tensor<8xf32>
      %291 = stablehlo.subtract %287, %290 : tensor<8xf32>
      %292 = stablehlo.add %iterArg_36, %291 : tensor<8xf32>
      %293 = stablehlo.divide %iterArg_34, %285 : tensor<8xf32>
      %294 = stablehlo.multiply %iterArg_32, %293 : tensor<8xf32>
      %295 = stablehlo.add %iterArg_33, %294 : tensor<8xf32>
      %296 = stablehlo.divide %291, %292 : tensor<8xf32>
      %297 = stablehlo.abs %296 : tensor<8xf32>
      %298 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %299 = stablehlo.compare  GT, %297, %298,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %300 = stablehlo.and %iterArg, %299 : tensor<8xi1>
      %301 = stablehlo.select %iterArg, %285, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %302 = stablehlo.select %iterArg, %294, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %303 = stablehlo.select %iterArg, %295, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %304 = stablehlo.select %iterArg, %iterArg_34, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %305 = stablehlo.select %iterArg, %291, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %306 = stablehlo.select %iterArg, %292, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %300, %301, %302, %303, %304, %305, %306 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %193 = stablehlo.log %arg1 : tensor<8xf32>
    %194 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %195 = stablehlo.add %arg0, %194 : tensor<8xf32>
    %196 = stablehlo.compare  LT, %195, %cst_23 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %197 = stablehlo.negate %195 : tensor<8xf32>
    %198 = stablehlo.subtract %195, %cst_22 : tensor<8xf32>
    %199 = stablehlo.select %196, %197, %198 : tensor<8xi1>, tensor<8xf32>
    %200 = stablehlo.add %199, %cst_22 : tensor<8xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<8xf32>
    %202 = stablehlo.divide %cst_21, %201 : tensor<8xf32>
    %203 = stablehlo.subtract %cst_0, %202 : tensor<8xf32>
    %204 = stablehlo.divide %cst_21, %200 : tensor<8xf32>
    %205 = stablehlo.add %cst_22, %204 : tensor<8xf32>
    %206 = stablehlo.add %199, %cst_19 : tensor<8xf32>
    %207 = stablehlo.multiply %206, %206 : tensor<8xf32>
    %208 = stablehlo.divide %cst_20, %207 : tensor<8xf32>
    %209 = stablehlo.subtract %203, %208 : tensor<8xf32>
    %210 = stablehlo.divide %cst_20, %206 : tensor<8xf32>
    %211 = stablehlo.add %205, %210 : tensor<8xf32>
    %212 = stablehlo.add %199, %cst_17 : tensor<8xf32>
    %213 = stablehlo.multiply %212, %212 : tensor<8xf32>
    %214 = stablehlo.divide %cst_18, %213 : tensor<8xf32>
    %215 = stablehlo.subtract %209, %214 : tensor<8xf32>
    %216 = stablehlo.divide %cst_18, %212 : tensor<8xf32>
    %217 = stablehlo.add %211, %216 : tensor<8xf32>
    %218 = stablehlo.add %199, %cst_15 : tensor<8xf32>
    %219 = stablehlo.multiply %218, %218 : tensor<8xf32>
    %220 = stablehlo.divide %cst_16, %219 : tensor<8xf32>
    %221 = stablehlo.subtract %215, %220 : tensor<8xf32>
    %222 = stablehlo.divide %cst_16, %218 : tensor<8xf32>
    %223 = stablehlo.add %217, %222 : tensor<8xf32>
    %224 = stablehlo.add %199, %cst_13 : tensor<8xf32>
    %225 = stablehlo.multiply %224, %224 : tensor<8xf32>
    %226 = stablehlo.divide %cst_14, %225 : tensor<8xf32>
    %227 = stablehlo.subtract %221, %226 : tensor<8xf32>
    %228 = stablehlo.divide %cst_14, %224 : tensor<8xf32>
    %229 = stablehlo.add %223, %228 : tensor<8xf32>
    %230 = stablehlo.add %199, %cst_11 : tensor<8xf32>
    %231 = stablehlo.multiply %230, %230 : tensor<8xf32>
    %232 = stablehlo.divide %cst_12, %231 : tensor<8xf32>
    %233 = stablehlo.subtract %227, %232 : tensor<8xf32>
    %234 = stablehlo.divide %cst_12, %230 : tensor<8xf32>
    %235 = stablehlo.add %229, %234 : tensor<8xf32>
    %236 = stablehlo.add %199, %cst_9 : tensor<8xf32>
    %237 = stablehlo.multiply %236, %236 : tensor<8xf32>
    %238 = stablehlo.divide %cst_10, %237 : tensor<8xf32>
    %239 = stablehlo.subtract %233, %238 : tensor<8xf32>
    %240 = stablehlo.divide %cst_10, %236 : tensor<8xf32>
    %241 = stablehlo.add %235, %240 : tensor<8xf32>
    %242 = stablehlo.add %199, %cst_7 : tensor<8xf32>
    %243 = stablehlo.multiply %242, %242 : tensor<8xf32>
    %244 = stablehlo.divide %cst_8, %243 : tensor<8xf32>
    %245 = stablehlo.subtract %239, %244 : tensor<8xf32>
    %246 = stablehlo.divide %cst_8, %242 : tensor<8xf32>
    %247 = stablehlo.add %241, %246 : tensor<8xf32>
    %248 = stablehlo.add %cst_6, %199 : tensor<8xf32>
    %249 = stablehlo.divide %199, %cst_6 : tensor<8xf32>
    %250 = stablehlo.log_plus_one %249 : tensor<8xf32>
    %251 = stablehlo.add %cst_5, %250 : tensor<8xf32>
    %252 = stablehlo.divide %245, %247 : tensor<8xf32>
    %253 = stablehlo.divide %cst_9, %248 : tensor<8xf32>
    %254 = stablehlo.add %251, %252 : tensor<8xf32>
    %255 = stablehlo.subtract %254, %253 : tensor<8xf32>
    %256 = stablehlo.add %195, %cst_23 : tensor<8xf32>
    %257 = stablehlo.floor %256 : tensor<8xf32>
    %258 = stablehlo.abs %257 : tensor<8xf32>
    %259 = stablehlo.add %195, %258 : tensor<8xf32>
    %260 = stablehlo.multiply %cst_3, %259 : tensor<8xf32>
    %261 = stablehlo.cosine %260 : tensor<8xf32>
    %262 = stablehlo.sine %260 : tensor<8xf32>
    %263 = stablehlo.multiply %cst_3, %261 : tensor<8xf32>
    %264 = stablehlo.divide %263, %262 : tensor<8xf32>
    %265 = stablehlo.subtract %255, %264 : tensor<8xf32>
    %266 = stablehlo.select %196, %265, %255 : tensor<8xi1>, tensor<8xf32>
    %267 = stablehlo.compare  LE, %195, %cst_0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %268 = stablehlo.floor %195 : tensor<8xf32>
    %269 = stablehlo.compare  EQ, %195, %268 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %270 = stablehlo.and %267, %269 : tensor<8xi1>
    %271 = stablehlo.select %270, %cst, %266 : tensor<8xi1>, tensor<8xf32>
    %272 = stablehlo.subtract %193, %271 : tensor<8xf32>
    %273 = stablehlo.multiply %192#3, %272 : tensor<8xf32>
    %274 = stablehlo.add %192#6, %273 : tensor<8xf32>
    %275 = stablehlo.negate %274 : tensor<8xf32>
    %276 = stablehlo.multiply %275, %arg1 : tensor<8xf32>
    %277 = stablehlo.divide %276, %arg0 : tensor<8xf32>
    %278 = stablehlo.select %13, %185, %277 : tensor<8xi1>, tensor<8xf32>
    %279 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %280 = stablehlo.select %4, %279, %278 : tensor<8xi1>, tensor<8xf32>
    %281 = stablehlo.or %9, %2 : tensor<8xi1>
    %282 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %283 = stablehlo.select %281, %282, %280 : tensor<8xi1>, tensor<8xf32>
    return %283 : tensor<8xf32>
  }
}
