"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %1 = "stablehlo.constant"() <{value = dense<1.401300e-45> : tensor<8xf32>}> : () -> tensor<8xf32>
    %2 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<8xf32>}> : () -> tensor<8xf32>
    %3 = "stablehlo.constant"() <{value = dense<-0.00138888892> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<3.30687835E-5> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<-8.26719599E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<2.08767563E-8> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<-5.28419031E-10> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<9.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<1.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<1.33825364E-11> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<1.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<-3.3896803E-13> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<1.300000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<1.400000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<8.58606213E-15> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<1.500000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %18 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "stablehlo.constant"() <{value = dense<-2.17486866E-16> : tensor<8xf32>}> : () -> tensor<8xf32>
    %20 = "stablehlo.constant"() <{value = dense<1.700000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %21 = "stablehlo.constant"() <{value = dense<1.800000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %22 = "stablehlo.constant"() <{value = dense<5.50900303E-18> : tensor<8xf32>}> : () -> tensor<8xf32>
    %23 = "stablehlo.constant"() <{value = dense<1.900000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %24 = "stablehlo.constant"() <{value = dense<2.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %25 = "stablehlo.constant"() <{value = dense<-1.39544646E-19> : tensor<8xf32>}> : () -> tensor<8xf32>
    %26 = "stablehlo.constant"() <{value = dense<2.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %27 = "stablehlo.constant"() <{value = dense<2.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %28 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %29 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %30 = "stablehlo.constant"() <{value = dense<1.14472985> : tensor<8xf32>}> : () -> tensor<8xf32>
    %31 = "stablehlo.constant"() <{value = dense<3.14159274> : tensor<8xf32>}> : () -> tensor<8xf32>
    %32 = "stablehlo.constant"() <{value = dense<0.918938517> : tensor<8xf32>}> : () -> tensor<8xf32>
    %33 = "stablehlo.constant"() <{value = dense<2.01490307> : tensor<8xf32>}> : () -> tensor<8xf32>
    %34 = "stablehlo.constant"() <{value = dense<7.500000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %35 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %36 = "stablehlo.constant"() <{value = dense<1.50563267E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %37 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %38 = "stablehlo.constant"() <{value = dense<9.98436917E-6> : tensor<8xf32>}> : () -> tensor<8xf32>
    %39 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %40 = "stablehlo.constant"() <{value = dense<-0.138571098> : tensor<8xf32>}> : () -> tensor<8xf32>
    %41 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %42 = "stablehlo.constant"() <{value = dense<12.5073433> : tensor<8xf32>}> : () -> tensor<8xf32>
    %43 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %44 = "stablehlo.constant"() <{value = dense<-176.615036> : tensor<8xf32>}> : () -> tensor<8xf32>
    %45 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %46 = "stablehlo.constant"() <{value = dense<771.323425> : tensor<8xf32>}> : () -> tensor<8xf32>
    %47 = "stablehlo.constant"() <{value = dense<-1259.13916> : tensor<8xf32>}> : () -> tensor<8xf32>
    %48 = "stablehlo.constant"() <{value = dense<676.520386> : tensor<8xf32>}> : () -> tensor<8xf32>
    %49 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %50 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %51 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %52 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %54 = "stablehlo.remainder"(%53, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.multiply"(%50, %54) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.subtract"(%55, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.add"(%53, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.compare"(%57, %49) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %59 = "stablehlo.negate"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %60 = "stablehlo.subtract"(%57, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.select"(%58, %59, %60) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.add"(%61, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.divide"(%48, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.add"(%51, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.add"(%61, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.divide"(%47, %65) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.add"(%64, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.add"(%61, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.divide"(%46, %68) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.add"(%67, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%61, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.divide"(%44, %71) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.add"(%70, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.add"(%61, %41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.divide"(%42, %74) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.add"(%73, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%61, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.divide"(%40, %77) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.add"(%76, %78) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.add"(%61, %37) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.divide"(%38, %80) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.add"(%79, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%61, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.divide"(%36, %83) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.add"(%82, %84) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.add"(%34, %61) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.divide"(%61, %34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.log_plus_one"(%87) : (tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.add"(%33, %88) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.divide"(%86, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.add"(%61, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.subtract"(%91, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.multiply"(%92, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.log"(%85) : (tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.add"(%32, %93) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.add"(%95, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.abs"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.floor"(%97) : (tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.subtract"(%97, %98) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.compare"(%49, %99) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %101 = "stablehlo.subtract"(%51, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %102 = "stablehlo.select"(%100, %101, %99) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.multiply"(%31, %102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.sine"(%103) : (tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.log"(%104) : (tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.subtract"(%30, %105) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.subtract"(%106, %96) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.is_finite"(%105) : (tensor<8xf32>) -> tensor<8xi1>
    %109 = "stablehlo.negate"(%105) : (tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.select"(%108, %107, %109) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.select"(%58, %110, %96) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.abs"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.compare"(%112, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %114 = "stablehlo.select"(%113, %29, %111) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %115 = "stablehlo.exponential"(%114) : (tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.negate"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.power"(%arg0, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.add"(%arg0, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.power"(%118, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.add"(%117, %119) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%118, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.power"(%121, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.add"(%120, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.add"(%121, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.power"(%124, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.add"(%123, %125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.add"(%124, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.power"(%127, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.add"(%126, %128) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.add"(%127, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.power"(%130, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.add"(%129, %131) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.add"(%130, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.power"(%133, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.add"(%132, %134) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.add"(%133, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.power"(%136, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.add"(%135, %137) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.add"(%136, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.power"(%139, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.add"(%138, %140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.add"(%139, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.power"(%142, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.add"(%141, %143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %145 = "stablehlo.add"(%142, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.power"(%145, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.multiply"(%146, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.subtract"(%57, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.divide"(%147, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.multiply"(%145, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.divide"(%51, %150) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.add"(%57, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.add"(%57, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.multiply"(%152, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.add"(%28, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.multiply"(%151, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.multiply"(%154, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.add"(%57, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.add"(%57, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.multiply"(%158, %159) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.add"(%157, %22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.multiply"(%151, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.multiply"(%160, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.add"(%57, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.add"(%57, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.multiply"(%164, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.add"(%163, %19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.multiply"(%151, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.multiply"(%166, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.add"(%57, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.add"(%57, %17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.multiply"(%170, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.add"(%169, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.multiply"(%151, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.multiply"(%172, %174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.add"(%57, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.add"(%57, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.multiply"(%176, %177) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.add"(%175, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.multiply"(%151, %179) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.multiply"(%178, %180) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.add"(%57, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.add"(%57, %11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.multiply"(%182, %183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.add"(%181, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.multiply"(%151, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.add"(%57, %9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.add"(%57, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.multiply"(%188, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.add"(%187, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.multiply"(%151, %191) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.multiply"(%190, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.add"(%57, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.add"(%57, %37) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.multiply"(%194, %195) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.add"(%193, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.multiply"(%151, %197) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.multiply"(%196, %198) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.add"(%57, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.add"(%57, %41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.multiply"(%200, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.add"(%199, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.multiply"(%151, %203) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.multiply"(%202, %204) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.add"(%57, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.add"(%57, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.multiply"(%206, %207) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.add"(%205, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.multiply"(%151, %209) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.multiply"(%208, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.add"(%57, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.add"(%57, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.multiply"(%212, %213) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.add"(%211, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.multiply"(%151, %215) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.multiply"(%214, %216) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.divide"(%57, %145) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.add"(%2, %217) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.multiply"(%218, %219) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.add"(%49, %220) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.multiply"(%146, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.add"(%144, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.add"(%223, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.abs"(%146) : (tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.abs"(%144) : (tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.multiply"(%226, %1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.compare"(%225, %227) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %229 = "stablehlo.select"(%228, %144, %224) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.compare"(%57, %51) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %231 = "stablehlo.select"(%230, %0, %229) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.compare"(%arg0, %28) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %233 = "stablehlo.floor"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.compare"(%57, %233) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %235 = "stablehlo.and"(%232, %234) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %236 = "stablehlo.select"(%235, %0, %231) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.compare"(%arg0, %237) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %239 = "stablehlo.and"(%232, %238) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %240 = "stablehlo.floor"(%57) : (tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.compare"(%57, %240) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %242 = "stablehlo.remainder"(%57, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.compare"(%242, %28) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %244 = "stablehlo.and"(%241, %243) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %245 = "stablehlo.select"(%244, %29, %0) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.select"(%239, %245, %236) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.compare"(%57, %51) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %248 = "stablehlo.select"(%247, %29, %246) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.multiply"(%56, %115) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %250 = "stablehlo.multiply"(%249, %248) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.compare"(%53, %28) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %252 = "stablehlo.compare"(%arg0, %49) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %253 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %254 = "stablehlo.subtract"(%arg0, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.select"(%252, %253, %254) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.add"(%255, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.multiply"(%256, %256) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.divide"(%48, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.subtract"(%28, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.divide"(%48, %256) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.add"(%51, %260) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.add"(%255, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.multiply"(%262, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.divide"(%47, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.subtract"(%259, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.divide"(%47, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.add"(%261, %266) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.add"(%255, %45) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.multiply"(%268, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.divide"(%46, %269) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.subtract"(%265, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.divide"(%46, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.add"(%267, %272) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.add"(%255, %43) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.multiply"(%274, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.divide"(%44, %275) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.subtract"(%271, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.divide"(%44, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %279 = "stablehlo.add"(%273, %278) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.add"(%255, %41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %281 = "stablehlo.multiply"(%280, %280) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282 = "stablehlo.divide"(%42, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %283 = "stablehlo.subtract"(%277, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.divide"(%42, %280) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.add"(%279, %284) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %286 = "stablehlo.add"(%255, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.multiply"(%286, %286) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.divide"(%40, %287) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.subtract"(%283, %288) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %290 = "stablehlo.divide"(%40, %286) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %291 = "stablehlo.add"(%285, %290) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %292 = "stablehlo.add"(%255, %37) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %293 = "stablehlo.multiply"(%292, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.divide"(%38, %293) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %295 = "stablehlo.subtract"(%289, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.divide"(%38, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.add"(%291, %296) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.add"(%255, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.multiply"(%298, %298) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.divide"(%36, %299) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %301 = "stablehlo.subtract"(%295, %300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %302 = "stablehlo.divide"(%36, %298) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %303 = "stablehlo.add"(%297, %302) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %304 = "stablehlo.add"(%34, %255) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %305 = "stablehlo.divide"(%255, %34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.log_plus_one"(%305) : (tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.add"(%33, %306) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %308 = "stablehlo.divide"(%301, %303) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.divide"(%37, %304) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %310 = "stablehlo.add"(%307, %308) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.subtract"(%310, %309) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.add"(%arg0, %49) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %313 = "stablehlo.floor"(%312) : (tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.abs"(%313) : (tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.add"(%arg0, %314) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %316 = "stablehlo.multiply"(%31, %315) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %317 = "stablehlo.cosine"(%316) : (tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.sine"(%316) : (tensor<8xf32>) -> tensor<8xf32>
    %319 = "stablehlo.multiply"(%31, %317) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %320 = "stablehlo.divide"(%319, %318) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.subtract"(%311, %320) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %322 = "stablehlo.select"(%252, %321, %311) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %323 = "stablehlo.compare"(%arg0, %28) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %324 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %325 = "stablehlo.compare"(%arg0, %324) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %326 = "stablehlo.and"(%323, %325) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %327 = "stablehlo.select"(%326, %0, %322) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %328 = "stablehlo.select"(%251, %327, %250) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %329 = "stablehlo.floor"(%53) : (tensor<8xf32>) -> tensor<8xf32>
    %330 = "stablehlo.compare"(%53, %329) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %331 = "stablehlo.compare"(%53, %28) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %332 = "stablehlo.or"(%330, %331) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %333 = "stablehlo.select"(%332, %0, %328) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%333) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
