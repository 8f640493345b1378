"builtin.module"() <{sym_name = "jit_int_mix"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi8>, tensor<16xi8>) -> (tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}, {jax.result_info = "result[4]"}, {jax.result_info = "result[5]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg7: tensor<16xi8>, %arg8: tensor<16xi8>):
    %31 = "stablehlo.constant"() <{value = dense<1> : tensor<i8>}> : () -> tensor<i8>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %33 = "stablehlo.or"(%arg8, %32) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %34 = "stablehlo.add"(%arg7, %arg8) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %35 = "stablehlo.multiply"(%34, %arg8) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %36 = "func.call"(%arg7, %33) <{callee = @floor_divide}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %37 = "stablehlo.subtract"(%35, %36) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %38 = "func.call"(%arg7, %33) <{callee = @remainder}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %39 = "stablehlo.and"(%arg7, %arg8) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %40 = "stablehlo.not"(%arg7) : (tensor<16xi8>) -> tensor<16xi8>
    %41 = "stablehlo.xor"(%40, %arg8) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %42 = "stablehlo.or"(%39, %41) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %43 = "stablehlo.popcnt"(%arg7) : (tensor<16xi8>) -> tensor<16xi8>
    %44 = "stablehlo.count_leading_zeros"(%arg8) : (tensor<16xi8>) -> tensor<16xi8>
    %45 = "stablehlo.maximum"(%arg7, %arg8) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    "func.return"(%37, %38, %42, %43, %44, %45) : (tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>, tensor<16xi8>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<16xi8>, %arg6: tensor<16xi8>):
    %18 = "stablehlo.constant"() <{value = dense<1> : tensor<i8>}> : () -> tensor<i8>
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i8>}> : () -> tensor<i8>
    %20 = "stablehlo.divide"(%arg5, %arg6) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %21 = "stablehlo.sign"(%arg5) : (tensor<16xi8>) -> tensor<16xi8>
    %22 = "stablehlo.sign"(%arg6) : (tensor<16xi8>) -> tensor<16xi8>
    %23 = "stablehlo.compare"(%21, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %24 = "stablehlo.remainder"(%arg5, %arg6) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %25 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %26 = "stablehlo.compare"(%24, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %27 = "stablehlo.and"(%23, %26) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %28 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %29 = "stablehlo.subtract"(%20, %28) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %30 = "func.call"(%27, %29, %20) <{callee = @_where}> : (tensor<16xi1>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    "func.return"(%30) : (tensor<16xi8>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi1>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<16xi1>, %arg3: tensor<16xi8>, %arg4: tensor<16xi8>):
    %17 = "stablehlo.select"(%arg2, %arg3, %arg4) : (tensor<16xi1>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    "func.return"(%17) : (tensor<16xi8>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<16xi8>, %arg1: tensor<16xi8>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i8>}> : () -> tensor<i8>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i8>}> : () -> tensor<i8>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %3 = "stablehlo.compare"(%arg1, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %4 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %5 = "func.call"(%3, %4, %arg1) <{callee = @_where}> : (tensor<16xi1>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %6 = "stablehlo.remainder"(%arg0, %5) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %7 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %8 = "stablehlo.compare"(%6, %7) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %9 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %10 = "stablehlo.compare"(%6, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %11 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %12 = "stablehlo.compare"(%5, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi1>
    %13 = "stablehlo.compare"(%10, %12) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %14 = "stablehlo.and"(%13, %8) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %15 = "stablehlo.add"(%6, %5) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %16 = "stablehlo.select"(%14, %15, %6) : (tensor<16xi1>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    "func.return"(%16) : (tensor<16xi8>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
