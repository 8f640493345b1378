"builtin.module"() <{sym_name = "jit_expm"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg45: tensor<3x3xf32>):
    %207 = "func.call"(%arg45) <{callee = @expm}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%207) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "expm", sym_visibility = "private"}> ({
  ^bb0(%arg44: tensor<3x3xf32>):
    %198 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %200:3 = "func.call"(%arg44) <{callee = @_calc_P_Q}> : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>)
    %201 = "stablehlo.compare"(%200#2, %199) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %202 = "stablehlo.convert"(%201) : (tensor<i1>) -> tensor<i32>
    %203 = "stablehlo.case"(%202) ({
      %205 = "func.call"(%200#1, %200#0) <{callee = @solve}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %206 = "func.call"(%205, %200#2) <{callee = @_squaring}> : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%206) : (tensor<3x3xf32>) -> ()
    }, {
      %204 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      "stablehlo.return"(%204) : (tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3x3xf32>
    "func.return"(%203) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>), res_attrs = [{}, {}, {}], sym_name = "_calc_P_Q", sym_visibility = "private"}> ({
  ^bb0(%arg43: tensor<3x3xf32>):
    %87 = "stablehlo.constant"() <{value = dense<0x4B83F7C0> : tensor<f32>}> : () -> tensor<f32>
    %88 = "stablehlo.constant"() <{value = dense<1.995840e+06> : tensor<f32>}> : () -> tensor<f32>
    %89 = "stablehlo.constant"() <{value = dense<2.520000e+04> : tensor<f32>}> : () -> tensor<f32>
    %90 = "stablehlo.constant"() <{value = dense<5.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %91 = "stablehlo.constant"() <{value = dense<8.648640e+06> : tensor<f32>}> : () -> tensor<f32>
    %92 = "stablehlo.constant"() <{value = dense<2.772000e+05> : tensor<f32>}> : () -> tensor<f32>
    %93 = "stablehlo.constant"() <{value = dense<1.512000e+03> : tensor<f32>}> : () -> tensor<f32>
    %94 = "stablehlo.constant"() <{value = dense<3.024000e+04> : tensor<f32>}> : () -> tensor<f32>
    %95 = "stablehlo.constant"() <{value = dense<3.360000e+03> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.constant"() <{value = dense<3.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %97 = "stablehlo.constant"() <{value = dense<1.512000e+04> : tensor<f32>}> : () -> tensor<f32>
    %98 = "stablehlo.constant"() <{value = dense<4.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.constant"() <{value = dense<1.200000e+02> : tensor<f32>}> : () -> tensor<f32>
    %100 = "stablehlo.constant"() <{value = dense<1.200000e+01> : tensor<f32>}> : () -> tensor<f32>
    %101 = "stablehlo.constant"() <{value = dense<6.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %102 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %103 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %104 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %105 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %106 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.constant"() <{value = dense<3.92572474> : tensor<f32>}> : () -> tensor<f32>
    %108 = "stablehlo.constant"() <{value = dense<[4.258730e-01, 1.8801527]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %109 = "func.call"(%arg43) <{callee = @norm}> : (tensor<3x3xf32>) -> tensor<f32>
    %110 = "stablehlo.divide"(%109, %107) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %111 = "stablehlo.log2"(%110) : (tensor<f32>) -> tensor<f32>
    %112 = "stablehlo.floor"(%111) : (tensor<f32>) -> tensor<f32>
    %113 = "stablehlo.maximum"(%106, %112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %114 = "stablehlo.power"(%105, %113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
    %116 = "stablehlo.divide"(%arg43, %115) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %117 = "func.call"(%109, %108) <{callee = @digitize}> : (tensor<f32>, tensor<2xf32>) -> tensor<i32>
    %118 = "stablehlo.clamp"(%104, %117, %103) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %119:2 = "stablehlo.case"(%118) ({
      %180 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %181 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %182 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %183 = "stablehlo.add"(%180, %182) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %184 = "stablehlo.compare"(%183, %181) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %185 = "stablehlo.convert"(%184) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %186 = "stablehlo.dot_general"(%116, %116) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %187 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %188 = "stablehlo.multiply"(%187, %186) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %189 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %190 = "stablehlo.multiply"(%189, %185) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %191 = "stablehlo.add"(%188, %190) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %192 = "stablehlo.dot_general"(%116, %191) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %193 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %194 = "stablehlo.multiply"(%193, %186) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %195 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %196 = "stablehlo.multiply"(%195, %185) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %197 = "stablehlo.add"(%194, %196) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%192, %197) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %155 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %156 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %157 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %158 = "stablehlo.add"(%155, %157) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %159 = "stablehlo.compare"(%158, %156) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %160 = "stablehlo.convert"(%159) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %161 = "stablehlo.dot_general"(%116, %116) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %162 = "stablehlo.dot_general"(%161, %161) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %163 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %164 = "stablehlo.multiply"(%163, %162) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %165 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %166 = "stablehlo.multiply"(%165, %161) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %167 = "stablehlo.add"(%164, %166) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %168 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %169 = "stablehlo.multiply"(%168, %160) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %170 = "stablehlo.add"(%167, %169) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %171 = "stablehlo.dot_general"(%116, %170) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %172 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %173 = "stablehlo.multiply"(%172, %162) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %174 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %175 = "stablehlo.multiply"(%174, %161) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %176 = "stablehlo.add"(%173, %175) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %177 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %178 = "stablehlo.multiply"(%177, %160) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %179 = "stablehlo.add"(%176, %178) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%171, %179) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }, {
      %123 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
      %124 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
      %125 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
      %126 = "stablehlo.add"(%123, %125) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
      %127 = "stablehlo.compare"(%126, %124) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
      %128 = "stablehlo.convert"(%127) : (tensor<3x3xi1>) -> tensor<3x3xf32>
      %129 = "stablehlo.dot_general"(%116, %116) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %130 = "stablehlo.dot_general"(%129, %129) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %131 = "stablehlo.dot_general"(%130, %129) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %132 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %133 = "stablehlo.multiply"(%132, %131) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %134 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %135 = "stablehlo.multiply"(%134, %130) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %136 = "stablehlo.add"(%133, %135) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %137 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %138 = "stablehlo.multiply"(%137, %129) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %139 = "stablehlo.add"(%136, %138) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %140 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %141 = "stablehlo.multiply"(%140, %128) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %142 = "stablehlo.add"(%139, %141) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %143 = "stablehlo.dot_general"(%116, %142) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %144 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %145 = "stablehlo.multiply"(%144, %131) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %146 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %147 = "stablehlo.multiply"(%146, %130) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %148 = "stablehlo.add"(%145, %147) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %149 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %150 = "stablehlo.multiply"(%149, %129) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %151 = "stablehlo.add"(%148, %150) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %152 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<3x3xf32>
      %153 = "stablehlo.multiply"(%152, %128) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      %154 = "stablehlo.add"(%151, %153) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
      "stablehlo.return"(%143, %154) : (tensor<3x3xf32>, tensor<3x3xf32>) -> ()
    }) : (tensor<i32>) -> (tensor<3x3xf32>, tensor<3x3xf32>)
    %120 = "stablehlo.add"(%119#0, %119#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %121 = "stablehlo.negate"(%119#0) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %122 = "stablehlo.add"(%121, %119#1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%120, %122, %113) : (tensor<3x3xf32>, tensor<3x3xf32>, tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<f32>, res_attrs = [{}], sym_name = "norm", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<3x3xf32>):
    %79 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %80 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.abs"(%arg38) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %82 = "stablehlo.reduce"(%81, %80) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %86 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%86) : (tensor<f32>) -> ()
    }) : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
    %83 = "stablehlo.reduce"(%82, %79) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      %85 = "stablehlo.maximum"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%85) : (tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %84 = "stablehlo.maximum"(%80, %83) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%84) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<f32>, tensor<2xf32>) -> tensor<i32>, res_attrs = [{}], sym_name = "digitize", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<f32>, %arg37: tensor<2xf32>):
    %68 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<1xf32>) -> tensor<f32>
    %71 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xf32>) -> tensor<1xf32>
    %72 = "stablehlo.reshape"(%71) : (tensor<1xf32>) -> tensor<f32>
    %73 = "stablehlo.compare"(%70, %72) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %74 = "func.call"(%arg37, %arg36) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %75 = "stablehlo.reverse"(%arg37) <{dimensions = array<i64: 0>}> : (tensor<2xf32>) -> tensor<2xf32>
    %76 = "func.call"(%75, %arg36) <{callee = @searchsorted}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    %77 = "stablehlo.subtract"(%68, %76) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %78 = "func.call"(%73, %74, %77) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%78) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "searchsorted", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<2xf32>, %arg35: tensor<f32>):
    %67 = "func.call"(%arg34, %arg35) <{callee = @_searchsorted_scan_impl}> : (tensor<2xf32>, tensor<f32>) -> tensor<i32>
    "func.return"(%67) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xf32>, tensor<f32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_searchsorted_scan_impl", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<2xf32>, %arg23: tensor<f32>):
    %40 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %41 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %45 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47:5 = "stablehlo.while"(%arg22, %arg23, %46, %44, %45) ({
    ^bb0(%arg29: tensor<2xf32>, %arg30: tensor<f32>, %arg31: tensor<i32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>):
      %66 = "stablehlo.compare"(%arg31, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%66) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg24: tensor<2xf32>, %arg25: tensor<f32>, %arg26: tensor<i32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>):
      %49 = "stablehlo.subtract"(%arg28, %arg27) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %50 = "func.call"(%49, %43) <{callee = @floor_divide}> : (tensor<ui32>, tensor<i32>) -> tensor<ui32>
      %51 = "stablehlo.add"(%arg27, %50) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %52 = "stablehlo.dynamic_slice"(%arg24, %51) <{slice_sizes = array<i64: 1>}> : (tensor<2xf32>, tensor<ui32>) -> tensor<1xf32>
      %53 = "stablehlo.reshape"(%52) : (tensor<1xf32>) -> tensor<f32>
      %54 = "stablehlo.compare"(%arg25, %42) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %55 = "stablehlo.select"(%54, %42, %arg25) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %56 = "stablehlo.compare"(%arg25, %arg25) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %57 = "stablehlo.select"(%56, %41, %55) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %58 = "stablehlo.compare"(%53, %42) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %59 = "stablehlo.select"(%58, %42, %53) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %60 = "stablehlo.compare"(%53, %53) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %61 = "stablehlo.select"(%60, %41, %59) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %62 = "stablehlo.compare"(%57, %61) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %63 = "stablehlo.select"(%62, %arg27, %51) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %64 = "stablehlo.select"(%62, %51, %arg28) : (tensor<i1>, tensor<ui32>, tensor<ui32>) -> tensor<ui32>
      %65 = "stablehlo.add"(%arg26, %40) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg24, %arg25, %65, %63, %64) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> ()
    }) : (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>) -> (tensor<2xf32>, tensor<f32>, tensor<i32>, tensor<ui32>, tensor<ui32>)
    %48 = "stablehlo.convert"(%47#4) : (tensor<ui32>) -> tensor<i32>
    "func.return"(%48) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<ui32>, tensor<i32>) -> tensor<ui32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<ui32>, %arg21: tensor<i32>):
    %38 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<ui32>
    %39 = "stablehlo.divide"(%arg20, %38) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    "func.return"(%39) : (tensor<ui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i1>, %arg18: tensor<i32>, %arg19: tensor<i32>):
    %37 = "stablehlo.select"(%arg17, %arg18, %arg19) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%37) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "solve", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<3x3xf32>, %arg16: tensor<3x3xf32>):
    %33:3 = "stablehlo.custom_call"(%arg15) <{api_version = 2 : i32, call_target_name = "metallib.lu"}> : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<3xi32>, tensor<3xi32>)
    %34 = "stablehlo.transpose"(%arg16) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %35 = "func.call"(%33#0, %33#2, %34) <{callee = @_lu_solve}> : (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %36 = "stablehlo.transpose"(%35) <{permutation = array<i64: 1, 0>}> : (tensor<3x3xf32>) -> tensor<3x3xf32>
    "func.return"(%36) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<3x3xf32>, tensor<3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_lu_solve", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<3x3xf32>, %arg13: tensor<3xi32>, %arg14: tensor<3x3xf32>):
    %14 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<3x3xf32>) -> tensor<3x3x1xf32>
    %17 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %18 = "stablehlo.compare"(%arg13, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %19 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %20 = "stablehlo.add"(%arg13, %19) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %21 = "stablehlo.select"(%18, %20, %arg13) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %23 = "stablehlo.gather"(%16, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 3, 1, 1>}> : (tensor<3x3x1xf32>, tensor<3x1xi32>) -> tensor<3x3x1xf32>
    %24 = "stablehlo.transpose"(%23) <{permutation = array<i64: 1, 2, 0>}> : (tensor<3x3x1xf32>) -> tensor<3x1x3xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %26 = "stablehlo.triangular_solve"(%arg12, %25) <{left_side = true, lower = true, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = true}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<3x1x3xf32>) -> tensor<3x3xf32>
    %29 = "stablehlo.triangular_solve"(%arg12, %28) <{left_side = true, lower = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>, unit_diagonal = false}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
    %30 = "stablehlo.reshape"(%29) : (tensor<3x3xf32>) -> tensor<3x1x3xf32>
    %31 = "stablehlo.transpose"(%30) <{permutation = array<i64: 2, 0, 1>}> : (tensor<3x1x3xf32>) -> tensor<3x3x1xf32>
    %32 = "stablehlo.reshape"(%31) : (tensor<3x3x1xf32>) -> tensor<3x3xf32>
    "func.return"(%32) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>, res_attrs = [{}], sym_name = "_squaring", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<3x3xf32>, %arg3: tensor<f32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xf32>
    %6:4 = "stablehlo.while"(%5, %arg3, %4, %arg2) ({
    ^bb0(%arg8: tensor<16xf32>, %arg9: tensor<f32>, %arg10: tensor<i32>, %arg11: tensor<3x3xf32>):
      %13 = "stablehlo.compare"(%arg10, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%13) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg4: tensor<16xf32>, %arg5: tensor<f32>, %arg6: tensor<i32>, %arg7: tensor<3x3xf32>):
      %7 = "func.call"(%arg4, %arg6) <{callee = @dynamic_index_in_dim}> : (tensor<16xf32>, tensor<i32>) -> tensor<f32>
      %8 = "stablehlo.compare"(%7, %arg5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = "stablehlo.convert"(%8) : (tensor<i1>) -> tensor<i32>
      %10 = "stablehlo.case"(%9) ({
        "stablehlo.return"(%arg7) : (tensor<3x3xf32>) -> ()
      }, {
        %12 = "stablehlo.dot_general"(%arg7, %arg7) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]}> : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
        "stablehlo.return"(%12) : (tensor<3x3xf32>) -> ()
      }) : (tensor<i32>) -> tensor<3x3xf32>
      %11 = "stablehlo.add"(%arg6, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg4, %arg5, %11, %10) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>) -> (tensor<16xf32>, tensor<f32>, tensor<i32>, tensor<3x3xf32>)
    "func.return"(%6#3) : (tensor<3x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xf32>, tensor<i32>) -> tensor<f32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<16xf32>, %arg1: tensor<i32>):
    %0 = "stablehlo.dynamic_slice"(%arg0, %arg1) <{slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<1xf32>) -> tensor<f32>
    "func.return"(%1) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
