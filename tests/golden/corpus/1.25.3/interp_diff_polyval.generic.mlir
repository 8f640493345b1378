"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg39: tensor<6xf32>):
    %193 = "stablehlo.constant"() <{value = dense<[1.000000e+00, -2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %194 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %195 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %196 = "stablehlo.multiply"(%195, %195) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %197 = "func.call"(%arg39, %194, %196) <{callee = @_interp}> : (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>
    %198 = "func.call"(%arg39) <{callee = @diff}> : (tensor<6xf32>) -> tensor<5xf32>
    %199 = "func.call"(%193, %arg39) <{callee = @polyval}> : (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%197, %198, %199) : (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_interp", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<6xf32>, %arg37: tensor<4xf32>, %arg38: tensor<4xf32>):
    %71 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %72 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %78 = "func.call"(%arg37, %arg36) <{callee = @searchsorted}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    %79 = "func.call"(%78, %77, %76) <{callee = @clip}> : (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>
    %80 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %81 = "stablehlo.subtract"(%79, %80) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %82 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %83 = "stablehlo.compare"(%81, %82) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %84 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %85 = "stablehlo.add"(%81, %84) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %86 = "stablehlo.select"(%83, %85, %81) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %88 = "stablehlo.gather"(%arg38, %87) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %89 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %90 = "stablehlo.compare"(%79, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %91 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %92 = "stablehlo.add"(%79, %91) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %93 = "stablehlo.select"(%90, %92, %79) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %95 = "stablehlo.gather"(%arg38, %94) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %96 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %97 = "stablehlo.subtract"(%79, %96) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %98 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %99 = "stablehlo.compare"(%97, %98) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %100 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %101 = "stablehlo.add"(%97, %100) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %102 = "stablehlo.select"(%99, %101, %97) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %104 = "stablehlo.gather"(%arg37, %103) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %105 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %106 = "stablehlo.compare"(%79, %105) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %107 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %108 = "stablehlo.add"(%79, %107) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %109 = "stablehlo.select"(%106, %108, %79) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %111 = "stablehlo.gather"(%arg37, %110) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %112 = "stablehlo.subtract"(%95, %88) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %113 = "stablehlo.subtract"(%111, %104) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %114 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1xf32>) -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %117 = "stablehlo.compare"(%arg36, %116) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %118 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %119 = "stablehlo.reshape"(%118) : (tensor<1xf32>) -> tensor<f32>
    %120 = "func.call"(%117, %119, %arg36) <{callee = @_where}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %121 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %122 = "stablehlo.reshape"(%121) : (tensor<1xf32>) -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %124 = "stablehlo.compare"(%120, %123) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %125 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<1xf32>) -> tensor<f32>
    %127 = "func.call"(%124, %126, %120) <{callee = @_where}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %128 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %129 = "stablehlo.compare"(%113, %128) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %130 = "func.call"(%129, %77, %113) <{callee = @_where_1}> : (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>
    %131 = "func.call"(%129, %75, %112) <{callee = @_where_1}> : (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>
    %132 = "stablehlo.abs"(%130) : (tensor<6xf32>) -> tensor<6xf32>
    %133 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %134 = "stablehlo.compare"(%132, %133) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %135 = "stablehlo.compare"(%arg36, %arg36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %136 = "stablehlo.compare"(%arg36, %111) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %137 = "func.call"(%136, %95, %88) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %138 = "func.call"(%135, %71, %137) <{callee = @_where_3}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %139 = "stablehlo.subtract"(%127, %104) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %140 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %141 = "stablehlo.compare"(%139, %140) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %142 = "stablehlo.and"(%134, %141) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %143 = "func.call"(%142, %130, %130) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %144 = "stablehlo.divide"(%139, %143) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %145 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %146 = "stablehlo.compare"(%131, %145) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %147 = "stablehlo.and"(%134, %146) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %148 = "func.call"(%147, %144, %144) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %149 = "stablehlo.multiply"(%148, %131) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %150 = "stablehlo.add"(%88, %149) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %151 = "func.call"(%129, %138, %150) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %152 = "stablehlo.subtract"(%127, %111) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %153 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %154 = "stablehlo.compare"(%152, %153) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %155 = "stablehlo.and"(%134, %154) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %156 = "func.call"(%155, %130, %130) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %157 = "stablehlo.divide"(%152, %156) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %158 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %159 = "stablehlo.compare"(%131, %158) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %160 = "stablehlo.and"(%134, %159) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %161 = "func.call"(%160, %157, %157) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %162 = "stablehlo.multiply"(%161, %131) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %163 = "stablehlo.add"(%95, %162) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %164 = "stablehlo.compare"(%163, %163) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %165 = "stablehlo.compare"(%88, %95) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %166 = "stablehlo.and"(%164, %165) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %167 = "func.call"(%166, %88, %163) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %168 = "stablehlo.compare"(%arg36, %111) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %169 = "stablehlo.compare"(%arg36, %104) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %170 = "func.call"(%169, %88, %167) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %171 = "func.call"(%168, %95, %170) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %172 = "stablehlo.compare"(%151, %151) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %173 = "stablehlo.compare"(%arg36, %arg36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %174 = "stablehlo.not"(%173) : (tensor<6xi1>) -> tensor<6xi1>
    %175 = "stablehlo.and"(%172, %174) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %176 = "stablehlo.not"(%129) : (tensor<6xi1>) -> tensor<6xi1>
    %177 = "stablehlo.and"(%175, %176) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %178 = "func.call"(%177, %171, %151) <{callee = @_where_2}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %179 = "stablehlo.slice"(%arg38) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<1xf32>) -> tensor<f32>
    %181 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %182 = "stablehlo.reshape"(%181) : (tensor<1xf32>) -> tensor<f32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %184 = "stablehlo.compare"(%arg36, %183) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %185 = "func.call"(%184, %180, %178) <{callee = @_where}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %186 = "stablehlo.slice"(%arg38) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<1xf32>) -> tensor<f32>
    %188 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %189 = "stablehlo.reshape"(%188) : (tensor<1xf32>) -> tensor<f32>
    %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %191 = "stablehlo.compare"(%arg36, %190) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %192 = "func.call"(%191, %187, %185) <{callee = @_where}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%192) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<4xf32>, %arg35: tensor<6xf32>):
    %70 = "func.call"(%arg34, %arg35) <{callee = @_searchsorted_scan_impl}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%70) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<4xf32>, %arg33: tensor<6xf32>):
    %69 = "func.call"(%arg32, %arg33) <{callee = @_searchsorted_scan_impl_0}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%69) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl_0", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<4xf32>, %arg21: tensor<6xf32>):
    %32 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %39 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %41 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %42:5 = "stablehlo.while"(%arg20, %arg21, %37, %40, %41) ({
    ^bb0(%arg27: tensor<4xf32>, %arg28: tensor<6xf32>, %arg29: tensor<i32>, %arg30: tensor<6xui32>, %arg31: tensor<6xui32>):
      %68 = "stablehlo.compare"(%arg29, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%68) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg22: tensor<4xf32>, %arg23: tensor<6xf32>, %arg24: tensor<i32>, %arg25: tensor<6xui32>, %arg26: tensor<6xui32>):
      %44 = "stablehlo.subtract"(%arg26, %arg25) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %45 = "func.call"(%44, %35) <{callee = @floor_divide}> : (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>
      %46 = "stablehlo.add"(%arg25, %45) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xui32>) -> tensor<6x1xui32>
      %48 = "stablehlo.gather"(%arg22, %47) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xui32>) -> tensor<6x1xf32>
      %49 = "stablehlo.reshape"(%48) : (tensor<6x1xf32>) -> tensor<6xf32>
      %50 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %51 = "stablehlo.compare"(%arg23, %50) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %52 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %53 = "stablehlo.select"(%51, %52, %arg23) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %54 = "stablehlo.compare"(%arg23, %arg23) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %55 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %56 = "stablehlo.select"(%54, %55, %53) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %57 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %58 = "stablehlo.compare"(%49, %57) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %59 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %60 = "stablehlo.select"(%58, %59, %49) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %61 = "stablehlo.compare"(%49, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %62 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %63 = "stablehlo.select"(%61, %62, %60) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %64 = "stablehlo.compare"(%56, %63) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %65 = "stablehlo.select"(%64, %arg25, %46) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %66 = "stablehlo.select"(%64, %46, %arg26) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %67 = "stablehlo.add"(%arg24, %32) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg22, %arg23, %67, %65, %66) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> ()
    }) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>)
    %43 = "stablehlo.convert"(%42#4) : (tensor<6xui32>) -> tensor<6xi32>
    "func.return"(%43) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<6xui32>, %arg19: tensor<i32>):
    %29 = "stablehlo.convert"(%arg19) : (tensor<i32>) -> tensor<ui32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %31 = "stablehlo.divide"(%arg18, %30) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%31) : (tensor<6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<6xi32>, %arg16: tensor<i32>, %arg17: tensor<i32>):
    %23 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %25 = "stablehlo.maximum"(%24, %arg15) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %26 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %28 = "stablehlo.minimum"(%27, %25) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%28) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<6xi1>, %arg13: tensor<f32>, %arg14: tensor<6xf32>):
    %21 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %22 = "stablehlo.select"(%arg12, %21, %arg14) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%22) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<6xi1>, %arg10: tensor<i32>, %arg11: tensor<6xf32>):
    %18 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %20 = "stablehlo.select"(%arg9, %19, %arg11) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%20) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<6xi1>, %arg7: tensor<6xf32>, %arg8: tensor<6xf32>):
    %17 = "stablehlo.select"(%arg6, %arg7, %arg8) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%17) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_3", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<6xi1>, %arg4: tensor<f32>, %arg5: tensor<6xf32>):
    %14 = "stablehlo.convert"(%arg4) : (tensor<f32>) -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %16 = "stablehlo.select"(%arg3, %15, %arg5) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%16) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "diff", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<6xf32>):
    %11 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 6>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %12 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 5>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %13 = "stablehlo.subtract"(%11, %12) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%13) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "polyval", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<6xf32>):
    %0 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<1xf32>) -> tensor<f32>
    %2 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<1xf32>) -> tensor<f32>
    %4 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1xf32>) -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %7 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %8 = "stablehlo.fma"(%6, %arg1, %7) : (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %9 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %10 = "stablehlo.fma"(%8, %arg1, %9) : (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%10) : (tensor<6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
