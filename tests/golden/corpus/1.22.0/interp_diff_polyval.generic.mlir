"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg36: tensor<6xf32>):
    %161 = "stablehlo.constant"() <{value = dense<[1.000000e+00, -2.000000e+00, 3.000000e+00]> : tensor<3xf32>}> : () -> tensor<3xf32>
    %162 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %163 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xf32>
    %164 = "stablehlo.multiply"(%163, %163) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %165 = "func.call"(%arg36, %162, %164) <{callee = @_interp}> : (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>
    %166 = "func.call"(%arg36) <{callee = @diff}> : (tensor<6xf32>) -> tensor<5xf32>
    %167 = "func.call"(%161, %arg36) <{callee = @polyval}> : (tensor<3xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%165, %166, %167) : (tensor<6xf32>, tensor<5xf32>, tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_interp", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<6xf32>, %arg34: tensor<4xf32>, %arg35: tensor<4xf32>):
    %70 = "stablehlo.constant"() <{value = dense<1.42108547E-14> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %72 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %73 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %75 = "func.call"(%arg34, %arg33) <{callee = @searchsorted}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    %76 = "func.call"(%75, %74, %73) <{callee = @clip}> : (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>
    %77 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %78 = "stablehlo.compare"(%76, %77) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %79 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %80 = "stablehlo.add"(%76, %79) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %81 = "stablehlo.select"(%78, %80, %76) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %82 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %83 = "stablehlo.gather"(%arg35, %82) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %84 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %85 = "stablehlo.subtract"(%76, %84) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %86 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %87 = "stablehlo.compare"(%85, %86) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %88 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %89 = "stablehlo.add"(%85, %88) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %90 = "stablehlo.select"(%87, %89, %85) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %92 = "stablehlo.gather"(%arg35, %91) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %93 = "stablehlo.subtract"(%83, %92) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %94 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %95 = "stablehlo.compare"(%76, %94) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %96 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %97 = "stablehlo.add"(%76, %96) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %98 = "stablehlo.select"(%95, %97, %76) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %100 = "stablehlo.gather"(%arg34, %99) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %101 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %102 = "stablehlo.subtract"(%76, %101) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %103 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %104 = "stablehlo.compare"(%102, %103) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %105 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %106 = "stablehlo.add"(%102, %105) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %107 = "stablehlo.select"(%104, %106, %102) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %109 = "stablehlo.gather"(%arg34, %108) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %110 = "stablehlo.subtract"(%100, %109) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %111 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %112 = "stablehlo.subtract"(%76, %111) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %113 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %114 = "stablehlo.compare"(%112, %113) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %115 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %116 = "stablehlo.add"(%112, %115) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %117 = "stablehlo.select"(%114, %116, %112) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %119 = "stablehlo.gather"(%arg34, %118) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %120 = "stablehlo.subtract"(%arg33, %119) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %121 = "stablehlo.abs"(%110) : (tensor<6xf32>) -> tensor<6xf32>
    %122 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %123 = "stablehlo.compare"(%121, %122) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %124 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %125 = "stablehlo.subtract"(%76, %124) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %126 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %127 = "stablehlo.compare"(%125, %126) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %128 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %129 = "stablehlo.add"(%125, %128) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %130 = "stablehlo.select"(%127, %129, %125) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %132 = "stablehlo.gather"(%arg35, %131) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %133 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %134 = "stablehlo.subtract"(%76, %133) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %135 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %136 = "stablehlo.compare"(%134, %135) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %137 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %138 = "stablehlo.add"(%134, %137) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %139 = "stablehlo.select"(%136, %138, %134) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xi32>) -> tensor<6x1xi32>
    %141 = "stablehlo.gather"(%arg35, %140) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xi32>) -> tensor<6xf32>
    %142 = "func.call"(%123, %74, %110) <{callee = @_where}> : (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>
    %143 = "stablehlo.divide"(%120, %142) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %144 = "stablehlo.multiply"(%143, %93) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %145 = "stablehlo.add"(%141, %144) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %146 = "func.call"(%123, %132, %145) <{callee = @_where_1}> : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %147 = "stablehlo.slice"(%arg35) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %148 = "stablehlo.reshape"(%147) : (tensor<1xf32>) -> tensor<f32>
    %149 = "stablehlo.slice"(%arg34) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %150 = "stablehlo.reshape"(%149) : (tensor<1xf32>) -> tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %152 = "stablehlo.compare"(%arg33, %151) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %153 = "func.call"(%152, %148, %146) <{callee = @_where_2}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    %154 = "stablehlo.slice"(%arg35) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %155 = "stablehlo.reshape"(%154) : (tensor<1xf32>) -> tensor<f32>
    %156 = "stablehlo.slice"(%arg34) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %157 = "stablehlo.reshape"(%156) : (tensor<1xf32>) -> tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %159 = "stablehlo.compare"(%arg33, %158) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    %160 = "func.call"(%159, %155, %153) <{callee = @_where_2}> : (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%160) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg31: tensor<4xf32>, %arg32: tensor<6xf32>):
    %69 = "func.call"(%arg31, %arg32) <{callee = @_searchsorted_scan_impl}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%69) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg29: tensor<4xf32>, %arg30: tensor<6xf32>):
    %68 = "func.call"(%arg29, %arg30) <{callee = @_searchsorted_scan_impl_0}> : (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>
    "func.return"(%68) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf32>, tensor<6xf32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl_0", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<4xf32>, %arg18: tensor<6xf32>):
    %31 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %38 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %40 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %41:5 = "stablehlo.while"(%arg17, %arg18, %36, %39, %40) ({
    ^bb0(%arg24: tensor<4xf32>, %arg25: tensor<6xf32>, %arg26: tensor<i32>, %arg27: tensor<6xui32>, %arg28: tensor<6xui32>):
      %67 = "stablehlo.compare"(%arg26, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%67) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg19: tensor<4xf32>, %arg20: tensor<6xf32>, %arg21: tensor<i32>, %arg22: tensor<6xui32>, %arg23: tensor<6xui32>):
      %43 = "stablehlo.subtract"(%arg23, %arg22) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %44 = "func.call"(%43, %34) <{callee = @floor_divide}> : (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>
      %45 = "stablehlo.add"(%arg22, %44) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64: 0>}> : (tensor<6xui32>) -> tensor<6x1xui32>
      %47 = "stablehlo.gather"(%arg19, %46) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<6x1xui32>) -> tensor<6x1xf32>
      %48 = "stablehlo.reshape"(%47) : (tensor<6x1xf32>) -> tensor<6xf32>
      %49 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %50 = "stablehlo.compare"(%arg20, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %51 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %52 = "stablehlo.select"(%50, %51, %arg20) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %53 = "stablehlo.compare"(%arg20, %arg20) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %54 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %55 = "stablehlo.select"(%53, %54, %52) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %56 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %57 = "stablehlo.compare"(%48, %56) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %58 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %59 = "stablehlo.select"(%57, %58, %48) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %60 = "stablehlo.compare"(%48, %48) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %61 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
      %62 = "stablehlo.select"(%60, %61, %59) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
      %63 = "stablehlo.compare"(%55, %62) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
      %64 = "stablehlo.select"(%63, %arg22, %45) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %65 = "stablehlo.select"(%63, %45, %arg23) : (tensor<6xi1>, tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
      %66 = "stablehlo.add"(%arg21, %31) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg19, %arg20, %66, %64, %65) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> ()
    }) : (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<4xf32>, tensor<6xf32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>)
    %42 = "stablehlo.convert"(%41#4) : (tensor<6xui32>) -> tensor<6xi32>
    "func.return"(%42) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<6xui32>, tensor<i32>) -> tensor<6xui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<6xui32>, %arg16: tensor<i32>):
    %28 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<ui32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %30 = "stablehlo.divide"(%arg15, %29) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%30) : (tensor<6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi32>, tensor<i32>, tensor<i32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<6xi32>, %arg13: tensor<i32>, %arg14: tensor<i32>):
    %22 = "stablehlo.convert"(%arg13) : (tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %24 = "stablehlo.maximum"(%23, %arg12) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %25 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %27 = "stablehlo.minimum"(%26, %24) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%27) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<i32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<6xi1>, %arg10: tensor<i32>, %arg11: tensor<6xf32>):
    %19 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %21 = "stablehlo.select"(%arg9, %20, %arg11) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%21) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<6xi1>, %arg7: tensor<6xf32>, %arg8: tensor<6xf32>):
    %18 = "stablehlo.select"(%arg6, %arg7, %arg8) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%18) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<6xi1>, tensor<f32>, tensor<6xf32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<6xi1>, %arg4: tensor<f32>, %arg5: tensor<6xf32>):
    %16 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %17 = "stablehlo.select"(%arg3, %16, %arg5) : (tensor<6xi1>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%17) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "diff", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<6xf32>):
    %13 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 6>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %14 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 5>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<5xf32>
    %15 = "stablehlo.subtract"(%13, %14) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    "func.return"(%15) : (tensor<5xf32>) -> ()
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
    %7 = "stablehlo.multiply"(%6, %arg1) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %8 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %9 = "stablehlo.add"(%7, %8) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %10 = "stablehlo.multiply"(%9, %arg1) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %11 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %12 = "stablehlo.add"(%10, %11) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%12) : (tensor<6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
