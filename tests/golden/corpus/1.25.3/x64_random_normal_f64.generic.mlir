"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i64>) -> tensor<4xf64>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<i64>):
    %579 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<i64>}> : () -> tensor<i64>
    %580 = "stablehlo.constant"() <{value = dense<32> : tensor<i64>}> : () -> tensor<i64>
    %581 = "stablehlo.shift_right_logical"(%arg9, %580) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %582 = "stablehlo.convert"(%581) : (tensor<i64>) -> tensor<ui32>
    %583 = "stablehlo.broadcast_in_dim"(%582) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %584 = "stablehlo.and"(%arg9, %579) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %585 = "stablehlo.convert"(%584) : (tensor<i64>) -> tensor<ui32>
    %586 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %587 = "stablehlo.concatenate"(%583, %586) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %588 = "func.call"(%587) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4xf64>
    "func.return"(%588) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4xf64>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<2xui32>):
    %578 = "func.call"(%arg8) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4xf64>
    "func.return"(%578) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4xf64>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>):
    %230 = "stablehlo.constant"() <{value = dense<1.4142135623730951> : tensor<f64>}> : () -> tensor<f64>
    %231 = "stablehlo.constant"() <{value = dense<0x7FF0000000000000> : tensor<f64>}> : () -> tensor<f64>
    %232 = "stablehlo.constant"() <{value = dense<0x7FF8000000000000> : tensor<f64>}> : () -> tensor<f64>
    %233 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %234 = "stablehlo.constant"() <{value = dense<-1.0558237952745931E-13> : tensor<f64>}> : () -> tensor<f64>
    %235 = "stablehlo.constant"() <{value = dense<6.3889301187926183E-10> : tensor<f64>}> : () -> tensor<f64>
    %236 = "stablehlo.constant"() <{value = dense<-3.2958388123854411E-17> : tensor<f64>}> : () -> tensor<f64>
    %237 = "stablehlo.constant"() <{value = dense<9.899923413818573E-15> : tensor<f64>}> : () -> tensor<f64>
    %238 = "stablehlo.constant"() <{value = dense<6.2353010426123886E-10> : tensor<f64>}> : () -> tensor<f64>
    %239 = "stablehlo.constant"() <{value = dense<9.3750394169259231E-17> : tensor<f64>}> : () -> tensor<f64>
    %240 = "stablehlo.constant"() <{value = dense<1.8655477891505709E-12> : tensor<f64>}> : () -> tensor<f64>
    %241 = "stablehlo.constant"() <{value = dense<-1.0559971743923652E-8> : tensor<f64>}> : () -> tensor<f64>
    %242 = "stablehlo.constant"() <{value = dense<1.9786403241295394E-15> : tensor<f64>}> : () -> tensor<f64>
    %243 = "stablehlo.constant"() <{value = dense<-7.1151824272896107E-12> : tensor<f64>}> : () -> tensor<f64>
    %244 = "stablehlo.constant"() <{value = dense<1.4896226781919658E-8> : tensor<f64>}> : () -> tensor<f64>
    %245 = "stablehlo.constant"() <{value = dense<-1.2191315347692667E-14> : tensor<f64>}> : () -> tensor<f64>
    %246 = "stablehlo.constant"() <{value = dense<1.8038314599061192E-11> : tensor<f64>}> : () -> tensor<f64>
    %247 = "stablehlo.constant"() <{value = dense<3.554992157537282E-8> : tensor<f64>}> : () -> tensor<f64>
    %248 = "stablehlo.constant"() <{value = dense<-4.6176008664088856E-14> : tensor<f64>}> : () -> tensor<f64>
    %249 = "stablehlo.constant"() <{value = dense<-3.982834535096339E-11> : tensor<f64>}> : () -> tensor<f64>
    %250 = "stablehlo.constant"() <{value = dense<-1.6014147633988103E-7> : tensor<f64>}> : () -> tensor<f64>
    %251 = "stablehlo.constant"() <{value = dense<7.8031871623882417E-13> : tensor<f64>}> : () -> tensor<f64>
    %252 = "stablehlo.constant"() <{value = dense<6.0713660719478177E-11> : tensor<f64>}> : () -> tensor<f64>
    %253 = "stablehlo.constant"() <{value = dense<1.9243590435731999E-7> : tensor<f64>}> : () -> tensor<f64>
    %254 = "stablehlo.constant"() <{value = dense<-1.4229689144321153E-12> : tensor<f64>}> : () -> tensor<f64>
    %255 = "stablehlo.constant"() <{value = dense<4.6913984136038209E-11> : tensor<f64>}> : () -> tensor<f64>
    %256 = "stablehlo.constant"() <{value = dense<3.8045955312120806E-7> : tensor<f64>}> : () -> tensor<f64>
    %257 = "stablehlo.constant"() <{value = dense<-3.0517391705258592E-11> : tensor<f64>}> : () -> tensor<f64>
    %258 = "stablehlo.constant"() <{value = dense<-1.0165434504316348E-9> : tensor<f64>}> : () -> tensor<f64>
    %259 = "stablehlo.constant"() <{value = dense<-2.0132188277879277E-6> : tensor<f64>}> : () -> tensor<f64>
    %260 = "stablehlo.constant"() <{value = dense<2.1393493315215217E-10> : tensor<f64>}> : () -> tensor<f64>
    %261 = "stablehlo.constant"() <{value = dense<6.7669992380555385E-9> : tensor<f64>}> : () -> tensor<f64>
    %262 = "stablehlo.constant"() <{value = dense<3.1478035674481432E-6> : tensor<f64>}> : () -> tensor<f64>
    %263 = "stablehlo.constant"() <{value = dense<4.4833568548276999E-10> : tensor<f64>}> : () -> tensor<f64>
    %264 = "stablehlo.constant"() <{value = dense<-3.7534881562941356E-8> : tensor<f64>}> : () -> tensor<f64>
    %265 = "stablehlo.constant"() <{value = dense<2.5515833826646188E-6> : tensor<f64>}> : () -> tensor<f64>
    %266 = "stablehlo.constant"() <{value = dense<-1.2609969564136998E-8> : tensor<f64>}> : () -> tensor<f64>
    %267 = "stablehlo.constant"() <{value = dense<1.9420940404545504E-7> : tensor<f64>}> : () -> tensor<f64>
    %268 = "stablehlo.constant"() <{value = dense<-2.4087912147963262E-5> : tensor<f64>}> : () -> tensor<f64>
    %269 = "stablehlo.constant"() <{value = dense<4.0036983201296097E-8> : tensor<f64>}> : () -> tensor<f64>
    %270 = "stablehlo.constant"() <{value = dense<-9.5851394949587882E-7> : tensor<f64>}> : () -> tensor<f64>
    %271 = "stablehlo.constant"() <{value = dense<5.5857154777209221E-5> : tensor<f64>}> : () -> tensor<f64>
    %272 = "stablehlo.constant"() <{value = dense<4.2593129933100634E-7> : tensor<f64>}> : () -> tensor<f64>
    %273 = "stablehlo.constant"() <{value = dense<4.4971864381559541E-6> : tensor<f64>}> : () -> tensor<f64>
    %274 = "stablehlo.constant"() <{value = dense<-3.6573267595371856E-5> : tensor<f64>}> : () -> tensor<f64>
    %275 = "stablehlo.constant"() <{value = dense<-4.2159708046843903E-6> : tensor<f64>}> : () -> tensor<f64>
    %276 = "stablehlo.constant"() <{value = dense<-1.9661727002516741E-5> : tensor<f64>}> : () -> tensor<f64>
    %277 = "stablehlo.constant"() <{value = dense<-2.2121693317660041E-4> : tensor<f64>}> : () -> tensor<f64>
    %278 = "stablehlo.constant"() <{value = dense<7.3988292998115989E-7> : tensor<f64>}> : () -> tensor<f64>
    %279 = "stablehlo.constant"() <{value = dense<7.5984011909029762E-5> : tensor<f64>}> : () -> tensor<f64>
    %280 = "stablehlo.constant"() <{value = dense<0.0011424362720367713> : tensor<f64>}> : () -> tensor<f64>
    %281 = "stablehlo.constant"() <{value = dense<2.2103552907583272E-4> : tensor<f64>}> : () -> tensor<f64>
    %282 = "stablehlo.constant"() <{value = dense<-2.1502518740684727E-4> : tensor<f64>}> : () -> tensor<f64>
    %283 = "stablehlo.constant"() <{value = dense<-0.0034450300408697958> : tensor<f64>}> : () -> tensor<f64>
    %284 = "stablehlo.constant"() <{value = dense<-0.0014729485403536322> : tensor<f64>}> : () -> tensor<f64>
    %285 = "stablehlo.constant"() <{value = dense<-1.3872089842666973E-4> : tensor<f64>}> : () -> tensor<f64>
    %286 = "stablehlo.constant"() <{value = dense<0.0068436886617200248> : tensor<f64>}> : () -> tensor<f64>
    %287 = "stablehlo.constant"() <{value = dense<-0.0031553722009434347> : tensor<f64>}> : () -> tensor<f64>
    %288 = "stablehlo.constant"() <{value = dense<0.010300465194305499> : tensor<f64>}> : () -> tensor<f64>
    %289 = "stablehlo.constant"() <{value = dense<0.0026623825719210904> : tensor<f64>}> : () -> tensor<f64>
    %290 = "stablehlo.constant"() <{value = dense<0.24848033548175635> : tensor<f64>}> : () -> tensor<f64>
    %291 = "stablehlo.constant"() <{value = dense<-0.15009359862509328> : tensor<f64>}> : () -> tensor<f64>
    %292 = "stablehlo.constant"() <{value = dense<-0.16719801522119088> : tensor<f64>}> : () -> tensor<f64>
    %293 = "stablehlo.constant"() <{value = dense<1.4395086296840072> : tensor<f64>}> : () -> tensor<f64>
    %294 = "stablehlo.constant"() <{value = dense<2.250000e+00> : tensor<f64>}> : () -> tensor<f64>
    %295 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %296 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %297 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %298 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %299 = "stablehlo.constant"() <{value = dense<-134217728> : tensor<i64>}> : () -> tensor<i64>
    %300 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f64>}> : () -> tensor<f64>
    %301 = "stablehlo.constant"() <{value = dense<4.500000e+00> : tensor<f64>}> : () -> tensor<f64>
    %302 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %303 = "stablehlo.constant"() <{value = dense<-0.99999999999999988> : tensor<f64>}> : () -> tensor<f64>
    %304 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %305 = "func.call"(%arg7, %303, %304) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<4xf64>
    %306 = "stablehlo.abs"(%305) : (tensor<4xf64>) -> tensor<4xf64>
    %307 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %308 = "stablehlo.compare"(%306, %307) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %309 = "stablehlo.compare"(%305, %305) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %310 = "stablehlo.or"(%308, %309) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %311 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %312 = "stablehlo.compare"(%306, %311) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %313 = "stablehlo.or"(%310, %312) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %314 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %315 = "stablehlo.select"(%313, %314, %305) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %316 = "stablehlo.abs"(%315) : (tensor<4xf64>) -> tensor<4xf64>
    %317 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %318 = "stablehlo.subtract"(%317, %316) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %319 = "stablehlo.abs"(%315) : (tensor<4xf64>) -> tensor<4xf64>
    %320 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %321 = "stablehlo.add"(%320, %319) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %322 = "stablehlo.multiply"(%318, %321) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %323 = "stablehlo.log"(%322) : (tensor<4xf64>) -> tensor<4xf64>
    %324 = "stablehlo.negate"(%323) : (tensor<4xf64>) -> tensor<4xf64>
    %325 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %326 = "stablehlo.compare"(%324, %325) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %327 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %328 = "stablehlo.compare"(%324, %327) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %329 = "stablehlo.not"(%326) : (tensor<4xi1>) -> tensor<4xi1>
    %330 = "stablehlo.convert"(%329) : (tensor<4xi1>) -> tensor<4xi32>
    %331 = "stablehlo.not"(%328) : (tensor<4xi1>) -> tensor<4xi1>
    %332 = "stablehlo.convert"(%331) : (tensor<4xi1>) -> tensor<4xi32>
    %333 = "stablehlo.add"(%330, %332) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %334 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %335 = "stablehlo.select"(%326, %334, %324) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %336 = "stablehlo.sqrt"(%335) : (tensor<4xf64>) -> tensor<4xf64>
    %337 = "stablehlo.bitcast_convert"(%336) : (tensor<4xf64>) -> tensor<4xi64>
    %338 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64>}> : (tensor<i64>) -> tensor<4xi64>
    %339 = "stablehlo.and"(%337, %338) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
    %340 = "stablehlo.bitcast_convert"(%339) : (tensor<4xi64>) -> tensor<4xf64>
    %341 = "stablehlo.multiply"(%340, %340) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %342 = "stablehlo.subtract"(%335, %341) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %343 = "stablehlo.add"(%336, %340) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %344 = "stablehlo.divide"(%342, %343) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %345 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %346 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %347 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %348 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %349 = "stablehlo.compare"(%333, %348) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %350 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %351 = "stablehlo.compare"(%333, %350) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %352 = "stablehlo.select"(%351, %346, %347) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %353 = "stablehlo.select"(%349, %345, %352) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %354 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %355 = "stablehlo.subtract"(%324, %354) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %356 = "stablehlo.subtract"(%336, %353) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %357 = "stablehlo.select"(%326, %355, %356) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %358 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %359 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %360 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %361 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %362 = "stablehlo.compare"(%333, %361) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %363 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %364 = "stablehlo.compare"(%333, %363) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %365 = "stablehlo.select"(%364, %359, %360) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %366 = "stablehlo.select"(%362, %358, %365) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %367 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %368 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %369 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %370 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %371 = "stablehlo.compare"(%333, %370) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %372 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %373 = "stablehlo.compare"(%333, %372) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %374 = "stablehlo.select"(%373, %368, %369) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %375 = "stablehlo.select"(%371, %367, %374) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %376 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %377 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %378 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %379 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %380 = "stablehlo.compare"(%333, %379) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %381 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %382 = "stablehlo.compare"(%333, %381) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %383 = "stablehlo.select"(%382, %377, %378) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %384 = "stablehlo.select"(%380, %376, %383) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %385 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %386 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %387 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %388 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %389 = "stablehlo.compare"(%333, %388) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %390 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %391 = "stablehlo.compare"(%333, %390) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %392 = "stablehlo.select"(%391, %386, %387) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %393 = "stablehlo.select"(%389, %385, %392) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %394 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %395 = "stablehlo.broadcast_in_dim"(%280) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %396 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %397 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %398 = "stablehlo.compare"(%333, %397) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %399 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %400 = "stablehlo.compare"(%333, %399) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %401 = "stablehlo.select"(%400, %395, %396) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %402 = "stablehlo.select"(%398, %394, %401) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %403 = "stablehlo.broadcast_in_dim"(%278) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %404 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %405 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %406 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %407 = "stablehlo.compare"(%333, %406) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %408 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %409 = "stablehlo.compare"(%333, %408) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %410 = "stablehlo.select"(%409, %404, %405) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %411 = "stablehlo.select"(%407, %403, %410) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %412 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %413 = "stablehlo.broadcast_in_dim"(%274) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %414 = "stablehlo.broadcast_in_dim"(%273) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %415 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %416 = "stablehlo.compare"(%333, %415) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %417 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %418 = "stablehlo.compare"(%333, %417) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %419 = "stablehlo.select"(%418, %413, %414) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %420 = "stablehlo.select"(%416, %412, %419) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %421 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %422 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %423 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %424 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %425 = "stablehlo.compare"(%333, %424) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %426 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %427 = "stablehlo.compare"(%333, %426) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %428 = "stablehlo.select"(%427, %422, %423) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %429 = "stablehlo.select"(%425, %421, %428) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %430 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %431 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %432 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %433 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %434 = "stablehlo.compare"(%333, %433) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %435 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %436 = "stablehlo.compare"(%333, %435) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %437 = "stablehlo.select"(%436, %431, %432) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %438 = "stablehlo.select"(%434, %430, %437) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %439 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %440 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %441 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %442 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %443 = "stablehlo.compare"(%333, %442) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %444 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %445 = "stablehlo.compare"(%333, %444) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %446 = "stablehlo.select"(%445, %440, %441) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %447 = "stablehlo.select"(%443, %439, %446) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %448 = "stablehlo.broadcast_in_dim"(%263) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %449 = "stablehlo.broadcast_in_dim"(%262) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %450 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %451 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %452 = "stablehlo.compare"(%333, %451) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %453 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %454 = "stablehlo.compare"(%333, %453) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %455 = "stablehlo.select"(%454, %449, %450) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %456 = "stablehlo.select"(%452, %448, %455) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %457 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %458 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %459 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %460 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %461 = "stablehlo.compare"(%333, %460) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %462 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %463 = "stablehlo.compare"(%333, %462) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %464 = "stablehlo.select"(%463, %458, %459) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %465 = "stablehlo.select"(%461, %457, %464) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %466 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %467 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %468 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %469 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %470 = "stablehlo.compare"(%333, %469) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %471 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %472 = "stablehlo.compare"(%333, %471) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %473 = "stablehlo.select"(%472, %467, %468) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %474 = "stablehlo.select"(%470, %466, %473) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %475 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %476 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %477 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %478 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %479 = "stablehlo.compare"(%333, %478) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %480 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %481 = "stablehlo.compare"(%333, %480) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %482 = "stablehlo.select"(%481, %476, %477) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %483 = "stablehlo.select"(%479, %475, %482) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %484 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %485 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %486 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %487 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %488 = "stablehlo.compare"(%333, %487) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %489 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %490 = "stablehlo.compare"(%333, %489) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %491 = "stablehlo.select"(%490, %485, %486) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %492 = "stablehlo.select"(%488, %484, %491) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %493 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %494 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %495 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %496 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %497 = "stablehlo.compare"(%333, %496) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %498 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %499 = "stablehlo.compare"(%333, %498) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %500 = "stablehlo.select"(%499, %494, %495) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %501 = "stablehlo.select"(%497, %493, %500) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %502 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %503 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %504 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %505 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %506 = "stablehlo.compare"(%333, %505) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %507 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %508 = "stablehlo.compare"(%333, %507) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %509 = "stablehlo.select"(%508, %503, %504) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %510 = "stablehlo.select"(%506, %502, %509) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %511 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %512 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %513 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %514 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %515 = "stablehlo.compare"(%333, %514) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %516 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %517 = "stablehlo.compare"(%333, %516) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %518 = "stablehlo.select"(%517, %512, %513) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %519 = "stablehlo.select"(%515, %511, %518) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %520 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %521 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %522 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %523 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %524 = "stablehlo.compare"(%333, %523) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %525 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %526 = "stablehlo.compare"(%333, %525) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %527 = "stablehlo.select"(%526, %521, %522) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %528 = "stablehlo.select"(%524, %520, %527) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %529 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %530 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %531 = "stablehlo.broadcast_in_dim"(%234) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %532 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %533 = "stablehlo.compare"(%333, %532) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %534 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %535 = "stablehlo.compare"(%333, %534) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %536 = "stablehlo.select"(%535, %530, %531) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %537 = "stablehlo.select"(%533, %529, %536) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %538 = "stablehlo.fma"(%537, %357, %528) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %539 = "stablehlo.fma"(%538, %357, %519) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %540 = "stablehlo.fma"(%539, %357, %510) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %541 = "stablehlo.fma"(%540, %357, %501) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %542 = "stablehlo.fma"(%541, %357, %492) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %543 = "stablehlo.fma"(%542, %357, %483) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %544 = "stablehlo.fma"(%543, %357, %474) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %545 = "stablehlo.fma"(%544, %357, %465) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %546 = "stablehlo.fma"(%545, %357, %456) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %547 = "stablehlo.fma"(%546, %357, %447) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %548 = "stablehlo.fma"(%547, %357, %438) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %549 = "stablehlo.fma"(%548, %357, %429) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %550 = "stablehlo.fma"(%549, %357, %420) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %551 = "stablehlo.fma"(%550, %357, %411) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %552 = "stablehlo.fma"(%551, %357, %402) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %553 = "stablehlo.fma"(%552, %357, %393) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %554 = "stablehlo.fma"(%553, %357, %384) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %555 = "stablehlo.fma"(%554, %357, %375) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %556 = "stablehlo.fma"(%555, %357, %366) : (tensor<4xf64>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %557 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %558 = "stablehlo.multiply"(%557, %344) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %559 = "stablehlo.add"(%558, %556) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %560 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %561 = "stablehlo.multiply"(%560, %340) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %562 = "stablehlo.add"(%561, %559) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %563 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %564 = "stablehlo.compare"(%315, %563) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %565 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %566 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %567 = "stablehlo.select"(%564, %565, %566) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %568 = "stablehlo.multiply"(%315, %556) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %569 = "stablehlo.multiply"(%567, %562) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %570 = "stablehlo.select"(%326, %568, %569) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %571 = "stablehlo.broadcast_in_dim"(%232) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %572 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %573 = "stablehlo.multiply"(%305, %572) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %574 = "stablehlo.select"(%312, %573, %570) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %575 = "stablehlo.select"(%310, %571, %574) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %576 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %577 = "stablehlo.multiply"(%576, %575) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    "func.return"(%577) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<4xf64>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2xui32>, %arg5: tensor<f64>, %arg6: tensor<f64>):
    %192 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %193 = "stablehlo.constant"() <{value = dense<4607182418800017408> : tensor<ui64>}> : () -> tensor<ui64>
    %194 = "stablehlo.constant"() <{value = dense<12> : tensor<ui64>}> : () -> tensor<ui64>
    %195 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %196 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %197 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<1xf64>
    %198 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<1xf64>
    %199 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %200 = "stablehlo.reshape"(%199) : (tensor<1xui32>) -> tensor<ui32>
    %201 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %202 = "stablehlo.reshape"(%201) : (tensor<1xui32>) -> tensor<ui32>
    %203 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %204 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %205 = "stablehlo.multiply"(%204, %203) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %206 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %207 = "stablehlo.shift_right_logical"(%205, %206) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %208 = "stablehlo.convert"(%205) : (tensor<4xui64>) -> tensor<4xui32>
    %209 = "stablehlo.convert"(%207) : (tensor<4xui64>) -> tensor<4xui32>
    %210:2 = "func.call"(%200, %202, %209, %208) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %211 = "stablehlo.convert"(%210#0) : (tensor<4xui32>) -> tensor<4xui64>
    %212 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %213 = "stablehlo.shift_left"(%211, %212) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %214 = "stablehlo.convert"(%210#1) : (tensor<4xui32>) -> tensor<4xui64>
    %215 = "stablehlo.or"(%213, %214) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %216 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %217 = "stablehlo.shift_right_logical"(%215, %216) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %218 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %219 = "stablehlo.or"(%217, %218) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %220 = "stablehlo.bitcast_convert"(%219) : (tensor<4xui64>) -> tensor<4xf64>
    %221 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %222 = "stablehlo.subtract"(%220, %221) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %223 = "stablehlo.subtract"(%198, %197) : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf64>) -> tensor<4xf64>
    %225 = "stablehlo.multiply"(%222, %224) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %226 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf64>) -> tensor<4xf64>
    %227 = "stablehlo.add"(%225, %226) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %228 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf64>) -> tensor<4xf64>
    %229 = "stablehlo.maximum"(%228, %227) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    "func.return"(%229) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<4xui32>, %arg3: tensor<4xui32>):
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
    %18 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %19 = "stablehlo.add"(%arg2, %18) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %20 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %21 = "stablehlo.add"(%arg3, %20) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %23 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %24 = "stablehlo.shift_left"(%21, %23) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %25 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %26 = "stablehlo.shift_right_logical"(%21, %25) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %27 = "stablehlo.or"(%24, %26) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %28 = "stablehlo.xor"(%22, %27) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %30 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %31 = "stablehlo.shift_left"(%28, %30) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %32 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %33 = "stablehlo.shift_right_logical"(%28, %32) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %34 = "stablehlo.or"(%31, %33) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %35 = "stablehlo.xor"(%29, %34) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %36 = "stablehlo.add"(%29, %35) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %37 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %38 = "stablehlo.shift_left"(%35, %37) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %39 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %40 = "stablehlo.shift_right_logical"(%35, %39) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %41 = "stablehlo.or"(%38, %40) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %42 = "stablehlo.xor"(%36, %41) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %43 = "stablehlo.add"(%36, %42) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %44 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %45 = "stablehlo.shift_left"(%42, %44) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %46 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %47 = "stablehlo.shift_right_logical"(%42, %46) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %48 = "stablehlo.or"(%45, %47) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %49 = "stablehlo.xor"(%43, %48) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %51 = "stablehlo.add"(%43, %50) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %52 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %54 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %56 = "stablehlo.add"(%51, %55) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %57 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %59 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %64 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %66 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %73 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %77 = "stablehlo.add"(%70, %76) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %78 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %79 = "stablehlo.shift_left"(%76, %78) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %80 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %81 = "stablehlo.shift_right_logical"(%76, %80) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %82 = "stablehlo.or"(%79, %81) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %83 = "stablehlo.xor"(%77, %82) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %84 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %85 = "stablehlo.add"(%77, %84) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %88 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %90 = "stablehlo.add"(%85, %89) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %91 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %93 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %98 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %99 = "stablehlo.shift_left"(%96, %98) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %100 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %101 = "stablehlo.shift_right_logical"(%96, %100) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %102 = "stablehlo.or"(%99, %101) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %103 = "stablehlo.xor"(%97, %102) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %105 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %106 = "stablehlo.shift_left"(%103, %105) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %107 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %108 = "stablehlo.shift_right_logical"(%103, %107) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %110 = "stablehlo.xor"(%104, %109) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %112 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %113 = "stablehlo.shift_left"(%110, %112) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %114 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %115 = "stablehlo.shift_right_logical"(%110, %114) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %117 = "stablehlo.xor"(%111, %116) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %118 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %119 = "stablehlo.add"(%111, %118) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %121 = "stablehlo.add"(%117, %120) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %122 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %124 = "stablehlo.add"(%119, %123) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %125 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %127 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %131 = "stablehlo.add"(%124, %130) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %132 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %133 = "stablehlo.shift_left"(%130, %132) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %134 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %135 = "stablehlo.shift_right_logical"(%130, %134) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %136 = "stablehlo.or"(%133, %135) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %137 = "stablehlo.xor"(%131, %136) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %138 = "stablehlo.add"(%131, %137) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %139 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %140 = "stablehlo.shift_left"(%137, %139) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %141 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %142 = "stablehlo.shift_right_logical"(%137, %141) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %143 = "stablehlo.or"(%140, %142) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %144 = "stablehlo.xor"(%138, %143) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %145 = "stablehlo.add"(%138, %144) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %146 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %148 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %152 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %153 = "stablehlo.add"(%145, %152) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %154 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %155 = "stablehlo.add"(%151, %154) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %156 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %157 = "stablehlo.add"(%155, %156) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %159 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %161 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %166 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %167 = "stablehlo.shift_left"(%164, %166) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %168 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %169 = "stablehlo.shift_right_logical"(%164, %168) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %170 = "stablehlo.or"(%167, %169) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %171 = "stablehlo.xor"(%165, %170) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %172 = "stablehlo.add"(%165, %171) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %173 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %174 = "stablehlo.shift_left"(%171, %173) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %175 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %176 = "stablehlo.shift_right_logical"(%171, %175) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %177 = "stablehlo.or"(%174, %176) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %178 = "stablehlo.xor"(%172, %177) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %179 = "stablehlo.add"(%172, %178) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %180 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %181 = "stablehlo.shift_left"(%178, %180) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %182 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %183 = "stablehlo.shift_right_logical"(%178, %182) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %184 = "stablehlo.or"(%181, %183) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %185 = "stablehlo.xor"(%179, %184) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %186 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %187 = "stablehlo.add"(%179, %186) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %189 = "stablehlo.add"(%185, %188) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %190 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %191 = "stablehlo.add"(%189, %190) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    "func.return"(%187, %191) : (tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
