"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<i32>) -> tensor<4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg53: tensor<i32>):
    %1125 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1126 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %1127 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %1128 = "stablehlo.shift_right_logical"(%arg53, %1127) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1129 = "stablehlo.convert"(%1128) : (tensor<i32>) -> tensor<ui32>
    %1130 = "stablehlo.broadcast_in_dim"(%1129) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1131 = "stablehlo.and"(%arg53, %1126) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1132 = "stablehlo.convert"(%1131) : (tensor<i32>) -> tensor<ui32>
    %1133 = "stablehlo.broadcast_in_dim"(%1132) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1134 = "stablehlo.concatenate"(%1130, %1133) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %1135 = "func.call"(%1134, %1125) <{callee = @_gamma}> : (tensor<2xui32>, tensor<f32>) -> tensor<4xf32>
    "func.return"(%1135) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_gamma", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<2xui32>, %arg28: tensor<f32>):
    %1004 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1006 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1007 = "stablehlo.constant"() <{value = dense<3.310000e-02> : tensor<f32>}> : () -> tensor<f32>
    %1008 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1009 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1010 = "stablehlo.constant"() <{value = dense<0.333333343> : tensor<f32>}> : () -> tensor<f32>
    %1011 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1012 = "stablehlo.convert"(%arg28) : (tensor<f32>) -> tensor<f32>
    %1013 = "stablehlo.broadcast_in_dim"(%1012) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1014 = "stablehlo.reshape"(%arg27) : (tensor<2xui32>) -> tensor<1x2xui32>
    %1015 = "func.call"(%1014) <{callee = @_threefry_split}> : (tensor<1x2xui32>) -> tensor<1x4x2xui32>
    %1016 = "stablehlo.reshape"(%1015) : (tensor<1x4x2xui32>) -> tensor<4x2xui32>
    %1017 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1018 = "stablehlo.compare"(%1013, %1017) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %1019 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1020 = "stablehlo.add"(%1013, %1019) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1021 = "stablehlo.select"(%1018, %1013, %1020) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1022 = "stablehlo.broadcast_in_dim"(%1010) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1023 = "stablehlo.subtract"(%1021, %1022) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1024 = "stablehlo.sqrt"(%1023) : (tensor<4xf32>) -> tensor<4xf32>
    %1025 = "stablehlo.broadcast_in_dim"(%1010) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1026 = "stablehlo.divide"(%1025, %1024) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1027 = "func.call"(%1016) <{callee = @_threefry_split_0}> : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
    %1028 = "stablehlo.slice"(%1027) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %1029 = "stablehlo.reshape"(%1028) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %1030 = "stablehlo.slice"(%1027) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %1031 = "stablehlo.reshape"(%1030) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %1032 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%1008) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1035:6 = "stablehlo.while"(%1023, %1026, %1029, %1032, %1033, %1034) ({
    ^bb0(%arg45: tensor<4xf32>, %arg46: tensor<4xf32>, %arg47: tensor<4x2xui32>, %arg48: tensor<4xf32>, %arg49: tensor<4xf32>, %arg50: tensor<4xf32>):
      %1106 = "stablehlo.multiply"(%arg48, %arg48) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1107 = "stablehlo.broadcast_in_dim"(%1007) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1108 = "stablehlo.multiply"(%1107, %1106) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1109 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1110 = "stablehlo.subtract"(%1109, %1108) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1111 = "stablehlo.compare"(%arg50, %1110) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1112 = "stablehlo.log"(%arg50) : (tensor<4xf32>) -> tensor<4xf32>
      %1113 = "stablehlo.broadcast_in_dim"(%1006) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1114 = "stablehlo.multiply"(%arg48, %1113) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1115 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1116 = "stablehlo.subtract"(%1115, %arg49) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1117 = "stablehlo.log"(%arg49) : (tensor<4xf32>) -> tensor<4xf32>
      %1118 = "stablehlo.add"(%1116, %1117) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1119 = "stablehlo.multiply"(%arg45, %1118) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1120 = "stablehlo.add"(%1114, %1119) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1121 = "stablehlo.compare"(%1112, %1120) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1122 = "stablehlo.and"(%1111, %1121) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %1123 = "stablehlo.reduce"(%1122, %1005) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg51: tensor<i1>, %arg52: tensor<i1>):
        %1124 = "stablehlo.or"(%arg51, %arg52) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1124) : (tensor<i1>) -> ()
      }) : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1123) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg29: tensor<4xf32>, %arg30: tensor<4xf32>, %arg31: tensor<4x2xui32>, %arg32: tensor<4xf32>, %arg33: tensor<4xf32>, %arg34: tensor<4xf32>):
      %1046 = "func.call"(%arg31) <{callee = @_threefry_split_2}> : (tensor<4x2xui32>) -> tensor<4x3x2xui32>
      %1047 = "stablehlo.slice"(%1046) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %1048 = "stablehlo.reshape"(%1047) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %1049 = "stablehlo.slice"(%1046) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %1050 = "stablehlo.reshape"(%1049) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %1051 = "stablehlo.slice"(%1046) <{limit_indices = array<i64: 4, 3, 2>, start_indices = array<i64: 0, 2, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %1052 = "stablehlo.reshape"(%1051) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %1053 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1054 = "stablehlo.broadcast_in_dim"(%1004) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1055:4 = "stablehlo.while"(%arg30, %1050, %1053, %1054) ({
      ^bb0(%arg39: tensor<4xf32>, %arg40: tensor<4x2xui32>, %arg41: tensor<4xf32>, %arg42: tensor<4xf32>):
        %1102 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1103 = "stablehlo.compare"(%arg42, %1102) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %1104 = "stablehlo.reduce"(%1103, %1005) <{dimensions = array<i64: 0>}> ({
        ^bb0(%arg43: tensor<i1>, %arg44: tensor<i1>):
          %1105 = "stablehlo.or"(%arg43, %arg44) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1105) : (tensor<i1>) -> ()
        }) : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1104) : (tensor<i1>) -> ()
      }, {
      ^bb0(%arg35: tensor<4xf32>, %arg36: tensor<4x2xui32>, %arg37: tensor<4xf32>, %arg38: tensor<4xf32>):
        %1085 = "func.call"(%arg36) <{callee = @_threefry_split_0}> : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
        %1086 = "stablehlo.slice"(%1085) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %1087 = "stablehlo.reshape"(%1086) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %1088 = "stablehlo.slice"(%1085) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %1089 = "stablehlo.reshape"(%1088) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %1090 = "func.call"(%1089) <{callee = @_normal}> : (tensor<4x2xui32>) -> tensor<4xf32>
        %1091 = "stablehlo.multiply"(%1090, %arg35) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1092 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1093 = "stablehlo.add"(%1092, %1091) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1094 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1095 = "stablehlo.compare"(%arg38, %1094) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %1096 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4x2xi1>
        %1097 = "stablehlo.select"(%1096, %1087, %arg36) : (tensor<4x2xi1>, tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
        %1098 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
        %1099 = "stablehlo.select"(%1098, %1090, %arg37) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1100 = "stablehlo.broadcast_in_dim"(%1095) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
        %1101 = "stablehlo.select"(%1100, %1093, %arg38) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        "stablehlo.return"(%arg35, %1097, %1099, %1101) : (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>) -> ()
      }) : (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>)
      %1056 = "stablehlo.multiply"(%1055#2, %1055#2) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1057 = "stablehlo.multiply"(%1055#3, %1055#3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1058 = "stablehlo.multiply"(%1057, %1055#3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1059 = "func.call"(%1052, %1009, %1011) <{callee = @_uniform_5}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
      %1060 = "stablehlo.multiply"(%arg32, %arg32) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1061 = "stablehlo.broadcast_in_dim"(%1007) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1062 = "stablehlo.multiply"(%1061, %1060) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1063 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1064 = "stablehlo.subtract"(%1063, %1062) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1065 = "stablehlo.compare"(%arg34, %1064) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1066 = "stablehlo.log"(%arg34) : (tensor<4xf32>) -> tensor<4xf32>
      %1067 = "stablehlo.broadcast_in_dim"(%1006) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1068 = "stablehlo.multiply"(%arg32, %1067) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1069 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1070 = "stablehlo.subtract"(%1069, %arg33) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1071 = "stablehlo.log"(%arg33) : (tensor<4xf32>) -> tensor<4xf32>
      %1072 = "stablehlo.add"(%1070, %1071) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1073 = "stablehlo.multiply"(%arg29, %1072) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1074 = "stablehlo.add"(%1068, %1073) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1075 = "stablehlo.compare"(%1066, %1074) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1076 = "stablehlo.and"(%1065, %1075) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4x2xi1>
      %1078 = "stablehlo.select"(%1077, %1048, %arg31) : (tensor<4x2xi1>, tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
      %1079 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1080 = "stablehlo.select"(%1079, %1056, %arg32) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1081 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1082 = "stablehlo.select"(%1081, %1058, %arg33) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1083 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1084 = "stablehlo.select"(%1083, %1059, %arg34) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      "stablehlo.return"(%arg29, %arg30, %1078, %1080, %1082, %1084) : (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
    %1036 = "func.call"(%1031, %1009, %1011) <{callee = @_uniform_5}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %1037 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1038 = "stablehlo.subtract"(%1037, %1036) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1039 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1040 = "stablehlo.divide"(%1039, %1013) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1041 = "stablehlo.power"(%1038, %1040) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1042 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %1043 = "stablehlo.select"(%1018, %1042, %1041) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1044 = "stablehlo.multiply"(%1023, %1035#4) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %1045 = "stablehlo.multiply"(%1044, %1043) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%1045) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<1x2xui32>) -> tensor<1x4x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<1x2xui32>):
    %983 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %984 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %985 = "stablehlo.slice"(%arg26) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %986 = "stablehlo.reshape"(%985) : (tensor<1x1xui32>) -> tensor<1xui32>
    %987 = "stablehlo.slice"(%arg26) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %988 = "stablehlo.reshape"(%987) : (tensor<1x1xui32>) -> tensor<1xui32>
    %989 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %990 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %991 = "stablehlo.multiply"(%990, %989) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %992 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %993 = "stablehlo.shift_right_logical"(%991, %992) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %994 = "stablehlo.convert"(%991) : (tensor<4xui64>) -> tensor<4xui32>
    %995 = "stablehlo.convert"(%993) : (tensor<4xui64>) -> tensor<4xui32>
    %996 = "stablehlo.broadcast_in_dim"(%995) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1x4xui32>
    %997 = "stablehlo.broadcast_in_dim"(%994) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1x4xui32>
    %998 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<1x1xui32>
    %999 = "stablehlo.broadcast_in_dim"(%988) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<1x1xui32>
    %1000:2 = "func.call"(%998, %999, %996, %997) <{callee = @threefry2x32}> : (tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x4xui32>, tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>)
    %1001 = "stablehlo.broadcast_in_dim"(%1000#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %1002 = "stablehlo.broadcast_in_dim"(%1000#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %1003 = "stablehlo.concatenate"(%1001, %1002) <{dimension = 2 : i64}> : (tensor<1x4x1xui32>, tensor<1x4x1xui32>) -> tensor<1x4x2xui32>
    "func.return"(%1003) : (tensor<1x4x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x4xui32>, tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<1x1xui32>, %arg23: tensor<1x1xui32>, %arg24: tensor<1x4xui32>, %arg25: tensor<1x4xui32>):
    %790 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %791 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %792 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %793 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %794 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %795 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %796 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %797 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %798 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %799 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %800 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %801 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %802 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %803 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %804 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %805 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %806 = "stablehlo.xor"(%arg22, %arg23) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %807 = "stablehlo.broadcast_in_dim"(%805) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x1xui32>
    %808 = "stablehlo.xor"(%806, %807) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %809 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %810 = "stablehlo.add"(%arg24, %809) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %811 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %812 = "stablehlo.add"(%arg25, %811) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %813 = "stablehlo.add"(%810, %812) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %814 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %815 = "stablehlo.shift_left"(%812, %814) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %816 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %817 = "stablehlo.shift_right_logical"(%812, %816) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %818 = "stablehlo.or"(%815, %817) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %819 = "stablehlo.xor"(%813, %818) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %820 = "stablehlo.add"(%813, %819) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %821 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %822 = "stablehlo.shift_left"(%819, %821) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %823 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %824 = "stablehlo.shift_right_logical"(%819, %823) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %825 = "stablehlo.or"(%822, %824) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %826 = "stablehlo.xor"(%820, %825) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %827 = "stablehlo.add"(%820, %826) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %828 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %829 = "stablehlo.shift_left"(%826, %828) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %830 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %831 = "stablehlo.shift_right_logical"(%826, %830) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %832 = "stablehlo.or"(%829, %831) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %833 = "stablehlo.xor"(%827, %832) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %834 = "stablehlo.add"(%827, %833) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %835 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %836 = "stablehlo.shift_left"(%833, %835) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %837 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %838 = "stablehlo.shift_right_logical"(%833, %837) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %839 = "stablehlo.or"(%836, %838) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %840 = "stablehlo.xor"(%834, %839) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %841 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %842 = "stablehlo.add"(%834, %841) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %843 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %844 = "stablehlo.add"(%840, %843) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %845 = "stablehlo.broadcast_in_dim"(%798) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %846 = "stablehlo.add"(%844, %845) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %847 = "stablehlo.add"(%842, %846) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %848 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %849 = "stablehlo.shift_left"(%846, %848) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %850 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %851 = "stablehlo.shift_right_logical"(%846, %850) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %852 = "stablehlo.or"(%849, %851) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %853 = "stablehlo.xor"(%847, %852) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %854 = "stablehlo.add"(%847, %853) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %855 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %856 = "stablehlo.shift_left"(%853, %855) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %857 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %858 = "stablehlo.shift_right_logical"(%853, %857) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %859 = "stablehlo.or"(%856, %858) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %860 = "stablehlo.xor"(%854, %859) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %861 = "stablehlo.add"(%854, %860) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %862 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %863 = "stablehlo.shift_left"(%860, %862) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %864 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %865 = "stablehlo.shift_right_logical"(%860, %864) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %866 = "stablehlo.or"(%863, %865) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %867 = "stablehlo.xor"(%861, %866) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %868 = "stablehlo.add"(%861, %867) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %869 = "stablehlo.broadcast_in_dim"(%794) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %870 = "stablehlo.shift_left"(%867, %869) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %871 = "stablehlo.broadcast_in_dim"(%793) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %872 = "stablehlo.shift_right_logical"(%867, %871) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %873 = "stablehlo.or"(%870, %872) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %874 = "stablehlo.xor"(%868, %873) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %875 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %876 = "stablehlo.add"(%868, %875) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %877 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %878 = "stablehlo.add"(%874, %877) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %879 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %880 = "stablehlo.add"(%878, %879) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %881 = "stablehlo.add"(%876, %880) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %882 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %883 = "stablehlo.shift_left"(%880, %882) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %884 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %885 = "stablehlo.shift_right_logical"(%880, %884) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %886 = "stablehlo.or"(%883, %885) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %887 = "stablehlo.xor"(%881, %886) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %888 = "stablehlo.add"(%881, %887) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %889 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %890 = "stablehlo.shift_left"(%887, %889) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %891 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %892 = "stablehlo.shift_right_logical"(%887, %891) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %893 = "stablehlo.or"(%890, %892) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %894 = "stablehlo.xor"(%888, %893) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %895 = "stablehlo.add"(%888, %894) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %896 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %897 = "stablehlo.shift_left"(%894, %896) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %898 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %899 = "stablehlo.shift_right_logical"(%894, %898) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %900 = "stablehlo.or"(%897, %899) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %901 = "stablehlo.xor"(%895, %900) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %902 = "stablehlo.add"(%895, %901) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %903 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %904 = "stablehlo.shift_left"(%901, %903) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %905 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %906 = "stablehlo.shift_right_logical"(%901, %905) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %907 = "stablehlo.or"(%904, %906) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %908 = "stablehlo.xor"(%902, %907) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %909 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %910 = "stablehlo.add"(%902, %909) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %911 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %912 = "stablehlo.add"(%908, %911) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %913 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %914 = "stablehlo.add"(%912, %913) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %915 = "stablehlo.add"(%910, %914) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %916 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %917 = "stablehlo.shift_left"(%914, %916) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %918 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %919 = "stablehlo.shift_right_logical"(%914, %918) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %920 = "stablehlo.or"(%917, %919) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %921 = "stablehlo.xor"(%915, %920) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %922 = "stablehlo.add"(%915, %921) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %923 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %924 = "stablehlo.shift_left"(%921, %923) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %925 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %926 = "stablehlo.shift_right_logical"(%921, %925) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %927 = "stablehlo.or"(%924, %926) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %928 = "stablehlo.xor"(%922, %927) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %929 = "stablehlo.add"(%922, %928) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %930 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %931 = "stablehlo.shift_left"(%928, %930) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %932 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %933 = "stablehlo.shift_right_logical"(%928, %932) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %934 = "stablehlo.or"(%931, %933) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %935 = "stablehlo.xor"(%929, %934) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %936 = "stablehlo.add"(%929, %935) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %937 = "stablehlo.broadcast_in_dim"(%794) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %938 = "stablehlo.shift_left"(%935, %937) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %939 = "stablehlo.broadcast_in_dim"(%793) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %940 = "stablehlo.shift_right_logical"(%935, %939) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %941 = "stablehlo.or"(%938, %940) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %942 = "stablehlo.xor"(%936, %941) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %943 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %944 = "stablehlo.add"(%936, %943) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %945 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %946 = "stablehlo.add"(%942, %945) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %947 = "stablehlo.broadcast_in_dim"(%791) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %948 = "stablehlo.add"(%946, %947) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %949 = "stablehlo.add"(%944, %948) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %950 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %951 = "stablehlo.shift_left"(%948, %950) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %952 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %953 = "stablehlo.shift_right_logical"(%948, %952) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %954 = "stablehlo.or"(%951, %953) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %955 = "stablehlo.xor"(%949, %954) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %956 = "stablehlo.add"(%949, %955) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %957 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %958 = "stablehlo.shift_left"(%955, %957) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %959 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %960 = "stablehlo.shift_right_logical"(%955, %959) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %961 = "stablehlo.or"(%958, %960) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %962 = "stablehlo.xor"(%956, %961) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %963 = "stablehlo.add"(%956, %962) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %964 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %965 = "stablehlo.shift_left"(%962, %964) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %966 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %967 = "stablehlo.shift_right_logical"(%962, %966) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %968 = "stablehlo.or"(%965, %967) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %969 = "stablehlo.xor"(%963, %968) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %970 = "stablehlo.add"(%963, %969) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %971 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %972 = "stablehlo.shift_left"(%969, %971) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %973 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %974 = "stablehlo.shift_right_logical"(%969, %973) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %975 = "stablehlo.or"(%972, %974) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %976 = "stablehlo.xor"(%970, %975) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %977 = "stablehlo.broadcast_in_dim"(%808) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %978 = "stablehlo.add"(%970, %977) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %979 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %980 = "stablehlo.add"(%976, %979) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %981 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %982 = "stablehlo.add"(%980, %981) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    "func.return"(%978, %982) : (tensor<1x4xui32>, tensor<1x4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x2xui32>) -> tensor<4x2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split_0", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<4x2xui32>):
    %769 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %770 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %771 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %772 = "stablehlo.reshape"(%771) : (tensor<4x1xui32>) -> tensor<4xui32>
    %773 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %774 = "stablehlo.reshape"(%773) : (tensor<4x1xui32>) -> tensor<4xui32>
    %775 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %776 = "stablehlo.broadcast_in_dim"(%770) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %777 = "stablehlo.multiply"(%776, %775) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %778 = "stablehlo.broadcast_in_dim"(%769) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %779 = "stablehlo.shift_right_logical"(%777, %778) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %780 = "stablehlo.convert"(%777) : (tensor<2xui64>) -> tensor<2xui32>
    %781 = "stablehlo.convert"(%779) : (tensor<2xui64>) -> tensor<2xui32>
    %782 = "stablehlo.broadcast_in_dim"(%781) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1x2xui32>
    %783 = "stablehlo.broadcast_in_dim"(%780) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1x2xui32>
    %784 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %785 = "stablehlo.broadcast_in_dim"(%774) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %786:2 = "func.call"(%784, %785, %782, %783) <{callee = @threefry2x32_1}> : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>)
    %787 = "stablehlo.broadcast_in_dim"(%786#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %788 = "stablehlo.broadcast_in_dim"(%786#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %789 = "stablehlo.concatenate"(%787, %788) <{dimension = 2 : i64}> : (tensor<4x2x1xui32>, tensor<4x2x1xui32>) -> tensor<4x2x2xui32>
    "func.return"(%789) : (tensor<4x2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>), sym_name = "threefry2x32_1", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<4x1xui32>, %arg18: tensor<4x1xui32>, %arg19: tensor<1x2xui32>, %arg20: tensor<1x2xui32>):
    %574 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %575 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %576 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %577 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %578 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %579 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %580 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %581 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %582 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %583 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %584 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %585 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %586 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %587 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %588 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %589 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %590 = "stablehlo.xor"(%arg17, %arg18) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %591 = "stablehlo.broadcast_in_dim"(%589) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x1xui32>
    %592 = "stablehlo.xor"(%590, %591) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %593 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %594 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %595 = "stablehlo.add"(%593, %594) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %596 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %597 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %598 = "stablehlo.add"(%596, %597) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %599 = "stablehlo.add"(%595, %598) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %600 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %601 = "stablehlo.shift_left"(%598, %600) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %602 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %603 = "stablehlo.shift_right_logical"(%598, %602) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %604 = "stablehlo.or"(%601, %603) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %605 = "stablehlo.xor"(%599, %604) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %606 = "stablehlo.add"(%599, %605) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %607 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %608 = "stablehlo.shift_left"(%605, %607) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %609 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %610 = "stablehlo.shift_right_logical"(%605, %609) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %611 = "stablehlo.or"(%608, %610) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %612 = "stablehlo.xor"(%606, %611) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %613 = "stablehlo.add"(%606, %612) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %614 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %615 = "stablehlo.shift_left"(%612, %614) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %616 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %617 = "stablehlo.shift_right_logical"(%612, %616) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %618 = "stablehlo.or"(%615, %617) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %619 = "stablehlo.xor"(%613, %618) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %620 = "stablehlo.add"(%613, %619) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %621 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %622 = "stablehlo.shift_left"(%619, %621) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %623 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %624 = "stablehlo.shift_right_logical"(%619, %623) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %625 = "stablehlo.or"(%622, %624) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %626 = "stablehlo.xor"(%620, %625) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %627 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %628 = "stablehlo.add"(%620, %627) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %629 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %630 = "stablehlo.add"(%626, %629) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %631 = "stablehlo.broadcast_in_dim"(%582) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %632 = "stablehlo.add"(%630, %631) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %633 = "stablehlo.add"(%628, %632) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %634 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %635 = "stablehlo.shift_left"(%632, %634) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %636 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %637 = "stablehlo.shift_right_logical"(%632, %636) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %638 = "stablehlo.or"(%635, %637) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %639 = "stablehlo.xor"(%633, %638) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %640 = "stablehlo.add"(%633, %639) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %641 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %642 = "stablehlo.shift_left"(%639, %641) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %643 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %644 = "stablehlo.shift_right_logical"(%639, %643) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %645 = "stablehlo.or"(%642, %644) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %646 = "stablehlo.xor"(%640, %645) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %647 = "stablehlo.add"(%640, %646) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %648 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %649 = "stablehlo.shift_left"(%646, %648) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %650 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %651 = "stablehlo.shift_right_logical"(%646, %650) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %652 = "stablehlo.or"(%649, %651) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %653 = "stablehlo.xor"(%647, %652) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %654 = "stablehlo.add"(%647, %653) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %655 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %656 = "stablehlo.shift_left"(%653, %655) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %657 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %658 = "stablehlo.shift_right_logical"(%653, %657) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %659 = "stablehlo.or"(%656, %658) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %660 = "stablehlo.xor"(%654, %659) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %661 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %662 = "stablehlo.add"(%654, %661) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %663 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %664 = "stablehlo.add"(%660, %663) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %665 = "stablehlo.broadcast_in_dim"(%576) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %666 = "stablehlo.add"(%664, %665) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %667 = "stablehlo.add"(%662, %666) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %668 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %669 = "stablehlo.shift_left"(%666, %668) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %670 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %671 = "stablehlo.shift_right_logical"(%666, %670) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %672 = "stablehlo.or"(%669, %671) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %673 = "stablehlo.xor"(%667, %672) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %674 = "stablehlo.add"(%667, %673) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %675 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %676 = "stablehlo.shift_left"(%673, %675) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %677 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %678 = "stablehlo.shift_right_logical"(%673, %677) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %679 = "stablehlo.or"(%676, %678) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %680 = "stablehlo.xor"(%674, %679) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %681 = "stablehlo.add"(%674, %680) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %682 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %683 = "stablehlo.shift_left"(%680, %682) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %684 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %685 = "stablehlo.shift_right_logical"(%680, %684) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %686 = "stablehlo.or"(%683, %685) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %687 = "stablehlo.xor"(%681, %686) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %688 = "stablehlo.add"(%681, %687) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %689 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %690 = "stablehlo.shift_left"(%687, %689) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %691 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %692 = "stablehlo.shift_right_logical"(%687, %691) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %693 = "stablehlo.or"(%690, %692) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %694 = "stablehlo.xor"(%688, %693) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %695 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %696 = "stablehlo.add"(%688, %695) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %697 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %698 = "stablehlo.add"(%694, %697) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %699 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %700 = "stablehlo.add"(%698, %699) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %701 = "stablehlo.add"(%696, %700) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %702 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %703 = "stablehlo.shift_left"(%700, %702) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %704 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %705 = "stablehlo.shift_right_logical"(%700, %704) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %706 = "stablehlo.or"(%703, %705) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %707 = "stablehlo.xor"(%701, %706) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %708 = "stablehlo.add"(%701, %707) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %709 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %710 = "stablehlo.shift_left"(%707, %709) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %711 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %712 = "stablehlo.shift_right_logical"(%707, %711) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %713 = "stablehlo.or"(%710, %712) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %714 = "stablehlo.xor"(%708, %713) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %715 = "stablehlo.add"(%708, %714) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %716 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %717 = "stablehlo.shift_left"(%714, %716) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %718 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %719 = "stablehlo.shift_right_logical"(%714, %718) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %720 = "stablehlo.or"(%717, %719) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %721 = "stablehlo.xor"(%715, %720) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %722 = "stablehlo.add"(%715, %721) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %723 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %724 = "stablehlo.shift_left"(%721, %723) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %725 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %726 = "stablehlo.shift_right_logical"(%721, %725) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %727 = "stablehlo.or"(%724, %726) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %728 = "stablehlo.xor"(%722, %727) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %729 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %730 = "stablehlo.add"(%722, %729) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %731 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %732 = "stablehlo.add"(%728, %731) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %733 = "stablehlo.broadcast_in_dim"(%575) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %734 = "stablehlo.add"(%732, %733) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %735 = "stablehlo.add"(%730, %734) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %736 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %737 = "stablehlo.shift_left"(%734, %736) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %738 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %739 = "stablehlo.shift_right_logical"(%734, %738) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %740 = "stablehlo.or"(%737, %739) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %741 = "stablehlo.xor"(%735, %740) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %742 = "stablehlo.add"(%735, %741) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %743 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %744 = "stablehlo.shift_left"(%741, %743) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %745 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %746 = "stablehlo.shift_right_logical"(%741, %745) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %747 = "stablehlo.or"(%744, %746) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %748 = "stablehlo.xor"(%742, %747) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %749 = "stablehlo.add"(%742, %748) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %750 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %751 = "stablehlo.shift_left"(%748, %750) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %752 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %753 = "stablehlo.shift_right_logical"(%748, %752) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %754 = "stablehlo.or"(%751, %753) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %755 = "stablehlo.xor"(%749, %754) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %756 = "stablehlo.add"(%749, %755) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %757 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %758 = "stablehlo.shift_left"(%755, %757) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %759 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %760 = "stablehlo.shift_right_logical"(%755, %759) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %761 = "stablehlo.or"(%758, %760) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %762 = "stablehlo.xor"(%756, %761) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %763 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %764 = "stablehlo.add"(%756, %763) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %765 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %766 = "stablehlo.add"(%762, %765) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %767 = "stablehlo.broadcast_in_dim"(%574) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %768 = "stablehlo.add"(%766, %767) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    "func.return"(%764, %768) : (tensor<4x2xui32>, tensor<4x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x2xui32>) -> tensor<4x3x2xui32>, res_attrs = [{}], sym_name = "_threefry_split_2", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<4x2xui32>):
    %553 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %554 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %555 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %556 = "stablehlo.reshape"(%555) : (tensor<4x1xui32>) -> tensor<4xui32>
    %557 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %558 = "stablehlo.reshape"(%557) : (tensor<4x1xui32>) -> tensor<4xui32>
    %559 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %560 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %561 = "stablehlo.multiply"(%560, %559) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %562 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %563 = "stablehlo.shift_right_logical"(%561, %562) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %564 = "stablehlo.convert"(%561) : (tensor<3xui64>) -> tensor<3xui32>
    %565 = "stablehlo.convert"(%563) : (tensor<3xui64>) -> tensor<3xui32>
    %566 = "stablehlo.broadcast_in_dim"(%565) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xui32>) -> tensor<1x3xui32>
    %567 = "stablehlo.broadcast_in_dim"(%564) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xui32>) -> tensor<1x3xui32>
    %568 = "stablehlo.broadcast_in_dim"(%556) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %569 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %570:2 = "func.call"(%568, %569, %566, %567) <{callee = @threefry2x32_3}> : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>)
    %571 = "stablehlo.broadcast_in_dim"(%570#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %572 = "stablehlo.broadcast_in_dim"(%570#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %573 = "stablehlo.concatenate"(%571, %572) <{dimension = 2 : i64}> : (tensor<4x3x1xui32>, tensor<4x3x1xui32>) -> tensor<4x3x2xui32>
    "func.return"(%573) : (tensor<4x3x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>), sym_name = "threefry2x32_3", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<4x1xui32>, %arg13: tensor<4x1xui32>, %arg14: tensor<1x3xui32>, %arg15: tensor<1x3xui32>):
    %358 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %359 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %360 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %361 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %362 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %363 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %364 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %365 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %366 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %367 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %368 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %369 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %370 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %371 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %372 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %373 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %374 = "stablehlo.xor"(%arg12, %arg13) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %375 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x1xui32>
    %376 = "stablehlo.xor"(%374, %375) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %377 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %378 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %379 = "stablehlo.add"(%377, %378) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %380 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %381 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %382 = "stablehlo.add"(%380, %381) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %383 = "stablehlo.add"(%379, %382) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %384 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %385 = "stablehlo.shift_left"(%382, %384) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %386 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %387 = "stablehlo.shift_right_logical"(%382, %386) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %388 = "stablehlo.or"(%385, %387) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %389 = "stablehlo.xor"(%383, %388) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %390 = "stablehlo.add"(%383, %389) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %391 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %392 = "stablehlo.shift_left"(%389, %391) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %393 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %394 = "stablehlo.shift_right_logical"(%389, %393) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %395 = "stablehlo.or"(%392, %394) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %396 = "stablehlo.xor"(%390, %395) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %397 = "stablehlo.add"(%390, %396) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %398 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %399 = "stablehlo.shift_left"(%396, %398) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %400 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %401 = "stablehlo.shift_right_logical"(%396, %400) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %402 = "stablehlo.or"(%399, %401) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %403 = "stablehlo.xor"(%397, %402) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %404 = "stablehlo.add"(%397, %403) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %405 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %406 = "stablehlo.shift_left"(%403, %405) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %407 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %408 = "stablehlo.shift_right_logical"(%403, %407) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %409 = "stablehlo.or"(%406, %408) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %410 = "stablehlo.xor"(%404, %409) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %411 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %412 = "stablehlo.add"(%404, %411) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %413 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %414 = "stablehlo.add"(%410, %413) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %415 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %416 = "stablehlo.add"(%414, %415) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %417 = "stablehlo.add"(%412, %416) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %418 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %419 = "stablehlo.shift_left"(%416, %418) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %420 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %421 = "stablehlo.shift_right_logical"(%416, %420) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %422 = "stablehlo.or"(%419, %421) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %423 = "stablehlo.xor"(%417, %422) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %424 = "stablehlo.add"(%417, %423) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %425 = "stablehlo.broadcast_in_dim"(%365) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %426 = "stablehlo.shift_left"(%423, %425) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %427 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %428 = "stablehlo.shift_right_logical"(%423, %427) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %429 = "stablehlo.or"(%426, %428) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %430 = "stablehlo.xor"(%424, %429) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %431 = "stablehlo.add"(%424, %430) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %432 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %433 = "stablehlo.shift_left"(%430, %432) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %434 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %435 = "stablehlo.shift_right_logical"(%430, %434) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %436 = "stablehlo.or"(%433, %435) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %437 = "stablehlo.xor"(%431, %436) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %438 = "stablehlo.add"(%431, %437) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %439 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %440 = "stablehlo.shift_left"(%437, %439) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %441 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %442 = "stablehlo.shift_right_logical"(%437, %441) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %443 = "stablehlo.or"(%440, %442) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %444 = "stablehlo.xor"(%438, %443) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %445 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %446 = "stablehlo.add"(%438, %445) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %447 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %448 = "stablehlo.add"(%444, %447) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %449 = "stablehlo.broadcast_in_dim"(%360) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %450 = "stablehlo.add"(%448, %449) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %451 = "stablehlo.add"(%446, %450) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %452 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %453 = "stablehlo.shift_left"(%450, %452) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %454 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %455 = "stablehlo.shift_right_logical"(%450, %454) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %456 = "stablehlo.or"(%453, %455) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %457 = "stablehlo.xor"(%451, %456) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %458 = "stablehlo.add"(%451, %457) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %459 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %460 = "stablehlo.shift_left"(%457, %459) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %461 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %462 = "stablehlo.shift_right_logical"(%457, %461) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %463 = "stablehlo.or"(%460, %462) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %464 = "stablehlo.xor"(%458, %463) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %465 = "stablehlo.add"(%458, %464) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %466 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %467 = "stablehlo.shift_left"(%464, %466) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %468 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %469 = "stablehlo.shift_right_logical"(%464, %468) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %470 = "stablehlo.or"(%467, %469) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %471 = "stablehlo.xor"(%465, %470) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %472 = "stablehlo.add"(%465, %471) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %473 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %474 = "stablehlo.shift_left"(%471, %473) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %475 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %476 = "stablehlo.shift_right_logical"(%471, %475) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %477 = "stablehlo.or"(%474, %476) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %478 = "stablehlo.xor"(%472, %477) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %479 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %480 = "stablehlo.add"(%472, %479) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %481 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %482 = "stablehlo.add"(%478, %481) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %483 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %484 = "stablehlo.add"(%482, %483) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %485 = "stablehlo.add"(%480, %484) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %486 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %487 = "stablehlo.shift_left"(%484, %486) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %488 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %489 = "stablehlo.shift_right_logical"(%484, %488) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %490 = "stablehlo.or"(%487, %489) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %491 = "stablehlo.xor"(%485, %490) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %492 = "stablehlo.add"(%485, %491) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %493 = "stablehlo.broadcast_in_dim"(%365) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %494 = "stablehlo.shift_left"(%491, %493) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %495 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %496 = "stablehlo.shift_right_logical"(%491, %495) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %497 = "stablehlo.or"(%494, %496) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %498 = "stablehlo.xor"(%492, %497) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %499 = "stablehlo.add"(%492, %498) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %500 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %501 = "stablehlo.shift_left"(%498, %500) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %502 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %503 = "stablehlo.shift_right_logical"(%498, %502) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %504 = "stablehlo.or"(%501, %503) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %505 = "stablehlo.xor"(%499, %504) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %506 = "stablehlo.add"(%499, %505) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %507 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %508 = "stablehlo.shift_left"(%505, %507) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %509 = "stablehlo.broadcast_in_dim"(%361) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %510 = "stablehlo.shift_right_logical"(%505, %509) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %511 = "stablehlo.or"(%508, %510) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %512 = "stablehlo.xor"(%506, %511) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %513 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %514 = "stablehlo.add"(%506, %513) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %515 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %516 = "stablehlo.add"(%512, %515) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %517 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %518 = "stablehlo.add"(%516, %517) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %519 = "stablehlo.add"(%514, %518) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %520 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %521 = "stablehlo.shift_left"(%518, %520) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %522 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %523 = "stablehlo.shift_right_logical"(%518, %522) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %524 = "stablehlo.or"(%521, %523) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %525 = "stablehlo.xor"(%519, %524) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %526 = "stablehlo.add"(%519, %525) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %527 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %528 = "stablehlo.shift_left"(%525, %527) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %529 = "stablehlo.broadcast_in_dim"(%369) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %530 = "stablehlo.shift_right_logical"(%525, %529) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %531 = "stablehlo.or"(%528, %530) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %532 = "stablehlo.xor"(%526, %531) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %533 = "stablehlo.add"(%526, %532) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %534 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %535 = "stablehlo.shift_left"(%532, %534) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %536 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %537 = "stablehlo.shift_right_logical"(%532, %536) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %538 = "stablehlo.or"(%535, %537) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %539 = "stablehlo.xor"(%533, %538) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %540 = "stablehlo.add"(%533, %539) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %541 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %542 = "stablehlo.shift_left"(%539, %541) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %543 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %544 = "stablehlo.shift_right_logical"(%539, %543) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %545 = "stablehlo.or"(%542, %544) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %546 = "stablehlo.xor"(%540, %545) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %547 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %548 = "stablehlo.add"(%540, %547) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %549 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %550 = "stablehlo.add"(%546, %549) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %551 = "stablehlo.broadcast_in_dim"(%358) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %552 = "stablehlo.add"(%550, %551) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    "func.return"(%548, %552) : (tensor<4x3xui32>, tensor<4x3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x2xui32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<4x2xui32>):
    %357 = "func.call"(%arg11) <{callee = @_normal_real}> : (tensor<4x2xui32>) -> tensor<4xf32>
    "func.return"(%357) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x2xui32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<4x2xui32>):
    %233 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<-1.19642737E-5> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.constant"() <{value = dense<9.39520248E-8> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.constant"() <{value = dense<5.37958113E-5> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<8.1217145E-8> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<-5.21765432E-5> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.constant"() <{value = dense<-5.30976786E-6> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.constant"() <{value = dense<-2.16608154E-4> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.constant"() <{value = dense<1.5402964E-5> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.constant"() <{value = dense<0.00115094346> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.constant"() <{value = dense<2.01806368E-4> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.constant"() <{value = dense<-0.0034470004> : tensor<f32>}> : () -> tensor<f32>
    %248 = "stablehlo.constant"() <{value = dense<-0.00190193101> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.constant"() <{value = dense<0.00684198458> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.constant"() <{value = dense<-6.19600236E-4> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.constant"() <{value = dense<0.00266256672> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.constant"() <{value = dense<0.250421584> : tensor<f32>}> : () -> tensor<f32>
    %253 = "stablehlo.constant"() <{value = dense<-0.167197958> : tensor<f32>}> : () -> tensor<f32>
    %254 = "stablehlo.constant"() <{value = dense<1.31467748> : tensor<f32>}> : () -> tensor<f32>
    %255 = "stablehlo.constant"() <{value = dense<1.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %256 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %258 = "stablehlo.constant"() <{value = dense<3.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %259 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %260 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %261 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %262 = "func.call"(%arg10, %260, %261) <{callee = @_uniform}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %263 = "stablehlo.abs"(%262) : (tensor<4xf32>) -> tensor<4xf32>
    %264 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %265 = "stablehlo.compare"(%263, %264) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %266 = "stablehlo.compare"(%262, %262) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %267 = "stablehlo.or"(%265, %266) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %268 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %269 = "stablehlo.compare"(%263, %268) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %270 = "stablehlo.or"(%267, %269) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %271 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %272 = "stablehlo.select"(%270, %271, %262) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %273 = "stablehlo.abs"(%272) : (tensor<4xf32>) -> tensor<4xf32>
    %274 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %275 = "stablehlo.subtract"(%274, %273) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %276 = "stablehlo.abs"(%272) : (tensor<4xf32>) -> tensor<4xf32>
    %277 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %278 = "stablehlo.add"(%277, %276) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %279 = "stablehlo.multiply"(%275, %278) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %280 = "stablehlo.log"(%279) : (tensor<4xf32>) -> tensor<4xf32>
    %281 = "stablehlo.negate"(%280) : (tensor<4xf32>) -> tensor<4xf32>
    %282 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %283 = "stablehlo.compare"(%281, %282) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %284 = "stablehlo.not"(%283) : (tensor<4xi1>) -> tensor<4xi1>
    %285 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %286 = "stablehlo.select"(%283, %285, %281) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %287 = "stablehlo.sqrt"(%286) : (tensor<4xf32>) -> tensor<4xf32>
    %288 = "stablehlo.bitcast_convert"(%287) : (tensor<4xf32>) -> tensor<4xi32>
    %289 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %290 = "stablehlo.and"(%288, %289) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %291 = "stablehlo.bitcast_convert"(%290) : (tensor<4xi32>) -> tensor<4xf32>
    %292 = "stablehlo.multiply"(%291, %291) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %293 = "stablehlo.subtract"(%286, %292) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %294 = "stablehlo.add"(%287, %291) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %295 = "stablehlo.divide"(%293, %294) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %296 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %297 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %298 = "stablehlo.subtract"(%281, %297) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %299 = "stablehlo.subtract"(%287, %296) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %300 = "stablehlo.select"(%283, %298, %299) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %301 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %302 = "stablehlo.broadcast_in_dim"(%253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %303 = "stablehlo.select"(%284, %302, %301) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %304 = "stablehlo.broadcast_in_dim"(%252) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %305 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %306 = "stablehlo.select"(%284, %305, %304) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %307 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %308 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %309 = "stablehlo.select"(%284, %308, %307) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %310 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %311 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %312 = "stablehlo.select"(%284, %311, %310) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %313 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %314 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %315 = "stablehlo.select"(%284, %314, %313) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %316 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %317 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %318 = "stablehlo.select"(%284, %317, %316) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %319 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %320 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %321 = "stablehlo.select"(%284, %320, %319) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %322 = "stablehlo.broadcast_in_dim"(%240) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %323 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %324 = "stablehlo.select"(%284, %323, %322) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %325 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %326 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %327 = "stablehlo.select"(%284, %326, %325) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %328 = "stablehlo.fma"(%327, %300, %324) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %329 = "stablehlo.fma"(%328, %300, %321) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %330 = "stablehlo.fma"(%329, %300, %318) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %331 = "stablehlo.fma"(%330, %300, %315) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %332 = "stablehlo.fma"(%331, %300, %312) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %333 = "stablehlo.fma"(%332, %300, %309) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %334 = "stablehlo.fma"(%333, %300, %306) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %335 = "stablehlo.fma"(%334, %300, %303) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %336 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %337 = "stablehlo.multiply"(%336, %295) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %338 = "stablehlo.add"(%337, %335) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %339 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %340 = "stablehlo.multiply"(%339, %291) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %341 = "stablehlo.add"(%340, %338) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %342 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %343 = "stablehlo.compare"(%272, %342) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %344 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %345 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %346 = "stablehlo.select"(%343, %344, %345) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %347 = "stablehlo.multiply"(%272, %335) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %348 = "stablehlo.multiply"(%346, %341) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %349 = "stablehlo.select"(%283, %347, %348) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %350 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %351 = "stablehlo.broadcast_in_dim"(%234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %352 = "stablehlo.multiply"(%262, %351) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %353 = "stablehlo.select"(%269, %352, %349) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %354 = "stablehlo.select"(%267, %350, %353) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %355 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %356 = "stablehlo.multiply"(%355, %354) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%356) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<4x2xui32>, %arg8: tensor<f32>, %arg9: tensor<f32>):
    %209 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %210 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %211 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %212 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %213 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %214 = "stablehlo.reshape"(%213) : (tensor<4x1xui32>) -> tensor<4xui32>
    %215 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %216 = "stablehlo.reshape"(%215) : (tensor<4x1xui32>) -> tensor<4xui32>
    %217:2 = "func.call"(%214, %216, %212, %212) <{callee = @threefry2x32_4}> : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %218 = "stablehlo.xor"(%217#0, %217#1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %219 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %220 = "stablehlo.shift_right_logical"(%218, %219) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %221 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %222 = "stablehlo.or"(%220, %221) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %223 = "stablehlo.bitcast_convert"(%222) : (tensor<4xui32>) -> tensor<4xf32>
    %224 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %225 = "stablehlo.subtract"(%223, %224) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %226 = "stablehlo.subtract"(%arg9, %arg8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %228 = "stablehlo.multiply"(%225, %227) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %229 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %231 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %232 = "stablehlo.maximum"(%231, %230) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%232) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>), sym_name = "threefry2x32_4", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4xui32>, %arg4: tensor<4xui32>, %arg5: tensor<ui32>, %arg6: tensor<ui32>):
    %26 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %27 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %28 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %29 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %30 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %31 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %32 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %33 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %34 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %35 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %36 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %37 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %38 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %39 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %40 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %41 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %42 = "stablehlo.xor"(%arg3, %arg4) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %43 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %44 = "stablehlo.xor"(%42, %43) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %45 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %46 = "stablehlo.add"(%45, %arg3) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %47 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %48 = "stablehlo.add"(%47, %arg4) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %49 = "stablehlo.add"(%46, %48) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %50 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %51 = "stablehlo.shift_left"(%48, %50) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %52 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %53 = "stablehlo.shift_right_logical"(%48, %52) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %54 = "stablehlo.or"(%51, %53) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %55 = "stablehlo.xor"(%49, %54) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %56 = "stablehlo.add"(%49, %55) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %57 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %58 = "stablehlo.shift_left"(%55, %57) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %59 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %60 = "stablehlo.shift_right_logical"(%55, %59) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %61 = "stablehlo.or"(%58, %60) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %62 = "stablehlo.xor"(%56, %61) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %64 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %65 = "stablehlo.shift_left"(%62, %64) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %66 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %67 = "stablehlo.shift_right_logical"(%62, %66) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %68 = "stablehlo.or"(%65, %67) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %71 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %72 = "stablehlo.shift_left"(%69, %71) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %73 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %74 = "stablehlo.shift_right_logical"(%69, %73) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %75 = "stablehlo.or"(%72, %74) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %76 = "stablehlo.xor"(%70, %75) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %77 = "stablehlo.add"(%70, %arg4) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %78 = "stablehlo.add"(%76, %44) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %79 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %80 = "stablehlo.add"(%78, %79) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %81 = "stablehlo.add"(%77, %80) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %82 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %83 = "stablehlo.shift_left"(%80, %82) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %84 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %85 = "stablehlo.shift_right_logical"(%80, %84) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %86 = "stablehlo.or"(%83, %85) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %87 = "stablehlo.xor"(%81, %86) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %88 = "stablehlo.add"(%81, %87) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %89 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %90 = "stablehlo.shift_left"(%87, %89) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %91 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %92 = "stablehlo.shift_right_logical"(%87, %91) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %93 = "stablehlo.or"(%90, %92) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %94 = "stablehlo.xor"(%88, %93) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %95 = "stablehlo.add"(%88, %94) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %96 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %97 = "stablehlo.shift_left"(%94, %96) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %98 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %99 = "stablehlo.shift_right_logical"(%94, %98) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %100 = "stablehlo.or"(%97, %99) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %101 = "stablehlo.xor"(%95, %100) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %102 = "stablehlo.add"(%95, %101) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %103 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %104 = "stablehlo.shift_left"(%101, %103) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %105 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %106 = "stablehlo.shift_right_logical"(%101, %105) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %107 = "stablehlo.or"(%104, %106) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %108 = "stablehlo.xor"(%102, %107) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %109 = "stablehlo.add"(%102, %44) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %110 = "stablehlo.add"(%108, %arg3) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %111 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %112 = "stablehlo.add"(%110, %111) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %113 = "stablehlo.add"(%109, %112) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %114 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %115 = "stablehlo.shift_left"(%112, %114) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %116 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %117 = "stablehlo.shift_right_logical"(%112, %116) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %118 = "stablehlo.or"(%115, %117) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %119 = "stablehlo.xor"(%113, %118) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %120 = "stablehlo.add"(%113, %119) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %121 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %122 = "stablehlo.shift_left"(%119, %121) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %123 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %124 = "stablehlo.shift_right_logical"(%119, %123) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %125 = "stablehlo.or"(%122, %124) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %126 = "stablehlo.xor"(%120, %125) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %127 = "stablehlo.add"(%120, %126) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %128 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %129 = "stablehlo.shift_left"(%126, %128) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %130 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %131 = "stablehlo.shift_right_logical"(%126, %130) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %132 = "stablehlo.or"(%129, %131) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %133 = "stablehlo.xor"(%127, %132) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %134 = "stablehlo.add"(%127, %133) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %135 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %136 = "stablehlo.shift_left"(%133, %135) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %137 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %138 = "stablehlo.shift_right_logical"(%133, %137) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %139 = "stablehlo.or"(%136, %138) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %140 = "stablehlo.xor"(%134, %139) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %141 = "stablehlo.add"(%134, %arg3) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %142 = "stablehlo.add"(%140, %arg4) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %143 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %144 = "stablehlo.add"(%142, %143) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %145 = "stablehlo.add"(%141, %144) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %146 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %147 = "stablehlo.shift_left"(%144, %146) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %148 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %149 = "stablehlo.shift_right_logical"(%144, %148) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %150 = "stablehlo.or"(%147, %149) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %151 = "stablehlo.xor"(%145, %150) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %152 = "stablehlo.add"(%145, %151) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %153 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %154 = "stablehlo.shift_left"(%151, %153) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %155 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %156 = "stablehlo.shift_right_logical"(%151, %155) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %157 = "stablehlo.or"(%154, %156) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %158 = "stablehlo.xor"(%152, %157) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %159 = "stablehlo.add"(%152, %158) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %160 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %161 = "stablehlo.shift_left"(%158, %160) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %162 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %163 = "stablehlo.shift_right_logical"(%158, %162) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %164 = "stablehlo.or"(%161, %163) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %165 = "stablehlo.xor"(%159, %164) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %166 = "stablehlo.add"(%159, %165) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %167 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %168 = "stablehlo.shift_left"(%165, %167) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %169 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %170 = "stablehlo.shift_right_logical"(%165, %169) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %171 = "stablehlo.or"(%168, %170) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %172 = "stablehlo.xor"(%166, %171) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %173 = "stablehlo.add"(%166, %arg4) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %174 = "stablehlo.add"(%172, %44) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %175 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %176 = "stablehlo.add"(%174, %175) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %177 = "stablehlo.add"(%173, %176) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %178 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %179 = "stablehlo.shift_left"(%176, %178) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %180 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %181 = "stablehlo.shift_right_logical"(%176, %180) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %182 = "stablehlo.or"(%179, %181) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %183 = "stablehlo.xor"(%177, %182) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %184 = "stablehlo.add"(%177, %183) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %185 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %186 = "stablehlo.shift_left"(%183, %185) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %187 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %188 = "stablehlo.shift_right_logical"(%183, %187) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %189 = "stablehlo.or"(%186, %188) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %190 = "stablehlo.xor"(%184, %189) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %191 = "stablehlo.add"(%184, %190) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %192 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %193 = "stablehlo.shift_left"(%190, %192) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %194 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %195 = "stablehlo.shift_right_logical"(%190, %194) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %196 = "stablehlo.or"(%193, %195) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %197 = "stablehlo.xor"(%191, %196) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %198 = "stablehlo.add"(%191, %197) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %199 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %200 = "stablehlo.shift_left"(%197, %199) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %201 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %202 = "stablehlo.shift_right_logical"(%197, %201) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %203 = "stablehlo.or"(%200, %202) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %204 = "stablehlo.xor"(%198, %203) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %205 = "stablehlo.add"(%198, %44) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %206 = "stablehlo.add"(%204, %arg3) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %207 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %208 = "stablehlo.add"(%206, %207) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    "func.return"(%205, %208) : (tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_uniform_5", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %2 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %4 = "stablehlo.convert"(%arg1) : (tensor<f32>) -> tensor<f32>
    %5 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %7 = "stablehlo.reshape"(%6) : (tensor<4x1xui32>) -> tensor<4xui32>
    %8 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %9 = "stablehlo.reshape"(%8) : (tensor<4x1xui32>) -> tensor<4xui32>
    %10:2 = "func.call"(%7, %9, %3, %3) <{callee = @threefry2x32_4}> : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %11 = "stablehlo.xor"(%10#0, %10#1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %12 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %13 = "stablehlo.shift_right_logical"(%11, %12) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %14 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %15 = "stablehlo.or"(%13, %14) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %16 = "stablehlo.bitcast_convert"(%15) : (tensor<4xui32>) -> tensor<4xf32>
    %17 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %18 = "stablehlo.subtract"(%16, %17) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %19 = "stablehlo.subtract"(%5, %4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %21 = "stablehlo.multiply"(%18, %20) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %22 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %23 = "stablehlo.add"(%21, %22) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %24 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %25 = "stablehlo.maximum"(%24, %23) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%25) : (tensor<4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
