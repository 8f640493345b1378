module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xcomplex<f64>>, %arg1: tensor<8xcomplex<f64>>) -> (tensor<8xcomplex<f64>> {jax.result_info = "result[0]"}, tensor<8xcomplex<f64>> {jax.result_info = "result[1]"}, tensor<8xf64> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<0x7FF0000000000000> : tensor<f64>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %cst_1 = stablehlo.constant dense<4.4989137945431964E+161> : tensor<f64>
    %cst_2 = stablehlo.constant dense<2.2227587494850775E-162> : tensor<f64>
    %cst_3 = stablehlo.constant dense<1.4901161193847656E-8> : tensor<f64>
    %cst_4 = stablehlo.constant dense<6.7039039649712985E+153> : tensor<f64>
    %0 = stablehlo.multiply %arg0, %arg1 : tensor<8xcomplex<f64>>
    %1 = stablehlo.divide %arg0, %arg1 : tensor<8xcomplex<f64>>
    %2 = stablehlo.real %arg0 : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %3 = stablehlo.imag %arg0 : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %4 = stablehlo.abs %2 : tensor<8xf64>
    %5 = stablehlo.abs %3 : tensor<8xf64>
    %6 = stablehlo.maximum %4, %5 : tensor<8xf64>
    %7 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %8 = stablehlo.compare GE, %6, %7, FLOAT : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %10 = stablehlo.compare LE, %6, %9, FLOAT : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %12 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %13 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %14 = stablehlo.multiply %2, %11 : tensor<8xf64>
    %15 = stablehlo.multiply %2, %12 : tensor<8xf64>
    %16 = stablehlo.select %10, %15, %2 : tensor<8xi1>, tensor<8xf64>
    %17 = stablehlo.select %8, %14, %16 : tensor<8xi1>, tensor<8xf64>
    %18 = stablehlo.multiply %3, %11 : tensor<8xf64>
    %19 = stablehlo.multiply %3, %12 : tensor<8xf64>
    %20 = stablehlo.select %10, %19, %3 : tensor<8xi1>, tensor<8xf64>
    %21 = stablehlo.select %8, %18, %20 : tensor<8xi1>, tensor<8xf64>
    %22 = stablehlo.select %10, %11, %13 : tensor<8xi1>, tensor<8xf64>
    %23 = stablehlo.select %8, %12, %22 : tensor<8xi1>, tensor<8xf64>
    %24 = stablehlo.multiply %17, %17 : tensor<8xf64>
    %25 = stablehlo.multiply %21, %21 : tensor<8xf64>
    %26 = stablehlo.add %24, %25 : tensor<8xf64>
    %27 = stablehlo.sqrt %26 : tensor<8xf64>
    %28 = stablehlo.multiply %27, %23 : tensor<8xf64>
    %29 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f64>) -> tensor<8xf64>
    %30 = stablehlo.compare EQ, %4, %29, FLOAT : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %31 = stablehlo.compare EQ, %5, %29, FLOAT : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xi1>
    %32 = stablehlo.or %30, %31 : tensor<8xi1>
    %33 = stablehlo.select %32, %29, %28 : tensor<8xi1>, tensor<8xf64>
    return %0, %1, %33 : tensor<8xcomplex<f64>>, tensor<8xcomplex<f64>>, tensor<8xf64>
  }
}
