"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> (tensor<10xf32>, tensor<10xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<6xf32>):
    %14 = "func.call"(%arg3) <{callee = @_pad}> : (tensor<6xf32>) -> tensor<10xf32>
    %15 = "func.call"(%arg3) <{callee = @_pad_0}> : (tensor<6xf32>) -> tensor<10xf32>
    "func.return"(%14, %15) : (tensor<10xf32>, tensor<10xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> tensor<10xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<6xf32>):
    %8 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 3>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<2xf32>
    %9 = "func.call"(%8) <{callee = @_flip}> : (tensor<2xf32>) -> tensor<2xf32>
    %10 = "stablehlo.concatenate"(%9, %arg2) <{dimension = 0 : i64}> : (tensor<2xf32>, tensor<6xf32>) -> tensor<8xf32>
    %11 = "stablehlo.slice"(%10) <{limit_indices = array<i64: 7>, start_indices = array<i64: 5>, strides = array<i64: 1>}> : (tensor<8xf32>) -> tensor<2xf32>
    %12 = "func.call"(%11) <{callee = @_flip}> : (tensor<2xf32>) -> tensor<2xf32>
    %13 = "stablehlo.concatenate"(%10, %12) <{dimension = 0 : i64}> : (tensor<8xf32>, tensor<2xf32>) -> tensor<10xf32>
    "func.return"(%13) : (tensor<10xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> tensor<2xf32>, res_attrs = [{}], sym_name = "_flip", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<2xf32>):
    %7 = "stablehlo.reverse"(%arg1) <{dimensions = array<i64: 0>}> : (tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%7) : (tensor<2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<6xf32>) -> tensor<10xf32>, res_attrs = [{}], sym_name = "_pad_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<6xf32>):
    %0 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1xf32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1x1xf32>) -> tensor<1xf32>
    %3 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 6>, start_indices = array<i64: 5>, strides = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<1x3xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1x3xf32>) -> tensor<3xf32>
    %6 = "stablehlo.concatenate"(%2, %arg0, %5) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<6xf32>, tensor<3xf32>) -> tensor<10xf32>
    "func.return"(%6) : (tensor<10xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
