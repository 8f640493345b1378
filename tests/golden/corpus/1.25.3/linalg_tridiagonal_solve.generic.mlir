"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<4xf32>, %arg3: tensor<4x1xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %2 = "stablehlo.reshape"(%1) : (tensor<1xf32>) -> tensor<f32>
    %3 = "stablehlo.slice"(%arg1) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %4 = "stablehlo.reshape"(%3) : (tensor<1xf32>) -> tensor<f32>
    %5 = "stablehlo.divide"(%2, %4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x1xf32>) -> tensor<1x1xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<1x1xf32>) -> tensor<1xf32>
    %8 = "stablehlo.slice"(%arg1) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1xf32>) -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %11 = "stablehlo.divide"(%7, %10) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %12 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %13 = "stablehlo.slice"(%arg1) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %14 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 4>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3xf32>
    %15 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<4x1xf32>) -> tensor<3x1xf32>
    %16 = "stablehlo.slice"(%12) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %17 = "stablehlo.slice"(%13) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %18 = "stablehlo.slice"(%14) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %19 = "stablehlo.slice"(%15) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %20 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0xf32>
    %21 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0x1xf32>
    %22 = "stablehlo.slice"(%16) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %23 = "stablehlo.reshape"(%22) : (tensor<1xf32>) -> tensor<f32>
    %24 = "stablehlo.slice"(%17) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1xf32>) -> tensor<f32>
    %26 = "stablehlo.slice"(%18) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<1xf32>) -> tensor<f32>
    %28 = "stablehlo.slice"(%19) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1x1xf32>) -> tensor<1xf32>
    %30 = "stablehlo.multiply"(%23, %5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %31 = "stablehlo.subtract"(%25, %30) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %32 = "stablehlo.divide"(%27, %31) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %33 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %34 = "stablehlo.multiply"(%33, %11) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %35 = "stablehlo.subtract"(%29, %34) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %36 = "stablehlo.multiply"(%23, %5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %37 = "stablehlo.subtract"(%25, %36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %39 = "stablehlo.divide"(%35, %38) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %40 = "stablehlo.slice"(%16) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<1xf32>) -> tensor<f32>
    %42 = "stablehlo.slice"(%17) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %43 = "stablehlo.reshape"(%42) : (tensor<1xf32>) -> tensor<f32>
    %44 = "stablehlo.slice"(%18) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %45 = "stablehlo.reshape"(%44) : (tensor<1xf32>) -> tensor<f32>
    %46 = "stablehlo.slice"(%19) <{limit_indices = array<i64: 2, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1x1xf32>) -> tensor<1xf32>
    %48 = "stablehlo.multiply"(%41, %32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %49 = "stablehlo.subtract"(%43, %48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %50 = "stablehlo.divide"(%45, %49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %52 = "stablehlo.multiply"(%51, %39) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %53 = "stablehlo.subtract"(%47, %52) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %54 = "stablehlo.multiply"(%41, %32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %55 = "stablehlo.subtract"(%43, %54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %57 = "stablehlo.divide"(%53, %56) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %58 = "stablehlo.slice"(%16) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<1xf32>) -> tensor<f32>
    %60 = "stablehlo.slice"(%17) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1xf32>) -> tensor<f32>
    %62 = "stablehlo.slice"(%19) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<1x1xf32>) -> tensor<1xf32>
    %64 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %65 = "stablehlo.multiply"(%64, %57) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %66 = "stablehlo.subtract"(%63, %65) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %67 = "stablehlo.multiply"(%59, %50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %68 = "stablehlo.subtract"(%61, %67) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %70 = "stablehlo.divide"(%66, %69) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %72 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %73 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %74 = "stablehlo.concatenate"(%71, %72, %73) <{dimension = 0 : i64}> : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<3xf32>
    %75 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %76 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %77 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %78 = "stablehlo.concatenate"(%75, %76, %77) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %79 = "stablehlo.concatenate"(%20, %74) <{dimension = 0 : i64}> : (tensor<0xf32>, tensor<3xf32>) -> tensor<3xf32>
    %80 = "stablehlo.concatenate"(%21, %78) <{dimension = 0 : i64}> : (tensor<0x1xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>
    %81 = "stablehlo.slice"(%79) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<3xf32>
    %82 = "stablehlo.slice"(%80) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %83 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<0x1xf32>
    %84 = "stablehlo.slice"(%81) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %85 = "stablehlo.reshape"(%84) : (tensor<1xf32>) -> tensor<f32>
    %86 = "stablehlo.slice"(%82) <{limit_indices = array<i64: 3, 1>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %87 = "stablehlo.reshape"(%86) : (tensor<1x1xf32>) -> tensor<1xf32>
    %88 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %89 = "stablehlo.multiply"(%88, %70) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %90 = "stablehlo.subtract"(%87, %89) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %91 = "stablehlo.slice"(%81) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %92 = "stablehlo.reshape"(%91) : (tensor<1xf32>) -> tensor<f32>
    %93 = "stablehlo.slice"(%82) <{limit_indices = array<i64: 2, 1>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %94 = "stablehlo.reshape"(%93) : (tensor<1x1xf32>) -> tensor<1xf32>
    %95 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %96 = "stablehlo.multiply"(%95, %90) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %97 = "stablehlo.subtract"(%94, %96) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %98 = "stablehlo.slice"(%81) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<3xf32>) -> tensor<1xf32>
    %99 = "stablehlo.reshape"(%98) : (tensor<1xf32>) -> tensor<f32>
    %100 = "stablehlo.slice"(%82) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x1xf32>) -> tensor<1x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<1x1xf32>) -> tensor<1xf32>
    %102 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %103 = "stablehlo.multiply"(%102, %97) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %104 = "stablehlo.subtract"(%101, %103) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %105 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %106 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %107 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %108 = "stablehlo.concatenate"(%105, %106, %107) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<3x1xf32>
    %109 = "stablehlo.concatenate"(%108, %83) <{dimension = 0 : i64}> : (tensor<3x1xf32>, tensor<0x1xf32>) -> tensor<3x1xf32>
    %110 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xf32>) -> tensor<1x1xf32>
    %111 = "stablehlo.concatenate"(%110, %109) <{dimension = 0 : i64}> : (tensor<1x1xf32>, tensor<3x1xf32>) -> tensor<4x1xf32>
    "func.return"(%111) : (tensor<4x1xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
