"builtin.module"() <{sym_name = "jit_bessel_i1e"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.778576254> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %1 = "stablehlo.constant"() <{value = dense<-0.00976109784> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %2 = "stablehlo.constant"() <{value = dense<-1.10588939E-4> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %3 = "stablehlo.constant"() <{value = dense<-3.88256467E-6> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %4 = "stablehlo.constant"() <{value = dense<-2.51223611E-7> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %5 = "stablehlo.constant"() <{value = dense<-2.63146891E-8> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %6 = "stablehlo.constant"() <{value = dense<-3.83538046E-9> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %7 = "stablehlo.constant"() <{value = dense<0.252587199> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %8 = "stablehlo.constant"() <{value = dense<-0.176416516> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %9 = "stablehlo.constant"() <{value = dense<0.102643661> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %10 = "stablehlo.constant"() <{value = dense<-0.0529459827> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %11 = "stablehlo.constant"() <{value = dense<0.0247264486> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %12 = "stablehlo.constant"() <{value = dense<-0.0105640851> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %13 = "stablehlo.constant"() <{value = dense<0.0041564228> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %14 = "stablehlo.constant"() <{value = dense<-0.00151357241> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %15 = "stablehlo.constant"() <{value = dense<5.122860e-04> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %16 = "stablehlo.constant"() <{value = dense<-1.61760821E-4> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %17 = "stablehlo.constant"() <{value = dense<4.78156508E-5> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %18 = "stablehlo.constant"() <{value = dense<-1.32731639E-5> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %19 = "stablehlo.constant"() <{value = dense<3.47025139E-6> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %20 = "stablehlo.constant"() <{value = dense<-8.568720e-07> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %21 = "stablehlo.constant"() <{value = dense<2.00329481E-7> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %22 = "stablehlo.constant"() <{value = dense<-4.44505908E-8> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %23 = "stablehlo.constant"() <{value = dense<9.38153732E-9> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %24 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %25 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %26 = "stablehlo.constant"() <{value = dense<3.200000e+01> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %27 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %28 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %29 = "stablehlo.abs"(%arg0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %30 = "stablehlo.multiply"(%28, %29) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %31 = "stablehlo.subtract"(%30, %27) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %32 = "stablehlo.multiply"(%31, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %33 = "stablehlo.subtract"(%32, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %34 = "stablehlo.add"(%33, %23) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %35 = "stablehlo.multiply"(%31, %34) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %36 = "stablehlo.subtract"(%35, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %37 = "stablehlo.add"(%36, %22) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %38 = "stablehlo.multiply"(%31, %37) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %39 = "stablehlo.subtract"(%38, %34) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %40 = "stablehlo.add"(%39, %21) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %41 = "stablehlo.multiply"(%31, %40) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %42 = "stablehlo.subtract"(%41, %37) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %43 = "stablehlo.add"(%42, %20) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %44 = "stablehlo.multiply"(%31, %43) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %45 = "stablehlo.subtract"(%44, %40) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %46 = "stablehlo.add"(%45, %19) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %47 = "stablehlo.multiply"(%31, %46) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %48 = "stablehlo.subtract"(%47, %43) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %49 = "stablehlo.add"(%48, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %50 = "stablehlo.multiply"(%31, %49) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %51 = "stablehlo.subtract"(%50, %46) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %52 = "stablehlo.add"(%51, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %53 = "stablehlo.multiply"(%31, %52) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %54 = "stablehlo.subtract"(%53, %49) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %55 = "stablehlo.add"(%54, %16) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %56 = "stablehlo.multiply"(%31, %55) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %57 = "stablehlo.subtract"(%56, %52) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %58 = "stablehlo.add"(%57, %15) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %59 = "stablehlo.multiply"(%31, %58) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %60 = "stablehlo.subtract"(%59, %55) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %61 = "stablehlo.add"(%60, %14) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %62 = "stablehlo.multiply"(%31, %61) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %63 = "stablehlo.subtract"(%62, %58) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %64 = "stablehlo.add"(%63, %13) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %65 = "stablehlo.multiply"(%31, %64) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %66 = "stablehlo.subtract"(%65, %61) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %67 = "stablehlo.add"(%66, %12) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %68 = "stablehlo.multiply"(%31, %67) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %69 = "stablehlo.subtract"(%68, %64) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %70 = "stablehlo.add"(%69, %11) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %71 = "stablehlo.multiply"(%31, %70) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %72 = "stablehlo.subtract"(%71, %67) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %73 = "stablehlo.add"(%72, %10) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %74 = "stablehlo.multiply"(%31, %73) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %75 = "stablehlo.subtract"(%74, %70) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %76 = "stablehlo.add"(%75, %9) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %77 = "stablehlo.multiply"(%31, %76) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %78 = "stablehlo.subtract"(%77, %73) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %79 = "stablehlo.add"(%78, %8) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %80 = "stablehlo.multiply"(%31, %79) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %81 = "stablehlo.subtract"(%80, %76) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %82 = "stablehlo.add"(%81, %7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %83 = "stablehlo.subtract"(%82, %76) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %84 = "stablehlo.multiply"(%83, %28) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %85 = "stablehlo.multiply"(%29, %84) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %86 = "stablehlo.divide"(%26, %29) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %87 = "stablehlo.subtract"(%86, %27) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %88 = "stablehlo.multiply"(%87, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %89 = "stablehlo.subtract"(%88, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %90 = "stablehlo.add"(%89, %6) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %91 = "stablehlo.multiply"(%87, %90) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %92 = "stablehlo.subtract"(%91, %24) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %93 = "stablehlo.add"(%92, %5) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %94 = "stablehlo.multiply"(%87, %93) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %95 = "stablehlo.subtract"(%94, %90) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %96 = "stablehlo.add"(%95, %4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %97 = "stablehlo.multiply"(%87, %96) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %98 = "stablehlo.subtract"(%97, %93) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %99 = "stablehlo.add"(%98, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %100 = "stablehlo.multiply"(%87, %99) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %101 = "stablehlo.subtract"(%100, %96) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %102 = "stablehlo.add"(%101, %2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %103 = "stablehlo.multiply"(%87, %102) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %104 = "stablehlo.subtract"(%103, %99) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %105 = "stablehlo.add"(%104, %1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %106 = "stablehlo.multiply"(%87, %105) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %107 = "stablehlo.subtract"(%106, %102) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %108 = "stablehlo.add"(%107, %0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %109 = "stablehlo.subtract"(%108, %102) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %110 = "stablehlo.multiply"(%109, %28) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %111 = "stablehlo.sqrt"(%29) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %112 = "stablehlo.divide"(%110, %111) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %113 = "stablehlo.compare"(%29, %25) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1>
    %114 = "stablehlo.select"(%113, %85, %112) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %115 = "stablehlo.sign"(%arg0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %116 = "stablehlo.multiply"(%115, %114) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%116) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
