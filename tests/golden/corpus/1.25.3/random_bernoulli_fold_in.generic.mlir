"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<6xi1>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg15: tensor<i32>):
    %440 = "stablehlo.constant"() <{value = dense<3.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %441 = "stablehlo.constant"() <{value = dense<7> : tensor<ui32>}> : () -> tensor<ui32>
    %442 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %443 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %444 = "stablehlo.shift_right_logical"(%arg15, %443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %445 = "stablehlo.convert"(%444) : (tensor<i32>) -> tensor<ui32>
    %446 = "stablehlo.broadcast_in_dim"(%445) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %447 = "stablehlo.and"(%arg15, %442) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %448 = "stablehlo.convert"(%447) : (tensor<i32>) -> tensor<ui32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %450 = "stablehlo.concatenate"(%446, %449) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %451 = "func.call"(%450, %441) <{callee = @_threefry_fold_in}> : (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
    %452 = "func.call"(%451, %440) <{callee = @_bernoulli}> : (tensor<2xui32>, tensor<f32>) -> tensor<6xi1>
    "func.return"(%452) : (tensor<6xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>, res_attrs = [{}], sym_name = "_threefry_fold_in", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<2xui32>, %arg14: tensor<ui32>):
    %425 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<ui32>}> : () -> tensor<ui32>
    %426 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %427 = "stablehlo.shift_right_logical"(%arg14, %426) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %428 = "stablehlo.broadcast_in_dim"(%427) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %429 = "stablehlo.and"(%arg14, %425) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %430 = "stablehlo.broadcast_in_dim"(%429) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %431 = "stablehlo.concatenate"(%428, %430) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %432 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %433 = "stablehlo.reshape"(%432) : (tensor<1xui32>) -> tensor<ui32>
    %434 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %435 = "stablehlo.reshape"(%434) : (tensor<1xui32>) -> tensor<ui32>
    %436 = "stablehlo.slice"(%431) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %437 = "stablehlo.slice"(%431) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %438:2 = "func.call"(%433, %435, %436, %437) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>)
    %439 = "stablehlo.concatenate"(%438#0, %438#1) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    "func.return"(%439) : (tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<1xui32>, tensor<1xui32>) -> (tensor<1xui32>, tensor<1xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<ui32>, %arg10: tensor<ui32>, %arg11: tensor<1xui32>, %arg12: tensor<1xui32>):
    %233 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %234 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %235 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %236 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %237 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %238 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %239 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %240 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %241 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %242 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %243 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %244 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %245 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %246 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %247 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %248 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %249 = "stablehlo.xor"(%arg9, %arg10) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %250 = "stablehlo.xor"(%249, %248) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %251 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %252 = "stablehlo.add"(%arg11, %251) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %253 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %254 = "stablehlo.add"(%arg12, %253) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %255 = "stablehlo.add"(%252, %254) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %256 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %257 = "stablehlo.shift_left"(%254, %256) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %258 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %259 = "stablehlo.shift_right_logical"(%254, %258) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %260 = "stablehlo.or"(%257, %259) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %261 = "stablehlo.xor"(%255, %260) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %262 = "stablehlo.add"(%255, %261) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %263 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %264 = "stablehlo.shift_left"(%261, %263) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %265 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %266 = "stablehlo.shift_right_logical"(%261, %265) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %267 = "stablehlo.or"(%264, %266) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %268 = "stablehlo.xor"(%262, %267) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %269 = "stablehlo.add"(%262, %268) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %270 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %271 = "stablehlo.shift_left"(%268, %270) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %272 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %273 = "stablehlo.shift_right_logical"(%268, %272) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %274 = "stablehlo.or"(%271, %273) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %275 = "stablehlo.xor"(%269, %274) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %276 = "stablehlo.add"(%269, %275) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %277 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %278 = "stablehlo.shift_left"(%275, %277) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %279 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %280 = "stablehlo.shift_right_logical"(%275, %279) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %281 = "stablehlo.or"(%278, %280) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %282 = "stablehlo.xor"(%276, %281) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %283 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %284 = "stablehlo.add"(%276, %283) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %285 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %286 = "stablehlo.add"(%282, %285) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %287 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %288 = "stablehlo.add"(%286, %287) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %289 = "stablehlo.add"(%284, %288) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %290 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %291 = "stablehlo.shift_left"(%288, %290) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %292 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %293 = "stablehlo.shift_right_logical"(%288, %292) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %294 = "stablehlo.or"(%291, %293) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %295 = "stablehlo.xor"(%289, %294) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %296 = "stablehlo.add"(%289, %295) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %297 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %298 = "stablehlo.shift_left"(%295, %297) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %299 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %300 = "stablehlo.shift_right_logical"(%295, %299) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %301 = "stablehlo.or"(%298, %300) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %302 = "stablehlo.xor"(%296, %301) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %303 = "stablehlo.add"(%296, %302) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %304 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %305 = "stablehlo.shift_left"(%302, %304) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %306 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %307 = "stablehlo.shift_right_logical"(%302, %306) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %308 = "stablehlo.or"(%305, %307) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %309 = "stablehlo.xor"(%303, %308) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %310 = "stablehlo.add"(%303, %309) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %311 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %312 = "stablehlo.shift_left"(%309, %311) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %313 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %314 = "stablehlo.shift_right_logical"(%309, %313) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %315 = "stablehlo.or"(%312, %314) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %316 = "stablehlo.xor"(%310, %315) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %317 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %318 = "stablehlo.add"(%310, %317) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %319 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %320 = "stablehlo.add"(%316, %319) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %321 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %322 = "stablehlo.add"(%320, %321) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %323 = "stablehlo.add"(%318, %322) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %324 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %325 = "stablehlo.shift_left"(%322, %324) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %326 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %327 = "stablehlo.shift_right_logical"(%322, %326) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %328 = "stablehlo.or"(%325, %327) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %329 = "stablehlo.xor"(%323, %328) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %330 = "stablehlo.add"(%323, %329) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %331 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %332 = "stablehlo.shift_left"(%329, %331) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %333 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %334 = "stablehlo.shift_right_logical"(%329, %333) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %335 = "stablehlo.or"(%332, %334) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %336 = "stablehlo.xor"(%330, %335) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %337 = "stablehlo.add"(%330, %336) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %338 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %339 = "stablehlo.shift_left"(%336, %338) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %340 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %341 = "stablehlo.shift_right_logical"(%336, %340) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %342 = "stablehlo.or"(%339, %341) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %343 = "stablehlo.xor"(%337, %342) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %344 = "stablehlo.add"(%337, %343) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %345 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %346 = "stablehlo.shift_left"(%343, %345) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %347 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %348 = "stablehlo.shift_right_logical"(%343, %347) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %349 = "stablehlo.or"(%346, %348) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %350 = "stablehlo.xor"(%344, %349) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %351 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %352 = "stablehlo.add"(%344, %351) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %353 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %354 = "stablehlo.add"(%350, %353) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %355 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %356 = "stablehlo.add"(%354, %355) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %357 = "stablehlo.add"(%352, %356) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %358 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %359 = "stablehlo.shift_left"(%356, %358) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %360 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %361 = "stablehlo.shift_right_logical"(%356, %360) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %362 = "stablehlo.or"(%359, %361) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %363 = "stablehlo.xor"(%357, %362) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %364 = "stablehlo.add"(%357, %363) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %365 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %366 = "stablehlo.shift_left"(%363, %365) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %367 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %368 = "stablehlo.shift_right_logical"(%363, %367) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %369 = "stablehlo.or"(%366, %368) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %370 = "stablehlo.xor"(%364, %369) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %371 = "stablehlo.add"(%364, %370) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %372 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %373 = "stablehlo.shift_left"(%370, %372) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %374 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %375 = "stablehlo.shift_right_logical"(%370, %374) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %376 = "stablehlo.or"(%373, %375) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %377 = "stablehlo.xor"(%371, %376) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %378 = "stablehlo.add"(%371, %377) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %379 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %380 = "stablehlo.shift_left"(%377, %379) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %381 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %382 = "stablehlo.shift_right_logical"(%377, %381) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %383 = "stablehlo.or"(%380, %382) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %384 = "stablehlo.xor"(%378, %383) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %385 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %386 = "stablehlo.add"(%378, %385) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %387 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %388 = "stablehlo.add"(%384, %387) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %389 = "stablehlo.broadcast_in_dim"(%234) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %390 = "stablehlo.add"(%388, %389) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %391 = "stablehlo.add"(%386, %390) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %392 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %393 = "stablehlo.shift_left"(%390, %392) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %394 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %395 = "stablehlo.shift_right_logical"(%390, %394) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %396 = "stablehlo.or"(%393, %395) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %397 = "stablehlo.xor"(%391, %396) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %398 = "stablehlo.add"(%391, %397) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %399 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %400 = "stablehlo.shift_left"(%397, %399) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %401 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %402 = "stablehlo.shift_right_logical"(%397, %401) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %403 = "stablehlo.or"(%400, %402) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %404 = "stablehlo.xor"(%398, %403) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %405 = "stablehlo.add"(%398, %404) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %406 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %407 = "stablehlo.shift_left"(%404, %406) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %408 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %409 = "stablehlo.shift_right_logical"(%404, %408) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %410 = "stablehlo.or"(%407, %409) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %411 = "stablehlo.xor"(%405, %410) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %412 = "stablehlo.add"(%405, %411) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %413 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %414 = "stablehlo.shift_left"(%411, %413) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %415 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %416 = "stablehlo.shift_right_logical"(%411, %415) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %417 = "stablehlo.or"(%414, %416) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %418 = "stablehlo.xor"(%412, %417) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %419 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %420 = "stablehlo.add"(%412, %419) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %421 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %422 = "stablehlo.add"(%418, %421) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %423 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %424 = "stablehlo.add"(%422, %423) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    "func.return"(%420, %424) : (tensor<1xui32>, tensor<1xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<f32>) -> tensor<6xi1>, res_attrs = [{}], sym_name = "_bernoulli", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>, %arg8: tensor<f32>):
    %228 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %229 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %230 = "func.call"(%arg7, %228, %229) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<6xf32>
    %231 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %232 = "stablehlo.compare"(%230, %231) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    "func.return"(%232) : (tensor<6xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2xui32>, %arg5: tensor<f32>, %arg6: tensor<f32>):
    %192 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %194 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %195 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %196 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %197 = "stablehlo.convert"(%arg5) : (tensor<f32>) -> tensor<f32>
    %198 = "stablehlo.convert"(%arg6) : (tensor<f32>) -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %200 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %201 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %202 = "stablehlo.reshape"(%201) : (tensor<1xui32>) -> tensor<ui32>
    %203 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %204 = "stablehlo.reshape"(%203) : (tensor<1xui32>) -> tensor<ui32>
    %205 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xui64>
    %206 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %207 = "stablehlo.multiply"(%206, %205) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %208 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %209 = "stablehlo.shift_right_logical"(%207, %208) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %210 = "stablehlo.convert"(%207) : (tensor<6xui64>) -> tensor<6xui32>
    %211 = "stablehlo.convert"(%209) : (tensor<6xui64>) -> tensor<6xui32>
    %212:2 = "func.call"(%202, %204, %211, %210) <{callee = @threefry2x32_0}> : (tensor<ui32>, tensor<ui32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>)
    %213 = "stablehlo.xor"(%212#0, %212#1) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %214 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %215 = "stablehlo.shift_right_logical"(%213, %214) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %216 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %217 = "stablehlo.or"(%215, %216) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %218 = "stablehlo.bitcast_convert"(%217) : (tensor<6xui32>) -> tensor<6xf32>
    %219 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %220 = "stablehlo.subtract"(%218, %219) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %221 = "stablehlo.subtract"(%200, %199) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %223 = "stablehlo.multiply"(%220, %222) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %224 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %225 = "stablehlo.add"(%223, %224) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %226 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %227 = "stablehlo.maximum"(%226, %225) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%227) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>), sym_name = "threefry2x32_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<6xui32>, %arg3: tensor<6xui32>):
    %0 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %1 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %4 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %6 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %7 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %8 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %9 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %10 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %11 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %12 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %13 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %14 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %16 = "stablehlo.xor"(%arg0, %arg1) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %17 = "stablehlo.xor"(%16, %15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %18 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %19 = "stablehlo.add"(%arg2, %18) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %20 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %21 = "stablehlo.add"(%arg3, %20) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %23 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %24 = "stablehlo.shift_left"(%21, %23) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %25 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %26 = "stablehlo.shift_right_logical"(%21, %25) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %27 = "stablehlo.or"(%24, %26) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %28 = "stablehlo.xor"(%22, %27) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %30 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %31 = "stablehlo.shift_left"(%28, %30) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %32 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %33 = "stablehlo.shift_right_logical"(%28, %32) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %34 = "stablehlo.or"(%31, %33) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %35 = "stablehlo.xor"(%29, %34) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %36 = "stablehlo.add"(%29, %35) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %37 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %38 = "stablehlo.shift_left"(%35, %37) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %39 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %40 = "stablehlo.shift_right_logical"(%35, %39) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %41 = "stablehlo.or"(%38, %40) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %42 = "stablehlo.xor"(%36, %41) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %43 = "stablehlo.add"(%36, %42) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %44 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %45 = "stablehlo.shift_left"(%42, %44) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %46 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %47 = "stablehlo.shift_right_logical"(%42, %46) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %48 = "stablehlo.or"(%45, %47) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %49 = "stablehlo.xor"(%43, %48) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %51 = "stablehlo.add"(%43, %50) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %52 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %54 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %56 = "stablehlo.add"(%51, %55) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %57 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %59 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %64 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %66 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %73 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %77 = "stablehlo.add"(%70, %76) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %78 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %79 = "stablehlo.shift_left"(%76, %78) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %80 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %81 = "stablehlo.shift_right_logical"(%76, %80) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %82 = "stablehlo.or"(%79, %81) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %83 = "stablehlo.xor"(%77, %82) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %84 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %85 = "stablehlo.add"(%77, %84) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %88 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %90 = "stablehlo.add"(%85, %89) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %91 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %93 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %98 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %99 = "stablehlo.shift_left"(%96, %98) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %100 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %101 = "stablehlo.shift_right_logical"(%96, %100) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %102 = "stablehlo.or"(%99, %101) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %103 = "stablehlo.xor"(%97, %102) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %105 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %106 = "stablehlo.shift_left"(%103, %105) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %107 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %108 = "stablehlo.shift_right_logical"(%103, %107) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %110 = "stablehlo.xor"(%104, %109) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %112 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %113 = "stablehlo.shift_left"(%110, %112) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %114 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %115 = "stablehlo.shift_right_logical"(%110, %114) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %117 = "stablehlo.xor"(%111, %116) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %118 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %119 = "stablehlo.add"(%111, %118) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %121 = "stablehlo.add"(%117, %120) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %122 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %124 = "stablehlo.add"(%119, %123) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %125 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %127 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %131 = "stablehlo.add"(%124, %130) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %132 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %133 = "stablehlo.shift_left"(%130, %132) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %134 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %135 = "stablehlo.shift_right_logical"(%130, %134) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %136 = "stablehlo.or"(%133, %135) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %137 = "stablehlo.xor"(%131, %136) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %138 = "stablehlo.add"(%131, %137) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %139 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %140 = "stablehlo.shift_left"(%137, %139) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %141 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %142 = "stablehlo.shift_right_logical"(%137, %141) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %143 = "stablehlo.or"(%140, %142) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %144 = "stablehlo.xor"(%138, %143) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %145 = "stablehlo.add"(%138, %144) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %146 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %148 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %152 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %153 = "stablehlo.add"(%145, %152) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %154 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %155 = "stablehlo.add"(%151, %154) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %156 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %157 = "stablehlo.add"(%155, %156) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %159 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %161 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %166 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %167 = "stablehlo.shift_left"(%164, %166) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %168 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %169 = "stablehlo.shift_right_logical"(%164, %168) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %170 = "stablehlo.or"(%167, %169) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %171 = "stablehlo.xor"(%165, %170) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %172 = "stablehlo.add"(%165, %171) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %173 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %174 = "stablehlo.shift_left"(%171, %173) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %175 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %176 = "stablehlo.shift_right_logical"(%171, %175) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %177 = "stablehlo.or"(%174, %176) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %178 = "stablehlo.xor"(%172, %177) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %179 = "stablehlo.add"(%172, %178) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %180 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %181 = "stablehlo.shift_left"(%178, %180) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %182 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %183 = "stablehlo.shift_right_logical"(%178, %182) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %184 = "stablehlo.or"(%181, %183) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %185 = "stablehlo.xor"(%179, %184) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %186 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %187 = "stablehlo.add"(%179, %186) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %189 = "stablehlo.add"(%185, %188) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %190 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %191 = "stablehlo.add"(%189, %190) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%187, %191) : (tensor<6xui32>, tensor<6xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
