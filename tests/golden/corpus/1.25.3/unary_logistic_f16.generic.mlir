"builtin.module"() <{sym_name = "jit_logistic"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf16>) -> tensor<4x8xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xf16>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f16>}> : () -> tensor<f16>
    %1 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f16>}> : () -> tensor<f16>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f16>) -> tensor<4x8xf16>
    %3 = "stablehlo.abs"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf16>
    %4 = "stablehlo.negate"(%3) : (tensor<4x8xf16>) -> tensor<4x8xf16>
    %5 = "stablehlo.exponential"(%4) : (tensor<4x8xf16>) -> tensor<4x8xf16>
    %6 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f16>) -> tensor<4x8xf16>
    %7 = "stablehlo.compare"(%arg0, %6) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xi1>
    %8 = "stablehlo.select"(%7, %2, %5) : (tensor<4x8xi1>, tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
    %9 = "stablehlo.add"(%2, %5) : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
    %10 = "stablehlo.divide"(%8, %9) : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
    "func.return"(%10) : (tensor<4x8xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
