"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<5x3xf32>) -> tensor<5xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg1: tensor<5x3xf32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<5xf32>
    %6:3 = "stablehlo.while"(%arg1, %3, %5) ({
    ^bb0(%arg5: tensor<5x3xf32>, %arg6: tensor<i32>, %arg7: tensor<5xf32>):
      %13 = "stablehlo.compare"(%arg6, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%13) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg2: tensor<5x3xf32>, %arg3: tensor<i32>, %arg4: tensor<5xf32>):
      %7 = "stablehlo.dynamic_slice"(%arg2, %arg3, %3) <{slice_sizes = array<i64: 1, 3>}> : (tensor<5x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x3xf32>
      %8 = "stablehlo.reshape"(%7) : (tensor<1x3xf32>) -> tensor<3xf32>
      %9 = "func.call"(%8) <{callee = @closed_call}> : (tensor<3xf32>) -> tensor<f32>
      %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
      %11 = "stablehlo.dynamic_update_slice"(%arg4, %10, %arg3) : (tensor<5xf32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
      %12 = "stablehlo.add"(%arg3, %1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg2, %12, %11) : (tensor<5x3xf32>, tensor<i32>, tensor<5xf32>) -> ()
    }) : (tensor<5x3xf32>, tensor<i32>, tensor<5xf32>) -> (tensor<5x3xf32>, tensor<i32>, tensor<5xf32>)
    "func.return"(%6#2) : (tensor<5xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<3xf32>) -> tensor<f32>, sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<3xf32>):
    %0 = "stablehlo.dot_general"(%arg0, %arg0) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>}> : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
    "func.return"(%0) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
