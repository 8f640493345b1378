module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<i64>) -> (tensor<4xf64> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<4294967295> : tensor<i64>
    %c_0 = stablehlo.constant dense<32> : tensor<i64>
    %0 = stablehlo.shift_right_logical %arg0, %c_0 : tensor<i64>
    %1 = stablehlo.convert %0 : (tensor<i64>) -> tensor<ui32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<1xui32>
    %3 = stablehlo.and %arg0, %c : tensor<i64>
    %4 = stablehlo.convert %3 : (tensor<i64>) -> tensor<ui32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<ui32>) -> tensor<1xui32>
    %6 = stablehlo.concatenate %2, %5, dim = 0 : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %7 = call @_normal(%6) : (tensor<2xui32>) -> tensor<4xf64>
    return %7 : tensor<4xf64>
  }
  func.func private @_normal(%arg0: tensor<2xui32>) -> tensor<4xf64> {
    %0 = call @_normal_real(%arg0) : (tensor<2xui32>) -> tensor<4xf64>
    return %0 : tensor<4xf64>
  }
  func.func private @_normal_real(%arg0: tensor<2xui32>) -> tensor<4xf64> {
    %cst = stablehlo.constant dense<0x7FF0000000000000> : tensor<4xf64>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<4xf64>
    %cst_1 = stablehlo.constant dense<1.6536545626831027> : tensor<4xf64>
    %cst_2 = stablehlo.constant dense<0.24015818242558962> : tensor<4xf64>
    %cst_3 = stablehlo.constant dense<-0.0060336708714301491> : tensor<4xf64>
    %cst_4 = stablehlo.constant dense<-7.4070253416626698E-4> : tensor<4xf64>
    %cst_5 = stablehlo.constant dense<3.0838856104922208> : tensor<4xf64>
    %cst_6 = stablehlo.constant dense<1.8673420803405714E-4> : tensor<4xf64>
    %cst_7 = stablehlo.constant dense<1.0052589676941592> : tensor<4xf64>
    %cst_8 = stablehlo.constant dense<-1.3882523362786469E-5> : tensor<4xf64>
    %cst_9 = stablehlo.constant dense<4.8499064014085844> : tensor<4xf64>
    %cst_10 = stablehlo.constant dense<0.0053709145535900636> : tensor<4xf64>
    %cst_11 = stablehlo.constant dense<-1.3654692000834679E-6> : tensor<4xf64>
    %cst_12 = stablehlo.constant dense<1.0103004648645344> : tensor<4xf64>
    %cst_13 = stablehlo.constant dense<-0.0037512085075692412> : tensor<4xf64>
    %cst_14 = stablehlo.constant dense<4.2347877827932404E-7> : tensor<4xf64>
    %cst_15 = stablehlo.constant dense<-1.3871931833623122E-4> : tensor<4xf64>
    %cst_16 = stablehlo.constant dense<0.0024914420961078508> : tensor<4xf64>
    %cst_17 = stablehlo.constant dense<-2.9070369957882005E-8> : tensor<4xf64>
    %cst_18 = stablehlo.constant dense<-2.1503011930044477E-4> : tensor<4xf64>
    %cst_19 = stablehlo.constant dense<-0.0016882755560235047> : tensor<4xf64>
    %cst_20 = stablehlo.constant dense<-4.1126339803469837E-9> : tensor<4xf64>
    %cst_21 = stablehlo.constant dense<7.5995277030017761E-5> : tensor<4xf64>
    %cst_22 = stablehlo.constant dense<9.5328937973738049E-4> : tensor<4xf64>
    %cst_23 = stablehlo.constant dense<1.0512122733215323E-9> : tensor<4xf64>
    %cst_24 = stablehlo.constant dense<-1.9681778105531671E-5> : tensor<4xf64>
    %cst_25 = stablehlo.constant dense<-3.5503752036284748E-4> : tensor<4xf64>
    %cst_26 = stablehlo.constant dense<-5.4154120542946279E-11> : tensor<4xf64>
    %cst_27 = stablehlo.constant dense<4.5260625972231537E-6> : tensor<4xf64>
    %cst_28 = stablehlo.constant dense<2.4031110387097894E-5> : tensor<4xf64>
    %cst_29 = stablehlo.constant dense<-1.2975133253453532E-11> : tensor<4xf64>
    %cst_30 = stablehlo.constant dense<-9.9298272942317003E-7> : tensor<4xf64>
    %cst_31 = stablehlo.constant dense<6.8284851459573175E-5> : tensor<4xf64>
    %cst_32 = stablehlo.constant dense<2.6335093153082323E-12> : tensor<4xf64>
    %cst_33 = stablehlo.constant dense<2.2900482228026655E-7> : tensor<4xf64>
    %cst_34 = stablehlo.constant dense<-4.7318229009055734E-5> : tensor<4xf64>
    %cst_35 = stablehlo.constant dense<-8.1519341976054721E-14> : tensor<4xf64>
    %cst_36 = stablehlo.constant dense<-6.7711997758452339E-8> : tensor<4xf64>
    %cst_37 = stablehlo.constant dense<1.2475304481671779E-5> : tensor<4xf64>
    %cst_38 = stablehlo.constant dense<-4.0545662729752069E-14> : tensor<4xf64>
    %cst_39 = stablehlo.constant dense<2.9147953450901081E-8> : tensor<4xf64>
    %cst_40 = stablehlo.constant dense<2.9234449089955446E-6> : tensor<4xf64>
    %cst_41 = stablehlo.constant dense<6.6376381343583238E-15> : tensor<4xf64>
    %cst_42 = stablehlo.constant dense<-1.496002662714924E-8> : tensor<4xf64>
    %cst_43 = stablehlo.constant dense<-4.013867526981546E-6> : tensor<4xf64>
    %cst_44 = stablehlo.constant dense<2.0972767875968562E-17> : tensor<4xf64>
    %cst_45 = stablehlo.constant dense<7.6157012080783394E-9> : tensor<4xf64>
    %cst_46 = stablehlo.constant dense<1.5027403968909828E-6> : tensor<4xf64>
    %cst_47 = stablehlo.constant dense<-1.3331716628546209E-16> : tensor<4xf64>
    %cst_48 = stablehlo.constant dense<-3.789465440126737E-9> : tensor<4xf64>
    %cst_49 = stablehlo.constant dense<1.8239629214389228E-8> : tensor<4xf64>
    %cst_50 = stablehlo.constant dense<1.1157877678025181E-17> : tensor<4xf64>
    %cst_51 = stablehlo.constant dense<1.5076572693500548E-9> : tensor<4xf64>
    %cst_52 = stablehlo.constant dense<-2.7517406297064545E-7> : tensor<4xf64>
    %cst_53 = stablehlo.constant dense<1.28584807152564E-18> : tensor<4xf64>
    %cst_54 = stablehlo.constant dense<-2.5556418169965252E-10> : tensor<4xf64>
    %cst_55 = stablehlo.constant dense<9.075656193888539E-8> : tensor<4xf64>
    %cst_56 = stablehlo.constant dense<-1.6850591381820166E-19> : tensor<4xf64>
    %cst_57 = stablehlo.constant dense<-2.7109920616438573E-11> : tensor<4xf64>
    %cst_58 = stablehlo.constant dense<2.2137376921775787E-9> : tensor<4xf64>
    %cst_59 = stablehlo.constant dense<-3.6444120640178197E-21> : tensor<4xf64>
    %cst_60 = stablehlo.constant dense<5.000000e+00> : tensor<4xf64>
    %cst_61 = stablehlo.constant dense<3.250000e+00> : tensor<4xf64>
    %cst_62 = stablehlo.constant dense<3.125000e+00> : tensor<4xf64>
    %cst_63 = stablehlo.constant dense<1.600000e+01> : tensor<4xf64>
    %cst_64 = stablehlo.constant dense<6.250000e+00> : tensor<4xf64>
    %cst_65 = stablehlo.constant dense<1.4142135623730951> : tensor<f64>
    %cst_66 = stablehlo.constant dense<-0.99999999999999988> : tensor<f64>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %0 = call @_uniform(%arg0, %cst_66, %cst_67) : (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<4xf64>
    %1 = stablehlo.negate %0 : tensor<4xf64>
    %2 = stablehlo.multiply %0, %1 : tensor<4xf64>
    %3 = stablehlo.log_plus_one %2 : tensor<4xf64>
    %4 = stablehlo.negate %3 : tensor<4xf64>
    %5 = stablehlo.compare  LT, %4, %cst_64 : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %6 = stablehlo.compare  LT, %4, %cst_63 : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %7 = stablehlo.sqrt %4 : tensor<4xf64>
    %8 = stablehlo.subtract %4, %cst_62 : tensor<4xf64>
    %9 = stablehlo.select %6, %cst_61, %cst_60 : tensor<4xi1>, tensor<4xf64>
    %10 = stablehlo.subtract %7, %9 : tensor<4xf64>
    %11 = stablehlo.select %5, %8, %10 : tensor<4xi1>, tensor<4xf64>
    %12 = stablehlo.select %5, %cst_59, %cst_58 : tensor<4xi1>, tensor<4xf64>
    %13 = stablehlo.select %6, %12, %cst_57 : tensor<4xi1>, tensor<4xf64>
    %14 = stablehlo.select %5, %cst_56, %cst_55 : tensor<4xi1>, tensor<4xf64>
    %15 = stablehlo.select %6, %14, %cst_54 : tensor<4xi1>, tensor<4xf64>
    %16 = stablehlo.multiply %13, %11 : tensor<4xf64>
    %17 = stablehlo.add %15, %16 : tensor<4xf64>
    %18 = stablehlo.select %5, %cst_53, %cst_52 : tensor<4xi1>, tensor<4xf64>
    %19 = stablehlo.select %6, %18, %cst_51 : tensor<4xi1>, tensor<4xf64>
    %20 = stablehlo.multiply %17, %11 : tensor<4xf64>
    %21 = stablehlo.add %19, %20 : tensor<4xf64>
    %22 = stablehlo.select %5, %cst_50, %cst_49 : tensor<4xi1>, tensor<4xf64>
    %23 = stablehlo.select %6, %22, %cst_48 : tensor<4xi1>, tensor<4xf64>
    %24 = stablehlo.multiply %21, %11 : tensor<4xf64>
    %25 = stablehlo.add %23, %24 : tensor<4xf64>
    %26 = stablehlo.select %5, %cst_47, %cst_46 : tensor<4xi1>, tensor<4xf64>
    %27 = stablehlo.select %6, %26, %cst_45 : tensor<4xi1>, tensor<4xf64>
    %28 = stablehlo.multiply %25, %11 : tensor<4xf64>
    %29 = stablehlo.add %27, %28 : tensor<4xf64>
    %30 = stablehlo.select %5, %cst_44, %cst_43 : tensor<4xi1>, tensor<4xf64>
    %31 = stablehlo.select %6, %30, %cst_42 : tensor<4xi1>, tensor<4xf64>
    %32 = stablehlo.multiply %29, %11 : tensor<4xf64>
    %33 = stablehlo.add %31, %32 : tensor<4xf64>
    %34 = stablehlo.select %5, %cst_41, %cst_40 : tensor<4xi1>, tensor<4xf64>
    %35 = stablehlo.select %6, %34, %cst_39 : tensor<4xi1>, tensor<4xf64>
    %36 = stablehlo.multiply %33, %11 : tensor<4xf64>
    %37 = stablehlo.add %35, %36 : tensor<4xf64>
    %38 = stablehlo.select %5, %cst_38, %cst_37 : tensor<4xi1>, tensor<4xf64>
    %39 = stablehlo.select %6, %38, %cst_36 : tensor<4xi1>, tensor<4xf64>
    %40 = stablehlo.multiply %37, %11 : tensor<4xf64>
    %41 = stablehlo.add %39, %40 : tensor<4xf64>
    %42 = stablehlo.select %5, %cst_35, %cst_34 : tensor<4xi1>, tensor<4xf64>
    %43 = stablehlo.select %6, %42, %cst_33 : tensor<4xi1>, tensor<4xf64>
    %44 = stablehlo.multiply %41, %11 : tensor<4xf64>
    %45 = stablehlo.add %43, %44 : tensor<4xf64>
    %46 = stablehlo.select %5, %cst_32, %cst_31 : tensor<4xi1>, tensor<4xf64>
    %47 = stablehlo.select %6, %46, %cst_30 : tensor<4xi1>, tensor<4xf64>
    %48 = stablehlo.multiply %45, %11 : tensor<4xf64>
    %49 = stablehlo.add %47, %48 : tensor<4xf64>
    %50 = stablehlo.select %5, %cst_29, %cst_28 : tensor<4xi1>, tensor<4xf64>
    %51 = stablehlo.select %6, %50, %cst_27 : tensor<4xi1>, tensor<4xf64>
    %52 = stablehlo.multiply %49, %11 : tensor<4xf64>
    %53 = stablehlo.add %51, %52 : tensor<4xf64>
    %54 = stablehlo.select %5, %cst_26, %cst_25 : tensor<4xi1>, tensor<4xf64>
    %55 = stablehlo.select %6, %54, %cst_24 : tensor<4xi1>, tensor<4xf64>
    %56 = stablehlo.multiply %53, %11 : tensor<4xf64>
    %57 = stablehlo.add %55, %56 : tensor<4xf64>
    %58 = stablehlo.select %5, %cst_23, %cst_22 : tensor<4xi1>, tensor<4xf64>
    %59 = stablehlo.select %6, %58, %cst_21 : tensor<4xi1>, tensor<4xf64>
    %60 = stablehlo.multiply %57, %11 : tensor<4xf64>
    %61 = stablehlo.add %59, %60 : tensor<4xf64>
    %62 = stablehlo.select %5, %cst_20, %cst_19 : tensor<4xi1>, tensor<4xf64>
    %63 = stablehlo.select %6, %62, %cst_18 : tensor<4xi1>, tensor<4xf64>
    %64 = stablehlo.multiply %61, %11 : tensor<4xf64>
    %65 = stablehlo.add %63, %64 : tensor<4xf64>
    %66 = stablehlo.select %5, %cst_17, %cst_16 : tensor<4xi1>, tensor<4xf64>
    %67 = stablehlo.select %6, %66, %cst_15 : tensor<4xi1>, tensor<4xf64>
    %68 = stablehlo.multiply %65, %11 : tensor<4xf64>
    %69 = stablehlo.add %67, %68 : tensor<4xf64>
    %70 = stablehlo.select %5, %cst_14, %cst_13 : tensor<4xi1>, tensor<4xf64>
    %71 = stablehlo.select %6, %70, %cst_12 : tensor<4xi1>, tensor<4xf64>
    %72 = stablehlo.multiply %69, %11 : tensor<4xf64>
    %73 = stablehlo.add %71, %72 : tensor<4xf64>
    %74 = stablehlo.select %5, %cst_11, %cst_10 : tensor<4xi1>, tensor<4xf64>
    %75 = stablehlo.select %6, %74, %cst_9 : tensor<4xi1>, tensor<4xf64>
    %76 = stablehlo.multiply %73, %11 : tensor<4xf64>
    %77 = stablehlo.add %75, %76 : tensor<4xf64>
    %78 = stablehlo.select %5, %cst_8, %cst_7 : tensor<4xi1>, tensor<4xf64>
    %79 = stablehlo.multiply %77, %11 : tensor<4xf64>
    %80 = stablehlo.add %78, %79 : tensor<4xf64>
    %81 = stablehlo.select %6, %80, %77 : tensor<4xi1>, tensor<4xf64>
    %82 = stablehlo.select %5, %cst_6, %cst_5 : tensor<4xi1>, tensor<4xf64>
    %83 = stablehlo.multiply %81, %11 : tensor<4xf64>
    %84 = stablehlo.add %82, %83 : tensor<4xf64>
    %85 = stablehlo.select %6, %84, %81 : tensor<4xi1>, tensor<4xf64>
    %86 = stablehlo.multiply %85, %11 : tensor<4xf64>
    %87 = stablehlo.add %cst_4, %86 : tensor<4xf64>
    %88 = stablehlo.select %5, %87, %85 : tensor<4xi1>, tensor<4xf64>
    %89 = stablehlo.multiply %88, %11 : tensor<4xf64>
    %90 = stablehlo.add %cst_3, %89 : tensor<4xf64>
    %91 = stablehlo.select %5, %90, %88 : tensor<4xi1>, tensor<4xf64>
    %92 = stablehlo.multiply %91, %11 : tensor<4xf64>
    %93 = stablehlo.add %cst_2, %92 : tensor<4xf64>
    %94 = stablehlo.select %5, %93, %91 : tensor<4xi1>, tensor<4xf64>
    %95 = stablehlo.multiply %94, %11 : tensor<4xf64>
    %96 = stablehlo.add %cst_1, %95 : tensor<4xf64>
    %97 = stablehlo.select %5, %96, %94 : tensor<4xi1>, tensor<4xf64>
    %98 = stablehlo.multiply %97, %0 : tensor<4xf64>
    %99 = stablehlo.abs %0 : tensor<4xf64>
    %100 = stablehlo.compare  EQ, %99, %cst_0 : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xi1>
    %101 = stablehlo.multiply %0, %cst : tensor<4xf64>
    %102 = stablehlo.select %100, %101, %98 : tensor<4xi1>, tensor<4xf64>
    %103 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f64>) -> tensor<4xf64>
    %104 = stablehlo.multiply %103, %102 : tensor<4xf64>
    return %104 : tensor<4xf64>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f64>, %arg2: tensor<f64>) -> tensor<4xf64> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %c = stablehlo.constant dense<4607182418800017408> : tensor<ui64>
    %c_0 = stablehlo.constant dense<12> : tensor<ui64>
    %c_1 = stablehlo.constant dense<32> : tensor<ui64>
    %c_2 = stablehlo.constant dense<1> : tensor<ui64>
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f64>) -> tensor<1xf64>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f64>) -> tensor<1xf64>
    %2 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %5 = stablehlo.reshape %4 : (tensor<1xui32>) -> tensor<ui32>
    %6 = stablehlo.iota dim = 0 : tensor<4xui64>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %8 = stablehlo.multiply %7, %6 : tensor<4xui64>
    %9 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<4xui64>
    %11 = stablehlo.convert %8 : (tensor<4xui64>) -> tensor<4xui32>
    %12 = stablehlo.convert %10 : (tensor<4xui64>) -> tensor<4xui32>
    %13:2 = call @threefry2x32(%3, %5, %12, %11) : (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %14 = stablehlo.convert %13#0 : (tensor<4xui32>) -> tensor<4xui64>
    %15 = stablehlo.convert %13#1 : (tensor<4xui32>) -> tensor<4xui64>
    %16 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %17 = stablehlo.shift_left %14, %16 : tensor<4xui64>
    %18 = stablehlo.or %17, %15 : tensor<4xui64>
    %19 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %20 = stablehlo.shift_right_logical %18, %19 : tensor<4xui64>
    %21 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<4xui64>
    %22 = stablehlo.or %20, %21 : tensor<4xui64>
    %23 = stablehlo.bitcast_convert %22 : (tensor<4xui64>) -> tensor<4xf64>
    %24 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f64>) -> tensor<4xf64>
    %25 = stablehlo.subtract %23, %24 : tensor<4xf64>
    %26 = stablehlo.subtract %1, %0 : tensor<1xf64>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<1xf64>) -> tensor<4xf64>
    %28 = stablehlo.multiply %25, %27 : tensor<4xf64>
    %29 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf64>) -> tensor<4xf64>
    %30 = stablehlo.add %28, %29 : tensor<4xf64>
    %31 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf64>) -> tensor<4xf64>
    %32 = stablehlo.maximum %31, %30 : tensor<4xf64>
    return %32 : tensor<4xf64>
  }
  func.func private @threefry2x32(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<4xui32>, %arg3: tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>) {
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
    %0 = stablehlo.xor %arg0, %arg1 : tensor<ui32>
    %1 = stablehlo.xor %0, %c_14 : tensor<ui32>
    %2 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %3 = stablehlo.add %arg2, %2 : tensor<4xui32>
    %4 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %5 = stablehlo.add %arg3, %4 : tensor<4xui32>
    %6 = stablehlo.add %3, %5 : tensor<4xui32>
    %7 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %8 = stablehlo.shift_left %5, %7 : tensor<4xui32>
    %9 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %10 = stablehlo.shift_right_logical %5, %9 : tensor<4xui32>
    %11 = stablehlo.or %8, %10 : tensor<4xui32>
    %12 = stablehlo.xor %6, %11 : tensor<4xui32>
    %13 = stablehlo.add %6, %12 : tensor<4xui32>
    %14 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %15 = stablehlo.shift_left %12, %14 : tensor<4xui32>
    %16 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %17 = stablehlo.shift_right_logical %12, %16 : tensor<4xui32>
    %18 = stablehlo.or %15, %17 : tensor<4xui32>
    %19 = stablehlo.xor %13, %18 : tensor<4xui32>
    %20 = stablehlo.add %13, %19 : tensor<4xui32>
    %21 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %22 = stablehlo.shift_left %19, %21 : tensor<4xui32>
    %23 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %24 = stablehlo.shift_right_logical %19, %23 : tensor<4xui32>
    %25 = stablehlo.or %22, %24 : tensor<4xui32>
    %26 = stablehlo.xor %20, %25 : tensor<4xui32>
    %27 = stablehlo.add %20, %26 : tensor<4xui32>
    %28 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %29 = stablehlo.shift_left %26, %28 : tensor<4xui32>
    %30 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %31 = stablehlo.shift_right_logical %26, %30 : tensor<4xui32>
    %32 = stablehlo.or %29, %31 : tensor<4xui32>
    %33 = stablehlo.xor %27, %32 : tensor<4xui32>
    %34 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %35 = stablehlo.add %27, %34 : tensor<4xui32>
    %36 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %37 = stablehlo.add %33, %36 : tensor<4xui32>
    %38 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %39 = stablehlo.add %37, %38 : tensor<4xui32>
    %40 = stablehlo.add %35, %39 : tensor<4xui32>
    %41 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %42 = stablehlo.shift_left %39, %41 : tensor<4xui32>
    %43 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %44 = stablehlo.shift_right_logical %39, %43 : tensor<4xui32>
    %45 = stablehlo.or %42, %44 : tensor<4xui32>
    %46 = stablehlo.xor %40, %45 : tensor<4xui32>
    %47 = stablehlo.add %40, %46 : tensor<4xui32>
    %48 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %49 = stablehlo.shift_left %46, %48 : tensor<4xui32>
    %50 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %51 = stablehlo.shift_right_logical %46, %50 : tensor<4xui32>
    %52 = stablehlo.or %49, %51 : tensor<4xui32>
    %53 = stablehlo.xor %47, %52 : tensor<4xui32>
    %54 = stablehlo.add %47, %53 : tensor<4xui32>
    %55 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %56 = stablehlo.shift_left %53, %55 : tensor<4xui32>
    %57 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %58 = stablehlo.shift_right_logical %53, %57 : tensor<4xui32>
    %59 = stablehlo.or %56, %58 : tensor<4xui32>
    %60 = stablehlo.xor %54, %59 : tensor<4xui32>
    %61 = stablehlo.add %54, %60 : tensor<4xui32>
    %62 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %63 = stablehlo.shift_left %60, %62 : tensor<4xui32>
    %64 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %65 = stablehlo.shift_right_logical %60, %64 : tensor<4xui32>
    %66 = stablehlo.or %63, %65 : tensor<4xui32>
    %67 = stablehlo.xor %61, %66 : tensor<4xui32>
    %68 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %69 = stablehlo.add %61, %68 : tensor<4xui32>
    %70 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %71 = stablehlo.add %67, %70 : tensor<4xui32>
    %72 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %73 = stablehlo.add %71, %72 : tensor<4xui32>
    %74 = stablehlo.add %69, %73 : tensor<4xui32>
    %75 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %76 = stablehlo.shift_left %73, %75 : tensor<4xui32>
    %77 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %78 = stablehlo.shift_right_logical %73, %77 : tensor<4xui32>
    %79 = stablehlo.or %76, %78 : tensor<4xui32>
    %80 = stablehlo.xor %74, %79 : tensor<4xui32>
    %81 = stablehlo.add %74, %80 : tensor<4xui32>
    %82 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %83 = stablehlo.shift_left %80, %82 : tensor<4xui32>
    %84 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %85 = stablehlo.shift_right_logical %80, %84 : tensor<4xui32>
    %86 = stablehlo.or %83, %85 : tensor<4xui32>
    %87 = stablehlo.xor %81, %86 : tensor<4xui32>
    %88 = stablehlo.add %81, %87 : tensor<4xui32>
    %89 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %90 = stablehlo.shift_left %87, %89 : tensor<4xui32>
    %91 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %92 = stablehlo.shift_right_logical %87, %91 : tensor<4xui32>
    %93 = stablehlo.or %90, %92 : tensor<4xui32>
    %94 = stablehlo.xor %88, %93 : tensor<4xui32>
    %95 = stablehlo.add %88, %94 : tensor<4xui32>
    %96 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %97 = stablehlo.shift_left %94, %96 : tensor<4xui32>
    %98 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %99 = stablehlo.shift_right_logical %94, %98 : tensor<4xui32>
    %100 = stablehlo.or %97, %99 : tensor<4xui32>
    %101 = stablehlo.xor %95, %100 : tensor<4xui32>
    %102 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %103 = stablehlo.add %95, %102 : tensor<4xui32>
    %104 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %105 = stablehlo.add %101, %104 : tensor<4xui32>
    %106 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %107 = stablehlo.add %105, %106 : tensor<4xui32>
    %108 = stablehlo.add %103, %107 : tensor<4xui32>
    %109 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %110 = stablehlo.shift_left %107, %109 : tensor<4xui32>
    %111 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %112 = stablehlo.shift_right_logical %107, %111 : tensor<4xui32>
    %113 = stablehlo.or %110, %112 : tensor<4xui32>
    %114 = stablehlo.xor %108, %113 : tensor<4xui32>
    %115 = stablehlo.add %108, %114 : tensor<4xui32>
    %116 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %117 = stablehlo.shift_left %114, %116 : tensor<4xui32>
    %118 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %119 = stablehlo.shift_right_logical %114, %118 : tensor<4xui32>
    %120 = stablehlo.or %117, %119 : tensor<4xui32>
    %121 = stablehlo.xor %115, %120 : tensor<4xui32>
    %122 = stablehlo.add %115, %121 : tensor<4xui32>
    %123 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %124 = stablehlo.shift_left %121, %123 : tensor<4xui32>
    %125 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %126 = stablehlo.shift_right_logical %121, %125 : tensor<4xui32>
    %127 = stablehlo.or %124, %126 : tensor<4xui32>
    %128 = stablehlo.xor %122, %127 : tensor<4xui32>
    %129 = stablehlo.add %122, %128 : tensor<4xui32>
    %130 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %131 = stablehlo.shift_left %128, %130 : tensor<4xui32>
    %132 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %133 = stablehlo.shift_right_logical %128, %132 : tensor<4xui32>
    %134 = stablehlo.or %131, %133 : tensor<4xui32>
    %135 = stablehlo.xor %129, %134 : tensor<4xui32>
    %136 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %137 = stablehlo.add %129, %136 : tensor<4xui32>
    %138 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %139 = stablehlo.add %135, %138 : tensor<4xui32>
    %140 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %141 = stablehlo.add %139, %140 : tensor<4xui32>
    %142 = stablehlo.add %137, %141 : tensor<4xui32>
    %143 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %144 = stablehlo.shift_left %141, %143 : tensor<4xui32>
    %145 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %146 = stablehlo.shift_right_logical %141, %145 : tensor<4xui32>
    %147 = stablehlo.or %144, %146 : tensor<4xui32>
    %148 = stablehlo.xor %142, %147 : tensor<4xui32>
    %149 = stablehlo.add %142, %148 : tensor<4xui32>
    %150 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %151 = stablehlo.shift_left %148, %150 : tensor<4xui32>
    %152 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %153 = stablehlo.shift_right_logical %148, %152 : tensor<4xui32>
    %154 = stablehlo.or %151, %153 : tensor<4xui32>
    %155 = stablehlo.xor %149, %154 : tensor<4xui32>
    %156 = stablehlo.add %149, %155 : tensor<4xui32>
    %157 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %158 = stablehlo.shift_left %155, %157 : tensor<4xui32>
    %159 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %160 = stablehlo.shift_right_logical %155, %159 : tensor<4xui32>
    %161 = stablehlo.or %158, %160 : tensor<4xui32>
    %162 = stablehlo.xor %156, %161 : tensor<4xui32>
    %163 = stablehlo.add %156, %162 : tensor<4xui32>
    %164 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %165 = stablehlo.shift_left %162, %164 : tensor<4xui32>
    %166 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %167 = stablehlo.shift_right_logical %162, %166 : tensor<4xui32>
    %168 = stablehlo.or %165, %167 : tensor<4xui32>
    %169 = stablehlo.xor %163, %168 : tensor<4xui32>
    %170 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %171 = stablehlo.add %163, %170 : tensor<4xui32>
    %172 = stablehlo.broadcast_in_dim %arg0, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %173 = stablehlo.add %169, %172 : tensor<4xui32>
    %174 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<4xui32>
    %175 = stablehlo.add %173, %174 : tensor<4xui32>
    return %171, %175 : tensor<4xui32>, tensor<4xui32>
  }
}
