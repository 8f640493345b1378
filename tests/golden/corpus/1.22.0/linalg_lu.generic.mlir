"builtin.module"() <{sym_name = "jit_lu"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg33: tensor<4x4xf32>):
    %230:3 = "func.call"(%arg33) <{callee = @lu}> : (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>)
    "func.return"(%230#0, %230#1, %230#2) : (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>), res_attrs = [{}, {}, {}], sym_name = "lu", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<4x4xf32>):
    %229:3 = "func.call"(%arg32) <{callee = @_lu}> : (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>)
    "func.return"(%229#0, %229#1, %229#2) : (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>), res_attrs = [{}, {}, {}], sym_name = "_lu", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<4x4xf32>):
    %31 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %36 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %38 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %39 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %40:5 = "stablehlo.while"(%36, %36, %38, %39, %arg7) ({
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<4xi32>, %arg30: tensor<4xi32>, %arg31: tensor<4x4xf32>):
      %228 = "stablehlo.compare"(%arg27, %34) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%228) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<4xi32>, %arg17: tensor<4xi32>, %arg18: tensor<4x4xf32>):
      %78 = "stablehlo.add"(%arg15, %33) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %79 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %80 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %81 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %82 = "stablehlo.compare"(%36, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %83 = "stablehlo.add"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %84 = "stablehlo.select"(%82, %83, %36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %85 = "stablehlo.compare"(%81, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %86 = "stablehlo.add"(%81, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %87 = "stablehlo.select"(%85, %86, %81) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %88 = "stablehlo.dynamic_slice"(%arg18, %84, %87) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %89 = "stablehlo.reshape"(%88) : (tensor<4x1xf32>) -> tensor<4xf32>
      %90 = "stablehlo.abs"(%89) : (tensor<4xf32>) -> tensor<4xf32>
      %91 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %93 = "stablehlo.compare"(%79, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %94 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %95 = "stablehlo.select"(%93, %90, %94) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %96 = "func.call"(%95) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
      %97 = "stablehlo.compare"(%arg15, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %98 = "stablehlo.add"(%arg15, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %99 = "stablehlo.select"(%97, %98, %arg15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %100 = "stablehlo.convert"(%99) : (tensor<i32>) -> tensor<i32>
      %101 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %102 = "stablehlo.scatter"(%arg16, %101, %96) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg25: tensor<i32>, %arg26: tensor<i32>):
        "stablehlo.return"(%arg26) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %103 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %104 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %106 = "stablehlo.concatenate"(%103, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %107 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %108 = "stablehlo.compare"(%106, %107) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %109 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %110 = "stablehlo.add"(%106, %109) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %111 = "stablehlo.select"(%108, %110, %106) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %113 = "stablehlo.gather"(%arg18, %112) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %114 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %116 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %117 = "stablehlo.concatenate"(%115, %116) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %118 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %119 = "stablehlo.compare"(%117, %118) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %120 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %121 = "stablehlo.add"(%117, %120) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %122 = "stablehlo.select"(%119, %121, %117) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %124 = "stablehlo.scatter"(%arg18, %123, %113) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg23: tensor<f32>, %arg24: tensor<f32>):
        "stablehlo.return"(%arg24) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %125 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %127 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %128 = "stablehlo.concatenate"(%126, %127) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %129 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %130 = "stablehlo.compare"(%128, %129) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %131 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %132 = "stablehlo.add"(%128, %131) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %133 = "stablehlo.select"(%130, %132, %128) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %135 = "stablehlo.gather"(%arg17, %134) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %136 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %137 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %139 = "stablehlo.concatenate"(%136, %138) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %140 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %141 = "stablehlo.compare"(%139, %140) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %142 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %143 = "stablehlo.add"(%139, %142) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %144 = "stablehlo.select"(%141, %143, %139) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %146 = "stablehlo.scatter"(%arg17, %145, %135) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg21: tensor<i32>, %arg22: tensor<i32>):
        "stablehlo.return"(%arg22) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %147 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %148 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %149 = "stablehlo.compare"(%147, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %150 = "stablehlo.add"(%147, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %151 = "stablehlo.select"(%149, %150, %147) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %152 = "stablehlo.compare"(%148, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %153 = "stablehlo.add"(%148, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %154 = "stablehlo.select"(%152, %153, %148) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %155 = "stablehlo.dynamic_slice"(%124, %151, %154) <{slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %156 = "stablehlo.reshape"(%155) : (tensor<1x1xf32>) -> tensor<f32>
      %157 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %159 = "stablehlo.compare"(%79, %158) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %160 = "stablehlo.compare"(%156, %31) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
      %162 = "stablehlo.and"(%159, %161) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %163 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %164 = "stablehlo.compare"(%36, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %165 = "stablehlo.add"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %166 = "stablehlo.select"(%164, %165, %36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %167 = "stablehlo.compare"(%163, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %168 = "stablehlo.add"(%163, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %169 = "stablehlo.select"(%167, %168, %163) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %170 = "stablehlo.dynamic_slice"(%124, %166, %169) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %171 = "stablehlo.reshape"(%170) : (tensor<4x1xf32>) -> tensor<4xf32>
      %172 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %173 = "stablehlo.divide"(%171, %172) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %174 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %175 = "stablehlo.compare"(%36, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %176 = "stablehlo.add"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %177 = "stablehlo.select"(%175, %176, %36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %178 = "stablehlo.compare"(%174, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %179 = "stablehlo.add"(%174, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %180 = "stablehlo.select"(%178, %179, %174) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %181 = "stablehlo.dynamic_slice"(%124, %177, %180) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %182 = "stablehlo.reshape"(%181) : (tensor<4x1xf32>) -> tensor<4xf32>
      %183 = "stablehlo.select"(%162, %173, %182) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %184 = "stablehlo.compare"(%arg15, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %185 = "stablehlo.add"(%arg15, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %186 = "stablehlo.select"(%184, %185, %arg15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %187 = "stablehlo.convert"(%186) : (tensor<i32>) -> tensor<i32>
      %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %189 = "stablehlo.scatter"(%124, %188, %183) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg19: tensor<f32>, %arg20: tensor<f32>):
        "stablehlo.return"(%arg20) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %190 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %191 = "stablehlo.compare"(%36, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %192 = "stablehlo.add"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %193 = "stablehlo.select"(%191, %192, %36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %194 = "stablehlo.compare"(%190, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %195 = "stablehlo.add"(%190, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %196 = "stablehlo.select"(%194, %195, %190) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %197 = "stablehlo.dynamic_slice"(%189, %193, %196) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %198 = "stablehlo.reshape"(%197) : (tensor<4x1xf32>) -> tensor<4xf32>
      %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
      %200 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %201 = "stablehlo.compare"(%200, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %202 = "stablehlo.add"(%200, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %203 = "stablehlo.select"(%201, %202, %200) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %204 = "stablehlo.compare"(%36, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %205 = "stablehlo.add"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %206 = "stablehlo.select"(%204, %205, %36) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %207 = "stablehlo.dynamic_slice"(%189, %203, %206) <{slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %208 = "stablehlo.reshape"(%207) : (tensor<1x4xf32>) -> tensor<4xf32>
      %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
      %210 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %211 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %212 = "stablehlo.multiply"(%210, %211) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %213 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
      %214 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %215 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x1xi32>
      %216 = "stablehlo.compare"(%213, %215) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %217 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
      %218 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
      %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
      %220 = "stablehlo.compare"(%217, %219) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %221 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %222 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %223 = "stablehlo.and"(%221, %222) : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
      %224 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
      %225 = "stablehlo.select"(%223, %212, %224) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %226 = "stablehlo.subtract"(%189, %225) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %227 = "stablehlo.add"(%arg14, %33) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%227, %78, %102, %146, %226) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
    %41 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %42 = "stablehlo.add"(%40#3, %41) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %43 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %44 = "stablehlo.compare"(%42, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %45 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %46 = "stablehlo.add"(%42, %45) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %47 = "stablehlo.select"(%44, %46, %42) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %49 = "stablehlo.gather"(%37, %48) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<4x1xi32>) -> tensor<4xi32>
    %50 = "stablehlo.scatter"(%37, %35, %49) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg12: tensor<i32>, %arg13: tensor<i32>):
      "stablehlo.return"(%arg13) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %51 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %52 = "stablehlo.add"(%40#3, %51) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %53 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %54 = "stablehlo.compare"(%52, %53) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %55 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %56 = "stablehlo.add"(%52, %55) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %57 = "stablehlo.select"(%54, %56, %52) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %59 = "stablehlo.gather"(%arg7, %58) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %60 = "stablehlo.scatter"(%arg7, %35, %59) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      "stablehlo.return"(%arg11) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %61 = "stablehlo.scatter"(%60, %35, %40#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      "stablehlo.return"(%arg9) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %62 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %63 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %65 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>) -> tensor<4x4xi32>
    %66 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi32>) -> tensor<4x4xi32>
    %67 = "stablehlo.compare"(%65, %66) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %68 = "stablehlo.convert"(%67) : (tensor<4x4xi1>) -> tensor<4x4xf32>
    %69 = "func.call"(%61) <{callee = @tril}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %70 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %71 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %72 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %73 = "stablehlo.add"(%70, %72) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %74 = "stablehlo.compare"(%73, %71) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %75 = "stablehlo.convert"(%74) : (tensor<4x4xi1>) -> tensor<4x4xf32>
    %76 = "stablehlo.add"(%69, %75) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %77 = "func.call"(%61) <{callee = @triu}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%68, %76, %77) : (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<4xf32>):
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %21:2 = "stablehlo.reduce"(%arg2, %20, %19, %18) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<i32>, %arg5: tensor<f32>, %arg6: tensor<i32>):
      %22 = "stablehlo.compare"(%arg3, %arg5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %23 = "stablehlo.compare"(%arg3, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = "stablehlo.or"(%22, %23) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %25 = "stablehlo.compare"(%arg3, %arg5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %27 = "stablehlo.and"(%25, %26) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %28 = "stablehlo.or"(%24, %27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %29 = "stablehlo.select"(%24, %arg3, %arg5) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %30 = "stablehlo.select"(%28, %arg4, %arg6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%29, %30) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%21#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x4xf32>):
    %9 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %11 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %12 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %13 = "stablehlo.add"(%11, %12) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %14 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %15 = "stablehlo.compare"(%13, %14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %16 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %17 = "stablehlo.select"(%15, %arg1, %16) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%17) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "triu", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x4xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %3 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %4 = "stablehlo.add"(%2, %3) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %5 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %6 = "stablehlo.compare"(%4, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %7 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %8 = "stablehlo.select"(%6, %7, %arg0) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%8) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
