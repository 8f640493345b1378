"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xbf16>) -> tensor<4x8xbf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xbf16>):
    %0 = "stablehlo.abs"(%arg0) : (tensor<4x8xbf16>) -> tensor<4x8xbf16>
    %1 = "stablehlo.sqrt"(%0) : (tensor<4x8xbf16>) -> tensor<4x8xbf16>
    "func.return"(%1) : (tensor<4x8xbf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
