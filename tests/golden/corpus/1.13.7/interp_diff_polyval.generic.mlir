"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<6xf32>) -> (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg40: tensor<6xf32>):
    %168 = "stablehlo.constant"() <{value = dense<[1.000000e+00, -2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %169 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %170 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %171 = "stablehlo.multiply"(%170, %170) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %172 = "func.call"(%arg40, %169, %171) <{callee = @_interp}> : (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>
    %173 = "func.call"(%arg40) <{callee = @diff}> : (tensor<6xf32>) -> tensor<5xf32>
    %174 = "func.call"(%168, %arg40) <{callee = @polyval}> : (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%172, %173, %174) : (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>, sym_name = "_interp", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<6xf32>, %arg38: tensor<4xf32>, %arg39: tensor<4xf32>):
    %77 = "stablehlo.constant"() <{value = dense<1.42108547E-14> : tensor<f32>}> : () -> tensor<f32>
    %78 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %82 = "func.call"(%arg38, %arg37) <{callee = @searchsorted}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    %83 = "func.call"(%82, %81, %80) <{callee = @clip}> : (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>
    %84 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %85 = "stablehlo.compare"(%83, %84) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %86 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %88 = "stablehlo.select"(%85, %87, %83) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %90 = "stablehlo.gather"(%arg39, %89) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %91 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %92 = "stablehlo.subtract"(%83, %91) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %93 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %94 = "stablehlo.compare"(%92, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %95 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %96 = "stablehlo.add"(%92, %95) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %97 = "stablehlo.select"(%94, %96, %92) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %99 = "stablehlo.gather"(%arg39, %98) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %100 = "stablehlo.subtract"(%90, %99) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %101 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %102 = "stablehlo.compare"(%83, %101) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %103 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %104 = "stablehlo.add"(%83, %103) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %105 = "stablehlo.select"(%102, %104, %83) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %107 = "stablehlo.gather"(%arg38, %106) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %108 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %109 = "stablehlo.subtract"(%83, %108) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %110 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %111 = "stablehlo.compare"(%109, %110) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %112 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %113 = "stablehlo.add"(%109, %112) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %114 = "stablehlo.select"(%111, %113, %109) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %116 = "stablehlo.gather"(%arg38, %115) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %117 = "stablehlo.subtract"(%107, %116) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %118 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %119 = "stablehlo.subtract"(%83, %118) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %120 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %121 = "stablehlo.compare"(%119, %120) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %122 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %123 = "stablehlo.add"(%119, %122) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %124 = "stablehlo.select"(%121, %123, %119) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %126 = "stablehlo.gather"(%arg38, %125) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %127 = "stablehlo.subtract"(%arg37, %126) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %128 = "stablehlo.abs"(%117) : (tensor<6xf32>) -> tensor<6xf32>
    %129 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %130 = "stablehlo.compare"(%128, %129) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %131 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %132 = "stablehlo.subtract"(%83, %131) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %133 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %134 = "stablehlo.compare"(%132, %133) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %135 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %136 = "stablehlo.add"(%132, %135) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %137 = "stablehlo.select"(%134, %136, %132) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %139 = "stablehlo.gather"(%arg39, %138) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %140 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %141 = "stablehlo.subtract"(%83, %140) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %142 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %143 = "stablehlo.compare"(%141, %142) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %144 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %145 = "stablehlo.add"(%141, %144) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %146 = "stablehlo.select"(%143, %145, %141) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %148 = "stablehlo.gather"(%arg39, %147) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %149 = "func.call"(%130, %81, %117) <{callee = @_where_10}> : (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>
    %150 = "stablehlo.divide"(%127, %149) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %151 = "stablehlo.multiply"(%150, %100) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %152 = "stablehlo.add"(%148, %151) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %153 = "func.call"(%130, %139, %152) <{callee = @_where_14}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %154 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %155 = "stablehlo.reshape"(%154) : (tensor<1xf32>) -> tensor<f32>
    %156 = "stablehlo.slice"(%arg38) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %157 = "stablehlo.reshape"(%156) : (tensor<1xf32>) -> tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %159 = "stablehlo.compare"(%arg37, %158) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %160 = "func.call"(%159, %155, %153) <{callee = @_where_17}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %161 = "stablehlo.dynamic_slice"(%arg39, %80) <{slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<i32>) -> tensor<1xf32>
    %162 = "stablehlo.reshape"(%161) : (tensor<1xf32>) -> tensor<f32>
    %163 = "stablehlo.dynamic_slice"(%arg38, %80) <{slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<i32>) -> tensor<1xf32>
    %164 = "stablehlo.reshape"(%163) : (tensor<1xf32>) -> tensor<f32>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %166 = "stablehlo.compare"(%arg37, %165) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %167 = "func.call"(%166, %162, %160) <{callee = @_where_17}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%167) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg25: tensor<4xf32>, %arg26: tensor<6xf32>):
    %67 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %70 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %72 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %73:5 = "stablehlo.while"(%arg25, %arg26, %70, %71, %72) ({
    ^bb0(%arg32: tensor<4xf32>, %arg33: tensor<6xf32>, %arg34: tensor<i32>, %arg35: tensor<6xi32>, %arg36: tensor<6xi32>):
      %76 = "stablehlo.compare"(%arg34, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%76) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg27: tensor<4xf32>, %arg28: tensor<6xf32>, %arg29: tensor<i32>, %arg30: tensor<6xi32>, %arg31: tensor<6xi32>):
      %74:2 = "func.call"(%arg27, %arg28, %arg30, %arg31) <{callee = @closed_call}> : (tensor<4xf32>, tensor<6xf32>, tensor<6xi32>, tensor<6xi32>) -> (tensor<6xi32>, tensor<6xi32>)
      %75 = "stablehlo.add"(%arg29, %67) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg27, %arg28, %75, %74#0, %74#1) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xi32>, tensor<6xi32>) -> ()
    }) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xi32>, tensor<6xi32>) -> (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xi32>, tensor<6xi32>)
    "func.return"(%73#4) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<6xf32>, tensor<6xi32>, tensor<6xi32>) -> (tensor<6xi32>, tensor<6xi32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<4xf32>, %arg22: tensor<6xf32>, %arg23: tensor<6xi32>, %arg24: tensor<6xi32>):
    %31 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %36 = "stablehlo.convert"(%arg23) : (tensor<6xi32>) -> tensor<6xui32>
    %37 = "stablehlo.convert"(%arg24) : (tensor<6xi32>) -> tensor<6xui32>
    %38 = "stablehlo.add"(%36, %37) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %39 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %40 = "stablehlo.divide"(%38, %39) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %41 = "stablehlo.convert"(%40) : (tensor<6xui32>) -> tensor<6xi32>
    %42 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %43 = "stablehlo.compare"(%41, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %44 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %45 = "stablehlo.add"(%41, %44) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %46 = "stablehlo.select"(%43, %45, %41) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %48 = "stablehlo.gather"(%arg21, %47) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6x1xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<6x1xf32>) -> tensor<6xf32>
    %50 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %51 = "stablehlo.compare"(%arg22, %50) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %52 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %53 = "stablehlo.select"(%51, %52, %arg22) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %54 = "stablehlo.compare"(%arg22, %arg22) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %55 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %56 = "stablehlo.select"(%54, %55, %53) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %57 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %58 = "stablehlo.compare"(%49, %57) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %59 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %60 = "stablehlo.select"(%58, %59, %49) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %61 = "stablehlo.compare"(%49, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %62 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %63 = "stablehlo.select"(%61, %62, %60) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %64 = "stablehlo.compare"(%56, %63) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %65 = "func.call"(%64, %arg23, %41) <{callee = @_where}> : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %66 = "func.call"(%64, %41, %arg24) <{callee = @_where}> : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%65, %66) : (tensor<6xi32>, tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<6xi1>, %arg19: tensor<6xi32>, %arg20: tensor<6xi32>):
    %30 = "stablehlo.select"(%arg18, %arg19, %arg20) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%30) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<6xi32>, %arg16: tensor<i32>, %arg17: tensor<i32>):
    %24 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %26 = "stablehlo.maximum"(%25, %arg15) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %27 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %29 = "stablehlo.minimum"(%28, %26) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%29) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>, sym_name = "_where_10", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<6xi1>, %arg13: tensor<i32>, %arg14: tensor<6xf32>):
    %21 = "stablehlo.convert"(%arg13) : (tensor<i32>) -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %23 = "stablehlo.select"(%arg12, %22, %arg14) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%23) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>, sym_name = "_where_14", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<6xi1>, %arg10: tensor<6xf32>, %arg11: tensor<6xf32>):
    %20 = "stablehlo.select"(%arg9, %arg10, %arg11) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%20) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>, sym_name = "_where_17", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<6xi1>, %arg7: tensor<f32>, %arg8: tensor<6xf32>):
    %18 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %19 = "stablehlo.select"(%arg6, %18, %arg8) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%19) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xf32>) -> tensor<5xf32>, sym_name = "diff", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<6xf32>):
    %15 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 6>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %16 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 5>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %17 = "stablehlo.subtract"(%15, %16) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%17) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>, sym_name = "polyval", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<3xf32>, %arg4: tensor<6xf32>):
    %3 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %5 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %6 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<1xf32>) -> tensor<f32>
    %8 = "func.call"(%arg4, %4, %7) <{callee = @closed_call_25}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %9 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %10 = "stablehlo.reshape"(%9) : (tensor<1xf32>) -> tensor<f32>
    %11 = "func.call"(%arg4, %8, %10) <{callee = @closed_call_25}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %12 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %13 = "stablehlo.reshape"(%12) : (tensor<1xf32>) -> tensor<f32>
    %14 = "func.call"(%arg4, %11, %13) <{callee = @closed_call_25}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    "func.return"(%14) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>, sym_name = "closed_call_25", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<6xf32>, %arg1: tensor<6xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.multiply"(%arg1, %arg0) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%2) : (tensor<6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
