"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg15: tensor<i32>):
    %496 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %497 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %498 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %499 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %500 = "stablehlo.shift_right_logical"(%arg15, %499) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %501 = "stablehlo.convert"(%500) : (tensor<i32>) -> tensor<ui32>
    %502 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %503 = "stablehlo.and"(%arg15, %498) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %504 = "stablehlo.convert"(%503) : (tensor<i32>) -> tensor<ui32>
    %505 = "stablehlo.broadcast_in_dim"(%504) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %506 = "stablehlo.concatenate"(%502, %505) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %507 = "func.call"(%506, %497, %496) <{callee = @_truncated_normal}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%507) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "_truncated_normal", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<2xui32>, %arg13: tensor<f32>, %arg14: tensor<f32>):
    %312 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %313 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %314 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %315 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %316 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %317 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %319 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %321 = "stablehlo.constant"() <{value = dense<-1.19642737E-5> : tensor<f32>}> : () -> tensor<f32>
    %322 = "stablehlo.constant"() <{value = dense<9.39520248E-8> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.constant"() <{value = dense<5.37958113E-5> : tensor<f32>}> : () -> tensor<f32>
    %324 = "stablehlo.constant"() <{value = dense<8.1217145E-8> : tensor<f32>}> : () -> tensor<f32>
    %325 = "stablehlo.constant"() <{value = dense<-5.21765432E-5> : tensor<f32>}> : () -> tensor<f32>
    %326 = "stablehlo.constant"() <{value = dense<-5.30976786E-6> : tensor<f32>}> : () -> tensor<f32>
    %327 = "stablehlo.constant"() <{value = dense<-2.16608154E-4> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.constant"() <{value = dense<1.5402964E-5> : tensor<f32>}> : () -> tensor<f32>
    %329 = "stablehlo.constant"() <{value = dense<0.00115094346> : tensor<f32>}> : () -> tensor<f32>
    %330 = "stablehlo.constant"() <{value = dense<2.01806368E-4> : tensor<f32>}> : () -> tensor<f32>
    %331 = "stablehlo.constant"() <{value = dense<-0.0034470004> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.constant"() <{value = dense<-0.00190193101> : tensor<f32>}> : () -> tensor<f32>
    %333 = "stablehlo.constant"() <{value = dense<0.00684198458> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.constant"() <{value = dense<-6.19600236E-4> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.constant"() <{value = dense<0.00266256672> : tensor<f32>}> : () -> tensor<f32>
    %336 = "stablehlo.constant"() <{value = dense<0.250421584> : tensor<f32>}> : () -> tensor<f32>
    %337 = "stablehlo.constant"() <{value = dense<-0.167197958> : tensor<f32>}> : () -> tensor<f32>
    %338 = "stablehlo.constant"() <{value = dense<1.31467748> : tensor<f32>}> : () -> tensor<f32>
    %339 = "stablehlo.constant"() <{value = dense<1.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %340 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %341 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %342 = "stablehlo.constant"() <{value = dense<3.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %343 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %344 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %345 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %346 = "stablehlo.convert"(%arg13) : (tensor<f32>) -> tensor<f32>
    %347 = "stablehlo.convert"(%arg14) : (tensor<f32>) -> tensor<f32>
    %348 = "stablehlo.divide"(%346, %345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %349 = "stablehlo.composite"(%348) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<f32>) -> tensor<f32>
    %350 = "stablehlo.divide"(%347, %345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %351 = "stablehlo.composite"(%350) <{decomposition = @chlo.erf.impl_0, name = "chlo.erf", version = 1 : i32}> : (tensor<f32>) -> tensor<f32>
    %352 = "func.call"(%arg12, %349, %351) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    %353 = "stablehlo.abs"(%352) : (tensor<5xf32>) -> tensor<5xf32>
    %354 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %355 = "stablehlo.compare"(%353, %354) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %356 = "stablehlo.compare"(%352, %352) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %357 = "stablehlo.or"(%355, %356) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %358 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %359 = "stablehlo.compare"(%353, %358) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %360 = "stablehlo.or"(%357, %359) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %361 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %362 = "stablehlo.select"(%360, %361, %352) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %363 = "stablehlo.abs"(%362) : (tensor<5xf32>) -> tensor<5xf32>
    %364 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %365 = "stablehlo.subtract"(%364, %363) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %366 = "stablehlo.abs"(%362) : (tensor<5xf32>) -> tensor<5xf32>
    %367 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %368 = "stablehlo.add"(%367, %366) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %369 = "stablehlo.multiply"(%365, %368) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %370 = "stablehlo.log"(%369) : (tensor<5xf32>) -> tensor<5xf32>
    %371 = "stablehlo.negate"(%370) : (tensor<5xf32>) -> tensor<5xf32>
    %372 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %373 = "stablehlo.compare"(%371, %372) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %374 = "stablehlo.not"(%373) : (tensor<5xi1>) -> tensor<5xi1>
    %375 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %376 = "stablehlo.select"(%373, %375, %371) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %377 = "stablehlo.sqrt"(%376) : (tensor<5xf32>) -> tensor<5xf32>
    %378 = "stablehlo.bitcast_convert"(%377) : (tensor<5xf32>) -> tensor<5xi32>
    %379 = "stablehlo.broadcast_in_dim"(%341) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %380 = "stablehlo.and"(%378, %379) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %381 = "stablehlo.bitcast_convert"(%380) : (tensor<5xi32>) -> tensor<5xf32>
    %382 = "stablehlo.multiply"(%381, %381) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %383 = "stablehlo.subtract"(%376, %382) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %384 = "stablehlo.add"(%377, %381) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %385 = "stablehlo.divide"(%383, %384) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %386 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %387 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %388 = "stablehlo.subtract"(%371, %387) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %389 = "stablehlo.subtract"(%377, %386) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %390 = "stablehlo.select"(%373, %388, %389) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %391 = "stablehlo.broadcast_in_dim"(%338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %392 = "stablehlo.broadcast_in_dim"(%337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %393 = "stablehlo.select"(%374, %392, %391) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %394 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %395 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %396 = "stablehlo.select"(%374, %395, %394) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %397 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %398 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %399 = "stablehlo.select"(%374, %398, %397) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %400 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %401 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %402 = "stablehlo.select"(%374, %401, %400) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %403 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %404 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %405 = "stablehlo.select"(%374, %404, %403) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %406 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %407 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %408 = "stablehlo.select"(%374, %407, %406) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %409 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %410 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %411 = "stablehlo.select"(%374, %410, %409) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %412 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %413 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %414 = "stablehlo.select"(%374, %413, %412) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %415 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %416 = "stablehlo.broadcast_in_dim"(%321) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %417 = "stablehlo.select"(%374, %416, %415) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %418 = "stablehlo.fma"(%417, %390, %414) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %419 = "stablehlo.fma"(%418, %390, %411) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %420 = "stablehlo.fma"(%419, %390, %408) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %421 = "stablehlo.fma"(%420, %390, %405) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %422 = "stablehlo.fma"(%421, %390, %402) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %423 = "stablehlo.fma"(%422, %390, %399) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %424 = "stablehlo.fma"(%423, %390, %396) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %425 = "stablehlo.fma"(%424, %390, %393) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %426 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %427 = "stablehlo.multiply"(%426, %385) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %428 = "stablehlo.add"(%427, %425) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %429 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %430 = "stablehlo.multiply"(%429, %381) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %431 = "stablehlo.add"(%430, %428) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %432 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %433 = "stablehlo.compare"(%362, %432) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %434 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %435 = "stablehlo.broadcast_in_dim"(%344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %436 = "stablehlo.select"(%433, %434, %435) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %437 = "stablehlo.multiply"(%362, %425) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %438 = "stablehlo.multiply"(%436, %431) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %439 = "stablehlo.select"(%373, %437, %438) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %440 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %441 = "stablehlo.broadcast_in_dim"(%318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %442 = "stablehlo.multiply"(%352, %441) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %443 = "stablehlo.select"(%359, %442, %439) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %444 = "stablehlo.select"(%357, %440, %443) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %445 = "stablehlo.broadcast_in_dim"(%345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %446 = "stablehlo.multiply"(%445, %444) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %447 = "stablehlo.bitcast_convert"(%346) : (tensor<f32>) -> tensor<i32>
    %448 = "stablehlo.bitcast_convert"(%318) : (tensor<f32>) -> tensor<i32>
    %449 = "stablehlo.compare"(%346, %346) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %450 = "stablehlo.compare"(%318, %318) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %451 = "stablehlo.or"(%449, %450) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %452 = "stablehlo.bitcast_convert"(%319) : (tensor<f32>) -> tensor<i32>
    %453 = "stablehlo.and"(%447, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %454 = "stablehlo.and"(%448, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %455 = "stablehlo.compare"(%346, %318) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %456 = "stablehlo.compare"(%453, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %457 = "stablehlo.compare"(%454, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %458 = "stablehlo.and"(%447, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %459 = "stablehlo.and"(%448, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %460 = "stablehlo.or"(%459, %313) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %461 = "stablehlo.compare"(%458, %459) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %462 = "stablehlo.compare"(%453, %454) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %463 = "stablehlo.or"(%462, %461) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %464 = "stablehlo.select"(%463, %312, %313) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %465 = "stablehlo.add"(%447, %464) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %466 = "stablehlo.select"(%457, %448, %460) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %467 = "stablehlo.select"(%456, %466, %465) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %468 = "stablehlo.select"(%455, %448, %467) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %469 = "stablehlo.select"(%451, %452, %468) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %470 = "stablehlo.bitcast_convert"(%469) : (tensor<i32>) -> tensor<f32>
    %471 = "stablehlo.bitcast_convert"(%347) : (tensor<f32>) -> tensor<i32>
    %472 = "stablehlo.bitcast_convert"(%317) : (tensor<f32>) -> tensor<i32>
    %473 = "stablehlo.compare"(%347, %347) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %474 = "stablehlo.compare"(%317, %317) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %475 = "stablehlo.or"(%473, %474) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %476 = "stablehlo.bitcast_convert"(%319) : (tensor<f32>) -> tensor<i32>
    %477 = "stablehlo.and"(%471, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %478 = "stablehlo.and"(%472, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %479 = "stablehlo.compare"(%347, %317) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %480 = "stablehlo.compare"(%477, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %481 = "stablehlo.compare"(%478, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %482 = "stablehlo.and"(%471, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %483 = "stablehlo.and"(%472, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %484 = "stablehlo.or"(%483, %313) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %485 = "stablehlo.compare"(%482, %483) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %486 = "stablehlo.compare"(%477, %478) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %487 = "stablehlo.or"(%486, %485) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %488 = "stablehlo.select"(%487, %312, %313) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %489 = "stablehlo.add"(%471, %488) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %490 = "stablehlo.select"(%481, %472, %484) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %491 = "stablehlo.select"(%480, %490, %489) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %492 = "stablehlo.select"(%479, %472, %491) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %493 = "stablehlo.select"(%475, %476, %492) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %494 = "stablehlo.bitcast_convert"(%493) : (tensor<i32>) -> tensor<f32>
    %495 = "func.call"(%446, %470, %494) <{callee = @clip}> : (tensor<5xf32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%495) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>) -> tensor<f32>, sym_name = "chlo.erf.impl_0", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<f32>):
    %271 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %272 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %273 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %274 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %276 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %277 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %279 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %280 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %281 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %283 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.clamp"(%285, %arg11, %286) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %288 = "stablehlo.multiply"(%287, %287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %289 = "stablehlo.multiply"(%284, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %290 = "stablehlo.add"(%289, %283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %291 = "stablehlo.multiply"(%290, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %292 = "stablehlo.add"(%291, %282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %293 = "stablehlo.multiply"(%292, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %294 = "stablehlo.add"(%293, %281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %295 = "stablehlo.multiply"(%294, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %296 = "stablehlo.add"(%295, %280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %297 = "stablehlo.multiply"(%296, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %298 = "stablehlo.add"(%297, %279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %299 = "stablehlo.multiply"(%298, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %300 = "stablehlo.add"(%299, %278) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %301 = "stablehlo.multiply"(%277, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %302 = "stablehlo.add"(%301, %276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %303 = "stablehlo.multiply"(%302, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %304 = "stablehlo.add"(%303, %275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %305 = "stablehlo.multiply"(%304, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %306 = "stablehlo.add"(%305, %274) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %307 = "stablehlo.multiply"(%306, %288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %308 = "stablehlo.add"(%307, %273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %309 = "stablehlo.multiply"(%287, %300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %310 = "stablehlo.divide"(%309, %308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %311 = "stablehlo.clamp"(%272, %310, %271) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%311) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>) -> tensor<f32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<f32>):
    %230 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %232 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %233 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.clamp"(%244, %arg10, %245) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %247 = "stablehlo.multiply"(%246, %246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %248 = "stablehlo.multiply"(%243, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %249 = "stablehlo.add"(%248, %242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %250 = "stablehlo.multiply"(%249, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %251 = "stablehlo.add"(%250, %241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %252 = "stablehlo.multiply"(%251, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %253 = "stablehlo.add"(%252, %240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %254 = "stablehlo.multiply"(%253, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %255 = "stablehlo.add"(%254, %239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %256 = "stablehlo.multiply"(%255, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %257 = "stablehlo.add"(%256, %238) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %258 = "stablehlo.multiply"(%257, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %259 = "stablehlo.add"(%258, %237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %260 = "stablehlo.multiply"(%236, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %261 = "stablehlo.add"(%260, %235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %262 = "stablehlo.multiply"(%261, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %263 = "stablehlo.add"(%262, %234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %264 = "stablehlo.multiply"(%263, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %265 = "stablehlo.add"(%264, %233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %266 = "stablehlo.multiply"(%265, %247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %267 = "stablehlo.add"(%266, %232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %268 = "stablehlo.multiply"(%246, %259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %269 = "stablehlo.divide"(%268, %267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %270 = "stablehlo.clamp"(%231, %269, %230) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%270) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>, %arg8: tensor<f32>, %arg9: tensor<f32>):
    %196 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %198 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %199 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %200 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %201 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %203 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %204 = "stablehlo.reshape"(%203) : (tensor<1xui32>) -> tensor<ui32>
    %205 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %206 = "stablehlo.reshape"(%205) : (tensor<1xui32>) -> tensor<ui32>
    %207 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<5xui64>
    %208 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %209 = "stablehlo.multiply"(%208, %207) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %210 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<5xui64>
    %211 = "stablehlo.shift_right_logical"(%209, %210) : (tensor<5xui64>, tensor<5xui64>) -> tensor<5xui64>
    %212 = "stablehlo.convert"(%209) : (tensor<5xui64>) -> tensor<5xui32>
    %213 = "stablehlo.convert"(%211) : (tensor<5xui64>) -> tensor<5xui32>
    %214:2 = "func.call"(%204, %206, %213, %212) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<5xui32>, tensor<5xui32>) -> (tensor<5xui32>, tensor<5xui32>)
    %215 = "stablehlo.xor"(%214#0, %214#1) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %216 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %217 = "stablehlo.shift_right_logical"(%215, %216) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %218 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %219 = "stablehlo.or"(%217, %218) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %220 = "stablehlo.bitcast_convert"(%219) : (tensor<5xui32>) -> tensor<5xf32>
    %221 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %222 = "stablehlo.subtract"(%220, %221) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %223 = "stablehlo.subtract"(%202, %201) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<5xf32>
    %225 = "stablehlo.multiply"(%222, %224) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %226 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<5xf32>
    %227 = "stablehlo.add"(%225, %226) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %228 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<5xf32>
    %229 = "stablehlo.maximum"(%228, %227) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%229) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<5xui32>, tensor<5xui32>) -> (tensor<5xui32>, tensor<5xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<ui32>, %arg4: tensor<ui32>, %arg5: tensor<5xui32>, %arg6: tensor<5xui32>):
    %4 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %5 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %6 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %7 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %8 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %9 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %10 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %11 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %12 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %13 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %14 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %16 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %17 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %18 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %19 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %20 = "stablehlo.xor"(%arg3, %arg4) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %21 = "stablehlo.xor"(%20, %19) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %22 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %23 = "stablehlo.add"(%arg5, %22) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %24 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %25 = "stablehlo.add"(%arg6, %24) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %26 = "stablehlo.add"(%23, %25) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %27 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %28 = "stablehlo.shift_left"(%25, %27) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %29 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %30 = "stablehlo.shift_right_logical"(%25, %29) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %31 = "stablehlo.or"(%28, %30) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %32 = "stablehlo.xor"(%26, %31) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %33 = "stablehlo.add"(%26, %32) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %34 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %35 = "stablehlo.shift_left"(%32, %34) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %36 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %37 = "stablehlo.shift_right_logical"(%32, %36) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %38 = "stablehlo.or"(%35, %37) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %39 = "stablehlo.xor"(%33, %38) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %40 = "stablehlo.add"(%33, %39) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %41 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %42 = "stablehlo.shift_left"(%39, %41) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %43 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %44 = "stablehlo.shift_right_logical"(%39, %43) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %45 = "stablehlo.or"(%42, %44) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %46 = "stablehlo.xor"(%40, %45) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %47 = "stablehlo.add"(%40, %46) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %48 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %49 = "stablehlo.shift_left"(%46, %48) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %50 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %51 = "stablehlo.shift_right_logical"(%46, %50) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %52 = "stablehlo.or"(%49, %51) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %53 = "stablehlo.xor"(%47, %52) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %54 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %55 = "stablehlo.add"(%47, %54) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %56 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %57 = "stablehlo.add"(%53, %56) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %58 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %59 = "stablehlo.add"(%57, %58) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %60 = "stablehlo.add"(%55, %59) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %61 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %62 = "stablehlo.shift_left"(%59, %61) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %63 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %64 = "stablehlo.shift_right_logical"(%59, %63) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %65 = "stablehlo.or"(%62, %64) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %66 = "stablehlo.xor"(%60, %65) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %67 = "stablehlo.add"(%60, %66) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %68 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %69 = "stablehlo.shift_left"(%66, %68) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %70 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %71 = "stablehlo.shift_right_logical"(%66, %70) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %72 = "stablehlo.or"(%69, %71) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %73 = "stablehlo.xor"(%67, %72) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %74 = "stablehlo.add"(%67, %73) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %75 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %76 = "stablehlo.shift_left"(%73, %75) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %77 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %78 = "stablehlo.shift_right_logical"(%73, %77) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %79 = "stablehlo.or"(%76, %78) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %80 = "stablehlo.xor"(%74, %79) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %81 = "stablehlo.add"(%74, %80) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %82 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %83 = "stablehlo.shift_left"(%80, %82) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %84 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %85 = "stablehlo.shift_right_logical"(%80, %84) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %86 = "stablehlo.or"(%83, %85) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %87 = "stablehlo.xor"(%81, %86) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %88 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %89 = "stablehlo.add"(%81, %88) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %90 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %91 = "stablehlo.add"(%87, %90) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %92 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %93 = "stablehlo.add"(%91, %92) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %94 = "stablehlo.add"(%89, %93) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %95 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %96 = "stablehlo.shift_left"(%93, %95) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %97 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %98 = "stablehlo.shift_right_logical"(%93, %97) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %99 = "stablehlo.or"(%96, %98) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %100 = "stablehlo.xor"(%94, %99) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %101 = "stablehlo.add"(%94, %100) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %102 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %103 = "stablehlo.shift_left"(%100, %102) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %104 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %105 = "stablehlo.shift_right_logical"(%100, %104) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %106 = "stablehlo.or"(%103, %105) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %107 = "stablehlo.xor"(%101, %106) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %108 = "stablehlo.add"(%101, %107) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %109 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %110 = "stablehlo.shift_left"(%107, %109) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %111 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %112 = "stablehlo.shift_right_logical"(%107, %111) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %113 = "stablehlo.or"(%110, %112) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %114 = "stablehlo.xor"(%108, %113) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %115 = "stablehlo.add"(%108, %114) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %116 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %117 = "stablehlo.shift_left"(%114, %116) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %118 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %119 = "stablehlo.shift_right_logical"(%114, %118) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %120 = "stablehlo.or"(%117, %119) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %121 = "stablehlo.xor"(%115, %120) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %122 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %123 = "stablehlo.add"(%115, %122) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %124 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %125 = "stablehlo.add"(%121, %124) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %126 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %127 = "stablehlo.add"(%125, %126) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %128 = "stablehlo.add"(%123, %127) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %129 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %130 = "stablehlo.shift_left"(%127, %129) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %131 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %132 = "stablehlo.shift_right_logical"(%127, %131) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %133 = "stablehlo.or"(%130, %132) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %134 = "stablehlo.xor"(%128, %133) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %135 = "stablehlo.add"(%128, %134) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %136 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %137 = "stablehlo.shift_left"(%134, %136) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %138 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %139 = "stablehlo.shift_right_logical"(%134, %138) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %140 = "stablehlo.or"(%137, %139) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %141 = "stablehlo.xor"(%135, %140) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %142 = "stablehlo.add"(%135, %141) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %143 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %144 = "stablehlo.shift_left"(%141, %143) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %145 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %146 = "stablehlo.shift_right_logical"(%141, %145) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %147 = "stablehlo.or"(%144, %146) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %148 = "stablehlo.xor"(%142, %147) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %149 = "stablehlo.add"(%142, %148) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %150 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %151 = "stablehlo.shift_left"(%148, %150) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %152 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %153 = "stablehlo.shift_right_logical"(%148, %152) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %154 = "stablehlo.or"(%151, %153) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %155 = "stablehlo.xor"(%149, %154) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %156 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %157 = "stablehlo.add"(%149, %156) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %158 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %159 = "stablehlo.add"(%155, %158) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %160 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %161 = "stablehlo.add"(%159, %160) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %162 = "stablehlo.add"(%157, %161) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %163 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %164 = "stablehlo.shift_left"(%161, %163) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %165 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %166 = "stablehlo.shift_right_logical"(%161, %165) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %167 = "stablehlo.or"(%164, %166) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %168 = "stablehlo.xor"(%162, %167) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %169 = "stablehlo.add"(%162, %168) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %170 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %171 = "stablehlo.shift_left"(%168, %170) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %172 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %173 = "stablehlo.shift_right_logical"(%168, %172) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %174 = "stablehlo.or"(%171, %173) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %175 = "stablehlo.xor"(%169, %174) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %176 = "stablehlo.add"(%169, %175) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %177 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %178 = "stablehlo.shift_left"(%175, %177) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %179 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %180 = "stablehlo.shift_right_logical"(%175, %179) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %181 = "stablehlo.or"(%178, %180) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %182 = "stablehlo.xor"(%176, %181) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %183 = "stablehlo.add"(%176, %182) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %184 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %185 = "stablehlo.shift_left"(%182, %184) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %186 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %187 = "stablehlo.shift_right_logical"(%182, %186) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %188 = "stablehlo.or"(%185, %187) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %189 = "stablehlo.xor"(%183, %188) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %190 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %191 = "stablehlo.add"(%183, %190) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %192 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %193 = "stablehlo.add"(%189, %192) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    %194 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<5xui32>
    %195 = "stablehlo.add"(%193, %194) : (tensor<5xui32>, tensor<5xui32>) -> tensor<5xui32>
    "func.return"(%191, %195) : (tensor<5xui32>, tensor<5xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xf32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<5xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %1 = "stablehlo.maximum"(%0, %arg0) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %2 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %3 = "stablehlo.minimum"(%2, %1) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%3) : (tensor<5xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
