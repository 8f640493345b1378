"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xcomplex<f64>>, %arg1: tensor<8xcomplex<f64>>):
    %0 = "stablehlo.multiply"(%arg0, %arg1) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> tensor<8xcomplex<f64>>
    %1 = "stablehlo.divide"(%arg0, %arg1) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> tensor<8xcomplex<f64>>
    %2 = "stablehlo.abs"(%arg0) : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    "func.return"(%0, %1, %2) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
