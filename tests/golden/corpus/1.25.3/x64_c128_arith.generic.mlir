"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xcomplex<f64>>, %arg1: tensor<8xcomplex<f64>>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FF0000000000000> : tensor<f64>}> : () -> tensor<f64>
    %1 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f64>}> : () -> tensor<f64>
    %2 = "stablehlo.constant"() <{value = dense<4.4989137945431964E+161> : tensor<f64>}> : () -> tensor<f64>
    %3 = "stablehlo.constant"() <{value = dense<2.2227587494850775E-162> : tensor<f64>}> : () -> tensor<f64>
    %4 = "stablehlo.constant"() <{value = dense<1.4901161193847656E-8> : tensor<f64>}> : () -> tensor<f64>
    %5 = "stablehlo.constant"() <{value = dense<6.7039039649712985E+153> : tensor<f64>}> : () -> tensor<f64>
    %6 = "stablehlo.multiply"(%arg0, %arg1) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> tensor<8xcomplex<f64>>
    %7 = "stablehlo.divide"(%arg0, %arg1) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>) -> tensor<8xcomplex<f64>>
    %8 = "stablehlo.real"(%arg0) : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %9 = "stablehlo.imag"(%arg0) : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %10 = "stablehlo.abs"(%8) : (tensor<8xf64>) -> tensor<8xf64>
    %11 = "stablehlo.abs"(%9) : (tensor<8xf64>) -> tensor<8xf64>
    %12 = "stablehlo.maximum"(%10, %11) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %13 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %14 = "stablehlo.compare"(%12, %13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %15 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %16 = "stablehlo.compare"(%12, %15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %17 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %18 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %19 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %20 = "stablehlo.select"(%16, %17, %19) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %21 = "stablehlo.select"(%14, %18, %20) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %22 = "stablehlo.select"(%16, %18, %19) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %23 = "stablehlo.select"(%14, %17, %22) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %24 = "stablehlo.multiply"(%8, %23) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %25 = "stablehlo.multiply"(%9, %23) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %26 = "stablehlo.multiply"(%24, %24) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %27 = "stablehlo.multiply"(%25, %25) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %28 = "stablehlo.add"(%26, %27) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %29 = "stablehlo.sqrt"(%28) : (tensor<8xf64>) -> tensor<8xf64>
    %30 = "stablehlo.multiply"(%29, %21) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %31 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %32 = "stablehlo.compare"(%10, %31) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %33 = "stablehlo.compare"(%11, %31) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %34 = "stablehlo.or"(%32, %33) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %35 = "stablehlo.select"(%34, %31, %30) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    "func.return"(%6, %7, %35) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
