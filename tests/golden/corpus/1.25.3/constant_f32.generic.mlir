"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> (tensor<2xf32>, tensor<3x5xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2xf32>):
    %0 = "stablehlo.constant"() <{value = dense<[[3.99278021, 5.11642075, 8.17293357, 2.28824592, 5.29903126], [3.23210979, 6.80736255, 4.887530e+00, 1.81876016, 4.64494753], [2.17850304, 0.446144164, 1.01626575, 3.08509302, 0.138927013]]> : tensor<3x5xf32>}> : () -> tensor<3x5xf32>
    "func.return"(%arg0, %0) : (tensor<2xf32>, tensor<3x5xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
