"builtin.module"() <{sym_name = "jit_igammac"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %1 = "stablehlo.constant"() <{value = dense<1.14472985> : tensor<8xf32>}> : () -> tensor<8xf32>
    %2 = "stablehlo.constant"() <{value = dense<3.14159274> : tensor<8xf32>}> : () -> tensor<8xf32>
    %3 = "stablehlo.constant"() <{value = dense<0.918938517> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<2.01490307> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<7.500000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<1.50563267E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<9.98436917E-6> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<-0.138571098> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<12.5073433> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<-176.615036> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<771.323425> : tensor<8xf32>}> : () -> tensor<8xf32>
    %18 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "stablehlo.constant"() <{value = dense<-1259.13916> : tensor<8xf32>}> : () -> tensor<8xf32>
    %20 = "stablehlo.constant"() <{value = dense<676.520386> : tensor<8xf32>}> : () -> tensor<8xf32>
    %21 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %22 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %23 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<2.000000e+03> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<1.1920929E-7> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %28 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.compare"(%arg0, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %33 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %34 = "stablehlo.or"(%32, %33) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %35 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %36 = "stablehlo.compare"(%arg0, %35) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %37 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %38 = "stablehlo.compare"(%arg1, %37) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %39 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %40 = "stablehlo.compare"(%arg1, %39) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %41 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %42 = "stablehlo.compare"(%arg1, %41) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %43 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %44 = "stablehlo.compare"(%arg0, %43) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %45 = "stablehlo.and"(%36, %38) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %46 = "stablehlo.or"(%42, %44) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %47 = "stablehlo.or"(%46, %45) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %48 = "stablehlo.or"(%47, %34) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %49 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %50 = "stablehlo.compare"(%arg1, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %51 = "stablehlo.compare"(%arg1, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %52 = "stablehlo.or"(%50, %51) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %53 = "stablehlo.log"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %54 = "stablehlo.multiply"(%arg0, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.subtract"(%54, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.compare"(%arg0, %22) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %57 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.subtract"(%arg0, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %59 = "stablehlo.select"(%56, %57, %58) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.add"(%59, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.divide"(%20, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.add"(%21, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.add"(%59, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.divide"(%19, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.add"(%62, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.add"(%59, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.divide"(%17, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.add"(%65, %67) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.add"(%59, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.divide"(%15, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%68, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.add"(%59, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.divide"(%13, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.add"(%71, %73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.add"(%59, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.divide"(%11, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%74, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.add"(%59, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.divide"(%9, %78) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.add"(%77, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.add"(%59, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.divide"(%7, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%80, %82) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.add"(%5, %59) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.divide"(%59, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.log_plus_one"(%85) : (tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.add"(%4, %86) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.divide"(%84, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.add"(%59, %22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.subtract"(%89, %88) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.multiply"(%90, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.log"(%83) : (tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.add"(%3, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.add"(%93, %92) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.abs"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.floor"(%95) : (tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.subtract"(%95, %96) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.compare"(%22, %97) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %99 = "stablehlo.subtract"(%21, %97) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.select"(%98, %99, %97) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.multiply"(%2, %100) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.sine"(%101) : (tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.log"(%102) : (tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.subtract"(%1, %103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.subtract"(%104, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.is_finite"(%103) : (tensor<8xf32>) -> tensor<8xi1>
    %107 = "stablehlo.negate"(%103) : (tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.select"(%106, %105, %107) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.select"(%56, %108, %94) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.abs"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.compare"(%110, %0) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %112 = "stablehlo.select"(%111, %0, %109) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.subtract"(%55, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.log"(%28) : (tensor<f32>) -> tensor<f32>
    %115 = "stablehlo.negate"(%114) : (tensor<f32>) -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %117 = "stablehlo.compare"(%113, %116) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %118 = "stablehlo.or"(%48, %117) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %119 = "stablehlo.or"(%118, %40) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %120 = "stablehlo.or"(%119, %36) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %121 = "stablehlo.not"(%120) : (tensor<8xi1>) -> tensor<8xi1>
    %122 = "stablehlo.exponential"(%113) : (tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.and"(%121, %52) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %124 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %125 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %126 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %127 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %128:7 = "stablehlo.while"(%123, %arg0, %124, %125, %arg1, %126, %127) ({
    ^bb0(%arg41: tensor<8xi1>, %arg42: tensor<8xf32>, %arg43: tensor<8xf32>, %arg44: tensor<8xf32>, %arg45: tensor<8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8xf32>):
      %272 = "stablehlo.reduce"(%arg41, %27) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg48: tensor<i1>, %arg49: tensor<i1>):
        %273 = "stablehlo.or"(%arg48, %arg49) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%273) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%272) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg34: tensor<8xi1>, %arg35: tensor<8xf32>, %arg36: tensor<8xf32>, %arg37: tensor<8xf32>, %arg38: tensor<8xf32>, %arg39: tensor<8xf32>, %arg40: tensor<8xf32>):
      %250 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %251 = "stablehlo.add"(%arg35, %250) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %252 = "stablehlo.divide"(%arg38, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %253 = "stablehlo.multiply"(%arg39, %252) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %254 = "stablehlo.multiply"(%arg36, %arg38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %255 = "stablehlo.multiply"(%251, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %256 = "stablehlo.divide"(%254, %255) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %257 = "stablehlo.subtract"(%253, %256) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %258 = "stablehlo.add"(%arg40, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %259 = "stablehlo.divide"(%arg38, %251) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %260 = "stablehlo.multiply"(%arg36, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %261 = "stablehlo.add"(%arg37, %260) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %262 = "stablehlo.divide"(%260, %261) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %263 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %264 = "stablehlo.compare"(%262, %263) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %265 = "stablehlo.and"(%arg34, %264) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %266 = "stablehlo.select"(%arg34, %251, %arg35) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %267 = "stablehlo.select"(%arg34, %260, %arg36) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %268 = "stablehlo.select"(%arg34, %261, %arg37) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %269 = "stablehlo.select"(%arg34, %arg38, %arg38) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %270 = "stablehlo.select"(%arg34, %257, %arg39) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %271 = "stablehlo.select"(%arg34, %258, %arg40) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%265, %266, %267, %268, %269, %270, %271) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %129 = "stablehlo.multiply"(%128#3, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.divide"(%129, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.not"(%52) : (tensor<8xi1>) -> tensor<8xi1>
    %132 = "stablehlo.and"(%121, %131) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %133 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %134 = "stablehlo.subtract"(%133, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.add"(%arg1, %134) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %137 = "stablehlo.add"(%135, %136) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %139 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %140 = "stablehlo.add"(%arg1, %139) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.multiply"(%137, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.divide"(%140, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %144 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %145 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %146 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %147 = "stablehlo.negate"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.multiply"(%142, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.subtract"(%146, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.divide"(%149, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151:15 = "stablehlo.while"(%132, %142, %143, %134, %137, %31, %140, %141, %138, %arg1, %144, %145, %146, %147, %150) ({
    ^bb0(%arg17: tensor<8xi1>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>, %arg22: tensor<f32>, %arg23: tensor<8xf32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8xf32>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<8xf32>, %arg31: tensor<8xf32>):
      %246 = "stablehlo.compare"(%arg22, %25) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %247 = "stablehlo.reduce"(%arg17, %27) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg32: tensor<i1>, %arg33: tensor<i1>):
        %249 = "stablehlo.or"(%arg32, %arg33) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%249) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %248 = "stablehlo.and"(%246, %247) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%248) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg2: tensor<8xi1>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<f32>, %arg8: tensor<8xf32>, %arg9: tensor<8xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>, %arg16: tensor<8xf32>):
      %161 = "stablehlo.add"(%arg7, %29) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %162 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %163 = "stablehlo.add"(%arg5, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %164 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %165 = "stablehlo.add"(%arg6, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %166 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %167 = "stablehlo.multiply"(%163, %166) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %168 = "stablehlo.multiply"(%arg8, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %169 = "stablehlo.multiply"(%arg10, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %170 = "stablehlo.subtract"(%168, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %171 = "stablehlo.multiply"(%arg9, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %172 = "stablehlo.multiply"(%arg11, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %173 = "stablehlo.subtract"(%171, %172) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %174 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %175 = "stablehlo.compare"(%173, %174) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %176 = "stablehlo.divide"(%170, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %177 = "stablehlo.subtract"(%arg3, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %178 = "stablehlo.divide"(%177, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %179 = "stablehlo.abs"(%178) : (tensor<8xf32>) -> tensor<8xf32>
      %180 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %181 = "stablehlo.select"(%175, %179, %180) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %182 = "stablehlo.select"(%175, %176, %arg3) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %183 = "stablehlo.multiply"(%arg14, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %184 = "stablehlo.subtract"(%183, %arg8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %185 = "stablehlo.multiply"(%arg12, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %186 = "stablehlo.subtract"(%184, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %187 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %188 = "stablehlo.multiply"(%arg10, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %189 = "stablehlo.add"(%186, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %190 = "stablehlo.multiply"(%arg15, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %191 = "stablehlo.subtract"(%190, %arg9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %192 = "stablehlo.multiply"(%arg13, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %193 = "stablehlo.subtract"(%191, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %194 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %195 = "stablehlo.multiply"(%arg11, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %196 = "stablehlo.add"(%193, %195) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %197 = "stablehlo.multiply"(%182, %196) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %198 = "stablehlo.subtract"(%189, %197) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %199 = "stablehlo.divide"(%198, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %200 = "stablehlo.select"(%175, %199, %arg16) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %201 = "stablehlo.abs"(%170) : (tensor<8xf32>) -> tensor<8xf32>
      %202 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
      %203 = "stablehlo.divide"(%202, %26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %204 = "stablehlo.broadcast_in_dim"(%203) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %205 = "stablehlo.compare"(%201, %204) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %206 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %207 = "stablehlo.multiply"(%arg8, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %208 = "stablehlo.select"(%205, %207, %arg8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %209 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %210 = "stablehlo.multiply"(%170, %209) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %211 = "stablehlo.select"(%205, %210, %170) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %212 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %213 = "stablehlo.multiply"(%arg9, %212) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %214 = "stablehlo.select"(%205, %213, %arg9) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %215 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %216 = "stablehlo.multiply"(%173, %215) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %217 = "stablehlo.select"(%205, %216, %173) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %218 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %219 = "stablehlo.multiply"(%arg14, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %220 = "stablehlo.select"(%205, %219, %arg14) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %221 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %222 = "stablehlo.multiply"(%arg15, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %223 = "stablehlo.select"(%205, %222, %arg15) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %224 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %225 = "stablehlo.multiply"(%189, %224) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %226 = "stablehlo.select"(%205, %225, %189) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %227 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %228 = "stablehlo.multiply"(%196, %227) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %229 = "stablehlo.select"(%205, %228, %196) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %230 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %231 = "stablehlo.compare"(%181, %230) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %232 = "stablehlo.and"(%arg2, %231) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %233 = "stablehlo.select"(%arg2, %182, %arg3) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %234 = "stablehlo.select"(%arg2, %181, %arg4) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %235 = "stablehlo.select"(%arg2, %163, %arg5) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %236 = "stablehlo.select"(%arg2, %165, %arg6) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %237 = "stablehlo.select"(%arg2, %211, %arg8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %238 = "stablehlo.select"(%arg2, %217, %arg9) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %239 = "stablehlo.select"(%arg2, %208, %arg10) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %240 = "stablehlo.select"(%arg2, %214, %arg11) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %241 = "stablehlo.select"(%arg2, %220, %arg12) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %242 = "stablehlo.select"(%arg2, %223, %arg13) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %243 = "stablehlo.select"(%arg2, %226, %arg14) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %244 = "stablehlo.select"(%arg2, %229, %arg15) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %245 = "stablehlo.select"(%arg2, %200, %arg16) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%232, %233, %234, %235, %236, %161, %237, %238, %239, %240, %241, %242, %243, %244, %245) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %152 = "stablehlo.multiply"(%151#1, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %154 = "stablehlo.subtract"(%153, %130) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.select"(%52, %154, %152) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.or"(%40, %36) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %157 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %158 = "stablehlo.select"(%156, %157, %155) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %160 = "stablehlo.select"(%48, %159, %158) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%160) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
