"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg8: tensor<i32>):
    %245 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %248 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %249 = "stablehlo.shift_right_logical"(%arg8, %248) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %250 = "stablehlo.convert"(%249) : (tensor<i32>) -> tensor<ui32>
    %251 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %252 = "stablehlo.and"(%arg8, %247) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %253 = "stablehlo.convert"(%252) : (tensor<i32>) -> tensor<ui32>
    %254 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %255 = "stablehlo.concatenate"(%251, %254) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %256 = "func.call"(%255) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<3x2xui32>
    %257 = "stablehlo.slice"(%256) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %258 = "stablehlo.reshape"(%257) : (tensor<1x2xui32>) -> tensor<2xui32>
    %259 = "stablehlo.slice"(%256) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %260 = "stablehlo.reshape"(%259) : (tensor<1x2xui32>) -> tensor<2xui32>
    %261 = "stablehlo.slice"(%256) <{limit_indices = array<i64: 3, 2>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %262 = "stablehlo.reshape"(%261) : (tensor<1x2xui32>) -> tensor<2xui32>
    %263 = "func.call"(%258, %246, %245) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
    %264 = "func.call"(%260, %246, %245) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
    %265 = "func.call"(%262, %246, %245) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
    "func.return"(%263, %264, %265) : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<3x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>):
    %228 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %229 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %230 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %231 = "stablehlo.reshape"(%230) : (tensor<1xui32>) -> tensor<ui32>
    %232 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %233 = "stablehlo.reshape"(%232) : (tensor<1xui32>) -> tensor<ui32>
    %234 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %235 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %236 = "stablehlo.multiply"(%235, %234) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %237 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %238 = "stablehlo.shift_right_logical"(%236, %237) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %239 = "stablehlo.convert"(%236) : (tensor<3xui64>) -> tensor<3xui32>
    %240 = "stablehlo.convert"(%238) : (tensor<3xui64>) -> tensor<3xui32>
    %241:2 = "func.call"(%231, %233, %240, %239) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>)
    %242 = "stablehlo.broadcast_in_dim"(%241#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xui32>) -> tensor<3x1xui32>
    %243 = "stablehlo.broadcast_in_dim"(%241#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xui32>) -> tensor<3x1xui32>
    %244 = "stablehlo.concatenate"(%242, %243) <{dimension = 1 : i64}> : (tensor<3x1xui32>, tensor<3x1xui32>) -> tensor<3x2xui32>
    "func.return"(%244) : (tensor<3x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<ui32>, %arg4: tensor<ui32>, %arg5: tensor<3xui32>, %arg6: tensor<3xui32>):
    %36 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %37 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %38 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %39 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %40 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %41 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %42 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %43 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %44 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %45 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %46 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %47 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %48 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %49 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %50 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %51 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %52 = "stablehlo.xor"(%arg3, %arg4) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %53 = "stablehlo.xor"(%52, %51) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %54 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %55 = "stablehlo.add"(%arg5, %54) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %56 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %57 = "stablehlo.add"(%arg6, %56) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %58 = "stablehlo.add"(%55, %57) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %59 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %60 = "stablehlo.shift_left"(%57, %59) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %61 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %62 = "stablehlo.shift_right_logical"(%57, %61) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %63 = "stablehlo.or"(%60, %62) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %64 = "stablehlo.xor"(%58, %63) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %65 = "stablehlo.add"(%58, %64) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %66 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %67 = "stablehlo.shift_left"(%64, %66) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %68 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %69 = "stablehlo.shift_right_logical"(%64, %68) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %70 = "stablehlo.or"(%67, %69) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %71 = "stablehlo.xor"(%65, %70) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %72 = "stablehlo.add"(%65, %71) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %73 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %74 = "stablehlo.shift_left"(%71, %73) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %75 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %76 = "stablehlo.shift_right_logical"(%71, %75) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %77 = "stablehlo.or"(%74, %76) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %78 = "stablehlo.xor"(%72, %77) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %79 = "stablehlo.add"(%72, %78) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %80 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %81 = "stablehlo.shift_left"(%78, %80) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %82 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %83 = "stablehlo.shift_right_logical"(%78, %82) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %84 = "stablehlo.or"(%81, %83) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %85 = "stablehlo.xor"(%79, %84) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %87 = "stablehlo.add"(%79, %86) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %88 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %89 = "stablehlo.add"(%85, %88) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %90 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %91 = "stablehlo.add"(%89, %90) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %92 = "stablehlo.add"(%87, %91) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %93 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %94 = "stablehlo.shift_left"(%91, %93) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %95 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %96 = "stablehlo.shift_right_logical"(%91, %95) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %97 = "stablehlo.or"(%94, %96) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %98 = "stablehlo.xor"(%92, %97) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %99 = "stablehlo.add"(%92, %98) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %100 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %101 = "stablehlo.shift_left"(%98, %100) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %102 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %103 = "stablehlo.shift_right_logical"(%98, %102) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %104 = "stablehlo.or"(%101, %103) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %105 = "stablehlo.xor"(%99, %104) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %106 = "stablehlo.add"(%99, %105) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %107 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %108 = "stablehlo.shift_left"(%105, %107) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %109 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %110 = "stablehlo.shift_right_logical"(%105, %109) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %111 = "stablehlo.or"(%108, %110) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %112 = "stablehlo.xor"(%106, %111) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %113 = "stablehlo.add"(%106, %112) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %114 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %115 = "stablehlo.shift_left"(%112, %114) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %116 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %117 = "stablehlo.shift_right_logical"(%112, %116) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %118 = "stablehlo.or"(%115, %117) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %119 = "stablehlo.xor"(%113, %118) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %120 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %121 = "stablehlo.add"(%113, %120) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %122 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %123 = "stablehlo.add"(%119, %122) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %124 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %125 = "stablehlo.add"(%123, %124) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %126 = "stablehlo.add"(%121, %125) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %127 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %128 = "stablehlo.shift_left"(%125, %127) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %129 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %130 = "stablehlo.shift_right_logical"(%125, %129) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %131 = "stablehlo.or"(%128, %130) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %132 = "stablehlo.xor"(%126, %131) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %133 = "stablehlo.add"(%126, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %134 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %135 = "stablehlo.shift_left"(%132, %134) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %136 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %137 = "stablehlo.shift_right_logical"(%132, %136) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %138 = "stablehlo.or"(%135, %137) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %139 = "stablehlo.xor"(%133, %138) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %140 = "stablehlo.add"(%133, %139) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %141 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %142 = "stablehlo.shift_left"(%139, %141) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %143 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %144 = "stablehlo.shift_right_logical"(%139, %143) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %145 = "stablehlo.or"(%142, %144) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %146 = "stablehlo.xor"(%140, %145) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %147 = "stablehlo.add"(%140, %146) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %148 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %149 = "stablehlo.shift_left"(%146, %148) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %150 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %151 = "stablehlo.shift_right_logical"(%146, %150) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %152 = "stablehlo.or"(%149, %151) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %153 = "stablehlo.xor"(%147, %152) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %154 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %155 = "stablehlo.add"(%147, %154) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %156 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %157 = "stablehlo.add"(%153, %156) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %158 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %159 = "stablehlo.add"(%157, %158) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %160 = "stablehlo.add"(%155, %159) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %161 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %162 = "stablehlo.shift_left"(%159, %161) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %163 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %164 = "stablehlo.shift_right_logical"(%159, %163) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %165 = "stablehlo.or"(%162, %164) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %166 = "stablehlo.xor"(%160, %165) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %167 = "stablehlo.add"(%160, %166) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %168 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %169 = "stablehlo.shift_left"(%166, %168) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %170 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %171 = "stablehlo.shift_right_logical"(%166, %170) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %172 = "stablehlo.or"(%169, %171) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %173 = "stablehlo.xor"(%167, %172) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %174 = "stablehlo.add"(%167, %173) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %175 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %176 = "stablehlo.shift_left"(%173, %175) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %177 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %178 = "stablehlo.shift_right_logical"(%173, %177) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %179 = "stablehlo.or"(%176, %178) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %180 = "stablehlo.xor"(%174, %179) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %181 = "stablehlo.add"(%174, %180) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %182 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %183 = "stablehlo.shift_left"(%180, %182) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %184 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %185 = "stablehlo.shift_right_logical"(%180, %184) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %186 = "stablehlo.or"(%183, %185) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %187 = "stablehlo.xor"(%181, %186) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %189 = "stablehlo.add"(%181, %188) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %190 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %191 = "stablehlo.add"(%187, %190) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %192 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %193 = "stablehlo.add"(%191, %192) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %194 = "stablehlo.add"(%189, %193) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %195 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %196 = "stablehlo.shift_left"(%193, %195) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %197 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %198 = "stablehlo.shift_right_logical"(%193, %197) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %199 = "stablehlo.or"(%196, %198) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %200 = "stablehlo.xor"(%194, %199) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %201 = "stablehlo.add"(%194, %200) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %202 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %203 = "stablehlo.shift_left"(%200, %202) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %204 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %205 = "stablehlo.shift_right_logical"(%200, %204) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %206 = "stablehlo.or"(%203, %205) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %207 = "stablehlo.xor"(%201, %206) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %208 = "stablehlo.add"(%201, %207) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %209 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %210 = "stablehlo.shift_left"(%207, %209) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %211 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %212 = "stablehlo.shift_right_logical"(%207, %211) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %213 = "stablehlo.or"(%210, %212) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %214 = "stablehlo.xor"(%208, %213) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %215 = "stablehlo.add"(%208, %214) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %216 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %217 = "stablehlo.shift_left"(%214, %216) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %218 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %219 = "stablehlo.shift_right_logical"(%214, %218) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %220 = "stablehlo.or"(%217, %219) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %221 = "stablehlo.xor"(%215, %220) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %222 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %223 = "stablehlo.add"(%215, %222) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %224 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %225 = "stablehlo.add"(%221, %224) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %226 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %227 = "stablehlo.add"(%225, %226) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    "func.return"(%223, %227) : (tensor<3xui32>, tensor<3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %5 = "stablehlo.convert"(%arg1) : (tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %8 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %9 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %10 = "stablehlo.reshape"(%9) : (tensor<1xui32>) -> tensor<ui32>
    %11 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %12 = "stablehlo.reshape"(%11) : (tensor<1xui32>) -> tensor<ui32>
    %13 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %14 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %15 = "stablehlo.multiply"(%14, %13) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %16 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %17 = "stablehlo.shift_right_logical"(%15, %16) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %18 = "stablehlo.convert"(%15) : (tensor<3xui64>) -> tensor<3xui32>
    %19 = "stablehlo.convert"(%17) : (tensor<3xui64>) -> tensor<3xui32>
    %20:2 = "func.call"(%10, %12, %19, %18) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>)
    %21 = "stablehlo.xor"(%20#0, %20#1) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %22 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %23 = "stablehlo.shift_right_logical"(%21, %22) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %24 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %25 = "stablehlo.or"(%23, %24) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %26 = "stablehlo.bitcast_convert"(%25) : (tensor<3xui32>) -> tensor<3xf32>
    %27 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %28 = "stablehlo.subtract"(%26, %27) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %29 = "stablehlo.subtract"(%8, %7) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %31 = "stablehlo.multiply"(%28, %30) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %32 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %33 = "stablehlo.add"(%31, %32) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %34 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<3xf32>
    %35 = "stablehlo.maximum"(%34, %33) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    "func.return"(%35) : (tensor<3xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
