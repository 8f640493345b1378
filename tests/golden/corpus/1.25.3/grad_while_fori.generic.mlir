"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<f32>) -> tensor<f32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<f32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %10:4 = "stablehlo.while"(%arg5, %6, %7, %9) ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<i32>, %arg22: tensor<f32>, %arg23: tensor<3xf32>):
      %24 = "stablehlo.compare"(%arg21, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%24) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<i32>, %arg18: tensor<f32>, %arg19: tensor<3xf32>):
      %20 = "stablehlo.convert"(%arg18) : (tensor<f32>) -> tensor<f32>
      %21 = "stablehlo.multiply"(%20, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %22 = "func.call"(%arg19, %20, %arg17) <{callee = @dynamic_update_index_in_dim}> : (tensor<3xf32>, tensor<f32>, tensor<i32>) -> tensor<3xf32>
      %23 = "stablehlo.add"(%arg17, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg16, %23, %21, %22) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> ()
    }) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>)
    %11:5 = "stablehlo.while"(%10#3, %arg5, %6, %8, %7) ({
    ^bb0(%arg11: tensor<3xf32>, %arg12: tensor<f32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<f32>):
      %19 = "stablehlo.compare"(%arg13, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%19) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg6: tensor<3xf32>, %arg7: tensor<f32>, %arg8: tensor<i32>, %arg9: tensor<f32>, %arg10: tensor<f32>):
      %12 = "stablehlo.subtract"(%5, %arg8) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %13 = "stablehlo.subtract"(%12, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %14 = "func.call"(%arg6, %13) <{callee = @dynamic_index_in_dim}> : (tensor<3xf32>, tensor<i32>) -> tensor<f32>
      %15 = "stablehlo.multiply"(%14, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %16 = "stablehlo.add"(%arg9, %15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %17 = "stablehlo.multiply"(%arg10, %arg7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %18 = "stablehlo.add"(%arg8, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg6, %arg7, %18, %16, %17) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>)
    "func.return"(%11#3) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<3xf32>, tensor<f32>, tensor<i32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<3xf32>, %arg3: tensor<f32>, %arg4: tensor<i32>):
    %2 = "stablehlo.broadcast_in_dim"(%arg3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %3 = "stablehlo.dynamic_update_slice"(%arg2, %2, %arg4) : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
    "func.return"(%3) : (tensor<3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<3xf32>, %arg1: tensor<i32>):
    %0 = "stablehlo.dynamic_slice"(%arg0, %arg1) <{slice_sizes = array<i64: 1>}> : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%1) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
