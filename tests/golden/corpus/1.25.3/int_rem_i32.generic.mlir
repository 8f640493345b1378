"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %2 = "stablehlo.or"(%arg1, %1) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %3 = "stablehlo.remainder"(%arg0, %2) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%3) : (tensor<16xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
