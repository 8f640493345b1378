"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> (tensor<2xf32>, tensor<3x5xbf16>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2xf32>):
    %0 = "stablehlo.constant"() <{value = dense<[[4.000000e+00, 5.125000e+00, 8.187500e+00, 2.281250e+00, 5.312500e+00], [3.234380e+00, 6.812500e+00, 4.875000e+00, 1.820310e+00, 4.656250e+00], [2.171880e+00, 4.453130e-01, 1.015630e+00, 3.078130e+00, 1.386720e-01]]> : tensor<3x5xbf16>}> : () -> tensor<3x5xbf16>
    "func.return"(%arg0, %0) : (tensor<2xf32>, tensor<3x5xbf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
