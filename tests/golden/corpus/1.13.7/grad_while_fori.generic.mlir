"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<f32>) -> tensor<f32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg6: tensor<f32>):
    %5 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %11:4 = "stablehlo.while"(%arg6, %7, %8, %10) ({
    ^bb0(%arg21: tensor<f32>, %arg22: tensor<i32>, %arg23: tensor<f32>, %arg24: tensor<3xf32>):
      %24 = "stablehlo.compare"(%arg22, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%24) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<i32>, %arg19: tensor<f32>, %arg20: tensor<3xf32>):
      %20:2 = "func.call"(%arg17, %arg19) <{callee = @closed_call}> : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %21 = "stablehlo.broadcast_in_dim"(%20#1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %22 = "stablehlo.dynamic_update_slice"(%arg20, %21, %arg18) : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
      %23 = "stablehlo.add"(%arg18, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg17, %23, %20#0, %22) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> ()
    }) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>)
    %12:5 = "stablehlo.while"(%11#3, %arg6, %7, %9, %8) ({
    ^bb0(%arg12: tensor<3xf32>, %arg13: tensor<f32>, %arg14: tensor<i32>, %arg15: tensor<f32>, %arg16: tensor<f32>):
      %19 = "stablehlo.compare"(%arg14, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%19) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg7: tensor<3xf32>, %arg8: tensor<f32>, %arg9: tensor<i32>, %arg10: tensor<f32>, %arg11: tensor<f32>):
      %13 = "stablehlo.subtract"(%6, %arg9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %14 = "stablehlo.subtract"(%13, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %15 = "stablehlo.dynamic_slice"(%arg7, %14) <{slice_sizes = array<i64: 1>}> : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
      %16 = "stablehlo.reshape"(%15) : (tensor<1xf32>) -> tensor<f32>
      %17:2 = "func.call"(%arg8, %arg10, %arg11, %16) <{callee = @closed_call_3}> : (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %18 = "stablehlo.add"(%arg9, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg7, %arg8, %18, %17#0, %17#1) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>)
    "func.return"(%12#3) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
    %3 = "stablehlo.convert"(%arg5) : (tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.multiply"(%3, %arg4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%4, %3) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), sym_name = "closed_call_3", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.multiply"(%arg3, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.add"(%arg1, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.multiply"(%arg2, %arg0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%1, %2) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
