module @jit_solve attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x4xf32>, %arg1: tensor<4xf32>) -> (tensor<4xf32> {jax.result_info = "result"}) {
    %0 = call @solve(%arg0, %arg1) : (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func private @solve(%arg0: tensor<4x4xf32>, %arg1: tensor<4xf32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_1 = stablehlo.constant dense<4> : tensor<i32>
    %c_2 = stablehlo.constant dense<> : tensor<0xi32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<4xi32>
    %1 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %2 = stablehlo.iota dim = 0 : tensor<4xi32>
    %3:5 = stablehlo.while(%iterArg = %c_3, %iterArg_4 = %c_3, %iterArg_5 = %1, %iterArg_6 = %2, %iterArg_7 = %arg0) : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    cond {
      %26 = stablehlo.compare LT, %iterArg, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %26 : tensor<i1>
    } do {
      %26 = stablehlo.add %iterArg_4, %c : tensor<i32>
      %27 = stablehlo.iota dim = 0 : tensor<4xi32>
      %28 = stablehlo.iota dim = 0 : tensor<4xi32>
      %29 = stablehlo.convert %iterArg_4 : tensor<i32>
      %30 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %31 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %32 = stablehlo.select %30, %31, %c_3 : tensor<i1>, tensor<i32>
      %33 = stablehlo.compare LT, %29, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %34 = stablehlo.add %29, %c_1 : tensor<i32>
      %35 = stablehlo.select %33, %34, %29 : tensor<i1>, tensor<i32>
      %36 = stablehlo.dynamic_slice %iterArg_7, %32, %35, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %37 = stablehlo.reshape %36 : (tensor<4x1xf32>) -> tensor<4xf32>
      %38 = stablehlo.abs %37 : tensor<4xf32>
      %39 = stablehlo.convert %iterArg_4 : tensor<i32>
      %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %41 = stablehlo.compare GE, %27, %40, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %42 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %43 = stablehlo.select %41, %38, %42 : tensor<4xi1>, tensor<4xf32>
      %44 = func.call @argmax(%43) : (tensor<4xf32>) -> tensor<i32>
      %45 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %46 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %47 = stablehlo.select %45, %46, %iterArg_4 : tensor<i1>, tensor<i32>
      %48 = stablehlo.convert %47 : tensor<i32>
      %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %50 = "stablehlo.scatter"(%iterArg_5, %49, %44) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
        stablehlo.return %arg3 : tensor<i32>
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %51 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %52 = stablehlo.convert %iterArg_4 : tensor<i32>
      %53 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %54 = stablehlo.concatenate %51, %53, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %55 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %56 = stablehlo.compare LT, %54, %55, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %57 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %58 = stablehlo.add %54, %57 : tensor<2xi32>
      %59 = stablehlo.select %56, %58, %54 : tensor<2xi1>, tensor<2xi32>
      %60 = stablehlo.broadcast_in_dim %59, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %61 = "stablehlo.gather"(%iterArg_7, %60) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %62 = stablehlo.convert %iterArg_4 : tensor<i32>
      %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %64 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %65 = stablehlo.concatenate %63, %64, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %66 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %67 = stablehlo.compare LT, %65, %66, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %68 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %69 = stablehlo.add %65, %68 : tensor<2xi32>
      %70 = stablehlo.select %67, %69, %65 : tensor<2xi1>, tensor<2xi32>
      %71 = stablehlo.broadcast_in_dim %70, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %72 = "stablehlo.scatter"(%iterArg_7, %71, %61) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
        stablehlo.return %arg3 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %73 = stablehlo.convert %iterArg_4 : tensor<i32>
      %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %75 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %76 = stablehlo.concatenate %74, %75, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %77 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %78 = stablehlo.compare LT, %76, %77, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %79 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %80 = stablehlo.add %76, %79 : tensor<2xi32>
      %81 = stablehlo.select %78, %80, %76 : tensor<2xi1>, tensor<2xi32>
      %82 = stablehlo.broadcast_in_dim %81, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %83 = "stablehlo.gather"(%iterArg_6, %82) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %84 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %85 = stablehlo.convert %iterArg_4 : tensor<i32>
      %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %87 = stablehlo.concatenate %84, %86, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %88 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %89 = stablehlo.compare LT, %87, %88, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %90 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %91 = stablehlo.add %87, %90 : tensor<2xi32>
      %92 = stablehlo.select %89, %91, %87 : tensor<2xi1>, tensor<2xi32>
      %93 = stablehlo.broadcast_in_dim %92, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %94 = "stablehlo.scatter"(%iterArg_6, %93, %83) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
        stablehlo.return %arg3 : tensor<i32>
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %95 = stablehlo.convert %iterArg_4 : tensor<i32>
      %96 = stablehlo.convert %iterArg_4 : tensor<i32>
      %97 = stablehlo.compare LT, %95, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %98 = stablehlo.add %95, %c_1 : tensor<i32>
      %99 = stablehlo.select %97, %98, %95 : tensor<i1>, tensor<i32>
      %100 = stablehlo.compare LT, %96, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %101 = stablehlo.add %96, %c_1 : tensor<i32>
      %102 = stablehlo.select %100, %101, %96 : tensor<i1>, tensor<i32>
      %103 = stablehlo.dynamic_slice %72, %99, %102, sizes = [1, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %104 = stablehlo.reshape %103 : (tensor<1x1xf32>) -> tensor<f32>
      %105 = stablehlo.convert %iterArg_4 : tensor<i32>
      %106 = stablehlo.broadcast_in_dim %105, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %107 = stablehlo.compare GT, %27, %106, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %108 = stablehlo.compare NE, %104, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %109 = stablehlo.broadcast_in_dim %108, dims = [] : (tensor<i1>) -> tensor<4xi1>
      %110 = stablehlo.and %107, %109 : tensor<4xi1>
      %111 = stablehlo.convert %iterArg_4 : tensor<i32>
      %112 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %113 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %114 = stablehlo.select %112, %113, %c_3 : tensor<i1>, tensor<i32>
      %115 = stablehlo.compare LT, %111, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %116 = stablehlo.add %111, %c_1 : tensor<i32>
      %117 = stablehlo.select %115, %116, %111 : tensor<i1>, tensor<i32>
      %118 = stablehlo.dynamic_slice %72, %114, %117, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %119 = stablehlo.reshape %118 : (tensor<4x1xf32>) -> tensor<4xf32>
      %120 = stablehlo.broadcast_in_dim %104, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %121 = stablehlo.divide %119, %120 : tensor<4xf32>
      %122 = stablehlo.convert %iterArg_4 : tensor<i32>
      %123 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %124 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %125 = stablehlo.select %123, %124, %c_3 : tensor<i1>, tensor<i32>
      %126 = stablehlo.compare LT, %122, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %127 = stablehlo.add %122, %c_1 : tensor<i32>
      %128 = stablehlo.select %126, %127, %122 : tensor<i1>, tensor<i32>
      %129 = stablehlo.dynamic_slice %72, %125, %128, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %130 = stablehlo.reshape %129 : (tensor<4x1xf32>) -> tensor<4xf32>
      %131 = stablehlo.select %110, %121, %130 : tensor<4xi1>, tensor<4xf32>
      %132 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %133 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %134 = stablehlo.select %132, %133, %iterArg_4 : tensor<i1>, tensor<i32>
      %135 = stablehlo.convert %134 : tensor<i32>
      %136 = stablehlo.broadcast_in_dim %135, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %137 = "stablehlo.scatter"(%72, %136, %131) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
        stablehlo.return %arg3 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %138 = stablehlo.convert %iterArg_4 : tensor<i32>
      %139 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %140 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %141 = stablehlo.select %139, %140, %c_3 : tensor<i1>, tensor<i32>
      %142 = stablehlo.compare LT, %138, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %143 = stablehlo.add %138, %c_1 : tensor<i32>
      %144 = stablehlo.select %142, %143, %138 : tensor<i1>, tensor<i32>
      %145 = stablehlo.dynamic_slice %137, %141, %144, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %146 = stablehlo.reshape %145 : (tensor<4x1xf32>) -> tensor<4xf32>
      %147 = stablehlo.broadcast_in_dim %146, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
      %148 = stablehlo.convert %iterArg_4 : tensor<i32>
      %149 = stablehlo.compare LT, %148, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %150 = stablehlo.add %148, %c_1 : tensor<i32>
      %151 = stablehlo.select %149, %150, %148 : tensor<i1>, tensor<i32>
      %152 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %153 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %154 = stablehlo.select %152, %153, %c_3 : tensor<i1>, tensor<i32>
      %155 = stablehlo.dynamic_slice %137, %151, %154, sizes = [1, 4] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %156 = stablehlo.reshape %155 : (tensor<1x4xf32>) -> tensor<4xf32>
      %157 = stablehlo.broadcast_in_dim %156, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
      %158 = stablehlo.broadcast_in_dim %147, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %159 = stablehlo.broadcast_in_dim %157, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %160 = stablehlo.multiply %158, %159 : tensor<4x4xf32>
      %161 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
      %162 = stablehlo.convert %iterArg_4 : tensor<i32>
      %163 = stablehlo.broadcast_in_dim %162, dims = [] : (tensor<i32>) -> tensor<4x1xi32>
      %164 = stablehlo.compare GT, %161, %163, SIGNED : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %165 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<4xi32>) -> tensor<1x4xi32>
      %166 = stablehlo.convert %iterArg_4 : tensor<i32>
      %167 = stablehlo.broadcast_in_dim %166, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
      %168 = stablehlo.compare GT, %165, %167, SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %169 = stablehlo.broadcast_in_dim %164, dims = [0, 1] : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %170 = stablehlo.broadcast_in_dim %168, dims = [0, 1] : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %171 = stablehlo.and %169, %170 : tensor<4x4xi1>
      %172 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
      %173 = stablehlo.select %171, %160, %172 : tensor<4x4xi1>, tensor<4x4xf32>
      %174 = stablehlo.subtract %137, %173 : tensor<4x4xf32>
      %175 = stablehlo.add %iterArg, %c : tensor<i32>
      stablehlo.return %175, %26, %50, %94, %174 : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    }
    %4 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %5 = stablehlo.add %3#3, %4 : tensor<4xi32>
    %6 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %7 = stablehlo.compare LT, %5, %6, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %9 = stablehlo.add %5, %8 : tensor<4xi32>
    %10 = stablehlo.select %7, %9, %5 : tensor<4xi1>, tensor<4xi32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %12 = "stablehlo.gather"(%0, %11) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<4x1xi32>) -> tensor<4xi32>
    %13 = "stablehlo.scatter"(%0, %c_2, %12) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):
      stablehlo.return %arg3 : tensor<i32>
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %14 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %15 = stablehlo.add %3#3, %14 : tensor<4xi32>
    %16 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %17 = stablehlo.compare LT, %15, %16, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %18 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %19 = stablehlo.add %15, %18 : tensor<4xi32>
    %20 = stablehlo.select %17, %19, %15 : tensor<4xi1>, tensor<4xi32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %23 = "stablehlo.scatter"(%arg0, %c_2, %22) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %24 = "stablehlo.scatter"(%23, %c_2, %3#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      stablehlo.return %arg3 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %25 = call @_lu_solve(%24, %13, %arg1) : (tensor<4x4xf32>, tensor<4xi32>, tensor<4xf32>) -> tensor<4xf32>
    return %25 : tensor<4xf32>
  }
  func.func private @argmax(%arg0: tensor<4xf32>) -> tensor<i32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<4xi32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [0] : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
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
  func.func private @_lu_solve(%arg0: tensor<4x4xf32>, %arg1: tensor<4xi32>, %arg2: tensor<4xf32>) -> tensor<4xf32> {
    %c = stablehlo.constant dense<4> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %arg2, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %1 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %2 = stablehlo.compare LT, %arg1, %1, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %3 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %4 = stablehlo.add %arg1, %3 : tensor<4xi32>
    %5 = stablehlo.select %2, %4, %arg1 : tensor<4xi1>, tensor<4xi32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %7 = "stablehlo.gather"(%0, %6) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1>}> : (tensor<4x1xf32>, tensor<4x1xi32>) -> tensor<4x1xf32>
    %8 = "stablehlo.triangular_solve"(%arg0, %7) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %9 = "stablehlo.triangular_solve"(%arg0, %8) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %10 = stablehlo.reshape %9 : (tensor<4x1xf32>) -> tensor<4xf32>
    return %10 : tensor<4xf32>
  }
}
