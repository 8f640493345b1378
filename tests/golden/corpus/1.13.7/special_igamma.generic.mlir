"builtin.module"() <{sym_name = "jit_igamma"}> ({
  "func.func"() <{function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
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
    %24 = "stablehlo.constant"() <{value = dense<1.1920929E-7> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %27 = "stablehlo.constant"() <{value = dense<2.000000e+03> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.compare"(%arg0, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %33 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %34 = "stablehlo.or"(%32, %33) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %35 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %36 = "stablehlo.compare"(%arg1, %35) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %37 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %38 = "stablehlo.compare"(%arg0, %37) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %39 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %40 = "stablehlo.compare"(%arg1, %39) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %41 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %42 = "stablehlo.compare"(%arg1, %41) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %43 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %44 = "stablehlo.compare"(%arg0, %43) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %45 = "stablehlo.and"(%38, %40) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %46 = "stablehlo.or"(%42, %44) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %47 = "stablehlo.or"(%46, %45) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %48 = "stablehlo.or"(%47, %34) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %49 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %50 = "stablehlo.compare"(%arg1, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %51 = "stablehlo.compare"(%arg1, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %52 = "stablehlo.and"(%50, %51) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
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
    %118 = "stablehlo.exponential"(%113) : (tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.or"(%40, %48) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %120 = "stablehlo.or"(%119, %117) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %121 = "stablehlo.or"(%120, %36) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %122 = "stablehlo.not"(%121) : (tensor<8xi1>) -> tensor<8xi1>
    %123 = "stablehlo.and"(%122, %52) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %124 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %125 = "stablehlo.subtract"(%124, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.add"(%arg1, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %128 = "stablehlo.add"(%126, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %130 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %131 = "stablehlo.add"(%arg1, %130) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.multiply"(%128, %arg1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.divide"(%131, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %135 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %136 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %137 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %138 = "stablehlo.negate"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.multiply"(%133, %138) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.subtract"(%137, %139) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.divide"(%140, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142:15 = "stablehlo.while"(%123, %133, %134, %125, %128, %30, %131, %132, %129, %arg1, %135, %136, %137, %138, %141) ({
    ^bb0(%arg33: tensor<8xi1>, %arg34: tensor<8xf32>, %arg35: tensor<8xf32>, %arg36: tensor<8xf32>, %arg37: tensor<8xf32>, %arg38: tensor<f32>, %arg39: tensor<8xf32>, %arg40: tensor<8xf32>, %arg41: tensor<8xf32>, %arg42: tensor<8xf32>, %arg43: tensor<8xf32>, %arg44: tensor<8xf32>, %arg45: tensor<8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8xf32>):
      %271 = "stablehlo.compare"(%arg38, %27) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %272 = "stablehlo.reduce"(%arg33, %26) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg48: tensor<i1>, %arg49: tensor<i1>):
        %274 = "stablehlo.or"(%arg48, %arg49) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%274) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %273 = "stablehlo.and"(%271, %272) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%273) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<8xi1>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>, %arg22: tensor<8xf32>, %arg23: tensor<f32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8xf32>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<8xf32>, %arg31: tensor<8xf32>, %arg32: tensor<8xf32>):
      %186 = "stablehlo.add"(%arg23, %29) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %187 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %188 = "stablehlo.add"(%arg21, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %189 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %190 = "stablehlo.add"(%arg22, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %191 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %192 = "stablehlo.multiply"(%188, %191) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %193 = "stablehlo.multiply"(%arg24, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %194 = "stablehlo.multiply"(%arg26, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %195 = "stablehlo.subtract"(%193, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %196 = "stablehlo.multiply"(%arg25, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %197 = "stablehlo.multiply"(%arg27, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %198 = "stablehlo.subtract"(%196, %197) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %199 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %200 = "stablehlo.compare"(%198, %199) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %201 = "stablehlo.divide"(%195, %198) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %202 = "stablehlo.subtract"(%arg19, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %203 = "stablehlo.divide"(%202, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %204 = "stablehlo.abs"(%203) : (tensor<8xf32>) -> tensor<8xf32>
      %205 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %206 = "stablehlo.select"(%200, %204, %205) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %207 = "stablehlo.select"(%200, %201, %arg19) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %208 = "stablehlo.multiply"(%arg30, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %209 = "stablehlo.subtract"(%208, %arg24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %210 = "stablehlo.multiply"(%arg28, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %211 = "stablehlo.subtract"(%209, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %212 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %213 = "stablehlo.multiply"(%arg26, %212) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %214 = "stablehlo.add"(%211, %213) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %215 = "stablehlo.multiply"(%arg31, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %216 = "stablehlo.subtract"(%215, %arg25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %217 = "stablehlo.multiply"(%arg29, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %218 = "stablehlo.subtract"(%216, %217) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %219 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %220 = "stablehlo.multiply"(%arg27, %219) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %221 = "stablehlo.add"(%218, %220) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %222 = "stablehlo.multiply"(%207, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %223 = "stablehlo.subtract"(%214, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %224 = "stablehlo.divide"(%223, %198) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %225 = "stablehlo.select"(%200, %224, %arg32) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %226 = "stablehlo.abs"(%195) : (tensor<8xf32>) -> tensor<8xf32>
      %227 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
      %228 = "stablehlo.divide"(%227, %24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %229 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %230 = "stablehlo.compare"(%226, %229) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %231 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %232 = "stablehlo.multiply"(%arg24, %231) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %233 = "stablehlo.select"(%230, %232, %arg24) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %234 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %235 = "stablehlo.multiply"(%195, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %236 = "stablehlo.select"(%230, %235, %195) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %237 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %238 = "stablehlo.multiply"(%arg25, %237) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %239 = "stablehlo.select"(%230, %238, %arg25) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %240 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %241 = "stablehlo.multiply"(%198, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %242 = "stablehlo.select"(%230, %241, %198) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %243 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %244 = "stablehlo.multiply"(%arg30, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %245 = "stablehlo.select"(%230, %244, %arg30) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %246 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %247 = "stablehlo.multiply"(%arg31, %246) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %248 = "stablehlo.select"(%230, %247, %arg31) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %249 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %250 = "stablehlo.multiply"(%214, %249) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %251 = "stablehlo.select"(%230, %250, %214) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %252 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %253 = "stablehlo.multiply"(%221, %252) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %254 = "stablehlo.select"(%230, %253, %221) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %255 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %256 = "stablehlo.compare"(%206, %255) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %257 = "stablehlo.and"(%arg18, %256) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %258 = "stablehlo.select"(%arg18, %207, %arg19) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %259 = "stablehlo.select"(%arg18, %206, %arg20) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %260 = "stablehlo.select"(%arg18, %188, %arg21) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %261 = "stablehlo.select"(%arg18, %190, %arg22) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %262 = "stablehlo.select"(%arg18, %236, %arg24) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %263 = "stablehlo.select"(%arg18, %242, %arg25) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %264 = "stablehlo.select"(%arg18, %233, %arg26) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %265 = "stablehlo.select"(%arg18, %239, %arg27) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %266 = "stablehlo.select"(%arg18, %245, %arg28) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %267 = "stablehlo.select"(%arg18, %248, %arg29) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %268 = "stablehlo.select"(%arg18, %251, %arg30) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %269 = "stablehlo.select"(%arg18, %254, %arg31) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %270 = "stablehlo.select"(%arg18, %225, %arg32) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%257, %258, %259, %260, %261, %186, %262, %263, %264, %265, %266, %267, %268, %269, %270) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %143 = "stablehlo.multiply"(%142#1, %118) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %145 = "stablehlo.subtract"(%144, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.not"(%52) : (tensor<8xi1>) -> tensor<8xi1>
    %147 = "stablehlo.and"(%122, %146) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %148 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %149 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %150 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %151 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %152:7 = "stablehlo.while"(%147, %arg0, %148, %149, %arg1, %150, %151) ({
    ^bb0(%arg9: tensor<8xi1>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>):
      %184 = "stablehlo.reduce"(%arg9, %26) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg16: tensor<i1>, %arg17: tensor<i1>):
        %185 = "stablehlo.or"(%arg16, %arg17) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%185) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%184) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg2: tensor<8xi1>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8xf32>):
      %162 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %163 = "stablehlo.add"(%arg3, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %164 = "stablehlo.divide"(%arg6, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %165 = "stablehlo.multiply"(%arg7, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %166 = "stablehlo.multiply"(%arg4, %arg6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %167 = "stablehlo.multiply"(%163, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %168 = "stablehlo.divide"(%166, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %169 = "stablehlo.subtract"(%165, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %170 = "stablehlo.add"(%arg8, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %171 = "stablehlo.divide"(%arg6, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %172 = "stablehlo.multiply"(%arg4, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %173 = "stablehlo.add"(%arg5, %172) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %174 = "stablehlo.divide"(%172, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %175 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %176 = "stablehlo.compare"(%174, %175) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %177 = "stablehlo.and"(%arg2, %176) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %178 = "stablehlo.select"(%arg2, %163, %arg3) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %179 = "stablehlo.select"(%arg2, %172, %arg4) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %180 = "stablehlo.select"(%arg2, %173, %arg5) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %181 = "stablehlo.select"(%arg2, %arg6, %arg6) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %182 = "stablehlo.select"(%arg2, %169, %arg7) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %183 = "stablehlo.select"(%arg2, %170, %arg8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%177, %178, %179, %180, %181, %182, %183) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %153 = "stablehlo.multiply"(%152#3, %118) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.divide"(%153, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.select"(%52, %145, %154) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %157 = "stablehlo.select"(%40, %156, %155) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %159 = "stablehlo.select"(%36, %158, %157) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %161 = "stablehlo.select"(%48, %160, %159) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%161) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
