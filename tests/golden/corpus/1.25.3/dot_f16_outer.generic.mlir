"builtin.module"() <{sym_name = "jit_outer"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xf16>, tensor<5xf16>) -> tensor<4x5xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4xf16>, %arg1: tensor<5xf16>):
    %0 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf16>) -> tensor<4x1xf16>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<5xf16>) -> tensor<1x5xf16>
    %2 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf16>) -> tensor<4x5xf16>
    %3 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x5xf16>) -> tensor<4x5xf16>
    %4 = "stablehlo.multiply"(%2, %3) : (tensor<4x5xf16>, tensor<4x5xf16>) -> tensor<4x5xf16>
    "func.return"(%4) : (tensor<4x5xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
