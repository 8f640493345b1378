module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x4xf32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<f32> {jax.result_info = "result[1].sign"}, tensor<f32> {jax.result_info = "result[1].logabsdet"}) {
    %0 = call @det(%arg0) : (tensor<4x4xf32>) -> tensor<f32>
    %1:2 = call @slogdet(%arg0) : (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>)
    return %0, %1#0, %1#1 : tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @det(%arg0: tensor<4x4xf32>) -> tensor<f32> {
    %0:2 = call @slogdet(%arg0) : (tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>)
    %1 = stablehlo.exponential %0#1 : tensor<f32>
    %2 = stablehlo.multiply %0#0, %1 : tensor<f32>
    return %2 : tensor<f32>
  }
  func.func private @slogdet(%arg0: tensor<4x4xf32>) -> (tensor<f32>, tensor<f32>) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<-2> : tensor<i32>
    %c_0 = stablehlo.constant dense<2> : tensor<i32>
    %c_1 = stablehlo.constant dense<false> : tensor<i1>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %c_5 = stablehlo.constant dense<4> : tensor<i32>
    %c_6 = stablehlo.constant dense<> : tensor<0xi32>
    %c_7 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %1 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %2 = stablehlo.iota dim = 0 : tensor<4xi32>
    %3:5 = stablehlo.while(%iterArg = %c_7, %iterArg_8 = %c_7, %iterArg_9 = %1, %iterArg_10 = %2, %iterArg_11 = %arg0) : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    cond {
      %39 = stablehlo.compare LT, %iterArg, %c_5, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %39 : tensor<i1>
    } do {
      %39 = stablehlo.add %iterArg_8, %c_4 : tensor<i32>
      %40 = stablehlo.iota dim = 0 : tensor<4xi32>
      %41 = stablehlo.iota dim = 0 : tensor<4xi32>
      %42 = stablehlo.convert %iterArg_8 : tensor<i32>
      %43 = stablehlo.compare LT, %c_7, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %44 = stablehlo.add %c_7, %c_5 : tensor<i32>
      %45 = stablehlo.select %43, %44, %c_7 : tensor<i1>, tensor<i32>
      %46 = stablehlo.compare LT, %42, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %47 = stablehlo.add %42, %c_5 : tensor<i32>
      %48 = stablehlo.select %46, %47, %42 : tensor<i1>, tensor<i32>
      %49 = stablehlo.dynamic_slice %iterArg_11, %45, %48, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %50 = stablehlo.reshape %49 : (tensor<4x1xf32>) -> tensor<4xf32>
      %51 = stablehlo.abs %50 : tensor<4xf32>
      %52 = stablehlo.convert %iterArg_8 : tensor<i32>
      %53 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %54 = stablehlo.compare GE, %40, %53, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %55 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %56 = stablehlo.select %54, %51, %55 : tensor<4xi1>, tensor<4xf32>
      %57 = func.call @argmax(%56) : (tensor<4xf32>) -> tensor<i32>
      %58 = stablehlo.compare LT, %iterArg_8, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %59 = stablehlo.add %iterArg_8, %c_5 : tensor<i32>
      %60 = stablehlo.select %58, %59, %iterArg_8 : tensor<i1>, tensor<i32>
      %61 = stablehlo.convert %60 : tensor<i32>
      %62 = stablehlo.broadcast_in_dim %61, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %63 = "stablehlo.scatter"(%iterArg_9, %62, %57) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
      ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
        stablehlo.return %arg2 : tensor<i32>
      }) : (tensor<4xi32>, tensor<1xi32>, tensor<i32>) -> tensor<4xi32>
      %64 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %65 = stablehlo.convert %iterArg_8 : tensor<i32>
      %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %67 = stablehlo.concatenate %64, %66, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %68 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %69 = stablehlo.compare LT, %67, %68, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %70 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %71 = stablehlo.add %67, %70 : tensor<2xi32>
      %72 = stablehlo.select %69, %71, %67 : tensor<2xi1>, tensor<2xi32>
      %73 = stablehlo.broadcast_in_dim %72, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %74 = "stablehlo.gather"(%iterArg_11, %73) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
      %75 = stablehlo.convert %iterArg_8 : tensor<i32>
      %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %77 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %78 = stablehlo.concatenate %76, %77, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %79 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %80 = stablehlo.compare LT, %78, %79, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %81 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %82 = stablehlo.add %78, %81 : tensor<2xi32>
      %83 = stablehlo.select %80, %82, %78 : tensor<2xi1>, tensor<2xi32>
      %84 = stablehlo.broadcast_in_dim %83, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %85 = "stablehlo.scatter"(%iterArg_11, %84, %74) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
        stablehlo.return %arg2 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x4xf32>
      %86 = stablehlo.convert %iterArg_8 : tensor<i32>
      %87 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %88 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %89 = stablehlo.concatenate %87, %88, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %90 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %91 = stablehlo.compare LT, %89, %90, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %92 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %93 = stablehlo.add %89, %92 : tensor<2xi32>
      %94 = stablehlo.select %91, %93, %89 : tensor<2xi1>, tensor<2xi32>
      %95 = stablehlo.broadcast_in_dim %94, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %96 = "stablehlo.gather"(%iterArg_10, %95) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xi32>, tensor<2x1xi32>) -> tensor<2xi32>
      %97 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %98 = stablehlo.convert %iterArg_8 : tensor<i32>
      %99 = stablehlo.broadcast_in_dim %98, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %100 = stablehlo.concatenate %97, %99, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %101 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %102 = stablehlo.compare LT, %100, %101, SIGNED : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
      %103 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<2xi32>
      %104 = stablehlo.add %100, %103 : tensor<2xi32>
      %105 = stablehlo.select %102, %104, %100 : tensor<2xi1>, tensor<2xi32>
      %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<2xi32>) -> tensor<2x1xi32>
      %107 = "stablehlo.scatter"(%iterArg_10, %106, %96) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
      ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
        stablehlo.return %arg2 : tensor<i32>
      }) : (tensor<4xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<4xi32>
      %108 = stablehlo.convert %iterArg_8 : tensor<i32>
      %109 = stablehlo.convert %iterArg_8 : tensor<i32>
      %110 = stablehlo.compare LT, %108, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %111 = stablehlo.add %108, %c_5 : tensor<i32>
      %112 = stablehlo.select %110, %111, %108 : tensor<i1>, tensor<i32>
      %113 = stablehlo.compare LT, %109, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %114 = stablehlo.add %109, %c_5 : tensor<i32>
      %115 = stablehlo.select %113, %114, %109 : tensor<i1>, tensor<i32>
      %116 = stablehlo.dynamic_slice %85, %112, %115, sizes = [1, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x1xf32>
      %117 = stablehlo.reshape %116 : (tensor<1x1xf32>) -> tensor<f32>
      %118 = stablehlo.convert %iterArg_8 : tensor<i32>
      %119 = stablehlo.broadcast_in_dim %118, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %120 = stablehlo.compare GT, %40, %119, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %121 = stablehlo.compare NE, %117, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %122 = stablehlo.broadcast_in_dim %121, dims = [] : (tensor<i1>) -> tensor<4xi1>
      %123 = stablehlo.and %120, %122 : tensor<4xi1>
      %124 = stablehlo.convert %iterArg_8 : tensor<i32>
      %125 = stablehlo.compare LT, %c_7, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %126 = stablehlo.add %c_7, %c_5 : tensor<i32>
      %127 = stablehlo.select %125, %126, %c_7 : tensor<i1>, tensor<i32>
      %128 = stablehlo.compare LT, %124, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %129 = stablehlo.add %124, %c_5 : tensor<i32>
      %130 = stablehlo.select %128, %129, %124 : tensor<i1>, tensor<i32>
      %131 = stablehlo.dynamic_slice %85, %127, %130, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %132 = stablehlo.reshape %131 : (tensor<4x1xf32>) -> tensor<4xf32>
      %133 = stablehlo.broadcast_in_dim %117, dims = [] : (tensor<f32>) -> tensor<4xf32>
      %134 = stablehlo.divide %132, %133 : tensor<4xf32>
      %135 = stablehlo.convert %iterArg_8 : tensor<i32>
      %136 = stablehlo.compare LT, %c_7, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %137 = stablehlo.add %c_7, %c_5 : tensor<i32>
      %138 = stablehlo.select %136, %137, %c_7 : tensor<i1>, tensor<i32>
      %139 = stablehlo.compare LT, %135, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %140 = stablehlo.add %135, %c_5 : tensor<i32>
      %141 = stablehlo.select %139, %140, %135 : tensor<i1>, tensor<i32>
      %142 = stablehlo.dynamic_slice %85, %138, %141, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %143 = stablehlo.reshape %142 : (tensor<4x1xf32>) -> tensor<4xf32>
      %144 = stablehlo.select %123, %134, %143 : tensor<4xi1>, tensor<4xf32>
      %145 = stablehlo.compare LT, %iterArg_8, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %146 = stablehlo.add %iterArg_8, %c_5 : tensor<i32>
      %147 = stablehlo.select %145, %146, %iterArg_8 : tensor<i1>, tensor<i32>
      %148 = stablehlo.convert %147 : tensor<i32>
      %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<i32>) -> tensor<1xi32>
      %150 = "stablehlo.scatter"(%85, %149, %144) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
      ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
        stablehlo.return %arg2 : tensor<f32>
      }) : (tensor<4x4xf32>, tensor<1xi32>, tensor<4xf32>) -> tensor<4x4xf32>
      %151 = stablehlo.convert %iterArg_8 : tensor<i32>
      %152 = stablehlo.compare LT, %c_7, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %153 = stablehlo.add %c_7, %c_5 : tensor<i32>
      %154 = stablehlo.select %152, %153, %c_7 : tensor<i1>, tensor<i32>
      %155 = stablehlo.compare LT, %151, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %156 = stablehlo.add %151, %c_5 : tensor<i32>
      %157 = stablehlo.select %155, %156, %151 : tensor<i1>, tensor<i32>
      %158 = stablehlo.dynamic_slice %150, %154, %157, sizes = [4, 1] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<4x1xf32>
      %159 = stablehlo.reshape %158 : (tensor<4x1xf32>) -> tensor<4xf32>
      %160 = stablehlo.broadcast_in_dim %159, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
      %161 = stablehlo.convert %iterArg_8 : tensor<i32>
      %162 = stablehlo.compare LT, %161, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %163 = stablehlo.add %161, %c_5 : tensor<i32>
      %164 = stablehlo.select %162, %163, %161 : tensor<i1>, tensor<i32>
      %165 = stablehlo.compare LT, %c_7, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %166 = stablehlo.add %c_7, %c_5 : tensor<i32>
      %167 = stablehlo.select %165, %166, %c_7 : tensor<i1>, tensor<i32>
      %168 = stablehlo.dynamic_slice %150, %164, %167, sizes = [1, 4] : (tensor<4x4xf32>, tensor<i32>, tensor<i32>) -> tensor<1x4xf32>
      %169 = stablehlo.reshape %168 : (tensor<1x4xf32>) -> tensor<4xf32>
      %170 = stablehlo.broadcast_in_dim %169, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
      %171 = stablehlo.broadcast_in_dim %160, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x4xf32>
      %172 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<4x4xf32>
      %173 = stablehlo.multiply %171, %172 : tensor<4x4xf32>
      %174 = stablehlo.broadcast_in_dim %40, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
      %175 = stablehlo.convert %iterArg_8 : tensor<i32>
      %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<i32>) -> tensor<4x1xi32>
      %177 = stablehlo.compare GT, %174, %176, SIGNED : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
      %178 = stablehlo.broadcast_in_dim %41, dims = [1] : (tensor<4xi32>) -> tensor<1x4xi32>
      %179 = stablehlo.convert %iterArg_8 : tensor<i32>
      %180 = stablehlo.broadcast_in_dim %179, dims = [] : (tensor<i32>) -> tensor<1x4xi32>
      %181 = stablehlo.compare GT, %178, %180, SIGNED : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
      %182 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<4x1xi1>) -> tensor<4x4xi1>
      %183 = stablehlo.broadcast_in_dim %181, dims = [0, 1] : (tensor<1x4xi1>) -> tensor<4x4xi1>
      %184 = stablehlo.and %182, %183 : tensor<4x4xi1>
      %185 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
      %186 = stablehlo.select %184, %173, %185 : tensor<4x4xi1>, tensor<4x4xf32>
      %187 = stablehlo.subtract %150, %186 : tensor<4x4xf32>
      %188 = stablehlo.add %iterArg, %c_4 : tensor<i32>
      stablehlo.return %188, %39, %63, %107, %187 : tensor<i32>, tensor<i32>, tensor<4xi32>, tensor<4xi32>, tensor<4x4xf32>
    }
    %4 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %5 = stablehlo.add %3#2, %4 : tensor<4xi32>
    %6 = "stablehlo.scatter"(%0, %c_6, %5) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
      stablehlo.return %arg2 : tensor<i32>
    }) : (tensor<4xi32>, tensor<0xi32>, tensor<4xi32>) -> tensor<4xi32>
    %7 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %8 = stablehlo.add %3#3, %7 : tensor<4xi32>
    %9 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %10 = stablehlo.compare LT, %8, %9, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %11 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<4xi32>
    %12 = stablehlo.add %8, %11 : tensor<4xi32>
    %13 = stablehlo.select %10, %12, %8 : tensor<4xi1>, tensor<4xi32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
    %15 = "stablehlo.gather"(%arg0, %14) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<4x4xf32>, tensor<4x1xi32>) -> tensor<4x4xf32>
    %16 = "stablehlo.scatter"(%arg0, %c_6, %15) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      stablehlo.return %arg2 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %17 = "stablehlo.scatter"(%16, %c_6, %3#4) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1]>, unique_indices = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      stablehlo.return %arg2 : tensor<f32>
    }) : (tensor<4x4xf32>, tensor<0xi32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %18 = call @diagonal(%17) : (tensor<4x4xf32>) -> tensor<4xf32>
    %19 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %20 = stablehlo.compare EQ, %18, %19, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %21 = stablehlo.reduce(%20 init: %c_1) applies stablehlo.or across dimensions = [0] : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
    %22 = stablehlo.iota dim = 0 : tensor<4xi32>
    %23 = stablehlo.compare NE, %6, %22, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %24 = call @count_nonzero(%23) : (tensor<4xi1>) -> tensor<i32>
    %25 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %26 = stablehlo.compare LT, %18, %25, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %27 = call @count_nonzero(%26) : (tensor<4xi1>) -> tensor<i32>
    %28 = stablehlo.add %24, %27 : tensor<i32>
    %29 = call @remainder(%28, %c_0) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %30 = stablehlo.multiply %c, %29 : tensor<i32>
    %31 = stablehlo.add %30, %c_4 : tensor<i32>
    %32 = stablehlo.convert %31 : (tensor<i32>) -> tensor<f32>
    %33 = stablehlo.multiply %cst, %32 : tensor<f32>
    %34 = call @_where_0(%21, %cst_2, %33) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %35 = stablehlo.abs %18 : tensor<4xf32>
    %36 = stablehlo.log %35 : tensor<4xf32>
    %37 = stablehlo.reduce(%36 init: %cst_2) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %38 = call @_where_0(%21, %cst_3, %37) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    return %34, %38 : tensor<f32>, tensor<f32>
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
  func.func private @diagonal(%arg0: tensor<4x4xf32>) -> tensor<4xf32> {
    %c = stablehlo.constant dense<4> : tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = "stablehlo.case"(%c_0) ({
      stablehlo.return %c_1 : tensor<i32>
    }, {
      stablehlo.return %c_1 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.case"(%0) ({
      %2 = stablehlo.iota dim = 0 : tensor<4xi32>
      %3 = stablehlo.iota dim = 0 : tensor<4xi32>
      %4 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %5 = stablehlo.compare LT, %2, %4, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %6 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %7 = stablehlo.add %2, %6 : tensor<4xi32>
      %8 = stablehlo.select %5, %7, %2 : tensor<4xi1>, tensor<4xi32>
      %9 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %10 = stablehlo.compare LT, %3, %9, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
      %11 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4xi32>
      %12 = stablehlo.add %3, %11 : tensor<4xi32>
      %13 = stablehlo.select %10, %12, %3 : tensor<4xi1>, tensor<4xi32>
      %14 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
      %15 = stablehlo.broadcast_in_dim %13, dims = [0] : (tensor<4xi32>) -> tensor<4x1xi32>
      %16 = stablehlo.concatenate %14, %15, dim = 1 : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x2xi32>
      %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<4x2xi32>) -> tensor<4xf32>
      stablehlo.return %17 : tensor<4xf32>
    }) : (tensor<i32>) -> tensor<4xf32>
    return %1 : tensor<4xf32>
  }
  func.func private @count_nonzero(%arg0: tensor<4xi1>) -> tensor<i32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %0 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<4xi1>
    %1 = stablehlo.compare NE, %arg0, %0, UNSIGNED : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %2 = stablehlo.convert %1 : (tensor<4xi1>) -> tensor<4xi32>
    %3 = stablehlo.reduce(%2 init: %c) applies stablehlo.add across dimensions = [0] : (tensor<4xi32>, tensor<i32>) -> tensor<i32>
    return %3 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2 = call @_where(%1, %c, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.compare LT, %3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = stablehlo.compare LT, %2, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
}
