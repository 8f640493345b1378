"builtin.module"() <{sym_name = "jit_expm"}> ({
  "func.func"() <{function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg79: tensor<3x3xf32>):
    %397 = "func.call"(%arg79) <{callee = @expm}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%397) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, sym_name = "expm", sym_visibility = "private"}> ({
  ^bb0(%arg78: tensor<3x3xf32>):
    %388 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %389 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %390:3 = "func.call"(%arg78) <{callee = @_calc_P_Q}> : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>)
    %391 = "stablehlo.compare"(%390#2, %389) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %392 = "stablehlo.convert"(%391) : (tensor<i1>) -> tensor<i32>
    %393 = "stablehlo.case"(%392) ({
      %395 = "func.call"(%390#1, %390#0) <{callee = @solve}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %396 = "func.call"(%395, %390#2) <{callee = @_squaring}> : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%396) : (tensor<3x3xf32>) -> ()
    }, {
      %394 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%394) : (tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3x3xf32>
    "func.return"(%393) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>), sym_name = "_calc_P_Q", sym_visibility = "private"}> ({
  ^bb0(%arg77: tensor<3x3xf32>):
    %275 = "stablehlo.constant"() <{value = dense<0x4B83F7C0> : tensor<f32>}> : () -> tensor<f32>
    %276 = "stablehlo.constant"() <{value = dense<1.995840e+06> : tensor<f32>}> : () -> tensor<f32>
    %277 = "stablehlo.constant"() <{value = dense<2.520000e+04> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.constant"() <{value = dense<5.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %279 = "stablehlo.constant"() <{value = dense<8.648640e+06> : tensor<f32>}> : () -> tensor<f32>
    %280 = "stablehlo.constant"() <{value = dense<2.772000e+05> : tensor<f32>}> : () -> tensor<f32>
    %281 = "stablehlo.constant"() <{value = dense<1.512000e+03> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.constant"() <{value = dense<3.024000e+04> : tensor<f32>}> : () -> tensor<f32>
    %283 = "stablehlo.constant"() <{value = dense<3.360000e+03> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.constant"() <{value = dense<3.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.constant"() <{value = dense<1.512000e+04> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<4.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.constant"() <{value = dense<1.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<6.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %292 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %293 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<3.92572474> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<[4.258730e-01, 1.8801527]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %297 = "func.call"(%arg77) <{callee = @norm}> : (tensor<3x3xf32>) -> tensor<f32>
    %298 = "stablehlo.divide"(%297, %295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %299 = "stablehlo.log"(%298) : (tensor<f32>) -> tensor<f32>
    %300 = "stablehlo.log"(%294) : (tensor<f32>) -> tensor<f32>
    %301 = "stablehlo.divide"(%299, %300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %302 = "stablehlo.floor"(%301) : (tensor<f32>) -> tensor<f32>
    %303 = "stablehlo.maximum"(%293, %302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %304 = "stablehlo.power"(%294, %303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %306 = "stablehlo.divide"(%arg77, %305) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %307 = "func.call"(%297, %296) <{callee = @digitize}> : (tensor<f32>, tensor<2xf32>) -> tensor<i32>
    %308 = "stablehlo.clamp"(%292, %307, %291) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %309:2 = "stablehlo.case"(%308) ({
      %370 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %371 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %372 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %373 = "stablehlo.add"(%370, %372) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %374 = "stablehlo.compare"(%373, %371) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %375 = "stablehlo.convert"(%374) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %376 = "stablehlo.dot_general"(%306, %306) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %377 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %378 = "stablehlo.multiply"(%377, %376) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %379 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %380 = "stablehlo.multiply"(%379, %375) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %381 = "stablehlo.add"(%378, %380) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %382 = "stablehlo.dot_general"(%306, %381) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %383 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %384 = "stablehlo.multiply"(%383, %376) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %385 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %386 = "stablehlo.multiply"(%385, %375) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %387 = "stablehlo.add"(%384, %386) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%382, %387) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %345 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %346 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %347 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %348 = "stablehlo.add"(%345, %347) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %349 = "stablehlo.compare"(%348, %346) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %350 = "stablehlo.convert"(%349) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %351 = "stablehlo.dot_general"(%306, %306) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %352 = "stablehlo.dot_general"(%351, %351) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %353 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %354 = "stablehlo.multiply"(%353, %352) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %355 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %356 = "stablehlo.multiply"(%355, %351) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %357 = "stablehlo.add"(%354, %356) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %358 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %359 = "stablehlo.multiply"(%358, %350) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %360 = "stablehlo.add"(%357, %359) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %361 = "stablehlo.dot_general"(%306, %360) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %362 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %363 = "stablehlo.multiply"(%362, %352) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %364 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %365 = "stablehlo.multiply"(%364, %351) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %366 = "stablehlo.add"(%363, %365) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %367 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %368 = "stablehlo.multiply"(%367, %350) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %369 = "stablehlo.add"(%366, %368) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%361, %369) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %313 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %314 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %315 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %316 = "stablehlo.add"(%313, %315) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %317 = "stablehlo.compare"(%316, %314) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %318 = "stablehlo.convert"(%317) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %319 = "stablehlo.dot_general"(%306, %306) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %320 = "stablehlo.dot_general"(%319, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %321 = "stablehlo.dot_general"(%320, %319) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %322 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %323 = "stablehlo.multiply"(%322, %321) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %324 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %325 = "stablehlo.multiply"(%324, %320) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %326 = "stablehlo.add"(%323, %325) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %327 = "stablehlo.broadcast_in_dim"(%280) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %328 = "stablehlo.multiply"(%327, %319) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %329 = "stablehlo.add"(%326, %328) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %330 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %331 = "stablehlo.multiply"(%330, %318) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %332 = "stablehlo.add"(%329, %331) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %333 = "stablehlo.dot_general"(%306, %332) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %334 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %335 = "stablehlo.multiply"(%334, %321) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %336 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %337 = "stablehlo.multiply"(%336, %320) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %338 = "stablehlo.add"(%335, %337) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %339 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %340 = "stablehlo.multiply"(%339, %319) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %341 = "stablehlo.add"(%338, %340) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %342 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %343 = "stablehlo.multiply"(%342, %318) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %344 = "stablehlo.add"(%341, %343) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%333, %344) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
    %310 = "stablehlo.add"(%309#0, %309#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %311 = "stablehlo.negate"(%309#0) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %312 = "stablehlo.add"(%311, %309#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%310, %312, %303) : (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>) -> tensor<f32>, sym_name = "norm", sym_visibility = "private"}> ({
  ^bb0(%arg72: tensor<3x3xf32>):
    %267 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %268 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %269 = "stablehlo.abs"(%arg72) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %270 = "stablehlo.reduce"(%269, %268) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg75: tensor<f32>, %arg76: tensor<f32>):
      %274 = "stablehlo.add"(%arg75, %arg76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%274) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %271 = "stablehlo.reduce"(%270, %267) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg73: tensor<f32>, %arg74: tensor<f32>):
      %273 = "stablehlo.maximum"(%arg73, %arg74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%273) : (tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %272 = "stablehlo.maximum"(%268, %271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%272) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<2xf32>) -> tensor<i32>, sym_name = "digitize", sym_visibility = "private"}> ({
  ^bb0(%arg70: tensor<f32>, %arg71: tensor<2xf32>):
    %255 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %256 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %257 = "stablehlo.dynamic_slice"(%arg71, %256) <{slice_sizes = array<i64: 1>}> : (tensor<2xf32>, tensor<i32>) -> tensor<1xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<1xf32>) -> tensor<f32>
    %259 = "stablehlo.slice"(%arg71) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %260 = "stablehlo.reshape"(%259) : (tensor<1xf32>) -> tensor<f32>
    %261 = "stablehlo.compare"(%258, %260) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %262 = "func.call"(%arg71, %arg70) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %263 = "stablehlo.reverse"(%arg71) <{dimensions = array<i64: 0>}> : (tensor<2xf32>) -> tensor<2xf32>
    %264 = "func.call"(%263, %arg70) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %265 = "stablehlo.subtract"(%255, %264) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %266 = "func.call"(%261, %262, %265) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%266) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg58: tensor<2xf32>, %arg59: tensor<f32>):
    %248 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %249 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %250 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %251:5 = "stablehlo.while"(%arg58, %arg59, %249, %249, %250) ({
    ^bb0(%arg65: tensor<2xf32>, %arg66: tensor<f32>, %arg67: tensor<i32>, %arg68: tensor<i32>, %arg69: tensor<i32>):
      %254 = "stablehlo.compare"(%arg67, %250) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%254) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg60: tensor<2xf32>, %arg61: tensor<f32>, %arg62: tensor<i32>, %arg63: tensor<i32>, %arg64: tensor<i32>):
      %252:2 = "func.call"(%arg60, %arg61, %arg63, %arg64) <{callee = @closed_call}> : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
      %253 = "stablehlo.add"(%arg62, %248) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg60, %arg61, %253, %252#0, %252#1) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<i32>, tensor<i32>) -> ()
    }) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<i32>, tensor<i32>)
    "func.return"(%251#4) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg54: tensor<2xf32>, %arg55: tensor<f32>, %arg56: tensor<i32>, %arg57: tensor<i32>):
    %222 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %223 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %224 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %225 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %226 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %227 = "stablehlo.convert"(%arg56) : (tensor<i32>) -> tensor<ui32>
    %228 = "stablehlo.convert"(%arg57) : (tensor<i32>) -> tensor<ui32>
    %229 = "stablehlo.add"(%227, %228) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %230 = "stablehlo.divide"(%229, %226) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %231 = "stablehlo.convert"(%230) : (tensor<ui32>) -> tensor<i32>
    %232 = "stablehlo.compare"(%231, %225) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %233 = "stablehlo.add"(%231, %224) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %234 = "stablehlo.select"(%232, %233, %231) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %235 = "stablehlo.dynamic_slice"(%arg54, %234) <{slice_sizes = array<i64: 1>}> : (tensor<2xf32>, tensor<i32>) -> tensor<1xf32>
    %236 = "stablehlo.reshape"(%235) : (tensor<1xf32>) -> tensor<f32>
    %237 = "stablehlo.compare"(%arg55, %223) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %238 = "stablehlo.select"(%237, %223, %arg55) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %239 = "stablehlo.compare"(%arg55, %arg55) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %240 = "stablehlo.select"(%239, %222, %238) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %241 = "stablehlo.compare"(%236, %223) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %242 = "stablehlo.select"(%241, %223, %236) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %243 = "stablehlo.compare"(%236, %236) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %244 = "stablehlo.select"(%243, %222, %242) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %245 = "stablehlo.compare"(%240, %244) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %246 = "func.call"(%245, %arg56, %231) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %247 = "func.call"(%245, %231, %arg57) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%246, %247) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg51: tensor<i1>, %arg52: tensor<i32>, %arg53: tensor<i32>):
    %221 = "stablehlo.select"(%arg51, %arg52, %arg53) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%221) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>, sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<3x3xf32>, %arg34: tensor<3x3xf32>):
    %186 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %187 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %188 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %189 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %190 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %191 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %192 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %193:5 = "stablehlo.while"(%189, %189, %191, %192, %arg33) ({
    ^bb0(%arg46: tensor<i32>, %arg47: tensor<i32>, %arg48: tensor<3xi32>, %arg49: tensor<3xi32>, %arg50: tensor<3x3xf32>):
      %220 = "stablehlo.compare"(%arg46, %187) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%220) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg41: tensor<i32>, %arg42: tensor<i32>, %arg43: tensor<3xi32>, %arg44: tensor<3xi32>, %arg45: tensor<3x3xf32>):
      %218:4 = "func.call"(%arg42, %arg43, %arg44, %arg45) <{callee = @closed_call_17}> : (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>)
      %219 = "stablehlo.add"(%arg41, %186) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%219, %218#0, %218#1, %218#2, %218#3) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>)
    %194 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %195 = "stablehlo.add"(%193#3, %194) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %196 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %197 = "stablehlo.compare"(%195, %196) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %198 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %199 = "stablehlo.add"(%195, %198) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %200 = "stablehlo.select"(%197, %199, %195) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %202 = "stablehlo.gather"(%190, %201) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<3x1xi32>) -> tensor<3xi32>
    %203 = "stablehlo.scatter"(%190, %188, %202) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg39: tensor<i32>, %arg40: tensor<i32>):
      "stablehlo.return"(%arg40) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<0xi32>, tensor<3xi32>) -> tensor<3xi32>
    %204 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %205 = "stablehlo.add"(%193#3, %204) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %206 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %207 = "stablehlo.compare"(%205, %206) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %208 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %209 = "stablehlo.add"(%205, %208) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %210 = "stablehlo.select"(%207, %209, %205) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %212 = "stablehlo.gather"(%arg33, %211) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x3xf32>
    %213 = "stablehlo.scatter"(%arg33, %188, %212) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
      "stablehlo.return"(%arg38) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %214 = "stablehlo.scatter"(%213, %188, %193#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg35: tensor<f32>, %arg36: tensor<f32>):
      "stablehlo.return"(%arg36) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %215 = "stablehlo.transpose"(%arg34) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %216 = "func.call"(%214, %203, %215) <{callee = @_lu_solve}> : (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %217 = "stablehlo.transpose"(%216) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%217) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>), sym_name = "closed_call_17", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<i32>, %arg22: tensor<3xi32>, %arg23: tensor<3xi32>, %arg24: tensor<3x3xf32>):
    %47 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %51 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.add"(%arg21, %51) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %54 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %55 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %56 = "stablehlo.compare"(%55, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %57 = "stablehlo.add"(%55, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %58 = "stablehlo.select"(%56, %57, %55) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %59 = "stablehlo.dynamic_slice"(%arg24, %50, %58) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %60 = "stablehlo.reshape"(%59) : (tensor<3x1xf32>) -> tensor<3xf32>
    %61 = "stablehlo.abs"(%60) : (tensor<3xf32>) -> tensor<3xf32>
    %62 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %64 = "stablehlo.compare"(%53, %63) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %65 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %66 = "stablehlo.select"(%64, %61, %65) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %67 = "func.call"(%66) <{callee = @argmax}> : (tensor<3xf32>) -> tensor<i32>
    %68 = "stablehlo.compare"(%arg21, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %69 = "stablehlo.add"(%arg21, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %70 = "stablehlo.select"(%68, %69, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %71 = "stablehlo.convert"(%70) : (tensor<i32>) -> tensor<i32>
    %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.scatter"(%arg22, %72, %67) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg31: tensor<i32>, %arg32: tensor<i32>):
      "stablehlo.return"(%arg32) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<1xi32>, tensor<i32>) -> tensor<3xi32>
    %74 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%74, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %79 = "stablehlo.compare"(%77, %78) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %80 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %81 = "stablehlo.add"(%77, %80) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %82 = "stablehlo.select"(%79, %81, %77) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %83 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %84 = "stablehlo.gather"(%arg24, %83) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>
    %85 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%86, %87) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %90 = "stablehlo.compare"(%88, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %91 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %92 = "stablehlo.add"(%88, %91) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %93 = "stablehlo.select"(%90, %92, %88) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %95 = "stablehlo.scatter"(%arg24, %94, %84) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      "stablehlo.return"(%arg30) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
    %96 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.concatenate"(%97, %98) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %100 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %101 = "stablehlo.compare"(%99, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %102 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %103 = "stablehlo.add"(%99, %102) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %104 = "stablehlo.select"(%101, %103, %99) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %106 = "stablehlo.gather"(%arg23, %105) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<2x1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %110 = "stablehlo.concatenate"(%107, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %111 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %112 = "stablehlo.compare"(%110, %111) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %113 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %114 = "stablehlo.add"(%110, %113) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %115 = "stablehlo.select"(%112, %114, %110) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %117 = "stablehlo.scatter"(%arg23, %116, %106) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>):
      "stablehlo.return"(%arg28) : (tensor<i32>) -> ()
    }) : (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<3xi32>
    %118 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %119 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %120 = "stablehlo.compare"(%118, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %121 = "stablehlo.add"(%118, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %122 = "stablehlo.select"(%120, %121, %118) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %123 = "stablehlo.compare"(%119, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %124 = "stablehlo.add"(%119, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %125 = "stablehlo.select"(%123, %124, %119) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %126 = "stablehlo.dynamic_slice"(%95, %122, %125) <{slice_sizes = array<i64: 1, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
    %127 = "stablehlo.reshape"(%126) : (tensor<1x1xf32>) -> tensor<f32>
    %128 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %129 = "stablehlo.broadcast_in_dim"(%128) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %130 = "stablehlo.compare"(%53, %129) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %131 = "stablehlo.compare"(%127, %47) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<3xi1>
    %133 = "stablehlo.and"(%130, %132) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
    %134 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %135 = "stablehlo.compare"(%134, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %136 = "stablehlo.add"(%134, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %137 = "stablehlo.select"(%135, %136, %134) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %138 = "stablehlo.dynamic_slice"(%95, %50, %137) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<3x1xf32>) -> tensor<3xf32>
    %140 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %141 = "stablehlo.divide"(%139, %140) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %142 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %143 = "stablehlo.compare"(%142, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %144 = "stablehlo.add"(%142, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %145 = "stablehlo.select"(%143, %144, %142) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %146 = "stablehlo.dynamic_slice"(%95, %50, %145) <{slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
    %147 = "stablehlo.reshape"(%146) : (tensor<3x1xf32>) -> tensor<3xf32>
    %148 = "stablehlo.select"(%133, %141, %147) : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %149 = "stablehlo.compare"(%arg21, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %150 = "stablehlo.add"(%arg21, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %151 = "stablehlo.select"(%149, %150, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %152 = "stablehlo.convert"(%151) : (tensor<i32>) -> tensor<i32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.scatter"(%95, %153, %148) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg25: tensor<f32>, %arg26: tensor<f32>):
      "stablehlo.return"(%arg26) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<1xi32>, tensor<3xf32>) -> tensor<3x3xf32>
    %155 = "stablehlo.compare"(%arg21, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %156 = "stablehlo.add"(%arg21, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %157 = "stablehlo.select"(%155, %156, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %158 = "stablehlo.convert"(%157) : (tensor<i32>) -> tensor<i32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.gather"(%154, %159) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1]>, indices_are_sorted = true, slice_sizes = array<i64: 3, 1>}> : (tensor<3x3xf32>, tensor<1xi32>) -> tensor<3xf32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3x1xf32>
    %162 = "stablehlo.compare"(%arg21, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %163 = "stablehlo.add"(%arg21, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %164 = "stablehlo.select"(%162, %163, %arg21) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %165 = "stablehlo.convert"(%164) : (tensor<i32>) -> tensor<i32>
    %166 = "stablehlo.broadcast_in_dim"(%165) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %167 = "stablehlo.gather"(%154, %166) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [0], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<1xi32>) -> tensor<3xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1x3xf32>
    %169 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xf32>) -> tensor<3x3xf32>
    %170 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %171 = "stablehlo.multiply"(%169, %170) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %172 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %173 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x1xi32>
    %175 = "stablehlo.compare"(%172, %174) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
    %176 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xi32>) -> tensor<1x3xi32>
    %177 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x3xi32>
    %179 = "stablehlo.compare"(%176, %178) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x3xi32>, tensor<1x3xi32>) -> tensor<1x3xi1>
    %180 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x1xi1>) -> tensor<3x3xi1>
    %181 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xi1>) -> tensor<3x3xi1>
    %182 = "stablehlo.and"(%180, %181) : (tensor<3x3xi1>, tensor<3x3xi1>) -> tensor<3x3xi1>
    %183 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %184 = "stablehlo.select"(%182, %171, %183) : (tensor<3x3xi1>, tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %185 = "stablehlo.subtract"(%154, %184) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%52, %73, %117, %185) : (tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<3xf32>):
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %36 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %37:2 = "stablehlo.reduce"(%arg16, %36, %35, %34) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<i32>, %arg19: tensor<f32>, %arg20: tensor<i32>):
      %38 = "stablehlo.compare"(%arg17, %arg19) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %39 = "stablehlo.compare"(%arg17, %arg17) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %40 = "stablehlo.or"(%38, %39) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %41 = "stablehlo.compare"(%arg17, %arg19) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %42 = "stablehlo.compare"(%arg18, %arg20) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %43 = "stablehlo.and"(%41, %42) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %44 = "stablehlo.or"(%40, %43) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %45 = "stablehlo.select"(%40, %arg17, %arg19) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %46 = "stablehlo.select"(%44, %arg18, %arg20) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%45, %46) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<3xf32>, tensor<3xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%37#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>, sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<3x3xf32>, %arg14: tensor<3xi32>, %arg15: tensor<3x3xf32>):
    %14 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x3xf32>) -> tensor<3x3x1xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %18 = "stablehlo.compare"(%arg14, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %19 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %20 = "stablehlo.add"(%arg14, %19) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %21 = "stablehlo.select"(%18, %20, %arg14) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %23 = "stablehlo.gather"(%16, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 3, 1, 1>}> : (tensor<3x3x1xf32>, tensor<3x1xi32>) -> tensor<3x3x1xf32>
    %24 = "stablehlo.transpose"(%23) <{permutation = array<i64: 1, 2, 0>}> : (tensor<3x3x1xf32>) -> tensor<3x1x3xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %26 = "stablehlo.triangular_solve"(%arg13, %25) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %29 = "stablehlo.triangular_solve"(%arg13, %28) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %30 = "stablehlo.reshape"(%29) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %31 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 3, 1, 3>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<3x1x3xf32>) -> tensor<3x1x3xf32>
    %32 = "stablehlo.transpose"(%31) <{permutation = array<i64: 2, 0, 1>}> : (tensor<3x1x3xf32>) -> tensor<3x3x1xf32>
    %33 = "stablehlo.reshape"(%32) : (tensor<3x3x1xf32>) -> tensor<3x3xf32>
    "func.return"(%33) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, sym_name = "_squaring", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<3x3xf32>, %arg4: tensor<f32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xf32>
    %8:4 = "stablehlo.while"(%7, %arg4, %6, %arg3) ({
    ^bb0(%arg9: tensor<16xf32>, %arg10: tensor<f32>, %arg11: tensor<i32>, %arg12: tensor<3x3xf32>):
      %13 = "stablehlo.compare"(%arg11, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%13) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg5: tensor<16xf32>, %arg6: tensor<f32>, %arg7: tensor<i32>, %arg8: tensor<3x3xf32>):
      %9 = "stablehlo.dynamic_slice"(%arg5, %arg7) <{slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<i32>) -> tensor<1xf32>
      %10 = "stablehlo.reshape"(%9) : (tensor<1xf32>) -> tensor<f32>
      %11 = "func.call"(%arg6, %arg8, %10) <{callee = @closed_call_72}> : (tensor<f32>, tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      %12 = "stablehlo.add"(%arg7, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg5, %arg6, %12, %11) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>)
    "func.return"(%8#3) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, sym_name = "closed_call_72", sym_visibility = "private"}> ({
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
