"builtin.module"() <{sym_name = "jit_bitwise_or"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>):
    %0 = "stablehlo.or"(%arg0, %arg1) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%0) : (tensor<16xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
