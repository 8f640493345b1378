module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<i32>) -> (tensor<4xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<-1> : tensor<i32>
    %c_0 = stablehlo.constant dense<32> : tensor<i32>
    %0 = stablehlo.shift_right_logical %arg0, %c_0 : tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<ui32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<1xui32>
    %3 = stablehlo.and %arg0, %c : tensor<i32>
    %4 = stablehlo.convert %3 : (tensor<i32>) -> tensor<ui32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<ui32>) -> tensor<1xui32>
    %6 = stablehlo.concatenate %2, %5, dim = 0 : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %7 = call @_gamma(%6, %cst) : (tensor<2xui32>, tensor<f32>) -> tensor<4xf32>
    return %7 : tensor<4xf32>
  }
  func.func private @_gamma(%arg0: tensor<2xui32>, %arg1: tensor<f32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_0 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<3.310000e-02> : tensor<f32>
    %cst_2 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.333333343> : tensor<f32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %2 = stablehlo.reshape %arg0 : (tensor<2xui32>) -> tensor<1x2xui32>
    %3 = call @_threefry_split(%2) : (tensor<1x2xui32>) -> tensor<1x4x2xui32>
    %4 = stablehlo.reshape %3 : (tensor<1x4x2xui32>) -> tensor<4x2xui32>
    %5 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %6 = stablehlo.compare  GE, %1, %5,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %7 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %8 = stablehlo.add %1, %7 : tensor<4xf32>
    %9 = stablehlo.select %6, %1, %8 : tensor<4xi1>, tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %11 = stablehlo.subtract %9, %10 : tensor<4xf32>
    %12 = stablehlo.sqrt %11 : tensor<4xf32>
    %13 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %14 = stablehlo.divide %13, %12 : tensor<4xf32>
    %15 = call @_threefry_split_15(%4) : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
    %16 = stablehlo.slice %15 [0:4, 0:1, 0:2] : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %17 = stablehlo.reshape %16 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %18 = stablehlo.slice %15 [0:4, 1:2, 0:2] : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %19 = stablehlo.reshape %18 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %20 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %23:6 = stablehlo.while(%iterArg = %11, %iterArg_6 = %14, %iterArg_7 = %17, %iterArg_8 = %20, %iterArg_9 = %21, %iterArg_10 = %22) : tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
    cond {
      %34 = stablehlo.multiply %iterArg_8, %iterArg_8 : tensor<4xf32>
      %35 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %36 = stablehlo.multiply %35, %34 : tensor<4xf32>
      %37 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %38 = stablehlo.subtract %37, %36 : tensor<4xf32>
      %39 = stablehlo.compare  GE, %iterArg_10, %38,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %40 = stablehlo.log %iterArg_10 : tensor<4xf32>
      %41 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %42 = stablehlo.multiply %iterArg_8, %41 : tensor<4xf32>
      %43 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %44 = stablehlo.subtract %43, %iterArg_9 : tensor<4xf32>
      %45 = stablehlo.log %iterArg_9 : tensor<4xf32>
      %46 = stablehlo.add %44, %45 : tensor<4xf32>
      %47 = stablehlo.multiply %iterArg, %46 : tensor<4xf32>
      %48 = stablehlo.add %42, %47 : tensor<4xf32>
      %49 = stablehlo.compare  GE, %40, %48,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %50 = stablehlo.and %39, %49 : tensor<4xi1>
      %51 = stablehlo.reduce(%50 init: %c) applies stablehlo.or across dimensions = [0] : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %51 : tensor<i1>
    } do {
      %34 = func.call @_threefry_split_45(%iterArg_7) : (tensor<4x2xui32>) -> tensor<4x3x2xui32>
      %35 = stablehlo.slice %34 [0:4, 0:1, 0:2] : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %36 = stablehlo.reshape %35 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %37 = stablehlo.slice %34 [0:4, 1:2, 0:2] : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %38 = stablehlo.reshape %37 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %39 = stablehlo.slice %34 [0:4, 2:3, 0:2] : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %40 = stablehlo.reshape %39 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %41 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %42 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %43:4 = stablehlo.while(%iterArg_11 = %iterArg_6, %iterArg_12 = %38, %iterArg_13 = %41, %iterArg_14 = %42) : tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>
      cond {
        %73 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
        %74 = stablehlo.compare  LE, %iterArg_14, %73,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %75 = stablehlo.reduce(%74 init: %c) applies stablehlo.or across dimensions = [0] : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
        stablehlo.return %75 : tensor<i1>
      } do {
        %73 = func.call @_threefry_split_15(%iterArg_12) : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
        %74 = stablehlo.slice %73 [0:4, 0:1, 0:2] : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %75 = stablehlo.reshape %74 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %76 = stablehlo.slice %73 [0:4, 1:2, 0:2] : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %77 = stablehlo.reshape %76 : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %78 = func.call @_normal(%77) : (tensor<4x2xui32>) -> tensor<4xf32>
        %79 = stablehlo.multiply %78, %iterArg_11 : tensor<4xf32>
        %80 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
        %81 = stablehlo.add %80, %79 : tensor<4xf32>
        %82 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
        %83 = stablehlo.compare  LE, %iterArg_14, %82,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %84 = stablehlo.broadcast_in_dim %83, dims = [0] : (tensor<4xi1>) -> tensor<4x2xi1>
        %85 = stablehlo.select %84, %75, %iterArg_12 : tensor<4x2xi1>, tensor<4x2xui32>
        %86 = stablehlo.broadcast_in_dim %83, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
        %87 = stablehlo.select %86, %78, %iterArg_13 : tensor<4xi1>, tensor<4xf32>
        %88 = stablehlo.broadcast_in_dim %83, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
        %89 = stablehlo.select %88, %81, %iterArg_14 : tensor<4xi1>, tensor<4xf32>
        stablehlo.return %iterArg_11, %85, %87, %89 : tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>
      }
      %44 = stablehlo.multiply %43#2, %43#2 : tensor<4xf32>
      %45 = stablehlo.multiply %43#3, %43#3 : tensor<4xf32>
      %46 = stablehlo.multiply %45, %43#3 : tensor<4xf32>
      %47 = func.call @_uniform_75(%40, %cst_3, %cst_5) : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
      %48 = stablehlo.multiply %iterArg_8, %iterArg_8 : tensor<4xf32>
      %49 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %50 = stablehlo.multiply %49, %48 : tensor<4xf32>
      %51 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %52 = stablehlo.subtract %51, %50 : tensor<4xf32>
      %53 = stablehlo.compare  GE, %iterArg_10, %52,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %54 = stablehlo.log %iterArg_10 : tensor<4xf32>
      %55 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %56 = stablehlo.multiply %iterArg_8, %55 : tensor<4xf32>
      %57 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %58 = stablehlo.subtract %57, %iterArg_9 : tensor<4xf32>
      %59 = stablehlo.log %iterArg_9 : tensor<4xf32>
      %60 = stablehlo.add %58, %59 : tensor<4xf32>
      %61 = stablehlo.multiply %iterArg, %60 : tensor<4xf32>
      %62 = stablehlo.add %56, %61 : tensor<4xf32>
      %63 = stablehlo.compare  GE, %54, %62,  FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %64 = stablehlo.and %53, %63 : tensor<4xi1>
      %65 = stablehlo.broadcast_in_dim %64, dims = [0] : (tensor<4xi1>) -> tensor<4x2xi1>
      %66 = stablehlo.select %65, %36, %iterArg_7 : tensor<4x2xi1>, tensor<4x2xui32>
      %67 = stablehlo.broadcast_in_dim %64, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
      %68 = stablehlo.select %67, %44, %iterArg_8 : tensor<4xi1>, tensor<4xf32>
      %69 = stablehlo.broadcast_in_dim %64, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
      %70 = stablehlo.select %69, %46, %iterArg_9 : tensor<4xi1>, tensor<4xf32>
      %71 = stablehlo.broadcast_in_dim %64, dims = [0] : (tensor<4xi1>) -> tensor<4xi1>
      %72 = stablehlo.select %71, %47, %iterArg_10 : tensor<4xi1>, tensor<4xf32>
      stablehlo.return %iterArg, %iterArg_6, %66, %68, %70, %72 : tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
    }
    %24 = call @_uniform_75(%19, %cst_3, %cst_5) : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %26 = stablehlo.subtract %25, %24 : tensor<4xf32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %28 = stablehlo.divide %27, %1 : tensor<4xf32>
    %29 = stablehlo.power %26, %28 : tensor<4xf32>
    %30 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %31 = stablehlo.select %6, %30, %29 : tensor<4xi1>, tensor<4xf32>
    %32 = stablehlo.multiply %11, %23#4 : tensor<4xf32>
    %33 = stablehlo.multiply %32, %31 : tensor<4xf32>
    return %33 : tensor<4xf32>
  }
  func.func private @_threefry_split(%arg0: tensor<1x2xui32>) -> tensor<1x4x2xui32> {
    %c = stablehlo.constant dense<32> : tensor<ui64>
    %c_0 = stablehlo.constant dense<1> : tensor<ui64>
    %0 = stablehlo.slice %arg0 [0:1, 0:1] : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<1x1xui32>) -> tensor<1xui32>
    %2 = stablehlo.slice %arg0 [0:1, 1:2] : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1x1xui32>) -> tensor<1xui32>
    %4 = stablehlo.iota dim = 0 : tensor<4xui64>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<4xui64>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<4xui64>
    %9 = stablehlo.convert %6 : (tensor<4xui64>) -> tensor<4xui32>
    %10 = stablehlo.convert %8 : (tensor<4xui64>) -> tensor<4xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<4xui32>) -> tensor<1x4xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<4xui32>) -> tensor<1x4xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xui32>) -> tensor<1x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xui32>) -> tensor<1x1xui32>
    %15:2 = call @threefry2x32(%13, %14, %11, %12) : (tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x4xui32>, tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>)
    %16 = stablehlo.broadcast_in_dim %15#0, dims = [0, 1] : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %17 = stablehlo.broadcast_in_dim %15#1, dims = [0, 1] : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %18 = stablehlo.concatenate %16, %17, dim = 2 : (tensor<1x4x1xui32>, tensor<1x4x1xui32>) -> tensor<1x4x2xui32>
    return %18 : tensor<1x4x2xui32>
  }
  func.func private @threefry2x32(%arg0: tensor<1x1xui32>, %arg1: tensor<1x1xui32>, %arg2: tensor<1x4xui32>, %arg3: tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>) {
    %c = stablehlo.constant dense<5> : tensor<ui32>
    %c_0 = stablehlo.constant dense<4> : tensor<ui32>
    %c_1 = stablehlo.constant dense<2> : tensor<ui32>
    %c_2 = stablehlo.constant dense<8> : tensor<ui32>
    %c_3 = stablehlo.constant dense<24> : tensor<ui32>
    %c_4 = stablehlo.constant dense<16> : tensor<ui32>
    %c_5 = stablehlo.constant dense<3> : tensor<ui32>
    %c_6 = stablehlo.constant dense<29> : tensor<ui32>
    %c_7 = stablehlo.constant dense<1> : tensor<ui32>
    %c_8 = stablehlo.constant dense<6> : tensor<ui32>
    %c_9 = stablehlo.constant dense<26> : tensor<ui32>
    %c_10 = stablehlo.constant dense<17> : tensor<ui32>
    %c_11 = stablehlo.constant dense<15> : tensor<ui32>
    %c_12 = stablehlo.constant dense<19> : tensor<ui32>
    %c_13 = stablehlo.constant dense<13> : tensor<ui32>
    %c_14 = stablehlo.constant dense<466688986> : tensor<ui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<1x1xui32>
    %1 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<ui32>) -> tensor<1x1xui32>
    %2 = stablehlo.xor %0, %1 : tensor<1x1xui32>
    %3 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %4 = stablehlo.add %arg2, %3 : tensor<1x4xui32>
    %5 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %6 = stablehlo.add %arg3, %5 : tensor<1x4xui32>
    %7 = stablehlo.add %4, %6 : tensor<1x4xui32>
    %8 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %9 = stablehlo.shift_left %6, %8 : tensor<1x4xui32>
    %10 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %11 = stablehlo.shift_right_logical %6, %10 : tensor<1x4xui32>
    %12 = stablehlo.or %9, %11 : tensor<1x4xui32>
    %13 = stablehlo.xor %7, %12 : tensor<1x4xui32>
    %14 = stablehlo.add %7, %13 : tensor<1x4xui32>
    %15 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %16 = stablehlo.shift_left %13, %15 : tensor<1x4xui32>
    %17 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %18 = stablehlo.shift_right_logical %13, %17 : tensor<1x4xui32>
    %19 = stablehlo.or %16, %18 : tensor<1x4xui32>
    %20 = stablehlo.xor %14, %19 : tensor<1x4xui32>
    %21 = stablehlo.add %14, %20 : tensor<1x4xui32>
    %22 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %23 = stablehlo.shift_left %20, %22 : tensor<1x4xui32>
    %24 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %25 = stablehlo.shift_right_logical %20, %24 : tensor<1x4xui32>
    %26 = stablehlo.or %23, %25 : tensor<1x4xui32>
    %27 = stablehlo.xor %21, %26 : tensor<1x4xui32>
    %28 = stablehlo.add %21, %27 : tensor<1x4xui32>
    %29 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %30 = stablehlo.shift_left %27, %29 : tensor<1x4xui32>
    %31 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %32 = stablehlo.shift_right_logical %27, %31 : tensor<1x4xui32>
    %33 = stablehlo.or %30, %32 : tensor<1x4xui32>
    %34 = stablehlo.xor %28, %33 : tensor<1x4xui32>
    %35 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %36 = stablehlo.add %28, %35 : tensor<1x4xui32>
    %37 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %38 = stablehlo.add %34, %37 : tensor<1x4xui32>
    %39 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %40 = stablehlo.add %38, %39 : tensor<1x4xui32>
    %41 = stablehlo.add %36, %40 : tensor<1x4xui32>
    %42 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %43 = stablehlo.shift_left %40, %42 : tensor<1x4xui32>
    %44 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %45 = stablehlo.shift_right_logical %40, %44 : tensor<1x4xui32>
    %46 = stablehlo.or %43, %45 : tensor<1x4xui32>
    %47 = stablehlo.xor %41, %46 : tensor<1x4xui32>
    %48 = stablehlo.add %41, %47 : tensor<1x4xui32>
    %49 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %50 = stablehlo.shift_left %47, %49 : tensor<1x4xui32>
    %51 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %52 = stablehlo.shift_right_logical %47, %51 : tensor<1x4xui32>
    %53 = stablehlo.or %50, %52 : tensor<1x4xui32>
    %54 = stablehlo.xor %48, %53 : tensor<1x4xui32>
    %55 = stablehlo.add %48, %54 : tensor<1x4xui32>
    %56 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %57 = stablehlo.shift_left %54, %56 : tensor<1x4xui32>
    %58 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %59 = stablehlo.shift_right_logical %54, %58 : tensor<1x4xui32>
    %60 = stablehlo.or %57, %59 : tensor<1x4xui32>
    %61 = stablehlo.xor %55, %60 : tensor<1x4xui32>
    %62 = stablehlo.add %55, %61 : tensor<1x4xui32>
    %63 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %64 = stablehlo.shift_left %61, %63 : tensor<1x4xui32>
    %65 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %66 = stablehlo.shift_right_logical %61, %65 : tensor<1x4xui32>
    %67 = stablehlo.or %64, %66 : tensor<1x4xui32>
    %68 = stablehlo.xor %62, %67 : tensor<1x4xui32>
    %69 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %70 = stablehlo.add %62, %69 : tensor<1x4xui32>
    %71 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %72 = stablehlo.add %68, %71 : tensor<1x4xui32>
    %73 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %74 = stablehlo.add %72, %73 : tensor<1x4xui32>
    %75 = stablehlo.add %70, %74 : tensor<1x4xui32>
    %76 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %77 = stablehlo.shift_left %74, %76 : tensor<1x4xui32>
    %78 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %79 = stablehlo.shift_right_logical %74, %78 : tensor<1x4xui32>
    %80 = stablehlo.or %77, %79 : tensor<1x4xui32>
    %81 = stablehlo.xor %75, %80 : tensor<1x4xui32>
    %82 = stablehlo.add %75, %81 : tensor<1x4xui32>
    %83 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %84 = stablehlo.shift_left %81, %83 : tensor<1x4xui32>
    %85 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %86 = stablehlo.shift_right_logical %81, %85 : tensor<1x4xui32>
    %87 = stablehlo.or %84, %86 : tensor<1x4xui32>
    %88 = stablehlo.xor %82, %87 : tensor<1x4xui32>
    %89 = stablehlo.add %82, %88 : tensor<1x4xui32>
    %90 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %91 = stablehlo.shift_left %88, %90 : tensor<1x4xui32>
    %92 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %93 = stablehlo.shift_right_logical %88, %92 : tensor<1x4xui32>
    %94 = stablehlo.or %91, %93 : tensor<1x4xui32>
    %95 = stablehlo.xor %89, %94 : tensor<1x4xui32>
    %96 = stablehlo.add %89, %95 : tensor<1x4xui32>
    %97 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %98 = stablehlo.shift_left %95, %97 : tensor<1x4xui32>
    %99 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %100 = stablehlo.shift_right_logical %95, %99 : tensor<1x4xui32>
    %101 = stablehlo.or %98, %100 : tensor<1x4xui32>
    %102 = stablehlo.xor %96, %101 : tensor<1x4xui32>
    %103 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %104 = stablehlo.add %96, %103 : tensor<1x4xui32>
    %105 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %106 = stablehlo.add %102, %105 : tensor<1x4xui32>
    %107 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %108 = stablehlo.add %106, %107 : tensor<1x4xui32>
    %109 = stablehlo.add %104, %108 : tensor<1x4xui32>
    %110 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %111 = stablehlo.shift_left %108, %110 : tensor<1x4xui32>
    %112 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %113 = stablehlo.shift_right_logical %108, %112 : tensor<1x4xui32>
    %114 = stablehlo.or %111, %113 : tensor<1x4xui32>
    %115 = stablehlo.xor %109, %114 : tensor<1x4xui32>
    %116 = stablehlo.add %109, %115 : tensor<1x4xui32>
    %117 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %118 = stablehlo.shift_left %115, %117 : tensor<1x4xui32>
    %119 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %120 = stablehlo.shift_right_logical %115, %119 : tensor<1x4xui32>
    %121 = stablehlo.or %118, %120 : tensor<1x4xui32>
    %122 = stablehlo.xor %116, %121 : tensor<1x4xui32>
    %123 = stablehlo.add %116, %122 : tensor<1x4xui32>
    %124 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %125 = stablehlo.shift_left %122, %124 : tensor<1x4xui32>
    %126 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %127 = stablehlo.shift_right_logical %122, %126 : tensor<1x4xui32>
    %128 = stablehlo.or %125, %127 : tensor<1x4xui32>
    %129 = stablehlo.xor %123, %128 : tensor<1x4xui32>
    %130 = stablehlo.add %123, %129 : tensor<1x4xui32>
    %131 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %132 = stablehlo.shift_left %129, %131 : tensor<1x4xui32>
    %133 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %134 = stablehlo.shift_right_logical %129, %133 : tensor<1x4xui32>
    %135 = stablehlo.or %132, %134 : tensor<1x4xui32>
    %136 = stablehlo.xor %130, %135 : tensor<1x4xui32>
    %137 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %138 = stablehlo.add %130, %137 : tensor<1x4xui32>
    %139 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %140 = stablehlo.add %136, %139 : tensor<1x4xui32>
    %141 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %142 = stablehlo.add %140, %141 : tensor<1x4xui32>
    %143 = stablehlo.add %138, %142 : tensor<1x4xui32>
    %144 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %145 = stablehlo.shift_left %142, %144 : tensor<1x4xui32>
    %146 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %147 = stablehlo.shift_right_logical %142, %146 : tensor<1x4xui32>
    %148 = stablehlo.or %145, %147 : tensor<1x4xui32>
    %149 = stablehlo.xor %143, %148 : tensor<1x4xui32>
    %150 = stablehlo.add %143, %149 : tensor<1x4xui32>
    %151 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %152 = stablehlo.shift_left %149, %151 : tensor<1x4xui32>
    %153 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %154 = stablehlo.shift_right_logical %149, %153 : tensor<1x4xui32>
    %155 = stablehlo.or %152, %154 : tensor<1x4xui32>
    %156 = stablehlo.xor %150, %155 : tensor<1x4xui32>
    %157 = stablehlo.add %150, %156 : tensor<1x4xui32>
    %158 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %159 = stablehlo.shift_left %156, %158 : tensor<1x4xui32>
    %160 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %161 = stablehlo.shift_right_logical %156, %160 : tensor<1x4xui32>
    %162 = stablehlo.or %159, %161 : tensor<1x4xui32>
    %163 = stablehlo.xor %157, %162 : tensor<1x4xui32>
    %164 = stablehlo.add %157, %163 : tensor<1x4xui32>
    %165 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %166 = stablehlo.shift_left %163, %165 : tensor<1x4xui32>
    %167 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %168 = stablehlo.shift_right_logical %163, %167 : tensor<1x4xui32>
    %169 = stablehlo.or %166, %168 : tensor<1x4xui32>
    %170 = stablehlo.xor %164, %169 : tensor<1x4xui32>
    %171 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %172 = stablehlo.add %164, %171 : tensor<1x4xui32>
    %173 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %174 = stablehlo.add %170, %173 : tensor<1x4xui32>
    %175 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<1x4xui32>
    %176 = stablehlo.add %174, %175 : tensor<1x4xui32>
    return %172, %176 : tensor<1x4xui32>, tensor<1x4xui32>
  }
  func.func private @_threefry_split_15(%arg0: tensor<4x2xui32>) -> tensor<4x2x2xui32> {
    %c = stablehlo.constant dense<32> : tensor<ui64>
    %c_0 = stablehlo.constant dense<1> : tensor<ui64>
    %0 = stablehlo.slice %arg0 [0:4, 0:1] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<4x1xui32>) -> tensor<4xui32>
    %2 = stablehlo.slice %arg0 [0:4, 1:2] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<4x1xui32>) -> tensor<4xui32>
    %4 = stablehlo.iota dim = 0 : tensor<2xui64>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<2xui64>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<2xui64>
    %9 = stablehlo.convert %6 : (tensor<2xui64>) -> tensor<2xui32>
    %10 = stablehlo.convert %8 : (tensor<2xui64>) -> tensor<2xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<2xui32>) -> tensor<1x2xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<2xui32>) -> tensor<1x2xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<4xui32>) -> tensor<4x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<4xui32>) -> tensor<4x1xui32>
    %15:2 = call @threefry2x32_22(%13, %14, %11, %12) : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>)
    %16 = stablehlo.broadcast_in_dim %15#0, dims = [0, 1] : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %17 = stablehlo.broadcast_in_dim %15#1, dims = [0, 1] : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %18 = stablehlo.concatenate %16, %17, dim = 2 : (tensor<4x2x1xui32>, tensor<4x2x1xui32>) -> tensor<4x2x2xui32>
    return %18 : tensor<4x2x2xui32>
  }
  func.func private @threefry2x32_22(%arg0: tensor<4x1xui32>, %arg1: tensor<4x1xui32>, %arg2: tensor<1x2xui32>, %arg3: tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>) {
    %c = stablehlo.constant dense<5> : tensor<ui32>
    %c_0 = stablehlo.constant dense<4> : tensor<ui32>
    %c_1 = stablehlo.constant dense<2> : tensor<ui32>
    %c_2 = stablehlo.constant dense<8> : tensor<ui32>
    %c_3 = stablehlo.constant dense<24> : tensor<ui32>
    %c_4 = stablehlo.constant dense<16> : tensor<ui32>
    %c_5 = stablehlo.constant dense<3> : tensor<ui32>
    %c_6 = stablehlo.constant dense<29> : tensor<ui32>
    %c_7 = stablehlo.constant dense<1> : tensor<ui32>
    %c_8 = stablehlo.constant dense<6> : tensor<ui32>
    %c_9 = stablehlo.constant dense<26> : tensor<ui32>
    %c_10 = stablehlo.constant dense<17> : tensor<ui32>
    %c_11 = stablehlo.constant dense<15> : tensor<ui32>
    %c_12 = stablehlo.constant dense<19> : tensor<ui32>
    %c_13 = stablehlo.constant dense<13> : tensor<ui32>
    %c_14 = stablehlo.constant dense<466688986> : tensor<ui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<4x1xui32>
    %1 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<ui32>) -> tensor<4x1xui32>
    %2 = stablehlo.xor %0, %1 : tensor<4x1xui32>
    %3 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %4 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %5 = stablehlo.add %3, %4 : tensor<4x2xui32>
    %6 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %7 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %8 = stablehlo.add %6, %7 : tensor<4x2xui32>
    %9 = stablehlo.add %5, %8 : tensor<4x2xui32>
    %10 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %11 = stablehlo.shift_left %8, %10 : tensor<4x2xui32>
    %12 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %13 = stablehlo.shift_right_logical %8, %12 : tensor<4x2xui32>
    %14 = stablehlo.or %11, %13 : tensor<4x2xui32>
    %15 = stablehlo.xor %9, %14 : tensor<4x2xui32>
    %16 = stablehlo.add %9, %15 : tensor<4x2xui32>
    %17 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %18 = stablehlo.shift_left %15, %17 : tensor<4x2xui32>
    %19 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %20 = stablehlo.shift_right_logical %15, %19 : tensor<4x2xui32>
    %21 = stablehlo.or %18, %20 : tensor<4x2xui32>
    %22 = stablehlo.xor %16, %21 : tensor<4x2xui32>
    %23 = stablehlo.add %16, %22 : tensor<4x2xui32>
    %24 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %25 = stablehlo.shift_left %22, %24 : tensor<4x2xui32>
    %26 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %27 = stablehlo.shift_right_logical %22, %26 : tensor<4x2xui32>
    %28 = stablehlo.or %25, %27 : tensor<4x2xui32>
    %29 = stablehlo.xor %23, %28 : tensor<4x2xui32>
    %30 = stablehlo.add %23, %29 : tensor<4x2xui32>
    %31 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %32 = stablehlo.shift_left %29, %31 : tensor<4x2xui32>
    %33 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %34 = stablehlo.shift_right_logical %29, %33 : tensor<4x2xui32>
    %35 = stablehlo.or %32, %34 : tensor<4x2xui32>
    %36 = stablehlo.xor %30, %35 : tensor<4x2xui32>
    %37 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %38 = stablehlo.add %30, %37 : tensor<4x2xui32>
    %39 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %40 = stablehlo.add %36, %39 : tensor<4x2xui32>
    %41 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %42 = stablehlo.add %40, %41 : tensor<4x2xui32>
    %43 = stablehlo.add %38, %42 : tensor<4x2xui32>
    %44 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %45 = stablehlo.shift_left %42, %44 : tensor<4x2xui32>
    %46 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %47 = stablehlo.shift_right_logical %42, %46 : tensor<4x2xui32>
    %48 = stablehlo.or %45, %47 : tensor<4x2xui32>
    %49 = stablehlo.xor %43, %48 : tensor<4x2xui32>
    %50 = stablehlo.add %43, %49 : tensor<4x2xui32>
    %51 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %52 = stablehlo.shift_left %49, %51 : tensor<4x2xui32>
    %53 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %54 = stablehlo.shift_right_logical %49, %53 : tensor<4x2xui32>
    %55 = stablehlo.or %52, %54 : tensor<4x2xui32>
    %56 = stablehlo.xor %50, %55 : tensor<4x2xui32>
    %57 = stablehlo.add %50, %56 : tensor<4x2xui32>
    %58 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %59 = stablehlo.shift_left %56, %58 : tensor<4x2xui32>
    %60 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %61 = stablehlo.shift_right_logical %56, %60 : tensor<4x2xui32>
    %62 = stablehlo.or %59, %61 : tensor<4x2xui32>
    %63 = stablehlo.xor %57, %62 : tensor<4x2xui32>
    %64 = stablehlo.add %57, %63 : tensor<4x2xui32>
    %65 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %66 = stablehlo.shift_left %63, %65 : tensor<4x2xui32>
    %67 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %68 = stablehlo.shift_right_logical %63, %67 : tensor<4x2xui32>
    %69 = stablehlo.or %66, %68 : tensor<4x2xui32>
    %70 = stablehlo.xor %64, %69 : tensor<4x2xui32>
    %71 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %72 = stablehlo.add %64, %71 : tensor<4x2xui32>
    %73 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %74 = stablehlo.add %70, %73 : tensor<4x2xui32>
    %75 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %76 = stablehlo.add %74, %75 : tensor<4x2xui32>
    %77 = stablehlo.add %72, %76 : tensor<4x2xui32>
    %78 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %79 = stablehlo.shift_left %76, %78 : tensor<4x2xui32>
    %80 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %81 = stablehlo.shift_right_logical %76, %80 : tensor<4x2xui32>
    %82 = stablehlo.or %79, %81 : tensor<4x2xui32>
    %83 = stablehlo.xor %77, %82 : tensor<4x2xui32>
    %84 = stablehlo.add %77, %83 : tensor<4x2xui32>
    %85 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %86 = stablehlo.shift_left %83, %85 : tensor<4x2xui32>
    %87 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %88 = stablehlo.shift_right_logical %83, %87 : tensor<4x2xui32>
    %89 = stablehlo.or %86, %88 : tensor<4x2xui32>
    %90 = stablehlo.xor %84, %89 : tensor<4x2xui32>
    %91 = stablehlo.add %84, %90 : tensor<4x2xui32>
    %92 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %93 = stablehlo.shift_left %90, %92 : tensor<4x2xui32>
    %94 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %95 = stablehlo.shift_right_logical %90, %94 : tensor<4x2xui32>
    %96 = stablehlo.or %93, %95 : tensor<4x2xui32>
    %97 = stablehlo.xor %91, %96 : tensor<4x2xui32>
    %98 = stablehlo.add %91, %97 : tensor<4x2xui32>
    %99 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %100 = stablehlo.shift_left %97, %99 : tensor<4x2xui32>
    %101 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %102 = stablehlo.shift_right_logical %97, %101 : tensor<4x2xui32>
    %103 = stablehlo.or %100, %102 : tensor<4x2xui32>
    %104 = stablehlo.xor %98, %103 : tensor<4x2xui32>
    %105 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %106 = stablehlo.add %98, %105 : tensor<4x2xui32>
    %107 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %108 = stablehlo.add %104, %107 : tensor<4x2xui32>
    %109 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %110 = stablehlo.add %108, %109 : tensor<4x2xui32>
    %111 = stablehlo.add %106, %110 : tensor<4x2xui32>
    %112 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %113 = stablehlo.shift_left %110, %112 : tensor<4x2xui32>
    %114 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %115 = stablehlo.shift_right_logical %110, %114 : tensor<4x2xui32>
    %116 = stablehlo.or %113, %115 : tensor<4x2xui32>
    %117 = stablehlo.xor %111, %116 : tensor<4x2xui32>
    %118 = stablehlo.add %111, %117 : tensor<4x2xui32>
    %119 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %120 = stablehlo.shift_left %117, %119 : tensor<4x2xui32>
    %121 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %122 = stablehlo.shift_right_logical %117, %121 : tensor<4x2xui32>
    %123 = stablehlo.or %120, %122 : tensor<4x2xui32>
    %124 = stablehlo.xor %118, %123 : tensor<4x2xui32>
    %125 = stablehlo.add %118, %124 : tensor<4x2xui32>
    %126 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %127 = stablehlo.shift_left %124, %126 : tensor<4x2xui32>
    %128 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %129 = stablehlo.shift_right_logical %124, %128 : tensor<4x2xui32>
    %130 = stablehlo.or %127, %129 : tensor<4x2xui32>
    %131 = stablehlo.xor %125, %130 : tensor<4x2xui32>
    %132 = stablehlo.add %125, %131 : tensor<4x2xui32>
    %133 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %134 = stablehlo.shift_left %131, %133 : tensor<4x2xui32>
    %135 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %136 = stablehlo.shift_right_logical %131, %135 : tensor<4x2xui32>
    %137 = stablehlo.or %134, %136 : tensor<4x2xui32>
    %138 = stablehlo.xor %132, %137 : tensor<4x2xui32>
    %139 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %140 = stablehlo.add %132, %139 : tensor<4x2xui32>
    %141 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %142 = stablehlo.add %138, %141 : tensor<4x2xui32>
    %143 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %144 = stablehlo.add %142, %143 : tensor<4x2xui32>
    %145 = stablehlo.add %140, %144 : tensor<4x2xui32>
    %146 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %147 = stablehlo.shift_left %144, %146 : tensor<4x2xui32>
    %148 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %149 = stablehlo.shift_right_logical %144, %148 : tensor<4x2xui32>
    %150 = stablehlo.or %147, %149 : tensor<4x2xui32>
    %151 = stablehlo.xor %145, %150 : tensor<4x2xui32>
    %152 = stablehlo.add %145, %151 : tensor<4x2xui32>
    %153 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %154 = stablehlo.shift_left %151, %153 : tensor<4x2xui32>
    %155 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %156 = stablehlo.shift_right_logical %151, %155 : tensor<4x2xui32>
    %157 = stablehlo.or %154, %156 : tensor<4x2xui32>
    %158 = stablehlo.xor %152, %157 : tensor<4x2xui32>
    %159 = stablehlo.add %152, %158 : tensor<4x2xui32>
    %160 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %161 = stablehlo.shift_left %158, %160 : tensor<4x2xui32>
    %162 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %163 = stablehlo.shift_right_logical %158, %162 : tensor<4x2xui32>
    %164 = stablehlo.or %161, %163 : tensor<4x2xui32>
    %165 = stablehlo.xor %159, %164 : tensor<4x2xui32>
    %166 = stablehlo.add %159, %165 : tensor<4x2xui32>
    %167 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %168 = stablehlo.shift_left %165, %167 : tensor<4x2xui32>
    %169 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %170 = stablehlo.shift_right_logical %165, %169 : tensor<4x2xui32>
    %171 = stablehlo.or %168, %170 : tensor<4x2xui32>
    %172 = stablehlo.xor %166, %171 : tensor<4x2xui32>
    %173 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %174 = stablehlo.add %166, %173 : tensor<4x2xui32>
    %175 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %176 = stablehlo.add %172, %175 : tensor<4x2xui32>
    %177 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4x2xui32>
    %178 = stablehlo.add %176, %177 : tensor<4x2xui32>
    return %174, %178 : tensor<4x2xui32>, tensor<4x2xui32>
  }
  func.func private @_threefry_split_45(%arg0: tensor<4x2xui32>) -> tensor<4x3x2xui32> {
    %c = stablehlo.constant dense<32> : tensor<ui64>
    %c_0 = stablehlo.constant dense<1> : tensor<ui64>
    %0 = stablehlo.slice %arg0 [0:4, 0:1] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<4x1xui32>) -> tensor<4xui32>
    %2 = stablehlo.slice %arg0 [0:4, 1:2] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<4x1xui32>) -> tensor<4xui32>
    %4 = stablehlo.iota dim = 0 : tensor<3xui64>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<3xui64>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<3xui64>
    %9 = stablehlo.convert %6 : (tensor<3xui64>) -> tensor<3xui32>
    %10 = stablehlo.convert %8 : (tensor<3xui64>) -> tensor<3xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<3xui32>) -> tensor<1x3xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<3xui32>) -> tensor<1x3xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<4xui32>) -> tensor<4x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<4xui32>) -> tensor<4x1xui32>
    %15:2 = call @threefry2x32_48(%13, %14, %11, %12) : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>)
    %16 = stablehlo.broadcast_in_dim %15#0, dims = [0, 1] : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %17 = stablehlo.broadcast_in_dim %15#1, dims = [0, 1] : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %18 = stablehlo.concatenate %16, %17, dim = 2 : (tensor<4x3x1xui32>, tensor<4x3x1xui32>) -> tensor<4x3x2xui32>
    return %18 : tensor<4x3x2xui32>
  }
  func.func private @threefry2x32_48(%arg0: tensor<4x1xui32>, %arg1: tensor<4x1xui32>, %arg2: tensor<1x3xui32>, %arg3: tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>) {
    %c = stablehlo.constant dense<5> : tensor<ui32>
    %c_0 = stablehlo.constant dense<4> : tensor<ui32>
    %c_1 = stablehlo.constant dense<2> : tensor<ui32>
    %c_2 = stablehlo.constant dense<8> : tensor<ui32>
    %c_3 = stablehlo.constant dense<24> : tensor<ui32>
    %c_4 = stablehlo.constant dense<16> : tensor<ui32>
    %c_5 = stablehlo.constant dense<3> : tensor<ui32>
    %c_6 = stablehlo.constant dense<29> : tensor<ui32>
    %c_7 = stablehlo.constant dense<1> : tensor<ui32>
    %c_8 = stablehlo.constant dense<6> : tensor<ui32>
    %c_9 = stablehlo.constant dense<26> : tensor<ui32>
    %c_10 = stablehlo.constant dense<17> : tensor<ui32>
    %c_11 = stablehlo.constant dense<15> : tensor<ui32>
    %c_12 = stablehlo.constant dense<19> : tensor<ui32>
    %c_13 = stablehlo.constant dense<13> : tensor<ui32>
    %c_14 = stablehlo.constant dense<466688986> : tensor<ui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<4x1xui32>
    %1 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<ui32>) -> tensor<4x1xui32>
    %2 = stablehlo.xor %0, %1 : tensor<4x1xui32>
    %3 = stablehlo.broadcast_in_dim %arg2, dims = [0, 1] : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %4 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %5 = stablehlo.add %3, %4 : tensor<4x3xui32>
    %6 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %7 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %8 = stablehlo.add %6, %7 : tensor<4x3xui32>
    %9 = stablehlo.add %5, %8 : tensor<4x3xui32>
    %10 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %11 = stablehlo.shift_left %8, %10 : tensor<4x3xui32>
    %12 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %13 = stablehlo.shift_right_logical %8, %12 : tensor<4x3xui32>
    %14 = stablehlo.or %11, %13 : tensor<4x3xui32>
    %15 = stablehlo.xor %9, %14 : tensor<4x3xui32>
    %16 = stablehlo.add %9, %15 : tensor<4x3xui32>
    %17 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %18 = stablehlo.shift_left %15, %17 : tensor<4x3xui32>
    %19 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %20 = stablehlo.shift_right_logical %15, %19 : tensor<4x3xui32>
    %21 = stablehlo.or %18, %20 : tensor<4x3xui32>
    %22 = stablehlo.xor %16, %21 : tensor<4x3xui32>
    %23 = stablehlo.add %16, %22 : tensor<4x3xui32>
    %24 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %25 = stablehlo.shift_left %22, %24 : tensor<4x3xui32>
    %26 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %27 = stablehlo.shift_right_logical %22, %26 : tensor<4x3xui32>
    %28 = stablehlo.or %25, %27 : tensor<4x3xui32>
    %29 = stablehlo.xor %23, %28 : tensor<4x3xui32>
    %30 = stablehlo.add %23, %29 : tensor<4x3xui32>
    %31 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %32 = stablehlo.shift_left %29, %31 : tensor<4x3xui32>
    %33 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %34 = stablehlo.shift_right_logical %29, %33 : tensor<4x3xui32>
    %35 = stablehlo.or %32, %34 : tensor<4x3xui32>
    %36 = stablehlo.xor %30, %35 : tensor<4x3xui32>
    %37 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %38 = stablehlo.add %30, %37 : tensor<4x3xui32>
    %39 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %40 = stablehlo.add %36, %39 : tensor<4x3xui32>
    %41 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %42 = stablehlo.add %40, %41 : tensor<4x3xui32>
    %43 = stablehlo.add %38, %42 : tensor<4x3xui32>
    %44 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %45 = stablehlo.shift_left %42, %44 : tensor<4x3xui32>
    %46 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %47 = stablehlo.shift_right_logical %42, %46 : tensor<4x3xui32>
    %48 = stablehlo.or %45, %47 : tensor<4x3xui32>
    %49 = stablehlo.xor %43, %48 : tensor<4x3xui32>
    %50 = stablehlo.add %43, %49 : tensor<4x3xui32>
    %51 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %52 = stablehlo.shift_left %49, %51 : tensor<4x3xui32>
    %53 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %54 = stablehlo.shift_right_logical %49, %53 : tensor<4x3xui32>
    %55 = stablehlo.or %52, %54 : tensor<4x3xui32>
    %56 = stablehlo.xor %50, %55 : tensor<4x3xui32>
    %57 = stablehlo.add %50, %56 : tensor<4x3xui32>
    %58 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %59 = stablehlo.shift_left %56, %58 : tensor<4x3xui32>
    %60 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %61 = stablehlo.shift_right_logical %56, %60 : tensor<4x3xui32>
    %62 = stablehlo.or %59, %61 : tensor<4x3xui32>
    %63 = stablehlo.xor %57, %62 : tensor<4x3xui32>
    %64 = stablehlo.add %57, %63 : tensor<4x3xui32>
    %65 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %66 = stablehlo.shift_left %63, %65 : tensor<4x3xui32>
    %67 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %68 = stablehlo.shift_right_logical %63, %67 : tensor<4x3xui32>
    %69 = stablehlo.or %66, %68 : tensor<4x3xui32>
    %70 = stablehlo.xor %64, %69 : tensor<4x3xui32>
    %71 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %72 = stablehlo.add %64, %71 : tensor<4x3xui32>
    %73 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %74 = stablehlo.add %70, %73 : tensor<4x3xui32>
    %75 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %76 = stablehlo.add %74, %75 : tensor<4x3xui32>
    %77 = stablehlo.add %72, %76 : tensor<4x3xui32>
    %78 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %79 = stablehlo.shift_left %76, %78 : tensor<4x3xui32>
    %80 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %81 = stablehlo.shift_right_logical %76, %80 : tensor<4x3xui32>
    %82 = stablehlo.or %79, %81 : tensor<4x3xui32>
    %83 = stablehlo.xor %77, %82 : tensor<4x3xui32>
    %84 = stablehlo.add %77, %83 : tensor<4x3xui32>
    %85 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %86 = stablehlo.shift_left %83, %85 : tensor<4x3xui32>
    %87 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %88 = stablehlo.shift_right_logical %83, %87 : tensor<4x3xui32>
    %89 = stablehlo.or %86, %88 : tensor<4x3xui32>
    %90 = stablehlo.xor %84, %89 : tensor<4x3xui32>
    %91 = stablehlo.add %84, %90 : tensor<4x3xui32>
    %92 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %93 = stablehlo.shift_left %90, %92 : tensor<4x3xui32>
    %94 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %95 = stablehlo.shift_right_logical %90, %94 : tensor<4x3xui32>
    %96 = stablehlo.or %93, %95 : tensor<4x3xui32>
    %97 = stablehlo.xor %91, %96 : tensor<4x3xui32>
    %98 = stablehlo.add %91, %97 : tensor<4x3xui32>
    %99 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %100 = stablehlo.shift_left %97, %99 : tensor<4x3xui32>
    %101 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %102 = stablehlo.shift_right_logical %97, %101 : tensor<4x3xui32>
    %103 = stablehlo.or %100, %102 : tensor<4x3xui32>
    %104 = stablehlo.xor %98, %103 : tensor<4x3xui32>
    %105 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %106 = stablehlo.add %98, %105 : tensor<4x3xui32>
    %107 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %108 = stablehlo.add %104, %107 : tensor<4x3xui32>
    %109 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %110 = stablehlo.add %108, %109 : tensor<4x3xui32>
    %111 = stablehlo.add %106, %110 : tensor<4x3xui32>
    %112 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %113 = stablehlo.shift_left %110, %112 : tensor<4x3xui32>
    %114 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %115 = stablehlo.shift_right_logical %110, %114 : tensor<4x3xui32>
    %116 = stablehlo.or %113, %115 : tensor<4x3xui32>
    %117 = stablehlo.xor %111, %116 : tensor<4x3xui32>
    %118 = stablehlo.add %111, %117 : tensor<4x3xui32>
    %119 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %120 = stablehlo.shift_left %117, %119 : tensor<4x3xui32>
    %121 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %122 = stablehlo.shift_right_logical %117, %121 : tensor<4x3xui32>
    %123 = stablehlo.or %120, %122 : tensor<4x3xui32>
    %124 = stablehlo.xor %118, %123 : tensor<4x3xui32>
    %125 = stablehlo.add %118, %124 : tensor<4x3xui32>
    %126 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %127 = stablehlo.shift_left %124, %126 : tensor<4x3xui32>
    %128 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %129 = stablehlo.shift_right_logical %124, %128 : tensor<4x3xui32>
    %130 = stablehlo.or %127, %129 : tensor<4x3xui32>
    %131 = stablehlo.xor %125, %130 : tensor<4x3xui32>
    %132 = stablehlo.add %125, %131 : tensor<4x3xui32>
    %133 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %134 = stablehlo.shift_left %131, %133 : tensor<4x3xui32>
    %135 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %136 = stablehlo.shift_right_logical %131, %135 : tensor<4x3xui32>
    %137 = stablehlo.or %134, %136 : tensor<4x3xui32>
    %138 = stablehlo.xor %132, %137 : tensor<4x3xui32>
    %139 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %140 = stablehlo.add %132, %139 : tensor<4x3xui32>
    %141 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %142 = stablehlo.add %138, %141 : tensor<4x3xui32>
    %143 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %144 = stablehlo.add %142, %143 : tensor<4x3xui32>
    %145 = stablehlo.add %140, %144 : tensor<4x3xui32>
    %146 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %147 = stablehlo.shift_left %144, %146 : tensor<4x3xui32>
    %148 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %149 = stablehlo.shift_right_logical %144, %148 : tensor<4x3xui32>
    %150 = stablehlo.or %147, %149 : tensor<4x3xui32>
    %151 = stablehlo.xor %145, %150 : tensor<4x3xui32>
    %152 = stablehlo.add %145, %151 : tensor<4x3xui32>
    %153 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %154 = stablehlo.shift_left %151, %153 : tensor<4x3xui32>
    %155 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %156 = stablehlo.shift_right_logical %151, %155 : tensor<4x3xui32>
    %157 = stablehlo.or %154, %156 : tensor<4x3xui32>
    %158 = stablehlo.xor %152, %157 : tensor<4x3xui32>
    %159 = stablehlo.add %152, %158 : tensor<4x3xui32>
    %160 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %161 = stablehlo.shift_left %158, %160 : tensor<4x3xui32>
    %162 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %163 = stablehlo.shift_right_logical %158, %162 : tensor<4x3xui32>
    %164 = stablehlo.or %161, %163 : tensor<4x3xui32>
    %165 = stablehlo.xor %159, %164 : tensor<4x3xui32>
    %166 = stablehlo.add %159, %165 : tensor<4x3xui32>
    %167 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %168 = stablehlo.shift_left %165, %167 : tensor<4x3xui32>
    %169 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %170 = stablehlo.shift_right_logical %165, %169 : tensor<4x3xui32>
    %171 = stablehlo.or %168, %170 : tensor<4x3xui32>
    %172 = stablehlo.xor %166, %171 : tensor<4x3xui32>
    %173 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %174 = stablehlo.add %166, %173 : tensor<4x3xui32>
    %175 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %176 = stablehlo.add %172, %175 : tensor<4x3xui32>
    %177 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4x3xui32>
    %178 = stablehlo.add %176, %177 : tensor<4x3xui32>
    return %174, %178 : tensor<4x3xui32>, tensor<4x3xui32>
  }
  func.func private @_normal(%arg0: tensor<4x2xui32>) -> tensor<4xf32> {
    %0 = call @_normal_real(%arg0) : (tensor<4x2xui32>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func private @_normal_real(%arg0: tensor<4x2xui32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<0x7F800000> : tensor<4xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<4xf32>
    %cst_1 = stablehlo.constant dense<2.83297682> : tensor<4xf32>
    %cst_2 = stablehlo.constant dense<1.50140941> : tensor<4xf32>
    %cst_3 = stablehlo.constant dense<1.00167406> : tensor<4xf32>
    %cst_4 = stablehlo.constant dense<0.246640727> : tensor<4xf32>
    %cst_5 = stablehlo.constant dense<0.00943887047> : tensor<4xf32>
    %cst_6 = stablehlo.constant dense<-0.00417768164> : tensor<4xf32>
    %cst_7 = stablehlo.constant dense<-0.0076224613> : tensor<4xf32>
    %cst_8 = stablehlo.constant dense<-0.00125372503> : tensor<4xf32>
    %cst_9 = stablehlo.constant dense<0.00573950773> : tensor<4xf32>
    %cst_10 = stablehlo.constant dense<2.1858087E-4> : tensor<4xf32>
    %cst_11 = stablehlo.constant dense<-0.00367342844> : tensor<4xf32>
    %cst_12 = stablehlo.constant dense<-4.39150654E-6> : tensor<4xf32>
    %cst_13 = stablehlo.constant dense<0.00134934322> : tensor<4xf32>
    %cst_14 = stablehlo.constant dense<-3.5233877E-6> : tensor<4xf32>
    %cst_15 = stablehlo.constant dense<1.00950558E-4> : tensor<4xf32>
    %cst_16 = stablehlo.constant dense<3.43273939E-7> : tensor<4xf32>
    %cst_17 = stablehlo.constant dense<-2.00214257E-4> : tensor<4xf32>
    %cst_18 = stablehlo.constant dense<2.81022636E-8> : tensor<4xf32>
    %cst_19 = stablehlo.constant dense<3.000000e+00> : tensor<4xf32>
    %cst_20 = stablehlo.constant dense<2.500000e+00> : tensor<4xf32>
    %cst_21 = stablehlo.constant dense<5.000000e+00> : tensor<4xf32>
    %cst_22 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %cst_23 = stablehlo.constant dense<-0.99999994> : tensor<f32>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = call @_uniform(%arg0, %cst_23, %cst_24) : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %1 = stablehlo.negate %0 : tensor<4xf32>
    %2 = stablehlo.multiply %0, %1 : tensor<4xf32>
    %3 = stablehlo.log_plus_one %2 : tensor<4xf32>
    %4 = stablehlo.negate %3 : tensor<4xf32>
    %5 = stablehlo.compare  LT, %4, %cst_21 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %6 = stablehlo.subtract %4, %cst_20 : tensor<4xf32>
    %7 = stablehlo.sqrt %4 : tensor<4xf32>
    %8 = stablehlo.subtract %7, %cst_19 : tensor<4xf32>
    %9 = stablehlo.select %5, %6, %8 : tensor<4xi1>, tensor<4xf32>
    %10 = stablehlo.select %5, %cst_18, %cst_17 : tensor<4xi1>, tensor<4xf32>
    %11 = stablehlo.select %5, %cst_16, %cst_15 : tensor<4xi1>, tensor<4xf32>
    %12 = stablehlo.multiply %10, %9 : tensor<4xf32>
    %13 = stablehlo.add %11, %12 : tensor<4xf32>
    %14 = stablehlo.select %5, %cst_14, %cst_13 : tensor<4xi1>, tensor<4xf32>
    %15 = stablehlo.multiply %13, %9 : tensor<4xf32>
    %16 = stablehlo.add %14, %15 : tensor<4xf32>
    %17 = stablehlo.select %5, %cst_12, %cst_11 : tensor<4xi1>, tensor<4xf32>
    %18 = stablehlo.multiply %16, %9 : tensor<4xf32>
    %19 = stablehlo.add %17, %18 : tensor<4xf32>
    %20 = stablehlo.select %5, %cst_10, %cst_9 : tensor<4xi1>, tensor<4xf32>
    %21 = stablehlo.multiply %19, %9 : tensor<4xf32>
    %22 = stablehlo.add %20, %21 : tensor<4xf32>
    %23 = stablehlo.select %5, %cst_8, %cst_7 : tensor<4xi1>, tensor<4xf32>
    %24 = stablehlo.multiply %22, %9 : tensor<4xf32>
    %25 = stablehlo.add %23, %24 : tensor<4xf32>
    %26 = stablehlo.select %5, %cst_6, %cst_5 : tensor<4xi1>, tensor<4xf32>
    %27 = stablehlo.multiply %25, %9 : tensor<4xf32>
    %28 = stablehlo.add %26, %27 : tensor<4xf32>
    %29 = stablehlo.select %5, %cst_4, %cst_3 : tensor<4xi1>, tensor<4xf32>
    %30 = stablehlo.multiply %28, %9 : tensor<4xf32>
    %31 = stablehlo.add %29, %30 : tensor<4xf32>
    %32 = stablehlo.select %5, %cst_2, %cst_1 : tensor<4xi1>, tensor<4xf32>
    %33 = stablehlo.multiply %31, %9 : tensor<4xf32>
    %34 = stablehlo.add %32, %33 : tensor<4xf32>
    %35 = stablehlo.multiply %34, %0 : tensor<4xf32>
    %36 = stablehlo.abs %0 : tensor<4xf32>
    %37 = stablehlo.compare  EQ, %36, %cst_0 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %38 = stablehlo.multiply %0, %cst : tensor<4xf32>
    %39 = stablehlo.select %37, %38, %35 : tensor<4xi1>, tensor<4xf32>
    %40 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %41 = stablehlo.multiply %40, %39 : tensor<4xf32>
    return %41 : tensor<4xf32>
  }
  func.func private @_uniform(%arg0: tensor<4x2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<1065353216> : tensor<ui32>
    %c_0 = stablehlo.constant dense<9> : tensor<ui32>
    %c_1 = stablehlo.constant dense<0> : tensor<ui32>
    %0 = stablehlo.slice %arg0 [0:4, 0:1] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<4x1xui32>) -> tensor<4xui32>
    %2 = stablehlo.slice %arg0 [0:4, 1:2] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<4x1xui32>) -> tensor<4xui32>
    %4:2 = call @threefry2x32_63(%1, %3, %c_1, %c_1) : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %5 = stablehlo.xor %4#0, %4#1 : tensor<4xui32>
    %6 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %7 = stablehlo.shift_right_logical %5, %6 : tensor<4xui32>
    %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %9 = stablehlo.or %7, %8 : tensor<4xui32>
    %10 = stablehlo.bitcast_convert %9 : (tensor<4xui32>) -> tensor<4xf32>
    %11 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %12 = stablehlo.subtract %10, %11 : tensor<4xf32>
    %13 = stablehlo.subtract %arg2, %arg1 : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %15 = stablehlo.multiply %12, %14 : tensor<4xf32>
    %16 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %17 = stablehlo.add %15, %16 : tensor<4xf32>
    %18 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %19 = stablehlo.maximum %18, %17 : tensor<4xf32>
    return %19 : tensor<4xf32>
  }
  func.func private @threefry2x32_63(%arg0: tensor<4xui32>, %arg1: tensor<4xui32>, %arg2: tensor<ui32>, %arg3: tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>) {
    %c = stablehlo.constant dense<5> : tensor<ui32>
    %c_0 = stablehlo.constant dense<4> : tensor<ui32>
    %c_1 = stablehlo.constant dense<2> : tensor<ui32>
    %c_2 = stablehlo.constant dense<8> : tensor<ui32>
    %c_3 = stablehlo.constant dense<24> : tensor<ui32>
    %c_4 = stablehlo.constant dense<16> : tensor<ui32>
    %c_5 = stablehlo.constant dense<3> : tensor<ui32>
    %c_6 = stablehlo.constant dense<29> : tensor<ui32>
    %c_7 = stablehlo.constant dense<1> : tensor<ui32>
    %c_8 = stablehlo.constant dense<6> : tensor<ui32>
    %c_9 = stablehlo.constant dense<26> : tensor<ui32>
    %c_10 = stablehlo.constant dense<17> : tensor<ui32>
    %c_11 = stablehlo.constant dense<15> : tensor<ui32>
    %c_12 = stablehlo.constant dense<19> : tensor<ui32>
    %c_13 = stablehlo.constant dense<13> : tensor<ui32>
    %c_14 = stablehlo.constant dense<466688986> : tensor<ui32>
    %0 = stablehlo.xor %arg0, %arg1 : tensor<4xui32>
    %1 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %2 = stablehlo.xor %0, %1 : tensor<4xui32>
    %3 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %4 = stablehlo.add %3, %arg0 : tensor<4xui32>
    %5 = stablehlo.broadcast_in_dim %arg3, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %6 = stablehlo.add %5, %arg1 : tensor<4xui32>
    %7 = stablehlo.add %4, %6 : tensor<4xui32>
    %8 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %9 = stablehlo.shift_left %6, %8 : tensor<4xui32>
    %10 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %11 = stablehlo.shift_right_logical %6, %10 : tensor<4xui32>
    %12 = stablehlo.or %9, %11 : tensor<4xui32>
    %13 = stablehlo.xor %7, %12 : tensor<4xui32>
    %14 = stablehlo.add %7, %13 : tensor<4xui32>
    %15 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %16 = stablehlo.shift_left %13, %15 : tensor<4xui32>
    %17 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %18 = stablehlo.shift_right_logical %13, %17 : tensor<4xui32>
    %19 = stablehlo.or %16, %18 : tensor<4xui32>
    %20 = stablehlo.xor %14, %19 : tensor<4xui32>
    %21 = stablehlo.add %14, %20 : tensor<4xui32>
    %22 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %23 = stablehlo.shift_left %20, %22 : tensor<4xui32>
    %24 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %25 = stablehlo.shift_right_logical %20, %24 : tensor<4xui32>
    %26 = stablehlo.or %23, %25 : tensor<4xui32>
    %27 = stablehlo.xor %21, %26 : tensor<4xui32>
    %28 = stablehlo.add %21, %27 : tensor<4xui32>
    %29 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %30 = stablehlo.shift_left %27, %29 : tensor<4xui32>
    %31 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %32 = stablehlo.shift_right_logical %27, %31 : tensor<4xui32>
    %33 = stablehlo.or %30, %32 : tensor<4xui32>
    %34 = stablehlo.xor %28, %33 : tensor<4xui32>
    %35 = stablehlo.add %28, %arg1 : tensor<4xui32>
    %36 = stablehlo.add %34, %2 : tensor<4xui32>
    %37 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %38 = stablehlo.add %36, %37 : tensor<4xui32>
    %39 = stablehlo.add %35, %38 : tensor<4xui32>
    %40 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %41 = stablehlo.shift_left %38, %40 : tensor<4xui32>
    %42 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %43 = stablehlo.shift_right_logical %38, %42 : tensor<4xui32>
    %44 = stablehlo.or %41, %43 : tensor<4xui32>
    %45 = stablehlo.xor %39, %44 : tensor<4xui32>
    %46 = stablehlo.add %39, %45 : tensor<4xui32>
    %47 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %48 = stablehlo.shift_left %45, %47 : tensor<4xui32>
    %49 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %50 = stablehlo.shift_right_logical %45, %49 : tensor<4xui32>
    %51 = stablehlo.or %48, %50 : tensor<4xui32>
    %52 = stablehlo.xor %46, %51 : tensor<4xui32>
    %53 = stablehlo.add %46, %52 : tensor<4xui32>
    %54 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %55 = stablehlo.shift_left %52, %54 : tensor<4xui32>
    %56 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %57 = stablehlo.shift_right_logical %52, %56 : tensor<4xui32>
    %58 = stablehlo.or %55, %57 : tensor<4xui32>
    %59 = stablehlo.xor %53, %58 : tensor<4xui32>
    %60 = stablehlo.add %53, %59 : tensor<4xui32>
    %61 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %62 = stablehlo.shift_left %59, %61 : tensor<4xui32>
    %63 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %64 = stablehlo.shift_right_logical %59, %63 : tensor<4xui32>
    %65 = stablehlo.or %62, %64 : tensor<4xui32>
    %66 = stablehlo.xor %60, %65 : tensor<4xui32>
    %67 = stablehlo.add %60, %2 : tensor<4xui32>
    %68 = stablehlo.add %66, %arg0 : tensor<4xui32>
    %69 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %70 = stablehlo.add %68, %69 : tensor<4xui32>
    %71 = stablehlo.add %67, %70 : tensor<4xui32>
    %72 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %73 = stablehlo.shift_left %70, %72 : tensor<4xui32>
    %74 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %75 = stablehlo.shift_right_logical %70, %74 : tensor<4xui32>
    %76 = stablehlo.or %73, %75 : tensor<4xui32>
    %77 = stablehlo.xor %71, %76 : tensor<4xui32>
    %78 = stablehlo.add %71, %77 : tensor<4xui32>
    %79 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %80 = stablehlo.shift_left %77, %79 : tensor<4xui32>
    %81 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %82 = stablehlo.shift_right_logical %77, %81 : tensor<4xui32>
    %83 = stablehlo.or %80, %82 : tensor<4xui32>
    %84 = stablehlo.xor %78, %83 : tensor<4xui32>
    %85 = stablehlo.add %78, %84 : tensor<4xui32>
    %86 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %87 = stablehlo.shift_left %84, %86 : tensor<4xui32>
    %88 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %89 = stablehlo.shift_right_logical %84, %88 : tensor<4xui32>
    %90 = stablehlo.or %87, %89 : tensor<4xui32>
    %91 = stablehlo.xor %85, %90 : tensor<4xui32>
    %92 = stablehlo.add %85, %91 : tensor<4xui32>
    %93 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %94 = stablehlo.shift_left %91, %93 : tensor<4xui32>
    %95 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %96 = stablehlo.shift_right_logical %91, %95 : tensor<4xui32>
    %97 = stablehlo.or %94, %96 : tensor<4xui32>
    %98 = stablehlo.xor %92, %97 : tensor<4xui32>
    %99 = stablehlo.add %92, %arg0 : tensor<4xui32>
    %100 = stablehlo.add %98, %arg1 : tensor<4xui32>
    %101 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %102 = stablehlo.add %100, %101 : tensor<4xui32>
    %103 = stablehlo.add %99, %102 : tensor<4xui32>
    %104 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %105 = stablehlo.shift_left %102, %104 : tensor<4xui32>
    %106 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %107 = stablehlo.shift_right_logical %102, %106 : tensor<4xui32>
    %108 = stablehlo.or %105, %107 : tensor<4xui32>
    %109 = stablehlo.xor %103, %108 : tensor<4xui32>
    %110 = stablehlo.add %103, %109 : tensor<4xui32>
    %111 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %112 = stablehlo.shift_left %109, %111 : tensor<4xui32>
    %113 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %114 = stablehlo.shift_right_logical %109, %113 : tensor<4xui32>
    %115 = stablehlo.or %112, %114 : tensor<4xui32>
    %116 = stablehlo.xor %110, %115 : tensor<4xui32>
    %117 = stablehlo.add %110, %116 : tensor<4xui32>
    %118 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %119 = stablehlo.shift_left %116, %118 : tensor<4xui32>
    %120 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %121 = stablehlo.shift_right_logical %116, %120 : tensor<4xui32>
    %122 = stablehlo.or %119, %121 : tensor<4xui32>
    %123 = stablehlo.xor %117, %122 : tensor<4xui32>
    %124 = stablehlo.add %117, %123 : tensor<4xui32>
    %125 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %126 = stablehlo.shift_left %123, %125 : tensor<4xui32>
    %127 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %128 = stablehlo.shift_right_logical %123, %127 : tensor<4xui32>
    %129 = stablehlo.or %126, %128 : tensor<4xui32>
    %130 = stablehlo.xor %124, %129 : tensor<4xui32>
    %131 = stablehlo.add %124, %arg1 : tensor<4xui32>
    %132 = stablehlo.add %130, %2 : tensor<4xui32>
    %133 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %134 = stablehlo.add %132, %133 : tensor<4xui32>
    %135 = stablehlo.add %131, %134 : tensor<4xui32>
    %136 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %137 = stablehlo.shift_left %134, %136 : tensor<4xui32>
    %138 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %139 = stablehlo.shift_right_logical %134, %138 : tensor<4xui32>
    %140 = stablehlo.or %137, %139 : tensor<4xui32>
    %141 = stablehlo.xor %135, %140 : tensor<4xui32>
    %142 = stablehlo.add %135, %141 : tensor<4xui32>
    %143 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %144 = stablehlo.shift_left %141, %143 : tensor<4xui32>
    %145 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %146 = stablehlo.shift_right_logical %141, %145 : tensor<4xui32>
    %147 = stablehlo.or %144, %146 : tensor<4xui32>
    %148 = stablehlo.xor %142, %147 : tensor<4xui32>
    %149 = stablehlo.add %142, %148 : tensor<4xui32>
    %150 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %151 = stablehlo.shift_left %148, %150 : tensor<4xui32>
    %152 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %153 = stablehlo.shift_right_logical %148, %152 : tensor<4xui32>
    %154 = stablehlo.or %151, %153 : tensor<4xui32>
    %155 = stablehlo.xor %149, %154 : tensor<4xui32>
    %156 = stablehlo.add %149, %155 : tensor<4xui32>
    %157 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %158 = stablehlo.shift_left %155, %157 : tensor<4xui32>
    %159 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %160 = stablehlo.shift_right_logical %155, %159 : tensor<4xui32>
    %161 = stablehlo.or %158, %160 : tensor<4xui32>
    %162 = stablehlo.xor %156, %161 : tensor<4xui32>
    %163 = stablehlo.add %156, %2 : tensor<4xui32>
    %164 = stablehlo.add %162, %arg0 : tensor<4xui32>
    %165 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %166 = stablehlo.add %164, %165 : tensor<4xui32>
    return %163, %166 : tensor<4xui32>, tensor<4xui32>
  }
  func.func private @_uniform_75(%arg0: tensor<4x2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<1065353216> : tensor<ui32>
    %c_0 = stablehlo.constant dense<9> : tensor<ui32>
    %c_1 = stablehlo.constant dense<0> : tensor<ui32>
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.convert %arg2 : tensor<f32>
    %2 = stablehlo.slice %arg0 [0:4, 0:1] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<4x1xui32>) -> tensor<4xui32>
    %4 = stablehlo.slice %arg0 [0:4, 1:2] : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %5 = stablehlo.reshape %4 : (tensor<4x1xui32>) -> tensor<4xui32>
    %6:2 = call @threefry2x32_63(%3, %5, %c_1, %c_1) : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %7 = stablehlo.xor %6#0, %6#1 : tensor<4xui32>
    %8 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %9 = stablehlo.shift_right_logical %7, %8 : tensor<4xui32>
    %10 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %11 = stablehlo.or %9, %10 : tensor<4xui32>
    %12 = stablehlo.bitcast_convert %11 : (tensor<4xui32>) -> tensor<4xf32>
    %13 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %14 = stablehlo.subtract %12, %13 : tensor<4xf32>
    %15 = stablehlo.subtract %1, %0 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %17 = stablehlo.multiply %14, %16 : tensor<4xf32>
    %18 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %19 = stablehlo.add %17, %18 : tensor<4xf32>
    %20 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %21 = stablehlo.maximum %20, %19 : tensor<4xf32>
    return %21 : tensor<4xf32>
  }
}
