"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg43: tensor<6xf32>):
    %164 = "stablehlo.constant"() <{value = dense<[1.000000e+00, -2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %165 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %166 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %167 = "stablehlo.multiply"(%166, %166) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %168 = "func.call"(%arg43, %165, %167) <{callee = @_interp}> : (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>
    %169 = "func.call"(%arg43) <{callee = @diff}> : (tensor<6xf32>) -> tensor<5xf32>
    %170 = "func.call"(%164, %arg43) <{callee = @polyval}> : (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%168, %169, %170) : (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_interp", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<6xf32>, %arg41: tensor<4xf32>, %arg42: tensor<4xf32>):
    %73 = "stablehlo.constant"() <{value = dense<1.42108547E-14> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %78 = "func.call"(%arg41, %arg40) <{callee = @searchsorted}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    %79 = "func.call"(%78, %77, %76) <{callee = @clip}> : (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>
    %80 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %81 = "stablehlo.compare"(%79, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %82 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %83 = "stablehlo.add"(%79, %82) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %84 = "stablehlo.select"(%81, %83, %79) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %86 = "stablehlo.gather"(%arg42, %85) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %87 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %88 = "stablehlo.subtract"(%79, %87) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %89 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %90 = "stablehlo.compare"(%88, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %91 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %92 = "stablehlo.add"(%88, %91) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %93 = "stablehlo.select"(%90, %92, %88) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %95 = "stablehlo.gather"(%arg42, %94) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %96 = "stablehlo.subtract"(%86, %95) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %97 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %98 = "stablehlo.compare"(%79, %97) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %99 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %100 = "stablehlo.add"(%79, %99) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %101 = "stablehlo.select"(%98, %100, %79) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %103 = "stablehlo.gather"(%arg41, %102) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %104 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %105 = "stablehlo.subtract"(%79, %104) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %106 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %107 = "stablehlo.compare"(%105, %106) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %108 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %109 = "stablehlo.add"(%105, %108) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %110 = "stablehlo.select"(%107, %109, %105) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %112 = "stablehlo.gather"(%arg41, %111) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %113 = "stablehlo.subtract"(%103, %112) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %114 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %115 = "stablehlo.subtract"(%79, %114) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %116 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %117 = "stablehlo.compare"(%115, %116) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %118 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %119 = "stablehlo.add"(%115, %118) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %120 = "stablehlo.select"(%117, %119, %115) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %122 = "stablehlo.gather"(%arg41, %121) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %123 = "stablehlo.subtract"(%arg40, %122) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %124 = "stablehlo.abs"(%113) : (tensor<6xf32>) -> tensor<6xf32>
    %125 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %126 = "stablehlo.compare"(%124, %125) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %127 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %128 = "stablehlo.subtract"(%79, %127) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %129 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %130 = "stablehlo.compare"(%128, %129) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %131 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %132 = "stablehlo.add"(%128, %131) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %133 = "stablehlo.select"(%130, %132, %128) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %135 = "stablehlo.gather"(%arg42, %134) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %136 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %137 = "stablehlo.subtract"(%79, %136) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %138 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %139 = "stablehlo.compare"(%137, %138) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %140 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %141 = "stablehlo.add"(%137, %140) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %142 = "stablehlo.select"(%139, %141, %137) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %143 = "stablehlo.broadcast_in_dim"(%142) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %144 = "stablehlo.gather"(%arg42, %143) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %145 = "func.call"(%126, %77, %113) <{callee = @_where}> : (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>
    %146 = "stablehlo.divide"(%123, %145) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %147 = "stablehlo.multiply"(%146, %96) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %148 = "stablehlo.add"(%144, %147) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %149 = "func.call"(%126, %135, %148) <{callee = @_where_1}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %150 = "stablehlo.slice"(%arg42) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %151 = "stablehlo.reshape"(%150) : (tensor<1xf32>) -> tensor<f32>
    %152 = "stablehlo.slice"(%arg41) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %153 = "stablehlo.reshape"(%152) : (tensor<1xf32>) -> tensor<f32>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %155 = "stablehlo.compare"(%arg40, %154) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %156 = "func.call"(%155, %151, %149) <{callee = @_where_2}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %157 = "stablehlo.slice"(%arg42) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<1xf32>) -> tensor<f32>
    %159 = "stablehlo.slice"(%arg41) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<1xf32>) -> tensor<f32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %162 = "stablehlo.compare"(%arg40, %161) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %163 = "func.call"(%162, %158, %156) <{callee = @_where_2}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%163) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<4xf32>, %arg39: tensor<6xf32>):
    %72 = "func.call"(%arg38, %arg39) <{callee = @_searchsorted_scan_impl}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%72) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<4xf32>, %arg37: tensor<6xf32>):
    %71 = "func.call"(%arg36, %arg37) <{callee = @_searchsorted_scan_impl_0}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%71) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl_0", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<4xf32>, %arg25: tensor<6xf32>):
    %59 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %60 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %63 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %65 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %66:5 = "stablehlo.while"(%arg24, %arg25, %61, %64, %65) ({
    ^bb0(%arg31: tensor<4xf32>, %arg32: tensor<6xf32>, %arg33: tensor<i32>, %arg34: tensor<6xui32>, %arg35: tensor<6xui32>):
      %70 = "stablehlo.compare"(%arg33, %60) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%70) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg26: tensor<4xf32>, %arg27: tensor<6xf32>, %arg28: tensor<i32>, %arg29: tensor<6xui32>, %arg30: tensor<6xui32>):
      %68:2 = "func.call"(%arg26, %arg27, %arg29, %arg30) <{callee = @closed_call}> : (tensor<4xf32>, tensor<6xf32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>)
      %69 = "stablehlo.add"(%arg28, %59) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg26, %arg27, %69, %68#0, %68#1) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> ()
    }) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>)
    %67 = "stablehlo.convert"(%66#4) : (tensor<6xui32>) -> tensor<6xi32>
    "func.return"(%67) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>, tensor<6xf32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<4xf32>, %arg21: tensor<6xf32>, %arg22: tensor<6xui32>, %arg23: tensor<6xui32>):
    %33 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.subtract"(%arg23, %arg22) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %37 = "func.call"(%36, %35) <{callee = @floor_divide}> : (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>
    %38 = "stablehlo.add"(%arg22, %37) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xui32>) -> tensor<6x1xui32>
    %40 = "stablehlo.gather"(%arg20, %39) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xui32>) -> tensor<6x1xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<6x1xf32>) -> tensor<6xf32>
    %42 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %43 = "stablehlo.compare"(%arg21, %42) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %44 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %45 = "stablehlo.select"(%43, %44, %arg21) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %46 = "stablehlo.compare"(%arg21, %arg21) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %47 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %48 = "stablehlo.select"(%46, %47, %45) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %49 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %50 = "stablehlo.compare"(%41, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %51 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %52 = "stablehlo.select"(%50, %51, %41) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %53 = "stablehlo.compare"(%41, %41) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %54 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %55 = "stablehlo.select"(%53, %54, %52) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %56 = "stablehlo.compare"(%48, %55) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %57 = "stablehlo.select"(%56, %arg22, %38) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %58 = "stablehlo.select"(%56, %38, %arg23) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%57, %58) : (tensor<6xui32>, tensor<6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<6xui32>, %arg19: tensor<i32>):
    %30 = "stablehlo.convert"(%arg19) : (tensor<i32>) -> tensor<ui32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %32 = "stablehlo.divide"(%arg18, %31) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%32) : (tensor<6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<6xi32>, %arg16: tensor<i32>, %arg17: tensor<i32>):
    %24 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %26 = "stablehlo.maximum"(%25, %arg15) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %27 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %29 = "stablehlo.minimum"(%28, %26) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%29) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<6xi1>, %arg13: tensor<i32>, %arg14: tensor<6xf32>):
    %21 = "stablehlo.convert"(%arg13) : (tensor<i32>) -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %23 = "stablehlo.select"(%arg12, %22, %arg14) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%23) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<6xi1>, %arg10: tensor<6xf32>, %arg11: tensor<6xf32>):
    %20 = "stablehlo.select"(%arg9, %arg10, %arg11) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%20) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<6xi1>, %arg7: tensor<f32>, %arg8: tensor<6xf32>):
    %18 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %19 = "stablehlo.select"(%arg6, %18, %arg8) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%19) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "diff", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<6xf32>):
    %15 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 6>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %16 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 5>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %17 = "stablehlo.subtract"(%15, %16) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%17) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "polyval", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<3xf32>, %arg4: tensor<6xf32>):
    %3 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %5 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %6 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<1xf32>) -> tensor<f32>
    %8 = "func.call"(%arg4, %4, %7) <{callee = @closed_call_3}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %9 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %10 = "stablehlo.reshape"(%9) : (tensor<1xf32>) -> tensor<f32>
    %11 = "func.call"(%arg4, %8, %10) <{callee = @closed_call_3}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    %12 = "stablehlo.slice"(%5) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %13 = "stablehlo.reshape"(%12) : (tensor<1xf32>) -> tensor<f32>
    %14 = "func.call"(%arg4, %11, %13) <{callee = @closed_call_3}> : (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
    "func.return"(%14) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xf32>, tensor<6xf32>, tensor<f32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "closed_call_3", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<6xf32>, %arg1: tensor<6xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.multiply"(%arg1, %arg0) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%2) : (tensor<6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
