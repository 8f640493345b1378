"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<4x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<i32>):
    %356 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %357 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %358 = "stablehlo.shift_right_logical"(%arg9, %357) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %359 = "stablehlo.convert"(%358) : (tensor<i32>) -> tensor<ui32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %361 = "stablehlo.and"(%arg9, %356) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %362 = "stablehlo.convert"(%361) : (tensor<i32>) -> tensor<ui32>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %364 = "stablehlo.concatenate"(%360, %363) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %365 = "func.call"(%364) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x3xf32>
    "func.return"(%365) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x3xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<2xui32>):
    %355 = "func.call"(%arg8) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x3xf32>
    "func.return"(%355) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x3xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2xui32>):
    %231 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %232 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %233 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.constant"() <{value = dense<-1.19642737E-5> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<9.39520248E-8> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<5.37958113E-5> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.constant"() <{value = dense<8.1217145E-8> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.constant"() <{value = dense<-5.21765432E-5> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<-5.30976786E-6> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<-2.16608154E-4> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.constant"() <{value = dense<1.5402964E-5> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.constant"() <{value = dense<0.00115094346> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.constant"() <{value = dense<2.01806368E-4> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.constant"() <{value = dense<-0.0034470004> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.constant"() <{value = dense<-0.00190193101> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.constant"() <{value = dense<0.00684198458> : tensor<f32>}> : () -> tensor<f32>
    %248 = "stablehlo.constant"() <{value = dense<-6.19600236E-4> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.constant"() <{value = dense<0.00266256672> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.constant"() <{value = dense<0.250421584> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.constant"() <{value = dense<-0.167197958> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.constant"() <{value = dense<1.31467748> : tensor<f32>}> : () -> tensor<f32>
    %253 = "stablehlo.constant"() <{value = dense<1.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %254 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %255 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %256 = "stablehlo.constant"() <{value = dense<3.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %258 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %259 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %260 = "func.call"(%arg7, %258, %259) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x3xf32>
    %261 = "stablehlo.abs"(%260) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %262 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %263 = "stablehlo.compare"(%261, %262) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
    %264 = "stablehlo.compare"(%260, %260) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
    %265 = "stablehlo.or"(%263, %264) : (tensor<4x3xi1>, tensor<4x3xi1>) -> tensor<4x3xi1>
    %266 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %267 = "stablehlo.compare"(%261, %266) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
    %268 = "stablehlo.or"(%265, %267) : (tensor<4x3xi1>, tensor<4x3xi1>) -> tensor<4x3xi1>
    %269 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %270 = "stablehlo.select"(%268, %269, %260) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %271 = "stablehlo.abs"(%270) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %272 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %273 = "stablehlo.subtract"(%272, %271) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %274 = "stablehlo.abs"(%270) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %275 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %276 = "stablehlo.add"(%275, %274) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %277 = "stablehlo.multiply"(%273, %276) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %278 = "stablehlo.log"(%277) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %279 = "stablehlo.negate"(%278) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %280 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %281 = "stablehlo.compare"(%279, %280) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
    %282 = "stablehlo.not"(%281) : (tensor<4x3xi1>) -> tensor<4x3xi1>
    %283 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %284 = "stablehlo.select"(%281, %283, %279) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %285 = "stablehlo.sqrt"(%284) : (tensor<4x3xf32>) -> tensor<4x3xf32>
    %286 = "stablehlo.bitcast_convert"(%285) : (tensor<4x3xf32>) -> tensor<4x3xi32>
    %287 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x3xi32>
    %288 = "stablehlo.and"(%286, %287) : (tensor<4x3xi32>, tensor<4x3xi32>) -> tensor<4x3xi32>
    %289 = "stablehlo.bitcast_convert"(%288) : (tensor<4x3xi32>) -> tensor<4x3xf32>
    %290 = "stablehlo.multiply"(%289, %289) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %291 = "stablehlo.subtract"(%284, %290) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %292 = "stablehlo.add"(%285, %289) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %293 = "stablehlo.divide"(%291, %292) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %294 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %295 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %296 = "stablehlo.subtract"(%279, %295) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %297 = "stablehlo.subtract"(%285, %294) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %298 = "stablehlo.select"(%281, %296, %297) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %299 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %300 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %301 = "stablehlo.select"(%282, %300, %299) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %302 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %303 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %304 = "stablehlo.select"(%282, %303, %302) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %305 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %306 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %307 = "stablehlo.select"(%282, %306, %305) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %308 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %309 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %310 = "stablehlo.select"(%282, %309, %308) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %311 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %312 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %313 = "stablehlo.select"(%282, %312, %311) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %314 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %315 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %316 = "stablehlo.select"(%282, %315, %314) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %317 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %318 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %319 = "stablehlo.select"(%282, %318, %317) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %320 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %321 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %322 = "stablehlo.select"(%282, %321, %320) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %323 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %324 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %325 = "stablehlo.select"(%282, %324, %323) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %326 = "stablehlo.fma"(%325, %298, %322) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %327 = "stablehlo.fma"(%326, %298, %319) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %328 = "stablehlo.fma"(%327, %298, %316) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %329 = "stablehlo.fma"(%328, %298, %313) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %330 = "stablehlo.fma"(%329, %298, %310) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %331 = "stablehlo.fma"(%330, %298, %307) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %332 = "stablehlo.fma"(%331, %298, %304) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %333 = "stablehlo.fma"(%332, %298, %301) : (tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %334 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %335 = "stablehlo.multiply"(%334, %293) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %336 = "stablehlo.add"(%335, %333) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %337 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %338 = "stablehlo.multiply"(%337, %289) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %339 = "stablehlo.add"(%338, %336) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %340 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %341 = "stablehlo.compare"(%270, %340) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
    %342 = "stablehlo.broadcast_in_dim"(%234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %343 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %344 = "stablehlo.select"(%341, %342, %343) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %345 = "stablehlo.multiply"(%270, %333) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %346 = "stablehlo.multiply"(%344, %339) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %347 = "stablehlo.select"(%281, %345, %346) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %348 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %349 = "stablehlo.broadcast_in_dim"(%232) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %350 = "stablehlo.multiply"(%260, %349) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %351 = "stablehlo.select"(%267, %350, %347) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %352 = "stablehlo.select"(%265, %348, %351) : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %353 = "stablehlo.broadcast_in_dim"(%231) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %354 = "stablehlo.multiply"(%353, %352) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%354) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x3xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2xui32>, %arg5: tensor<f32>, %arg6: tensor<f32>):
    %192 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %194 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %195 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %196 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %197 = "stablehlo.constant"() <{value = dense<3> : tensor<ui64>}> : () -> tensor<ui64>
    %198 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %199 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %200 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %201 = "stablehlo.reshape"(%200) : (tensor<1xui32>) -> tensor<ui32>
    %202 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %203 = "stablehlo.reshape"(%202) : (tensor<1xui32>) -> tensor<ui32>
    %204 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x3xui64>
    %205 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x3xui64>
    %206 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x3xui64>
    %207 = "stablehlo.multiply"(%206, %204) : (tensor<4x3xui64>, tensor<4x3xui64>) -> tensor<4x3xui64>
    %208 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x3xui64>
    %209 = "stablehlo.multiply"(%208, %205) : (tensor<4x3xui64>, tensor<4x3xui64>) -> tensor<4x3xui64>
    %210 = "stablehlo.add"(%207, %209) : (tensor<4x3xui64>, tensor<4x3xui64>) -> tensor<4x3xui64>
    %211 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x3xui64>
    %212 = "stablehlo.shift_right_logical"(%210, %211) : (tensor<4x3xui64>, tensor<4x3xui64>) -> tensor<4x3xui64>
    %213 = "stablehlo.convert"(%210) : (tensor<4x3xui64>) -> tensor<4x3xui32>
    %214 = "stablehlo.convert"(%212) : (tensor<4x3xui64>) -> tensor<4x3xui32>
    %215:2 = "func.call"(%201, %203, %214, %213) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x3xui32>, tensor<4x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>)
    %216 = "stablehlo.xor"(%215#0, %215#1) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %217 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %218 = "stablehlo.shift_right_logical"(%216, %217) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %219 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %220 = "stablehlo.or"(%218, %219) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %221 = "stablehlo.bitcast_convert"(%220) : (tensor<4x3xui32>) -> tensor<4x3xf32>
    %222 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x3xf32>
    %223 = "stablehlo.subtract"(%221, %222) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %224 = "stablehlo.subtract"(%199, %198) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x3xf32>
    %226 = "stablehlo.multiply"(%223, %225) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %227 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x3xf32>
    %228 = "stablehlo.add"(%226, %227) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    %229 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x3xf32>
    %230 = "stablehlo.maximum"(%229, %228) : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
    "func.return"(%230) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x3xui32>, tensor<4x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<4x3xui32>, %arg3: tensor<4x3xui32>):
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
    %18 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %19 = "stablehlo.add"(%arg2, %18) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %20 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %21 = "stablehlo.add"(%arg3, %20) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %23 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %24 = "stablehlo.shift_left"(%21, %23) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %25 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %26 = "stablehlo.shift_right_logical"(%21, %25) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %27 = "stablehlo.or"(%24, %26) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %28 = "stablehlo.xor"(%22, %27) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %30 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %31 = "stablehlo.shift_left"(%28, %30) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %32 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %33 = "stablehlo.shift_right_logical"(%28, %32) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %34 = "stablehlo.or"(%31, %33) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %35 = "stablehlo.xor"(%29, %34) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %36 = "stablehlo.add"(%29, %35) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %37 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %38 = "stablehlo.shift_left"(%35, %37) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %39 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %40 = "stablehlo.shift_right_logical"(%35, %39) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %41 = "stablehlo.or"(%38, %40) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %42 = "stablehlo.xor"(%36, %41) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %43 = "stablehlo.add"(%36, %42) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %44 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %45 = "stablehlo.shift_left"(%42, %44) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %46 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %47 = "stablehlo.shift_right_logical"(%42, %46) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %48 = "stablehlo.or"(%45, %47) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %49 = "stablehlo.xor"(%43, %48) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %51 = "stablehlo.add"(%43, %50) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %52 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %54 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %56 = "stablehlo.add"(%51, %55) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %57 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %59 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %64 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %66 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %73 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %77 = "stablehlo.add"(%70, %76) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %78 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %79 = "stablehlo.shift_left"(%76, %78) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %80 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %81 = "stablehlo.shift_right_logical"(%76, %80) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %82 = "stablehlo.or"(%79, %81) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %83 = "stablehlo.xor"(%77, %82) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %84 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %85 = "stablehlo.add"(%77, %84) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %88 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %90 = "stablehlo.add"(%85, %89) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %91 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %93 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %98 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %99 = "stablehlo.shift_left"(%96, %98) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %100 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %101 = "stablehlo.shift_right_logical"(%96, %100) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %102 = "stablehlo.or"(%99, %101) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %103 = "stablehlo.xor"(%97, %102) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %105 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %106 = "stablehlo.shift_left"(%103, %105) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %107 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %108 = "stablehlo.shift_right_logical"(%103, %107) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %110 = "stablehlo.xor"(%104, %109) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %112 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %113 = "stablehlo.shift_left"(%110, %112) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %114 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %115 = "stablehlo.shift_right_logical"(%110, %114) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %117 = "stablehlo.xor"(%111, %116) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %118 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %119 = "stablehlo.add"(%111, %118) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %121 = "stablehlo.add"(%117, %120) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %122 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %124 = "stablehlo.add"(%119, %123) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %125 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %127 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %131 = "stablehlo.add"(%124, %130) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %132 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %133 = "stablehlo.shift_left"(%130, %132) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %134 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %135 = "stablehlo.shift_right_logical"(%130, %134) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %136 = "stablehlo.or"(%133, %135) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %137 = "stablehlo.xor"(%131, %136) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %138 = "stablehlo.add"(%131, %137) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %139 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %140 = "stablehlo.shift_left"(%137, %139) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %141 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %142 = "stablehlo.shift_right_logical"(%137, %141) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %143 = "stablehlo.or"(%140, %142) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %144 = "stablehlo.xor"(%138, %143) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %145 = "stablehlo.add"(%138, %144) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %146 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %148 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %152 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %153 = "stablehlo.add"(%145, %152) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %154 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %155 = "stablehlo.add"(%151, %154) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %156 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %157 = "stablehlo.add"(%155, %156) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %159 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %161 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %166 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %167 = "stablehlo.shift_left"(%164, %166) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %168 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %169 = "stablehlo.shift_right_logical"(%164, %168) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %170 = "stablehlo.or"(%167, %169) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %171 = "stablehlo.xor"(%165, %170) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %172 = "stablehlo.add"(%165, %171) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %173 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %174 = "stablehlo.shift_left"(%171, %173) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %175 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %176 = "stablehlo.shift_right_logical"(%171, %175) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %177 = "stablehlo.or"(%174, %176) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %178 = "stablehlo.xor"(%172, %177) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %179 = "stablehlo.add"(%172, %178) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %180 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %181 = "stablehlo.shift_left"(%178, %180) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %182 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %183 = "stablehlo.shift_right_logical"(%178, %182) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %184 = "stablehlo.or"(%181, %183) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %185 = "stablehlo.xor"(%179, %184) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %186 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %187 = "stablehlo.add"(%179, %186) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %189 = "stablehlo.add"(%185, %188) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %190 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %191 = "stablehlo.add"(%189, %190) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    "func.return"(%187, %191) : (tensor<4x3xui32>, tensor<4x3xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
