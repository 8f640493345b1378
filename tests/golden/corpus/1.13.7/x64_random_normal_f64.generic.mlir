"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<i64>) -> tensor<4xf64>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<i64>):
    %405 = "stablehlo.constant"() <{value = dense<4294967295> : tensor<i64>}> : () -> tensor<i64>
    %406 = "stablehlo.constant"() <{value = dense<32> : tensor<i64>}> : () -> tensor<i64>
    %407 = "stablehlo.shift_right_logical"(%arg9, %406) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %408 = "stablehlo.convert"(%407) : (tensor<i64>) -> tensor<ui32>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %410 = "stablehlo.and"(%arg9, %405) : (tensor<i64>, tensor<i64>) -> tensor<i64>
    %411 = "stablehlo.convert"(%410) : (tensor<i64>) -> tensor<ui32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %413 = "stablehlo.concatenate"(%409, %412) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %414 = "func.call"(%413) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4xf64>
    "func.return"(%414) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>) -> tensor<4xf64>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<2xui32>):
    %404 = "func.call"(%arg8) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4xf64>
    "func.return"(%404) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>) -> tensor<4xf64>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>):
    %230 = "stablehlo.constant"() <{value = dense<0x7FF0000000000000> : tensor<4xf64>}> : () -> tensor<4xf64>
    %231 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<4xf64>}> : () -> tensor<4xf64>
    %232 = "stablehlo.constant"() <{value = dense<1.6536545626831027> : tensor<4xf64>}> : () -> tensor<4xf64>
    %233 = "stablehlo.constant"() <{value = dense<0.24015818242558962> : tensor<4xf64>}> : () -> tensor<4xf64>
    %234 = "stablehlo.constant"() <{value = dense<-0.0060336708714301491> : tensor<4xf64>}> : () -> tensor<4xf64>
    %235 = "stablehlo.constant"() <{value = dense<-7.4070253416626698E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %236 = "stablehlo.constant"() <{value = dense<3.0838856104922208> : tensor<4xf64>}> : () -> tensor<4xf64>
    %237 = "stablehlo.constant"() <{value = dense<1.8673420803405714E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %238 = "stablehlo.constant"() <{value = dense<1.0052589676941592> : tensor<4xf64>}> : () -> tensor<4xf64>
    %239 = "stablehlo.constant"() <{value = dense<-1.3882523362786469E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %240 = "stablehlo.constant"() <{value = dense<4.8499064014085844> : tensor<4xf64>}> : () -> tensor<4xf64>
    %241 = "stablehlo.constant"() <{value = dense<0.0053709145535900636> : tensor<4xf64>}> : () -> tensor<4xf64>
    %242 = "stablehlo.constant"() <{value = dense<-1.3654692000834679E-6> : tensor<4xf64>}> : () -> tensor<4xf64>
    %243 = "stablehlo.constant"() <{value = dense<1.0103004648645344> : tensor<4xf64>}> : () -> tensor<4xf64>
    %244 = "stablehlo.constant"() <{value = dense<-0.0037512085075692412> : tensor<4xf64>}> : () -> tensor<4xf64>
    %245 = "stablehlo.constant"() <{value = dense<4.2347877827932404E-7> : tensor<4xf64>}> : () -> tensor<4xf64>
    %246 = "stablehlo.constant"() <{value = dense<-1.3871931833623122E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %247 = "stablehlo.constant"() <{value = dense<0.0024914420961078508> : tensor<4xf64>}> : () -> tensor<4xf64>
    %248 = "stablehlo.constant"() <{value = dense<-2.9070369957882005E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %249 = "stablehlo.constant"() <{value = dense<-2.1503011930044477E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %250 = "stablehlo.constant"() <{value = dense<-0.0016882755560235047> : tensor<4xf64>}> : () -> tensor<4xf64>
    %251 = "stablehlo.constant"() <{value = dense<-4.1126339803469837E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %252 = "stablehlo.constant"() <{value = dense<7.5995277030017761E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %253 = "stablehlo.constant"() <{value = dense<9.5328937973738049E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %254 = "stablehlo.constant"() <{value = dense<1.0512122733215323E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %255 = "stablehlo.constant"() <{value = dense<-1.9681778105531671E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %256 = "stablehlo.constant"() <{value = dense<-3.5503752036284748E-4> : tensor<4xf64>}> : () -> tensor<4xf64>
    %257 = "stablehlo.constant"() <{value = dense<-5.4154120542946279E-11> : tensor<4xf64>}> : () -> tensor<4xf64>
    %258 = "stablehlo.constant"() <{value = dense<4.5260625972231537E-6> : tensor<4xf64>}> : () -> tensor<4xf64>
    %259 = "stablehlo.constant"() <{value = dense<2.4031110387097894E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %260 = "stablehlo.constant"() <{value = dense<-1.2975133253453532E-11> : tensor<4xf64>}> : () -> tensor<4xf64>
    %261 = "stablehlo.constant"() <{value = dense<-9.9298272942317003E-7> : tensor<4xf64>}> : () -> tensor<4xf64>
    %262 = "stablehlo.constant"() <{value = dense<6.8284851459573175E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %263 = "stablehlo.constant"() <{value = dense<2.6335093153082323E-12> : tensor<4xf64>}> : () -> tensor<4xf64>
    %264 = "stablehlo.constant"() <{value = dense<2.2900482228026655E-7> : tensor<4xf64>}> : () -> tensor<4xf64>
    %265 = "stablehlo.constant"() <{value = dense<-4.7318229009055734E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %266 = "stablehlo.constant"() <{value = dense<-8.1519341976054721E-14> : tensor<4xf64>}> : () -> tensor<4xf64>
    %267 = "stablehlo.constant"() <{value = dense<-6.7711997758452339E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %268 = "stablehlo.constant"() <{value = dense<1.2475304481671779E-5> : tensor<4xf64>}> : () -> tensor<4xf64>
    %269 = "stablehlo.constant"() <{value = dense<-4.0545662729752069E-14> : tensor<4xf64>}> : () -> tensor<4xf64>
    %270 = "stablehlo.constant"() <{value = dense<2.9147953450901081E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %271 = "stablehlo.constant"() <{value = dense<2.9234449089955446E-6> : tensor<4xf64>}> : () -> tensor<4xf64>
    %272 = "stablehlo.constant"() <{value = dense<6.6376381343583238E-15> : tensor<4xf64>}> : () -> tensor<4xf64>
    %273 = "stablehlo.constant"() <{value = dense<-1.496002662714924E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %274 = "stablehlo.constant"() <{value = dense<-4.013867526981546E-6> : tensor<4xf64>}> : () -> tensor<4xf64>
    %275 = "stablehlo.constant"() <{value = dense<2.0972767875968562E-17> : tensor<4xf64>}> : () -> tensor<4xf64>
    %276 = "stablehlo.constant"() <{value = dense<7.6157012080783394E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %277 = "stablehlo.constant"() <{value = dense<1.5027403968909828E-6> : tensor<4xf64>}> : () -> tensor<4xf64>
    %278 = "stablehlo.constant"() <{value = dense<-1.3331716628546209E-16> : tensor<4xf64>}> : () -> tensor<4xf64>
    %279 = "stablehlo.constant"() <{value = dense<-3.789465440126737E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %280 = "stablehlo.constant"() <{value = dense<1.8239629214389228E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %281 = "stablehlo.constant"() <{value = dense<1.1157877678025181E-17> : tensor<4xf64>}> : () -> tensor<4xf64>
    %282 = "stablehlo.constant"() <{value = dense<1.5076572693500548E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %283 = "stablehlo.constant"() <{value = dense<-2.7517406297064545E-7> : tensor<4xf64>}> : () -> tensor<4xf64>
    %284 = "stablehlo.constant"() <{value = dense<1.28584807152564E-18> : tensor<4xf64>}> : () -> tensor<4xf64>
    %285 = "stablehlo.constant"() <{value = dense<-2.5556418169965252E-10> : tensor<4xf64>}> : () -> tensor<4xf64>
    %286 = "stablehlo.constant"() <{value = dense<9.075656193888539E-8> : tensor<4xf64>}> : () -> tensor<4xf64>
    %287 = "stablehlo.constant"() <{value = dense<-1.6850591381820166E-19> : tensor<4xf64>}> : () -> tensor<4xf64>
    %288 = "stablehlo.constant"() <{value = dense<-2.7109920616438573E-11> : tensor<4xf64>}> : () -> tensor<4xf64>
    %289 = "stablehlo.constant"() <{value = dense<2.2137376921775787E-9> : tensor<4xf64>}> : () -> tensor<4xf64>
    %290 = "stablehlo.constant"() <{value = dense<-3.6444120640178197E-21> : tensor<4xf64>}> : () -> tensor<4xf64>
    %291 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<4xf64>}> : () -> tensor<4xf64>
    %292 = "stablehlo.constant"() <{value = dense<3.250000e+00> : tensor<4xf64>}> : () -> tensor<4xf64>
    %293 = "stablehlo.constant"() <{value = dense<3.125000e+00> : tensor<4xf64>}> : () -> tensor<4xf64>
    %294 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<4xf64>}> : () -> tensor<4xf64>
    %295 = "stablehlo.constant"() <{value = dense<6.250000e+00> : tensor<4xf64>}> : () -> tensor<4xf64>
    %296 = "stablehlo.constant"() <{value = dense<1.4142135623730951> : tensor<f64>}> : () -> tensor<f64>
    %297 = "stablehlo.constant"() <{value = dense<-0.99999999999999988> : tensor<f64>}> : () -> tensor<f64>
    %298 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %299 = "func.call"(%arg7, %297, %298) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<4xf64>
    %300 = "stablehlo.negate"(%299) : (tensor<4xf64>) -> tensor<4xf64>
    %301 = "stablehlo.multiply"(%299, %300) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %302 = "stablehlo.log_plus_one"(%301) : (tensor<4xf64>) -> tensor<4xf64>
    %303 = "stablehlo.negate"(%302) : (tensor<4xf64>) -> tensor<4xf64>
    %304 = "stablehlo.compare"(%303, %295) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %305 = "stablehlo.compare"(%303, %294) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %306 = "stablehlo.sqrt"(%303) : (tensor<4xf64>) -> tensor<4xf64>
    %307 = "stablehlo.subtract"(%303, %293) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %308 = "stablehlo.select"(%305, %292, %291) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %309 = "stablehlo.subtract"(%306, %308) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %310 = "stablehlo.select"(%304, %307, %309) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %311 = "stablehlo.select"(%304, %290, %289) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %312 = "stablehlo.select"(%305, %311, %288) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %313 = "stablehlo.select"(%304, %287, %286) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %314 = "stablehlo.select"(%305, %313, %285) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %315 = "stablehlo.multiply"(%312, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %316 = "stablehlo.add"(%314, %315) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %317 = "stablehlo.select"(%304, %284, %283) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %318 = "stablehlo.select"(%305, %317, %282) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %319 = "stablehlo.multiply"(%316, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %320 = "stablehlo.add"(%318, %319) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %321 = "stablehlo.select"(%304, %281, %280) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %322 = "stablehlo.select"(%305, %321, %279) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %323 = "stablehlo.multiply"(%320, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %324 = "stablehlo.add"(%322, %323) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %325 = "stablehlo.select"(%304, %278, %277) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %326 = "stablehlo.select"(%305, %325, %276) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %327 = "stablehlo.multiply"(%324, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %328 = "stablehlo.add"(%326, %327) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %329 = "stablehlo.select"(%304, %275, %274) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %330 = "stablehlo.select"(%305, %329, %273) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %331 = "stablehlo.multiply"(%328, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %332 = "stablehlo.add"(%330, %331) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %333 = "stablehlo.select"(%304, %272, %271) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %334 = "stablehlo.select"(%305, %333, %270) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %335 = "stablehlo.multiply"(%332, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %336 = "stablehlo.add"(%334, %335) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %337 = "stablehlo.select"(%304, %269, %268) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %338 = "stablehlo.select"(%305, %337, %267) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %339 = "stablehlo.multiply"(%336, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %340 = "stablehlo.add"(%338, %339) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %341 = "stablehlo.select"(%304, %266, %265) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %342 = "stablehlo.select"(%305, %341, %264) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %343 = "stablehlo.multiply"(%340, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %344 = "stablehlo.add"(%342, %343) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %345 = "stablehlo.select"(%304, %263, %262) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %346 = "stablehlo.select"(%305, %345, %261) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %347 = "stablehlo.multiply"(%344, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %348 = "stablehlo.add"(%346, %347) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %349 = "stablehlo.select"(%304, %260, %259) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %350 = "stablehlo.select"(%305, %349, %258) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %351 = "stablehlo.multiply"(%348, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %352 = "stablehlo.add"(%350, %351) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %353 = "stablehlo.select"(%304, %257, %256) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %354 = "stablehlo.select"(%305, %353, %255) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %355 = "stablehlo.multiply"(%352, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %356 = "stablehlo.add"(%354, %355) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %357 = "stablehlo.select"(%304, %254, %253) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %358 = "stablehlo.select"(%305, %357, %252) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %359 = "stablehlo.multiply"(%356, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %361 = "stablehlo.select"(%304, %251, %250) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %362 = "stablehlo.select"(%305, %361, %249) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %363 = "stablehlo.multiply"(%360, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %364 = "stablehlo.add"(%362, %363) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %365 = "stablehlo.select"(%304, %248, %247) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %366 = "stablehlo.select"(%305, %365, %246) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %367 = "stablehlo.multiply"(%364, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %368 = "stablehlo.add"(%366, %367) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %369 = "stablehlo.select"(%304, %245, %244) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %370 = "stablehlo.select"(%305, %369, %243) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %371 = "stablehlo.multiply"(%368, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %372 = "stablehlo.add"(%370, %371) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %373 = "stablehlo.select"(%304, %242, %241) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %374 = "stablehlo.select"(%305, %373, %240) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %375 = "stablehlo.multiply"(%372, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %376 = "stablehlo.add"(%374, %375) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %377 = "stablehlo.select"(%304, %239, %238) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %378 = "stablehlo.multiply"(%376, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %379 = "stablehlo.add"(%377, %378) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %380 = "stablehlo.select"(%305, %379, %376) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %381 = "stablehlo.select"(%304, %237, %236) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %382 = "stablehlo.multiply"(%380, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %383 = "stablehlo.add"(%381, %382) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %384 = "stablehlo.select"(%305, %383, %380) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %385 = "stablehlo.multiply"(%384, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %386 = "stablehlo.add"(%235, %385) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %387 = "stablehlo.select"(%304, %386, %384) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %388 = "stablehlo.multiply"(%387, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %389 = "stablehlo.add"(%234, %388) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %390 = "stablehlo.select"(%304, %389, %387) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %391 = "stablehlo.multiply"(%390, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %392 = "stablehlo.add"(%233, %391) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %393 = "stablehlo.select"(%304, %392, %390) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %394 = "stablehlo.multiply"(%393, %310) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %395 = "stablehlo.add"(%232, %394) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %396 = "stablehlo.select"(%304, %395, %393) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %397 = "stablehlo.multiply"(%396, %299) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %398 = "stablehlo.abs"(%299) : (tensor<4xf64>) -> tensor<4xf64>
    %399 = "stablehlo.compare"(%398, %231) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %400 = "stablehlo.multiply"(%299, %230) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %401 = "stablehlo.select"(%399, %400, %397) : (tensor<4xi1>, tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    %402 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<4xf64>
    %403 = "stablehlo.multiply"(%402, %401) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
    "func.return"(%403) : (tensor<4xf64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<4xf64>, sym_name = "_uniform", sym_visibility = "private"}> ({
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
    %212 = "stablehlo.convert"(%210#1) : (tensor<4xui32>) -> tensor<4xui64>
    %213 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %214 = "stablehlo.shift_left"(%211, %213) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %215 = "stablehlo.or"(%214, %212) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
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
