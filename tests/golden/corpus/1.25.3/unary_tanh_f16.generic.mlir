"builtin.module"() <{sym_name = "jit_tanh"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf16>) -> tensor<4x8xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xf16>):
    %0 = "stablehlo.tanh"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf16>
    "func.return"(%0) : (tensor<4x8xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
