"builtin.module"() <{sym_name = "jit_zeta"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %1 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %2 = "stablehlo.constant"() <{value = dense<1.401300e-45> : tensor<8xf32>}> : () -> tensor<8xf32>
    %3 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<-0.00138888892> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<3.30687835E-5> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<-8.26719599E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<2.08767563E-8> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<-5.28419031E-10> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<9.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %18 = "stablehlo.constant"() <{value = dense<1.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "stablehlo.constant"() <{value = dense<1.33825364E-11> : tensor<8xf32>}> : () -> tensor<8xf32>
    %20 = "stablehlo.constant"() <{value = dense<1.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %21 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %22 = "stablehlo.constant"() <{value = dense<-3.3896803E-13> : tensor<8xf32>}> : () -> tensor<8xf32>
    %23 = "stablehlo.constant"() <{value = dense<1.300000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %24 = "stablehlo.constant"() <{value = dense<1.400000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %25 = "stablehlo.constant"() <{value = dense<8.58606213E-15> : tensor<8xf32>}> : () -> tensor<8xf32>
    %26 = "stablehlo.constant"() <{value = dense<1.500000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %27 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %28 = "stablehlo.constant"() <{value = dense<-2.17486866E-16> : tensor<8xf32>}> : () -> tensor<8xf32>
    %29 = "stablehlo.constant"() <{value = dense<1.700000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %30 = "stablehlo.constant"() <{value = dense<1.800000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %31 = "stablehlo.constant"() <{value = dense<5.50900303E-18> : tensor<8xf32>}> : () -> tensor<8xf32>
    %32 = "stablehlo.constant"() <{value = dense<1.900000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %33 = "stablehlo.constant"() <{value = dense<2.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %34 = "stablehlo.constant"() <{value = dense<-1.39544646E-19> : tensor<8xf32>}> : () -> tensor<8xf32>
    %35 = "stablehlo.constant"() <{value = dense<2.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %36 = "stablehlo.constant"() <{value = dense<2.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %37 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %38 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %39 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %40 = "stablehlo.power"(%arg1, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41 = "stablehlo.add"(%arg1, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %42 = "stablehlo.power"(%41, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %43 = "stablehlo.add"(%40, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %44 = "stablehlo.add"(%41, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %45 = "stablehlo.power"(%44, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.add"(%43, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %47 = "stablehlo.add"(%44, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.power"(%47, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.add"(%46, %48) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.add"(%47, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %51 = "stablehlo.power"(%50, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %52 = "stablehlo.add"(%49, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %53 = "stablehlo.add"(%50, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %54 = "stablehlo.power"(%53, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.add"(%52, %54) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.add"(%53, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.power"(%56, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.add"(%55, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %59 = "stablehlo.add"(%56, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.power"(%59, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.add"(%58, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.add"(%59, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.power"(%62, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.add"(%61, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.add"(%62, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.power"(%65, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.add"(%64, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.add"(%65, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.power"(%68, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.subtract"(%arg0, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.negate"(%70) : (tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.power"(%68, %71) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.divide"(%72, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.multiply"(%68, %68) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.divide"(%38, %74) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.add"(%arg0, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%arg0, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.multiply"(%76, %77) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.add"(%37, %34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.multiply"(%75, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.multiply"(%78, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.add"(%arg0, %33) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%arg0, %32) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.multiply"(%82, %83) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.add"(%81, %31) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.multiply"(%75, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.multiply"(%84, %86) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.add"(%arg0, %30) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.add"(%arg0, %29) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.multiply"(%88, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.add"(%87, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.multiply"(%75, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.multiply"(%90, %92) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.add"(%arg0, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.add"(%arg0, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.multiply"(%94, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.add"(%93, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.multiply"(%75, %97) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.multiply"(%96, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.add"(%arg0, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.add"(%arg0, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.multiply"(%100, %101) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.add"(%99, %22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.multiply"(%75, %103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.multiply"(%102, %104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.add"(%arg0, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.add"(%arg0, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.multiply"(%106, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.add"(%105, %19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.multiply"(%75, %109) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.multiply"(%108, %110) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.add"(%arg0, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.add"(%arg0, %17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.multiply"(%112, %113) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.add"(%111, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.multiply"(%75, %115) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.multiply"(%114, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.add"(%arg0, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.add"(%arg0, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.multiply"(%118, %119) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%117, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.multiply"(%75, %121) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.multiply"(%120, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.add"(%arg0, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.add"(%arg0, %11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.multiply"(%124, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.add"(%123, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.multiply"(%75, %127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.multiply"(%126, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.add"(%arg0, %9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.add"(%arg0, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.multiply"(%130, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.add"(%129, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.multiply"(%75, %133) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.multiply"(%132, %134) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.add"(%arg0, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.add"(%arg0, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.multiply"(%136, %137) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.add"(%135, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.multiply"(%75, %139) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.multiply"(%138, %140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.divide"(%arg0, %68) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.add"(%3, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.multiply"(%142, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %145 = "stablehlo.add"(%4, %144) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.multiply"(%69, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.add"(%67, %73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.add"(%147, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.abs"(%69) : (tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.abs"(%67) : (tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.multiply"(%150, %2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.compare"(%149, %151) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %153 = "stablehlo.select"(%152, %67, %148) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.compare"(%arg0, %38) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %155 = "stablehlo.select"(%154, %1, %153) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.compare"(%arg1, %37) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %157 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.compare"(%arg0, %157) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %159 = "stablehlo.and"(%156, %158) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %160 = "stablehlo.select"(%159, %1, %155) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.floor"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.compare"(%arg1, %161) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %163 = "stablehlo.and"(%156, %162) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %164 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.compare"(%arg0, %164) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %166 = "stablehlo.remainder"(%arg0, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.compare"(%166, %37) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %168 = "stablehlo.and"(%165, %167) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %169 = "stablehlo.select"(%168, %0, %1) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.select"(%163, %169, %160) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.compare"(%arg0, %38) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %172 = "stablehlo.select"(%171, %0, %170) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%172) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
