"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<i32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg13: tensor<i32>):
    %359 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %360 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %361 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %362 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %363 = "stablehlo.shift_right_logical"(%arg13, %362) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %364 = "stablehlo.convert"(%363) : (tensor<i32>) -> tensor<ui32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %366 = "stablehlo.and"(%arg13, %361) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %367 = "stablehlo.convert"(%366) : (tensor<i32>) -> tensor<ui32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %369 = "stablehlo.concatenate"(%365, %368) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %370 = "func.call"(%369, %360, %359) <{callee = @_truncated_normal}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%370) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, sym_name = "_truncated_normal", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<2xui32>, %arg11: tensor<f32>, %arg12: tensor<f32>):
    %230 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %231 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %232 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %233 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %234 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %235 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<5xf32>}> : () -> tensor<5xf32>
    %237 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %238 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<5xf32>}> : () -> tensor<5xf32>
    %239 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<5xf32>}> : () -> tensor<5xf32>
    %240 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<5xf32>}> : () -> tensor<5xf32>
    %241 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<5xf32>}> : () -> tensor<5xf32>
    %242 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<5xf32>}> : () -> tensor<5xf32>
    %243 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<5xf32>}> : () -> tensor<5xf32>
    %244 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<5xf32>}> : () -> tensor<5xf32>
    %245 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<5xf32>}> : () -> tensor<5xf32>
    %246 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<5xf32>}> : () -> tensor<5xf32>
    %247 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %248 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<5xf32>}> : () -> tensor<5xf32>
    %249 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<5xf32>}> : () -> tensor<5xf32>
    %250 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<5xf32>}> : () -> tensor<5xf32>
    %251 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<5xf32>}> : () -> tensor<5xf32>
    %252 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %253 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<5xf32>}> : () -> tensor<5xf32>
    %254 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<5xf32>}> : () -> tensor<5xf32>
    %255 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<5xf32>}> : () -> tensor<5xf32>
    %256 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %257 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %258 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<5xf32>}> : () -> tensor<5xf32>
    %259 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %260 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %261 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.convert"(%arg11) : (tensor<f32>) -> tensor<f32>
    %263 = "stablehlo.convert"(%arg12) : (tensor<f32>) -> tensor<f32>
    %264 = "stablehlo.divide"(%262, %261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %265 = "stablehlo.custom_call"(%264) <{call_target_name = "mhlo.erf"}> {mhlo.attributes = {}, mhlo.version = 1 : i64} : (tensor<f32>) -> tensor<f32>
    %266 = "stablehlo.divide"(%263, %261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %267 = "stablehlo.custom_call"(%266) <{call_target_name = "mhlo.erf"}> {mhlo.attributes = {}, mhlo.version = 1 : i64} : (tensor<f32>) -> tensor<f32>
    %268 = "func.call"(%arg10, %265, %267) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    %269 = "stablehlo.negate"(%268) : (tensor<5xf32>) -> tensor<5xf32>
    %270 = "stablehlo.multiply"(%268, %269) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %271 = "stablehlo.log_plus_one"(%270) : (tensor<5xf32>) -> tensor<5xf32>
    %272 = "stablehlo.negate"(%271) : (tensor<5xf32>) -> tensor<5xf32>
    %273 = "stablehlo.compare"(%272, %258) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %274 = "stablehlo.subtract"(%272, %257) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %275 = "stablehlo.sqrt"(%272) : (tensor<5xf32>) -> tensor<5xf32>
    %276 = "stablehlo.subtract"(%275, %256) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %277 = "stablehlo.select"(%273, %274, %276) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %278 = "stablehlo.select"(%273, %255, %254) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %279 = "stablehlo.select"(%273, %253, %252) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %280 = "stablehlo.multiply"(%278, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %281 = "stablehlo.add"(%279, %280) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %282 = "stablehlo.select"(%273, %251, %250) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %283 = "stablehlo.multiply"(%281, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %284 = "stablehlo.add"(%282, %283) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %285 = "stablehlo.select"(%273, %249, %248) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %286 = "stablehlo.multiply"(%284, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %287 = "stablehlo.add"(%285, %286) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %288 = "stablehlo.select"(%273, %247, %246) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %289 = "stablehlo.multiply"(%287, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %290 = "stablehlo.add"(%288, %289) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %291 = "stablehlo.select"(%273, %245, %244) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %292 = "stablehlo.multiply"(%290, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %293 = "stablehlo.add"(%291, %292) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %294 = "stablehlo.select"(%273, %243, %242) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %295 = "stablehlo.multiply"(%293, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %296 = "stablehlo.add"(%294, %295) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %297 = "stablehlo.select"(%273, %241, %240) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %298 = "stablehlo.multiply"(%296, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %299 = "stablehlo.add"(%297, %298) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %300 = "stablehlo.select"(%273, %239, %238) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %301 = "stablehlo.multiply"(%299, %277) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %302 = "stablehlo.add"(%300, %301) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %303 = "stablehlo.multiply"(%302, %268) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %304 = "stablehlo.abs"(%268) : (tensor<5xf32>) -> tensor<5xf32>
    %305 = "stablehlo.compare"(%304, %237) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %306 = "stablehlo.multiply"(%268, %236) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %307 = "stablehlo.select"(%305, %306, %303) : (tensor<5xi1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %308 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %309 = "stablehlo.multiply"(%308, %307) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %310 = "stablehlo.bitcast_convert"(%262) : (tensor<f32>) -> tensor<i32>
    %311 = "stablehlo.bitcast_convert"(%260) : (tensor<f32>) -> tensor<i32>
    %312 = "stablehlo.compare"(%262, %262) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %313 = "stablehlo.compare"(%260, %260) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %314 = "stablehlo.or"(%312, %313) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %315 = "stablehlo.bitcast_convert"(%235) : (tensor<f32>) -> tensor<i32>
    %316 = "stablehlo.and"(%310, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %317 = "stablehlo.and"(%311, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %318 = "stablehlo.compare"(%262, %260) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %319 = "stablehlo.compare"(%316, %232) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %320 = "stablehlo.compare"(%317, %232) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %321 = "stablehlo.and"(%310, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %322 = "stablehlo.and"(%311, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %323 = "stablehlo.or"(%322, %231) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %324 = "stablehlo.compare"(%321, %322) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %325 = "stablehlo.compare"(%316, %317) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %326 = "stablehlo.or"(%325, %324) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %327 = "stablehlo.select"(%326, %230, %231) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %328 = "stablehlo.add"(%310, %327) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %329 = "stablehlo.select"(%320, %311, %323) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %330 = "stablehlo.select"(%319, %329, %328) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %331 = "stablehlo.select"(%318, %311, %330) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %332 = "stablehlo.select"(%314, %315, %331) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %333 = "stablehlo.bitcast_convert"(%332) : (tensor<i32>) -> tensor<f32>
    %334 = "stablehlo.bitcast_convert"(%263) : (tensor<f32>) -> tensor<i32>
    %335 = "stablehlo.bitcast_convert"(%259) : (tensor<f32>) -> tensor<i32>
    %336 = "stablehlo.compare"(%263, %263) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %337 = "stablehlo.compare"(%259, %259) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %338 = "stablehlo.or"(%336, %337) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %339 = "stablehlo.bitcast_convert"(%235) : (tensor<f32>) -> tensor<i32>
    %340 = "stablehlo.and"(%334, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %341 = "stablehlo.and"(%335, %233) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %342 = "stablehlo.compare"(%263, %259) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %343 = "stablehlo.compare"(%340, %232) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %344 = "stablehlo.compare"(%341, %232) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %345 = "stablehlo.and"(%334, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %346 = "stablehlo.and"(%335, %234) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %347 = "stablehlo.or"(%346, %231) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %348 = "stablehlo.compare"(%345, %346) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %349 = "stablehlo.compare"(%340, %341) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %350 = "stablehlo.or"(%349, %348) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %351 = "stablehlo.select"(%350, %230, %231) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %352 = "stablehlo.add"(%334, %351) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %353 = "stablehlo.select"(%344, %335, %347) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %354 = "stablehlo.select"(%343, %353, %352) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %355 = "stablehlo.select"(%342, %335, %354) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %356 = "stablehlo.select"(%338, %339, %355) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %357 = "stablehlo.bitcast_convert"(%356) : (tensor<i32>) -> tensor<f32>
    %358 = "func.call"(%309, %333, %357) <{callee = @clip}> : (tensor<5xf32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>
    "func.return"(%358) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
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
  "func.func"() <{function_type = (tensor<5xf32>, tensor<f32>, tensor<f32>) -> tensor<5xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<5xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %1 = "stablehlo.maximum"(%0, %arg0) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %2 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %3 = "stablehlo.minimum"(%2, %1) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%3) : (tensor<5xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
