"builtin.module"() <{sym_name = "jit_int_mix"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xui32>, tensor<16xui32>) -> (tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}, {jax.result_info = "result[4]"}, {jax.result_info = "result[5]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg7: tensor<16xui32>, %arg8: tensor<16xui32>):
    %19 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %21 = "stablehlo.or"(%arg8, %20) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %22 = "stablehlo.add"(%arg7, %arg8) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %23 = "stablehlo.multiply"(%22, %arg8) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %24 = "func.call"(%arg7, %21) <{callee = @floor_divide}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %25 = "stablehlo.subtract"(%23, %24) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %26 = "func.call"(%arg7, %21) <{callee = @remainder}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %27 = "stablehlo.and"(%arg7, %arg8) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %28 = "stablehlo.not"(%arg7) : (tensor<16xui32>) -> tensor<16xui32>
    %29 = "stablehlo.xor"(%28, %arg8) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %30 = "stablehlo.or"(%27, %29) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %31 = "stablehlo.popcnt"(%arg7) : (tensor<16xui32>) -> tensor<16xui32>
    %32 = "stablehlo.count_leading_zeros"(%arg8) : (tensor<16xui32>) -> tensor<16xui32>
    %33 = "stablehlo.maximum"(%arg7, %arg8) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    "func.return"(%25, %26, %30, %31, %32, %33) : (tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>, tensor<16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<16xui32>, %arg6: tensor<16xui32>):
    %18 = "stablehlo.divide"(%arg5, %arg6) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    "func.return"(%18) : (tensor<16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16xui32>, %arg4: tensor<16xui32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %4 = "stablehlo.compare"(%arg4, %3) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %5 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %6 = "func.call"(%4, %5, %arg4) <{callee = @_where}> : (tensor<16xi1>, tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %7 = "stablehlo.remainder"(%arg3, %6) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %10 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %12 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %13 = "stablehlo.compare"(%6, %12) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %14 = "stablehlo.compare"(%11, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %15 = "stablehlo.and"(%14, %9) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %16 = "stablehlo.add"(%7, %6) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %17 = "stablehlo.select"(%15, %16, %7) : (tensor<16xi1>, tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    "func.return"(%17) : (tensor<16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi1>, tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<16xi1>, %arg1: tensor<16xui32>, %arg2: tensor<16xui32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<16xi1>, tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    "func.return"(%0) : (tensor<16xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
