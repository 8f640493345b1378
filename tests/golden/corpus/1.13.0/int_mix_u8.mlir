module @jit_int_mix attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xui8>, %arg1: tensor<16xui8>) -> (tensor<16xui8> {jax.result_info = "result[0]"}, tensor<16xui8> {jax.result_info = "result[1]"}, tensor<16xui8> {jax.result_info = "result[2]"}, tensor<16xui8> {jax.result_info = "result[3]"}, tensor<16xui8> {jax.result_info = "result[4]"}, tensor<16xui8> {jax.result_info = "result[5]"}) {
    %c = stablehlo.constant dense<1> : tensor<ui8>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %1 = stablehlo.or %arg1, %0 : tensor<16xui8>
    %2 = stablehlo.add %arg0, %arg1 : tensor<16xui8>
    %3 = stablehlo.multiply %2, %arg1 : tensor<16xui8>
    %4 = call @floor_divide(%arg0, %1) : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xui8>
    %5 = stablehlo.subtract %3, %4 : tensor<16xui8>
    %6 = call @remainder(%arg0, %1) : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xui8>
    %7 = stablehlo.and %arg0, %arg1 : tensor<16xui8>
    %8 = stablehlo.not %arg0 : tensor<16xui8>
    %9 = stablehlo.xor %8, %arg1 : tensor<16xui8>
    %10 = stablehlo.or %7, %9 : tensor<16xui8>
    %11 = stablehlo.popcnt %arg0 : tensor<16xui8>
    %12 = stablehlo.count_leading_zeros %arg1 : tensor<16xui8>
    %13 = stablehlo.maximum %arg0, %arg1 : tensor<16xui8>
    return %5, %6, %10, %11, %12, %13 : tensor<16xui8>, tensor<16xui8>, tensor<16xui8>, tensor<16xui8>, tensor<16xui8>, tensor<16xui8>
  }
  func.func private @floor_divide(%arg0: tensor<16xui8>, %arg1: tensor<16xui8>) -> tensor<16xui8> {
    %0 = stablehlo.divide %arg0, %arg1 : tensor<16xui8>
    return %0 : tensor<16xui8>
  }
  func.func private @remainder(%arg0: tensor<16xui8>, %arg1: tensor<16xui8>) -> tensor<16xui8> {
    %c = stablehlo.constant dense<1> : tensor<ui8>
    %c_0 = stablehlo.constant dense<0> : tensor<ui8>
    %0 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %1 = stablehlo.compare EQ, %arg1, %0, UNSIGNED : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xi1>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %3 = call @_where(%1, %2, %arg1) : (tensor<16xi1>, tensor<16xui8>, tensor<16xui8>) -> tensor<16xui8>
    %4 = stablehlo.remainder %arg0, %3 : tensor<16xui8>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %6 = stablehlo.compare NE, %4, %5, UNSIGNED : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xi1>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %8 = stablehlo.compare LT, %4, %7, UNSIGNED : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xi1>
    %9 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui8>) -> tensor<16xui8>
    %10 = stablehlo.compare LT, %3, %9, UNSIGNED : (tensor<16xui8>, tensor<16xui8>) -> tensor<16xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %12 = stablehlo.and %11, %6 : tensor<16xi1>
    %13 = stablehlo.add %4, %3 : tensor<16xui8>
    %14 = stablehlo.select %12, %13, %4 : tensor<16xi1>, tensor<16xui8>
    return %14 : tensor<16xui8>
  }
  func.func private @_where(%arg0: tensor<16xi1>, %arg1: tensor<16xui8>, %arg2: tensor<16xui8>) -> tensor<16xui8> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<16xi1>, tensor<16xui8>
    return %0 : tensor<16xui8>
  }
}
