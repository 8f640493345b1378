"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> (tensor<2xf32>, tensor<3x5xi8>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2xf32>):
    %0 = "stablehlo.constant"() <{value = dense<[[8, 4, 3, 5, 8], [9, 2, 2, 5, 5], [2, 3, 9, 7, 8]]> : tensor<3x5xi8>}> : () -> tensor<3x5xi8>
    "func.return"(%arg0, %0) : (tensor<2xf32>, tensor<3x5xi8>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
