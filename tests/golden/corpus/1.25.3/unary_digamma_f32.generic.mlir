"builtin.module"() <{sym_name = "jit_digamma"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg38: tensor<4x8xf32>):
    %514 = "func.call"(%arg38) <{callee = @digamma}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%514) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, sym_name = "digamma", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<4x8xf32>):
    %513 = "func.call"(%arg37) <{callee = @digamma_impl}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%513) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "digamma_impl", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<4x8xf32>):
    %284 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %285 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<5.39919895E-8> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.constant"() <{value = dense<-95.8082199> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.constant"() <{value = dense<-6.68154776E-9> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<-66.7959061> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<-4.8111076E-8> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<-2.61072087> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.constant"() <{value = dense<-1.20360522E-8> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.constant"() <{value = dense<5.61947127E-6> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<-0.44276318> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<0.967666625> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<2.000000e-05> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.constant"() <{value = dense<1.46163213> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.constant"() <{value = dense<1.73176691E-8> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.constant"() <{value = dense<0.789868116> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.constant"() <{value = dense<-1.63432856E-9> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.constant"() <{value = dense<0.0396464691> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.constant"() <{value = dense<1.65125743E-11> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.constant"() <{value = dense<0.00343612395> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.constant"() <{value = dense<-1.40729269E-11> : tensor<f32>}> : () -> tensor<f32>
    %305 = "stablehlo.constant"() <{value = dense<3.42212414E-4> : tensor<f32>}> : () -> tensor<f32>
    %306 = "stablehlo.constant"() <{value = dense<5.24926129E-8> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.constant"() <{value = dense<4.23652978E-7> : tensor<f32>}> : () -> tensor<f32>
    %308 = "stablehlo.constant"() <{value = dense<3.89234947E-6> : tensor<f32>}> : () -> tensor<f32>
    %309 = "stablehlo.constant"() <{value = dense<3.60251979E-5> : tensor<f32>}> : () -> tensor<f32>
    %310 = "stablehlo.constant"() <{value = dense<-5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %311 = "stablehlo.constant"() <{value = dense<1.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %312 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.constant"() <{value = dense<0x4B800000> : tensor<f32>}> : () -> tensor<f32>
    %314 = "stablehlo.constant"() <{value = dense<-2.48352783E-9> : tensor<f32>}> : () -> tensor<f32>
    %315 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<f32>}> : () -> tensor<f32>
    %316 = "stablehlo.constant"() <{value = dense<4.36943981E-10> : tensor<f32>}> : () -> tensor<f32>
    %317 = "stablehlo.constant"() <{value = dense<-0.00833333377> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.constant"() <{value = dense<1.65238767E-10> : tensor<f32>}> : () -> tensor<f32>
    %319 = "stablehlo.constant"() <{value = dense<0.0039682528> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.constant"() <{value = dense<1.80291296E-10> : tensor<f32>}> : () -> tensor<f32>
    %321 = "stablehlo.constant"() <{value = dense<-4.166500e-03> : tensor<f32>}> : () -> tensor<f32>
    %322 = "stablehlo.constant"() <{value = dense<-0.152246848> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.constant"() <{value = dense<0.0656768977> : tensor<f32>}> : () -> tensor<f32>
    %324 = "stablehlo.constant"() <{value = dense<-0.0204480588> : tensor<f32>}> : () -> tensor<f32>
    %325 = "stablehlo.constant"() <{value = dense<0.00756190345> : tensor<f32>}> : () -> tensor<f32>
    %326 = "stablehlo.constant"() <{value = dense<9.99999984E+17> : tensor<f32>}> : () -> tensor<f32>
    %327 = "stablehlo.constant"() <{value = dense<4.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.constant"() <{value = dense<0xCB000000> : tensor<f32>}> : () -> tensor<f32>
    %329 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %330 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %331 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %333 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %337 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %338 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %339 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %340 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %341 = "stablehlo.abs"(%arg36) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %342 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %343 = "stablehlo.compare"(%341, %342) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %344 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %345 = "stablehlo.compare"(%arg36, %344) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %346 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %347 = "stablehlo.compare"(%arg36, %346) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %348 = "stablehlo.compare"(%341, %339) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %349 = "stablehlo.not"(%348) : (tensor<4x8xi1>) -> tensor<4x8xi1>
    %350 = "stablehlo.or"(%343, %349) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %351 = "stablehlo.select"(%350, %338, %arg36) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %352 = "stablehlo.not"(%345) : (tensor<4x8xi1>) -> tensor<4x8xi1>
    %353 = "stablehlo.and"(%352, %347) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %354 = "stablehlo.not"(%343) : (tensor<4x8xi1>) -> tensor<4x8xi1>
    %355 = "stablehlo.and"(%353, %354) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %356 = "stablehlo.select"(%355, %351, %340) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %357 = "stablehlo.round_nearest_even"(%356) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %358 = "stablehlo.subtract"(%356, %357) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %359 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %360 = "stablehlo.compare"(%358, %359) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %361 = "stablehlo.select"(%360, %340, %358) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %362 = "stablehlo.subtract"(%338, %357) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %363 = "stablehlo.negate"(%358) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %364 = "stablehlo.add"(%362, %363) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %365 = "stablehlo.subtract"(%364, %362) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %366 = "stablehlo.subtract"(%363, %365) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %367 = "stablehlo.select"(%345, %351, %364) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %368 = "stablehlo.select"(%345, %336, %366) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %369 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %370 = "stablehlo.compare"(%367, %369) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %371 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %372 = "stablehlo.compare"(%367, %371) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %373 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %374 = "stablehlo.compare"(%368, %373) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %375 = "stablehlo.and"(%372, %374) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %376 = "stablehlo.or"(%370, %375) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %377 = "stablehlo.select"(%376, %367, %338) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %378 = "stablehlo.select"(%376, %368, %336) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %379:2 = "func.call"(%377, %378) <{callee = @_shift4_f2}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %380 = "stablehlo.negate"(%379#0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %381 = "stablehlo.negate"(%379#1) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %382:2 = "func.call"(%336, %336, %380, %381) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %383:2 = "func.call"(%377, %378, %337, %336) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %384 = "stablehlo.select"(%376, %382#0, %336) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %385 = "stablehlo.select"(%376, %382#1, %336) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %386 = "stablehlo.select"(%376, %383#0, %367) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %387 = "stablehlo.select"(%376, %383#1, %368) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %388 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %389 = "stablehlo.compare"(%386, %388) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %390 = "stablehlo.select"(%389, %338, %386) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %391 = "stablehlo.select"(%389, %336, %387) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %392:2 = "func.call"(%390, %391) <{callee = @f2_recip}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %393 = "stablehlo.select"(%389, %336, %392#0) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %394 = "stablehlo.select"(%389, %336, %392#1) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %395 = "stablehlo.multiply"(%340, %393) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %396 = "stablehlo.multiply"(%340, %394) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %397:2 = "func.call"(%384, %385, %395, %396) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %398:2 = "func.call"(%386, %387, %393, %394) <{callee = @log_f2}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %399:2 = "func.call"(%397#0, %397#1, %398#0, %398#1) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %400:2 = "func.call"(%393, %394) <{callee = @f2_square}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %401 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %402 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %403 = "stablehlo.fma"(%401, %400#0, %402) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %404 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %405 = "stablehlo.fma"(%403, %400#0, %404) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %406 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %407 = "stablehlo.fma"(%405, %400#0, %406) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %408:2 = "func.call"(%407, %400#0) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %409:2 = "func.call"(%321, %320, %408#0, %408#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %410:2 = "func.call"(%409#0, %409#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %411:2 = "func.call"(%319, %318, %410#0, %410#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %412:2 = "func.call"(%411#0, %411#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %413:2 = "func.call"(%317, %316, %412#0, %412#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %414:2 = "func.call"(%413#0, %413#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %415:2 = "func.call"(%315, %314, %414#0, %414#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %416 = "stablehlo.negate"(%400#0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %417 = "stablehlo.negate"(%400#1) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %418:2 = "func.call"(%415#0, %415#1, %416, %417) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %419:2 = "func.call"(%399#0, %399#1, %418#0, %418#1) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %420 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %421 = "stablehlo.multiply"(%361, %420) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %422:2 = "func.call"(%421, %336) <{callee = @f2_recip}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %423 = "stablehlo.negate"(%420) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %424 = "stablehlo.multiply"(%423, %422#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %425 = "stablehlo.select"(%345, %336, %424) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %426 = "stablehlo.multiply"(%423, %422#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %427 = "stablehlo.select"(%345, %336, %426) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %428:2 = "func.call"(%419#0, %419#1, %425, %427) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %429:2 = "func.call"(%361, %361) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %430 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %431 = "stablehlo.multiply"(%430, %429#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %432 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %433 = "stablehlo.multiply"(%432, %429#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %434:2 = "func.call"(%311, %336, %431, %433) <{callee = @f2_add_1}> : (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %435:2 = "func.call"(%310, %336, %429#0, %429#1) <{callee = @f2_add_1}> : (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %436:2 = "func.call"(%435#0, %435#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %437:2 = "func.call"(%337, %336, %436#0, %436#1) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %438:2 = "func.call"(%434#0, %434#1, %437#0, %437#1) <{callee = @f2_div}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %439 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %440 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %441 = "stablehlo.fma"(%439, %429#0, %440) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %442 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %443 = "stablehlo.fma"(%441, %429#0, %442) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %444 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %445 = "stablehlo.fma"(%443, %429#0, %444) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %446:2 = "func.call"(%445, %429#0) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %447:2 = "func.call"(%305, %304, %446#0, %446#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %448:2 = "func.call"(%447#0, %447#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %449:2 = "func.call"(%303, %302, %448#0, %448#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %450:2 = "func.call"(%449#0, %449#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %451:2 = "func.call"(%301, %300, %450#0, %450#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %452:2 = "func.call"(%451#0, %451#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %453:2 = "func.call"(%299, %298, %452#0, %452#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %454:2 = "func.call"(%453#0, %453#1, %438#0, %438#1) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %455 = "stablehlo.select"(%345, %336, %361) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %456:2 = "func.call"(%454#0, %454#1, %455, %336) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %457 = "stablehlo.add"(%428#0, %456#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %458 = "stablehlo.subtract"(%457, %428#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %459 = "stablehlo.subtract"(%457, %458) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %460 = "stablehlo.subtract"(%428#0, %459) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %461 = "stablehlo.subtract"(%456#0, %458) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %462 = "stablehlo.add"(%460, %461) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %463 = "stablehlo.add"(%428#1, %456#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %464 = "stablehlo.add"(%462, %463) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %465 = "stablehlo.add"(%457, %464) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %466 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %467 = "stablehlo.subtract"(%351, %466) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %468 = "stablehlo.abs"(%467) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %469 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %470 = "stablehlo.compare"(%468, %469) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %471 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %472 = "stablehlo.subtract"(%351, %471) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %473 = "stablehlo.select"(%470, %472, %336) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %474 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %475 = "stablehlo.multiply"(%473, %474) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %476 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %477 = "stablehlo.multiply"(%476, %473) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %478 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %479 = "stablehlo.add"(%478, %477) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %480 = "stablehlo.multiply"(%473, %479) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %481 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %482 = "stablehlo.add"(%481, %480) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %483 = "stablehlo.add"(%475, %482) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %484 = "stablehlo.select"(%470, %483, %465) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %485 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %486 = "stablehlo.compare"(%arg36, %485) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %487 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %488 = "stablehlo.select"(%486, %487, %484) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %489 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %490 = "stablehlo.compare"(%arg36, %489) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %491 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %492 = "stablehlo.select"(%490, %491, %488) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %493 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %494 = "stablehlo.compare"(%arg36, %493) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %495 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %496 = "stablehlo.select"(%494, %495, %492) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %497 = "stablehlo.compare"(%arg36, %arg36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %498 = "stablehlo.not"(%345) : (tensor<4x8xi1>) -> tensor<4x8xi1>
    %499 = "stablehlo.not"(%347) : (tensor<4x8xi1>) -> tensor<4x8xi1>
    %500 = "stablehlo.or"(%360, %499) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %501 = "stablehlo.and"(%498, %500) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %502 = "stablehlo.or"(%497, %501) : (tensor<4x8xi1>, tensor<4x8xi1>) -> tensor<4x8xi1>
    %503 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %504 = "stablehlo.select"(%502, %503, %496) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %505 = "stablehlo.bitcast_convert"(%arg36) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %506 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %507 = "stablehlo.compare"(%505, %506) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi1>
    %508 = "stablehlo.negate"(%339) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %509 = "stablehlo.select"(%507, %339, %508) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %510 = "stablehlo.select"(%343, %509, %504) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %511 = "stablehlo.compare"(%arg36, %339) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %512 = "stablehlo.select"(%511, %339, %510) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%512) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "_shift4_f2", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<4x8xf32>, %arg35: tensor<4x8xf32>):
    %248 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.constant"() <{value = dense<-1.250000e+00> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.constant"() <{value = dense<1.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %253 = "stablehlo.add"(%arg34, %252) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %254 = "stablehlo.subtract"(%253, %arg34) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %255 = "stablehlo.subtract"(%253, %254) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %256 = "stablehlo.subtract"(%arg34, %255) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %257 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %258 = "stablehlo.subtract"(%257, %254) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %259 = "stablehlo.add"(%256, %258) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %260 = "stablehlo.add"(%259, %arg35) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %261 = "stablehlo.add"(%253, %260) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %262 = "stablehlo.subtract"(%261, %253) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %263 = "stablehlo.subtract"(%260, %262) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %264:2 = "func.call"(%261, %263) <{callee = @f2_square}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %265 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %266 = "stablehlo.add"(%264#0, %265) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %267 = "stablehlo.subtract"(%266, %264#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %268 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %269 = "stablehlo.subtract"(%268, %267) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %270 = "stablehlo.add"(%269, %264#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %271:2 = "func.call"(%266, %270) <{callee = @f2_square}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %272 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %273 = "stablehlo.add"(%271#0, %272) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %274 = "stablehlo.subtract"(%273, %271#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %275 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %276 = "stablehlo.subtract"(%275, %274) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %277 = "stablehlo.add"(%276, %271#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %278 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %279 = "stablehlo.multiply"(%278, %261) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %280 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %281 = "stablehlo.multiply"(%280, %263) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %282:2 = "func.call"(%279, %281, %266, %270) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %283:2 = "func.call"(%282#0, %282#1, %273, %277) <{callee = @f2_div}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    "func.return"(%283#0, %283#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_square", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<4x8xf32>, %arg33: tensor<4x8xf32>):
    %228 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %229 = "stablehlo.multiply"(%arg32, %arg32) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %230 = "stablehlo.bitcast_convert"(%arg32) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %231 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %232 = "stablehlo.and"(%230, %231) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %233 = "stablehlo.bitcast_convert"(%232) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %234 = "stablehlo.subtract"(%arg32, %233) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %235 = "stablehlo.multiply"(%233, %234) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %236 = "stablehlo.multiply"(%233, %233) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %237 = "stablehlo.subtract"(%236, %229) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %238 = "stablehlo.add"(%235, %235) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %239 = "stablehlo.add"(%237, %238) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %240 = "stablehlo.multiply"(%234, %234) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %241 = "stablehlo.add"(%239, %240) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %242 = "stablehlo.multiply"(%arg32, %arg33) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %243 = "stablehlo.add"(%242, %242) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %244 = "stablehlo.add"(%241, %243) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %245 = "stablehlo.add"(%229, %244) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %246 = "stablehlo.subtract"(%245, %229) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %247 = "stablehlo.subtract"(%244, %246) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%245, %247) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_mul", sym_visibility = "private"}> ({
  ^bb0(%arg28: tensor<4x8xf32>, %arg29: tensor<4x8xf32>, %arg30: tensor<4x8xf32>, %arg31: tensor<4x8xf32>):
    %220:2 = "func.call"(%arg28, %arg30) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %221 = "stablehlo.multiply"(%arg28, %arg31) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %222 = "stablehlo.multiply"(%arg29, %arg30) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %223 = "stablehlo.add"(%221, %222) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %224 = "stablehlo.add"(%220#1, %223) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %225 = "stablehlo.add"(%220#0, %224) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %226 = "stablehlo.subtract"(%225, %220#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %227 = "stablehlo.subtract"(%224, %226) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%225, %227) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "two_prod", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<4x8xf32>, %arg27: tensor<4x8xf32>):
    %200 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %201 = "stablehlo.multiply"(%arg26, %arg27) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %202 = "stablehlo.bitcast_convert"(%arg26) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %203 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %204 = "stablehlo.and"(%202, %203) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %205 = "stablehlo.bitcast_convert"(%204) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %206 = "stablehlo.subtract"(%arg26, %205) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %207 = "stablehlo.bitcast_convert"(%arg27) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %208 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %209 = "stablehlo.and"(%207, %208) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %210 = "stablehlo.bitcast_convert"(%209) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %211 = "stablehlo.subtract"(%arg27, %210) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %212 = "stablehlo.multiply"(%205, %210) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %213 = "stablehlo.subtract"(%212, %201) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %214 = "stablehlo.multiply"(%205, %211) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %215 = "stablehlo.add"(%213, %214) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %216 = "stablehlo.multiply"(%206, %210) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %217 = "stablehlo.add"(%215, %216) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %218 = "stablehlo.multiply"(%206, %211) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %219 = "stablehlo.add"(%217, %218) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%201, %219) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_div", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<4x8xf32>, %arg23: tensor<4x8xf32>, %arg24: tensor<4x8xf32>, %arg25: tensor<4x8xf32>):
    %178 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %181 = "stablehlo.divide"(%180, %arg24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %182 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %183 = "stablehlo.multiply"(%arg24, %181) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %184 = "stablehlo.subtract"(%182, %183) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %185 = "stablehlo.multiply"(%181, %184) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %186 = "stablehlo.multiply"(%arg24, %185) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %187 = "stablehlo.subtract"(%182, %186) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %188 = "stablehlo.multiply"(%185, %187) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %189 = "stablehlo.multiply"(%arg22, %188) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %190:2 = "func.call"(%189, %arg24) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %191 = "stablehlo.subtract"(%arg22, %190#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %192 = "stablehlo.subtract"(%191, %190#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %193 = "stablehlo.multiply"(%189, %arg25) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %194 = "stablehlo.subtract"(%arg23, %193) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %195 = "stablehlo.add"(%192, %194) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %196 = "stablehlo.multiply"(%195, %188) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %197 = "stablehlo.add"(%189, %196) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %198 = "stablehlo.subtract"(%197, %189) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %199 = "stablehlo.subtract"(%196, %198) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%197, %199) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_add", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<4x8xf32>, %arg19: tensor<4x8xf32>, %arg20: tensor<4x8xf32>, %arg21: tensor<4x8xf32>):
    %167 = "stablehlo.add"(%arg18, %arg20) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %168 = "stablehlo.subtract"(%167, %arg18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %169 = "stablehlo.subtract"(%167, %168) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %170 = "stablehlo.subtract"(%arg18, %169) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %171 = "stablehlo.subtract"(%arg20, %168) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %172 = "stablehlo.add"(%170, %171) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %173 = "stablehlo.add"(%arg19, %arg21) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %174 = "stablehlo.add"(%172, %173) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %175 = "stablehlo.add"(%167, %174) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %176 = "stablehlo.subtract"(%175, %167) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %177 = "stablehlo.subtract"(%174, %176) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%175, %177) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_recip", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<4x8xf32>, %arg17: tensor<4x8xf32>):
    %146 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %147 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %149 = "stablehlo.divide"(%148, %arg16) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %150 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %151 = "stablehlo.multiply"(%arg16, %149) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %152 = "stablehlo.subtract"(%150, %151) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %153 = "stablehlo.multiply"(%149, %152) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %154 = "stablehlo.multiply"(%arg16, %153) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %155 = "stablehlo.subtract"(%150, %154) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %156 = "stablehlo.multiply"(%153, %155) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %157:2 = "func.call"(%arg16, %156) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %158 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %159 = "stablehlo.subtract"(%158, %157#0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %160 = "stablehlo.subtract"(%159, %157#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %161 = "stablehlo.multiply"(%arg17, %156) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %162 = "stablehlo.subtract"(%160, %161) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %163 = "stablehlo.multiply"(%156, %162) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %164 = "stablehlo.add"(%156, %163) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %165 = "stablehlo.subtract"(%164, %156) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %166 = "stablehlo.subtract"(%163, %165) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%164, %166) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "log_f2", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<4x8xf32>, %arg13: tensor<4x8xf32>, %arg14: tensor<4x8xf32>, %arg15: tensor<4x8xf32>):
    %33 = "stablehlo.constant"() <{value = dense<-1.98682155E-8> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<0.666666686> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.constant"() <{value = dense<0.183291465> : tensor<f32>}> : () -> tensor<f32>
    %36 = "stablehlo.constant"() <{value = dense<0.222217306> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.constant"() <{value = dense<0.285714298> : tensor<f32>}> : () -> tensor<f32>
    %38 = "stablehlo.constant"() <{value = dense<4.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.constant"() <{value = dense<1.61985095E-11> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.constant"() <{value = dense<1.42859062E-6> : tensor<f32>}> : () -> tensor<f32>
    %41 = "stablehlo.constant"() <{value = dense<0.693145751> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.constant"() <{value = dense<-3.5408485E-9> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.constant"() <{value = dense<-7.90594239E-12> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.constant"() <{value = dense<-2.41723086E-9> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.constant"() <{value = dense<-1.37775436E-8> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.constant"() <{value = dense<-0.223143548> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.constant"() <{value = dense<-0.0606246218> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<0.0645385236> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<0.287682086> : tensor<f32>}> : () -> tensor<f32>
    %50 = "stablehlo.constant"() <{value = dense<1.250000e+00> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.constant"() <{value = dense<1.062500e+00> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.constant"() <{value = dense<9.375000e-01> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.constant"() <{value = dense<7.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.constant"() <{value = dense<0.840896427> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.constant"() <{value = dense<1.18920708> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %57 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %63 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %64 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %65 = "stablehlo.bitcast_convert"(%arg12) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %66 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %67 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %68 = "stablehlo.subtract"(%65, %67) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %69 = "stablehlo.shift_right_arithmetic"(%68, %66) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %70 = "stablehlo.convert"(%69) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %71 = "stablehlo.shift_left"(%69, %66) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %72 = "stablehlo.subtract"(%65, %71) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %73 = "stablehlo.bitcast_convert"(%72) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %74 = "stablehlo.bitcast_convert"(%73) : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %75 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x8xi32>
    %76 = "stablehlo.and"(%74, %75) : (tensor<4x8xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
    %77 = "stablehlo.bitcast_convert"(%76) : (tensor<4x8xi32>) -> tensor<4x8xf32>
    %78 = "stablehlo.subtract"(%73, %77) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %79 = "stablehlo.compare"(%73, %63) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %80 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %81 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %82 = "stablehlo.select"(%79, %80, %81) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %83 = "stablehlo.compare"(%73, %82) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %84 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %85 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %86 = "stablehlo.select"(%83, %84, %85) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %87 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %88 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %89 = "stablehlo.select"(%83, %87, %88) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %90 = "stablehlo.select"(%79, %86, %89) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %91 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %92 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %93 = "stablehlo.select"(%83, %91, %92) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %94 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %95 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %96 = "stablehlo.select"(%83, %94, %95) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %97 = "stablehlo.select"(%79, %93, %96) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %98 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %99 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %100 = "stablehlo.select"(%83, %98, %99) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %101 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %102 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %103 = "stablehlo.select"(%83, %101, %102) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %104 = "stablehlo.select"(%79, %100, %103) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %105 = "stablehlo.multiply"(%77, %90) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %106 = "stablehlo.subtract"(%105, %63) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %107 = "stablehlo.multiply"(%78, %90) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %108 = "stablehlo.add"(%106, %107) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %109 = "stablehlo.subtract"(%108, %106) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %110 = "stablehlo.subtract"(%108, %109) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %111 = "stablehlo.subtract"(%106, %110) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %112 = "stablehlo.subtract"(%107, %109) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %113 = "stablehlo.add"(%111, %112) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %114 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %115 = "stablehlo.multiply"(%70, %114) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %117 = "stablehlo.multiply"(%70, %116) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %118 = "stablehlo.add"(%115, %117) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %119 = "stablehlo.subtract"(%118, %115) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %120 = "stablehlo.subtract"(%117, %119) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %121 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %122 = "stablehlo.multiply"(%70, %121) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %123 = "stablehlo.add"(%120, %122) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %124:2 = "func.call"(%118, %123, %97, %104) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %125 = "stablehlo.add"(%64, %108) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %126 = "stablehlo.subtract"(%125, %64) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %127 = "stablehlo.subtract"(%108, %126) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %128 = "stablehlo.add"(%127, %113) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %129:2 = "func.call"(%108, %113, %125, %128) <{callee = @f2_div}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %130:2 = "func.call"(%129#0, %129#1) <{callee = @f2_square}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %131 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %132 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %133 = "stablehlo.fma"(%131, %130#0, %132) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %134 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %135 = "stablehlo.fma"(%133, %130#0, %134) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %136 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %137 = "stablehlo.fma"(%135, %130#0, %136) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %138:2 = "func.call"(%137, %130#0) <{callee = @two_prod}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %139:2 = "func.call"(%34, %33, %138#0, %138#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %140:2 = "func.call"(%139#0, %139#1, %130#0, %130#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %141:2 = "func.call"(%64, %62, %140#0, %140#1) <{callee = @f2_add_ordered_0}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %142:2 = "func.call"(%141#0, %141#1, %129#0, %129#1) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %143:2 = "func.call"(%arg13, %62, %arg14, %arg15) <{callee = @f2_mul}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %144:2 = "func.call"(%142#0, %142#1, %143#0, %143#1) <{callee = @f2_add_ordered_0}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    %145:2 = "func.call"(%124#0, %124#1, %144#0, %144#1) <{callee = @f2_add}> : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
    "func.return"(%145#0, %145#1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<f32>, tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_ordered", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>, %arg10: tensor<4x8xf32>, %arg11: tensor<4x8xf32>):
    %22 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %23 = "stablehlo.add"(%22, %arg10) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %24 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %25 = "stablehlo.subtract"(%23, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %26 = "stablehlo.subtract"(%arg10, %25) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %27 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %28 = "stablehlo.add"(%27, %arg11) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %29 = "stablehlo.add"(%26, %28) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %30 = "stablehlo.add"(%23, %29) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %31 = "stablehlo.subtract"(%30, %23) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %32 = "stablehlo.subtract"(%29, %31) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%30, %32) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_ordered_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<4x8xf32>, %arg5: tensor<4x8xf32>, %arg6: tensor<4x8xf32>, %arg7: tensor<4x8xf32>):
    %14 = "stablehlo.add"(%arg4, %arg6) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %15 = "stablehlo.subtract"(%14, %arg4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %16 = "stablehlo.subtract"(%arg6, %15) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %17 = "stablehlo.add"(%arg5, %arg7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %18 = "stablehlo.add"(%16, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %19 = "stablehlo.add"(%14, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %20 = "stablehlo.subtract"(%19, %14) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %21 = "stablehlo.subtract"(%18, %20) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%19, %21) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<f32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<4x8xf32>, %arg2: tensor<4x8xf32>, %arg3: tensor<4x8xf32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %1 = "stablehlo.add"(%0, %arg2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %2 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %3 = "stablehlo.subtract"(%1, %2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %4 = "stablehlo.subtract"(%1, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %6 = "stablehlo.subtract"(%5, %4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %7 = "stablehlo.subtract"(%arg2, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %8 = "stablehlo.add"(%6, %7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %9 = "stablehlo.add"(%arg1, %arg3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %10 = "stablehlo.add"(%8, %9) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %11 = "stablehlo.add"(%1, %10) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %12 = "stablehlo.subtract"(%11, %1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %13 = "stablehlo.subtract"(%10, %12) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%11, %13) : (tensor<4x8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
