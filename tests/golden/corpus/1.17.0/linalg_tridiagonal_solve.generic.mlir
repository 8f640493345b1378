"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<4xf32>, %arg10: tensor<4xf32>, %arg11: tensor<4xf32>, %arg12: tensor<4x1xf32>):
    %13 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<1xf32>) -> tensor<f32>
    %16 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<1xf32>) -> tensor<f32>
    %18 = "stablehlo.divide"(%15, %17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %19 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x1xf32>) -> tensor<1x1xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1x1xf32>) -> tensor<1xf32>
    %21 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %22 = "stablehlo.reshape"(%21) : (tensor<1xf32>) -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %24 = "stablehlo.divide"(%20, %23) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %25 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %26 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %27 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %28 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<4x1xf32>) -> tensor<3x1xf32>
    %29 = "stablehlo.slice"(%25) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %30 = "stablehlo.slice"(%26) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %31 = "stablehlo.slice"(%27) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %32 = "stablehlo.slice"(%28) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %33 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0xf32>
    %34 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0x1xf32>
    %35 = "stablehlo.slice"(%29) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %36 = "stablehlo.reshape"(%35) : (tensor<1xf32>) -> tensor<f32>
    %37 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1xf32>) -> tensor<f32>
    %39 = "stablehlo.slice"(%31) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %40 = "stablehlo.reshape"(%39) : (tensor<1xf32>) -> tensor<f32>
    %41 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<1x1xf32>) -> tensor<1xf32>
    %43:4 = "func.call"(%18, %24, %36, %38, %40, %42) <{callee = @closed_call}> : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %44 = "stablehlo.slice"(%29) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %45 = "stablehlo.reshape"(%44) : (tensor<1xf32>) -> tensor<f32>
    %46 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1xf32>) -> tensor<f32>
    %48 = "stablehlo.slice"(%31) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<1xf32>) -> tensor<f32>
    %50 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 2, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %51 = "stablehlo.reshape"(%50) : (tensor<1x1xf32>) -> tensor<1xf32>
    %52:4 = "func.call"(%43#0, %43#1, %45, %47, %49, %51) <{callee = @closed_call}> : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %53 = "stablehlo.slice"(%29) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %54 = "stablehlo.reshape"(%53) : (tensor<1xf32>) -> tensor<f32>
    %55 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<1xf32>) -> tensor<f32>
    %57 = "stablehlo.slice"(%31) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<1xf32>) -> tensor<f32>
    %59 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %60 = "stablehlo.reshape"(%59) : (tensor<1x1xf32>) -> tensor<1xf32>
    %61:4 = "func.call"(%52#0, %52#1, %54, %56, %58, %60) <{callee = @closed_call}> : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>)
    %62 = "stablehlo.broadcast_in_dim"(%43#2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %63 = "stablehlo.broadcast_in_dim"(%52#2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %64 = "stablehlo.broadcast_in_dim"(%61#2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %65 = "stablehlo.concatenate"(%62, %63, %64) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3xf32>
    %66 = "stablehlo.broadcast_in_dim"(%43#3) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %67 = "stablehlo.broadcast_in_dim"(%52#3) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %68 = "stablehlo.broadcast_in_dim"(%61#3) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %69 = "stablehlo.concatenate"(%66, %67, %68) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %70 = "stablehlo.concatenate"(%33, %65) <{dimension = 0 : i64}> : (tensor<0xf32>, tensor<3xf32>) -> tensor<3xf32>
    %71 = "stablehlo.concatenate"(%34, %69) <{dimension = 0 : i64}> : (tensor<0x1xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>
    %72 = "stablehlo.slice"(%70) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %73 = "stablehlo.slice"(%71) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %74 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0x1xf32>
    %75 = "stablehlo.slice"(%72) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<1xf32>) -> tensor<f32>
    %77 = "stablehlo.slice"(%73) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<1x1xf32>) -> tensor<1xf32>
    %79:2 = "func.call"(%61#1, %76, %78) <{callee = @closed_call_0}> : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %80 = "stablehlo.slice"(%72) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %81 = "stablehlo.reshape"(%80) : (tensor<1xf32>) -> tensor<f32>
    %82 = "stablehlo.slice"(%73) <{limit_indices = array<i64: 2, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<1x1xf32>) -> tensor<1xf32>
    %84:2 = "func.call"(%79#0, %81, %83) <{callee = @closed_call_0}> : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %85 = "stablehlo.slice"(%72) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %86 = "stablehlo.reshape"(%85) : (tensor<1xf32>) -> tensor<f32>
    %87 = "stablehlo.slice"(%73) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %88 = "stablehlo.reshape"(%87) : (tensor<1x1xf32>) -> tensor<1xf32>
    %89:2 = "func.call"(%84#0, %86, %88) <{callee = @closed_call_0}> : (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>)
    %90 = "stablehlo.broadcast_in_dim"(%89#1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %91 = "stablehlo.broadcast_in_dim"(%84#1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %92 = "stablehlo.broadcast_in_dim"(%79#1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %93 = "stablehlo.concatenate"(%90, %91, %92) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %94 = "stablehlo.concatenate"(%93, %74) <{dimension = 0 : i64}> : (tensor<3x1xf32>, tensor<0x1xf32>) -> tensor<3x1xf32>
    %95 = "stablehlo.broadcast_in_dim"(%89#0) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %96 = "stablehlo.concatenate"(%95, %94) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<3x1xf32>) -> tensor<4x1xf32>
    "func.return"(%96) : (tensor<4x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<1xf32>) -> (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>), res_attrs = [{}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<f32>, %arg4: tensor<1xf32>, %arg5: tensor<f32>, %arg6: tensor<f32>, %arg7: tensor<f32>, %arg8: tensor<1xf32>):
    %3 = "stablehlo.multiply"(%arg5, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.subtract"(%arg6, %3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5 = "stablehlo.divide"(%arg7, %4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %7 = "stablehlo.multiply"(%6, %arg4) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %8 = "stablehlo.subtract"(%arg8, %7) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %9 = "stablehlo.multiply"(%arg5, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %10 = "stablehlo.subtract"(%arg6, %9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %12 = "stablehlo.divide"(%8, %11) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    "func.return"(%5, %12, %arg3, %arg4) : (tensor<f32>, tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1xf32>, tensor<f32>, tensor<1xf32>) -> (tensor<1xf32>, tensor<1xf32>), res_attrs = [{}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1xf32>, %arg1: tensor<f32>, %arg2: tensor<1xf32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %1 = "stablehlo.multiply"(%0, %arg0) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2 = "stablehlo.subtract"(%arg2, %1) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    "func.return"(%2, %arg0) : (tensor<1xf32>, tensor<1xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
