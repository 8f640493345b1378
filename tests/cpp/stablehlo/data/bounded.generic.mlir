"builtin.module"() <{sym_name = "bounded"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<i32>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>, sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<?x4xf32, #stablehlo.bounds<8, ?>>, %arg1: tensor<i32>):
    %0 = "stablehlo.abs"(%arg0) : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %1 = "stablehlo.set_dimension_size"(%0, %arg1) <{dimension = 0 : i64}> : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<i32>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %2 = "stablehlo.get_dimension_size"(%1) <{dimension = 0 : i64}> : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<i32>
    %3 = "stablehlo.convert"(%2) : (tensor<i32>) -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4xf32>
    %5 = "stablehlo.set_dimension_size"(%4, %arg1) <{dimension = 0 : i64}> : (tensor<8x4xf32>, tensor<i32>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %6 = "stablehlo.add"(%1, %5) : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    "func.return"(%6) : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
