"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<3x5xf32>) -> tensor<3xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<3x5xf32>):
    %252 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %253 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %254 = "stablehlo.shift_right_logical"(%arg13, %253) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %255 = "stablehlo.convert"(%254) : (tensor<i32>) -> tensor<ui32>
    %256 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %257 = "stablehlo.and"(%arg13, %252) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %258 = "stablehlo.convert"(%257) : (tensor<i32>) -> tensor<ui32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %260 = "stablehlo.concatenate"(%256, %259) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %261 = "func.call"(%260) <{callee = @_gumbel}> : (tensor<2xui32>) -> tensor<3x5xf32>
    %262 = "stablehlo.add"(%261, %arg14) : (tensor<3x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
    %263 = "func.call"(%262) <{callee = @argmax}> : (tensor<3x5xf32>) -> tensor<3xi32>
    "func.return"(%263) : (tensor<3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<3x5xf32>, res_attrs = [{}], sym_name = "_gumbel", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<2xui32>):
    %245 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %247 = "func.call"(%arg12, %245, %246) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3x5xf32>
    %248 = "stablehlo.log"(%247) : (tensor<3x5xf32>) -> tensor<3x5xf32>
    %249 = "stablehlo.negate"(%248) : (tensor<3x5xf32>) -> tensor<3x5xf32>
    %250 = "stablehlo.log"(%249) : (tensor<3x5xf32>) -> tensor<3x5xf32>
    %251 = "stablehlo.negate"(%250) : (tensor<3x5xf32>) -> tensor<3x5xf32>
    "func.return"(%251) : (tensor<3x5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<3x5xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<2xui32>, %arg10: tensor<f32>, %arg11: tensor<f32>):
    %205 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %207 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %208 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %209 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %210 = "stablehlo.constant"() <{value = dense<5> : tensor<ui64>}> : () -> tensor<ui64>
    %211 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %212 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %213 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %214 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %215 = "stablehlo.reshape"(%214) : (tensor<1xui32>) -> tensor<ui32>
    %216 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %217 = "stablehlo.reshape"(%216) : (tensor<1xui32>) -> tensor<ui32>
    %218 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x5xui64>
    %219 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x5xui64>
    %220 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3x5xui64>
    %221 = "stablehlo.multiply"(%220, %218) : (tensor<3x5xui64>, tensor<3x5xui64>) -> tensor<3x5xui64>
    %222 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3x5xui64>
    %223 = "stablehlo.multiply"(%222, %219) : (tensor<3x5xui64>, tensor<3x5xui64>) -> tensor<3x5xui64>
    %224 = "stablehlo.add"(%221, %223) : (tensor<3x5xui64>, tensor<3x5xui64>) -> tensor<3x5xui64>
    %225 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3x5xui64>
    %226 = "stablehlo.shift_right_logical"(%224, %225) : (tensor<3x5xui64>, tensor<3x5xui64>) -> tensor<3x5xui64>
    %227 = "stablehlo.convert"(%224) : (tensor<3x5xui64>) -> tensor<3x5xui32>
    %228 = "stablehlo.convert"(%226) : (tensor<3x5xui64>) -> tensor<3x5xui32>
    %229:2 = "func.call"(%215, %217, %228, %227) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<3x5xui32>, tensor<3x5xui32>) -> (tensor<3x5xui32>, tensor<3x5xui32>)
    %230 = "stablehlo.xor"(%229#0, %229#1) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %231 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %232 = "stablehlo.shift_right_logical"(%230, %231) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %233 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %234 = "stablehlo.or"(%232, %233) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %235 = "stablehlo.bitcast_convert"(%234) : (tensor<3x5xui32>) -> tensor<3x5xf32>
    %236 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x5xf32>
    %237 = "stablehlo.subtract"(%235, %236) : (tensor<3x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
    %238 = "stablehlo.subtract"(%213, %212) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %239 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<3x5xf32>
    %240 = "stablehlo.multiply"(%237, %239) : (tensor<3x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
    %241 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<3x5xf32>
    %242 = "stablehlo.add"(%240, %241) : (tensor<3x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
    %243 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<3x5xf32>
    %244 = "stablehlo.maximum"(%243, %242) : (tensor<3x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
    "func.return"(%244) : (tensor<3x5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<3x5xui32>, tensor<3x5xui32>) -> (tensor<3x5xui32>, tensor<3x5xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<ui32>, %arg6: tensor<ui32>, %arg7: tensor<3x5xui32>, %arg8: tensor<3x5xui32>):
    %13 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %14 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %16 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %17 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %18 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %19 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %20 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %22 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %23 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %24 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %25 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %26 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %27 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %28 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %29 = "stablehlo.xor"(%arg5, %arg6) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %30 = "stablehlo.xor"(%29, %28) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %31 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %32 = "stablehlo.add"(%arg7, %31) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %33 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %34 = "stablehlo.add"(%arg8, %33) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %35 = "stablehlo.add"(%32, %34) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %36 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %37 = "stablehlo.shift_left"(%34, %36) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %38 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %39 = "stablehlo.shift_right_logical"(%34, %38) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %40 = "stablehlo.or"(%37, %39) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %41 = "stablehlo.xor"(%35, %40) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %42 = "stablehlo.add"(%35, %41) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %43 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %44 = "stablehlo.shift_left"(%41, %43) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %45 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %46 = "stablehlo.shift_right_logical"(%41, %45) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %47 = "stablehlo.or"(%44, %46) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %48 = "stablehlo.xor"(%42, %47) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %49 = "stablehlo.add"(%42, %48) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %50 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %51 = "stablehlo.shift_left"(%48, %50) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %52 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %53 = "stablehlo.shift_right_logical"(%48, %52) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %54 = "stablehlo.or"(%51, %53) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %55 = "stablehlo.xor"(%49, %54) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %56 = "stablehlo.add"(%49, %55) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %57 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %59 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %63 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %64 = "stablehlo.add"(%56, %63) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %65 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %66 = "stablehlo.add"(%62, %65) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %67 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %69 = "stablehlo.add"(%64, %68) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %70 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %71 = "stablehlo.shift_left"(%68, %70) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %72 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %73 = "stablehlo.shift_right_logical"(%68, %72) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %74 = "stablehlo.or"(%71, %73) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %75 = "stablehlo.xor"(%69, %74) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %76 = "stablehlo.add"(%69, %75) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %77 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %78 = "stablehlo.shift_left"(%75, %77) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %79 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %80 = "stablehlo.shift_right_logical"(%75, %79) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %81 = "stablehlo.or"(%78, %80) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %82 = "stablehlo.xor"(%76, %81) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %83 = "stablehlo.add"(%76, %82) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %84 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %85 = "stablehlo.shift_left"(%82, %84) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %86 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %87 = "stablehlo.shift_right_logical"(%82, %86) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %88 = "stablehlo.or"(%85, %87) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %89 = "stablehlo.xor"(%83, %88) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %90 = "stablehlo.add"(%83, %89) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %91 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %93 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %97 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %98 = "stablehlo.add"(%90, %97) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %99 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %100 = "stablehlo.add"(%96, %99) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %101 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %102 = "stablehlo.add"(%100, %101) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %103 = "stablehlo.add"(%98, %102) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %104 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %105 = "stablehlo.shift_left"(%102, %104) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %106 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %107 = "stablehlo.shift_right_logical"(%102, %106) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %108 = "stablehlo.or"(%105, %107) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %109 = "stablehlo.xor"(%103, %108) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %110 = "stablehlo.add"(%103, %109) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %111 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %112 = "stablehlo.shift_left"(%109, %111) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %113 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %114 = "stablehlo.shift_right_logical"(%109, %113) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %115 = "stablehlo.or"(%112, %114) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %116 = "stablehlo.xor"(%110, %115) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %117 = "stablehlo.add"(%110, %116) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %118 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %119 = "stablehlo.shift_left"(%116, %118) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %120 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %121 = "stablehlo.shift_right_logical"(%116, %120) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %122 = "stablehlo.or"(%119, %121) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %123 = "stablehlo.xor"(%117, %122) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %124 = "stablehlo.add"(%117, %123) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %125 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %127 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %131 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %132 = "stablehlo.add"(%124, %131) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %133 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %134 = "stablehlo.add"(%130, %133) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %135 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %136 = "stablehlo.add"(%134, %135) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %137 = "stablehlo.add"(%132, %136) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %138 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %139 = "stablehlo.shift_left"(%136, %138) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %140 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %141 = "stablehlo.shift_right_logical"(%136, %140) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %142 = "stablehlo.or"(%139, %141) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %143 = "stablehlo.xor"(%137, %142) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %144 = "stablehlo.add"(%137, %143) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %145 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %146 = "stablehlo.shift_left"(%143, %145) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %147 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %148 = "stablehlo.shift_right_logical"(%143, %147) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %149 = "stablehlo.or"(%146, %148) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %150 = "stablehlo.xor"(%144, %149) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %151 = "stablehlo.add"(%144, %150) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %152 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %153 = "stablehlo.shift_left"(%150, %152) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %154 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %155 = "stablehlo.shift_right_logical"(%150, %154) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %156 = "stablehlo.or"(%153, %155) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %157 = "stablehlo.xor"(%151, %156) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %158 = "stablehlo.add"(%151, %157) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %159 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %161 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %165 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %166 = "stablehlo.add"(%158, %165) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %167 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %168 = "stablehlo.add"(%164, %167) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %169 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %170 = "stablehlo.add"(%168, %169) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %171 = "stablehlo.add"(%166, %170) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %172 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %173 = "stablehlo.shift_left"(%170, %172) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %174 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %175 = "stablehlo.shift_right_logical"(%170, %174) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %176 = "stablehlo.or"(%173, %175) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %177 = "stablehlo.xor"(%171, %176) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %178 = "stablehlo.add"(%171, %177) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %179 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %180 = "stablehlo.shift_left"(%177, %179) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %181 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %182 = "stablehlo.shift_right_logical"(%177, %181) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %183 = "stablehlo.or"(%180, %182) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %184 = "stablehlo.xor"(%178, %183) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %185 = "stablehlo.add"(%178, %184) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %186 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %187 = "stablehlo.shift_left"(%184, %186) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %188 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %189 = "stablehlo.shift_right_logical"(%184, %188) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %190 = "stablehlo.or"(%187, %189) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %191 = "stablehlo.xor"(%185, %190) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %192 = "stablehlo.add"(%185, %191) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %193 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %194 = "stablehlo.shift_left"(%191, %193) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %195 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %196 = "stablehlo.shift_right_logical"(%191, %195) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %197 = "stablehlo.or"(%194, %196) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %198 = "stablehlo.xor"(%192, %197) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %199 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %200 = "stablehlo.add"(%192, %199) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %201 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %202 = "stablehlo.add"(%198, %201) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    %203 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3x5xui32>
    %204 = "stablehlo.add"(%202, %203) : (tensor<3x5xui32>, tensor<3x5xui32>) -> tensor<3x5xui32>
    "func.return"(%200, %204) : (tensor<3x5xui32>, tensor<3x5xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x5xf32>) -> tensor<3xi32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<3x5xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x5xi32>
    %3:2 = "stablehlo.reduce"(%arg0, %2, %1, %0) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<i32>, %arg3: tensor<f32>, %arg4: tensor<i32>):
      %4 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %5 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = "stablehlo.or"(%4, %5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %7 = "stablehlo.compare"(%arg1, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.compare"(%arg2, %arg4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %9 = "stablehlo.and"(%7, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %10 = "stablehlo.or"(%6, %9) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %11 = "stablehlo.select"(%6, %arg1, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %12 = "stablehlo.select"(%10, %arg2, %arg4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%11, %12) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3x5xf32>, tensor<3x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>)
    "func.return"(%3#1) : (tensor<3xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
