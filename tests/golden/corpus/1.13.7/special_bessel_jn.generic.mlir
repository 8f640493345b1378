"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<3x8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg22: tensor<8xf32>):
    %57 = "func.call"(%arg22) <{callee = @bessel_jn}> : (tensor<8xf32>) -> tensor<3x8xf32>
    "func.return"(%57) : (tensor<3x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<3x8xf32>, sym_name = "bessel_jn", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<8xf32>):
    %27 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.constant"() <{value = dense<51> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.constant"() <{value = dense<1.000000e-16> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<51xf32>
    %33 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %34 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %35 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %36 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<51x8xf32>
    %37:7 = "stablehlo.while"(%32, %arg7, %29, %33, %34, %35, %36) ({
    ^bb0(%arg15: tensor<51xf32>, %arg16: tensor<8xf32>, %arg17: tensor<i32>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<51x8xf32>):
      %56 = "stablehlo.compare"(%arg17, %28) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%56) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg8: tensor<51xf32>, %arg9: tensor<8xf32>, %arg10: tensor<i32>, %arg11: tensor<8xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<51x8xf32>):
      %48 = "stablehlo.subtract"(%28, %arg10) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %49 = "stablehlo.subtract"(%48, %27) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%arg8, %49) <{slice_sizes = array<i64: 1>}> : (tensor<51xf32>, tensor<i32>) -> tensor<1xf32>
      %51 = "stablehlo.reshape"(%50) : (tensor<1xf32>) -> tensor<f32>
      %52:4 = "func.call"(%arg9, %arg11, %arg12, %arg13, %51) <{callee = @closed_call}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
      %53 = "stablehlo.broadcast_in_dim"(%52#3) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
      %54 = "stablehlo.dynamic_update_slice"(%arg14, %53, %49, %29) : (tensor<51x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<51x8xf32>
      %55 = "stablehlo.add"(%arg10, %27) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg8, %arg9, %55, %52#0, %52#1, %52#2, %54) : (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>) -> ()
    }) : (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>) -> (tensor<51xf32>, tensor<8xf32>, tensor<i32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<51x8xf32>)
    %38 = "stablehlo.slice"(%37#6) <{limit_indices = array<i64: 1, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<51x8xf32>) -> tensor<1x8xf32>
    %39 = "stablehlo.transpose"(%38) <{permutation = array<i64: 1, 0>}> : (tensor<1x8xf32>) -> tensor<8x1xf32>
    %40 = "stablehlo.reshape"(%39) : (tensor<8x1xf32>) -> tensor<8xf32>
    %41 = "stablehlo.slice"(%37#6) <{limit_indices = array<i64: 3, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<51x8xf32>) -> tensor<3x8xf32>
    %42 = "stablehlo.subtract"(%37#5, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %43 = "stablehlo.transpose"(%41) <{permutation = array<i64: 1, 0>}> : (tensor<3x8xf32>) -> tensor<8x3xf32>
    %44 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8x1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x3xf32>
    %46 = "stablehlo.divide"(%43, %45) : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<8x3xf32>
    %47 = "stablehlo.transpose"(%46) <{permutation = array<i64: 1, 0>}> : (tensor<8x3xf32>) -> tensor<3x8xf32>
    "func.return"(%47) : (tensor<3x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<f32>):
    %10 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.add"(%arg6, %13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %15 = "stablehlo.multiply"(%12, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %17 = "stablehlo.multiply"(%16, %arg4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %18 = "stablehlo.divide"(%17, %arg2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %19 = "stablehlo.subtract"(%18, %arg3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %20 = "func.call"(%arg6, %11) <{callee = @remainder}> : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %21 = "stablehlo.compare"(%20, %10) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %22 = "stablehlo.convert"(%21) : (tensor<i1>) -> tensor<i32>
    %23 = "stablehlo.case"(%22) ({
      "stablehlo.return"(%arg5) : (tensor<8xf32>) -> ()
    }, {
      %24 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %25 = "stablehlo.multiply"(%24, %19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %26 = "stablehlo.add"(%arg5, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%26) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    "func.return"(%arg4, %19, %23, %19) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<i32>) -> tensor<f32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<f32>
    %2 = "stablehlo.remainder"(%arg0, %1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.compare"(%2, %0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %4 = "stablehlo.compare"(%2, %0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = "stablehlo.compare"(%1, %0) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %6 = "stablehlo.compare"(%4, %5) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %7 = "stablehlo.and"(%6, %3) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = "stablehlo.add"(%2, %1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %9 = "stablehlo.select"(%7, %8, %2) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%9) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
