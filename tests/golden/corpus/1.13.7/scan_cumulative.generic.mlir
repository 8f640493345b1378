"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<6xf32>) -> (tensor<f32>, tensor<6xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg2: tensor<6xf32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %9:4 = "stablehlo.while"(%arg2, %6, %7, %8) ({
    ^bb0(%arg7: tensor<6xf32>, %arg8: tensor<i32>, %arg9: tensor<f32>, %arg10: tensor<6xf32>):
      %16 = "stablehlo.compare"(%arg8, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%16) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg3: tensor<6xf32>, %arg4: tensor<i32>, %arg5: tensor<f32>, %arg6: tensor<6xf32>):
      %10 = "stablehlo.dynamic_slice"(%arg3, %arg4) <{slice_sizes = array<i64: 1>}> : (tensor<6xf32>, tensor<i32>) -> tensor<1xf32>
      %11 = "stablehlo.reshape"(%10) : (tensor<1xf32>) -> tensor<f32>
      %12:2 = "func.call"(%arg5, %11) <{callee = @closed_call}> : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
      %13 = "stablehlo.broadcast_in_dim"(%12#1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %14 = "stablehlo.dynamic_update_slice"(%arg6, %13, %arg4) : (tensor<6xf32>, tensor<1xf32>, tensor<i32>) -> tensor<6xf32>
      %15 = "stablehlo.add"(%arg4, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg3, %15, %12#0, %14) : (tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<6xf32>) -> ()
    }) : (tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<6xf32>) -> (tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<6xf32>)
    "func.return"(%9#2, %9#3) : (tensor<f32>, tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<f32>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.add"(%0, %arg1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.convert"(%arg0) : (tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.multiply"(%2, %arg1) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%1, %3) : (tensor<f32>, tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
