"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %1 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %2 = "stablehlo.constant"() <{value = dense<1.401300e-45> : tensor<8xf32>}> : () -> tensor<8xf32>
    %3 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<8xf32>}> : () -> tensor<8xf32>
    %4 = "stablehlo.constant"() <{value = dense<-0.00138888892> : tensor<8xf32>}> : () -> tensor<8xf32>
    %5 = "stablehlo.constant"() <{value = dense<3.30687835E-5> : tensor<8xf32>}> : () -> tensor<8xf32>
    %6 = "stablehlo.constant"() <{value = dense<-8.26719599E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %7 = "stablehlo.constant"() <{value = dense<2.08767563E-8> : tensor<8xf32>}> : () -> tensor<8xf32>
    %8 = "stablehlo.constant"() <{value = dense<-5.28419031E-10> : tensor<8xf32>}> : () -> tensor<8xf32>
    %9 = "stablehlo.constant"() <{value = dense<9.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %10 = "stablehlo.constant"() <{value = dense<1.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %11 = "stablehlo.constant"() <{value = dense<1.33825364E-11> : tensor<8xf32>}> : () -> tensor<8xf32>
    %12 = "stablehlo.constant"() <{value = dense<1.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %13 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %14 = "stablehlo.constant"() <{value = dense<-3.3896803E-13> : tensor<8xf32>}> : () -> tensor<8xf32>
    %15 = "stablehlo.constant"() <{value = dense<1.300000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %16 = "stablehlo.constant"() <{value = dense<1.400000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %17 = "stablehlo.constant"() <{value = dense<8.58606213E-15> : tensor<8xf32>}> : () -> tensor<8xf32>
    %18 = "stablehlo.constant"() <{value = dense<1.500000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %20 = "stablehlo.constant"() <{value = dense<-2.17486866E-16> : tensor<8xf32>}> : () -> tensor<8xf32>
    %21 = "stablehlo.constant"() <{value = dense<1.700000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %22 = "stablehlo.constant"() <{value = dense<1.800000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %23 = "stablehlo.constant"() <{value = dense<5.50900303E-18> : tensor<8xf32>}> : () -> tensor<8xf32>
    %24 = "stablehlo.constant"() <{value = dense<1.900000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %25 = "stablehlo.constant"() <{value = dense<2.000000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %26 = "stablehlo.constant"() <{value = dense<-1.39544646E-19> : tensor<8xf32>}> : () -> tensor<8xf32>
    %27 = "stablehlo.constant"() <{value = dense<2.100000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %28 = "stablehlo.constant"() <{value = dense<2.200000e+01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %29 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %30 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<8xf32>}> : () -> tensor<8xf32>
    %31 = "stablehlo.constant"() <{value = dense<1.14472985> : tensor<8xf32>}> : () -> tensor<8xf32>
    %32 = "stablehlo.constant"() <{value = dense<3.14159274> : tensor<8xf32>}> : () -> tensor<8xf32>
    %33 = "stablehlo.constant"() <{value = dense<0.918938517> : tensor<8xf32>}> : () -> tensor<8xf32>
    %34 = "stablehlo.constant"() <{value = dense<2.01490307> : tensor<8xf32>}> : () -> tensor<8xf32>
    %35 = "stablehlo.constant"() <{value = dense<7.500000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %36 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %37 = "stablehlo.constant"() <{value = dense<1.50563267E-7> : tensor<8xf32>}> : () -> tensor<8xf32>
    %38 = "stablehlo.constant"() <{value = dense<7.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %39 = "stablehlo.constant"() <{value = dense<9.98436917E-6> : tensor<8xf32>}> : () -> tensor<8xf32>
    %40 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %41 = "stablehlo.constant"() <{value = dense<-0.138571098> : tensor<8xf32>}> : () -> tensor<8xf32>
    %42 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %43 = "stablehlo.constant"() <{value = dense<12.5073433> : tensor<8xf32>}> : () -> tensor<8xf32>
    %44 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %45 = "stablehlo.constant"() <{value = dense<-176.615036> : tensor<8xf32>}> : () -> tensor<8xf32>
    %46 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %47 = "stablehlo.constant"() <{value = dense<771.323425> : tensor<8xf32>}> : () -> tensor<8xf32>
    %48 = "stablehlo.constant"() <{value = dense<-1259.13916> : tensor<8xf32>}> : () -> tensor<8xf32>
    %49 = "stablehlo.constant"() <{value = dense<676.520386> : tensor<8xf32>}> : () -> tensor<8xf32>
    %50 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<8xf32>}> : () -> tensor<8xf32>
    %51 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %52 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
    %53 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %55 = "stablehlo.remainder"(%54, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %56 = "stablehlo.multiply"(%51, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.subtract"(%56, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.add"(%54, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %59 = "stablehlo.compare"(%58, %50) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %60 = "stablehlo.negate"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.subtract"(%58, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %62 = "stablehlo.select"(%59, %60, %61) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %63 = "stablehlo.add"(%62, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.divide"(%49, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %65 = "stablehlo.add"(%52, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %66 = "stablehlo.add"(%62, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.divide"(%48, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %68 = "stablehlo.add"(%65, %67) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.add"(%62, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %70 = "stablehlo.divide"(%47, %69) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%68, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "stablehlo.add"(%62, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.divide"(%45, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.add"(%71, %73) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %75 = "stablehlo.add"(%62, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %76 = "stablehlo.divide"(%43, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.add"(%74, %76) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %78 = "stablehlo.add"(%62, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.divide"(%41, %78) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %80 = "stablehlo.add"(%77, %79) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %81 = "stablehlo.add"(%62, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %82 = "stablehlo.divide"(%39, %81) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.add"(%80, %82) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %84 = "stablehlo.add"(%62, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %85 = "stablehlo.divide"(%37, %84) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.add"(%83, %85) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.add"(%35, %62) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %88 = "stablehlo.divide"(%62, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %89 = "stablehlo.log_plus_one"(%88) : (tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.add"(%34, %89) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.divide"(%87, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %92 = "stablehlo.add"(%62, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %93 = "stablehlo.subtract"(%92, %91) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.multiply"(%93, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %95 = "stablehlo.log"(%86) : (tensor<8xf32>) -> tensor<8xf32>
    %96 = "stablehlo.add"(%33, %94) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.add"(%96, %95) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.abs"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %99 = "stablehlo.floor"(%98) : (tensor<8xf32>) -> tensor<8xf32>
    %100 = "stablehlo.subtract"(%98, %99) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.compare"(%50, %100) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %102 = "stablehlo.subtract"(%52, %100) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.select"(%101, %102, %100) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.multiply"(%32, %103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.sine"(%104) : (tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.log"(%105) : (tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.subtract"(%31, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.subtract"(%107, %97) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.is_finite"(%106) : (tensor<8xf32>) -> tensor<8xi1>
    %110 = "stablehlo.negate"(%106) : (tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.select"(%109, %108, %110) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.select"(%59, %111, %97) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.abs"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.compare"(%113, %30) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %115 = "stablehlo.select"(%114, %30, %112) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.exponential"(%115) : (tensor<8xf32>) -> tensor<8xf32>
    %117 = "stablehlo.negate"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.power"(%arg0, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.add"(%arg0, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.power"(%119, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.add"(%118, %120) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %122 = "stablehlo.add"(%119, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.power"(%122, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124 = "stablehlo.add"(%121, %123) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %125 = "stablehlo.add"(%122, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.power"(%125, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.add"(%124, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.add"(%125, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129 = "stablehlo.power"(%128, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %130 = "stablehlo.add"(%127, %129) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %131 = "stablehlo.add"(%128, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %132 = "stablehlo.power"(%131, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %133 = "stablehlo.add"(%130, %132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.add"(%131, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %135 = "stablehlo.power"(%134, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.add"(%133, %135) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %137 = "stablehlo.add"(%134, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138 = "stablehlo.power"(%137, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %139 = "stablehlo.add"(%136, %138) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %140 = "stablehlo.add"(%137, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %141 = "stablehlo.power"(%140, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %142 = "stablehlo.add"(%139, %141) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.add"(%140, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %144 = "stablehlo.power"(%143, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %145 = "stablehlo.add"(%142, %144) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %146 = "stablehlo.add"(%143, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %147 = "stablehlo.power"(%146, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %148 = "stablehlo.multiply"(%147, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.subtract"(%58, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.divide"(%148, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.multiply"(%146, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.divide"(%52, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.add"(%58, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.add"(%58, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.multiply"(%153, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.add"(%29, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.multiply"(%152, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.multiply"(%155, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.add"(%58, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.add"(%58, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.multiply"(%159, %160) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.add"(%158, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.multiply"(%152, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.multiply"(%161, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.add"(%58, %22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.add"(%58, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.multiply"(%165, %166) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.add"(%164, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.multiply"(%152, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.multiply"(%167, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.add"(%58, %19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.add"(%58, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.multiply"(%171, %172) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%170, %17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.multiply"(%152, %174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.multiply"(%173, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.add"(%58, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.add"(%58, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.multiply"(%177, %178) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.add"(%176, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.multiply"(%152, %180) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.multiply"(%179, %181) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.add"(%58, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.add"(%58, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.multiply"(%183, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.add"(%182, %11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.multiply"(%152, %186) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.multiply"(%185, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.add"(%58, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.add"(%58, %9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.multiply"(%189, %190) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.add"(%188, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.multiply"(%152, %192) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.multiply"(%191, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.add"(%58, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.add"(%58, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.multiply"(%195, %196) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.add"(%194, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.multiply"(%152, %198) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.multiply"(%197, %199) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.add"(%58, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.add"(%58, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.multiply"(%201, %202) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.add"(%200, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.multiply"(%152, %204) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.multiply"(%203, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.add"(%58, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.add"(%58, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.multiply"(%207, %208) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.add"(%206, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.multiply"(%152, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.multiply"(%209, %211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.add"(%58, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.add"(%58, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.multiply"(%213, %214) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.add"(%212, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.multiply"(%152, %216) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.multiply"(%215, %217) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.divide"(%58, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.add"(%3, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.multiply"(%219, %220) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.add"(%50, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.multiply"(%147, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.add"(%145, %150) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.add"(%224, %223) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.abs"(%147) : (tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.abs"(%145) : (tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.multiply"(%227, %2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.compare"(%226, %228) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %230 = "stablehlo.select"(%229, %145, %225) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %231 = "stablehlo.compare"(%58, %52) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %232 = "stablehlo.select"(%231, %1, %230) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %234 = "stablehlo.floor"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.compare"(%58, %234) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %236 = "stablehlo.and"(%233, %235) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %237 = "stablehlo.select"(%236, %1, %232) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.compare"(%arg0, %238) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %240 = "stablehlo.and"(%233, %239) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %241 = "stablehlo.floor"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.compare"(%58, %241) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %243 = "stablehlo.remainder"(%58, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %244 = "stablehlo.compare"(%243, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %245 = "stablehlo.and"(%242, %244) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %246 = "stablehlo.select"(%245, %30, %1) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.select"(%240, %246, %237) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %248 = "stablehlo.compare"(%58, %52) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %249 = "stablehlo.select"(%248, %30, %247) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %250 = "stablehlo.multiply"(%57, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.multiply"(%250, %249) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.compare"(%54, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %253 = "stablehlo.compare"(%arg0, %50) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %254 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.subtract"(%arg0, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.select"(%253, %254, %255) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.add"(%256, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.multiply"(%257, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.divide"(%49, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.subtract"(%29, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.divide"(%49, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.add"(%52, %261) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.add"(%256, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.multiply"(%263, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.divide"(%48, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.subtract"(%260, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.divide"(%48, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.add"(%262, %267) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%256, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.multiply"(%269, %269) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.divide"(%47, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.subtract"(%266, %271) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.divide"(%47, %269) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.add"(%268, %273) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.add"(%256, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.multiply"(%275, %275) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.divide"(%45, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.subtract"(%272, %277) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %279 = "stablehlo.divide"(%45, %275) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.add"(%274, %279) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %281 = "stablehlo.add"(%256, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282 = "stablehlo.multiply"(%281, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %283 = "stablehlo.divide"(%43, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.subtract"(%278, %283) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.divide"(%43, %281) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %286 = "stablehlo.add"(%280, %285) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.add"(%256, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.multiply"(%287, %287) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.divide"(%41, %288) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %290 = "stablehlo.subtract"(%284, %289) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %291 = "stablehlo.divide"(%41, %287) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %292 = "stablehlo.add"(%286, %291) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %293 = "stablehlo.add"(%256, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.multiply"(%293, %293) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %295 = "stablehlo.divide"(%39, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.subtract"(%290, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.divide"(%39, %293) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.add"(%292, %297) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.add"(%256, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.multiply"(%299, %299) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %301 = "stablehlo.divide"(%37, %300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %302 = "stablehlo.subtract"(%296, %301) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %303 = "stablehlo.divide"(%37, %299) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %304 = "stablehlo.add"(%298, %303) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %305 = "stablehlo.add"(%35, %256) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.divide"(%256, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.log_plus_one"(%306) : (tensor<8xf32>) -> tensor<8xf32>
    %308 = "stablehlo.add"(%34, %307) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.divide"(%302, %304) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %310 = "stablehlo.divide"(%38, %305) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.add"(%308, %309) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.subtract"(%311, %310) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %313 = "stablehlo.add"(%arg0, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.floor"(%313) : (tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.abs"(%314) : (tensor<8xf32>) -> tensor<8xf32>
    %316 = "stablehlo.add"(%arg0, %315) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %317 = "stablehlo.multiply"(%32, %316) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.cosine"(%317) : (tensor<8xf32>) -> tensor<8xf32>
    %319 = "stablehlo.sine"(%317) : (tensor<8xf32>) -> tensor<8xf32>
    %320 = "stablehlo.multiply"(%32, %318) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.divide"(%320, %319) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %322 = "stablehlo.subtract"(%312, %321) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %323 = "stablehlo.select"(%253, %322, %312) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %325 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %326 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %327 = "stablehlo.compare"(%arg0, %326) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %328 = "stablehlo.and"(%325, %327) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %329 = "stablehlo.select"(%328, %1, %323) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %330 = "stablehlo.select"(%324, %0, %329) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %331 = "stablehlo.select"(%252, %330, %251) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %332 = "stablehlo.floor"(%54) : (tensor<8xf32>) -> tensor<8xf32>
    %333 = "stablehlo.compare"(%54, %332) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %334 = "stablehlo.compare"(%54, %29) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %335 = "stablehlo.or"(%333, %334) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %336 = "stablehlo.select"(%335, %1, %331) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%336) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
