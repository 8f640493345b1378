"builtin.module"() <{sym_name = "jit_convert_element_type"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xi8>) -> tensor<8xi16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xi8>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<8xi8>) -> tensor<8xi16>
    "func.return"(%0) : (tensor<8xi16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
