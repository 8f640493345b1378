"builtin.module"() <{sym_name = "jit_fmuladd"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<5xf16>, tensor<5xf16>, tensor<5xf16>) -> tensor<5xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<5xf16>, %arg1: tensor<5xf16>, %arg2: tensor<5xf16>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<5xf16>) -> tensor<5xf32>
    %1 = "stablehlo.convert"(%arg1) : (tensor<5xf16>) -> tensor<5xf32>
    %2 = "stablehlo.convert"(%arg2) : (tensor<5xf16>) -> tensor<5xf32>
    %3 = "stablehlo.fma"(%0, %1, %2) : (tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
    %4 = "stablehlo.convert"(%3) : (tensor<5xf32>) -> tensor<5xf16>
    "func.return"(%4) : (tensor<5xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
