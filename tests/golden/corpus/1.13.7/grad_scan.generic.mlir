"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<5xf32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<5xf32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %10:4 = "stablehlo.while"(%arg5, %6, %7, %9) ({
    ^bb0(%arg20: tensor<5xf32>, %arg21: tensor<i32>, %arg22: tensor<f32>, %arg23: tensor<5xf32>):
      %30 = "stablehlo.compare"(%arg21, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%30) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<5xf32>, %arg17: tensor<i32>, %arg18: tensor<f32>, %arg19: tensor<5xf32>):
      %24 = "stablehlo.dynamic_slice"(%arg16, %arg17) <{slice_sizes = array<i64: 1>}> : (tensor<5xf32>, tensor<i32>) -> tensor<1xf32>
      %25 = "stablehlo.reshape"(%24) : (tensor<1xf32>) -> tensor<f32>
      %26:2 = "func.call"(%arg18, %25) <{callee = @closed_call}> : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %27 = "stablehlo.broadcast_in_dim"(%26#1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %28 = "stablehlo.dynamic_update_slice"(%arg19, %27, %arg17) : (tensor<5xf32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
      %29 = "stablehlo.add"(%arg17, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg16, %29, %26#0, %28) : (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> ()
    }) : (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>)
    %11 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %12:5 = "stablehlo.while"(%arg5, %10#3, %6, %7, %11) ({
    ^bb0(%arg11: tensor<5xf32>, %arg12: tensor<5xf32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<5xf32>):
      %23 = "stablehlo.compare"(%arg13, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%23) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg6: tensor<5xf32>, %arg7: tensor<5xf32>, %arg8: tensor<i32>, %arg9: tensor<f32>, %arg10: tensor<5xf32>):
      %13 = "stablehlo.subtract"(%5, %arg8) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %14 = "stablehlo.subtract"(%13, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %15 = "stablehlo.dynamic_slice"(%arg6, %14) <{slice_sizes = array<i64: 1>}> : (tensor<5xf32>, tensor<i32>) -> tensor<1xf32>
      %16 = "stablehlo.reshape"(%15) : (tensor<1xf32>) -> tensor<f32>
      %17 = "stablehlo.dynamic_slice"(%arg7, %14) <{slice_sizes = array<i64: 1>}> : (tensor<5xf32>, tensor<i32>) -> tensor<1xf32>
      %18 = "stablehlo.reshape"(%17) : (tensor<1xf32>) -> tensor<f32>
      %19:2 = "func.call"(%arg9, %16, %18) <{callee = @closed_call_3}> : (tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %20 = "stablehlo.broadcast_in_dim"(%19#1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %21 = "stablehlo.dynamic_update_slice"(%arg10, %20, %14) : (tensor<5xf32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
      %22 = "stablehlo.add"(%arg8, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg6, %arg7, %22, %19#0, %21) : (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> ()
    }) : (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>)
    "func.return"(%12#4) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>):
    %2 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.multiply"(%2, %arg4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%3, %2) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), sym_name = "closed_call_3", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.multiply"(%arg2, %arg0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.multiply"(%arg0, %arg1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%1, %0) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
