"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<5xf32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<5xf32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %10:4 = "stablehlo.while"(%arg5, %6, %7, %9) ({
    ^bb0(%arg20: tensor<5xf32>, %arg21: tensor<i32>, %arg22: tensor<f32>, %arg23: tensor<5xf32>):
      %27 = "stablehlo.compare"(%arg21, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%27) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<5xf32>, %arg17: tensor<i32>, %arg18: tensor<f32>, %arg19: tensor<5xf32>):
      %22 = "func.call"(%arg16, %arg17) <{callee = @dynamic_index_in_dim}> : (tensor<5xf32>, tensor<i32>) -> tensor<f32>
      %23 = "stablehlo.convert"(%arg18) : (tensor<f32>) -> tensor<f32>
      %24 = "stablehlo.multiply"(%23, %22) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %25 = "func.call"(%arg19, %23, %arg17) <{callee = @dynamic_update_index_in_dim}> : (tensor<5xf32>, tensor<f32>, tensor<i32>) -> tensor<5xf32>
      %26 = "stablehlo.add"(%arg17, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg16, %26, %24, %25) : (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> ()
    }) : (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> (tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>)
    %11 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %12:5 = "stablehlo.while"(%arg5, %10#3, %6, %7, %11) ({
    ^bb0(%arg11: tensor<5xf32>, %arg12: tensor<5xf32>, %arg13: tensor<i32>, %arg14: tensor<f32>, %arg15: tensor<5xf32>):
      %21 = "stablehlo.compare"(%arg13, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%21) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg6: tensor<5xf32>, %arg7: tensor<5xf32>, %arg8: tensor<i32>, %arg9: tensor<f32>, %arg10: tensor<5xf32>):
      %13 = "stablehlo.subtract"(%5, %arg8) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %14 = "stablehlo.subtract"(%13, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %15 = "func.call"(%arg6, %14) <{callee = @dynamic_index_in_dim}> : (tensor<5xf32>, tensor<i32>) -> tensor<f32>
      %16 = "func.call"(%arg7, %14) <{callee = @dynamic_index_in_dim}> : (tensor<5xf32>, tensor<i32>) -> tensor<f32>
      %17 = "stablehlo.multiply"(%16, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %18 = "stablehlo.multiply"(%arg9, %15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %19 = "func.call"(%arg10, %17, %14) <{callee = @dynamic_update_index_in_dim}> : (tensor<5xf32>, tensor<f32>, tensor<i32>) -> tensor<5xf32>
      %20 = "stablehlo.add"(%arg8, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg6, %arg7, %20, %18, %19) : (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> ()
    }) : (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>) -> (tensor<5xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<5xf32>)
    "func.return"(%12#4) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<5xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<5xf32>, %arg4: tensor<i32>):
    %2 = "stablehlo.dynamic_slice"(%arg3, %arg4) <{slice_sizes = array<i64: 1>}> : (tensor<5xf32>, tensor<i32>) -> tensor<1xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%3) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xf32>, tensor<f32>, tensor<i32>) -> tensor<5xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<5xf32>, %arg1: tensor<f32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2) : (tensor<5xf32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
    "func.return"(%1) : (tensor<5xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
