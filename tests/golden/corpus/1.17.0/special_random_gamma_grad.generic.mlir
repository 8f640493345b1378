"builtin.module"() <{sym_name = "jit_up_and_broadcast"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %1 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %2 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %3 = "stablehlo.constant"() <{value = dense<1.14472985> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<3.14159274> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<0.918938517> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<2.01490307> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<7.500000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<1.50563267E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<9.98436917E-6> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<-0.138571098> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<12.5073433> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<-176.615036> : tensor<8xf32>}> : () -> tensor<8xf32>
    %18 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "stablehlo.constant"() <{value = dense<771.323425> : tensor<8xf32>}> : () -> tensor<8xf32>
    %20 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %21 = "stablehlo.constant"() <{value = dense<-1259.13916> : tensor<8xf32>}> : () -> tensor<8xf32>
    %22 = "stablehlo.constant"() <{value = dense<676.520386> : tensor<8xf32>}> : () -> tensor<8xf32>
    %23 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %24 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %25 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<1.1920929E-7> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %29 = "stablehlo.constant"() <{value = dense<2.000000e+03> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.compare"(%arg0, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %34 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %35 = "stablehlo.or"(%33, %34) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %36 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %37 = "stablehlo.compare"(%arg1, %36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %38 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %39 = "stablehlo.compare"(%arg1, %38) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %40 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %41 = "stablehlo.compare"(%arg0, %40) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %42 = "stablehlo.or"(%39, %41) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %43 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %44 = "stablehlo.compare"(%arg1, %43) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %45 = "stablehlo.compare"(%arg1, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %46 = "stablehlo.and"(%44, %45) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %47 = "stablehlo.log"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.multiply"(%arg0, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.subtract"(%48, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.compare"(%arg0, %24) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %51 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %52 = "stablehlo.subtract"(%arg0, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %53 = "stablehlo.select"(%50, %51, %52) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %54 = "stablehlo.add"(%53, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.divide"(%22, %54) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.add"(%23, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.add"(%53, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.divide"(%21, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %59 = "stablehlo.add"(%56, %58) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.add"(%53, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.divide"(%19, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.add"(%59, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.add"(%53, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.divide"(%17, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.add"(%62, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.add"(%53, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.divide"(%15, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.add"(%65, %67) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.add"(%53, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.divide"(%13, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%68, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.add"(%53, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.divide"(%11, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.add"(%71, %73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.add"(%53, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.divide"(%9, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%74, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.add"(%7, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.divide"(%53, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.log_plus_one"(%79) : (tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.add"(%6, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.divide"(%78, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%53, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.subtract"(%83, %82) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.multiply"(%84, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.log"(%77) : (tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.add"(%5, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.add"(%87, %86) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.abs"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.floor"(%89) : (tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.subtract"(%89, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.compare"(%24, %91) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %93 = "stablehlo.subtract"(%23, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.select"(%92, %93, %91) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.multiply"(%4, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.sine"(%95) : (tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.log"(%96) : (tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.subtract"(%3, %97) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.subtract"(%98, %88) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.is_finite"(%97) : (tensor<8xf32>) -> tensor<8xi1>
    %101 = "stablehlo.negate"(%97) : (tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.select"(%100, %99, %101) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.select"(%50, %102, %88) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.abs"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.compare"(%104, %2) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %106 = "stablehlo.select"(%105, %2, %103) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.subtract"(%49, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.log"(%30) : (tensor<f32>) -> tensor<f32>
    %109 = "stablehlo.negate"(%108) : (tensor<f32>) -> tensor<f32>
    %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %111 = "stablehlo.compare"(%107, %110) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %112 = "stablehlo.or"(%37, %42) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %113 = "stablehlo.or"(%112, %111) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %114 = "stablehlo.or"(%113, %35) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %115 = "stablehlo.not"(%114) : (tensor<8xi1>) -> tensor<8xi1>
    %116 = "stablehlo.and"(%115, %46) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %117 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %118 = "stablehlo.subtract"(%117, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.add"(%arg1, %118) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%119, %120) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %123 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %124 = "stablehlo.add"(%arg1, %123) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.multiply"(%121, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.divide"(%124, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %128 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %129 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %130 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %131 = "stablehlo.negate"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.multiply"(%126, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.subtract"(%130, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.divide"(%133, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135:15 = "stablehlo.while"(%116, %126, %127, %118, %121, %32, %124, %125, %122, %arg1, %128, %129, %130, %131, %134) ({
    ^bb0(%arg33: tensor<8xi1>, %arg34: tensor<8xf32>, %arg35: tensor<8xf32>, %arg36: tensor<8xf32>, %arg37: tensor<8xf32>, %arg38: tensor<f32>, %arg39: tensor<8xf32>, %arg40: tensor<8xf32>, %arg41: tensor<8xf32>, %arg42: tensor<8xf32>, %arg43: tensor<8xf32>, %arg44: tensor<8xf32>, %arg45: tensor<8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8xf32>):
      %431 = "stablehlo.compare"(%arg38, %29) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %432 = "stablehlo.reduce"(%arg33, %28) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg48: tensor<i1>, %arg49: tensor<i1>):
        %434 = "stablehlo.or"(%arg48, %arg49) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%434) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %433 = "stablehlo.and"(%431, %432) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%433) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<8xi1>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>, %arg22: tensor<8xf32>, %arg23: tensor<f32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8xf32>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<8xf32>, %arg31: tensor<8xf32>, %arg32: tensor<8xf32>):
      %342 = "stablehlo.add"(%arg23, %31) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %343 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %344 = "stablehlo.add"(%arg21, %343) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %345 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %346 = "stablehlo.add"(%arg22, %345) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %347 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %348 = "stablehlo.multiply"(%344, %347) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %349 = "stablehlo.multiply"(%arg24, %346) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %350 = "stablehlo.multiply"(%arg26, %348) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %351 = "stablehlo.subtract"(%349, %350) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %352 = "stablehlo.multiply"(%arg25, %346) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %353 = "stablehlo.multiply"(%arg27, %348) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %354 = "stablehlo.subtract"(%352, %353) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %355 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %356 = "stablehlo.compare"(%354, %355) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %357 = "stablehlo.divide"(%351, %354) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %358 = "stablehlo.subtract"(%arg19, %357) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %359 = "stablehlo.divide"(%358, %357) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %360 = "stablehlo.abs"(%359) : (tensor<8xf32>) -> tensor<8xf32>
      %361 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %362 = "stablehlo.select"(%356, %360, %361) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %363 = "stablehlo.select"(%356, %357, %arg19) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %364 = "stablehlo.multiply"(%arg30, %346) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %365 = "stablehlo.subtract"(%364, %arg24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %366 = "stablehlo.multiply"(%arg28, %348) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %367 = "stablehlo.subtract"(%365, %366) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %368 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %369 = "stablehlo.multiply"(%arg26, %368) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %370 = "stablehlo.add"(%367, %369) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %371 = "stablehlo.multiply"(%arg31, %346) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %372 = "stablehlo.subtract"(%371, %arg25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %373 = "stablehlo.multiply"(%arg29, %348) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %374 = "stablehlo.subtract"(%372, %373) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %375 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %376 = "stablehlo.multiply"(%arg27, %375) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %377 = "stablehlo.add"(%374, %376) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %378 = "stablehlo.multiply"(%363, %377) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %379 = "stablehlo.subtract"(%370, %378) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %380 = "stablehlo.divide"(%379, %354) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %381 = "stablehlo.select"(%356, %380, %arg32) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %382 = "stablehlo.subtract"(%381, %arg32) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %383 = "stablehlo.abs"(%382) : (tensor<8xf32>) -> tensor<8xf32>
      %384 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %385 = "stablehlo.select"(%356, %383, %384) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %386 = "stablehlo.abs"(%351) : (tensor<8xf32>) -> tensor<8xf32>
      %387 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
      %388 = "stablehlo.divide"(%387, %26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %390 = "stablehlo.compare"(%386, %389) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %391 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %392 = "stablehlo.multiply"(%arg24, %391) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %393 = "stablehlo.select"(%390, %392, %arg24) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %394 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %395 = "stablehlo.multiply"(%351, %394) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %396 = "stablehlo.select"(%390, %395, %351) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %397 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %398 = "stablehlo.multiply"(%arg25, %397) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %399 = "stablehlo.select"(%390, %398, %arg25) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %400 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %401 = "stablehlo.multiply"(%354, %400) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %402 = "stablehlo.select"(%390, %401, %354) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %403 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %404 = "stablehlo.multiply"(%arg30, %403) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %405 = "stablehlo.select"(%390, %404, %arg30) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %406 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %407 = "stablehlo.multiply"(%arg31, %406) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %408 = "stablehlo.select"(%390, %407, %arg31) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %409 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %410 = "stablehlo.multiply"(%370, %409) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %411 = "stablehlo.select"(%390, %410, %370) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %412 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %413 = "stablehlo.multiply"(%377, %412) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %414 = "stablehlo.select"(%390, %413, %377) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %415 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %416 = "stablehlo.compare"(%385, %415) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %417 = "stablehlo.and"(%arg18, %416) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %418 = "stablehlo.select"(%arg18, %363, %arg19) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %419 = "stablehlo.select"(%arg18, %362, %arg20) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %420 = "stablehlo.select"(%arg18, %344, %arg21) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %421 = "stablehlo.select"(%arg18, %346, %arg22) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %422 = "stablehlo.select"(%arg18, %396, %arg24) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %423 = "stablehlo.select"(%arg18, %402, %arg25) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %424 = "stablehlo.select"(%arg18, %393, %arg26) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %425 = "stablehlo.select"(%arg18, %399, %arg27) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %426 = "stablehlo.select"(%arg18, %405, %arg28) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %427 = "stablehlo.select"(%arg18, %408, %arg29) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %428 = "stablehlo.select"(%arg18, %411, %arg30) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %429 = "stablehlo.select"(%arg18, %414, %arg31) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %430 = "stablehlo.select"(%arg18, %381, %arg32) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%417, %418, %419, %420, %421, %342, %422, %423, %424, %425, %426, %427, %428, %429, %430) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %136 = "stablehlo.log"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.compare"(%arg0, %24) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %138 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.subtract"(%arg0, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.select"(%137, %138, %139) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.add"(%140, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.multiply"(%141, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.divide"(%22, %142) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.subtract"(%1, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %145 = "stablehlo.divide"(%22, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.add"(%23, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.add"(%140, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.multiply"(%147, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.divide"(%21, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.subtract"(%144, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.divide"(%21, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.add"(%146, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.add"(%140, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.multiply"(%153, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.divide"(%19, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.subtract"(%150, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.divide"(%19, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.add"(%152, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.add"(%140, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.multiply"(%159, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.divide"(%17, %160) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.subtract"(%156, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.divide"(%17, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.add"(%158, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.add"(%140, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.multiply"(%165, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.divide"(%15, %166) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.subtract"(%162, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.divide"(%15, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.add"(%164, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.add"(%140, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.multiply"(%171, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.divide"(%13, %172) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.subtract"(%168, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.divide"(%13, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.add"(%170, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.add"(%140, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.multiply"(%177, %177) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.divide"(%11, %178) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.subtract"(%174, %179) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.divide"(%11, %177) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.add"(%176, %181) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.add"(%140, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.multiply"(%183, %183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.divide"(%9, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.subtract"(%180, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.divide"(%9, %183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.add"(%182, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.add"(%7, %140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.divide"(%140, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.log_plus_one"(%190) : (tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.add"(%6, %191) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.divide"(%186, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.divide"(%10, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.add"(%192, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.subtract"(%195, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.add"(%arg0, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.floor"(%197) : (tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.abs"(%198) : (tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.add"(%arg0, %199) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.multiply"(%4, %200) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.cosine"(%201) : (tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.sine"(%201) : (tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.multiply"(%4, %202) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.divide"(%204, %203) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.subtract"(%196, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.select"(%137, %206, %196) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.compare"(%arg0, %1) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %209 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.compare"(%arg0, %209) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %211 = "stablehlo.and"(%208, %210) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %212 = "stablehlo.select"(%211, %0, %207) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.subtract"(%136, %212) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.multiply"(%135#1, %213) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.add"(%135#14, %214) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.multiply"(%215, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.negate"(%216) : (tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.negate"(%217) : (tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.not"(%46) : (tensor<8xi1>) -> tensor<8xi1>
    %220 = "stablehlo.and"(%115, %219) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %221 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %222 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %223 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %224 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %225:7 = "stablehlo.while"(%220, %arg0, %221, %222, %arg1, %223, %224) ({
    ^bb0(%arg9: tensor<8xi1>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>):
      %340 = "stablehlo.reduce"(%arg9, %28) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg16: tensor<i1>, %arg17: tensor<i1>):
        %341 = "stablehlo.or"(%arg16, %arg17) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%341) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%340) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg2: tensor<8xi1>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8xf32>):
      %317 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %318 = "stablehlo.add"(%arg3, %317) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %319 = "stablehlo.divide"(%arg6, %318) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %320 = "stablehlo.multiply"(%arg7, %319) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %321 = "stablehlo.multiply"(%arg4, %arg6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %322 = "stablehlo.multiply"(%318, %318) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %323 = "stablehlo.divide"(%321, %322) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %324 = "stablehlo.subtract"(%320, %323) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %325 = "stablehlo.add"(%arg8, %324) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %326 = "stablehlo.divide"(%arg6, %318) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %327 = "stablehlo.multiply"(%arg4, %326) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %328 = "stablehlo.add"(%arg5, %327) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %329 = "stablehlo.divide"(%324, %325) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %330 = "stablehlo.abs"(%329) : (tensor<8xf32>) -> tensor<8xf32>
      %331 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %332 = "stablehlo.compare"(%330, %331) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %333 = "stablehlo.and"(%arg2, %332) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %334 = "stablehlo.select"(%arg2, %318, %arg3) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %335 = "stablehlo.select"(%arg2, %327, %arg4) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %336 = "stablehlo.select"(%arg2, %328, %arg5) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %337 = "stablehlo.select"(%arg2, %arg6, %arg6) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %338 = "stablehlo.select"(%arg2, %324, %arg7) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %339 = "stablehlo.select"(%arg2, %325, %arg8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%333, %334, %335, %336, %337, %338, %339) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %226 = "stablehlo.log"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %228 = "stablehlo.add"(%arg0, %227) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.compare"(%228, %24) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %230 = "stablehlo.negate"(%228) : (tensor<8xf32>) -> tensor<8xf32>
    %231 = "stablehlo.subtract"(%228, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.select"(%229, %230, %231) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.add"(%232, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.multiply"(%233, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.divide"(%22, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.subtract"(%1, %235) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.divide"(%22, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.add"(%23, %237) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.add"(%232, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.multiply"(%239, %239) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.divide"(%21, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.subtract"(%236, %241) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.divide"(%21, %239) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %244 = "stablehlo.add"(%238, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %245 = "stablehlo.add"(%232, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.multiply"(%245, %245) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.divide"(%19, %246) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %248 = "stablehlo.subtract"(%242, %247) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.divide"(%19, %245) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %250 = "stablehlo.add"(%244, %249) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.add"(%232, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.multiply"(%251, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %253 = "stablehlo.divide"(%17, %252) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %254 = "stablehlo.subtract"(%248, %253) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.divide"(%17, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.add"(%250, %255) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.add"(%232, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.multiply"(%257, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.divide"(%15, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.subtract"(%254, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.divide"(%15, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.add"(%256, %261) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.add"(%232, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.multiply"(%263, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.divide"(%13, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.subtract"(%260, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.divide"(%13, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.add"(%262, %267) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%232, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.multiply"(%269, %269) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.divide"(%11, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.subtract"(%266, %271) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.divide"(%11, %269) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.add"(%268, %273) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.add"(%232, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.multiply"(%275, %275) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.divide"(%9, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.subtract"(%272, %277) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %279 = "stablehlo.divide"(%9, %275) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.add"(%274, %279) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %281 = "stablehlo.add"(%7, %232) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282 = "stablehlo.divide"(%232, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %283 = "stablehlo.log_plus_one"(%282) : (tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.add"(%6, %283) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.divide"(%278, %280) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %286 = "stablehlo.divide"(%10, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.add"(%284, %285) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.subtract"(%287, %286) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.add"(%228, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %290 = "stablehlo.floor"(%289) : (tensor<8xf32>) -> tensor<8xf32>
    %291 = "stablehlo.abs"(%290) : (tensor<8xf32>) -> tensor<8xf32>
    %292 = "stablehlo.add"(%228, %291) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %293 = "stablehlo.multiply"(%4, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.cosine"(%293) : (tensor<8xf32>) -> tensor<8xf32>
    %295 = "stablehlo.sine"(%293) : (tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.multiply"(%4, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.divide"(%296, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.subtract"(%288, %297) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.select"(%229, %298, %288) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.compare"(%228, %1) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %301 = "stablehlo.floor"(%228) : (tensor<8xf32>) -> tensor<8xf32>
    %302 = "stablehlo.compare"(%228, %301) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %303 = "stablehlo.and"(%300, %302) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %304 = "stablehlo.select"(%303, %0, %299) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %305 = "stablehlo.subtract"(%226, %304) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.multiply"(%225#3, %305) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.add"(%225#6, %306) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %308 = "stablehlo.negate"(%307) : (tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.multiply"(%308, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %310 = "stablehlo.divide"(%309, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.select"(%46, %218, %310) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %313 = "stablehlo.select"(%37, %312, %311) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.or"(%42, %35) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %315 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %316 = "stablehlo.select"(%314, %315, %313) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%316) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
