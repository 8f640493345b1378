"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xui64>, tensor<8xui64>) -> (tensor<8xui64>, tensor<8xui64>, tensor<8xui64>, tensor<8xf64>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xui64>, %arg1: tensor<8xui64>):
    %0 = "stablehlo.add"(%arg0, %arg1) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %1 = "stablehlo.xor"(%arg0, %arg1) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %2 = "stablehlo.maximum"(%arg0, %arg1) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %3 = "stablehlo.convert"(%arg0) : (tensor<8xui64>) -> tensor<8xf64>
    "func.return"(%0, %1, %2, %3) : (tensor<8xui64>, tensor<8xui64>, tensor<8xui64>, tensor<8xf64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
