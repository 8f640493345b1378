"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<11xf32>) -> (tensor<f32>, tensor<f32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg18: tensor<11xf32>):
    %85 = "stablehlo.constant"() <{value = dense<7.500000e+01> : tensor<f32>}> : () -> tensor<f32>
    %86 = "func.call"(%arg18) <{callee = @median}> : (tensor<11xf32>) -> tensor<f32>
    %87 = "func.call"(%arg18, %85) <{callee = @percentile}> : (tensor<11xf32>, tensor<f32>) -> tensor<f32>
    "func.return"(%86, %87) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<11xf32>) -> tensor<f32>, res_attrs = [{}], sym_name = "median", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<11xf32>):
    %83 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %84 = "func.call"(%arg17, %83) <{callee = @quantile}> : (tensor<11xf32>, tensor<f32>) -> tensor<f32>
    "func.return"(%84) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<11xf32>, tensor<f32>) -> tensor<f32>, res_attrs = [{}], sym_name = "quantile", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<11xf32>, %arg12: tensor<f32>):
    %46 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<1.100000e+01> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %50 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %52 = "stablehlo.compare"(%arg11, %arg11) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<11xf32>, tensor<11xf32>) -> tensor<11xi1>
    %53 = "stablehlo.reduce"(%52, %51) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg15: tensor<i1>, %arg16: tensor<i1>):
      %82 = "stablehlo.or"(%arg15, %arg16) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%82) : (tensor<i1>) -> ()
    }) : (tensor<11xi1>, tensor<i1>) -> tensor<i1>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %55 = "func.call"(%54, %50, %arg11) <{callee = @_where}> : (tensor<1xi1>, tensor<f32>, tensor<11xf32>) -> tensor<11xf32>
    %56 = "stablehlo.sort"(%55) <{dimension = 0 : i64}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %73 = "stablehlo.compare"(%arg13, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %74 = "stablehlo.select"(%73, %49, %arg13) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %75 = "stablehlo.compare"(%arg13, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %76 = "stablehlo.select"(%75, %50, %74) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %77 = "stablehlo.compare"(%arg14, %49) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %78 = "stablehlo.select"(%77, %49, %arg14) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %79 = "stablehlo.compare"(%arg14, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %80 = "stablehlo.select"(%79, %50, %78) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %81 = "stablehlo.compare"(%76, %80) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%81) : (tensor<i1>) -> ()
    }) : (tensor<11xf32>) -> tensor<11xf32>
    %57 = "stablehlo.subtract"(%48, %47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %58 = "stablehlo.multiply"(%arg12, %57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %59 = "stablehlo.floor"(%58) : (tensor<f32>) -> tensor<f32>
    %60 = "stablehlo.ceil"(%58) : (tensor<f32>) -> tensor<f32>
    %61 = "stablehlo.subtract"(%48, %47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %62 = "stablehlo.clamp"(%49, %59, %61) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %63 = "stablehlo.subtract"(%48, %47) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %64 = "stablehlo.clamp"(%49, %60, %63) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %65 = "stablehlo.convert"(%62) : (tensor<f32>) -> tensor<i32>
    %66 = "stablehlo.convert"(%64) : (tensor<f32>) -> tensor<i32>
    %67 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.gather"(%56, %67) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0]>, slice_sizes = array<i64: 1>}> : (tensor<11xf32>, tensor<1xi32>) -> tensor<f32>
    %69 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %70 = "stablehlo.gather"(%56, %69) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0]>, slice_sizes = array<i64: 1>}> : (tensor<11xf32>, tensor<1xi32>) -> tensor<f32>
    %71 = "stablehlo.add"(%68, %70) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %72 = "stablehlo.multiply"(%71, %46) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%72) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1xi1>, tensor<f32>, tensor<11xf32>) -> tensor<11xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<1xi1>, %arg9: tensor<f32>, %arg10: tensor<11xf32>):
    %42 = "stablehlo.convert"(%arg9) : (tensor<f32>) -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi1>) -> tensor<11xi1>
    %44 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<11xf32>
    %45 = "stablehlo.select"(%43, %44, %arg10) : (tensor<11xi1>, tensor<11xf32>, tensor<11xf32>) -> tensor<11xf32>
    "func.return"(%45) : (tensor<11xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<11xf32>, tensor<f32>) -> tensor<f32>, res_attrs = [{}], sym_name = "percentile", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<11xf32>, %arg7: tensor<f32>):
    %39 = "stablehlo.constant"() <{value = dense<1.000000e+02> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.divide"(%arg7, %39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %41 = "func.call"(%arg6, %40) <{callee = @quantile_0}> : (tensor<11xf32>, tensor<f32>) -> tensor<f32>
    "func.return"(%41) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<11xf32>, tensor<f32>) -> tensor<f32>, res_attrs = [{}], sym_name = "quantile_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<11xf32>, %arg1: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<1.100000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %3 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %5 = "stablehlo.compare"(%arg0, %arg0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<11xf32>, tensor<11xf32>) -> tensor<11xi1>
    %6 = "stablehlo.reduce"(%5, %4) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg4: tensor<i1>, %arg5: tensor<i1>):
      %38 = "stablehlo.or"(%arg4, %arg5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%38) : (tensor<i1>) -> ()
    }) : (tensor<11xi1>, tensor<i1>) -> tensor<i1>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %8 = "func.call"(%7, %3, %arg0) <{callee = @_where}> : (tensor<1xi1>, tensor<f32>, tensor<11xf32>) -> tensor<11xf32>
    %9 = "stablehlo.sort"(%8) <{dimension = 0 : i64}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %29 = "stablehlo.compare"(%arg2, %2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %30 = "stablehlo.select"(%29, %2, %arg2) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %31 = "stablehlo.compare"(%arg2, %arg2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %32 = "stablehlo.select"(%31, %3, %30) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %33 = "stablehlo.compare"(%arg3, %2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %34 = "stablehlo.select"(%33, %2, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %35 = "stablehlo.compare"(%arg3, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %36 = "stablehlo.select"(%35, %3, %34) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %37 = "stablehlo.compare"(%32, %36) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%37) : (tensor<i1>) -> ()
    }) : (tensor<11xf32>) -> tensor<11xf32>
    %10 = "stablehlo.subtract"(%1, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %11 = "stablehlo.multiply"(%arg1, %10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %12 = "stablehlo.floor"(%11) : (tensor<f32>) -> tensor<f32>
    %13 = "stablehlo.ceil"(%11) : (tensor<f32>) -> tensor<f32>
    %14 = "stablehlo.subtract"(%11, %12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %15 = "stablehlo.subtract"(%0, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %16 = "stablehlo.subtract"(%1, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %17 = "stablehlo.clamp"(%2, %12, %16) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.subtract"(%1, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %19 = "stablehlo.clamp"(%2, %13, %18) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %20 = "stablehlo.convert"(%17) : (tensor<f32>) -> tensor<i32>
    %21 = "stablehlo.convert"(%19) : (tensor<f32>) -> tensor<i32>
    %22 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.gather"(%9, %22) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0]>, slice_sizes = array<i64: 1>}> : (tensor<11xf32>, tensor<1xi32>) -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.gather"(%9, %24) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0]>, slice_sizes = array<i64: 1>}> : (tensor<11xf32>, tensor<1xi32>) -> tensor<f32>
    %26 = "stablehlo.multiply"(%23, %15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %27 = "stablehlo.multiply"(%25, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %28 = "stablehlo.add"(%26, %27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%28) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
