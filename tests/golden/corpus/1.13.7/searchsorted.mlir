module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<5xf32>) -> (tensor<5xi32> {jax.result_info = "result[0]"}, tensor<5xi32> {jax.result_info = "result[1]"}, tensor<5xi32> {jax.result_info = "result[2]"}) {
    %0 = call @searchsorted(%arg0, %arg1) : (tensor<8xf32>, tensor<5xf32>) -> tensor<5xi32>
    %1 = call @searchsorted_7(%arg0, %arg1) : (tensor<8xf32>, tensor<5xf32>) -> tensor<5xi32>
    %2 = call @searchsorted_23(%arg0, %arg1) : (tensor<8xf32>, tensor<5xf32>) -> tensor<5xi32>
    return %0, %1, %2 : tensor<5xi32>, tensor<5xi32>, tensor<5xi32>
  }
  func.func private @searchsorted(%arg0: tensor<8xf32>, %arg1: tensor<5xf32>) -> tensor<5xi32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %c_1 = stablehlo.constant dense<8> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %1 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %2:5 = stablehlo.while(%iterArg = %arg0, %iterArg_3 = %arg1, %iterArg_4 = %c_2, %iterArg_5 = %0, %iterArg_6 = %1) : tensor<8xf32>, tensor<5xf32>, tensor<i32>, tensor<5xi32>, tensor<5xi32>
    cond {
      %3 = stablehlo.compare  LT, %iterArg_4, %c_0,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %3 : tensor<i1>
    } do {
      %3:2 = func.call @closed_call(%iterArg, %iterArg_3, %iterArg_5, %iterArg_6) : (tensor<8xf32>, tensor<5xf32>, tensor<5xi32>, tensor<5xi32>) -> (tensor<5xi32>, tensor<5xi32>)
      %4 = stablehlo.add %iterArg_4, %c : tensor<i32>
      stablehlo.return %iterArg, %iterArg_3, %4, %3#0, %3#1 : tensor<8xf32>, tensor<5xf32>, tensor<i32>, tensor<5xi32>, tensor<5xi32>
    }
    return %2#4 : tensor<5xi32>
  }
  func.func private @closed_call(%arg0: tensor<8xf32>, %arg1: tensor<5xf32>, %arg2: tensor<5xi32>, %arg3: tensor<5xi32>) -> (tensor<5xi32>, tensor<5xi32>) {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<8> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<2> : tensor<ui32>
    %0 = stablehlo.convert %arg2 : (tensor<5xi32>) -> tensor<5xui32>
    %1 = stablehlo.convert %arg3 : (tensor<5xi32>) -> tensor<5xui32>
    %2 = stablehlo.add %0, %1 : tensor<5xui32>
    %3 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<5xui32>
    %4 = stablehlo.divide %2, %3 : tensor<5xui32>
    %5 = stablehlo.convert %4 : (tensor<5xui32>) -> tensor<5xi32>
    %6 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %7 = stablehlo.compare  LT, %5, %6,  SIGNED : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %9 = stablehlo.add %5, %8 : tensor<5xi32>
    %10 = stablehlo.select %7, %9, %5 : tensor<5xi1>, tensor<5xi32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0] : (tensor<5xi32>) -> tensor<5x1xi32>
    %12 = "stablehlo.gather"(%arg0, %11) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<8xf32>, tensor<5x1xi32>) -> tensor<5x1xf32>
    %13 = stablehlo.reshape %12 : (tensor<5x1xf32>) -> tensor<5xf32>
    %14 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %15 = stablehlo.compare  EQ, %arg1, %14,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %16 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %17 = stablehlo.select %15, %16, %arg1 : tensor<5xi1>, tensor<5xf32>
    %18 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %19 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %20 = stablehlo.select %18, %19, %17 : tensor<5xi1>, tensor<5xf32>
    %21 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %22 = stablehlo.compare  EQ, %13, %21,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %23 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %24 = stablehlo.select %22, %23, %13 : tensor<5xi1>, tensor<5xf32>
    %25 = stablehlo.compare  NE, %13, %13,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %26 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %27 = stablehlo.select %25, %26, %24 : tensor<5xi1>, tensor<5xf32>
    %28 = stablehlo.compare  LE, %20, %27,  TOTALORDER : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %29 = call @_where(%28, %arg2, %5) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    %30 = call @_where(%28, %5, %arg3) : (tensor<5xi1>, tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
    return %29, %30 : tensor<5xi32>, tensor<5xi32>
  }
  func.func private @_where(%arg0: tensor<5xi1>, %arg1: tensor<5xi32>, %arg2: tensor<5xi32>) -> tensor<5xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<5xi1>, tensor<5xi32>
    return %0 : tensor<5xi32>
  }
  func.func private @searchsorted_7(%arg0: tensor<8xf32>, %arg1: tensor<5xf32>) -> tensor<5xi32> {
    %c = stablehlo.constant dense<5> : tensor<i32>
    %c_0 = stablehlo.constant dense<13> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<ui32>
    %0 = stablehlo.concatenate %arg1, %arg0, dim = 0 : (tensor<5xf32>, tensor<8xf32>) -> tensor<13xf32>
    %1 = stablehlo.iota dim = 0 : tensor<13xui32>
    %2 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<13xui32>
    %3 = call @argsort(%0) : (tensor<13xf32>) -> tensor<13xi32>
    %4 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<13xi32>
    %5 = stablehlo.compare  LT, %3, %4,  SIGNED : (tensor<13xi32>, tensor<13xi32>) -> tensor<13xi1>
    %6 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<13xi32>
    %7 = stablehlo.add %3, %6 : tensor<13xi32>
    %8 = stablehlo.select %5, %7, %3 : tensor<13xi1>, tensor<13xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<13xi32>) -> tensor<13x1xi32>
    %10 = "stablehlo.scatter"(%2, %9, %1) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg2: tensor<ui32>, %arg3: tensor<ui32>):
      stablehlo.return %arg3 : tensor<ui32>
    }) : (tensor<13xui32>, tensor<13x1xi32>, tensor<13xui32>) -> tensor<13xui32>
    %11 = stablehlo.slice %10 [0:5] : (tensor<13xui32>) -> tensor<5xui32>
    %12 = stablehlo.iota dim = 0 : tensor<5xui32>
    %13 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<5xui32>
    %14 = call @argsort_19(%arg1) : (tensor<5xf32>) -> tensor<5xi32>
    %15 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %16 = stablehlo.compare  LT, %14, %15,  SIGNED : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi1>
    %17 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<5xi32>
    %18 = stablehlo.add %14, %17 : tensor<5xi32>
    %19 = stablehlo.select %16, %18, %14 : tensor<5xi1>, tensor<5xi32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<5xi32>) -> tensor<5x1xi32>
    %21 = "stablehlo.scatter"(%13, %20, %12) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg2: tensor<ui32>, %arg3: tensor<ui32>):
      stablehlo.return %arg3 : tensor<ui32>
    }) : (tensor<5xui32>, tensor<5x1xi32>, tensor<5xui32>) -> tensor<5xui32>
    %22 = stablehlo.subtract %11, %21 : tensor<5xui32>
    %23 = stablehlo.convert %22 : (tensor<5xui32>) -> tensor<5xi32>
    return %23 : tensor<5xi32>
  }
  func.func private @argsort(%arg0: tensor<13xf32>) -> tensor<13xi32> {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<13xi32>
    %1:2 = "stablehlo.sort"(%arg0, %0) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %2 = stablehlo.compare  EQ, %arg1, %cst_0,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %3 = stablehlo.select %2, %cst_0, %arg1 : tensor<i1>, tensor<f32>
      %4 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %5 = stablehlo.select %4, %cst, %3 : tensor<i1>, tensor<f32>
      %6 = stablehlo.compare  EQ, %arg2, %cst_0,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %7 = stablehlo.select %6, %cst_0, %arg2 : tensor<i1>, tensor<f32>
      %8 = stablehlo.compare  NE, %arg2, %arg2,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = stablehlo.select %8, %cst, %7 : tensor<i1>, tensor<f32>
      %10 = stablehlo.compare  LT, %5, %9,  TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %10 : tensor<i1>
    }) : (tensor<13xf32>, tensor<13xi32>) -> (tensor<13xf32>, tensor<13xi32>)
    return %1#1 : tensor<13xi32>
  }
  func.func private @argsort_19(%arg0: tensor<5xf32>) -> tensor<5xi32> {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<5xi32>
    %1:2 = "stablehlo.sort"(%arg0, %0) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %2 = stablehlo.compare  EQ, %arg1, %cst_0,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %3 = stablehlo.select %2, %cst_0, %arg1 : tensor<i1>, tensor<f32>
      %4 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %5 = stablehlo.select %4, %cst, %3 : tensor<i1>, tensor<f32>
      %6 = stablehlo.compare  EQ, %arg2, %cst_0,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %7 = stablehlo.select %6, %cst_0, %arg2 : tensor<i1>, tensor<f32>
      %8 = stablehlo.compare  NE, %arg2, %arg2,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = stablehlo.select %8, %cst, %7 : tensor<i1>, tensor<f32>
      %10 = stablehlo.compare  LT, %5, %9,  TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %10 : tensor<i1>
    }) : (tensor<5xf32>, tensor<5xi32>) -> (tensor<5xf32>, tensor<5xi32>)
    return %1#1 : tensor<5xi32>
  }
  func.func private @searchsorted_23(%arg0: tensor<8xf32>, %arg1: tensor<5xf32>) -> tensor<5xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.compare  EQ, %arg0, %0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.select %1, %2, %arg0 : tensor<8xi1>, tensor<8xf32>
    %4 = stablehlo.compare  NE, %arg0, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.select %4, %5, %3 : tensor<8xi1>, tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %8 = stablehlo.compare  EQ, %arg1, %7,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %9 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %10 = stablehlo.select %8, %9, %arg1 : tensor<5xi1>, tensor<5xf32>
    %11 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xi1>
    %12 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<5xf32>
    %13 = stablehlo.select %11, %12, %10 : tensor<5xi1>, tensor<5xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<5xf32>) -> tensor<1x5xf32>
    %15 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<8xf32>) -> tensor<8x1xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x5xf32>
    %17 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x5xf32>) -> tensor<8x5xf32>
    %18 = stablehlo.compare  LT, %16, %17,  TOTALORDER : (tensor<8x5xf32>, tensor<8x5xf32>) -> tensor<8x5xi1>
    %19 = stablehlo.convert %18 : (tensor<8x5xi1>) -> tensor<8x5xi32>
    %20 = stablehlo.reduce(%19 init: %c) applies stablehlo.add across dimensions = [0] : (tensor<8x5xi32>, tensor<i32>) -> tensor<5xi32>
    return %20 : tensor<5xi32>
  }
}
