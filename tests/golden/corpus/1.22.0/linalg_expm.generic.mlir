"builtin.module"() <{sym_name = "jit_expm"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg74: tensor<3x3xf32>):
    %404 = "func.call"(%arg74) <{callee = @expm}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%404) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "expm", sym_visibility = "private"}> ({
  ^bb0(%arg73: tensor<3x3xf32>):
    %395 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %396 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %397:3 = "func.call"(%arg73) <{callee = @_calc_P_Q}> : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>)
    %398 = "stablehlo.compare"(%397#2, %396) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %399 = "stablehlo.convert"(%398) : (tensor<i1>) -> tensor<i32>
    %400 = "stablehlo.case"(%399) ({
      %402 = "func.call"(%397#1, %397#0) <{callee = @solve}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %403 = "func.call"(%402, %397#2) <{callee = @_squaring}> : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%403) : (tensor<3x3xf32>) -> ()
    }, {
      %401 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%401) : (tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3x3xf32>
    "func.return"(%400) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>), res_attrs = [{}, {}, {}], sym_name = "_calc_P_Q", sym_visibility = "private"}> ({
  ^bb0(%arg72: tensor<3x3xf32>):
    %281 = "stablehlo.constant"() <{value = dense<0x4B83F7C0> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.constant"() <{value = dense<1.995840e+06> : tensor<f32>}> : () -> tensor<f32>
    %283 = "stablehlo.constant"() <{value = dense<2.520000e+04> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.constant"() <{value = dense<5.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.constant"() <{value = dense<8.648640e+06> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<2.772000e+05> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.constant"() <{value = dense<1.512000e+03> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.constant"() <{value = dense<3.024000e+04> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<3.360000e+03> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<3.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<1.512000e+04> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.constant"() <{value = dense<4.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.constant"() <{value = dense<1.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<6.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %298 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %299 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.constant"() <{value = dense<1.44269502> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.constant"() <{value = dense<3.92572474> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.constant"() <{value = dense<[4.258730e-01, 1.8801527]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %304 = "func.call"(%arg72) <{callee = @norm}> : (tensor<3x3xf32>) -> tensor<f32>
    %305 = "stablehlo.divide"(%304, %302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %306 = "stablehlo.log"(%305) : (tensor<f32>) -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %308 = "stablehlo.multiply"(%306, %307) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %309 = "stablehlo.floor"(%308) : (tensor<f32>) -> tensor<f32>
    %310 = "stablehlo.maximum"(%300, %309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %311 = "stablehlo.power"(%299, %310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %313 = "stablehlo.divide"(%arg72, %312) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %314 = "func.call"(%304, %303) <{callee = @digitize}> : (tensor<f32>, tensor<2xf32>) -> tensor<i32>
    %315 = "stablehlo.clamp"(%298, %314, %297) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %316:2 = "stablehlo.case"(%315) ({
      %377 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %378 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %379 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %380 = "stablehlo.add"(%377, %379) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %381 = "stablehlo.compare"(%380, %378) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %382 = "stablehlo.convert"(%381) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %383 = "stablehlo.dot_general"(%313, %313) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %384 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %385 = "stablehlo.multiply"(%384, %383) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %386 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %387 = "stablehlo.multiply"(%386, %382) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %388 = "stablehlo.add"(%385, %387) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %389 = "stablehlo.dot_general"(%313, %388) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %390 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %391 = "stablehlo.multiply"(%390, %383) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %392 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %393 = "stablehlo.multiply"(%392, %382) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %394 = "stablehlo.add"(%391, %393) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%389, %394) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %352 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %353 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %354 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %355 = "stablehlo.add"(%352, %354) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %356 = "stablehlo.compare"(%355, %353) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %357 = "stablehlo.convert"(%356) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %358 = "stablehlo.dot_general"(%313, %313) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %359 = "stablehlo.dot_general"(%358, %358) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %360 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %361 = "stablehlo.multiply"(%360, %359) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %362 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %363 = "stablehlo.multiply"(%362, %358) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %364 = "stablehlo.add"(%361, %363) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %365 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %366 = "stablehlo.multiply"(%365, %357) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %367 = "stablehlo.add"(%364, %366) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %368 = "stablehlo.dot_general"(%313, %367) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %369 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %370 = "stablehlo.multiply"(%369, %359) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %371 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %372 = "stablehlo.multiply"(%371, %358) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %373 = "stablehlo.add"(%370, %372) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %374 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %375 = "stablehlo.multiply"(%374, %357) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %376 = "stablehlo.add"(%373, %375) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%368, %376) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %320 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %321 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %322 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %323 = "stablehlo.add"(%320, %322) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %324 = "stablehlo.compare"(%323, %321) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %325 = "stablehlo.convert"(%324) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %326 = "stablehlo.dot_general"(%313, %313) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %327 = "stablehlo.dot_general"(%326, %326) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %328 = "stablehlo.dot_general"(%327, %326) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %329 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %330 = "stablehlo.multiply"(%329, %328) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %331 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %332 = "stablehlo.multiply"(%331, %327) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %333 = "stablehlo.add"(%330, %332) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %334 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %335 = "stablehlo.multiply"(%334, %326) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %336 = "stablehlo.add"(%333, %335) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %337 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %338 = "stablehlo.multiply"(%337, %325) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %339 = "stablehlo.add"(%336, %338) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %340 = "stablehlo.dot_general"(%313, %339) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %341 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %342 = "stablehlo.multiply"(%341, %328) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %343 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %344 = "stablehlo.multiply"(%343, %327) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %345 = "stablehlo.add"(%342, %344) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %346 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %347 = "stablehlo.multiply"(%346, %326) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %348 = "stablehlo.add"(%345, %347) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %349 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %350 = "stablehlo.multiply"(%349, %325) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %351 = "stablehlo.add"(%348, %350) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%340, %351) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
    %317 = "stablehlo.add"(%316#0, %316#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %318 = "stablehlo.negate"(%316#0) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %319 = "stablehlo.add"(%318, %316#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%317, %319, %310) : (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<f32>, res_attrs = [{}], sym_name = "norm", sym_visibility = "private"}> ({
  ^bb0(%arg67: tensor<3x3xf32>):
    %273 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %274 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.abs"(%arg67) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %276 = "stablehlo.reduce"(%275, %274) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg70: tensor<f32>, %arg71: tensor<f32>):
      %280 = "stablehlo.add"(%arg70, %arg71) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%280) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %277 = "stablehlo.reduce"(%276, %273) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg68: tensor<f32>, %arg69: tensor<f32>):
      %279 = "stablehlo.maximum"(%arg68, %arg69) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%279) : (tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %278 = "stablehlo.maximum"(%274, %277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%278) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<f32>, tensor<2xf32>) -> tensor<i32>, res_attrs = [{}], sym_name = "digitize", sym_visibility = "private"}> ({
  ^bb0(%arg65: tensor<f32>, %arg66: tensor<2xf32>):
    %262 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %263 = "stablehlo.slice"(%arg66) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %264 = "stablehlo.reshape"(%263) : (tensor<1xf32>) -> tensor<f32>
    %265 = "stablehlo.slice"(%arg66) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %266 = "stablehlo.reshape"(%265) : (tensor<1xf32>) -> tensor<f32>
    %267 = "stablehlo.compare"(%264, %266) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %268 = "func.call"(%arg66, %arg65) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %269 = "stablehlo.reverse"(%arg66) <{dimensions = array<i64: 0>}> : (tensor<2xf32>) -> tensor<2xf32>
    %270 = "func.call"(%269, %arg65) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %271 = "stablehlo.subtract"(%262, %270) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %272 = "func.call"(%267, %268, %271) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%272) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg63: tensor<2xf32>, %arg64: tensor<f32>):
    %261 = "func.call"(%arg63, %arg64) <{callee = @_searchsorted_scan_impl}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    "func.return"(%261) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg51: tensor<2xf32>, %arg52: tensor<f32>):
    %234 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %235 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %238 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %239 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %240 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %241:5 = "stablehlo.while"(%arg51, %arg52, %240, %238, %239) ({
    ^bb0(%arg58: tensor<2xf32>, %arg59: tensor<f32>, %arg60: tensor<i32>, %arg61: tensor<ui32>, %arg62: tensor<ui32>):
      %260 = "stablehlo.compare"(%arg60, %237) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%260) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg53: tensor<2xf32>, %arg54: tensor<f32>, %arg55: tensor<i32>, %arg56: tensor<ui32>, %arg57: tensor<ui32>):
      %243 = "stablehlo.subtract"(%arg57, %arg56) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %244 = "func.call"(%243, %237) <{callee = @floor_divide}> : (tensor<ui32>, tensor<i32>) -> tensor<ui32>
      %245 = "stablehlo.add"(%arg56, %244) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %246 = "stablehlo.dynamic_slice"(%arg53, %245) <{slice_sizes = array<i64: 1>}> : (tensor<2xf32>, tensor<ui32>) -> tensor<1xf32>
      %247 = "stablehlo.reshape"(%246) : (tensor<1xf32>) -> tensor<f32>
      %248 = "stablehlo.compare"(%arg54, %236) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %249 = "stablehlo.select"(%248, %236, %arg54) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %250 = "stablehlo.compare"(%arg54, %arg54) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %251 = "stablehlo.select"(%250, %235, %249) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %252 = "stablehlo.compare"(%247, %236) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %253 = "stablehlo.select"(%252, %236, %247) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %254 = "stablehlo.compare"(%247, %247) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %255 = "stablehlo.select"(%254, %235, %253) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %256 = "stablehlo.compare"(%251, %255) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %257 = "stablehlo.select"(%256, %arg56, %245) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %258 = "stablehlo.select"(%256, %245, %arg57) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %259 = "stablehlo.add"(%arg55, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg53, %arg54, %259, %257, %258) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> ()
    }) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>)
    %242 = "stablehlo.convert"(%241#4) : (tensor<ui32>) -> tensor<i32>
    "func.return"(%242) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<ui32>, tensor<i32>) -> tensor<ui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<ui32>, %arg50: tensor<i32>):
    %232 = "stablehlo.convert"(%arg50) : (tensor<i32>) -> tensor<ui32>
    %233 = "stablehlo.divide"(%arg49, %232) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    "func.return"(%233) : (tensor<ui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<i1>, %arg47: tensor<i32>, %arg48: tensor<i32>):
    %231 = "stablehlo.select"(%arg46, %arg47, %arg48) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%231) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<3x3xf32>, %arg21: tensor<3x3xf32>):
    %46 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %49 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %51 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %53 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %54 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %55:5 = "stablehlo.while"(%51, %51, %53, %54, %arg20) ({
    ^bb0(%arg41: tensor<i32>, %arg42: tensor<i32>, %arg43: tensor<3xi32>, %arg44: tensor<3xi32>, %arg45: tensor<3x3xf32>):
      %230 = "stablehlo.compare"(%arg41, %49) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%230) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg28: tensor<i32>, %arg29: tensor<i32>, %arg30: tensor<3xi32>, %arg31: tensor<3xi32>, %arg32: tensor<3x3xf32>):
      %80 = "stablehlo.add"(%arg29, %48) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %81 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
      %82 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
      %83 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %84 = "stablehlo.compare"(%51, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %85 = "stablehlo.add"(%51, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %86 = "stablehlo.select"(%84, %85, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %87 = "stablehlo.compare"(%83, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %88 = "stablehlo.add"(%83, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %89 = "stablehlo.select"(%87, %88, %83) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %90 = "stablehlo.dynamic_slice"(%arg32, %86, %89) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %91 = "stablehlo.reshape"(%90) : (tensor<3x1xf32>) -> tensor<3xf32>
      %92 = "stablehlo.abs"(%91) : (tensor<3xf32>) -> tensor<3xf32>
      %93 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %95 = "stablehlo.compare"(%81, %94) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %96 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
      %97 = "stablehlo.select"(%95, %92, %96) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
      %98 = "func.call"(%97) <{callee = @argmax}> : (tensor<3xf32>) -> tensor<i32>
      %99 = "stablehlo.compare"(%arg29, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %100 = "stablehlo.add"(%arg29, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %101 = "stablehlo.select"(%99, %100, %arg29) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %102 = "stablehlo.convert"(%101) : (tensor<i32>) -> tensor<i32>
      %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %104 = "stablehlo.scatter"(%arg30, %103, %98) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg39: tensor<i32>, %arg40: tensor<i32>):
        "stablehlo.return"(%arg40) : (tensor<i32>) -> ()
      }) : (tensor<3xi32>, tensor<1xi32>, tensor<i32>) -> tensor<3xi32>
      %105 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %106 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %108 = "stablehlo.concatenate"(%105, %107) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %109 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %110 = "stablehlo.compare"(%108, %109) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %111 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %112 = "stablehlo.add"(%108, %111) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %113 = "stablehlo.select"(%110, %112, %108) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %115 = "stablehlo.gather"(%arg32, %114) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>
      %116 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %118 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %119 = "stablehlo.concatenate"(%117, %118) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %120 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %121 = "stablehlo.compare"(%119, %120) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %122 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %123 = "stablehlo.add"(%119, %122) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %124 = "stablehlo.select"(%121, %123, %119) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %126 = "stablehlo.scatter"(%arg32, %125, %115) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
        "stablehlo.return"(%arg38) : (tensor<f32>) -> ()
      }) : (tensor<3x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
      %127 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %129 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %130 = "stablehlo.concatenate"(%128, %129) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %131 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %132 = "stablehlo.compare"(%130, %131) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %133 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %134 = "stablehlo.add"(%130, %133) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %135 = "stablehlo.select"(%132, %134, %130) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %137 = "stablehlo.gather"(%arg31, %136) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %138 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %139 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %141 = "stablehlo.concatenate"(%138, %140) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %142 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %143 = "stablehlo.compare"(%141, %142) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %144 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %145 = "stablehlo.add"(%141, %144) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %146 = "stablehlo.select"(%143, %145, %141) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %148 = "stablehlo.scatter"(%arg31, %147, %137) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg35: tensor<i32>, %arg36: tensor<i32>):
        "stablehlo.return"(%arg36) : (tensor<i32>) -> ()
      }) : (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<3xi32>
      %149 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %150 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %151 = "stablehlo.compare"(%149, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %152 = "stablehlo.add"(%149, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %153 = "stablehlo.select"(%151, %152, %149) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %154 = "stablehlo.compare"(%150, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %155 = "stablehlo.add"(%150, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %156 = "stablehlo.select"(%154, %155, %150) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %157 = "stablehlo.dynamic_slice"(%126, %153, %156) <{slice_sizes = array<i64: 1, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %158 = "stablehlo.reshape"(%157) : (tensor<1x1xf32>) -> tensor<f32>
      %159 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %160 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %161 = "stablehlo.compare"(%81, %160) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %162 = "stablehlo.compare"(%158, %46) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<3xi1>
      %164 = "stablehlo.and"(%161, %163) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
      %165 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %166 = "stablehlo.compare"(%51, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %167 = "stablehlo.add"(%51, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %168 = "stablehlo.select"(%166, %167, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %169 = "stablehlo.compare"(%165, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %170 = "stablehlo.add"(%165, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %171 = "stablehlo.select"(%169, %170, %165) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %172 = "stablehlo.dynamic_slice"(%126, %168, %171) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %173 = "stablehlo.reshape"(%172) : (tensor<3x1xf32>) -> tensor<3xf32>
      %174 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
      %175 = "stablehlo.divide"(%173, %174) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
      %176 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %177 = "stablehlo.compare"(%51, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %178 = "stablehlo.add"(%51, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %179 = "stablehlo.select"(%177, %178, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %180 = "stablehlo.compare"(%176, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %181 = "stablehlo.add"(%176, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %182 = "stablehlo.select"(%180, %181, %176) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %183 = "stablehlo.dynamic_slice"(%126, %179, %182) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %184 = "stablehlo.reshape"(%183) : (tensor<3x1xf32>) -> tensor<3xf32>
      %185 = "stablehlo.select"(%164, %175, %184) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
      %186 = "stablehlo.compare"(%arg29, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %187 = "stablehlo.add"(%arg29, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %188 = "stablehlo.select"(%186, %187, %arg29) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %189 = "stablehlo.convert"(%188) : (tensor<i32>) -> tensor<i32>
      %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %191 = "stablehlo.scatter"(%126, %190, %185) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg33: tensor<f32>, %arg34: tensor<f32>):
        "stablehlo.return"(%arg34) : (tensor<f32>) -> ()
      }) : (tensor<3x3xf32>, tensor<1xi32>, tensor<3xf32>) -> tensor<3x3xf32>
      %192 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %193 = "stablehlo.compare"(%51, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %194 = "stablehlo.add"(%51, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %195 = "stablehlo.select"(%193, %194, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %196 = "stablehlo.compare"(%192, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %197 = "stablehlo.add"(%192, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %198 = "stablehlo.select"(%196, %197, %192) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %199 = "stablehlo.dynamic_slice"(%191, %195, %198) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %200 = "stablehlo.reshape"(%199) : (tensor<3x1xf32>) -> tensor<3xf32>
      %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3x1xf32>
      %202 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %203 = "stablehlo.compare"(%202, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %204 = "stablehlo.add"(%202, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %205 = "stablehlo.select"(%203, %204, %202) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %206 = "stablehlo.compare"(%51, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %207 = "stablehlo.add"(%51, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %208 = "stablehlo.select"(%206, %207, %51) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %209 = "stablehlo.dynamic_slice"(%191, %205, %208) <{slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x3xf32>
      %210 = "stablehlo.reshape"(%209) : (tensor<1x3xf32>) -> tensor<3xf32>
      %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1x3xf32>
      %212 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x3xf32>
      %213 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<3x3xf32>
      %214 = "stablehlo.multiply"(%212, %213) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %215 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
      %216 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %217 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x1xi32>
      %218 = "stablehlo.compare"(%215, %217) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
      %219 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xi32>) -> tensor<1x3xi32>
      %220 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x3xi32>
      %222 = "stablehlo.compare"(%219, %221) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x3xi32>, tensor<1x3xi32>) -> tensor<1x3xi1>
      %223 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xi1>) -> tensor<3x3xi1>
      %224 = "stablehlo.broadcast_in_dim"(%222) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xi1>) -> tensor<3x3xi1>
      %225 = "stablehlo.and"(%223, %224) : (tensor<3x3xi1>, tensor<3x3xi1>) -> tensor<3x3xi1>
      %226 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %227 = "stablehlo.select"(%225, %214, %226) : (tensor<3x3xi1>, tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %228 = "stablehlo.subtract"(%191, %227) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %229 = "stablehlo.add"(%arg28, %48) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%229, %80, %104, %148, %228) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>)
    %56 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %57 = "stablehlo.add"(%55#3, %56) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %58 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %59 = "stablehlo.compare"(%57, %58) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %60 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %61 = "stablehlo.add"(%57, %60) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %62 = "stablehlo.select"(%59, %61, %57) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %64 = "stablehlo.gather"(%52, %63) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<3x1xi32>) -> tensor<3xi32>
    %65 = "stablehlo.scatter"(%52, %50, %64) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg26: tensor<i32>, %arg27: tensor<i32>):
      "stablehlo.return"(%arg27) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<0xi32>, tensor<3xi32>) -> tensor<3xi32>
    %66 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %67 = "stablehlo.add"(%55#3, %66) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %68 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %69 = "stablehlo.compare"(%67, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %70 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %71 = "stablehlo.add"(%67, %70) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %72 = "stablehlo.select"(%69, %71, %67) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %74 = "stablehlo.gather"(%arg20, %73) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x3xf32>
    %75 = "stablehlo.scatter"(%arg20, %50, %74) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg24: tensor<f32>, %arg25: tensor<f32>):
      "stablehlo.return"(%arg25) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %76 = "stablehlo.scatter"(%75, %50, %55#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      "stablehlo.return"(%arg23) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %77 = "stablehlo.transpose"(%arg21) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %78 = "func.call"(%76, %65, %77) <{callee = @_lu_solve}> : (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %79 = "stablehlo.transpose"(%78) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%79) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<3xf32>):
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %36:2 = "stablehlo.reduce"(%arg15, %35, %34, %33) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<i32>, %arg18: tensor<f32>, %arg19: tensor<i32>):
      %37 = "stablehlo.compare"(%arg16, %arg18) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %38 = "stablehlo.compare"(%arg16, %arg16) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %39 = "stablehlo.or"(%37, %38) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %40 = "stablehlo.compare"(%arg16, %arg18) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %41 = "stablehlo.compare"(%arg17, %arg19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %42 = "stablehlo.and"(%40, %41) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %43 = "stablehlo.or"(%39, %42) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %44 = "stablehlo.select"(%39, %arg16, %arg18) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %45 = "stablehlo.select"(%43, %arg17, %arg19) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%44, %45) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3xf32>, tensor<3xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%36#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<3x3xf32>, %arg13: tensor<3xi32>, %arg14: tensor<3x3xf32>):
    %14 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x3xf32>) -> tensor<3x3x1xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %18 = "stablehlo.compare"(%arg13, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %19 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %20 = "stablehlo.add"(%arg13, %19) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %21 = "stablehlo.select"(%18, %20, %arg13) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %23 = "stablehlo.gather"(%16, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 3, 1, 1>}> : (tensor<3x3x1xf32>, tensor<3x1xi32>) -> tensor<3x3x1xf32>
    %24 = "stablehlo.transpose"(%23) <{permutation = array<i64: 1, 2, 0>}> : (tensor<3x3x1xf32>) -> tensor<3x1x3xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %26 = "stablehlo.triangular_solve"(%arg12, %25) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %29 = "stablehlo.triangular_solve"(%arg12, %28) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %30 = "stablehlo.reshape"(%29) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %31 = "stablehlo.transpose"(%30) <{permutation = array<i64: 2, 0, 1>}> : (tensor<3x1x3xf32>) -> tensor<3x3x1xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<3x3x1xf32>) -> tensor<3x3xf32>
    "func.return"(%32) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_squaring", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<3x3xf32>, %arg3: tensor<f32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xf32>
    %6:4 = "stablehlo.while"(%5, %arg3, %4, %arg2) ({
    ^bb0(%arg8: tensor<16xf32>, %arg9: tensor<f32>, %arg10: tensor<i32>, %arg11: tensor<3x3xf32>):
      %13 = "stablehlo.compare"(%arg10, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%13) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg4: tensor<16xf32>, %arg5: tensor<f32>, %arg6: tensor<i32>, %arg7: tensor<3x3xf32>):
      %7 = "func.call"(%arg4, %arg6) <{callee = @dynamic_index_in_dim}> : (tensor<16xf32>, tensor<i32>) -> tensor<f32>
      %8 = "stablehlo.compare"(%7, %arg5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = "stablehlo.convert"(%8) : (tensor<i1>) -> tensor<i32>
      %10 = "stablehlo.case"(%9) ({
        "stablehlo.return"(%arg7) : (tensor<3x3xf32>) -> ()
      }, {
        %12 = "stablehlo.dot_general"(%arg7, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
        "stablehlo.return"(%12) : (tensor<3x3xf32>) -> ()
      }) : (tensor<i32>) -> tensor<3x3xf32>
      %11 = "stablehlo.add"(%arg6, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg4, %arg5, %11, %10) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>)
    "func.return"(%6#3) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<16xf32>, %arg1: tensor<i32>):
    %0 = "stablehlo.dynamic_slice"(%arg0, %arg1) <{slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%1) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
