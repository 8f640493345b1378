"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>):
    %39 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %40 = "stablehlo.constant"() <{value = dense<1.14472985> : tensor<8xf32>}> : () -> tensor<8xf32>
    %41 = "stablehlo.constant"() <{value = dense<3.14159274> : tensor<8xf32>}> : () -> tensor<8xf32>
    %42 = "stablehlo.constant"() <{value = dense<0.918938517> : tensor<8xf32>}> : () -> tensor<8xf32>
    %43 = "stablehlo.constant"() <{value = dense<2.01490307> : tensor<8xf32>}> : () -> tensor<8xf32>
    %44 = "stablehlo.constant"() <{value = dense<7.500000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %45 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %46 = "stablehlo.constant"() <{value = dense<1.50563267E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %47 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %48 = "stablehlo.constant"() <{value = dense<9.98436917E-6> : tensor<8xf32>}> : () -> tensor<8xf32>
    %49 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %50 = "stablehlo.constant"() <{value = dense<-0.138571098> : tensor<8xf32>}> : () -> tensor<8xf32>
    %51 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %52 = "stablehlo.constant"() <{value = dense<12.5073433> : tensor<8xf32>}> : () -> tensor<8xf32>
    %53 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %54 = "stablehlo.constant"() <{value = dense<-176.615036> : tensor<8xf32>}> : () -> tensor<8xf32>
    %55 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %56 = "stablehlo.constant"() <{value = dense<771.323425> : tensor<8xf32>}> : () -> tensor<8xf32>
    %57 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %58 = "stablehlo.constant"() <{value = dense<-1259.13916> : tensor<8xf32>}> : () -> tensor<8xf32>
    %59 = "stablehlo.constant"() <{value = dense<676.520386> : tensor<8xf32>}> : () -> tensor<8xf32>
    %60 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %61 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %62 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.constant"() <{value = dense<2.3509887E-38> : tensor<f32>}> : () -> tensor<f32>
    %64 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %65 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.constant"() <{value = dense<200> : tensor<i32>}> : () -> tensor<i32>
    %67 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %68 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.constant"() <{value = dense<5.96046448E-8> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %72 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %77 = "stablehlo.divide"(%arg12, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %79 = "stablehlo.compare"(%arg10, %78) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %80 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %81 = "stablehlo.compare"(%arg11, %80) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %82 = "stablehlo.or"(%79, %81) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %83 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %84 = "stablehlo.compare"(%arg11, %83) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %85 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %86 = "stablehlo.compare"(%arg10, %85) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %87 = "stablehlo.or"(%84, %86) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %88 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %89 = "stablehlo.compare"(%77, %88) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %90 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %91 = "stablehlo.compare"(%77, %90) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %92 = "stablehlo.not"(%89) : (tensor<8xi1>) -> tensor<8xi1>
    %93 = "stablehlo.not"(%91) : (tensor<8xi1>) -> tensor<8xi1>
    %94 = "stablehlo.compare"(%arg10, %arg10) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %95 = "stablehlo.compare"(%arg11, %arg11) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %96 = "stablehlo.or"(%94, %95) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %97 = "stablehlo.compare"(%77, %77) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %98 = "stablehlo.or"(%96, %97) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %99 = "stablehlo.and"(%87, %93) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %100 = "stablehlo.and"(%82, %89) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %101 = "stablehlo.or"(%99, %100) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %102 = "stablehlo.and"(%82, %92) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %103 = "stablehlo.and"(%87, %91) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %104 = "stablehlo.or"(%102, %103) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %105 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %106 = "stablehlo.compare"(%arg10, %105) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %107 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %108 = "stablehlo.compare"(%arg11, %107) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %109 = "stablehlo.or"(%106, %108) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %110 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %111 = "stablehlo.compare"(%77, %110) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %112 = "stablehlo.or"(%109, %111) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %113 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %114 = "stablehlo.compare"(%77, %113) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %115 = "stablehlo.or"(%112, %114) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %116 = "stablehlo.and"(%82, %87) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %117 = "stablehlo.or"(%116, %98) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %118 = "stablehlo.or"(%115, %117) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %119 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %120 = "stablehlo.add"(%arg10, %119) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%arg10, %arg11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.divide"(%120, %123) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.compare"(%77, %124) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %126 = "stablehlo.select"(%125, %arg10, %arg11) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.select"(%125, %arg11, %arg10) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %129 = "stablehlo.subtract"(%128, %77) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.select"(%125, %77, %129) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %132 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %133 = "stablehlo.compare"(%131, %132) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %134 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %135 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %136 = "stablehlo.select"(%133, %134, %135) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.abs"(%136) : (tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %139 = "stablehlo.compare"(%137, %138) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %140 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %141 = "stablehlo.select"(%139, %140, %136) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %143:8 = "stablehlo.while"(%126, %127, %130, %68, %67, %141, %142, %141) ({
    ^bb0(%arg23: tensor<8xf32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<i32>, %arg27: tensor<i1>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<8xf32>):
      %422 = "stablehlo.compare"(%arg26, %66) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %423 = "stablehlo.and"(%422, %arg27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%423) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>, %arg16: tensor<i32>, %arg17: tensor<i1>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>):
      %345 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %346 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %347 = "func.call"(%345, %346) <{callee = @remainder}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %348 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %349 = "stablehlo.compare"(%347, %348) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %350 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %351 = "stablehlo.compare"(%345, %350) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %352 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %353 = "stablehlo.subtract"(%345, %352) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %354 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %355 = "func.call"(%353, %354) <{callee = @floor_divide}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %356 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %357 = "stablehlo.compare"(%355, %356) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %358 = "stablehlo.convert"(%355) : (tensor<8xi32>) -> tensor<8xf32>
      %359 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %360 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %361 = "stablehlo.add"(%arg13, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %362 = "stablehlo.negate"(%361) : (tensor<8xf32>) -> tensor<8xf32>
      %363 = "stablehlo.multiply"(%362, %arg15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %364 = "stablehlo.add"(%arg13, %359) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %365 = "stablehlo.divide"(%363, %364) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %366 = "stablehlo.add"(%arg13, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %367 = "stablehlo.negate"(%366) : (tensor<8xf32>) -> tensor<8xf32>
      %368 = "stablehlo.add"(%arg13, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %369 = "stablehlo.add"(%368, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %370 = "stablehlo.multiply"(%367, %369) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %371 = "stablehlo.multiply"(%370, %arg15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %372 = "stablehlo.multiply"(%360, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %373 = "stablehlo.add"(%arg13, %372) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %374 = "stablehlo.multiply"(%360, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %375 = "stablehlo.add"(%arg13, %374) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %376 = "stablehlo.add"(%375, %359) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %377 = "stablehlo.multiply"(%373, %376) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %378 = "stablehlo.divide"(%371, %377) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %379 = "stablehlo.select"(%357, %365, %378) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %380 = "stablehlo.subtract"(%arg14, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %381 = "stablehlo.multiply"(%358, %380) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %382 = "stablehlo.multiply"(%381, %arg15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %383 = "stablehlo.multiply"(%360, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %384 = "stablehlo.add"(%arg13, %383) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %385 = "stablehlo.subtract"(%384, %359) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %386 = "stablehlo.multiply"(%360, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %387 = "stablehlo.add"(%arg13, %386) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %388 = "stablehlo.multiply"(%385, %387) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %389 = "stablehlo.divide"(%382, %388) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %390 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %391 = "stablehlo.select"(%349, %379, %389) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %392 = "stablehlo.select"(%351, %390, %391) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %393 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %394 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %395 = "stablehlo.compare"(%393, %394) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %396 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %397 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %398 = "stablehlo.select"(%395, %396, %397) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %399 = "stablehlo.divide"(%392, %arg18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %400 = "stablehlo.add"(%398, %399) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %401 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %402 = "stablehlo.abs"(%400) : (tensor<8xf32>) -> tensor<8xf32>
      %403 = "stablehlo.compare"(%402, %401) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %404 = "stablehlo.select"(%403, %401, %400) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %405 = "stablehlo.multiply"(%392, %arg19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %406 = "stablehlo.add"(%398, %405) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %407 = "stablehlo.abs"(%406) : (tensor<8xf32>) -> tensor<8xf32>
      %408 = "stablehlo.compare"(%407, %401) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %409 = "stablehlo.select"(%408, %401, %406) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %410 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %411 = "stablehlo.divide"(%410, %409) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %412 = "stablehlo.multiply"(%404, %411) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %413 = "stablehlo.multiply"(%arg20, %412) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %414 = "stablehlo.add"(%arg16, %68) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %415 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %416 = "stablehlo.subtract"(%412, %415) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %417 = "stablehlo.abs"(%416) : (tensor<8xf32>) -> tensor<8xf32>
      %418 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %419 = "stablehlo.compare"(%417, %418) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %420 = "stablehlo.reduce"(%419, %64) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg21: tensor<i1>, %arg22: tensor<i1>):
        %421 = "stablehlo.or"(%arg21, %arg22) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%421) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%arg13, %arg14, %arg15, %414, %420, %404, %411, %413) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<i1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<i1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<i1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %144 = "stablehlo.compare"(%127, %61) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %145 = "stablehlo.negate"(%127) : (tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.subtract"(%127, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.select"(%144, %145, %146) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.add"(%147, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.divide"(%59, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.add"(%60, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.add"(%147, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.divide"(%58, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.add"(%150, %152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.add"(%147, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.divide"(%56, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.add"(%153, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.add"(%147, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.divide"(%54, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.add"(%156, %158) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.add"(%147, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.divide"(%52, %160) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.add"(%159, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.add"(%147, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.divide"(%50, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.add"(%162, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.add"(%147, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.divide"(%48, %166) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.add"(%165, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.add"(%147, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.divide"(%46, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.add"(%168, %170) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.add"(%44, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.divide"(%147, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.log_plus_one"(%173) : (tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.add"(%43, %174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.divide"(%172, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.add"(%147, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.subtract"(%177, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.multiply"(%178, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.log"(%171) : (tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.add"(%42, %179) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.add"(%181, %180) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.abs"(%127) : (tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.floor"(%183) : (tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.subtract"(%183, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.compare"(%61, %185) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %187 = "stablehlo.subtract"(%60, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.select"(%186, %187, %185) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.multiply"(%41, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.sine"(%189) : (tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.log"(%190) : (tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.subtract"(%40, %191) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.subtract"(%192, %182) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.is_finite"(%191) : (tensor<8xf32>) -> tensor<8xi1>
    %195 = "stablehlo.negate"(%191) : (tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.select"(%194, %193, %195) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.select"(%144, %196, %182) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.abs"(%127) : (tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.compare"(%198, %39) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %200 = "stablehlo.select"(%199, %39, %197) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.add"(%126, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.compare"(%201, %61) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %203 = "stablehlo.negate"(%201) : (tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.subtract"(%201, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.select"(%202, %203, %204) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.add"(%205, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.divide"(%59, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.add"(%60, %207) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.add"(%205, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.divide"(%58, %209) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.add"(%208, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.add"(%205, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.divide"(%56, %212) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.add"(%211, %213) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.add"(%205, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.divide"(%54, %215) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.add"(%214, %216) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.add"(%205, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.divide"(%52, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.add"(%217, %219) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.add"(%205, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.divide"(%50, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.add"(%220, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.add"(%205, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.divide"(%48, %224) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.add"(%223, %225) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.add"(%205, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.divide"(%46, %227) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.add"(%226, %228) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.add"(%44, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %231 = "stablehlo.divide"(%205, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.log_plus_one"(%231) : (tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.add"(%43, %232) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.divide"(%230, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.add"(%205, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.subtract"(%235, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.multiply"(%236, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.log"(%229) : (tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.add"(%42, %237) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.add"(%239, %238) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.abs"(%201) : (tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.floor"(%241) : (tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.subtract"(%241, %242) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %244 = "stablehlo.compare"(%61, %243) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %245 = "stablehlo.subtract"(%60, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.select"(%244, %245, %243) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.multiply"(%41, %246) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %248 = "stablehlo.sine"(%247) : (tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.log"(%248) : (tensor<8xf32>) -> tensor<8xf32>
    %250 = "stablehlo.subtract"(%40, %249) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.subtract"(%250, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.is_finite"(%249) : (tensor<8xf32>) -> tensor<8xi1>
    %253 = "stablehlo.negate"(%249) : (tensor<8xf32>) -> tensor<8xf32>
    %254 = "stablehlo.select"(%252, %251, %253) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.select"(%202, %254, %240) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.abs"(%201) : (tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.compare"(%256, %39) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %258 = "stablehlo.select"(%257, %39, %255) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.subtract"(%200, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.compare"(%126, %61) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %261 = "stablehlo.negate"(%126) : (tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.subtract"(%126, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.select"(%260, %261, %262) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.add"(%263, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.divide"(%59, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.add"(%60, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.add"(%263, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.divide"(%58, %267) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%266, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.add"(%263, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.divide"(%56, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.add"(%269, %271) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.add"(%263, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.divide"(%54, %273) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.add"(%272, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.add"(%263, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.divide"(%52, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.add"(%275, %277) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %279 = "stablehlo.add"(%263, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.divide"(%50, %279) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %281 = "stablehlo.add"(%278, %280) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282 = "stablehlo.add"(%263, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %283 = "stablehlo.divide"(%48, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.add"(%281, %283) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.add"(%263, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %286 = "stablehlo.divide"(%46, %285) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.add"(%284, %286) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.add"(%44, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.divide"(%263, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %290 = "stablehlo.log_plus_one"(%289) : (tensor<8xf32>) -> tensor<8xf32>
    %291 = "stablehlo.add"(%43, %290) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %292 = "stablehlo.divide"(%288, %291) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %293 = "stablehlo.add"(%263, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.subtract"(%293, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %295 = "stablehlo.multiply"(%294, %291) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.log"(%287) : (tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.add"(%42, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.add"(%297, %296) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.abs"(%126) : (tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.floor"(%299) : (tensor<8xf32>) -> tensor<8xf32>
    %301 = "stablehlo.subtract"(%299, %300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %302 = "stablehlo.compare"(%61, %301) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %303 = "stablehlo.subtract"(%60, %301) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %304 = "stablehlo.select"(%302, %303, %301) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %305 = "stablehlo.multiply"(%41, %304) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.sine"(%305) : (tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.log"(%306) : (tensor<8xf32>) -> tensor<8xf32>
    %308 = "stablehlo.subtract"(%40, %307) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.subtract"(%308, %298) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %310 = "stablehlo.is_finite"(%307) : (tensor<8xf32>) -> tensor<8xi1>
    %311 = "stablehlo.negate"(%307) : (tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.select"(%310, %309, %311) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %313 = "stablehlo.select"(%260, %312, %298) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.abs"(%126) : (tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.compare"(%314, %39) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %316 = "stablehlo.select"(%315, %39, %313) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %317 = "stablehlo.add"(%316, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %319 = "stablehlo.compare"(%126, %318) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %320 = "stablehlo.negate"(%130) : (tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.log_plus_one"(%320) : (tensor<8xf32>) -> tensor<8xf32>
    %322 = "stablehlo.multiply"(%321, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %323 = "stablehlo.subtract"(%322, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.exponential"(%323) : (tensor<8xf32>) -> tensor<8xf32>
    %325 = "stablehlo.log"(%130) : (tensor<8xf32>) -> tensor<8xf32>
    %326 = "stablehlo.multiply"(%325, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %327 = "stablehlo.negate"(%130) : (tensor<8xf32>) -> tensor<8xf32>
    %328 = "stablehlo.log_plus_one"(%327) : (tensor<8xf32>) -> tensor<8xf32>
    %329 = "stablehlo.multiply"(%328, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %330 = "stablehlo.add"(%326, %329) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %331 = "stablehlo.subtract"(%330, %317) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %332 = "stablehlo.exponential"(%331) : (tensor<8xf32>) -> tensor<8xf32>
    %333 = "stablehlo.divide"(%332, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %334 = "stablehlo.select"(%319, %324, %333) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %335 = "stablehlo.multiply"(%143#7, %334) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %336 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %337 = "stablehlo.subtract"(%336, %335) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %338 = "stablehlo.select"(%125, %335, %337) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %339 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.select"(%101, %339, %338) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %341 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %342 = "stablehlo.select"(%104, %341, %340) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %343 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %344 = "stablehlo.select"(%118, %343, %342) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%344) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<8xi32>, %arg9: tensor<8xi32>):
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %25 = "stablehlo.compare"(%arg9, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %26 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %27 = "func.call"(%25, %26, %arg9) <{callee = @_where}> : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %28 = "stablehlo.remainder"(%arg8, %27) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %29 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %30 = "stablehlo.compare"(%28, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %31 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %32 = "stablehlo.compare"(%28, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %33 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %34 = "stablehlo.compare"(%27, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %35 = "stablehlo.compare"(%32, %34) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %36 = "stablehlo.and"(%35, %30) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %37 = "stablehlo.add"(%28, %27) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %38 = "stablehlo.select"(%36, %37, %28) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%38) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<8xi1>, %arg6: tensor<8xi32>, %arg7: tensor<8xi32>):
    %21 = "stablehlo.select"(%arg5, %arg6, %arg7) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%21) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<8xi32>, %arg4: tensor<8xi32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.divide"(%arg3, %arg4) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %5 = "stablehlo.sign"(%arg3) : (tensor<8xi32>) -> tensor<8xi32>
    %6 = "stablehlo.sign"(%arg4) : (tensor<8xi32>) -> tensor<8xi32>
    %7 = "stablehlo.compare"(%5, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %8 = "stablehlo.remainder"(%arg3, %arg4) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %9 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %11 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %12 = "stablehlo.compare"(%7, %11) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %13 = "stablehlo.convert"(%12) : (tensor<8xi1>) -> tensor<8xi1>
    %14 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %15 = "stablehlo.compare"(%10, %14) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %16 = "stablehlo.convert"(%15) : (tensor<8xi1>) -> tensor<8xi1>
    %17 = "stablehlo.and"(%13, %16) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %18 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %19 = "stablehlo.subtract"(%4, %18) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %20 = "func.call"(%17, %19, %4) <{callee = @_where_0}> : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%20) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xi1>, %arg1: tensor<8xi32>, %arg2: tensor<8xi32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%0) : (tensor<8xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
