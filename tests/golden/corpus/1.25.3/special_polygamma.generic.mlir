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
    %148 = "stablehlo.subtract"(%58, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %149 = "stablehlo.negate"(%148) : (tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.power"(%146, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %151 = "stablehlo.divide"(%150, %148) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.multiply"(%146, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.divide"(%52, %152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.add"(%58, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.add"(%58, %27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.multiply"(%154, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.add"(%29, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.multiply"(%153, %157) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %159 = "stablehlo.multiply"(%156, %158) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.add"(%58, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.add"(%58, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.multiply"(%160, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.add"(%159, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.multiply"(%153, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.multiply"(%162, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.add"(%58, %22) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %167 = "stablehlo.add"(%58, %21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.multiply"(%166, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.add"(%165, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.multiply"(%153, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.multiply"(%168, %170) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.add"(%58, %19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.add"(%58, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.multiply"(%172, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.add"(%171, %17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.multiply"(%153, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.multiply"(%174, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %178 = "stablehlo.add"(%58, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %179 = "stablehlo.add"(%58, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.multiply"(%178, %179) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.add"(%177, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.multiply"(%153, %181) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %183 = "stablehlo.multiply"(%180, %182) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.add"(%58, %13) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.add"(%58, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.multiply"(%184, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.add"(%183, %11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.multiply"(%153, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.multiply"(%186, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.add"(%58, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %191 = "stablehlo.add"(%58, %9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.multiply"(%190, %191) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.add"(%189, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.multiply"(%153, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.multiply"(%192, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.add"(%58, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.add"(%58, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.multiply"(%196, %197) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.add"(%195, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %200 = "stablehlo.multiply"(%153, %199) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %201 = "stablehlo.multiply"(%198, %200) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.add"(%58, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %203 = "stablehlo.add"(%58, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %204 = "stablehlo.multiply"(%202, %203) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.add"(%201, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %206 = "stablehlo.multiply"(%153, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.multiply"(%204, %206) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.add"(%58, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %209 = "stablehlo.add"(%58, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %210 = "stablehlo.multiply"(%208, %209) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.add"(%207, %5) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.multiply"(%153, %211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.multiply"(%210, %212) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.add"(%58, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.add"(%58, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.multiply"(%214, %215) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.add"(%213, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.multiply"(%153, %217) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.multiply"(%216, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.divide"(%58, %146) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %221 = "stablehlo.add"(%3, %219) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.multiply"(%220, %221) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.add"(%50, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.multiply"(%147, %223) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.add"(%145, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.add"(%225, %224) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.abs"(%147) : (tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.abs"(%145) : (tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.multiply"(%228, %2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.compare"(%227, %229) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %231 = "stablehlo.select"(%230, %145, %226) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.compare"(%58, %52) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %233 = "stablehlo.select"(%232, %1, %231) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %235 = "stablehlo.floor"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.compare"(%58, %235) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %237 = "stablehlo.and"(%234, %236) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %238 = "stablehlo.select"(%237, %1, %233) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.compare"(%arg0, %239) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %241 = "stablehlo.and"(%234, %240) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %242 = "stablehlo.floor"(%58) : (tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.compare"(%58, %242) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %244 = "stablehlo.remainder"(%58, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %245 = "stablehlo.compare"(%244, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %246 = "stablehlo.and"(%243, %245) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %247 = "stablehlo.select"(%246, %30, %1) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %248 = "stablehlo.select"(%241, %247, %238) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.compare"(%58, %52) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %250 = "stablehlo.select"(%249, %30, %248) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %251 = "stablehlo.multiply"(%57, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %252 = "stablehlo.multiply"(%251, %250) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %253 = "stablehlo.compare"(%54, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %254 = "stablehlo.compare"(%arg0, %50) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %255 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.subtract"(%arg0, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.select"(%254, %255, %256) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %258 = "stablehlo.add"(%257, %52) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.multiply"(%258, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.divide"(%49, %259) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.subtract"(%29, %260) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.divide"(%49, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.add"(%52, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.add"(%257, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.multiply"(%264, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %266 = "stablehlo.divide"(%48, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.subtract"(%261, %266) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.divide"(%48, %264) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %269 = "stablehlo.add"(%263, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.add"(%257, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.multiply"(%270, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.divide"(%47, %271) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.subtract"(%267, %272) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.divide"(%47, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.add"(%269, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.add"(%257, %44) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.multiply"(%276, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.divide"(%45, %277) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %279 = "stablehlo.subtract"(%273, %278) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.divide"(%45, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %281 = "stablehlo.add"(%275, %280) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282 = "stablehlo.add"(%257, %42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %283 = "stablehlo.multiply"(%282, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.divide"(%43, %283) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.subtract"(%279, %284) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %286 = "stablehlo.divide"(%43, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.add"(%281, %286) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.add"(%257, %40) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.multiply"(%288, %288) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %290 = "stablehlo.divide"(%41, %289) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %291 = "stablehlo.subtract"(%285, %290) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %292 = "stablehlo.divide"(%41, %288) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %293 = "stablehlo.add"(%287, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.add"(%257, %38) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %295 = "stablehlo.multiply"(%294, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.divide"(%39, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.subtract"(%291, %296) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.divide"(%39, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.add"(%293, %298) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.add"(%257, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %301 = "stablehlo.multiply"(%300, %300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %302 = "stablehlo.divide"(%37, %301) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %303 = "stablehlo.subtract"(%297, %302) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %304 = "stablehlo.divide"(%37, %300) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %305 = "stablehlo.add"(%299, %304) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %306 = "stablehlo.add"(%35, %257) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.divide"(%257, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %308 = "stablehlo.log_plus_one"(%307) : (tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.add"(%34, %308) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %310 = "stablehlo.divide"(%303, %305) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.divide"(%38, %306) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.add"(%309, %310) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %313 = "stablehlo.subtract"(%312, %311) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.add"(%arg0, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %315 = "stablehlo.floor"(%314) : (tensor<8xf32>) -> tensor<8xf32>
    %316 = "stablehlo.abs"(%315) : (tensor<8xf32>) -> tensor<8xf32>
    %317 = "stablehlo.add"(%arg0, %316) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.multiply"(%32, %317) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %319 = "stablehlo.cosine"(%318) : (tensor<8xf32>) -> tensor<8xf32>
    %320 = "stablehlo.sine"(%318) : (tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.multiply"(%32, %319) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %322 = "stablehlo.divide"(%321, %320) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %323 = "stablehlo.subtract"(%313, %322) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.select"(%254, %323, %313) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %325 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %326 = "stablehlo.compare"(%arg0, %29) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %327 = "stablehlo.floor"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %328 = "stablehlo.compare"(%arg0, %327) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %329 = "stablehlo.and"(%326, %328) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %330 = "stablehlo.select"(%329, %1, %324) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %331 = "stablehlo.select"(%325, %0, %330) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %332 = "stablehlo.select"(%253, %331, %252) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %333 = "stablehlo.floor"(%54) : (tensor<8xf32>) -> tensor<8xf32>
    %334 = "stablehlo.compare"(%54, %333) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %335 = "stablehlo.compare"(%54, %29) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %336 = "stablehlo.or"(%334, %335) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %337 = "stablehlo.select"(%336, %1, %332) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%337) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
