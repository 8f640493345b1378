module @jit_solve attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x4xf32>, %arg1: tensor<4xf32>) -> (tensor<4xf32> {jax.result_info = "result"}) {
    %0 = call @solve(%arg0, %arg1) : (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func private @solve(%arg0: tensor<4x4xf32>, %arg1: tensor<4xf32>) -> tensor<4xf32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<4> : tensor<i32>
    %c_1 = stablehlo.constant dense<> : tensor<0xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<4xi32>
    %1 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %2 = stablehlo.iota dim = 0 : tensor<4xi32>
    %3:5 = stablehlo.while(%iterArg = %c_2, %iterArg_3 = %c_2, %iterArg_4 = %1, %iterArg_5 = %2, %iterArg_6 = %arg0) : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    cond {
      %26 = stablehlo.compare  LT, %iterArg, %c_0,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %26 : tensor<i1>
    } do {
      %26:4 = func.call @closed_call(%iterArg_3, %iterArg_4, %iterArg_5, %iterArg_6) : (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) -> (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>)
      %27 = stablehlo.add %iterArg, %c : tensor<i32>
      stablehlo.return %27, %26#0, %26#1, %26#2, %26#3 : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    }
    %4 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %5 = stablehlo.add %3#3, %4 : tensor<4xi32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %7 = stablehlo.compare  LT, %5, %6,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %8 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %9 = stablehlo.add %5, %8 : tensor<4xi32>
    %10 = stablehlo.select %7, %9, %5 : tensor<4xi1>, tensor<4xi32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %12 = "stablehlo.gather"(%0, %11) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<4x1xi32>) -> tensor<4xi32>
    %13 = "stablehlo.scatter"(%0, %c_1, %12) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
      stablehlo.return %arg3 : tensor<i32>
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %14 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %15 = stablehlo.add %3#3, %14 : tensor<4xi32>
    %16 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %17 = stablehlo.compare  LT, %15, %16,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %18 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %19 = stablehlo.add %15, %18 : tensor<4xi32>
    %20 = stablehlo.select %17, %19, %15 : tensor<4xi1>, tensor<4xi32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %23 = "stablehlo.scatter"(%arg0, %c_1, %22) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %24 = "stablehlo.scatter"(%23, %c_1, %3#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %25 = call @_lu_solve(%24, %13, %arg1) : (tensor<4x4xf32>, tensor<4xi32>, tensor<4xf32>) -> tensor<4xf32>
    return %25 : tensor<4xf32>
  }
  func.func private @closed_call(%arg0: tensor<i32>, %arg1: tensor<4xi32>, %arg2: tensor<4xi32>, %arg3: tensor<4x4xf32>) -> (tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c = stablehlo.constant dense<4> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg0, %c_2 : tensor<i32>
    %1 = stablehlo.iota dim = 0 : tensor<4xi32>
    %2 = stablehlo.iota dim = 0 : tensor<4xi32>
    %3 = stablehlo.convert %arg0 : tensor<i32>
    %4 = stablehlo.compare  LT, %3, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.add %3, %c : tensor<i32>
    %6 = stablehlo.select %4, %5, %3 : tensor<i1>, tensor<i32>
    %7 = stablehlo.dynamic_slice %arg3, %c_1, %6, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %8 = stablehlo.reshape %7 : (tensor<4x1xf32>) -> tensor<4xf32>
    %9 = stablehlo.abs %8 : tensor<4xf32>
    %10 = stablehlo.convert %arg0 : tensor<i32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %12 = stablehlo.compare  GE, %1, %11,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %13 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %14 = stablehlo.select %12, %9, %13 : tensor<4xi1>, tensor<4xf32>
    %15 = call @argmax(%14) : (tensor<4xf32>) -> tensor<i32>
    %16 = stablehlo.compare  LT, %arg0, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %17 = stablehlo.add %arg0, %c : tensor<i32>
    %18 = stablehlo.select %16, %17, %arg0 : tensor<i1>, tensor<i32>
    %19 = stablehlo.convert %18 : tensor<i32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %21 = "stablehlo.scatter"(%arg1, %20, %15) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>):
      stablehlo.return %arg5 : tensor<i32>
    }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
    %22 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.convert %arg0 : tensor<i32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %22, %24, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %27 = stablehlo.compare  LT, %25, %26,  SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %28 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %29 = stablehlo.add %25, %28 : tensor<2xi32>
    %30 = stablehlo.select %27, %29, %25 : tensor<2xi1>, tensor<2xi32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
    %32 = "stablehlo.gather"(%arg3, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %33 = stablehlo.convert %arg0 : tensor<i32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %35 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %36 = stablehlo.concatenate %34, %35, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %38 = stablehlo.compare  LT, %36, %37,  SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %39 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %40 = stablehlo.add %36, %39 : tensor<2xi32>
    %41 = stablehlo.select %38, %40, %36 : tensor<2xi1>, tensor<2xi32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
    %43 = "stablehlo.scatter"(%arg3, %42, %32) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
      stablehlo.return %arg5 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
    %44 = stablehlo.convert %arg0 : tensor<i32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %46 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %47 = stablehlo.concatenate %45, %46, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %49 = stablehlo.compare  LT, %47, %48,  SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %50 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %51 = stablehlo.add %47, %50 : tensor<2xi32>
    %52 = stablehlo.select %49, %51, %47 : tensor<2xi1>, tensor<2xi32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
    %54 = "stablehlo.gather"(%arg2, %53) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
    %55 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %56 = stablehlo.convert %arg0 : tensor<i32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %58 = stablehlo.concatenate %55, %57, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %59 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %60 = stablehlo.compare  LT, %58, %59,  SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %61 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2xi32>
    %62 = stablehlo.add %58, %61 : tensor<2xi32>
    %63 = stablehlo.select %60, %62, %58 : tensor<2xi1>, tensor<2xi32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
    %65 = "stablehlo.scatter"(%arg2, %64, %54) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>):
      stablehlo.return %arg5 : tensor<i32>
    }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
    %66 = stablehlo.convert %arg0 : tensor<i32>
    %67 = stablehlo.convert %arg0 : tensor<i32>
    %68 = stablehlo.compare  LT, %66, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %69 = stablehlo.add %66, %c : tensor<i32>
    %70 = stablehlo.select %68, %69, %66 : tensor<i1>, tensor<i32>
    %71 = stablehlo.compare  LT, %67, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %72 = stablehlo.add %67, %c : tensor<i32>
    %73 = stablehlo.select %71, %72, %67 : tensor<i1>, tensor<i32>
    %74 = stablehlo.dynamic_slice %43, %70, %73, sizes = [1, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x1xf32>) -> tensor<f32>
    %76 = stablehlo.convert %arg0 : tensor<i32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %78 = stablehlo.compare  GT, %1, %77,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %79 = stablehlo.compare  NE, %75, %cst,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<i1>) -> tensor<4xi1>
    %81 = stablehlo.and %78, %80 : tensor<4xi1>
    %82 = stablehlo.convert %arg0 : tensor<i32>
    %83 = stablehlo.compare  LT, %82, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %84 = stablehlo.add %82, %c : tensor<i32>
    %85 = stablehlo.select %83, %84, %82 : tensor<i1>, tensor<i32>
    %86 = stablehlo.dynamic_slice %43, %c_1, %85, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %87 = stablehlo.reshape %86 : (tensor<4x1xf32>) -> tensor<4xf32>
    %88 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %89 = stablehlo.divide %87, %88 : tensor<4xf32>
    %90 = stablehlo.convert %arg0 : tensor<i32>
    %91 = stablehlo.compare  LT, %90, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %92 = stablehlo.add %90, %c : tensor<i32>
    %93 = stablehlo.select %91, %92, %90 : tensor<i1>, tensor<i32>
    %94 = stablehlo.dynamic_slice %43, %c_1, %93, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
    %95 = stablehlo.reshape %94 : (tensor<4x1xf32>) -> tensor<4xf32>
    %96 = stablehlo.select %81, %89, %95 : tensor<4xi1>, tensor<4xf32>
    %97 = stablehlo.compare  LT, %arg0, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %98 = stablehlo.add %arg0, %c : tensor<i32>
    %99 = stablehlo.select %97, %98, %arg0 : tensor<i1>, tensor<i32>
    %100 = stablehlo.convert %99 : tensor<i32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.scatter"(%43, %101, %96) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
      stablehlo.return %arg5 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
    %103 = stablehlo.compare  LT, %arg0, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %104 = stablehlo.add %arg0, %c : tensor<i32>
    %105 = stablehlo.select %103, %104, %arg0 : tensor<i1>, tensor<i32>
    %106 = stablehlo.convert %105 : tensor<i32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.gather"(%102, %107) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1]>, indices_are_sorted = true, slice_sizes = array<i64: 4, 1>}> : (tensor<4x4xf32>, tensor<1xi32>) -> tensor<4xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %110 = stablehlo.compare  LT, %arg0, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %111 = stablehlo.add %arg0, %c : tensor<i32>
    %112 = stablehlo.select %110, %111, %arg0 : tensor<i1>, tensor<i32>
    %113 = stablehlo.convert %112 : tensor<i32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.gather"(%102, %114) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [0], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<1xi32>) -> tensor<4xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %117 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x4xf32>
    %118 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<4x4xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<4x4xf32>
    %120 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %121 = stablehlo.convert %arg0 : tensor<i32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<i32>) -> tensor<4x1xi32>
    %123 = stablehlo.compare  GT, %120, %122,  SIGNED : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
    %124 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xi32>) -> tensor<1x4xi32>
    %125 = stablehlo.convert %arg0 : tensor<i32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
    %127 = stablehlo.compare  GT, %124, %126,  SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %128 = stablehlo.broadcast_in_dim %123, dims = [0, 1] : (tensor<4x1xi1>) -> tensor<4x4xi1>
    %129 = stablehlo.broadcast_in_dim %127, dims = [0, 1] : (tensor<1x4xi1>) -> tensor<4x4xi1>
    %130 = stablehlo.and %128, %129 : tensor<4x4xi1>
    %131 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %132 = stablehlo.select %130, %119, %131 : tensor<4x4xi1>, tensor<4x4xf32>
    %133 = stablehlo.subtract %102, %132 : tensor<4x4xf32>
    return %0, %21, %65, %133 : tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
  }
  func.func private @argmax(%arg0: tensor<4xf32>) -> tensor<i32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<4xi32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [0] : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%arg1: tensor<f32>, %arg3: tensor<f32>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
      %2 = stablehlo.compare  GT, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %3 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %4 = stablehlo.or %2, %3 : tensor<i1>
      %5 = stablehlo.compare  EQ, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = stablehlo.compare  LT, %arg2, %arg4,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %7 = stablehlo.and %5, %6 : tensor<i1>
      %8 = stablehlo.or %4, %7 : tensor<i1>
      %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<f32>
      %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
      stablehlo.return %9, %10 : tensor<f32>, tensor<i32>
    }
    return %1#1 : tensor<i32>
  }
  func.func private @_lu_solve(%arg0: tensor<4x4xf32>, %arg1: tensor<4xi32>, %arg2: tensor<4xf32>) -> tensor<4xf32> {
    %c = stablehlo.constant dense<4> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %1 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %2 = stablehlo.compare  LT, %arg1, %1,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %3 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %4 = stablehlo.add %arg1, %3 : tensor<4xi32>
    %5 = stablehlo.select %2, %4, %arg1 : tensor<4xi1>, tensor<4xi32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %7 = "stablehlo.gather"(%0, %6) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1>}> : (tensor<4x1xf32>, tensor<4x1xi32>) -> tensor<4x1xf32>
    %8 = "stablehlo.triangular_solve"(%arg0, %7) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %9 = "stablehlo.triangular_solve"(%arg0, %8) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %10 = stablehlo.slice %9 [0:4, 0:1] : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %11 = stablehlo.reshape %10 : (tensor<4x1xf32>) -> tensor<4xf32>
    return %11 : tensor<4xf32>
  }
}
