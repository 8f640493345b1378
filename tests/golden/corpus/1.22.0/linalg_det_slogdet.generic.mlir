"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>, tensor<f32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1].sign"}, {jax.result_info = "result[1].logabsdet"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg47: tensor<4x4xf32>):
    %261 = "func.call"(%arg47) <{callee = @det}> : (tensor<4x4xf32>) -> tensor<f32>
    %262:2 = "func.call"(%arg47) <{callee = @slogdet}> : (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>)
    "func.return"(%261, %262#0, %262#1) : (tensor<f32>, tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<f32>, res_attrs = [{}], sym_name = "det", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<4x4xf32>):
    %258:2 = "func.call"(%arg46) <{callee = @slogdet}> : (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>)
    %259 = "stablehlo.exponential"(%258#1) : (tensor<f32>) -> tensor<f32>
    %260 = "stablehlo.multiply"(%258#0, %259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%260) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>), res_attrs = [{}, {}], sym_name = "slogdet", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<4x4xf32>):
    %56 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.constant"() <{value = dense<-2> : tensor<i32>}> : () -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %60 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %64 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %65 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %67 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %68 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %69:5 = "stablehlo.while"(%65, %65, %67, %68, %arg17) ({
    ^bb0(%arg41: tensor<i32>, %arg42: tensor<i32>, %arg43: tensor<4xi32>, %arg44: tensor<4xi32>, %arg45: tensor<4x4xf32>):
      %257 = "stablehlo.compare"(%arg41, %63) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%257) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg28: tensor<i32>, %arg29: tensor<i32>, %arg30: tensor<4xi32>, %arg31: tensor<4xi32>, %arg32: tensor<4x4xf32>):
      %107 = "stablehlo.add"(%arg29, %62) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %108 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %109 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %110 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %111 = "stablehlo.compare"(%65, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %112 = "stablehlo.add"(%65, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %113 = "stablehlo.select"(%111, %112, %65) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %114 = "stablehlo.compare"(%110, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %115 = "stablehlo.add"(%110, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %116 = "stablehlo.select"(%114, %115, %110) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %117 = "stablehlo.dynamic_slice"(%arg32, %113, %116) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %118 = "stablehlo.reshape"(%117) : (tensor<4x1xf32>) -> tensor<4xf32>
      %119 = "stablehlo.abs"(%118) : (tensor<4xf32>) -> tensor<4xf32>
      %120 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %122 = "stablehlo.compare"(%108, %121) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %123 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %124 = "stablehlo.select"(%122, %119, %123) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %125 = "func.call"(%124) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
      %126 = "stablehlo.compare"(%arg29, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %127 = "stablehlo.add"(%arg29, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %128 = "stablehlo.select"(%126, %127, %arg29) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %129 = "stablehlo.convert"(%128) : (tensor<i32>) -> tensor<i32>
      %130 = "stablehlo.broadcast_in_dim"(%129) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %131 = "stablehlo.scatter"(%arg30, %130, %125) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg39: tensor<i32>, %arg40: tensor<i32>):
        "stablehlo.return"(%arg40) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %132 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %133 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %135 = "stablehlo.concatenate"(%132, %134) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %136 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %137 = "stablehlo.compare"(%135, %136) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %138 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %139 = "stablehlo.add"(%135, %138) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %140 = "stablehlo.select"(%137, %139, %135) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %142 = "stablehlo.gather"(%arg32, %141) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %143 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %145 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %146 = "stablehlo.concatenate"(%144, %145) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %147 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %148 = "stablehlo.compare"(%146, %147) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %149 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %150 = "stablehlo.add"(%146, %149) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %151 = "stablehlo.select"(%148, %150, %146) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %153 = "stablehlo.scatter"(%arg32, %152, %142) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
        "stablehlo.return"(%arg38) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %154 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %156 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %157 = "stablehlo.concatenate"(%155, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %158 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %159 = "stablehlo.compare"(%157, %158) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %160 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %161 = "stablehlo.add"(%157, %160) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %162 = "stablehlo.select"(%159, %161, %157) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %164 = "stablehlo.gather"(%arg31, %163) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %165 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %166 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %168 = "stablehlo.concatenate"(%165, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %169 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %170 = "stablehlo.compare"(%168, %169) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %171 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %172 = "stablehlo.add"(%168, %171) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %173 = "stablehlo.select"(%170, %172, %168) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %175 = "stablehlo.scatter"(%arg31, %174, %164) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg35: tensor<i32>, %arg36: tensor<i32>):
        "stablehlo.return"(%arg36) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %176 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %177 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %178 = "stablehlo.compare"(%176, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %179 = "stablehlo.add"(%176, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %180 = "stablehlo.select"(%178, %179, %176) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %181 = "stablehlo.compare"(%177, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %182 = "stablehlo.add"(%177, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %183 = "stablehlo.select"(%181, %182, %177) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %184 = "stablehlo.dynamic_slice"(%153, %180, %183) <{slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %185 = "stablehlo.reshape"(%184) : (tensor<1x1xf32>) -> tensor<f32>
      %186 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %187 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %188 = "stablehlo.compare"(%108, %187) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %189 = "stablehlo.compare"(%185, %60) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
      %191 = "stablehlo.and"(%188, %190) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %192 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %193 = "stablehlo.compare"(%65, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %194 = "stablehlo.add"(%65, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %195 = "stablehlo.select"(%193, %194, %65) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %196 = "stablehlo.compare"(%192, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %197 = "stablehlo.add"(%192, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %198 = "stablehlo.select"(%196, %197, %192) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %199 = "stablehlo.dynamic_slice"(%153, %195, %198) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %200 = "stablehlo.reshape"(%199) : (tensor<4x1xf32>) -> tensor<4xf32>
      %201 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %202 = "stablehlo.divide"(%200, %201) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %203 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %204 = "stablehlo.compare"(%65, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %205 = "stablehlo.add"(%65, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %206 = "stablehlo.select"(%204, %205, %65) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %207 = "stablehlo.compare"(%203, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %208 = "stablehlo.add"(%203, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %209 = "stablehlo.select"(%207, %208, %203) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %210 = "stablehlo.dynamic_slice"(%153, %206, %209) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %211 = "stablehlo.reshape"(%210) : (tensor<4x1xf32>) -> tensor<4xf32>
      %212 = "stablehlo.select"(%191, %202, %211) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %213 = "stablehlo.compare"(%arg29, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %214 = "stablehlo.add"(%arg29, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %215 = "stablehlo.select"(%213, %214, %arg29) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %216 = "stablehlo.convert"(%215) : (tensor<i32>) -> tensor<i32>
      %217 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %218 = "stablehlo.scatter"(%153, %217, %212) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg33: tensor<f32>, %arg34: tensor<f32>):
        "stablehlo.return"(%arg34) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %219 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %220 = "stablehlo.compare"(%65, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %221 = "stablehlo.add"(%65, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %222 = "stablehlo.select"(%220, %221, %65) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %223 = "stablehlo.compare"(%219, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %224 = "stablehlo.add"(%219, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %225 = "stablehlo.select"(%223, %224, %219) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %226 = "stablehlo.dynamic_slice"(%218, %222, %225) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %227 = "stablehlo.reshape"(%226) : (tensor<4x1xf32>) -> tensor<4xf32>
      %228 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
      %229 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %230 = "stablehlo.compare"(%229, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %231 = "stablehlo.add"(%229, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %232 = "stablehlo.select"(%230, %231, %229) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %233 = "stablehlo.compare"(%65, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %234 = "stablehlo.add"(%65, %63) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %235 = "stablehlo.select"(%233, %234, %65) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %236 = "stablehlo.dynamic_slice"(%218, %232, %235) <{slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %237 = "stablehlo.reshape"(%236) : (tensor<1x4xf32>) -> tensor<4xf32>
      %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
      %239 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %240 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %241 = "stablehlo.multiply"(%239, %240) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %242 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
      %243 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x1xi32>
      %245 = "stablehlo.compare"(%242, %244) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %246 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
      %247 = "stablehlo.convert"(%arg29) : (tensor<i32>) -> tensor<i32>
      %248 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
      %249 = "stablehlo.compare"(%246, %248) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %250 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %251 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %252 = "stablehlo.and"(%250, %251) : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
      %253 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
      %254 = "stablehlo.select"(%252, %241, %253) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %255 = "stablehlo.subtract"(%218, %254) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %256 = "stablehlo.add"(%arg28, %62) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%256, %107, %131, %175, %255) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
    %70 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %71 = "stablehlo.add"(%69#2, %70) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %72 = "stablehlo.scatter"(%66, %64, %71) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg26: tensor<i32>, %arg27: tensor<i32>):
      "stablehlo.return"(%arg27) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %73 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %74 = "stablehlo.add"(%69#3, %73) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %75 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %76 = "stablehlo.compare"(%74, %75) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %77 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %78 = "stablehlo.add"(%74, %77) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %79 = "stablehlo.select"(%76, %78, %74) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %81 = "stablehlo.gather"(%arg17, %80) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %82 = "stablehlo.scatter"(%arg17, %64, %81) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg24: tensor<f32>, %arg25: tensor<f32>):
      "stablehlo.return"(%arg25) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %83 = "stablehlo.scatter"(%82, %64, %69#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      "stablehlo.return"(%arg23) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %84 = "func.call"(%83) <{callee = @diagonal}> : (tensor<4x4xf32>) -> tensor<4xf32>
    %85 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %86 = "stablehlo.compare"(%84, %85) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %87 = "stablehlo.reduce"(%86, %59) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg20: tensor<i1>, %arg21: tensor<i1>):
      %106 = "stablehlo.or"(%arg20, %arg21) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%106) : (tensor<i1>) -> ()
    }) : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
    %88 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %89 = "stablehlo.compare"(%72, %88) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %90 = "func.call"(%89) <{callee = @count_nonzero}> : (tensor<4xi1>) -> tensor<i32>
    %91 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %92 = "stablehlo.compare"(%84, %91) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %93 = "func.call"(%92) <{callee = @count_nonzero}> : (tensor<4xi1>) -> tensor<i32>
    %94 = "stablehlo.add"(%90, %93) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %95 = "func.call"(%94, %58) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %96 = "stablehlo.multiply"(%57, %95) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.add"(%96, %62) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %98 = "stablehlo.convert"(%97) : (tensor<i32>) -> tensor<f32>
    %99 = "stablehlo.multiply"(%56, %98) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %100 = "func.call"(%87, %60, %99) <{callee = @_where_0}> : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %101 = "stablehlo.abs"(%84) : (tensor<4xf32>) -> tensor<4xf32>
    %102 = "stablehlo.log"(%101) : (tensor<4xf32>) -> tensor<4xf32>
    %103 = "stablehlo.reduce"(%102, %60) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>):
      %105 = "stablehlo.add"(%arg18, %arg19) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%105) : (tensor<f32>) -> ()
    }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %104 = "func.call"(%87, %61, %103) <{callee = @_where_0}> : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%100, %104) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<4xf32>):
    %43 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %46:2 = "stablehlo.reduce"(%arg12, %45, %44, %43) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<i32>, %arg15: tensor<f32>, %arg16: tensor<i32>):
      %47 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %48 = "stablehlo.compare"(%arg13, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %49 = "stablehlo.or"(%47, %48) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %50 = "stablehlo.compare"(%arg13, %arg15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %51 = "stablehlo.compare"(%arg14, %arg16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %52 = "stablehlo.and"(%50, %51) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %53 = "stablehlo.or"(%49, %52) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %54 = "stablehlo.select"(%49, %arg13, %arg15) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %55 = "stablehlo.select"(%53, %arg14, %arg16) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%54, %55) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%46#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "diagonal", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<4x4xf32>):
    %22 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.case"(%23) ({
      "stablehlo.return"(%24) : (tensor<i32>) -> ()
    }, {
      "stablehlo.return"(%24) : (tensor<i32>) -> ()
    }) : (tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.case"(%25) ({
      %27 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %28 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %29 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %30 = "stablehlo.compare"(%27, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %31 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %32 = "stablehlo.add"(%27, %31) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
      %33 = "stablehlo.select"(%30, %32, %27) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
      %34 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %35 = "stablehlo.compare"(%28, %34) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %36 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %37 = "stablehlo.add"(%28, %36) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
      %38 = "stablehlo.select"(%35, %37, %28) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
      %39 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
      %40 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
      %41 = "stablehlo.concatenate"(%39, %40) <{dimension = 1 : i64}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
      %42 = "stablehlo.gather"(%arg11, %41) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<4x2xi32>) -> tensor<4xf32>
      "stablehlo.return"(%42) : (tensor<4xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4xf32>
    "func.return"(%26) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4xi1>) -> tensor<i32>, res_attrs = [{}], sym_name = "count_nonzero", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<4xi1>):
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
    %18 = "stablehlo.compare"(%arg8, %17) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %19 = "stablehlo.convert"(%18) : (tensor<4xi1>) -> tensor<4xi32>
    %20 = "stablehlo.reduce"(%19, %15) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg9: tensor<i32>, %arg10: tensor<i32>):
      %21 = "stablehlo.add"(%arg9, %arg10) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%21) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<i32>) -> tensor<i32>
    "func.return"(%20) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<i32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.compare"(%4, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = "func.call"(%5, %2, %4) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.remainder"(%arg6, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %8 = "stablehlo.compare"(%7, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "stablehlo.compare"(%7, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = "stablehlo.compare"(%6, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %11 = "stablehlo.compare"(%9, %10) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %12 = "stablehlo.and"(%11, %8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %13 = "stablehlo.add"(%7, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.select"(%12, %13, %7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%14) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i1>, %arg4: tensor<i32>, %arg5: tensor<i32>):
    %1 = "stablehlo.select"(%arg3, %arg4, %arg5) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%0) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
