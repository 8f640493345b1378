"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<i32>):
    %91 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %92 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.shift_right_logical"(%arg5, %92) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %94 = "stablehlo.convert"(%93) : (tensor<i32>) -> tensor<ui32>
    %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %96 = "stablehlo.and"(%arg5, %91) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.convert"(%96) : (tensor<i32>) -> tensor<ui32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %99 = "stablehlo.concatenate"(%95, %98) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %100 = "stablehlo.concatenate"(%99, %99) <{dimension = 0 : i64}> : (tensor<2xui32>, tensor<2xui32>) -> tensor<4xui32>
    %101 = "func.call"(%100) <{callee = @_normal}> : (tensor<4xui32>) -> tensor<4xf32>
    "func.return"(%101) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4xui32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<4xui32>):
    %90 = "func.call"(%arg4) <{callee = @_normal_real}> : (tensor<4xui32>) -> tensor<4xf32>
    "func.return"(%90) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4xui32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4xui32>):
    %22 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<4xf32>}> : () -> tensor<4xf32>
    %23 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %24 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<4xf32>}> : () -> tensor<4xf32>
    %25 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<4xf32>}> : () -> tensor<4xf32>
    %26 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<4xf32>}> : () -> tensor<4xf32>
    %27 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<4xf32>}> : () -> tensor<4xf32>
    %28 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<4xf32>}> : () -> tensor<4xf32>
    %29 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<4xf32>}> : () -> tensor<4xf32>
    %30 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<4xf32>}> : () -> tensor<4xf32>
    %31 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<4xf32>}> : () -> tensor<4xf32>
    %32 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<4xf32>}> : () -> tensor<4xf32>
    %33 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %34 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<4xf32>}> : () -> tensor<4xf32>
    %35 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<4xf32>}> : () -> tensor<4xf32>
    %36 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<4xf32>}> : () -> tensor<4xf32>
    %37 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<4xf32>}> : () -> tensor<4xf32>
    %38 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %39 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<4xf32>}> : () -> tensor<4xf32>
    %40 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %41 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<4xf32>}> : () -> tensor<4xf32>
    %42 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %43 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %44 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %45 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "func.call"(%arg3, %46, %47) <{callee = @_uniform}> : (tensor<4xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %49 = "stablehlo.negate"(%48) : (tensor<4xf32>) -> tensor<4xf32>
    %50 = "stablehlo.multiply"(%48, %49) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %51 = "stablehlo.log_plus_one"(%50) : (tensor<4xf32>) -> tensor<4xf32>
    %52 = "stablehlo.negate"(%51) : (tensor<4xf32>) -> tensor<4xf32>
    %53 = "stablehlo.compare"(%52, %44) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %54 = "stablehlo.subtract"(%52, %43) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %55 = "stablehlo.sqrt"(%52) : (tensor<4xf32>) -> tensor<4xf32>
    %56 = "stablehlo.subtract"(%55, %42) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %57 = "stablehlo.select"(%53, %54, %56) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %58 = "stablehlo.select"(%53, %41, %40) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %59 = "stablehlo.select"(%53, %39, %38) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %60 = "stablehlo.multiply"(%58, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %61 = "stablehlo.add"(%59, %60) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %62 = "stablehlo.select"(%53, %37, %36) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %63 = "stablehlo.multiply"(%61, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %64 = "stablehlo.add"(%62, %63) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %65 = "stablehlo.select"(%53, %35, %34) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %66 = "stablehlo.multiply"(%64, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %67 = "stablehlo.add"(%65, %66) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %68 = "stablehlo.select"(%53, %33, %32) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %69 = "stablehlo.multiply"(%67, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %70 = "stablehlo.add"(%68, %69) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %71 = "stablehlo.select"(%53, %31, %30) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %72 = "stablehlo.multiply"(%70, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %73 = "stablehlo.add"(%71, %72) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %74 = "stablehlo.select"(%53, %29, %28) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %75 = "stablehlo.multiply"(%73, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %76 = "stablehlo.add"(%74, %75) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %77 = "stablehlo.select"(%53, %27, %26) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %78 = "stablehlo.multiply"(%76, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %79 = "stablehlo.add"(%77, %78) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %80 = "stablehlo.select"(%53, %25, %24) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %81 = "stablehlo.multiply"(%79, %57) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %82 = "stablehlo.add"(%80, %81) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %83 = "stablehlo.multiply"(%82, %48) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %84 = "stablehlo.abs"(%48) : (tensor<4xf32>) -> tensor<4xf32>
    %85 = "stablehlo.compare"(%84, %23) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %86 = "stablehlo.multiply"(%48, %22) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %87 = "stablehlo.select"(%85, %86, %83) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %88 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %89 = "stablehlo.multiply"(%88, %87) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%89) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %4 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<4xui32>) -> tensor<2x2xui32>
    %6 = "stablehlo.bitcast_convert"(%5) : (tensor<2x2xui32>) -> tensor<2xui64>
    %7:2 = "stablehlo.rng_bit_generator"(%6) <{rng_algorithm = #stablehlo<rng_algorithm DEFAULT>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4xui32>)
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %9 = "stablehlo.shift_right_logical"(%7#1, %8) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %10 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %11 = "stablehlo.or"(%9, %10) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %12 = "stablehlo.bitcast_convert"(%11) : (tensor<4xui32>) -> tensor<4xf32>
    %13 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %14 = "stablehlo.subtract"(%12, %13) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %15 = "stablehlo.subtract"(%4, %3) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %17 = "stablehlo.multiply"(%14, %16) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %18 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %19 = "stablehlo.add"(%17, %18) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %20 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %21 = "stablehlo.maximum"(%20, %19) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%21) : (tensor<4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
