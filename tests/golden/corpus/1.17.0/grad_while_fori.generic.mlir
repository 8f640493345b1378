"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<f32>) -> tensor<f32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<f32>):
    %9 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3xf32>
    %15:4 = "stablehlo.while"(%arg11, %11, %12, %14) ({
    ^bb0(%arg26: tensor<f32>, %arg27: tensor<i32>, %arg28: tensor<f32>, %arg29: tensor<3xf32>):
      %26 = "stablehlo.compare"(%arg27, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%26) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<i32>, %arg24: tensor<f32>, %arg25: tensor<3xf32>):
      %23:2 = "func.call"(%arg22, %arg24) <{callee = @closed_call}> : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %24 = "func.call"(%arg25, %23#1, %arg23) <{callee = @dynamic_update_index_in_dim}> : (tensor<3xf32>, tensor<f32>, tensor<i32>) -> tensor<3xf32>
      %25 = "stablehlo.add"(%arg23, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg22, %25, %23#0, %24) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> ()
    }) : (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>) -> (tensor<f32>, tensor<i32>, tensor<f32>, tensor<3xf32>)
    %16:5 = "stablehlo.while"(%15#3, %arg11, %11, %13, %12) ({
    ^bb0(%arg17: tensor<3xf32>, %arg18: tensor<f32>, %arg19: tensor<i32>, %arg20: tensor<f32>, %arg21: tensor<f32>):
      %22 = "stablehlo.compare"(%arg19, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%22) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg12: tensor<3xf32>, %arg13: tensor<f32>, %arg14: tensor<i32>, %arg15: tensor<f32>, %arg16: tensor<f32>):
      %17 = "stablehlo.subtract"(%10, %arg14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %18 = "stablehlo.subtract"(%17, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %19 = "func.call"(%arg12, %18) <{callee = @dynamic_index_in_dim}> : (tensor<3xf32>, tensor<i32>) -> tensor<f32>
      %20:2 = "func.call"(%arg13, %arg15, %arg16, %19) <{callee = @closed_call_0}> : (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %21 = "stablehlo.add"(%arg14, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg12, %arg13, %21, %20#0, %20#1) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>) -> (tensor<3xf32>, tensor<f32>, tensor<i32>, tensor<f32>, tensor<f32>)
    "func.return"(%16#3) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
    %7 = "stablehlo.convert"(%arg10) : (tensor<f32>) -> tensor<f32>
    %8 = "stablehlo.multiply"(%7, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%8, %7) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<3xf32>, tensor<f32>, tensor<i32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<3xf32>, %arg7: tensor<f32>, %arg8: tensor<i32>):
    %5 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %6 = "stablehlo.dynamic_update_slice"(%arg6, %5, %arg8) : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
    "func.return"(%6) : (tensor<3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<3xf32>, %arg5: tensor<i32>):
    %3 = "stablehlo.dynamic_slice"(%arg4, %arg5) <{slice_sizes = array<i64: 1>}> : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
    %4 = "stablehlo.reshape"(%3) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%4) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), res_attrs = [{}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.multiply"(%arg3, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.add"(%arg1, %0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.multiply"(%arg2, %arg0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%1, %2) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
