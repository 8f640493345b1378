"builtin.module"() <{sym_name = "jit_solve"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg34: tensor<4x4xf32>, %arg35: tensor<4xf32>):
    %209 = "func.call"(%arg34, %arg35) <{callee = @solve}> : (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%209) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<4x4xf32>, %arg9: tensor<4xf32>):
    %26 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %31 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %33 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %34 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %35:5 = "stablehlo.while"(%31, %31, %33, %34, %arg8) ({
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>, %arg31: tensor<4xi32>, %arg32: tensor<4xi32>, %arg33: tensor<4x4xf32>):
      %208 = "stablehlo.compare"(%arg29, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%208) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<i32>, %arg17: tensor<i32>, %arg18: tensor<4xi32>, %arg19: tensor<4xi32>, %arg20: tensor<4x4xf32>):
      %58 = "stablehlo.add"(%arg17, %28) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %59 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %60 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
      %61 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %62 = "stablehlo.compare"(%31, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %63 = "stablehlo.add"(%31, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %64 = "stablehlo.select"(%62, %63, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %65 = "stablehlo.compare"(%61, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %66 = "stablehlo.add"(%61, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %67 = "stablehlo.select"(%65, %66, %61) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %68 = "stablehlo.dynamic_slice"(%arg20, %64, %67) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %69 = "stablehlo.reshape"(%68) : (tensor<4x1xf32>) -> tensor<4xf32>
      %70 = "stablehlo.abs"(%69) : (tensor<4xf32>) -> tensor<4xf32>
      %71 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %73 = "stablehlo.compare"(%59, %72) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %74 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %75 = "stablehlo.select"(%73, %70, %74) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %76 = "func.call"(%75) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
      %77 = "stablehlo.compare"(%arg17, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %78 = "stablehlo.add"(%arg17, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %79 = "stablehlo.select"(%77, %78, %arg17) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %80 = "stablehlo.convert"(%79) : (tensor<i32>) -> tensor<i32>
      %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %82 = "stablehlo.scatter"(%arg18, %81, %76) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>):
        "stablehlo.return"(%arg28) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %83 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %84 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %86 = "stablehlo.concatenate"(%83, %85) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %87 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %88 = "stablehlo.compare"(%86, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %89 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %90 = "stablehlo.add"(%86, %89) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %91 = "stablehlo.select"(%88, %90, %86) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %93 = "stablehlo.gather"(%arg20, %92) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %94 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %96 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %97 = "stablehlo.concatenate"(%95, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %98 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %99 = "stablehlo.compare"(%97, %98) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %100 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %101 = "stablehlo.add"(%97, %100) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %102 = "stablehlo.select"(%99, %101, %97) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %104 = "stablehlo.scatter"(%arg20, %103, %93) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg25: tensor<f32>, %arg26: tensor<f32>):
        "stablehlo.return"(%arg26) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %105 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %107 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %108 = "stablehlo.concatenate"(%106, %107) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %109 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %110 = "stablehlo.compare"(%108, %109) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %111 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %112 = "stablehlo.add"(%108, %111) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %113 = "stablehlo.select"(%110, %112, %108) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %115 = "stablehlo.gather"(%arg19, %114) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %116 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %117 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %119 = "stablehlo.concatenate"(%116, %118) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %120 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %121 = "stablehlo.compare"(%119, %120) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %122 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
      %123 = "stablehlo.add"(%119, %122) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %124 = "stablehlo.select"(%121, %123, %119) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
      %126 = "stablehlo.scatter"(%arg19, %125, %115) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>):
        "stablehlo.return"(%arg24) : (tensor<i32>) -> ()
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %127 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %128 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %129 = "stablehlo.compare"(%127, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %130 = "stablehlo.add"(%127, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %131 = "stablehlo.select"(%129, %130, %127) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %132 = "stablehlo.compare"(%128, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %133 = "stablehlo.add"(%128, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %134 = "stablehlo.select"(%132, %133, %128) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %135 = "stablehlo.dynamic_slice"(%104, %131, %134) <{slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %136 = "stablehlo.reshape"(%135) : (tensor<1x1xf32>) -> tensor<f32>
      %137 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
      %139 = "stablehlo.compare"(%59, %138) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %140 = "stablehlo.compare"(%136, %26) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
      %142 = "stablehlo.and"(%139, %141) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %143 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %144 = "stablehlo.compare"(%31, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %145 = "stablehlo.add"(%31, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %146 = "stablehlo.select"(%144, %145, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %147 = "stablehlo.compare"(%143, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %148 = "stablehlo.add"(%143, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %149 = "stablehlo.select"(%147, %148, %143) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %150 = "stablehlo.dynamic_slice"(%104, %146, %149) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %151 = "stablehlo.reshape"(%150) : (tensor<4x1xf32>) -> tensor<4xf32>
      %152 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %153 = "stablehlo.divide"(%151, %152) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %154 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %155 = "stablehlo.compare"(%31, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %156 = "stablehlo.add"(%31, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %157 = "stablehlo.select"(%155, %156, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %158 = "stablehlo.compare"(%154, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %159 = "stablehlo.add"(%154, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %160 = "stablehlo.select"(%158, %159, %154) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %161 = "stablehlo.dynamic_slice"(%104, %157, %160) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %162 = "stablehlo.reshape"(%161) : (tensor<4x1xf32>) -> tensor<4xf32>
      %163 = "stablehlo.select"(%142, %153, %162) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %164 = "stablehlo.compare"(%arg17, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %165 = "stablehlo.add"(%arg17, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %166 = "stablehlo.select"(%164, %165, %arg17) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %167 = "stablehlo.convert"(%166) : (tensor<i32>) -> tensor<i32>
      %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
      %169 = "stablehlo.scatter"(%104, %168, %163) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg21: tensor<f32>, %arg22: tensor<f32>):
        "stablehlo.return"(%arg22) : (tensor<f32>) -> ()
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %170 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %171 = "stablehlo.compare"(%31, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %172 = "stablehlo.add"(%31, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %173 = "stablehlo.select"(%171, %172, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %174 = "stablehlo.compare"(%170, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %175 = "stablehlo.add"(%170, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %176 = "stablehlo.select"(%174, %175, %170) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %177 = "stablehlo.dynamic_slice"(%169, %173, %176) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %178 = "stablehlo.reshape"(%177) : (tensor<4x1xf32>) -> tensor<4xf32>
      %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
      %180 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %181 = "stablehlo.compare"(%180, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %182 = "stablehlo.add"(%180, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %183 = "stablehlo.select"(%181, %182, %180) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %184 = "stablehlo.compare"(%31, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %185 = "stablehlo.add"(%31, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %186 = "stablehlo.select"(%184, %185, %31) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %187 = "stablehlo.dynamic_slice"(%169, %183, %186) <{slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %188 = "stablehlo.reshape"(%187) : (tensor<1x4xf32>) -> tensor<4xf32>
      %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
      %190 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %191 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %192 = "stablehlo.multiply"(%190, %191) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %193 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
      %194 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x1xi32>
      %196 = "stablehlo.compare"(%193, %195) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %197 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
      %198 = "stablehlo.convert"(%arg17) : (tensor<i32>) -> tensor<i32>
      %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
      %200 = "stablehlo.compare"(%197, %199) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %201 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %202 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %203 = "stablehlo.and"(%201, %202) : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
      %204 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
      %205 = "stablehlo.select"(%203, %192, %204) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %206 = "stablehlo.subtract"(%169, %205) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
      %207 = "stablehlo.add"(%arg16, %28) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%207, %58, %82, %126, %206) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
    %36 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %37 = "stablehlo.add"(%35#3, %36) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %38 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %39 = "stablehlo.compare"(%37, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %40 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %41 = "stablehlo.add"(%37, %40) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %42 = "stablehlo.select"(%39, %41, %37) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %44 = "stablehlo.gather"(%32, %43) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<4x1xi32>) -> tensor<4xi32>
    %45 = "stablehlo.scatter"(%32, %30, %44) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>):
      "stablehlo.return"(%arg15) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %46 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %47 = "stablehlo.add"(%35#3, %46) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %48 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %49 = "stablehlo.compare"(%47, %48) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %50 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %51 = "stablehlo.add"(%47, %50) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %52 = "stablehlo.select"(%49, %51, %47) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %54 = "stablehlo.gather"(%arg8, %53) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %55 = "stablehlo.scatter"(%arg8, %30, %54) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      "stablehlo.return"(%arg13) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %56 = "stablehlo.scatter"(%55, %30, %35#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      "stablehlo.return"(%arg11) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %57 = "func.call"(%56, %45, %arg9) <{callee = @_lu_solve}> : (tensor<4x4xf32>, tensor<4xi32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%57) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4xf32>):
    %13 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %14 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %16:2 = "stablehlo.reduce"(%arg3, %15, %14, %13) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<i32>, %arg6: tensor<f32>, %arg7: tensor<i32>):
      %17 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %18 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %19 = "stablehlo.or"(%17, %18) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %20 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %21 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %22 = "stablehlo.and"(%20, %21) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %23 = "stablehlo.or"(%19, %22) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %24 = "stablehlo.select"(%19, %arg4, %arg6) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %25 = "stablehlo.select"(%23, %arg5, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%24, %25) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%16#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x4xf32>, tensor<4xi32>, tensor<4xf32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x4xf32>, %arg1: tensor<4xi32>, %arg2: tensor<4xf32>):
    %0 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %3 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %4 = "stablehlo.compare"(%arg1, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %5 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %6 = "stablehlo.add"(%arg1, %5) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %7 = "stablehlo.select"(%4, %6, %arg1) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %9 = "stablehlo.gather"(%2, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1>}> : (tensor<4x1xf32>, tensor<4x1xi32>) -> tensor<4x1xf32>
    %10 = "stablehlo.triangular_solve"(%arg0, %9) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %11 = "stablehlo.triangular_solve"(%arg0, %10) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %12 = "stablehlo.reshape"(%11) : (tensor<4x1xf32>) -> tensor<4xf32>
    "func.return"(%12) : (tensor<4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
