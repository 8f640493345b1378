"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<8xui32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<i32>):
    %192 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %193 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %194 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %195 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %196 = "stablehlo.shift_right_logical"(%arg4, %195) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %197 = "stablehlo.convert"(%196) : (tensor<i32>) -> tensor<ui32>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %199 = "stablehlo.and"(%arg4, %194) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %200 = "stablehlo.convert"(%199) : (tensor<i32>) -> tensor<ui32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %202 = "stablehlo.concatenate"(%198, %201) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %203 = "stablehlo.slice"(%202) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %204 = "stablehlo.reshape"(%203) : (tensor<1xui32>) -> tensor<ui32>
    %205 = "stablehlo.slice"(%202) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %206 = "stablehlo.reshape"(%205) : (tensor<1xui32>) -> tensor<ui32>
    %207 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8xui64>
    %208 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<8xui64>
    %209 = "stablehlo.multiply"(%208, %207) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %210 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<8xui64>
    %211 = "stablehlo.shift_right_logical"(%209, %210) : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xui64>
    %212 = "stablehlo.convert"(%209) : (tensor<8xui64>) -> tensor<8xui32>
    %213 = "stablehlo.convert"(%211) : (tensor<8xui64>) -> tensor<8xui32>
    %214:2 = "func.call"(%204, %206, %213, %212) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<8xui32>, tensor<8xui32>) -> (tensor<8xui32>, tensor<8xui32>)
    %215 = "stablehlo.xor"(%214#0, %214#1) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    "func.return"(%215) : (tensor<8xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<8xui32>, tensor<8xui32>) -> (tensor<8xui32>, tensor<8xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<ui32>, %arg1: tensor<ui32>, %arg2: tensor<8xui32>, %arg3: tensor<8xui32>):
    %0 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %1 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %4 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %6 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %7 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %8 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %9 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %10 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %11 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %12 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %13 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %14 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %16 = "stablehlo.xor"(%arg0, %arg1) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %17 = "stablehlo.xor"(%16, %15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %18 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %19 = "stablehlo.add"(%arg2, %18) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %20 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %21 = "stablehlo.add"(%arg3, %20) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %22 = "stablehlo.add"(%19, %21) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %23 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %24 = "stablehlo.shift_left"(%21, %23) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %25 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %26 = "stablehlo.shift_right_logical"(%21, %25) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %27 = "stablehlo.or"(%24, %26) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %28 = "stablehlo.xor"(%22, %27) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %29 = "stablehlo.add"(%22, %28) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %30 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %31 = "stablehlo.shift_left"(%28, %30) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %32 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %33 = "stablehlo.shift_right_logical"(%28, %32) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %34 = "stablehlo.or"(%31, %33) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %35 = "stablehlo.xor"(%29, %34) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %36 = "stablehlo.add"(%29, %35) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %37 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %38 = "stablehlo.shift_left"(%35, %37) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %39 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %40 = "stablehlo.shift_right_logical"(%35, %39) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %41 = "stablehlo.or"(%38, %40) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %42 = "stablehlo.xor"(%36, %41) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %43 = "stablehlo.add"(%36, %42) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %44 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %45 = "stablehlo.shift_left"(%42, %44) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %46 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %47 = "stablehlo.shift_right_logical"(%42, %46) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %48 = "stablehlo.or"(%45, %47) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %49 = "stablehlo.xor"(%43, %48) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %51 = "stablehlo.add"(%43, %50) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %52 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %54 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %56 = "stablehlo.add"(%51, %55) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %57 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %59 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %64 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %66 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %71 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %73 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %77 = "stablehlo.add"(%70, %76) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %78 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %79 = "stablehlo.shift_left"(%76, %78) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %80 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %81 = "stablehlo.shift_right_logical"(%76, %80) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %82 = "stablehlo.or"(%79, %81) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %83 = "stablehlo.xor"(%77, %82) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %84 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %85 = "stablehlo.add"(%77, %84) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %86 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %88 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %90 = "stablehlo.add"(%85, %89) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %91 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %92 = "stablehlo.shift_left"(%89, %91) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %93 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %94 = "stablehlo.shift_right_logical"(%89, %93) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %95 = "stablehlo.or"(%92, %94) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %96 = "stablehlo.xor"(%90, %95) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %98 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %99 = "stablehlo.shift_left"(%96, %98) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %100 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %101 = "stablehlo.shift_right_logical"(%96, %100) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %102 = "stablehlo.or"(%99, %101) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %103 = "stablehlo.xor"(%97, %102) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %105 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %106 = "stablehlo.shift_left"(%103, %105) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %107 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %108 = "stablehlo.shift_right_logical"(%103, %107) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %110 = "stablehlo.xor"(%104, %109) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %112 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %113 = "stablehlo.shift_left"(%110, %112) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %114 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %115 = "stablehlo.shift_right_logical"(%110, %114) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %117 = "stablehlo.xor"(%111, %116) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %118 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %119 = "stablehlo.add"(%111, %118) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %120 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %121 = "stablehlo.add"(%117, %120) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %122 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %123 = "stablehlo.add"(%121, %122) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %124 = "stablehlo.add"(%119, %123) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %125 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %126 = "stablehlo.shift_left"(%123, %125) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %127 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %128 = "stablehlo.shift_right_logical"(%123, %127) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %129 = "stablehlo.or"(%126, %128) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %130 = "stablehlo.xor"(%124, %129) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %131 = "stablehlo.add"(%124, %130) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %132 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %133 = "stablehlo.shift_left"(%130, %132) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %134 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %135 = "stablehlo.shift_right_logical"(%130, %134) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %136 = "stablehlo.or"(%133, %135) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %137 = "stablehlo.xor"(%131, %136) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %138 = "stablehlo.add"(%131, %137) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %139 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %140 = "stablehlo.shift_left"(%137, %139) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %141 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %142 = "stablehlo.shift_right_logical"(%137, %141) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %143 = "stablehlo.or"(%140, %142) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %144 = "stablehlo.xor"(%138, %143) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %145 = "stablehlo.add"(%138, %144) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %146 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %148 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %152 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %153 = "stablehlo.add"(%145, %152) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %154 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %155 = "stablehlo.add"(%151, %154) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %156 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %157 = "stablehlo.add"(%155, %156) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %159 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %160 = "stablehlo.shift_left"(%157, %159) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %161 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %162 = "stablehlo.shift_right_logical"(%157, %161) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %163 = "stablehlo.or"(%160, %162) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %164 = "stablehlo.xor"(%158, %163) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %166 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %167 = "stablehlo.shift_left"(%164, %166) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %168 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %169 = "stablehlo.shift_right_logical"(%164, %168) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %170 = "stablehlo.or"(%167, %169) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %171 = "stablehlo.xor"(%165, %170) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %172 = "stablehlo.add"(%165, %171) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %173 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %174 = "stablehlo.shift_left"(%171, %173) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %175 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %176 = "stablehlo.shift_right_logical"(%171, %175) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %177 = "stablehlo.or"(%174, %176) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %178 = "stablehlo.xor"(%172, %177) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %179 = "stablehlo.add"(%172, %178) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %180 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %181 = "stablehlo.shift_left"(%178, %180) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %182 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %183 = "stablehlo.shift_right_logical"(%178, %182) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %184 = "stablehlo.or"(%181, %183) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %185 = "stablehlo.xor"(%179, %184) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %186 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %187 = "stablehlo.add"(%179, %186) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %188 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %189 = "stablehlo.add"(%185, %188) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    %190 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<8xui32>
    %191 = "stablehlo.add"(%189, %190) : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
    "func.return"(%187, %191) : (tensor<8xui32>, tensor<8xui32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
