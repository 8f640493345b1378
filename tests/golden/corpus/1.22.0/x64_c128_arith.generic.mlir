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
    %20 = "stablehlo.multiply"(%8, %17) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %21 = "stablehlo.multiply"(%8, %18) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %22 = "stablehlo.select"(%16, %21, %8) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %23 = "stablehlo.select"(%14, %20, %22) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %24 = "stablehlo.multiply"(%9, %17) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %25 = "stablehlo.multiply"(%9, %18) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %26 = "stablehlo.select"(%16, %25, %9) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %27 = "stablehlo.select"(%14, %24, %26) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %28 = "stablehlo.select"(%16, %17, %19) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %29 = "stablehlo.select"(%14, %18, %28) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %30 = "stablehlo.multiply"(%23, %23) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %31 = "stablehlo.multiply"(%27, %27) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %32 = "stablehlo.add"(%30, %31) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %33 = "stablehlo.sqrt"(%32) : (tensor<8xf64>) -> tensor<8xf64>
    %34 = "stablehlo.multiply"(%33, %29) : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    %35 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f64>) -> tensor<8xf64>
    %36 = "stablehlo.compare"(%10, %35) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %37 = "stablehlo.compare"(%11, %35) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %38 = "stablehlo.or"(%36, %37) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %39 = "stablehlo.select"(%38, %35, %34) : (tensor<8xi1>, tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
    "func.return"(%6, %7, %39) : (tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
