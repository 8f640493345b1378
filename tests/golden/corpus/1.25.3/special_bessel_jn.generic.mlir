"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<3x8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg22: tensor<8xf32>):
    %58 = "func.call"(%arg22) <{callee = @bessel_jn}> : (tensor<8xf32>) -> tensor<3x8xf32>
    "func.return"(%58) : (tensor<3x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<3x8xf32>, res_attrs = [{}], sym_name = "bessel_jn", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<8xf32>):
    %15 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<51> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<1.000000e-16> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<51xf32>
    %24 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %25 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %26 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %27 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<51x8xf32>
    %28:7 = "stablehlo.while"(%23, %arg7, %20, %24, %25, %26, %27) ({
    ^bb0(%arg15: tensor<51xf32>, %arg16: tensor<8xf32>, %arg17: tensor<i32>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<51x8xf32>):
      %57 = "stablehlo.compare"(%arg17, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%57) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg8: tensor<51xf32>, %arg9: tensor<8xf32>, %arg10: tensor<i32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<51x8xf32>):
      %39 = "stablehlo.subtract"(%19, %arg10) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %40 = "stablehlo.subtract"(%39, %18) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %41 = "func.call"(%arg8, %40) <{callee = @dynamic_index_in_dim}> : (tensor<51xf32>, tensor<i32>) -> tensor<f32>
      %42 = "stablehlo.add"(%41, %17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %43 = "stablehlo.multiply"(%16, %42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %45 = "stablehlo.multiply"(%44, %arg12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %46 = "stablehlo.divide"(%45, %arg9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %47 = "stablehlo.subtract"(%46, %arg11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %48 = "func.call"(%41, %15) <{callee = @remainder}> : (tensor<f32>, tensor<i32>) -> tensor<f32>
      %49 = "stablehlo.compare"(%48, %22) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %50 = "stablehlo.convert"(%49) : (tensor<i1>) -> tensor<i32>
      %51 = "stablehlo.case"(%50) ({
        "stablehlo.return"(%arg13) : (tensor<8xf32>) -> ()
      }, {
        %54 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
        %55 = "stablehlo.multiply"(%54, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        %56 = "stablehlo.add"(%arg13, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
        "stablehlo.return"(%56) : (tensor<8xf32>) -> ()
      }) : (tensor<i32>) -> tensor<8xf32>
      %52 = "func.call"(%arg14, %47, %40) <{callee = @dynamic_update_index_in_dim}> : (tensor<51x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<51x8xf32>
      %53 = "stablehlo.add"(%arg10, %18) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg8, %arg9, %53, %arg12, %47, %51, %52) : (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>) -> ()
    }) : (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>) -> (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>)
    %29 = "stablehlo.slice"(%28#6) <{limit_indices = array<i64: 1, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<51x8xf32>) -> tensor<1x8xf32>
    %30 = "stablehlo.transpose"(%29) <{permutation = array<i64: 1, 0>}> : (tensor<1x8xf32>) -> tensor<8x1xf32>
    %31 = "stablehlo.reshape"(%30) : (tensor<8x1xf32>) -> tensor<8xf32>
    %32 = "stablehlo.slice"(%28#6) <{limit_indices = array<i64: 3, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<51x8xf32>) -> tensor<3x8xf32>
    %33 = "stablehlo.subtract"(%28#5, %31) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %34 = "stablehlo.transpose"(%32) <{permutation = array<i64: 1, 0>}> : (tensor<3x8xf32>) -> tensor<8x3xf32>
    %35 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x3xf32>
    %37 = "stablehlo.divide"(%34, %36) : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<8x3xf32>
    %38 = "stablehlo.transpose"(%37) <{permutation = array<i64: 1, 0>}> : (tensor<8x3xf32>) -> tensor<3x8xf32>
    "func.return"(%38) : (tensor<3x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<51xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<51xf32>, %arg6: tensor<i32>):
    %13 = "stablehlo.dynamic_slice"(%arg5, %arg6) <{slice_sizes = array<i64: 1>}> : (tensor<51xf32>, tensor<i32>) -> tensor<1xf32>
    %14 = "stablehlo.reshape"(%13) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%14) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<f32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<f32>, %arg4: tensor<i32>):
    %3 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %5 = "stablehlo.remainder"(%arg3, %4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.compare"(%5, %3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %7 = "stablehlo.compare"(%5, %3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %8 = "stablehlo.compare"(%4, %3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %10 = "stablehlo.and"(%9, %6) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %11 = "stablehlo.add"(%5, %4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %12 = "stablehlo.select"(%10, %11, %5) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%12) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<51x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<51x8xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<51x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %1, %arg2, %0) : (tensor<51x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<51x8xf32>
    "func.return"(%2) : (tensor<51x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
