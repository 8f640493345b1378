"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg15: tensor<i32>):
    %441 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %442 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %443 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %444 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %445 = "stablehlo.shift_right_logical"(%arg15, %444) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %446 = "stablehlo.convert"(%445) : (tensor<i32>) -> tensor<ui32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %448 = "stablehlo.and"(%arg15, %443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %449 = "stablehlo.convert"(%448) : (tensor<i32>) -> tensor<ui32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %451 = "stablehlo.concatenate"(%447, %450) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %452 = "func.call"(%451, %442, %441) <{callee = @_truncated_normal}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%452) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "_truncated_normal", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<2xui32>, %arg13: tensor<f32>, %arg14: tensor<f32>):
    %312 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %313 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %314 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %315 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %316 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %317 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<5xf32>}> : () -> tensor<5xf32>
    %319 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %320 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<5xf32>}> : () -> tensor<5xf32>
    %321 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<5xf32>}> : () -> tensor<5xf32>
    %322 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<5xf32>}> : () -> tensor<5xf32>
    %323 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<5xf32>}> : () -> tensor<5xf32>
    %324 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<5xf32>}> : () -> tensor<5xf32>
    %325 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<5xf32>}> : () -> tensor<5xf32>
    %326 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<5xf32>}> : () -> tensor<5xf32>
    %327 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<5xf32>}> : () -> tensor<5xf32>
    %328 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<5xf32>}> : () -> tensor<5xf32>
    %329 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %330 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<5xf32>}> : () -> tensor<5xf32>
    %331 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<5xf32>}> : () -> tensor<5xf32>
    %332 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<5xf32>}> : () -> tensor<5xf32>
    %333 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<5xf32>}> : () -> tensor<5xf32>
    %334 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %335 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<5xf32>}> : () -> tensor<5xf32>
    %336 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %337 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<5xf32>}> : () -> tensor<5xf32>
    %338 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %339 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %340 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %341 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %342 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %343 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %344 = "stablehlo.convert"(%arg13) : (tensor<f32>) -> tensor<f32>
    %345 = "stablehlo.convert"(%arg14) : (tensor<f32>) -> tensor<f32>
    %346 = "stablehlo.divide"(%344, %343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %347 = "stablehlo.composite"(%346) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<f32>) -> tensor<f32>
    %348 = "stablehlo.divide"(%345, %343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %349 = "stablehlo.composite"(%348) <{decomposition = @chlo.erf.impl_0, name = "chlo.erf", version = 1 : i32}> : (tensor<f32>) -> tensor<f32>
    %350 = "func.call"(%arg12, %347, %349) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    %351 = "stablehlo.negate"(%350) : (tensor<5xf32>) -> tensor<5xf32>
    %352 = "stablehlo.multiply"(%350, %351) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %353 = "stablehlo.log_plus_one"(%352) : (tensor<5xf32>) -> tensor<5xf32>
    %354 = "stablehlo.negate"(%353) : (tensor<5xf32>) -> tensor<5xf32>
    %355 = "stablehlo.compare"(%354, %340) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %356 = "stablehlo.subtract"(%354, %339) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %357 = "stablehlo.sqrt"(%354) : (tensor<5xf32>) -> tensor<5xf32>
    %358 = "stablehlo.subtract"(%357, %338) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %359 = "stablehlo.select"(%355, %356, %358) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %360 = "stablehlo.select"(%355, %337, %336) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %361 = "stablehlo.select"(%355, %335, %334) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %362 = "stablehlo.multiply"(%360, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %363 = "stablehlo.add"(%361, %362) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %364 = "stablehlo.select"(%355, %333, %332) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %365 = "stablehlo.multiply"(%363, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %366 = "stablehlo.add"(%364, %365) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %367 = "stablehlo.select"(%355, %331, %330) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %368 = "stablehlo.multiply"(%366, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %369 = "stablehlo.add"(%367, %368) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %370 = "stablehlo.select"(%355, %329, %328) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %371 = "stablehlo.multiply"(%369, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %372 = "stablehlo.add"(%370, %371) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %373 = "stablehlo.select"(%355, %327, %326) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %374 = "stablehlo.multiply"(%372, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %375 = "stablehlo.add"(%373, %374) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %376 = "stablehlo.select"(%355, %325, %324) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %377 = "stablehlo.multiply"(%375, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %378 = "stablehlo.add"(%376, %377) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %379 = "stablehlo.select"(%355, %323, %322) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %380 = "stablehlo.multiply"(%378, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %381 = "stablehlo.add"(%379, %380) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %382 = "stablehlo.select"(%355, %321, %320) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %383 = "stablehlo.multiply"(%381, %359) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %384 = "stablehlo.add"(%382, %383) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %385 = "stablehlo.multiply"(%384, %350) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %386 = "stablehlo.abs"(%350) : (tensor<5xf32>) -> tensor<5xf32>
    %387 = "stablehlo.compare"(%386, %319) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %388 = "stablehlo.multiply"(%350, %318) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %389 = "stablehlo.select"(%387, %388, %385) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %390 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %391 = "stablehlo.multiply"(%390, %389) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %392 = "stablehlo.bitcast_convert"(%344) : (tensor<f32>) -> tensor<i32>
    %393 = "stablehlo.bitcast_convert"(%342) : (tensor<f32>) -> tensor<i32>
    %394 = "stablehlo.compare"(%344, %344) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %395 = "stablehlo.compare"(%342, %342) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %396 = "stablehlo.or"(%394, %395) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %397 = "stablehlo.bitcast_convert"(%317) : (tensor<f32>) -> tensor<i32>
    %398 = "stablehlo.and"(%392, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %399 = "stablehlo.and"(%393, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %400 = "stablehlo.compare"(%344, %342) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %401 = "stablehlo.compare"(%398, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %402 = "stablehlo.compare"(%399, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %403 = "stablehlo.and"(%392, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %404 = "stablehlo.and"(%393, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %405 = "stablehlo.or"(%404, %313) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %406 = "stablehlo.compare"(%403, %404) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %407 = "stablehlo.compare"(%398, %399) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %408 = "stablehlo.or"(%407, %406) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %409 = "stablehlo.select"(%408, %312, %313) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %410 = "stablehlo.add"(%392, %409) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %411 = "stablehlo.select"(%402, %393, %405) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %412 = "stablehlo.select"(%401, %411, %410) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %413 = "stablehlo.select"(%400, %393, %412) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %414 = "stablehlo.select"(%396, %397, %413) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %415 = "stablehlo.bitcast_convert"(%414) : (tensor<i32>) -> tensor<f32>
    %416 = "stablehlo.bitcast_convert"(%345) : (tensor<f32>) -> tensor<i32>
    %417 = "stablehlo.bitcast_convert"(%341) : (tensor<f32>) -> tensor<i32>
    %418 = "stablehlo.compare"(%345, %345) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %419 = "stablehlo.compare"(%341, %341) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %420 = "stablehlo.or"(%418, %419) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %421 = "stablehlo.bitcast_convert"(%317) : (tensor<f32>) -> tensor<i32>
    %422 = "stablehlo.and"(%416, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %423 = "stablehlo.and"(%417, %315) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %424 = "stablehlo.compare"(%345, %341) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %425 = "stablehlo.compare"(%422, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %426 = "stablehlo.compare"(%423, %314) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %427 = "stablehlo.and"(%416, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %428 = "stablehlo.and"(%417, %316) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %429 = "stablehlo.or"(%428, %313) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %430 = "stablehlo.compare"(%427, %428) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %431 = "stablehlo.compare"(%422, %423) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %432 = "stablehlo.or"(%431, %430) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %433 = "stablehlo.select"(%432, %312, %313) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %434 = "stablehlo.add"(%416, %433) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %435 = "stablehlo.select"(%426, %417, %429) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %436 = "stablehlo.select"(%425, %435, %434) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %437 = "stablehlo.select"(%424, %417, %436) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %438 = "stablehlo.select"(%420, %421, %437) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %439 = "stablehlo.bitcast_convert"(%438) : (tensor<i32>) -> tensor<f32>
    %440 = "func.call"(%391, %415, %439) <{callee = @clip}> : (tensor<5xf32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%440) : (tensor<5xf32>) -> ()
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
