module @jit_lu attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x4xf32>) -> (tensor<4x4xf32> {jax.result_info = "result[0]"}, tensor<4x4xf32> {jax.result_info = "result[1]"}, tensor<4x4xf32> {jax.result_info = "result[2]"}) {
    %0:3 = call @lu(%arg0) : (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>)
    return %0#0, %0#1, %0#2 : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>
  }
  func.func private @lu(%arg0: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) {
    %0:3 = call @_lu(%arg0) : (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>)
    return %0#0, %0#1, %0#2 : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>
  }
  func.func private @_lu(%arg0: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) {
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
      %41 = stablehlo.compare LT, %iterArg, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %41 : tensor<i1>
    } do {
      %41 = stablehlo.add %iterArg_4, %c : tensor<i32>
      %42 = stablehlo.iota dim = 0 : tensor<4xi32>
      %43 = stablehlo.iota dim = 0 : tensor<4xi32>
      %44 = stablehlo.convert %iterArg_4 : tensor<i32>
      %45 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %46 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %47 = stablehlo.select %45, %46, %c_3 : tensor<i1>, tensor<i32>
      %48 = stablehlo.compare LT, %44, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %49 = stablehlo.add %44, %c_1 : tensor<i32>
      %50 = stablehlo.select %48, %49, %44 : tensor<i1>, tensor<i32>
      %51 = stablehlo.dynamic_slice %iterArg_7, %47, %50, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %52 = stablehlo.reshape %51 : (tensor<4x1xf32>) -> tensor<4xf32>
      %53 = stablehlo.abs %52 : tensor<4xf32>
      %54 = stablehlo.convert %iterArg_4 : tensor<i32>
      %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %56 = stablehlo.compare GE, %42, %55, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %57 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %58 = stablehlo.select %56, %53, %57 : tensor<4xi1>, tensor<4xf32>
      %59 = func.call @argmax(%58) : (tensor<4xf32>) -> tensor<i32>
      %60 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %61 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %62 = stablehlo.select %60, %61, %iterArg_4 : tensor<i1>, tensor<i32>
      %63 = stablehlo.convert %62 : tensor<i32>
      %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %65 = "stablehlo.scatter"(%iterArg_5, %64, %59) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
        stablehlo.return %arg2 : tensor<i32>
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %66 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %67 = stablehlo.convert %iterArg_4 : tensor<i32>
      %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %69 = stablehlo.concatenate %66, %68, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %70 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %71 = stablehlo.compare LT, %69, %70, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %72 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %73 = stablehlo.add %69, %72 : tensor<2xi32>
      %74 = stablehlo.select %71, %73, %69 : tensor<2xi1>, tensor<2xi32>
      %75 = stablehlo.broadcast_in_dim %74, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %76 = "stablehlo.gather"(%iterArg_7, %75) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %77 = stablehlo.convert %iterArg_4 : tensor<i32>
      %78 = stablehlo.broadcast_in_dim %77, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %79 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %80 = stablehlo.concatenate %78, %79, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %81 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %82 = stablehlo.compare LT, %80, %81, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %83 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %84 = stablehlo.add %80, %83 : tensor<2xi32>
      %85 = stablehlo.select %82, %84, %80 : tensor<2xi1>, tensor<2xi32>
      %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %87 = "stablehlo.scatter"(%iterArg_7, %86, %76) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
        stablehlo.return %arg2 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %88 = stablehlo.convert %iterArg_4 : tensor<i32>
      %89 = stablehlo.broadcast_in_dim %88, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %90 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %91 = stablehlo.concatenate %89, %90, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %92 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %93 = stablehlo.compare LT, %91, %92, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %94 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %95 = stablehlo.add %91, %94 : tensor<2xi32>
      %96 = stablehlo.select %93, %95, %91 : tensor<2xi1>, tensor<2xi32>
      %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %98 = "stablehlo.gather"(%iterArg_6, %97) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %99 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %100 = stablehlo.convert %iterArg_4 : tensor<i32>
      %101 = stablehlo.broadcast_in_dim %100, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %102 = stablehlo.concatenate %99, %101, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %103 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %104 = stablehlo.compare LT, %102, %103, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %105 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %106 = stablehlo.add %102, %105 : tensor<2xi32>
      %107 = stablehlo.select %104, %106, %102 : tensor<2xi1>, tensor<2xi32>
      %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %109 = "stablehlo.scatter"(%iterArg_6, %108, %98) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
        stablehlo.return %arg2 : tensor<i32>
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %110 = stablehlo.convert %iterArg_4 : tensor<i32>
      %111 = stablehlo.convert %iterArg_4 : tensor<i32>
      %112 = stablehlo.compare LT, %110, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %113 = stablehlo.add %110, %c_1 : tensor<i32>
      %114 = stablehlo.select %112, %113, %110 : tensor<i1>, tensor<i32>
      %115 = stablehlo.compare LT, %111, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %116 = stablehlo.add %111, %c_1 : tensor<i32>
      %117 = stablehlo.select %115, %116, %111 : tensor<i1>, tensor<i32>
      %118 = stablehlo.dynamic_slice %87, %114, %117, sizes = [1, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %119 = stablehlo.reshape %118 : (tensor<1x1xf32>) -> tensor<f32>
      %120 = stablehlo.convert %iterArg_4 : tensor<i32>
      %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %122 = stablehlo.compare GT, %42, %121, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %123 = stablehlo.compare NE, %119, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %124 = stablehlo.broadcast_in_dim %123, dims = [] : (tensor<i1>) -> tensor<4xi1>
      %125 = stablehlo.and %122, %124 : tensor<4xi1>
      %126 = stablehlo.convert %iterArg_4 : tensor<i32>
      %127 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %128 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %129 = stablehlo.select %127, %128, %c_3 : tensor<i1>, tensor<i32>
      %130 = stablehlo.compare LT, %126, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %131 = stablehlo.add %126, %c_1 : tensor<i32>
      %132 = stablehlo.select %130, %131, %126 : tensor<i1>, tensor<i32>
      %133 = stablehlo.dynamic_slice %87, %129, %132, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %134 = stablehlo.reshape %133 : (tensor<4x1xf32>) -> tensor<4xf32>
      %135 = stablehlo.broadcast_in_dim %119, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %136 = stablehlo.divide %134, %135 : tensor<4xf32>
      %137 = stablehlo.convert %iterArg_4 : tensor<i32>
      %138 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %139 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %140 = stablehlo.select %138, %139, %c_3 : tensor<i1>, tensor<i32>
      %141 = stablehlo.compare LT, %137, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %142 = stablehlo.add %137, %c_1 : tensor<i32>
      %143 = stablehlo.select %141, %142, %137 : tensor<i1>, tensor<i32>
      %144 = stablehlo.dynamic_slice %87, %140, %143, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %145 = stablehlo.reshape %144 : (tensor<4x1xf32>) -> tensor<4xf32>
      %146 = stablehlo.select %125, %136, %145 : tensor<4xi1>, tensor<4xf32>
      %147 = stablehlo.compare LT, %iterArg_4, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %148 = stablehlo.add %iterArg_4, %c_1 : tensor<i32>
      %149 = stablehlo.select %147, %148, %iterArg_4 : tensor<i1>, tensor<i32>
      %150 = stablehlo.convert %149 : tensor<i32>
      %151 = stablehlo.broadcast_in_dim %150, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %152 = "stablehlo.scatter"(%87, %151, %146) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
        stablehlo.return %arg2 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %153 = stablehlo.convert %iterArg_4 : tensor<i32>
      %154 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %155 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %156 = stablehlo.select %154, %155, %c_3 : tensor<i1>, tensor<i32>
      %157 = stablehlo.compare LT, %153, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %158 = stablehlo.add %153, %c_1 : tensor<i32>
      %159 = stablehlo.select %157, %158, %153 : tensor<i1>, tensor<i32>
      %160 = stablehlo.dynamic_slice %152, %156, %159, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %161 = stablehlo.reshape %160 : (tensor<4x1xf32>) -> tensor<4xf32>
      %162 = stablehlo.broadcast_in_dim %161, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
      %163 = stablehlo.convert %iterArg_4 : tensor<i32>
      %164 = stablehlo.compare LT, %163, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %165 = stablehlo.add %163, %c_1 : tensor<i32>
      %166 = stablehlo.select %164, %165, %163 : tensor<i1>, tensor<i32>
      %167 = stablehlo.compare LT, %c_3, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %168 = stablehlo.add %c_3, %c_1 : tensor<i32>
      %169 = stablehlo.select %167, %168, %c_3 : tensor<i1>, tensor<i32>
      %170 = stablehlo.dynamic_slice %152, %166, %169, sizes = [1, 4] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %171 = stablehlo.reshape %170 : (tensor<1x4xf32>) -> tensor<4xf32>
      %172 = stablehlo.broadcast_in_dim %171, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
      %173 = stablehlo.broadcast_in_dim %162, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %174 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %175 = stablehlo.multiply %173, %174 : tensor<4x4xf32>
      %176 = stablehlo.broadcast_in_dim %42, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
      %177 = stablehlo.convert %iterArg_4 : tensor<i32>
      %178 = stablehlo.broadcast_in_dim %177, dims = [] : (tensor<i32>) -> tensor<4x1xi32>
      %179 = stablehlo.compare GT, %176, %178, SIGNED : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %180 = stablehlo.broadcast_in_dim %43, dims = [1] : (tensor<4xi32>) -> tensor<1x4xi32>
      %181 = stablehlo.convert %iterArg_4 : tensor<i32>
      %182 = stablehlo.broadcast_in_dim %181, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
      %183 = stablehlo.compare GT, %180, %182, SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %184 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %185 = stablehlo.broadcast_in_dim %183, dims = [0, 1] : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %186 = stablehlo.and %184, %185 : tensor<4x4xi1>
      %187 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
      %188 = stablehlo.select %186, %175, %187 : tensor<4x4xi1>, tensor<4x4xf32>
      %189 = stablehlo.subtract %152, %188 : tensor<4x4xf32>
      %190 = stablehlo.add %iterArg, %c : tensor<i32>
      stablehlo.return %190, %41, %65, %109, %189 : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
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
    ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
      stablehlo.return %arg2 : tensor<i32>
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
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      stablehlo.return %arg2 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %24 = "stablehlo.scatter"(%23, %c_2, %3#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      stablehlo.return %arg2 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %25 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<4xi32>) -> tensor<1x4xi32>
    %26 = stablehlo.iota dim = 0 : tensor<4xi32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %28 = stablehlo.broadcast_in_dim %25, dims = [0, 1] : (tensor<1x4xi32>) -> tensor<4x4xi32>
    %29 = stablehlo.broadcast_in_dim %27, dims = [0, 1] : (tensor<4x1xi32>) -> tensor<4x4xi32>
    %30 = stablehlo.compare EQ, %28, %29, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %31 = stablehlo.convert %30 : (tensor<4x4xi1>) -> tensor<4x4xf32>
    %32 = call @tril(%24) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %33 = stablehlo.iota dim = 0 : tensor<4x4xi32>
    %34 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %35 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %36 = stablehlo.add %33, %35 : tensor<4x4xi32>
    %37 = stablehlo.compare EQ, %36, %34, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %38 = stablehlo.convert %37 : (tensor<4x4xi1>) -> tensor<4x4xf32>
    %39 = stablehlo.add %32, %38 : tensor<4x4xf32>
    %40 = call @triu(%24) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    return %31, %39, %40 : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>
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
  func.func private @tril(%arg0: tensor<4x4xf32>) -> tensor<4x4xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<-1> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<4x4xi32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %2 = stablehlo.add %0, %1 : tensor<4x4xi32>
    %3 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<4x4xi1>, tensor<4x4xf32>
    return %6 : tensor<4x4xf32>
  }
  func.func private @triu(%arg0: tensor<4x4xf32>) -> tensor<4x4xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<-1> : tensor<i32>
    %0 = stablehlo.iota dim = 0 : tensor<4x4xi32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %2 = stablehlo.add %0, %1 : tensor<4x4xi32>
    %3 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %6 = stablehlo.select %4, %5, %arg0 : tensor<4x4xi1>, tensor<4x4xf32>
    return %6 : tensor<4x4xf32>
  }
}
