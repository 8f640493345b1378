"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi64>, tensor<8xi64>) -> (tensor<8xi64>, tensor<8xi64>, tensor<8xi64>, tensor<8xi64>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<8xi64>, %arg6: tensor<8xi64>):
    %14 = "stablehlo.constant"() <{value = dense<3> : tensor<i64>}> : () -> tensor<i64>
    %15 = "stablehlo.constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
    %16 = "stablehlo.multiply"(%arg5, %arg6) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i64>) -> tensor<8xi64>
    %18 = "stablehlo.or"(%arg6, %17) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %19 = "func.call"(%arg5, %18) <{callee = @floor_divide}> : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %20 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i64>) -> tensor<8xi64>
    %21 = "stablehlo.shift_right_arithmetic"(%arg5, %20) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %22 = "stablehlo.popcnt"(%arg5) : (tensor<8xi64>) -> tensor<8xi64>
    "func.return"(%16, %19, %21, %22) : (tensor<8xi64>, tensor<8xi64>, tensor<8xi64>, tensor<8xi64>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<8xi64>, %arg4: tensor<8xi64>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i64>}> : () -> tensor<i64>
    %3 = "stablehlo.divide"(%arg3, %arg4) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %4 = "stablehlo.sign"(%arg3) : (tensor<8xi64>) -> tensor<8xi64>
    %5 = "stablehlo.sign"(%arg4) : (tensor<8xi64>) -> tensor<8xi64>
    %6 = "stablehlo.compare"(%4, %5) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi1>
    %7 = "stablehlo.remainder"(%arg3, %arg4) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i64>) -> tensor<8xi64>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi1>
    %10 = "stablehlo.and"(%6, %9) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %11 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i64>) -> tensor<8xi64>
    %12 = "stablehlo.subtract"(%3, %11) : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    %13 = "func.call"(%10, %12, %3) <{callee = @_where}> : (tensor<8xi1>, tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    "func.return"(%13) : (tensor<8xi64>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xi1>, %arg1: tensor<8xi64>, %arg2: tensor<8xi64>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<8xi1>, tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
    "func.return"(%0) : (tensor<8xi64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
