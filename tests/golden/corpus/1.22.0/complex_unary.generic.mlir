"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xcomplex<f32>>) -> (tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}, {jax.result_info = "result[4]"}, {jax.result_info = "result[5]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg1: tensor<8xcomplex<f32>>):
    %3 = "stablehlo.constant"() <{value = dense<2.19736814> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<1.553774> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<6.500000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<4.097000e+03> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<9.99999968E+37> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<0x4D000000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<3.77789319E+22> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<2.64697796E-23> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<2.44140625E-4> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<9.22337203E+18> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %24 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %25 = "stablehlo.abs"(%23) : (tensor<8xf32>) -> tensor<8xf32>
    %26 = "stablehlo.abs"(%24) : (tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.maximum"(%25, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %28 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %29 = "stablehlo.compare"(%27, %28) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %30 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %31 = "stablehlo.compare"(%27, %30) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %32 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %33 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %34 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %35 = "stablehlo.multiply"(%23, %32) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.multiply"(%23, %33) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %37 = "stablehlo.select"(%31, %36, %23) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %38 = "stablehlo.select"(%29, %35, %37) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %39 = "stablehlo.multiply"(%24, %32) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %40 = "stablehlo.multiply"(%24, %33) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41 = "stablehlo.select"(%31, %40, %24) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %42 = "stablehlo.select"(%29, %39, %41) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %43 = "stablehlo.select"(%31, %32, %34) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %44 = "stablehlo.select"(%29, %33, %43) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %45 = "stablehlo.multiply"(%38, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.multiply"(%42, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %47 = "stablehlo.add"(%45, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.sqrt"(%47) : (tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.multiply"(%48, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %51 = "stablehlo.compare"(%25, %50) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %52 = "stablehlo.compare"(%26, %50) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %53 = "stablehlo.or"(%51, %52) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %54 = "stablehlo.select"(%53, %50, %49) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %56 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %57 = "stablehlo.negate"(%56) : (tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.complex"(%55, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %59 = "func.call"(%arg1) <{callee = @angle}> : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %60 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %61 = "stablehlo.exponential"(%60) : (tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.compare"(%61, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %63 = "stablehlo.multiply"(%60, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.exponential"(%63) : (tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %66 = "stablehlo.cosine"(%65) : (tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.multiply"(%64, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.multiply"(%67, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.multiply"(%61, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.select"(%62, %68, %69) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.compare"(%65, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %72 = "stablehlo.sine"(%65) : (tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.multiply"(%64, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.multiply"(%73, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.multiply"(%61, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.select"(%62, %74, %75) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.select"(%71, %14, %76) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.complex"(%70, %77) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %79 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %80 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %81 = "stablehlo.multiply"(%80, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.multiply"(%79, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.compare"(%81, %82) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %84 = "stablehlo.select"(%83, %81, %82) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.add"(%13, %84) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.select"(%83, %82, %81) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.add"(%85, %86) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.negate"(%81) : (tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.compare"(%12, %16) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %90 = "stablehlo.compare"(%12, %10) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %91 = "stablehlo.select"(%90, %9, %8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.select"(%89, %11, %91) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.multiply"(%92, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.subtract"(%80, %93) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.add"(%93, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.multiply"(%95, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.add"(%88, %96) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.subtract"(%80, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.multiply"(%95, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.add"(%97, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.add"(%100, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.multiply"(%98, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.add"(%101, %102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.add"(%87, %103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.negate"(%82) : (tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.multiply"(%92, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.subtract"(%79, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.add"(%106, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.multiply"(%108, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.add"(%105, %109) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.subtract"(%79, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.multiply"(%108, %111) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.add"(%110, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.add"(%113, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.multiply"(%111, %111) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.add"(%114, %115) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.add"(%104, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.subtract"(%85, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.subtract"(%84, %118) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.subtract"(%87, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.subtract"(%86, %120) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.add"(%119, %121) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.subtract"(%104, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.subtract"(%103, %123) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.add"(%122, %124) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.subtract"(%117, %104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.subtract"(%116, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.add"(%125, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.add"(%117, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.abs"(%129) : (tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.compare"(%130, %15) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %132 = "stablehlo.log_plus_one"(%129) : (tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.multiply"(%15, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.abs"(%79) : (tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.abs"(%80) : (tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.maximum"(%134, %135) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.log"(%136) : (tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.minimum"(%134, %135) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.compare"(%138, %136) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %140 = "stablehlo.divide"(%138, %136) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.select"(%139, %7, %140) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.multiply"(%141, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.log_plus_one"(%142) : (tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.multiply"(%15, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %145 = "stablehlo.add"(%137, %144) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.select"(%131, %133, %145) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.atan2"(%80, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.complex"(%146, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %149 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %150 = "stablehlo.compare"(%149, %14) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %151 = "stablehlo.abs"(%149) : (tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %153 = "stablehlo.abs"(%152) : (tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.compare"(%151, %153) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %155 = "stablehlo.sqrt"(%151) : (tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.multiply"(%155, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.divide"(%156, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.maximum"(%151, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.minimum"(%151, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.compare"(%158, %159) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %161 = "stablehlo.multiply"(%5, %158) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.divide"(%159, %158) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.multiply"(%162, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.add"(%7, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.sqrt"(%164) : (tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.compare"(%165, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %167 = "stablehlo.compare"(%163, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %168 = "stablehlo.and"(%166, %167) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %169 = "stablehlo.multiply"(%158, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.divide"(%169, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.add"(%158, %170) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.multiply"(%158, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.select"(%168, %171, %172) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.select"(%160, %161, %173) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.divide"(%174, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.divide"(%151, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.add"(%175, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.sqrt"(%177) : (tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.compare"(%178, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %180 = "stablehlo.compare"(%178, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %181 = "stablehlo.or"(%179, %180) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %182 = "stablehlo.compare"(%151, %153) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %183 = "stablehlo.compare"(%151, %153) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %184 = "stablehlo.divide"(%151, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.divide"(%153, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.select"(%183, %184, %185) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.select"(%154, %7, %186) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.abs"(%187) : (tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.maximum"(%7, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.minimum"(%7, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.compare"(%189, %190) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %192 = "stablehlo.multiply"(%5, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.divide"(%190, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.multiply"(%193, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.add"(%7, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.sqrt"(%195) : (tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.compare"(%196, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %198 = "stablehlo.compare"(%194, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %199 = "stablehlo.and"(%197, %198) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %200 = "stablehlo.multiply"(%189, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.divide"(%200, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.add"(%189, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.multiply"(%189, %196) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.select"(%199, %202, %203) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.select"(%191, %192, %204) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.add"(%7, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.sqrt"(%206) : (tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.divide"(%207, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.multiply"(%155, %208) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.sqrt"(%153) : (tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.add"(%187, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.sqrt"(%211) : (tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.divide"(%212, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.multiply"(%210, %213) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.select"(%182, %209, %214) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.select"(%181, %215, %178) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.select"(%154, %157, %216) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.divide"(%210, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.divide"(%155, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.divide"(%210, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.select"(%183, %219, %220) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.select"(%154, %7, %221) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.multiply"(%210, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.multiply"(%207, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.divide"(%223, %224) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.multiply"(%212, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.divide"(%210, %226) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.select"(%182, %225, %227) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.multiply"(%178, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.divide"(%153, %229) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %231 = "stablehlo.select"(%181, %228, %230) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.select"(%154, %218, %231) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.select"(%150, %217, %232) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.compare"(%149, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %235 = "stablehlo.compare"(%152, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %236 = "stablehlo.negate"(%217) : (tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.select"(%235, %236, %217) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.negate"(%232) : (tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.select"(%235, %238, %232) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.select"(%234, %237, %239) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.complex"(%233, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    "func.return"(%54, %58, %59, %78, %148, %241) : (tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xcomplex<f32>>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "angle", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xcomplex<f32>>):
    %0 = "stablehlo.real"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %1 = "stablehlo.imag"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %2 = "stablehlo.atan2"(%1, %0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%2) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
