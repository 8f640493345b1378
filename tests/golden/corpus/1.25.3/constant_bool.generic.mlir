"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> (tensor<2xf32>, tensor<3x5xi1>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2xf32>):
    %0 = "stablehlo.constant"() <{value = dense<[[false, true, true, false, true], [false, true, true, false, true], [false, false, false, false, false]]> : tensor<3x5xi1>}> : () -> tensor<3x5xi1>
    "func.return"(%arg0, %0) : (tensor<2xf32>, tensor<3x5xi1>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
