"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<10xi32>) -> tensor<5xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg34: tensor<10xi32>):
    %82 = "stablehlo.constant"() <{value = dense<10> : tensor<i32>}> : () -> tensor<i32>
    %83 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %84 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %86:2 = "func.call"(%arg34) <{callee = @_unique_sorted_mask}> : (tensor<10xi32>) -> (tensor<10xi32>, tensor<10xi1>)
    %87 = "func.call"(%86#1) <{callee = @cumsum}> : (tensor<10xi1>) -> tensor<10xi32>
    %88 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %89 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<10xi32>
    %90 = "stablehlo.compare"(%87, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<10xi32>, tensor<10xi32>) -> tensor<10xi1>
    %91 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<10xi32>
    %92 = "stablehlo.add"(%87, %91) : (tensor<10xi32>, tensor<10xi32>) -> tensor<10xi32>
    %93 = "stablehlo.select"(%90, %92, %87) : (tensor<10xi1>, tensor<10xi32>, tensor<10xi32>) -> tensor<10xi32>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0>}> : (tensor<10xi32>) -> tensor<10x1xi32>
    %95 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<10xi32>
    %96 = "stablehlo.scatter"(%88, %94, %95) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg39: tensor<i32>, %arg40: tensor<i32>):
      %122 = "stablehlo.add"(%arg39, %arg40) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%122) : (tensor<i32>) -> ()
    }) : (tensor<5xi32>, tensor<10x1xi32>, tensor<10xi32>) -> tensor<5xi32>
    %97 = "func.call"(%96) <{callee = @cumsum_1}> : (tensor<5xi32>) -> tensor<5xi32>
    %98 = "func.call"(%97, %83) <{callee = @floor_divide}> : (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>
    %99 = "func.call"(%98, %82) <{callee = @remainder}> : (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>
    %100 = "stablehlo.convert"(%86#1) : (tensor<10xi1>) -> tensor<10xi32>
    %101 = "stablehlo.reduce"(%100, %85) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg37: tensor<i32>, %arg38: tensor<i32>):
      %121 = "stablehlo.add"(%arg37, %arg38) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%121) : (tensor<i32>) -> ()
    }) : (tensor<10xi32>, tensor<i32>) -> tensor<i32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<5xi32>
    %104 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<5xi32>
    %105 = "stablehlo.compare"(%103, %104) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %106 = "func.call"(%105, %85, %99) <{callee = @_where_4}> : (tensor<5xi1>, tensor<i32>, tensor<5xi32>) -> tensor<5xi32>
    %107 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %108 = "stablehlo.compare"(%106, %107) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %109 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %110 = "stablehlo.add"(%106, %109) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %111 = "stablehlo.select"(%108, %110, %106) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64: 0>}> : (tensor<5xi32>) -> tensor<5x1xi32>
    %113 = "stablehlo.gather"(%86#0, %112) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<10xi32>, tensor<5x1xi32>) -> tensor<5xi32>
    %114 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<5xi32>
    %115 = "stablehlo.convert"(%86#1) : (tensor<10xi1>) -> tensor<10xi32>
    %116 = "stablehlo.reduce"(%115, %85) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg35: tensor<i32>, %arg36: tensor<i32>):
      %120 = "stablehlo.add"(%arg35, %arg36) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%120) : (tensor<i32>) -> ()
    }) : (tensor<10xi32>, tensor<i32>) -> tensor<i32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %118 = "stablehlo.compare"(%114, %117) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %119 = "func.call"(%118, %113, %85) <{callee = @_where_5}> : (tensor<5xi1>, tensor<5xi32>, tensor<i32>) -> tensor<5xi32>
    "func.return"(%119) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<10xi32>) -> (tensor<10xi32>, tensor<10xi1>), res_attrs = [{}, {}], sym_name = "_unique_sorted_mask", sym_visibility = "private"}> ({
  ^bb0(%arg29: tensor<10xi32>):
    %58 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %60 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %61 = "stablehlo.constant"() <{value = dense<10> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.reshape"(%arg29) : (tensor<10xi32>) -> tensor<10x1xi32>
    %64 = "stablehlo.transpose"(%63) <{permutation = array<i64: 1, 0>}> : (tensor<10x1xi32>) -> tensor<1x10xi32>
    %65 = "stablehlo.reverse"(%64) <{dimensions = array<i64: 0>}> : (tensor<1x10xi32>) -> tensor<1x10xi32>
    %66 = "func.call"(%65) <{callee = @lexsort}> : (tensor<1x10xi32>) -> tensor<10xi32>
    %67 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<10xi32>
    %68 = "stablehlo.compare"(%66, %67) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<10xi32>, tensor<10xi32>) -> tensor<10xi1>
    %69 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<10xi32>
    %70 = "stablehlo.add"(%66, %69) : (tensor<10xi32>, tensor<10xi32>) -> tensor<10xi32>
    %71 = "stablehlo.select"(%68, %70, %66) : (tensor<10xi1>, tensor<10xi32>, tensor<10xi32>) -> tensor<10xi32>
    %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64: 0>}> : (tensor<10xi32>) -> tensor<10x1xi32>
    %73 = "stablehlo.gather"(%arg29, %72) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<10xi32>, tensor<10x1xi32>) -> tensor<10xi32>
    %74 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<10xi1>
    %75 = "stablehlo.slice"(%73) <{limit_indices = array<i64: 10>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<10xi32>) -> tensor<9xi32>
    %76 = "stablehlo.slice"(%73) <{limit_indices = array<i64: 9>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xi32>) -> tensor<9xi32>
    %77 = "stablehlo.compare"(%75, %76) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<9xi32>, tensor<9xi32>) -> tensor<9xi1>
    %78 = "stablehlo.reduce"(%77, %59) <{dimensions = array<i64>}> ({
    ^bb0(%arg32: tensor<i1>, %arg33: tensor<i1>):
      %81 = "stablehlo.or"(%arg32, %arg33) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%81) : (tensor<i1>) -> ()
    }) : (tensor<9xi1>, tensor<i1>) -> tensor<9xi1>
    %79 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.scatter"(%74, %79, %78) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg30: tensor<i1>, %arg31: tensor<i1>):
      "stablehlo.return"(%arg31) : (tensor<i1>) -> ()
    }) : (tensor<10xi1>, tensor<1xi32>, tensor<9xi1>) -> tensor<10xi1>
    "func.return"(%73, %80) : (tensor<10xi32>, tensor<10xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x10xi32>) -> tensor<10xi32>, res_attrs = [{}], sym_name = "lexsort", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<1x10xi32>):
    %53 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<10xi32>
    %54 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 1, 10>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x10xi32>) -> tensor<1x10xi32>
    %55 = "stablehlo.reshape"(%54) : (tensor<1x10xi32>) -> tensor<10xi32>
    %56:2 = "stablehlo.sort"(%55, %53) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg25: tensor<i32>, %arg26: tensor<i32>, %arg27: tensor<i32>, %arg28: tensor<i32>):
      %57 = "stablehlo.compare"(%arg25, %arg26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%57) : (tensor<i1>) -> ()
    }) : (tensor<10xi32>, tensor<10xi32>) -> (tensor<10xi32>, tensor<10xi32>)
    "func.return"(%56#1) : (tensor<10xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<10xi1>) -> tensor<10xi32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<10xi1>):
    %51 = "stablehlo.convert"(%arg23) : (tensor<10xi1>) -> tensor<10xi32>
    %52 = "func.call"(%51) <{callee = @cumsum_0}> : (tensor<10xi32>) -> tensor<10xi32>
    "func.return"(%52) : (tensor<10xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<10xi32>) -> tensor<10xi32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<10xi32>):
    %47 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %49 = "stablehlo.reduce_window"(%arg20, %48) <{padding = dense<[[9, 0]]> : tensor<1x2xi64>, window_dimensions = array<i64: 10>}> ({
    ^bb0(%arg21: tensor<i32>, %arg22: tensor<i32>):
      %50 = "stablehlo.add"(%arg21, %arg22) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%50) : (tensor<i32>) -> ()
    }) : (tensor<10xi32>, tensor<i32>) -> tensor<10xi32>
    "func.return"(%49) : (tensor<10xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<5xi32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "cumsum_1", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<5xi32>):
    %46 = "func.call"(%arg19) <{callee = @cumsum_2}> : (tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%46) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<5xi32>) -> tensor<5xi32>, sym_name = "cumsum_2", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<5xi32>):
    %42 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<i32>
    %44 = "stablehlo.reduce_window"(%arg16, %43) <{padding = dense<[[4, 0]]> : tensor<1x2xi64>, window_dimensions = array<i64: 5>}> ({
    ^bb0(%arg17: tensor<i32>, %arg18: tensor<i32>):
      %45 = "stablehlo.add"(%arg17, %arg18) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%45) : (tensor<i32>) -> ()
    }) : (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>
    "func.return"(%44) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<5xi32>, %arg15: tensor<i32>):
    %25 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %29 = "stablehlo.divide"(%arg14, %28) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %30 = "stablehlo.sign"(%arg14) : (tensor<5xi32>) -> tensor<5xi32>
    %31 = "stablehlo.sign"(%27) : (tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %33 = "stablehlo.compare"(%30, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %34 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %35 = "stablehlo.remainder"(%arg14, %34) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %36 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %37 = "stablehlo.compare"(%35, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %38 = "stablehlo.and"(%33, %37) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %39 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %40 = "stablehlo.subtract"(%29, %39) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %41 = "func.call"(%38, %40, %29) <{callee = @_where}> : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%41) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<5xi1>, %arg12: tensor<5xi32>, %arg13: tensor<5xi32>):
    %24 = "stablehlo.select"(%arg11, %arg12, %arg13) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%24) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<5xi32>, %arg10: tensor<i32>):
    %6 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<i32>
    %9 = "stablehlo.compare"(%8, %7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = "func.call"(%9, %6, %8) <{callee = @_where_3}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %12 = "stablehlo.remainder"(%arg9, %11) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %13 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %14 = "stablehlo.compare"(%12, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %15 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %16 = "stablehlo.compare"(%12, %15) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %17 = "stablehlo.compare"(%10, %7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<5xi1>
    %19 = "stablehlo.compare"(%16, %18) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %20 = "stablehlo.and"(%19, %14) : (tensor<5xi1>, tensor<5xi1>) -> tensor<5xi1>
    %21 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %22 = "stablehlo.add"(%12, %21) : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %23 = "stablehlo.select"(%20, %22, %12) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%23) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where_3", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i1>, %arg7: tensor<i32>, %arg8: tensor<i32>):
    %5 = "stablehlo.select"(%arg6, %arg7, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%5) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xi1>, tensor<i32>, tensor<5xi32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "_where_4", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<5xi1>, %arg4: tensor<i32>, %arg5: tensor<5xi32>):
    %2 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %4 = "stablehlo.select"(%arg3, %3, %arg5) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%4) : (tensor<5xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xi1>, tensor<5xi32>, tensor<i32>) -> tensor<5xi32>, res_attrs = [{}], sym_name = "_where_5", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<5xi1>, %arg1: tensor<5xi32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<5xi32>
    %1 = "stablehlo.select"(%arg0, %arg1, %0) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    "func.return"(%1) : (tensor<5xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
