"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<8xcomplex<f32>>) -> (tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}, {jax.result_info = "result[4]"}, {jax.result_info = "result[5]"}], sym_name = "main", sym_visibility = "public"}> ({
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
    %17 = "stablehlo.abs"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %18 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %19 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %20 = "stablehlo.negate"(%19) : (tensor<8xf32>) -> tensor<8xf32>
    %21 = "stablehlo.complex"(%18, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %22 = "func.call"(%arg1) <{callee = @angle}> : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %23 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<8xf32>) -> tensor<8xf32>
    %25 = "stablehlo.compare"(%24, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %26 = "stablehlo.multiply"(%23, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.exponential"(%26) : (tensor<8xf32>) -> tensor<8xf32>
    %28 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %29 = "stablehlo.cosine"(%28) : (tensor<8xf32>) -> tensor<8xf32>
    %30 = "stablehlo.multiply"(%27, %29) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %31 = "stablehlo.multiply"(%30, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %32 = "stablehlo.multiply"(%24, %29) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %33 = "stablehlo.select"(%25, %31, %32) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %34 = "stablehlo.compare"(%28, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %35 = "stablehlo.sine"(%28) : (tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.multiply"(%27, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %37 = "stablehlo.multiply"(%36, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %38 = "stablehlo.multiply"(%24, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %39 = "stablehlo.select"(%25, %37, %38) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %40 = "stablehlo.select"(%34, %14, %39) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41 = "stablehlo.complex"(%33, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %42 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %43 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %44 = "stablehlo.multiply"(%43, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %45 = "stablehlo.multiply"(%42, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.compare"(%44, %45) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %47 = "stablehlo.select"(%46, %44, %45) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.add"(%13, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.select"(%46, %45, %44) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.add"(%48, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %51 = "stablehlo.negate"(%44) : (tensor<8xf32>) -> tensor<8xf32>
    %52 = "stablehlo.compare"(%12, %16) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %53 = "stablehlo.compare"(%12, %10) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %54 = "stablehlo.select"(%53, %9, %8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.select"(%52, %11, %54) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.multiply"(%55, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.subtract"(%43, %56) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.add"(%56, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %59 = "stablehlo.multiply"(%58, %58) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.add"(%51, %59) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.subtract"(%43, %58) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.multiply"(%58, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.add"(%60, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.add"(%63, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.multiply"(%61, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.add"(%64, %65) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.add"(%50, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.negate"(%45) : (tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.multiply"(%55, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.subtract"(%42, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%69, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.multiply"(%71, %71) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.add"(%68, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.subtract"(%42, %71) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.multiply"(%71, %74) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.add"(%73, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%76, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.multiply"(%74, %74) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.add"(%77, %78) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.add"(%67, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.subtract"(%48, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.subtract"(%47, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.subtract"(%50, %48) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.subtract"(%49, %83) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.add"(%82, %84) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.subtract"(%67, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.subtract"(%66, %86) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.add"(%85, %87) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.subtract"(%80, %67) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.subtract"(%79, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.add"(%88, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.add"(%80, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.abs"(%92) : (tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.compare"(%93, %15) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %95 = "stablehlo.log_plus_one"(%92) : (tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.multiply"(%15, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.abs"(%42) : (tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.abs"(%43) : (tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.maximum"(%97, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.log"(%99) : (tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.minimum"(%97, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.compare"(%101, %99) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %103 = "stablehlo.divide"(%101, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.select"(%102, %7, %103) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.multiply"(%104, %104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.log_plus_one"(%105) : (tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.multiply"(%15, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.add"(%100, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.select"(%94, %96, %108) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.atan2"(%43, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.complex"(%109, %110) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %112 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %113 = "stablehlo.compare"(%112, %14) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %114 = "stablehlo.abs"(%112) : (tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %116 = "stablehlo.abs"(%115) : (tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.compare"(%114, %116) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %118 = "stablehlo.sqrt"(%114) : (tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.multiply"(%118, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.divide"(%119, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.maximum"(%114, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.minimum"(%114, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.compare"(%121, %122) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %124 = "stablehlo.multiply"(%5, %121) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.divide"(%122, %121) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.multiply"(%125, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.add"(%7, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.sqrt"(%127) : (tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.compare"(%128, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %130 = "stablehlo.compare"(%126, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %131 = "stablehlo.and"(%129, %130) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %132 = "stablehlo.multiply"(%121, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.divide"(%132, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.add"(%121, %133) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.multiply"(%121, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.select"(%131, %134, %135) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.select"(%123, %124, %136) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.divide"(%137, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.divide"(%114, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.add"(%138, %139) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.sqrt"(%140) : (tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.compare"(%141, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %143 = "stablehlo.compare"(%141, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %144 = "stablehlo.or"(%142, %143) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %145 = "stablehlo.compare"(%114, %116) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %146 = "stablehlo.compare"(%114, %116) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %147 = "stablehlo.divide"(%114, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.divide"(%116, %114) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.select"(%146, %147, %148) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.select"(%117, %7, %149) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.abs"(%150) : (tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.maximum"(%7, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.minimum"(%7, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.compare"(%152, %153) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %155 = "stablehlo.multiply"(%5, %152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.divide"(%153, %152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.multiply"(%156, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.add"(%7, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.sqrt"(%158) : (tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.compare"(%159, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %161 = "stablehlo.compare"(%157, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %162 = "stablehlo.and"(%160, %161) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %163 = "stablehlo.multiply"(%152, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.divide"(%163, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.add"(%152, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.multiply"(%152, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.select"(%162, %165, %166) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.select"(%154, %155, %167) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.add"(%7, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.sqrt"(%169) : (tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.divide"(%170, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.multiply"(%118, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.sqrt"(%116) : (tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%150, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.sqrt"(%174) : (tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.divide"(%175, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.multiply"(%173, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.select"(%145, %172, %177) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.select"(%144, %178, %141) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.select"(%117, %120, %179) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.divide"(%173, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.divide"(%118, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.divide"(%173, %118) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.select"(%146, %182, %183) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.select"(%117, %7, %184) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.multiply"(%173, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.multiply"(%170, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.divide"(%186, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.multiply"(%175, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.divide"(%173, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.select"(%145, %188, %190) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.multiply"(%141, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.divide"(%116, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.select"(%144, %191, %193) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.select"(%117, %181, %194) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.select"(%113, %180, %195) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.compare"(%112, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %198 = "stablehlo.compare"(%115, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %199 = "stablehlo.negate"(%180) : (tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.select"(%198, %199, %180) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.negate"(%195) : (tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.select"(%198, %201, %195) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.select"(%197, %200, %202) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.complex"(%196, %203) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    "func.return"(%17, %21, %22, %41, %111, %204) : (tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xcomplex<f32>>) -> tensor<8xf32>, sym_name = "angle", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xcomplex<f32>>):
    %0 = "stablehlo.real"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %1 = "stablehlo.imag"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %2 = "stablehlo.atan2"(%1, %0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%2) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
