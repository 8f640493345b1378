module @jit_expm attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3x3xf32>) -> (tensor<3x3xf32> {jax.result_info = "result"}) {
    %0 = call @expm(%arg0) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %0 : tensor<3x3xf32>
  }
  func.func private @expm(%arg0: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %0:3 = call @_calc_P_Q(%arg0) : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>)
    %1 = stablehlo.compare GT, %0#2, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2 = stablehlo.convert %1 : (tensor<i1>) -> tensor<i32>
    %3 = "stablehlo.case"(%2) ({
      %4 = func.call @solve(%0#1, %0#0) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %5 = func.call @_squaring(%4, %0#2) : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      stablehlo.return %5 : tensor<3x3xf32>
    }, {
      %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      stablehlo.return %4 : tensor<3x3xf32>
    }) : (tensor<i32>) -> tensor<3x3xf32>
    return %3 : tensor<3x3xf32>
  }
  func.func private @_calc_P_Q(%arg0: tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>) {
    %cst = stablehlo.constant dense<0x4B83F7C0> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.995840e+06> : tensor<f32>
    %cst_1 = stablehlo.constant dense<2.520000e+04> : tensor<f32>
    %cst_2 = stablehlo.constant dense<5.600000e+01> : tensor<f32>
    %cst_3 = stablehlo.constant dense<8.648640e+06> : tensor<f32>
    %cst_4 = stablehlo.constant dense<2.772000e+05> : tensor<f32>
    %cst_5 = stablehlo.constant dense<1.512000e+03> : tensor<f32>
    %cst_6 = stablehlo.constant dense<3.024000e+04> : tensor<f32>
    %cst_7 = stablehlo.constant dense<3.360000e+03> : tensor<f32>
    %cst_8 = stablehlo.constant dense<3.000000e+01> : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.512000e+04> : tensor<f32>
    %cst_10 = stablehlo.constant dense<4.200000e+02> : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.200000e+02> : tensor<f32>
    %cst_12 = stablehlo.constant dense<1.200000e+01> : tensor<f32>
    %cst_13 = stablehlo.constant dense<6.000000e+01> : tensor<f32>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<2> : tensor<i32>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %cst_16 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_18 = stablehlo.constant dense<1.44269502> : tensor<f32>
    %cst_19 = stablehlo.constant dense<3.92572474> : tensor<f32>
    %cst_20 = stablehlo.constant dense<[4.258730e-01, 1.8801527]> : tensor<2xf32>
    %0 = call @norm(%arg0) : (tensor<3x3xf32>) -> tensor<f32>
    %1 = stablehlo.divide %0, %cst_19 : tensor<f32>
    %2 = stablehlo.log %1 : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<f32>
    %4 = stablehlo.multiply %2, %3 : tensor<f32>
    %5 = stablehlo.floor %4 : tensor<f32>
    %6 = stablehlo.maximum %cst_17, %5 : tensor<f32>
    %7 = stablehlo.power %cst_16, %6 : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %9 = stablehlo.divide %arg0, %8 : tensor<3x3xf32>
    %10 = call @digitize(%0, %cst_20) : (tensor<f32>, tensor<2xf32>) -> tensor<i32>
    %11 = stablehlo.clamp %c_15, %10, %c : tensor<i32>
    %12:2 = "stablehlo.case"(%11) ({
      %16 = stablehlo.iota dim = 0 : tensor<3x3xi32>
      %17 = stablehlo.iota dim = 1 : tensor<3x3xi32>
      %18 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
      %19 = stablehlo.add %16, %18 : tensor<3x3xi32>
      %20 = stablehlo.compare EQ, %19, %17, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %21 = stablehlo.convert %20 : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %22 = stablehlo.dot_general %9, %9, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %23 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %24 = stablehlo.multiply %23, %22 : tensor<3x3xf32>
      %25 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %26 = stablehlo.multiply %25, %21 : tensor<3x3xf32>
      %27 = stablehlo.add %24, %26 : tensor<3x3xf32>
      %28 = stablehlo.dot_general %9, %27, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %29 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %30 = stablehlo.multiply %29, %22 : tensor<3x3xf32>
      %31 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %32 = stablehlo.multiply %31, %21 : tensor<3x3xf32>
      %33 = stablehlo.add %30, %32 : tensor<3x3xf32>
      stablehlo.return %28, %33 : tensor<3x3xf32>, tensor<3x3xf32>
    }, {
      %16 = stablehlo.iota dim = 0 : tensor<3x3xi32>
      %17 = stablehlo.iota dim = 1 : tensor<3x3xi32>
      %18 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
      %19 = stablehlo.add %16, %18 : tensor<3x3xi32>
      %20 = stablehlo.compare EQ, %19, %17, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %21 = stablehlo.convert %20 : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %22 = stablehlo.dot_general %9, %9, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %23 = stablehlo.dot_general %22, %22, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %24 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %25 = stablehlo.multiply %24, %23 : tensor<3x3xf32>
      %26 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %27 = stablehlo.multiply %26, %22 : tensor<3x3xf32>
      %28 = stablehlo.add %25, %27 : tensor<3x3xf32>
      %29 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %30 = stablehlo.multiply %29, %21 : tensor<3x3xf32>
      %31 = stablehlo.add %28, %30 : tensor<3x3xf32>
      %32 = stablehlo.dot_general %9, %31, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %33 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %34 = stablehlo.multiply %33, %23 : tensor<3x3xf32>
      %35 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %36 = stablehlo.multiply %35, %22 : tensor<3x3xf32>
      %37 = stablehlo.add %34, %36 : tensor<3x3xf32>
      %38 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %39 = stablehlo.multiply %38, %21 : tensor<3x3xf32>
      %40 = stablehlo.add %37, %39 : tensor<3x3xf32>
      stablehlo.return %32, %40 : tensor<3x3xf32>, tensor<3x3xf32>
    }, {
      %16 = stablehlo.iota dim = 0 : tensor<3x3xi32>
      %17 = stablehlo.iota dim = 1 : tensor<3x3xi32>
      %18 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
      %19 = stablehlo.add %16, %18 : tensor<3x3xi32>
      %20 = stablehlo.compare EQ, %19, %17, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %21 = stablehlo.convert %20 : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %22 = stablehlo.dot_general %9, %9, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %23 = stablehlo.dot_general %22, %22, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %24 = stablehlo.dot_general %23, %22, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %25 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %26 = stablehlo.multiply %25, %24 : tensor<3x3xf32>
      %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %28 = stablehlo.multiply %27, %23 : tensor<3x3xf32>
      %29 = stablehlo.add %26, %28 : tensor<3x3xf32>
      %30 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %31 = stablehlo.multiply %30, %22 : tensor<3x3xf32>
      %32 = stablehlo.add %29, %31 : tensor<3x3xf32>
      %33 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %34 = stablehlo.multiply %33, %21 : tensor<3x3xf32>
      %35 = stablehlo.add %32, %34 : tensor<3x3xf32>
      %36 = stablehlo.dot_general %9, %35, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %37 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %38 = stablehlo.multiply %37, %24 : tensor<3x3xf32>
      %39 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %40 = stablehlo.multiply %39, %23 : tensor<3x3xf32>
      %41 = stablehlo.add %38, %40 : tensor<3x3xf32>
      %42 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %43 = stablehlo.multiply %42, %22 : tensor<3x3xf32>
      %44 = stablehlo.add %41, %43 : tensor<3x3xf32>
      %45 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %46 = stablehlo.multiply %45, %21 : tensor<3x3xf32>
      %47 = stablehlo.add %44, %46 : tensor<3x3xf32>
      stablehlo.return %36, %47 : tensor<3x3xf32>, tensor<3x3xf32>
    }) : (tensor<i32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
    %13 = stablehlo.add %12#0, %12#1 : tensor<3x3xf32>
    %14 = stablehlo.negate %12#0 : tensor<3x3xf32>
    %15 = stablehlo.add %14, %12#1 : tensor<3x3xf32>
    return %13, %15, %6 : tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>
  }
  func.func private @norm(%arg0: tensor<3x3xf32>) -> tensor<f32> {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.abs %arg0 : tensor<3x3xf32>
    %1 = stablehlo.reduce(%0 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.maximum across dimensions = [0] : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %3 = stablehlo.maximum %cst_0, %2 : tensor<f32>
    return %3 : tensor<f32>
  }
  func.func private @digitize(%arg0: tensor<f32>, %arg1: tensor<2xf32>) -> tensor<i32> {
    %c = stablehlo.constant dense<2> : tensor<i32>
    %0 = stablehlo.slice %arg1 [1:2] : (tensor<2xf32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    %2 = stablehlo.slice %arg1 [0:1] : (tensor<2xf32>) -> tensor<1xf32>
    %3 = stablehlo.reshape %2 : (tensor<1xf32>) -> tensor<f32>
    %4 = stablehlo.compare GE, %1, %3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = call @searchsorted(%arg1, %arg0) : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %6 = stablehlo.reverse %arg1, dims = [0] : tensor<2xf32>
    %7 = call @searchsorted(%6, %arg0) : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %8 = stablehlo.subtract %c, %7 : tensor<i32>
    %9 = call @_where(%4, %5, %8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @searchsorted(%arg0: tensor<2xf32>, %arg1: tensor<f32>) -> tensor<i32> {
    %0 = call @_searchsorted_scan_impl(%arg0, %arg1) : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_searchsorted_scan_impl(%arg0: tensor<2xf32>, %arg1: tensor<f32>) -> tensor<i32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<ui32>
    %c_3 = stablehlo.constant dense<2> : tensor<ui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %0:5 = stablehlo.while(%iterArg = %arg0, %iterArg_5 = %arg1, %iterArg_6 = %c_4, %iterArg_7 = %c_2, %iterArg_8 = %c_3) : tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>
    cond {
      %2 = stablehlo.compare LT, %iterArg_6, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %2 : tensor<i1>
    } do {
      %2 = stablehlo.subtract %iterArg_8, %iterArg_7 : tensor<ui32>
      %3 = func.call @floor_divide(%2, %c_1) : (tensor<ui32>, tensor<i32>) -> tensor<ui32>
      %4 = stablehlo.add %iterArg_7, %3 : tensor<ui32>
      %5 = stablehlo.dynamic_slice %iterArg, %4, sizes = [1] : (tensor<2xf32>, tensor<ui32>) -> tensor<1xf32>
      %6 = stablehlo.reshape %5 : (tensor<1xf32>) -> tensor<f32>
      %7 = stablehlo.compare EQ, %iterArg_5, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = stablehlo.select %7, %cst_0, %iterArg_5 : tensor<i1>, tensor<f32>
      %9 = stablehlo.compare NE, %iterArg_5, %iterArg_5, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %10 = stablehlo.select %9, %cst, %8 : tensor<i1>, tensor<f32>
      %11 = stablehlo.compare EQ, %6, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %12 = stablehlo.select %11, %cst_0, %6 : tensor<i1>, tensor<f32>
      %13 = stablehlo.compare NE, %6, %6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %14 = stablehlo.select %13, %cst, %12 : tensor<i1>, tensor<f32>
      %15 = stablehlo.compare LT, %10, %14, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %16 = stablehlo.select %15, %iterArg_7, %4 : tensor<i1>, tensor<ui32>
      %17 = stablehlo.select %15, %4, %iterArg_8 : tensor<i1>, tensor<ui32>
      %18 = stablehlo.add %iterArg_6, %c : tensor<i32>
      stablehlo.return %iterArg, %iterArg_5, %18, %16, %17 : tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>
    }
    %1 = stablehlo.convert %0#4 : (tensor<ui32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @floor_divide(%arg0: tensor<ui32>, %arg1: tensor<i32>) -> tensor<ui32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<ui32>
    %1 = stablehlo.divide %arg0, %0 : tensor<ui32>
    return %1 : tensor<ui32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @solve(%arg0: tensor<3x3xf32>, %arg1: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %c_2 = stablehlo.constant dense<> : tensor<0xi32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<3xi32>
    %1 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %2 = stablehlo.iota dim = 0 : tensor<3xi32>
    %3:5 = stablehlo.while(%iterArg = %c_3, %iterArg_4 = %c_3, %iterArg_5 = %1, %iterArg_6 = %2, %iterArg_7 = %arg0) : tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>
    cond {
      %28 = stablehlo.compare LT, %iterArg, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %28 : tensor<i1>
    } do {
      %28 = stablehlo.add %iterArg_4, %c : tensor<i32>
      %29 = stablehlo.iota dim = 0 : tensor<3xi32>
      %30 = stablehlo.iota dim = 0 : tensor<3xi32>
      %31 = stablehlo.convert %iterArg_4 : tensor<i32>
      %32 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %33 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %34 = stablehlo.select %32, %33, %c_3 : tensor<i1>, tensor<i32>
      %35 = stablehlo.compare LT, %31, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %36 = stablehlo.add %31, %c_1 : tensor<i32>
      %37 = stablehlo.select %35, %36, %31 : tensor<i1>, tensor<i32>
      %38 = stablehlo.dynamic_slice %iterArg_7, %34, %37, sizes = [3, 1] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %39 = stablehlo.reshape %38 : (tensor<3x1xf32>) -> tensor<3xf32>
      %40 = stablehlo.abs %39 : tensor<3xf32>
      %41 = stablehlo.convert %iterArg_4 : tensor<i32>
      %42 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %43 = stablehlo.compare GE, %29, %42, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %44 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3xf32>
      %45 = stablehlo.select %43, %40, %44 : tensor<3xi1>, tensor<3xf32>
      %46 = func.call @argmax(%45) : (tensor<3xf32>) -> tensor<i32>
      %47 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %48 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %49 = stablehlo.select %47, %48, %iterArg_4 : tensor<i1>, tensor<i32>
      %50 = stablehlo.convert %49 : tensor<i32>
      %51 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %52 = "stablehlo.scatter"(%iterArg_5, %51, %46) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
        stablehlo.return %arg3 : tensor<i32>
      }) : (tensor<3xi32>, tensor<1xi32>, tensor<i32>) -> tensor<3xi32>
      %53 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %54 = stablehlo.convert %iterArg_4 : tensor<i32>
      %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %56 = stablehlo.concatenate %53, %55, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %57 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %58 = stablehlo.compare LT, %56, %57, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %59 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %60 = stablehlo.add %56, %59 : tensor<2xi32>
      %61 = stablehlo.select %58, %60, %56 : tensor<2xi1>, tensor<2xi32>
      %62 = stablehlo.broadcast_in_dim %61, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %63 = "stablehlo.gather"(%iterArg_7, %62) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>
      %64 = stablehlo.convert %iterArg_4 : tensor<i32>
      %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %66 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %67 = stablehlo.concatenate %65, %66, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %68 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %69 = stablehlo.compare LT, %67, %68, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %70 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %71 = stablehlo.add %67, %70 : tensor<2xi32>
      %72 = stablehlo.select %69, %71, %67 : tensor<2xi1>, tensor<2xi32>
      %73 = stablehlo.broadcast_in_dim %72, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %74 = "stablehlo.scatter"(%iterArg_7, %73, %63) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
        stablehlo.return %arg3 : tensor<f32>
      }) : (tensor<3x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
      %75 = stablehlo.convert %iterArg_4 : tensor<i32>
      %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %77 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %78 = stablehlo.concatenate %76, %77, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %79 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %80 = stablehlo.compare LT, %78, %79, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %81 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %82 = stablehlo.add %78, %81 : tensor<2xi32>
      %83 = stablehlo.select %80, %82, %78 : tensor<2xi1>, tensor<2xi32>
      %84 = stablehlo.broadcast_in_dim %83, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %85 = "stablehlo.gather"(%iterArg_6, %84) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %86 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %87 = stablehlo.convert %iterArg_4 : tensor<i32>
      %88 = stablehlo.broadcast_in_dim %87, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %89 = stablehlo.concatenate %86, %88, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %90 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %91 = stablehlo.compare LT, %89, %90, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %92 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %93 = stablehlo.add %89, %92 : tensor<2xi32>
      %94 = stablehlo.select %91, %93, %89 : tensor<2xi1>, tensor<2xi32>
      %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %96 = "stablehlo.scatter"(%iterArg_6, %95, %85) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
        stablehlo.return %arg3 : tensor<i32>
      }) : (tensor<3xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<3xi32>
      %97 = stablehlo.convert %iterArg_4 : tensor<i32>
      %98 = stablehlo.convert %iterArg_4 : tensor<i32>
      %99 = stablehlo.compare LT, %97, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %100 = stablehlo.add %97, %c_1 : tensor<i32>
      %101 = stablehlo.select %99, %100, %97 : tensor<i1>, tensor<i32>
      %102 = stablehlo.compare LT, %98, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %103 = stablehlo.add %98, %c_1 : tensor<i32>
      %104 = stablehlo.select %102, %103, %98 : tensor<i1>, tensor<i32>
      %105 = stablehlo.dynamic_slice %74, %101, %104, sizes = [1, 1] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %106 = stablehlo.reshape %105 : (tensor<1x1xf32>) -> tensor<f32>
      %107 = stablehlo.convert %iterArg_4 : tensor<i32>
      %108 = stablehlo.broadcast_in_dim %107, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %109 = stablehlo.compare GT, %29, %108, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %110 = stablehlo.compare NE, %106, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<i1>) -> tensor<3xi1>
      %112 = stablehlo.and %109, %111 : tensor<3xi1>
      %113 = stablehlo.convert %iterArg_4 : tensor<i32>
      %114 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %115 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %116 = stablehlo.select %114, %115, %c_3 : tensor<i1>, tensor<i32>
      %117 = stablehlo.compare LT, %113, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %118 = stablehlo.add %113, %c_1 : tensor<i32>
      %119 = stablehlo.select %117, %118, %113 : tensor<i1>, tensor<i32>
      %120 = stablehlo.dynamic_slice %74, %116, %119, sizes = [3, 1] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %121 = stablehlo.reshape %120 : (tensor<3x1xf32>) -> tensor<3xf32>
      %122 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<3xf32>
      %123 = stablehlo.divide %121, %122 : tensor<3xf32>
      %124 = stablehlo.convert %iterArg_4 : tensor<i32>
      %125 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %126 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %127 = stablehlo.select %125, %126, %c_3 : tensor<i1>, tensor<i32>
      %128 = stablehlo.compare LT, %124, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %129 = stablehlo.add %124, %c_1 : tensor<i32>
      %130 = stablehlo.select %128, %129, %124 : tensor<i1>, tensor<i32>
      %131 = stablehlo.dynamic_slice %74, %127, %130, sizes = [3, 1] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %132 = stablehlo.reshape %131 : (tensor<3x1xf32>) -> tensor<3xf32>
      %133 = stablehlo.select %112, %123, %132 : tensor<3xi1>, tensor<3xf32>
      %134 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %135 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %136 = stablehlo.select %134, %135, %iterArg_4 : tensor<i1>, tensor<i32>
      %137 = stablehlo.convert %136 : tensor<i32>
      %138 = stablehlo.broadcast_in_dim %137, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %139 = "stablehlo.scatter"(%74, %138, %133) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
        stablehlo.return %arg3 : tensor<f32>
      }) : (tensor<3x3xf32>, tensor<1xi32>, tensor<3xf32>) -> tensor<3x3xf32>
      %140 = stablehlo.convert %iterArg_4 : tensor<i32>
      %141 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %142 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %143 = stablehlo.select %141, %142, %c_3 : tensor<i1>, tensor<i32>
      %144 = stablehlo.compare LT, %140, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %145 = stablehlo.add %140, %c_1 : tensor<i32>
      %146 = stablehlo.select %144, %145, %140 : tensor<i1>, tensor<i32>
      %147 = stablehlo.dynamic_slice %139, %143, %146, sizes = [3, 1] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<3x1xf32>
      %148 = stablehlo.reshape %147 : (tensor<3x1xf32>) -> tensor<3xf32>
      %149 = stablehlo.broadcast_in_dim %148, dims = [0] : (tensor<3xf32>) -> tensor<3x1xf32>
      %150 = stablehlo.convert %iterArg_4 : tensor<i32>
      %151 = stablehlo.compare LT, %150, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %152 = stablehlo.add %150, %c_1 : tensor<i32>
      %153 = stablehlo.select %151, %152, %150 : tensor<i1>, tensor<i32>
      %154 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %155 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %156 = stablehlo.select %154, %155, %c_3 : tensor<i1>, tensor<i32>
      %157 = stablehlo.dynamic_slice %139, %153, %156, sizes = [1, 3] : (tensor<3x3xf32>, tensor<i32>, tensor<i32>) -> tensor<1x3xf32>
      %158 = stablehlo.reshape %157 : (tensor<1x3xf32>) -> tensor<3xf32>
      %159 = stablehlo.broadcast_in_dim %158, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
      %160 = stablehlo.broadcast_in_dim %149, dims = [0, 1] : (tensor<3x1xf32>) -> tensor<3x3xf32>
      %161 = stablehlo.broadcast_in_dim %159, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
      %162 = stablehlo.multiply %160, %161 : tensor<3x3xf32>
      %163 = stablehlo.broadcast_in_dim %29, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
      %164 = stablehlo.convert %iterArg_4 : tensor<i32>
      %165 = stablehlo.broadcast_in_dim %164, dims = [] : (tensor<i32>) -> tensor<3x1xi32>
      %166 = stablehlo.compare GT, %163, %165, SIGNED : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x1xi1>
      %167 = stablehlo.broadcast_in_dim %30, dims = [1] : (tensor<3xi32>) -> tensor<1x3xi32>
      %168 = stablehlo.convert %iterArg_4 : tensor<i32>
      %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<i32>) -> tensor<1x3xi32>
      %170 = stablehlo.compare GT, %167, %169, SIGNED : (tensor<1x3xi32>, tensor<1x3xi32>) -> tensor<1x3xi1>
      %171 = stablehlo.broadcast_in_dim %166, dims = [0, 1] : (tensor<3x1xi1>) -> tensor<3x3xi1>
      %172 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<1x3xi1>) -> tensor<3x3xi1>
      %173 = stablehlo.and %171, %172 : tensor<3x3xi1>
      %174 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
      %175 = stablehlo.select %173, %162, %174 : tensor<3x3xi1>, tensor<3x3xf32>
      %176 = stablehlo.subtract %139, %175 : tensor<3x3xf32>
      %177 = stablehlo.add %iterArg, %c : tensor<i32>
      stablehlo.return %177, %28, %52, %96, %176 : tensor<i32>, tensor<i32>, tensor<3xi32>, tensor<3xi32>, tensor<3x3xf32>
    }
    %4 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %5 = stablehlo.add %3#3, %4 : tensor<3xi32>
    %6 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %7 = stablehlo.compare LT, %5, %6, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %9 = stablehlo.add %5, %8 : tensor<3xi32>
    %10 = stablehlo.select %7, %9, %5 : tensor<3xi1>, tensor<3xi32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %12 = "stablehlo.gather"(%0, %11) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<3xi32>, tensor<3x1xi32>) -> tensor<3xi32>
    %13 = "stablehlo.scatter"(%0, %c_2, %12) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
      stablehlo.return %arg3 : tensor<i32>
    }) : (tensor<3xi32>, tensor<0xi32>, tensor<3xi32>) -> tensor<3xi32>
    %14 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %15 = stablehlo.add %3#3, %14 : tensor<3xi32>
    %16 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %17 = stablehlo.compare LT, %15, %16, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %18 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %19 = stablehlo.add %15, %18 : tensor<3xi32>
    %20 = stablehlo.select %17, %19, %15 : tensor<3xi1>, tensor<3xi32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 3>}> : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x3xf32>
    %23 = "stablehlo.scatter"(%arg0, %c_2, %22) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %24 = "stablehlo.scatter"(%23, %c_2, %3#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<3x3xf32>, tensor<0xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %25 = stablehlo.transpose %arg1, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %26 = call @_lu_solve(%24, %13, %25) : (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %27 = stablehlo.transpose %26, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    return %27 : tensor<3x3xf32>
  }
  func.func private @argmax(%arg0: tensor<3xf32>) -> tensor<i32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<3xi32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [0] : (tensor<3xf32>, tensor<3xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg1: tensor<f32>, %arg3: tensor<f32>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
      %2 = stablehlo.compare GT, %arg1, %arg3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %4 = stablehlo.or %2, %3 : tensor<i1>
      %5 = stablehlo.compare EQ, %arg1, %arg3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = stablehlo.compare LT, %arg2, %arg4, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %7 = stablehlo.and %5, %6 : tensor<i1>
      %8 = stablehlo.or %4, %7 : tensor<i1>
      %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<f32>
      %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
      stablehlo.return %9, %10 : tensor<f32>, tensor<i32>
    }
    return %1#1 : tensor<i32>
  }
  func.func private @_lu_solve(%arg0: tensor<3x3xf32>, %arg1: tensor<3xi32>, %arg2: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<3x3xf32>) -> tensor<3x3x1xf32>
    %1 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %2 = stablehlo.compare LT, %arg1, %1, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %3 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %4 = stablehlo.add %arg1, %3 : tensor<3xi32>
    %5 = stablehlo.select %2, %4, %arg1 : tensor<3xi1>, tensor<3xi32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %7 = "stablehlo.gather"(%0, %6) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 3, 1, 1>}> : (tensor<3x3x1xf32>, tensor<3x1xi32>) -> tensor<3x3x1xf32>
    %8 = stablehlo.transpose %7, dims = [1, 2, 0] : (tensor<3x3x1xf32>) -> tensor<3x1x3xf32>
    %9 = stablehlo.reshape %8 : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %10 = "stablehlo.triangular_solve"(%arg0, %9) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %11 = stablehlo.reshape %10 : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %12 = stablehlo.reshape %11 : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %13 = "stablehlo.triangular_solve"(%arg0, %12) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %14 = stablehlo.reshape %13 : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %15 = stablehlo.transpose %14, dims = [2, 0, 1] : (tensor<3x1x3xf32>) -> tensor<3x3x1xf32>
    %16 = stablehlo.reshape %15 : (tensor<3x3x1xf32>) -> tensor<3x3xf32>
    return %16 : tensor<3x3xf32>
  }
  func.func private @_squaring(%arg0: tensor<3x3xf32>, %arg1: tensor<f32>) -> tensor<3x3xf32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<16> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<16xf32>
    %1:4 = stablehlo.while(%iterArg = %0, %iterArg_2 = %arg1, %iterArg_3 = %c_1, %iterArg_4 = %arg0) : tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>
    cond {
      %2 = stablehlo.compare LT, %iterArg_3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %2 : tensor<i1>
    } do {
      %2 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_3) : (tensor<16xf32>, tensor<i32>) -> tensor<f32>
      %3 = stablehlo.compare LT, %2, %iterArg_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %4 = stablehlo.convert %3 : (tensor<i1>) -> tensor<i32>
      %5 = "stablehlo.case"(%4) ({
        stablehlo.return %iterArg_4 : tensor<3x3xf32>
      }, {
        %7 = stablehlo.dot_general %iterArg_4, %iterArg_4, contracting_dims = [1] x [0], precision = [HIGHEST, HIGHEST] : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
        stablehlo.return %7 : tensor<3x3xf32>
      }) : (tensor<i32>) -> tensor<3x3xf32>
      %6 = stablehlo.add %iterArg_3, %c : tensor<i32>
      stablehlo.return %iterArg, %iterArg_2, %6, %5 : tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>
    }
    return %1#3 : tensor<3x3xf32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<16xf32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<16xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    return %1 : tensor<f32>
  }
}
