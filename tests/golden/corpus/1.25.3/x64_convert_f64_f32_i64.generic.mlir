"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf64>) -> (tensor<8xf32>, tensor<8xi64>, tensor<8xcomplex<f64>>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf64>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<8xf64>) -> tensor<8xf32>
    %1 = "stablehlo.convert"(%arg0) : (tensor<8xf64>) -> tensor<8xi64>
    %2 = "stablehlo.convert"(%arg0) : (tensor<8xf64>) -> tensor<8xcomplex<f64>>
    "func.return"(%0, %1, %2) : (tensor<8xf32>, tensor<8xi64>, tensor<8xcomplex<f64>>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
