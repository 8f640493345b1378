module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0x7F800000> : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<1.14472985> : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<3.14159274> : tensor<8xf32>
    %cst_2 = stablehlo.constant dense<0.918938517> : tensor<8xf32>
    %cst_3 = stablehlo.constant dense<2.01490307> : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<7.500000e+00> : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<8.000000e+00> : tensor<8xf32>
    %cst_6 = stablehlo.constant dense<1.50563267E-7> : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<7.000000e+00> : tensor<8xf32>
    %cst_8 = stablehlo.constant dense<9.98436917E-6> : tensor<8xf32>
    %cst_9 = stablehlo.constant dense<6.000000e+00> : tensor<8xf32>
    %cst_10 = stablehlo.constant dense<-0.138571098> : tensor<8xf32>
    %cst_11 = stablehlo.constant dense<5.000000e+00> : tensor<8xf32>
    %cst_12 = stablehlo.constant dense<12.5073433> : tensor<8xf32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<8xf32>
    %cst_14 = stablehlo.constant dense<-176.615036> : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<3.000000e+00> : tensor<8xf32>
    %cst_16 = stablehlo.constant dense<771.323425> : tensor<8xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<8xf32>
    %cst_18 = stablehlo.constant dense<-1259.13916> : tensor<8xf32>
    %cst_19 = stablehlo.constant dense<676.520386> : tensor<8xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<8xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-01> : tensor<8xf32>
    %cst_22 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_23 = stablehlo.constant dense<2.3509887E-38> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %c_24 = stablehlo.constant dense<2> : tensor<i32>
    %c_25 = stablehlo.constant dense<200> : tensor<i32>
    %c_26 = stablehlo.constant dense<true> : tensor<i1>
    %c_27 = stablehlo.constant dense<1> : tensor<i32>
    %cst_28 = stablehlo.constant dense<5.96046448E-8> : tensor<f32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %cst_30 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_31 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_32 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_34 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.divide %arg2, %0 : tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.compare  EQ, %arg0, %2,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %4 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.compare  EQ, %arg1, %4,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %6 = stablehlo.or %3, %5 : tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare  EQ, %arg1, %7,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %10 = stablehlo.compare  EQ, %arg0, %9,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %11 = stablehlo.or %8, %10 : tensor<8xi1>
    %12 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.compare  EQ, %1, %12,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %14 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %15 = stablehlo.compare  EQ, %1, %14,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %16 = stablehlo.not %13 : tensor<8xi1>
    %17 = stablehlo.not %15 : tensor<8xi1>
    %18 = stablehlo.compare  NE, %arg0, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %19 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %20 = stablehlo.or %18, %19 : tensor<8xi1>
    %21 = stablehlo.compare  NE, %1, %1,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %22 = stablehlo.or %20, %21 : tensor<8xi1>
    %23 = stablehlo.and %11, %17 : tensor<8xi1>
    %24 = stablehlo.and %6, %13 : tensor<8xi1>
    %25 = stablehlo.or %23, %24 : tensor<8xi1>
    %26 = stablehlo.and %6, %16 : tensor<8xi1>
    %27 = stablehlo.and %11, %15 : tensor<8xi1>
    %28 = stablehlo.or %26, %27 : tensor<8xi1>
    %29 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %30 = stablehlo.compare  LT, %arg0, %29,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %31 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %32 = stablehlo.compare  LT, %arg1, %31,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %33 = stablehlo.or %30, %32 : tensor<8xi1>
    %34 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %35 = stablehlo.compare  LT, %1, %34,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %36 = stablehlo.or %33, %35 : tensor<8xi1>
    %37 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %38 = stablehlo.compare  GT, %1, %37,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %39 = stablehlo.or %36, %38 : tensor<8xi1>
    %40 = stablehlo.and %6, %11 : tensor<8xi1>
    %41 = stablehlo.or %40, %22 : tensor<8xi1>
    %42 = stablehlo.or %39, %41 : tensor<8xi1>
    %43 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %44 = stablehlo.add %arg0, %43 : tensor<8xf32>
    %45 = stablehlo.add %arg0, %arg1 : tensor<8xf32>
    %46 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %47 = stablehlo.add %45, %46 : tensor<8xf32>
    %48 = stablehlo.divide %44, %47 : tensor<8xf32>
    %49 = stablehlo.compare  LT, %1, %48,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %50 = stablehlo.select %49, %arg0, %arg1 : tensor<8xi1>, tensor<8xf32>
    %51 = stablehlo.select %49, %arg1, %arg0 : tensor<8xi1>, tensor<8xf32>
    %52 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %53 = stablehlo.subtract %52, %1 : tensor<8xf32>
    %54 = stablehlo.select %49, %1, %53 : tensor<8xi1>, tensor<8xf32>
    %55 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %56 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %57 = stablehlo.compare  EQ, %55, %56,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %58 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %59 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %60 = stablehlo.select %57, %58, %59 : tensor<8xi1>, tensor<8xf32>
    %61 = stablehlo.abs %60 : tensor<8xf32>
    %62 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %63 = stablehlo.compare  LT, %61, %62,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %64 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %65 = stablehlo.select %63, %64, %60 : tensor<8xi1>, tensor<8xf32>
    %66 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %67:8 = stablehlo.while(%iterArg = %50, %iterArg_35 = %51, %iterArg_36 = %54, %iterArg_37 = %c_27, %iterArg_38 = %c_26, %iterArg_39 = %65, %iterArg_40 = %66, %iterArg_41 = %65) : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<i1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %269 = stablehlo.compare  LT, %iterArg_37, %c_25,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %270 = stablehlo.and %269, %iterArg_38 : tensor<i1>
      stablehlo.return %270 : tensor<i1>
    } do {
      %269 = stablehlo.broadcast_in_dim %iterArg_37, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %270 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %271 = func.call @remainder(%269, %270) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %272 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %273 = stablehlo.compare  EQ, %271, %272,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %274 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %275 = stablehlo.compare  EQ, %269, %274,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %276 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %277 = stablehlo.subtract %269, %276 : tensor<8xi32>
      %278 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %279 = func.call @floor_divide(%277, %278) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %280 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %281 = stablehlo.compare  EQ, %279, %280,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %282 = stablehlo.convert %279 : (tensor<8xi32>) -> tensor<8xf32>
      %283 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %284 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %285 = stablehlo.add %iterArg, %iterArg_35 : tensor<8xf32>
      %286 = stablehlo.negate %285 : tensor<8xf32>
      %287 = stablehlo.multiply %286, %iterArg_36 : tensor<8xf32>
      %288 = stablehlo.add %iterArg, %283 : tensor<8xf32>
      %289 = stablehlo.divide %287, %288 : tensor<8xf32>
      %290 = stablehlo.add %iterArg, %282 : tensor<8xf32>
      %291 = stablehlo.negate %290 : tensor<8xf32>
      %292 = stablehlo.add %iterArg, %iterArg_35 : tensor<8xf32>
      %293 = stablehlo.add %292, %282 : tensor<8xf32>
      %294 = stablehlo.multiply %291, %293 : tensor<8xf32>
      %295 = stablehlo.multiply %294, %iterArg_36 : tensor<8xf32>
      %296 = stablehlo.multiply %284, %282 : tensor<8xf32>
      %297 = stablehlo.add %iterArg, %296 : tensor<8xf32>
      %298 = stablehlo.multiply %284, %282 : tensor<8xf32>
      %299 = stablehlo.add %iterArg, %298 : tensor<8xf32>
      %300 = stablehlo.add %299, %283 : tensor<8xf32>
      %301 = stablehlo.multiply %297, %300 : tensor<8xf32>
      %302 = stablehlo.divide %295, %301 : tensor<8xf32>
      %303 = stablehlo.select %281, %289, %302 : tensor<8xi1>, tensor<8xf32>
      %304 = stablehlo.subtract %iterArg_35, %282 : tensor<8xf32>
      %305 = stablehlo.multiply %282, %304 : tensor<8xf32>
      %306 = stablehlo.multiply %305, %iterArg_36 : tensor<8xf32>
      %307 = stablehlo.multiply %284, %282 : tensor<8xf32>
      %308 = stablehlo.add %iterArg, %307 : tensor<8xf32>
      %309 = stablehlo.subtract %308, %283 : tensor<8xf32>
      %310 = stablehlo.multiply %284, %282 : tensor<8xf32>
      %311 = stablehlo.add %iterArg, %310 : tensor<8xf32>
      %312 = stablehlo.multiply %309, %311 : tensor<8xf32>
      %313 = stablehlo.divide %306, %312 : tensor<8xf32>
      %314 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %315 = stablehlo.select %273, %303, %313 : tensor<8xi1>, tensor<8xf32>
      %316 = stablehlo.select %275, %314, %315 : tensor<8xi1>, tensor<8xf32>
      %317 = stablehlo.broadcast_in_dim %iterArg_37, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %318 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<8xi32>
      %319 = stablehlo.compare  EQ, %317, %318,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %320 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %321 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %322 = stablehlo.select %319, %320, %321 : tensor<8xi1>, tensor<8xf32>
      %323 = stablehlo.divide %316, %iterArg_39 : tensor<8xf32>
      %324 = stablehlo.add %322, %323 : tensor<8xf32>
      %325 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %326 = stablehlo.abs %324 : tensor<8xf32>
      %327 = stablehlo.compare  LT, %326, %325,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %328 = stablehlo.select %327, %325, %324 : tensor<8xi1>, tensor<8xf32>
      %329 = stablehlo.multiply %316, %iterArg_40 : tensor<8xf32>
      %330 = stablehlo.add %322, %329 : tensor<8xf32>
      %331 = stablehlo.abs %330 : tensor<8xf32>
      %332 = stablehlo.compare  LT, %331, %325,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %333 = stablehlo.select %332, %325, %330 : tensor<8xi1>, tensor<8xf32>
      %334 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %335 = stablehlo.divide %334, %333 : tensor<8xf32>
      %336 = stablehlo.multiply %328, %335 : tensor<8xf32>
      %337 = stablehlo.multiply %iterArg_41, %336 : tensor<8xf32>
      %338 = stablehlo.add %iterArg_37, %c_27 : tensor<i32>
      %339 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %340 = stablehlo.subtract %336, %339 : tensor<8xf32>
      %341 = stablehlo.abs %340 : tensor<8xf32>
      %342 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %343 = stablehlo.compare  GE, %341, %342,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %344 = stablehlo.reduce(%343 init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %iterArg, %iterArg_35, %iterArg_36, %338, %344, %328, %335, %337 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<i1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %68 = stablehlo.compare  LT, %51, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %69 = stablehlo.negate %51 : tensor<8xf32>
    %70 = stablehlo.subtract %51, %cst_20 : tensor<8xf32>
    %71 = stablehlo.select %68, %69, %70 : tensor<8xi1>, tensor<8xf32>
    %72 = stablehlo.add %71, %cst_20 : tensor<8xf32>
    %73 = stablehlo.divide %cst_19, %72 : tensor<8xf32>
    %74 = stablehlo.add %cst_20, %73 : tensor<8xf32>
    %75 = stablehlo.add %71, %cst_17 : tensor<8xf32>
    %76 = stablehlo.divide %cst_18, %75 : tensor<8xf32>
    %77 = stablehlo.add %74, %76 : tensor<8xf32>
    %78 = stablehlo.add %71, %cst_15 : tensor<8xf32>
    %79 = stablehlo.divide %cst_16, %78 : tensor<8xf32>
    %80 = stablehlo.add %77, %79 : tensor<8xf32>
    %81 = stablehlo.add %71, %cst_13 : tensor<8xf32>
    %82 = stablehlo.divide %cst_14, %81 : tensor<8xf32>
    %83 = stablehlo.add %80, %82 : tensor<8xf32>
    %84 = stablehlo.add %71, %cst_11 : tensor<8xf32>
    %85 = stablehlo.divide %cst_12, %84 : tensor<8xf32>
    %86 = stablehlo.add %83, %85 : tensor<8xf32>
    %87 = stablehlo.add %71, %cst_9 : tensor<8xf32>
    %88 = stablehlo.divide %cst_10, %87 : tensor<8xf32>
    %89 = stablehlo.add %86, %88 : tensor<8xf32>
    %90 = stablehlo.add %71, %cst_7 : tensor<8xf32>
    %91 = stablehlo.divide %cst_8, %90 : tensor<8xf32>
    %92 = stablehlo.add %89, %91 : tensor<8xf32>
    %93 = stablehlo.add %71, %cst_5 : tensor<8xf32>
    %94 = stablehlo.divide %cst_6, %93 : tensor<8xf32>
    %95 = stablehlo.add %92, %94 : tensor<8xf32>
    %96 = stablehlo.add %cst_4, %71 : tensor<8xf32>
    %97 = stablehlo.divide %71, %cst_4 : tensor<8xf32>
    %98 = stablehlo.log_plus_one %97 : tensor<8xf32>
    %99 = stablehlo.add %cst_3, %98 : tensor<8xf32>
    %100 = stablehlo.divide %96, %99 : tensor<8xf32>
    %101 = stablehlo.add %71, %cst_21 : tensor<8xf32>
    %102 = stablehlo.subtract %101, %100 : tensor<8xf32>
    %103 = stablehlo.multiply %102, %99 : tensor<8xf32>
    %104 = stablehlo.log %95 : tensor<8xf32>
    %105 = stablehlo.add %cst_2, %103 : tensor<8xf32>
    %106 = stablehlo.add %105, %104 : tensor<8xf32>
    %107 = stablehlo.abs %51 : tensor<8xf32>
    %108 = stablehlo.floor %107 : tensor<8xf32>
    %109 = stablehlo.subtract %107, %108 : tensor<8xf32>
    %110 = stablehlo.compare  LT, %cst_21, %109 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %111 = stablehlo.subtract %cst_20, %109 : tensor<8xf32>
    %112 = stablehlo.select %110, %111, %109 : tensor<8xi1>, tensor<8xf32>
    %113 = stablehlo.multiply %cst_1, %112 : tensor<8xf32>
    %114 = stablehlo.sine %113 : tensor<8xf32>
    %115 = stablehlo.log %114 : tensor<8xf32>
    %116 = stablehlo.subtract %cst_0, %115 : tensor<8xf32>
    %117 = stablehlo.subtract %116, %106 : tensor<8xf32>
    %118 = stablehlo.is_finite %115 : (tensor<8xf32>) -> tensor<8xi1>
    %119 = stablehlo.negate %115 : tensor<8xf32>
    %120 = stablehlo.select %118, %117, %119 : tensor<8xi1>, tensor<8xf32>
    %121 = stablehlo.select %68, %120, %106 : tensor<8xi1>, tensor<8xf32>
    %122 = stablehlo.abs %51 : tensor<8xf32>
    %123 = stablehlo.compare  EQ, %122, %cst : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %124 = stablehlo.select %123, %cst, %121 : tensor<8xi1>, tensor<8xf32>
    %125 = stablehlo.add %50, %51 : tensor<8xf32>
    %126 = stablehlo.compare  LT, %125, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %127 = stablehlo.negate %125 : tensor<8xf32>
    %128 = stablehlo.subtract %125, %cst_20 : tensor<8xf32>
    %129 = stablehlo.select %126, %127, %128 : tensor<8xi1>, tensor<8xf32>
    %130 = stablehlo.add %129, %cst_20 : tensor<8xf32>
    %131 = stablehlo.divide %cst_19, %130 : tensor<8xf32>
    %132 = stablehlo.add %cst_20, %131 : tensor<8xf32>
    %133 = stablehlo.add %129, %cst_17 : tensor<8xf32>
    %134 = stablehlo.divide %cst_18, %133 : tensor<8xf32>
    %135 = stablehlo.add %132, %134 : tensor<8xf32>
    %136 = stablehlo.add %129, %cst_15 : tensor<8xf32>
    %137 = stablehlo.divide %cst_16, %136 : tensor<8xf32>
    %138 = stablehlo.add %135, %137 : tensor<8xf32>
    %139 = stablehlo.add %129, %cst_13 : tensor<8xf32>
    %140 = stablehlo.divide %cst_14, %139 : tensor<8xf32>
    %141 = stablehlo.add %138, %140 : tensor<8xf32>
    %142 = stablehlo.add %129, %cst_11 : tensor<8xf32>
    %143 = stablehlo.divide %cst_12, %142 : tensor<8xf32>
    %144 = stablehlo.add %141, %143 : tensor<8xf32>
    %145 = stablehlo.add %129, %cst_9 : tensor<8xf32>
    %146 = stablehlo.divide %cst_10, %145 : tensor<8xf32>
    %147 = stablehlo.add %144, %146 : tensor<8xf32>
    %148 = stablehlo.add %129, %cst_7 : tensor<8xf32>
    %149 = stablehlo.divide %cst_8, %148 : tensor<8xf32>
    %150 = stablehlo.add %147, %149 : tensor<8xf32>
    %151 = stablehlo.add %129, %cst_5 : tensor<8xf32>
    %152 = stablehlo.divide %cst_6, %151 : tensor<8xf32>
    %153 = stablehlo.add %150, %152 : tensor<8xf32>
    %154 = stablehlo.add %cst_4, %129 : tensor<8xf32>
    %155 = stablehlo.divide %129, %cst_4 : tensor<8xf32>
    %156 = stablehlo.log_plus_one %155 : tensor<8xf32>
    %157 = stablehlo.add %cst_3, %156 : tensor<8xf32>
    %158 = stablehlo.divide %154, %157 : tensor<8xf32>
    %159 = stablehlo.add %129, %cst_21 : tensor<8xf32>
    %160 = stablehlo.subtract %159, %158 : tensor<8xf32>
    %161 = stablehlo.multiply %160, %157 : tensor<8xf32>
    %162 = stablehlo.log %153 : tensor<8xf32>
    %163 = stablehlo.add %cst_2, %161 : tensor<8xf32>
    %164 = stablehlo.add %163, %162 : tensor<8xf32>
    %165 = stablehlo.abs %125 : tensor<8xf32>
    %166 = stablehlo.floor %165 : tensor<8xf32>
    %167 = stablehlo.subtract %165, %166 : tensor<8xf32>
    %168 = stablehlo.compare  LT, %cst_21, %167 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %169 = stablehlo.subtract %cst_20, %167 : tensor<8xf32>
    %170 = stablehlo.select %168, %169, %167 : tensor<8xi1>, tensor<8xf32>
    %171 = stablehlo.multiply %cst_1, %170 : tensor<8xf32>
    %172 = stablehlo.sine %171 : tensor<8xf32>
    %173 = stablehlo.log %172 : tensor<8xf32>
    %174 = stablehlo.subtract %cst_0, %173 : tensor<8xf32>
    %175 = stablehlo.subtract %174, %164 : tensor<8xf32>
    %176 = stablehlo.is_finite %173 : (tensor<8xf32>) -> tensor<8xi1>
    %177 = stablehlo.negate %173 : tensor<8xf32>
    %178 = stablehlo.select %176, %175, %177 : tensor<8xi1>, tensor<8xf32>
    %179 = stablehlo.select %126, %178, %164 : tensor<8xi1>, tensor<8xf32>
    %180 = stablehlo.abs %125 : tensor<8xf32>
    %181 = stablehlo.compare  EQ, %180, %cst : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %182 = stablehlo.select %181, %cst, %179 : tensor<8xi1>, tensor<8xf32>
    %183 = stablehlo.subtract %124, %182 : tensor<8xf32>
    %184 = stablehlo.compare  LT, %50, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %185 = stablehlo.negate %50 : tensor<8xf32>
    %186 = stablehlo.subtract %50, %cst_20 : tensor<8xf32>
    %187 = stablehlo.select %184, %185, %186 : tensor<8xi1>, tensor<8xf32>
    %188 = stablehlo.add %187, %cst_20 : tensor<8xf32>
    %189 = stablehlo.divide %cst_19, %188 : tensor<8xf32>
    %190 = stablehlo.add %cst_20, %189 : tensor<8xf32>
    %191 = stablehlo.add %187, %cst_17 : tensor<8xf32>
    %192 = stablehlo.divide %cst_18, %191 : tensor<8xf32>
    %193 = stablehlo.add %190, %192 : tensor<8xf32>
    %194 = stablehlo.add %187, %cst_15 : tensor<8xf32>
    %195 = stablehlo.divide %cst_16, %194 : tensor<8xf32>
    %196 = stablehlo.add %193, %195 : tensor<8xf32>
    %197 = stablehlo.add %187, %cst_13 : tensor<8xf32>
    %198 = stablehlo.divide %cst_14, %197 : tensor<8xf32>
    %199 = stablehlo.add %196, %198 : tensor<8xf32>
    %200 = stablehlo.add %187, %cst_11 : tensor<8xf32>
    %201 = stablehlo.divide %cst_12, %200 : tensor<8xf32>
    %202 = stablehlo.add %199, %201 : tensor<8xf32>
    %203 = stablehlo.add %187, %cst_9 : tensor<8xf32>
    %204 = stablehlo.divide %cst_10, %203 : tensor<8xf32>
    %205 = stablehlo.add %202, %204 : tensor<8xf32>
    %206 = stablehlo.add %187, %cst_7 : tensor<8xf32>
    %207 = stablehlo.divide %cst_8, %206 : tensor<8xf32>
    %208 = stablehlo.add %205, %207 : tensor<8xf32>
    %209 = stablehlo.add %187, %cst_5 : tensor<8xf32>
    %210 = stablehlo.divide %cst_6, %209 : tensor<8xf32>
    %211 = stablehlo.add %208, %210 : tensor<8xf32>
    %212 = stablehlo.add %cst_4, %187 : tensor<8xf32>
    %213 = stablehlo.divide %187, %cst_4 : tensor<8xf32>
    %214 = stablehlo.log_plus_one %213 : tensor<8xf32>
    %215 = stablehlo.add %cst_3, %214 : tensor<8xf32>
    %216 = stablehlo.divide %212, %215 : tensor<8xf32>
    %217 = stablehlo.add %187, %cst_21 : tensor<8xf32>
    %218 = stablehlo.subtract %217, %216 : tensor<8xf32>
    %219 = stablehlo.multiply %218, %215 : tensor<8xf32>
    %220 = stablehlo.log %211 : tensor<8xf32>
    %221 = stablehlo.add %cst_2, %219 : tensor<8xf32>
    %222 = stablehlo.add %221, %220 : tensor<8xf32>
    %223 = stablehlo.abs %50 : tensor<8xf32>
    %224 = stablehlo.floor %223 : tensor<8xf32>
    %225 = stablehlo.subtract %223, %224 : tensor<8xf32>
    %226 = stablehlo.compare  LT, %cst_21, %225 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %227 = stablehlo.subtract %cst_20, %225 : tensor<8xf32>
    %228 = stablehlo.select %226, %227, %225 : tensor<8xi1>, tensor<8xf32>
    %229 = stablehlo.multiply %cst_1, %228 : tensor<8xf32>
    %230 = stablehlo.sine %229 : tensor<8xf32>
    %231 = stablehlo.log %230 : tensor<8xf32>
    %232 = stablehlo.subtract %cst_0, %231 : tensor<8xf32>
    %233 = stablehlo.subtract %232, %222 : tensor<8xf32>
    %234 = stablehlo.is_finite %231 : (tensor<8xf32>) -> tensor<8xi1>
    %235 = stablehlo.negate %231 : tensor<8xf32>
    %236 = stablehlo.select %234, %233, %235 : tensor<8xi1>, tensor<8xf32>
    %237 = stablehlo.select %184, %236, %222 : tensor<8xi1>, tensor<8xf32>
    %238 = stablehlo.abs %50 : tensor<8xf32>
    %239 = stablehlo.compare  EQ, %238, %cst : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %240 = stablehlo.select %239, %cst, %237 : tensor<8xi1>, tensor<8xf32>
    %241 = stablehlo.add %240, %183 : tensor<8xf32>
    %242 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %243 = stablehlo.compare  LT, %50, %242,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %244 = stablehlo.negate %54 : tensor<8xf32>
    %245 = stablehlo.log_plus_one %244 : tensor<8xf32>
    %246 = stablehlo.multiply %245, %51 : tensor<8xf32>
    %247 = stablehlo.subtract %246, %183 : tensor<8xf32>
    %248 = stablehlo.exponential %247 : tensor<8xf32>
    %249 = stablehlo.log %54 : tensor<8xf32>
    %250 = stablehlo.multiply %249, %50 : tensor<8xf32>
    %251 = stablehlo.negate %54 : tensor<8xf32>
    %252 = stablehlo.log_plus_one %251 : tensor<8xf32>
    %253 = stablehlo.multiply %252, %51 : tensor<8xf32>
    %254 = stablehlo.add %250, %253 : tensor<8xf32>
    %255 = stablehlo.subtract %254, %241 : tensor<8xf32>
    %256 = stablehlo.exponential %255 : tensor<8xf32>
    %257 = stablehlo.divide %256, %50 : tensor<8xf32>
    %258 = stablehlo.select %243, %248, %257 : tensor<8xi1>, tensor<8xf32>
    %259 = stablehlo.multiply %67#7, %258 : tensor<8xf32>
    %260 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %261 = stablehlo.subtract %260, %259 : tensor<8xf32>
    %262 = stablehlo.select %49, %259, %261 : tensor<8xi1>, tensor<8xf32>
    %263 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %264 = stablehlo.select %25, %263, %262 : tensor<8xi1>, tensor<8xf32>
    %265 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %266 = stablehlo.select %28, %265, %264 : tensor<8xi1>, tensor<8xf32>
    %267 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %268 = stablehlo.select %42, %267, %266 : tensor<8xi1>, tensor<8xf32>
    return %268 : tensor<8xf32>
  }
  func.func private @remainder(%arg0: tensor<8xi32>, %arg1: tensor<8xi32>) -> tensor<8xi32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.compare  EQ, %arg1, %0,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %3 = call @_where(%1, %2, %arg1) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<8xi32>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %6 = stablehlo.compare  NE, %4, %5,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %8 = stablehlo.compare  LT, %4, %7,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %10 = stablehlo.compare  LT, %3, %9,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %11 = stablehlo.compare  NE, %8, %10,  UNSIGNED : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %12 = stablehlo.and %11, %6 : tensor<8xi1>
    %13 = stablehlo.add %4, %3 : tensor<8xi32>
    %14 = stablehlo.select %12, %13, %4 : tensor<8xi1>, tensor<8xi32>
    return %14 : tensor<8xi32>
  }
  func.func private @_where(%arg0: tensor<8xi1>, %arg1: tensor<8xi32>, %arg2: tensor<8xi32>) -> tensor<8xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8xi1>, tensor<8xi32>
    return %0 : tensor<8xi32>
  }
  func.func private @floor_divide(%arg0: tensor<8xi32>, %arg1: tensor<8xi32>) -> tensor<8xi32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.divide %arg0, %arg1 : tensor<8xi32>
    %1 = stablehlo.sign %arg0 : tensor<8xi32>
    %2 = stablehlo.sign %arg1 : tensor<8xi32>
    %3 = stablehlo.compare  NE, %1, %2,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %4 = stablehlo.remainder %arg0, %arg1 : tensor<8xi32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %6 = stablehlo.compare  NE, %4, %5,  SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<8xi1>
    %8 = stablehlo.compare  NE, %3, %7,  UNSIGNED : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %9 = stablehlo.convert %8 : tensor<8xi1>
    %10 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<8xi1>
    %11 = stablehlo.compare  NE, %6, %10,  UNSIGNED : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %12 = stablehlo.convert %11 : tensor<8xi1>
    %13 = stablehlo.and %9, %12 : tensor<8xi1>
    %14 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %15 = stablehlo.subtract %0, %14 : tensor<8xi32>
    %16 = call @_where_19(%13, %15, %0) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    return %16 : tensor<8xi32>
  }
  func.func private @_where_19(%arg0: tensor<8xi1>, %arg1: tensor<8xi32>, %arg2: tensor<8xi32>) -> tensor<8xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8xi1>, tensor<8xi32>
    return %0 : tensor<8xi32>
  }
}
