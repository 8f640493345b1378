"builtin.module"() <{sym_name = "jit_logistic"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xbf16>) -> tensor<4x8xbf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xbf16>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<bf16>}> : () -> tensor<bf16>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<bf16>) -> tensor<4x8xbf16>
    %2 = "stablehlo.negate"(%arg0) : (tensor<4x8xbf16>) -> tensor<4x8xbf16>
    %3 = "stablehlo.exponential"(%2) : (tensor<4x8xbf16>) -> tensor<4x8xbf16>
    %4 = "stablehlo.add"(%1, %3) : (tensor<4x8xbf16>, tensor<4x8xbf16>) -> tensor<4x8xbf16>
    %5 = "stablehlo.divide"(%1, %4) : (tensor<4x8xbf16>, tensor<4x8xbf16>) -> tensor<4x8xbf16>
    "func.return"(%5) : (tensor<4x8xbf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
