"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf64>, tensor<8xf64>) -> (tensor<8xf64>, tensor<8xf64>, tensor<8xf64>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf64>, %arg1: tensor<8xf64>):
    %0 = "stablehlo.multiply"(%arg0, %arg1) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %1 = "stablehlo.divide"(%arg0, %arg1) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %2 = "stablehlo.add"(%0, %1) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %3 = "stablehlo.exponential"(%arg0) : (tensor<8xf64>) -> tensor<8xf64>
    %4 = "stablehlo.abs"(%arg1) : (tensor<8xf64>) -> tensor<8xf64>
    %5 = "stablehlo.sqrt"(%4) : (tensor<8xf64>) -> tensor<8xf64>
    "func.return"(%2, %3, %5) : (tensor<8xf64>, tensor<8xf64>, tensor<8xf64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
