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
    %35 = "stablehlo.select"(%31, %32, %34) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.select"(%29, %33, %35) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %37 = "stablehlo.select"(%31, %33, %34) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %38 = "stablehlo.select"(%29, %32, %37) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %39 = "stablehlo.multiply"(%23, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %40 = "stablehlo.multiply"(%24, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41 = "stablehlo.multiply"(%39, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %42 = "stablehlo.multiply"(%40, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %43 = "stablehlo.add"(%41, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %44 = "stablehlo.sqrt"(%43) : (tensor<8xf32>) -> tensor<8xf32>
    %45 = "stablehlo.multiply"(%44, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %47 = "stablehlo.compare"(%25, %46) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %48 = "stablehlo.compare"(%26, %46) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %49 = "stablehlo.or"(%47, %48) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %50 = "stablehlo.select"(%49, %46, %45) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %51 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %52 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %53 = "stablehlo.negate"(%52) : (tensor<8xf32>) -> tensor<8xf32>
    %54 = "stablehlo.complex"(%51, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %55 = "func.call"(%arg1) <{callee = @angle}> : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %56 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %57 = "stablehlo.exponential"(%56) : (tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.compare"(%57, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %59 = "stablehlo.multiply"(%56, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.exponential"(%59) : (tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %62 = "stablehlo.cosine"(%61) : (tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.multiply"(%60, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.multiply"(%63, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.multiply"(%57, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.select"(%58, %64, %65) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.compare"(%61, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %68 = "stablehlo.sine"(%61) : (tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.multiply"(%60, %68) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.multiply"(%69, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.multiply"(%57, %68) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.select"(%58, %70, %71) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.select"(%67, %14, %72) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.complex"(%66, %73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %75 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %76 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %77 = "stablehlo.multiply"(%76, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.multiply"(%75, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.compare"(%77, %78) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %80 = "stablehlo.select"(%79, %77, %78) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.add"(%13, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.select"(%79, %78, %77) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%81, %82) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.negate"(%77) : (tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.compare"(%12, %16) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %86 = "stablehlo.compare"(%12, %10) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %87 = "stablehlo.select"(%86, %9, %8) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.select"(%85, %11, %87) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.multiply"(%88, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.subtract"(%76, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.add"(%89, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.multiply"(%91, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.add"(%84, %92) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.subtract"(%76, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.multiply"(%91, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.add"(%93, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.add"(%96, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.multiply"(%94, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.add"(%97, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.add"(%83, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.negate"(%78) : (tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.multiply"(%88, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.subtract"(%75, %102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.add"(%102, %103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.multiply"(%104, %104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.add"(%101, %105) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.subtract"(%75, %104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.multiply"(%104, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.add"(%106, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.add"(%109, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.multiply"(%107, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.add"(%110, %111) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.add"(%100, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.subtract"(%81, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.subtract"(%80, %114) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.subtract"(%83, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.subtract"(%82, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.add"(%115, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.subtract"(%100, %83) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.subtract"(%99, %119) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%118, %120) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.subtract"(%113, %100) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.subtract"(%112, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.add"(%121, %123) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.add"(%113, %124) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.abs"(%125) : (tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.compare"(%126, %15) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %128 = "stablehlo.log_plus_one"(%125) : (tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.multiply"(%15, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.abs"(%75) : (tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.abs"(%76) : (tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.maximum"(%130, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.log"(%132) : (tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.minimum"(%130, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.compare"(%134, %132) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %136 = "stablehlo.divide"(%134, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.select"(%135, %7, %136) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.multiply"(%137, %137) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.log_plus_one"(%138) : (tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.multiply"(%15, %139) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.add"(%133, %140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.select"(%127, %129, %141) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.atan2"(%76, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.complex"(%142, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %145 = "stablehlo.real"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %146 = "stablehlo.compare"(%145, %14) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %147 = "stablehlo.abs"(%145) : (tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.imag"(%arg1) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %149 = "stablehlo.abs"(%148) : (tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.compare"(%147, %149) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %151 = "stablehlo.sqrt"(%147) : (tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.multiply"(%151, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.divide"(%152, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.maximum"(%147, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.minimum"(%147, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.compare"(%154, %155) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %157 = "stablehlo.multiply"(%5, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.divide"(%155, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.multiply"(%158, %158) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.add"(%7, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.sqrt"(%160) : (tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.compare"(%161, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %163 = "stablehlo.compare"(%159, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %164 = "stablehlo.and"(%162, %163) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %165 = "stablehlo.multiply"(%154, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.divide"(%165, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.add"(%154, %166) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.multiply"(%154, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.select"(%164, %167, %168) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.select"(%156, %157, %169) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.divide"(%170, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.divide"(%147, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.add"(%171, %172) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.sqrt"(%173) : (tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.compare"(%174, %14) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %176 = "stablehlo.compare"(%174, %16) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %177 = "stablehlo.or"(%175, %176) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %178 = "stablehlo.compare"(%147, %149) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %179 = "stablehlo.compare"(%147, %149) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %180 = "stablehlo.divide"(%147, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.divide"(%149, %147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.select"(%179, %180, %181) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.select"(%150, %7, %182) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.abs"(%183) : (tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.maximum"(%7, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.minimum"(%7, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.compare"(%185, %186) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %188 = "stablehlo.multiply"(%5, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.divide"(%186, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.multiply"(%189, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.add"(%7, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.sqrt"(%191) : (tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.compare"(%192, %7) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %194 = "stablehlo.compare"(%190, %14) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %195 = "stablehlo.and"(%193, %194) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %196 = "stablehlo.multiply"(%185, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.divide"(%196, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.add"(%185, %197) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.multiply"(%185, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.select"(%195, %198, %199) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.select"(%187, %188, %200) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.add"(%7, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.sqrt"(%202) : (tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.divide"(%203, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.multiply"(%151, %204) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.sqrt"(%149) : (tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.add"(%183, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.sqrt"(%207) : (tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.divide"(%208, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.multiply"(%206, %209) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.select"(%178, %205, %210) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.select"(%177, %211, %174) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.select"(%150, %153, %212) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.divide"(%206, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.divide"(%151, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.divide"(%206, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.select"(%179, %215, %216) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.select"(%150, %7, %217) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.multiply"(%206, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.multiply"(%203, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.divide"(%219, %220) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.multiply"(%208, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.divide"(%206, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.select"(%178, %221, %223) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.multiply"(%174, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.divide"(%149, %225) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.select"(%177, %224, %226) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.select"(%150, %214, %227) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.select"(%146, %213, %228) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.compare"(%145, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %231 = "stablehlo.compare"(%148, %14) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %232 = "stablehlo.negate"(%213) : (tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.select"(%231, %232, %213) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.negate"(%228) : (tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.select"(%231, %234, %228) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.select"(%230, %233, %235) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.complex"(%229, %236) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    "func.return"(%50, %54, %55, %74, %144, %237) : (tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xcomplex<f32>>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "angle", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xcomplex<f32>>):
    %0 = "stablehlo.real"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %1 = "stablehlo.imag"(%arg0) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %2 = "stablehlo.atan2"(%1, %0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%2) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
