"builtin.module"() <{sym_name = "jit_inv"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg39: tensor<4x4xf32>):
    %229 = "func.call"(%arg39) <{callee = @inv}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%229) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "inv", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<4x4xf32>):
    %221 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %222 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %223 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %224 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %225 = "stablehlo.add"(%222, %224) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %226 = "stablehlo.compare"(%225, %223) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %227 = "stablehlo.convert"(%226) : (tensor<4x4xi1>) -> tensor<4x4xf32>
    %228 = "func.call"(%arg38, %227) <{callee = @solve}> : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%228) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<4x4xf32>, %arg21: tensor<4x4xf32>):
    %186 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %187 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %188 = "stablehlo.constant"() <{value = dense<> : tensor<0xi32>}> : () -> tensor<0xi32>
    %189 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %190 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %191 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %192 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %193:5 = "stablehlo.while"(%189, %189, %191, %192, %arg20) ({
    ^bb0(%arg33: tensor<i32>, %arg34: tensor<i32>, %arg35: tensor<4xi32>, %arg36: tensor<4xi32>, %arg37: tensor<4x4xf32>):
      %220 = "stablehlo.compare"(%arg33, %187) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%220) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg28: tensor<i32>, %arg29: tensor<i32>, %arg30: tensor<4xi32>, %arg31: tensor<4xi32>, %arg32: tensor<4x4xf32>):
      %218:4 = "func.call"(%arg29, %arg30, %arg31, %arg32) <{callee = @closed_call}> : (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
      %219 = "stablehlo.add"(%arg28, %186) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%219, %218#0, %218#1, %218#2, %218#3) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
    %194 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %195 = "stablehlo.add"(%193#3, %194) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %196 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %197 = "stablehlo.compare"(%195, %196) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %198 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %199 = "stablehlo.add"(%195, %198) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %200 = "stablehlo.select"(%197, %199, %195) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %202 = "stablehlo.gather"(%190, %201) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<4x1xi32>) -> tensor<4xi32>
    %203 = "stablehlo.scatter"(%190, %188, %202) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg26: tensor<i32>, %arg27: tensor<i32>):
      "stablehlo.return"(%arg27) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %204 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %205 = "stablehlo.add"(%193#3, %204) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %206 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %207 = "stablehlo.compare"(%205, %206) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %208 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %209 = "stablehlo.add"(%205, %208) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %210 = "stablehlo.select"(%207, %209, %205) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %212 = "stablehlo.gather"(%arg20, %211) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %213 = "stablehlo.scatter"(%arg20, %188, %212) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg24: tensor<f32>, %arg25: tensor<f32>):
      "stablehlo.return"(%arg25) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %214 = "stablehlo.scatter"(%213, %188, %193#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      "stablehlo.return"(%arg23) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %215 = "stablehlo.transpose"(%arg21) <{permutation = array<i64: 1, 0>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %216 = "func.call"(%214, %203, %215) <{callee = @_lu_solve}> : (tensor<4x4xf32>, tensor<4xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %217 = "stablehlo.transpose"(%216) <{permutation = array<i64: 1, 0>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%217) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>), res_attrs = [{}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<4xi32>, %arg10: tensor<4xi32>, %arg11: tensor<4x4xf32>):
    %32 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.add"(%arg8, %36) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %39 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %40 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.compare"(%35, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %42 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %43 = "stablehlo.select"(%41, %42, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %44 = "stablehlo.compare"(%40, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %45 = "stablehlo.add"(%40, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %46 = "stablehlo.select"(%44, %45, %40) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %47 = "stablehlo.dynamic_slice"(%arg11, %43, %46) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %48 = "stablehlo.reshape"(%47) : (tensor<4x1xf32>) -> tensor<4xf32>
    %49 = "stablehlo.abs"(%48) : (tensor<4xf32>) -> tensor<4xf32>
    %50 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %52 = "stablehlo.compare"(%38, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %53 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %54 = "stablehlo.select"(%52, %49, %53) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %55 = "func.call"(%54) <{callee = @argmax}> : (tensor<4xf32>) -> tensor<i32>
    %56 = "stablehlo.compare"(%arg8, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %57 = "stablehlo.add"(%arg8, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %58 = "stablehlo.select"(%56, %57, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %59 = "stablehlo.convert"(%58) : (tensor<i32>) -> tensor<i32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.scatter"(%arg9, %60, %55) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>):
      "stablehlo.return"(%arg19) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
    %62 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%62, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %67 = "stablehlo.compare"(%65, %66) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %68 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %69 = "stablehlo.add"(%65, %68) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %70 = "stablehlo.select"(%67, %69, %65) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %72 = "stablehlo.gather"(%arg11, %71) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %73 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.concatenate"(%74, %75) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %77 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %78 = "stablehlo.compare"(%76, %77) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %79 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %80 = "stablehlo.add"(%76, %79) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %81 = "stablehlo.select"(%78, %80, %76) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %82 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %83 = "stablehlo.scatter"(%arg11, %82, %72) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      "stablehlo.return"(%arg17) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
    %84 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %86 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%85, %86) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %89 = "stablehlo.compare"(%87, %88) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %90 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %91 = "stablehlo.add"(%87, %90) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %92 = "stablehlo.select"(%89, %91, %87) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %93 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %94 = "stablehlo.gather"(%arg10, %93) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %96 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.concatenate"(%95, %97) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %99 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %100 = "stablehlo.compare"(%98, %99) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %101 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %102 = "stablehlo.add"(%98, %101) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %103 = "stablehlo.select"(%100, %102, %98) : (tensor<2xi1>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %105 = "stablehlo.scatter"(%arg10, %104, %94) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>):
      "stablehlo.return"(%arg15) : (tensor<i32>) -> ()
    }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
    %106 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %107 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %108 = "stablehlo.compare"(%106, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %109 = "stablehlo.add"(%106, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %110 = "stablehlo.select"(%108, %109, %106) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %111 = "stablehlo.compare"(%107, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %112 = "stablehlo.add"(%107, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %113 = "stablehlo.select"(%111, %112, %107) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %114 = "stablehlo.dynamic_slice"(%83, %110, %113) <{slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1x1xf32>) -> tensor<f32>
    %116 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %118 = "stablehlo.compare"(%38, %117) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %119 = "stablehlo.compare"(%115, %32) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
    %121 = "stablehlo.and"(%118, %120) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %122 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %123 = "stablehlo.compare"(%35, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %124 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %125 = "stablehlo.select"(%123, %124, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %126 = "stablehlo.compare"(%122, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %127 = "stablehlo.add"(%122, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %128 = "stablehlo.select"(%126, %127, %122) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %129 = "stablehlo.dynamic_slice"(%83, %125, %128) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %130 = "stablehlo.reshape"(%129) : (tensor<4x1xf32>) -> tensor<4xf32>
    %131 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %132 = "stablehlo.divide"(%130, %131) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %133 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %134 = "stablehlo.compare"(%35, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %135 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %136 = "stablehlo.select"(%134, %135, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %137 = "stablehlo.compare"(%133, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %138 = "stablehlo.add"(%133, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %139 = "stablehlo.select"(%137, %138, %133) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %140 = "stablehlo.dynamic_slice"(%83, %136, %139) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<4x1xf32>) -> tensor<4xf32>
    %142 = "stablehlo.select"(%121, %132, %141) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %143 = "stablehlo.compare"(%arg8, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %144 = "stablehlo.add"(%arg8, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %145 = "stablehlo.select"(%143, %144, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %146 = "stablehlo.convert"(%145) : (tensor<i32>) -> tensor<i32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %148 = "stablehlo.scatter"(%83, %147, %142) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      "stablehlo.return"(%arg13) : (tensor<f32>) -> ()
    }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
    %149 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %150 = "stablehlo.compare"(%35, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %151 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %152 = "stablehlo.select"(%150, %151, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %153 = "stablehlo.compare"(%149, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %154 = "stablehlo.add"(%149, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %155 = "stablehlo.select"(%153, %154, %149) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %156 = "stablehlo.dynamic_slice"(%148, %152, %155) <{slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %157 = "stablehlo.reshape"(%156) : (tensor<4x1xf32>) -> tensor<4xf32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %159 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %160 = "stablehlo.compare"(%159, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %161 = "stablehlo.add"(%159, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %162 = "stablehlo.select"(%160, %161, %159) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %163 = "stablehlo.compare"(%35, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %164 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %165 = "stablehlo.select"(%163, %164, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %166 = "stablehlo.dynamic_slice"(%148, %162, %165) <{slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
    %167 = "stablehlo.reshape"(%166) : (tensor<1x4xf32>) -> tensor<4xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
    %169 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x4xf32>
    %170 = "stablehlo.broadcast_in_dim"(%168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<4x4xf32>
    %171 = "stablehlo.multiply"(%169, %170) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %172 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %173 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x1xi32>
    %175 = "stablehlo.compare"(%172, %174) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
    %176 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %177 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %179 = "stablehlo.compare"(%176, %178) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %180 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xi1>) -> tensor<4x4xi1>
    %181 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi1>) -> tensor<4x4xi1>
    %182 = "stablehlo.and"(%180, %181) : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
    %183 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %184 = "stablehlo.select"(%182, %171, %183) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %185 = "stablehlo.subtract"(%148, %184) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%37, %61, %105, %185) : (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<i32>, sym_name = "argmax", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4xf32>):
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xi32>
    %22:2 = "stablehlo.reduce"(%arg3, %21, %20, %19) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<i32>, %arg6: tensor<f32>, %arg7: tensor<i32>):
      %23 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %25 = "stablehlo.or"(%23, %24) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %26 = "stablehlo.compare"(%arg4, %arg6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %27 = "stablehlo.compare"(%arg5, %arg7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %28 = "stablehlo.and"(%26, %27) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %29 = "stablehlo.or"(%25, %28) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %30 = "stablehlo.select"(%25, %arg4, %arg6) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %31 = "stablehlo.select"(%29, %arg5, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%30, %31) : (tensor<f32>, tensor<i32>) -> ()
    }) : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
    "func.return"(%22#1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x4xf32>, tensor<4xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x4xf32>, %arg1: tensor<4xi32>, %arg2: tensor<4x4xf32>):
    %0 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x4xf32>) -> tensor<4x4x1xf32>
    %3 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %4 = "stablehlo.compare"(%arg1, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %5 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %6 = "stablehlo.add"(%arg1, %5) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %7 = "stablehlo.select"(%4, %6, %arg1) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %9 = "stablehlo.gather"(%2, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 4, 1, 1>}> : (tensor<4x4x1xf32>, tensor<4x1xi32>) -> tensor<4x4x1xf32>
    %10 = "stablehlo.transpose"(%9) <{permutation = array<i64: 1, 2, 0>}> : (tensor<4x4x1xf32>) -> tensor<4x1x4xf32>
    %11 = "stablehlo.reshape"(%10) : (tensor<4x1x4xf32>) -> tensor<4x4xf32>
    %12 = "stablehlo.triangular_solve"(%arg0, %11) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %13 = "stablehlo.reshape"(%12) : (tensor<4x4xf32>) -> tensor<4x1x4xf32>
    %14 = "stablehlo.reshape"(%13) : (tensor<4x1x4xf32>) -> tensor<4x4xf32>
    %15 = "stablehlo.triangular_solve"(%arg0, %14) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %16 = "stablehlo.reshape"(%15) : (tensor<4x4xf32>) -> tensor<4x1x4xf32>
    %17 = "stablehlo.transpose"(%16) <{permutation = array<i64: 2, 0, 1>}> : (tensor<4x1x4xf32>) -> tensor<4x4x1xf32>
    %18 = "stablehlo.reshape"(%17) : (tensor<4x4x1xf32>) -> tensor<4x4xf32>
    "func.return"(%18) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
