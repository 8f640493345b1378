"builtin.module"() <{sym_name = "jit_expm"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg85: tensor<3x3xf32>):
    %410 = "func.call"(%arg85) <{callee = @expm}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%410) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "expm", sym_visibility = "private"}> ({
  ^bb0(%arg84: tensor<3x3xf32>):
    %401 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %402 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %403:3 = "func.call"(%arg84) <{callee = @_calc_P_Q}> : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>)
    %404 = "stablehlo.compare"(%403#2, %402) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %405 = "stablehlo.convert"(%404) : (tensor<i1>) -> tensor<i32>
    %406 = "stablehlo.case"(%405) ({
      %408 = "func.call"(%403#1, %403#0) <{callee = @solve}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %409 = "func.call"(%408, %403#2) <{callee = @_squaring}> : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%409) : (tensor<3x3xf32>) -> ()
    }, {
      %407 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%407) : (tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3x3xf32>
    "func.return"(%406) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>), res_attrs = [{}, {}, {}], sym_name = "_calc_P_Q", sym_visibility = "private"}> ({
  ^bb0(%arg83: tensor<3x3xf32>):
    %288 = "stablehlo.constant"() <{value = dense<0x4B83F7C0> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<1.995840e+06> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<2.520000e+04> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<5.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.constant"() <{value = dense<8.648640e+06> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.constant"() <{value = dense<2.772000e+05> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<1.512000e+03> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<3.024000e+04> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<3.360000e+03> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.constant"() <{value = dense<3.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.constant"() <{value = dense<1.512000e+04> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.constant"() <{value = dense<4.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.constant"() <{value = dense<1.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.constant"() <{value = dense<6.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %305 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %306 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %308 = "stablehlo.constant"() <{value = dense<3.92572474> : tensor<f32>}> : () -> tensor<f32>
    %309 = "stablehlo.constant"() <{value = dense<[4.258730e-01, 1.8801527]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %310 = "func.call"(%arg83) <{callee = @norm}> : (tensor<3x3xf32>) -> tensor<f32>
    %311 = "stablehlo.divide"(%310, %308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %312 = "stablehlo.log"(%311) : (tensor<f32>) -> tensor<f32>
    %313 = "stablehlo.log"(%307) : (tensor<f32>) -> tensor<f32>
    %314 = "stablehlo.divide"(%312, %313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %315 = "stablehlo.floor"(%314) : (tensor<f32>) -> tensor<f32>
    %316 = "stablehlo.maximum"(%306, %315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %317 = "stablehlo.power"(%307, %316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %319 = "stablehlo.divide"(%arg83, %318) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %320 = "func.call"(%310, %309) <{callee = @digitize}> : (tensor<f32>, tensor<2xf32>) -> tensor<i32>
    %321 = "stablehlo.clamp"(%305, %320, %304) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %322:2 = "stablehlo.case"(%321) ({
      %383 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %384 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %385 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %386 = "stablehlo.add"(%383, %385) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %387 = "stablehlo.compare"(%386, %384) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %388 = "stablehlo.convert"(%387) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %389 = "stablehlo.dot_general"(%319, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %390 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %391 = "stablehlo.multiply"(%390, %389) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %392 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %393 = "stablehlo.multiply"(%392, %388) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %394 = "stablehlo.add"(%391, %393) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %395 = "stablehlo.dot_general"(%319, %394) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %396 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %397 = "stablehlo.multiply"(%396, %389) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %398 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %399 = "stablehlo.multiply"(%398, %388) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %400 = "stablehlo.add"(%397, %399) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%395, %400) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %358 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %359 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %360 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %361 = "stablehlo.add"(%358, %360) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %362 = "stablehlo.compare"(%361, %359) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %363 = "stablehlo.convert"(%362) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %364 = "stablehlo.dot_general"(%319, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %365 = "stablehlo.dot_general"(%364, %364) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %366 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %367 = "stablehlo.multiply"(%366, %365) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %368 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %369 = "stablehlo.multiply"(%368, %364) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %370 = "stablehlo.add"(%367, %369) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %371 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %372 = "stablehlo.multiply"(%371, %363) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %373 = "stablehlo.add"(%370, %372) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %374 = "stablehlo.dot_general"(%319, %373) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %375 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %376 = "stablehlo.multiply"(%375, %365) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %377 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %378 = "stablehlo.multiply"(%377, %364) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %379 = "stablehlo.add"(%376, %378) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %380 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %381 = "stablehlo.multiply"(%380, %363) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %382 = "stablehlo.add"(%379, %381) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%374, %382) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %326 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %327 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %328 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %329 = "stablehlo.add"(%326, %328) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %330 = "stablehlo.compare"(%329, %327) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %331 = "stablehlo.convert"(%330) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %332 = "stablehlo.dot_general"(%319, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %333 = "stablehlo.dot_general"(%332, %332) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %334 = "stablehlo.dot_general"(%333, %332) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %335 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %336 = "stablehlo.multiply"(%335, %334) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %337 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %338 = "stablehlo.multiply"(%337, %333) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %339 = "stablehlo.add"(%336, %338) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %340 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %341 = "stablehlo.multiply"(%340, %332) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %342 = "stablehlo.add"(%339, %341) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %343 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %344 = "stablehlo.multiply"(%343, %331) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %345 = "stablehlo.add"(%342, %344) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %346 = "stablehlo.dot_general"(%319, %345) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %347 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %348 = "stablehlo.multiply"(%347, %334) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %349 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %350 = "stablehlo.multiply"(%349, %333) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %351 = "stablehlo.add"(%348, %350) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %352 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %353 = "stablehlo.multiply"(%352, %332) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %354 = "stablehlo.add"(%351, %353) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %355 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %356 = "stablehlo.multiply"(%355, %331) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %357 = "stablehlo.add"(%354, %356) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%346, %357) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
    %323 = "stablehlo.add"(%322#0, %322#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %324 = "stablehlo.negate"(%322#0) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %325 = "stablehlo.add"(%324, %322#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%323, %325, %316) : (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<f32>, res_attrs = [{}], sym_name = "norm", sym_visibility = "private"}> ({
  ^bb0(%arg78: tensor<3x3xf32>):
    %280 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %281 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.abs"(%arg78) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %283 = "stablehlo.reduce"(%282, %281) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg81: tensor<f32>, %arg82: tensor<f32>):
      %287 = "stablehlo.add"(%arg81, %arg82) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%287) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %284 = "stablehlo.reduce"(%283, %280) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg79: tensor<f32>, %arg80: tensor<f32>):
      %286 = "stablehlo.maximum"(%arg79, %arg80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%286) : (tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %285 = "stablehlo.maximum"(%281, %284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%285) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<f32>, tensor<2xf32>) -> tensor<i32>, res_attrs = [{}], sym_name = "digitize", sym_visibility = "private"}> ({
  ^bb0(%arg76: tensor<f32>, %arg77: tensor<2xf32>):
    %269 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %270 = "stablehlo.slice"(%arg77) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %271 = "stablehlo.reshape"(%270) : (tensor<1xf32>) -> tensor<f32>
    %272 = "stablehlo.slice"(%arg77) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %273 = "stablehlo.reshape"(%272) : (tensor<1xf32>) -> tensor<f32>
    %274 = "stablehlo.compare"(%271, %273) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %275 = "func.call"(%arg77, %arg76) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %276 = "stablehlo.reverse"(%arg77) <{dimensions = array<i64: 0>}> : (tensor<2xf32>) -> tensor<2xf32>
    %277 = "func.call"(%276, %arg76) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %278 = "stablehlo.subtract"(%269, %277) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %279 = "func.call"(%274, %275, %278) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%279) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg74: tensor<2xf32>, %arg75: tensor<f32>):
    %268 = "func.call"(%arg74, %arg75) <{callee = @_searchsorted_scan_impl}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    "func.return"(%268) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg62: tensor<2xf32>, %arg63: tensor<f32>):
    %258 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %259 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %260 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %261 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %262 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %263:5 = "stablehlo.while"(%arg62, %arg63, %262, %260, %261) ({
    ^bb0(%arg69: tensor<2xf32>, %arg70: tensor<f32>, %arg71: tensor<i32>, %arg72: tensor<ui32>, %arg73: tensor<ui32>):
      %267 = "stablehlo.compare"(%arg71, %259) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%267) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg64: tensor<2xf32>, %arg65: tensor<f32>, %arg66: tensor<i32>, %arg67: tensor<ui32>, %arg68: tensor<ui32>):
      %265:2 = "func.call"(%arg64, %arg65, %arg67, %arg68) <{callee = @closed_call}> : (tensor<2xf32>, tensor<f32>, tensor<ui32>, tensor<ui32>) -> (tensor<ui32>, tensor<ui32>)
      %266 = "stablehlo.add"(%arg66, %258) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg64, %arg65, %266, %265#0, %265#1) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> ()
    }) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>)
    %264 = "stablehlo.convert"(%263#4) : (tensor<ui32>) -> tensor<i32>
    "func.return"(%264) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf32>, tensor<f32>, tensor<ui32>, tensor<ui32>) -> (tensor<ui32>, tensor<ui32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg58: tensor<2xf32>, %arg59: tensor<f32>, %arg60: tensor<ui32>, %arg61: tensor<ui32>):
    %239 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %242 = "stablehlo.subtract"(%arg61, %arg60) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %243 = "func.call"(%242, %241) <{callee = @floor_divide}> : (tensor<ui32>, tensor<i32>) -> tensor<ui32>
    %244 = "stablehlo.add"(%arg60, %243) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %245 = "stablehlo.dynamic_slice"(%arg58, %244) <{slice_sizes = array<i64: 1>}> : (tensor<2xf32>, tensor<ui32>) -> tensor<1xf32>
    %246 = "stablehlo.reshape"(%245) : (tensor<1xf32>) -> tensor<f32>
    %247 = "stablehlo.compare"(%arg59, %240) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %248 = "stablehlo.select"(%247, %240, %arg59) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %249 = "stablehlo.compare"(%arg59, %arg59) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %250 = "stablehlo.select"(%249, %239, %248) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %251 = "stablehlo.compare"(%246, %240) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %252 = "stablehlo.select"(%251, %240, %246) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %253 = "stablehlo.compare"(%246, %246) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %254 = "stablehlo.select"(%253, %239, %252) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %255 = "stablehlo.compare"(%250, %254) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %256 = "stablehlo.select"(%255, %arg60, %244) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %257 = "stablehlo.select"(%255, %244, %arg61) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    "func.return"(%256, %257) : (tensor<ui32>, tensor<ui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<ui32>, tensor<i32>) -> tensor<ui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg56: tensor<ui32>, %arg57: tensor<i32>):
    %237 = "stablehlo.convert"(%arg57) : (tensor<i32>) -> tensor<ui32>
    %238 = "stablehlo.divide"(%arg56, %237) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    "func.return"(%238) : (tensor<ui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<i1>, %arg54: tensor<i32>, %arg55: tensor<i32>):
    %236 = "stablehlo.select"(%arg53, %arg54, %arg55) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%236) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg35: tensor<3x3xf32>, %arg36: tensor<3x3xf32>):
    %201 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %202 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %203 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %204 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %205 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %206 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %207 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %208:5 = "stablehlo.while"(%204, %204, %206, %207, %arg35) ({
    ^bb0(%arg48: tensor<i32>, %arg49: tensor<i32>, %arg50: tensor<3xi32>, %arg51: tensor<3xi32>, %arg52: tensor<3x3xf32>):
      %235 = "stablehlo.compare"(%arg48, %202) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%235) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg43: tensor<i32>, %arg44: tensor<i32>, %arg45: tensor<3xi32>, %arg46: tensor<3xi32>, %arg47: tensor<3x3xf32>):
      %233:4 = "func.call"(%arg44, %arg45, %arg46, %arg47) <{callee = @closed_call_0}> : (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>)
      %234 = "stablehlo.add"(%arg43, %201) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%234, %233#0, %233#1, %233#2, %233#3) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>)
    %209 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %210 = "stablehlo.add"(%208#3, %209) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %211 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %212 = "stablehlo.compare"(%210, %211) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %213 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %214 = "stablehlo.add"(%210, %213) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %215 = "stablehlo.select"(%212, %214, %210) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %217 = "stablehlo.gather"(%205, %216) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<3x1xi32>) -> tensor<3xi32>
    %218 = "stablehlo.scatter"(%205, %203, %217) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg41: tensor<i32>, %arg42: tensor<i32>):
      "stablehlo.return"(%arg42) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<0xi32>, tensor<3xi32>) -> tensor<3xi32>
    %219 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %220 = "stablehlo.add"(%208#3, %219) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %221 = "stablehlo.broadcast_in_dim"(%204) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %222 = "stablehlo.compare"(%220, %221) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %223 = "stablehlo.broadcast_in_dim"(%202) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %224 = "stablehlo.add"(%220, %223) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %225 = "stablehlo.select"(%222, %224, %220) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %227 = "stablehlo.gather"(%arg35, %226) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x3xf32>
    %228 = "stablehlo.scatter"(%arg35, %203, %227) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      "stablehlo.return"(%arg40) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %229 = "stablehlo.scatter"(%228, %203, %208#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
      "stablehlo.return"(%arg38) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %230 = "stablehlo.transpose"(%arg36) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %231 = "func.call"(%229, %218, %230) <{callee = @_lu_solve}> : (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %232 = "stablehlo.transpose"(%231) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%232) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>), res_attrs = [{}, {}, {}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<i32>, %arg24: tensor<3xi32>, %arg25: tensor<3xi32>, %arg26: tensor<3x3xf32>):
    %47 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %51 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.add"(%arg23, %51) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %54 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %55 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %56 = "stablehlo.compare"(%50, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %57 = "stablehlo.add"(%50, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %58 = "stablehlo.select"(%56, %57, %50) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %59 = "stablehlo.compare"(%55, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %60 = "stablehlo.add"(%55, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %61 = "stablehlo.select"(%59, %60, %55) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %62 = "stablehlo.dynamic_slice"(%arg26, %58, %61) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<3x1xf32>) -> tensor<3xf32>
    %64 = "stablehlo.abs"(%63) : (tensor<3xf32>) -> tensor<3xf32>
    %65 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %67 = "stablehlo.compare"(%53, %66) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %68 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %69 = "stablehlo.select"(%67, %64, %68) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %70 = "func.call"(%69) <{callee = @argmax}> : (tensor<3xf32>) -> tensor<i32>
    %71 = "stablehlo.compare"(%arg23, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %72 = "stablehlo.add"(%arg23, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.select"(%71, %72, %arg23) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %74 = "stablehlo.convert"(%73) : (tensor<i32>) -> tensor<i32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.scatter"(%arg24, %75, %70) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg33: tensor<i32>, %arg34: tensor<i32>):
      "stablehlo.return"(%arg34) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<1xi32>, tensor<i32>) -> tensor<3xi32>
    %77 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %78 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.concatenate"(%77, %79) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %81 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %82 = "stablehlo.compare"(%80, %81) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %83 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %84 = "stablehlo.add"(%80, %83) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %85 = "stablehlo.select"(%82, %84, %80) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %87 = "stablehlo.gather"(%arg26, %86) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>
    %88 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %90 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %91 = "stablehlo.concatenate"(%89, %90) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %92 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %93 = "stablehlo.compare"(%91, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %94 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %95 = "stablehlo.add"(%91, %94) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %96 = "stablehlo.select"(%93, %95, %91) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %98 = "stablehlo.scatter"(%arg26, %97, %87) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      "stablehlo.return"(%arg32) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
    %99 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %101 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%100, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %104 = "stablehlo.compare"(%102, %103) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %105 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %106 = "stablehlo.add"(%102, %105) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %107 = "stablehlo.select"(%104, %106, %102) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %109 = "stablehlo.gather"(%arg25, %108) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<2x1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %111 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %113 = "stablehlo.concatenate"(%110, %112) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %114 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %115 = "stablehlo.compare"(%113, %114) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %116 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %117 = "stablehlo.add"(%113, %116) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %118 = "stablehlo.select"(%115, %117, %113) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %120 = "stablehlo.scatter"(%arg25, %119, %109) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>):
      "stablehlo.return"(%arg30) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<3xi32>
    %121 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %122 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %123 = "stablehlo.compare"(%121, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %124 = "stablehlo.add"(%121, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %125 = "stablehlo.select"(%123, %124, %121) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %126 = "stablehlo.compare"(%122, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %127 = "stablehlo.add"(%122, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %128 = "stablehlo.select"(%126, %127, %122) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %129 = "stablehlo.dynamic_slice"(%98, %125, %128) <{slice_sizes = array<i64: 1, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
    %130 = "stablehlo.reshape"(%129) : (tensor<1x1xf32>) -> tensor<f32>
    %131 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %133 = "stablehlo.compare"(%53, %132) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %134 = "stablehlo.compare"(%130, %47) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %135 = "stablehlo.broadcast_in_dim"(%134) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<3xi1>
    %136 = "stablehlo.and"(%133, %135) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
    %137 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %138 = "stablehlo.compare"(%50, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %139 = "stablehlo.add"(%50, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %140 = "stablehlo.select"(%138, %139, %50) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %141 = "stablehlo.compare"(%137, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %142 = "stablehlo.add"(%137, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %143 = "stablehlo.select"(%141, %142, %137) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %144 = "stablehlo.dynamic_slice"(%98, %140, %143) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<3x1xf32>) -> tensor<3xf32>
    %146 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %147 = "stablehlo.divide"(%145, %146) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %148 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %149 = "stablehlo.compare"(%50, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %150 = "stablehlo.add"(%50, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %151 = "stablehlo.select"(%149, %150, %50) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %152 = "stablehlo.compare"(%148, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %153 = "stablehlo.add"(%148, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %154 = "stablehlo.select"(%152, %153, %148) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %155 = "stablehlo.dynamic_slice"(%98, %151, %154) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %156 = "stablehlo.reshape"(%155) : (tensor<3x1xf32>) -> tensor<3xf32>
    %157 = "stablehlo.select"(%136, %147, %156) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %158 = "stablehlo.compare"(%arg23, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %159 = "stablehlo.add"(%arg23, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %160 = "stablehlo.select"(%158, %159, %arg23) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %161 = "stablehlo.convert"(%160) : (tensor<i32>) -> tensor<i32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %163 = "stablehlo.scatter"(%98, %162, %157) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg27: tensor<f32>, %arg28: tensor<f32>):
      "stablehlo.return"(%arg28) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<1xi32>, tensor<3xf32>) -> tensor<3x3xf32>
    %164 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %165 = "stablehlo.compare"(%50, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %166 = "stablehlo.add"(%50, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %167 = "stablehlo.select"(%165, %166, %50) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %168 = "stablehlo.compare"(%164, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %169 = "stablehlo.add"(%164, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %170 = "stablehlo.select"(%168, %169, %164) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %171 = "stablehlo.dynamic_slice"(%163, %167, %170) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %172 = "stablehlo.reshape"(%171) : (tensor<3x1xf32>) -> tensor<3xf32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3x1xf32>
    %174 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %175 = "stablehlo.compare"(%174, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %176 = "stablehlo.add"(%174, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %177 = "stablehlo.select"(%175, %176, %174) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %178 = "stablehlo.compare"(%50, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %179 = "stablehlo.add"(%50, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %180 = "stablehlo.select"(%178, %179, %50) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %181 = "stablehlo.dynamic_slice"(%163, %177, %180) <{slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x3xf32>
    %182 = "stablehlo.reshape"(%181) : (tensor<1x3xf32>) -> tensor<3xf32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1x3xf32>
    %184 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x3xf32>
    %185 = "stablehlo.broadcast_in_dim"(%183) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %186 = "stablehlo.multiply"(%184, %185) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %187 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %188 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x1xi32>
    %190 = "stablehlo.compare"(%187, %189) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
    %191 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xi32>) -> tensor<1x3xi32>
    %192 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x3xi32>
    %194 = "stablehlo.compare"(%191, %193) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x3xi32>, tensor<1x3xi32>) -> tensor<1x3xi1>
    %195 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xi1>) -> tensor<3x3xi1>
    %196 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xi1>) -> tensor<3x3xi1>
    %197 = "stablehlo.and"(%195, %196) : (tensor<3x3xi1>, tensor<3x3xi1>) -> tensor<3x3xi1>
    %198 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %199 = "stablehlo.select"(%197, %186, %198) : (tensor<3x3xi1>, tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %200 = "stablehlo.subtract"(%163, %199) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%52, %76, %120, %200) : (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<3xf32>):
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %36 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %37:2 = "stablehlo.reduce"(%arg18, %36, %35, %34) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg19: tensor<f32>, %arg20: tensor<i32>, %arg21: tensor<f32>, %arg22: tensor<i32>):
      %38 = "stablehlo.compare"(%arg19, %arg21) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %39 = "stablehlo.compare"(%arg19, %arg19) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %40 = "stablehlo.or"(%38, %39) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %41 = "stablehlo.compare"(%arg19, %arg21) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %42 = "stablehlo.compare"(%arg20, %arg22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %43 = "stablehlo.and"(%41, %42) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %44 = "stablehlo.or"(%40, %43) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %45 = "stablehlo.select"(%40, %arg19, %arg21) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %46 = "stablehlo.select"(%44, %arg20, %arg22) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%45, %46) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3xf32>, tensor<3xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%37#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<3x3xf32>, %arg16: tensor<3xi32>, %arg17: tensor<3x3xf32>):
    %15 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x3xf32>) -> tensor<3x3x1xf32>
    %18 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %19 = "stablehlo.compare"(%arg16, %18) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %20 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %21 = "stablehlo.add"(%arg16, %20) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %22 = "stablehlo.select"(%19, %21, %arg16) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %24 = "stablehlo.gather"(%17, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 3, 1, 1>}> : (tensor<3x3x1xf32>, tensor<3x1xi32>) -> tensor<3x3x1xf32>
    %25 = "stablehlo.transpose"(%24) <{permutation = array<i64: 1, 2, 0>}> : (tensor<3x3x1xf32>) -> tensor<3x1x3xf32>
    %26 = "stablehlo.reshape"(%25) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %27 = "stablehlo.triangular_solve"(%arg15, %26) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %30 = "stablehlo.triangular_solve"(%arg15, %29) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %31 = "stablehlo.reshape"(%30) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %32 = "stablehlo.transpose"(%31) <{permutation = array<i64: 2, 0, 1>}> : (tensor<3x1x3xf32>) -> tensor<3x3x1xf32>
    %33 = "stablehlo.reshape"(%32) : (tensor<3x3x1xf32>) -> tensor<3x3xf32>
    "func.return"(%33) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_squaring", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<3x3xf32>, %arg6: tensor<f32>):
    %6 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xf32>
    %10:4 = "stablehlo.while"(%9, %arg6, %8, %arg5) ({
    ^bb0(%arg11: tensor<16xf32>, %arg12: tensor<f32>, %arg13: tensor<i32>, %arg14: tensor<3x3xf32>):
      %14 = "stablehlo.compare"(%arg13, %7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%14) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg7: tensor<16xf32>, %arg8: tensor<f32>, %arg9: tensor<i32>, %arg10: tensor<3x3xf32>):
      %11 = "func.call"(%arg7, %arg9) <{callee = @dynamic_index_in_dim}> : (tensor<16xf32>, tensor<i32>) -> tensor<f32>
      %12 = "func.call"(%arg8, %arg10, %11) <{callee = @closed_call_1}> : (tensor<f32>, tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      %13 = "stablehlo.add"(%arg9, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg7, %arg8, %13, %12) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>)
    "func.return"(%10#3) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16xf32>, %arg4: tensor<i32>):
    %4 = "stablehlo.dynamic_slice"(%arg3, %arg4) <{slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<i32>) -> tensor<1xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%5) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "closed_call_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<3x3xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.compare"(%arg2, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1 = "stablehlo.convert"(%0) : (tensor<i1>) -> tensor<i32>
    %2 = "stablehlo.case"(%1) ({
      "stablehlo.return"(%arg1) : (tensor<3x3xf32>) -> ()
    }, {
      %3 = "stablehlo.dot_general"(%arg1, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%3) : (tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3x3xf32>
    "func.return"(%2) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
