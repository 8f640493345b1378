"builtin.module"() <{sym_name = "jit_mul"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xf16>, %arg1: tensor<4x8xf16>):
    %0 = "stablehlo.multiply"(%arg0, %arg1) : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
    "func.return"(%0) : (tensor<4x8xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
