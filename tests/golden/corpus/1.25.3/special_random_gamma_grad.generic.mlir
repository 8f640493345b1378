"builtin.module"() <{sym_name = "jit_up_and_broadcast"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg41: tensor<8xf32>, %arg42: tensor<8xf32>):
    %1014 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %1015 = "stablehlo.constant"() <{value = dense<1.1920929E-7> : tensor<f32>}> : () -> tensor<f32>
    %1016 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1017 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %1018 = "stablehlo.constant"() <{value = dense<2.000000e+03> : tensor<f32>}> : () -> tensor<f32>
    %1019 = "stablehlo.constant"() <{value = dense<3.40282347E+38> : tensor<f32>}> : () -> tensor<f32>
    %1020 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1021 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1022 = "stablehlo.compare"(%arg41, %arg41) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1023 = "stablehlo.compare"(%arg42, %arg42) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1024 = "stablehlo.or"(%1022, %1023) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1025 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1026 = "stablehlo.compare"(%arg42, %1025) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1027 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1028 = "stablehlo.compare"(%arg42, %1027) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1029 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1030 = "stablehlo.compare"(%arg41, %1029) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1031 = "stablehlo.or"(%1028, %1030) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1032 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1033 = "stablehlo.compare"(%arg42, %1032) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1034 = "stablehlo.compare"(%arg42, %arg41) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1035 = "stablehlo.and"(%1033, %1034) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1036 = "stablehlo.log"(%arg42) : (tensor<8xf32>) -> tensor<8xf32>
    %1037 = "stablehlo.multiply"(%arg41, %1036) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1038 = "stablehlo.subtract"(%1037, %arg42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1039 = "func.call"(%arg41) <{callee = @lgamma}> : (tensor<8xf32>) -> tensor<8xf32>
    %1040 = "stablehlo.subtract"(%1038, %1039) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1041 = "stablehlo.log"(%1019) : (tensor<f32>) -> tensor<f32>
    %1042 = "stablehlo.negate"(%1041) : (tensor<f32>) -> tensor<f32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1044 = "stablehlo.compare"(%1040, %1043) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1045 = "stablehlo.or"(%1026, %1031) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1046 = "stablehlo.or"(%1045, %1044) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1047 = "stablehlo.or"(%1046, %1024) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1048 = "stablehlo.not"(%1047) : (tensor<8xi1>) -> tensor<8xi1>
    %1049 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1050 = "stablehlo.add"(%arg41, %1049) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1051 = "stablehlo.select"(%1035, %arg41, %1050) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1052 = "func.call"(%1051) <{callee = @digamma}> : (tensor<8xf32>) -> tensor<8xf32>
    %1053 = "stablehlo.subtract"(%1036, %1052) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1054 = "stablehlo.and"(%1048, %1035) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1055 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1056 = "stablehlo.subtract"(%1055, %arg41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1057 = "stablehlo.add"(%arg42, %1056) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1058 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1059 = "stablehlo.add"(%1057, %1058) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1060 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1061 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1062 = "stablehlo.add"(%arg42, %1061) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1063 = "stablehlo.multiply"(%1059, %arg42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1064 = "stablehlo.divide"(%1062, %1063) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1065 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1066 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1067 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1068 = "stablehlo.negate"(%arg42) : (tensor<8xf32>) -> tensor<8xf32>
    %1069 = "stablehlo.multiply"(%1064, %1068) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1070 = "stablehlo.subtract"(%1067, %1069) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1071 = "stablehlo.divide"(%1070, %1063) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1072:14 = "stablehlo.while"(%1054, %1064, %1056, %1059, %1021, %1062, %1063, %1060, %arg42, %1065, %1066, %1067, %1068, %1071) ({
    ^bb0(%arg73: tensor<8xi1>, %arg74: tensor<8xf32>, %arg75: tensor<8xf32>, %arg76: tensor<8xf32>, %arg77: tensor<f32>, %arg78: tensor<8xf32>, %arg79: tensor<8xf32>, %arg80: tensor<8xf32>, %arg81: tensor<8xf32>, %arg82: tensor<8xf32>, %arg83: tensor<8xf32>, %arg84: tensor<8xf32>, %arg85: tensor<8xf32>, %arg86: tensor<8xf32>):
      %1204 = "stablehlo.compare"(%arg77, %1018) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %1205 = "stablehlo.reduce"(%arg73, %1017) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg87: tensor<i1>, %arg88: tensor<i1>):
        %1207 = "stablehlo.or"(%arg87, %arg88) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1207) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %1206 = "stablehlo.and"(%1204, %1205) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1206) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg59: tensor<8xi1>, %arg60: tensor<8xf32>, %arg61: tensor<8xf32>, %arg62: tensor<8xf32>, %arg63: tensor<f32>, %arg64: tensor<8xf32>, %arg65: tensor<8xf32>, %arg66: tensor<8xf32>, %arg67: tensor<8xf32>, %arg68: tensor<8xf32>, %arg69: tensor<8xf32>, %arg70: tensor<8xf32>, %arg71: tensor<8xf32>, %arg72: tensor<8xf32>):
      %1121 = "stablehlo.add"(%arg63, %1020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %1122 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1123 = "stablehlo.add"(%arg61, %1122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1124 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1125 = "stablehlo.add"(%arg62, %1124) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1126 = "stablehlo.broadcast_in_dim"(%1121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1127 = "stablehlo.multiply"(%1123, %1126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1128 = "stablehlo.multiply"(%arg64, %1125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1129 = "stablehlo.multiply"(%arg66, %1127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1130 = "stablehlo.subtract"(%1128, %1129) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1131 = "stablehlo.multiply"(%arg65, %1125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1132 = "stablehlo.multiply"(%arg67, %1127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1133 = "stablehlo.subtract"(%1131, %1132) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1134 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1135 = "stablehlo.compare"(%1133, %1134) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %1136 = "stablehlo.divide"(%1130, %1133) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1137 = "stablehlo.select"(%1135, %1136, %arg60) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1138 = "stablehlo.multiply"(%arg70, %1125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1139 = "stablehlo.subtract"(%1138, %arg64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1140 = "stablehlo.multiply"(%arg68, %1127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1141 = "stablehlo.subtract"(%1139, %1140) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1142 = "stablehlo.broadcast_in_dim"(%1121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1143 = "stablehlo.multiply"(%arg66, %1142) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1144 = "stablehlo.add"(%1141, %1143) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1145 = "stablehlo.multiply"(%arg71, %1125) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1146 = "stablehlo.subtract"(%1145, %arg65) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1147 = "stablehlo.multiply"(%arg69, %1127) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1148 = "stablehlo.subtract"(%1146, %1147) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1149 = "stablehlo.broadcast_in_dim"(%1121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1150 = "stablehlo.multiply"(%arg67, %1149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1151 = "stablehlo.add"(%1148, %1150) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1152 = "stablehlo.multiply"(%1137, %1151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1153 = "stablehlo.subtract"(%1144, %1152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1154 = "stablehlo.divide"(%1153, %1133) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1155 = "stablehlo.select"(%1135, %1154, %arg72) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1156 = "stablehlo.subtract"(%1155, %arg72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1157 = "stablehlo.abs"(%1156) : (tensor<8xf32>) -> tensor<8xf32>
      %1158 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1159 = "stablehlo.select"(%1135, %1157, %1158) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1160 = "stablehlo.abs"(%1130) : (tensor<8xf32>) -> tensor<8xf32>
      %1161 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
      %1162 = "stablehlo.divide"(%1161, %1015) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      %1163 = "stablehlo.broadcast_in_dim"(%1162) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1164 = "stablehlo.compare"(%1160, %1163) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %1165 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1166 = "stablehlo.multiply"(%arg64, %1165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1167 = "stablehlo.select"(%1164, %1166, %arg64) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1168 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1169 = "stablehlo.multiply"(%1130, %1168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1170 = "stablehlo.select"(%1164, %1169, %1130) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1171 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1172 = "stablehlo.multiply"(%arg65, %1171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1173 = "stablehlo.select"(%1164, %1172, %arg65) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1174 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1175 = "stablehlo.multiply"(%1133, %1174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1176 = "stablehlo.select"(%1164, %1175, %1133) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1177 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1178 = "stablehlo.multiply"(%arg70, %1177) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1179 = "stablehlo.select"(%1164, %1178, %arg70) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1180 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1181 = "stablehlo.multiply"(%arg71, %1180) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1182 = "stablehlo.select"(%1164, %1181, %arg71) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1183 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1184 = "stablehlo.multiply"(%1144, %1183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1185 = "stablehlo.select"(%1164, %1184, %1144) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1186 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1187 = "stablehlo.multiply"(%1151, %1186) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1188 = "stablehlo.select"(%1164, %1187, %1151) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1189 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1190 = "stablehlo.compare"(%1159, %1189) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %1191 = "stablehlo.and"(%arg59, %1190) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %1192 = "stablehlo.select"(%arg59, %1137, %arg60) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1193 = "stablehlo.select"(%arg59, %1123, %arg61) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1194 = "stablehlo.select"(%arg59, %1125, %arg62) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1195 = "stablehlo.select"(%arg59, %1170, %arg64) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1196 = "stablehlo.select"(%arg59, %1176, %arg65) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1197 = "stablehlo.select"(%arg59, %1167, %arg66) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1198 = "stablehlo.select"(%arg59, %1173, %arg67) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1199 = "stablehlo.select"(%arg59, %1179, %arg68) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1200 = "stablehlo.select"(%arg59, %1182, %arg69) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1201 = "stablehlo.select"(%arg59, %1185, %arg70) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1202 = "stablehlo.select"(%arg59, %1188, %arg71) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1203 = "stablehlo.select"(%arg59, %1155, %arg72) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%1191, %1192, %1193, %1194, %1121, %1195, %1196, %1197, %1198, %1199, %1200, %1201, %1202, %1203) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %1073 = "stablehlo.multiply"(%1072#1, %1053) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1074 = "stablehlo.add"(%1072#13, %1073) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1075 = "stablehlo.multiply"(%1074, %arg42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1076 = "stablehlo.negate"(%1075) : (tensor<8xf32>) -> tensor<8xf32>
    %1077 = "stablehlo.negate"(%1076) : (tensor<8xf32>) -> tensor<8xf32>
    %1078 = "stablehlo.not"(%1035) : (tensor<8xi1>) -> tensor<8xi1>
    %1079 = "stablehlo.and"(%1048, %1078) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1080 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1082 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1083 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1084:7 = "stablehlo.while"(%1079, %arg41, %1080, %1081, %arg42, %1082, %1083) ({
    ^bb0(%arg50: tensor<8xi1>, %arg51: tensor<8xf32>, %arg52: tensor<8xf32>, %arg53: tensor<8xf32>, %arg54: tensor<8xf32>, %arg55: tensor<8xf32>, %arg56: tensor<8xf32>):
      %1119 = "stablehlo.reduce"(%arg50, %1017) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg57: tensor<i1>, %arg58: tensor<i1>):
        %1120 = "stablehlo.or"(%arg57, %arg58) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1120) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1119) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg43: tensor<8xi1>, %arg44: tensor<8xf32>, %arg45: tensor<8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8xf32>, %arg48: tensor<8xf32>, %arg49: tensor<8xf32>):
      %1096 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1097 = "stablehlo.add"(%arg44, %1096) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1098 = "stablehlo.divide"(%arg47, %1097) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1099 = "stablehlo.multiply"(%arg48, %1098) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1100 = "stablehlo.multiply"(%arg45, %arg47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1101 = "stablehlo.multiply"(%1097, %1097) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1102 = "stablehlo.divide"(%1100, %1101) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1103 = "stablehlo.subtract"(%1099, %1102) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1104 = "stablehlo.add"(%arg49, %1103) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1105 = "stablehlo.divide"(%arg47, %1097) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1106 = "stablehlo.multiply"(%arg45, %1105) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1107 = "stablehlo.add"(%arg46, %1106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1108 = "stablehlo.divide"(%1103, %1104) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1109 = "stablehlo.abs"(%1108) : (tensor<8xf32>) -> tensor<8xf32>
      %1110 = "stablehlo.broadcast_in_dim"(%1015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %1111 = "stablehlo.compare"(%1109, %1110) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %1112 = "stablehlo.and"(%arg43, %1111) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %1113 = "stablehlo.select"(%arg43, %1097, %arg44) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1114 = "stablehlo.select"(%arg43, %1106, %arg45) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1115 = "stablehlo.select"(%arg43, %1107, %arg46) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1116 = "stablehlo.select"(%arg43, %arg47, %arg47) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1117 = "stablehlo.select"(%arg43, %1103, %arg48) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %1118 = "stablehlo.select"(%arg43, %1104, %arg49) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%1112, %1113, %1114, %1115, %1116, %1117, %1118) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
    %1085 = "stablehlo.multiply"(%1084#3, %1053) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1086 = "stablehlo.add"(%1084#6, %1085) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1087 = "stablehlo.negate"(%1086) : (tensor<8xf32>) -> tensor<8xf32>
    %1088 = "stablehlo.multiply"(%1087, %arg42) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1089 = "stablehlo.divide"(%1088, %arg41) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1090 = "stablehlo.select"(%1035, %1077, %1089) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1091 = "stablehlo.broadcast_in_dim"(%1021) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1092 = "stablehlo.select"(%1026, %1091, %1090) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1093 = "stablehlo.or"(%1031, %1024) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1094 = "stablehlo.broadcast_in_dim"(%1014) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1095 = "stablehlo.select"(%1093, %1094, %1092) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%1095) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<8xf32>, sym_name = "lgamma", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<8xf32>):
    %1013 = "func.call"(%arg40) <{callee = @lgamma_impl}> : (tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%1013) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "lgamma_impl", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<8xf32>):
    %573 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %574 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %575 = "stablehlo.constant"() <{value = dense<-0.118629992> : tensor<f32>}> : () -> tensor<f32>
    %576 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %577 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %578 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %579 = "stablehlo.constant"() <{value = dense<-4> : tensor<i32>}> : () -> tensor<i32>
    %580 = "stablehlo.constant"() <{value = dense<-3> : tensor<i32>}> : () -> tensor<i32>
    %581 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %582 = "stablehlo.constant"() <{value = dense<-9> : tensor<i32>}> : () -> tensor<i32>
    %583 = "stablehlo.constant"() <{value = dense<-2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.constant"() <{value = dense<-2.70703125> : tensor<f32>}> : () -> tensor<f32>
    %585 = "stablehlo.constant"() <{value = dense<-0.340333879> : tensor<f32>}> : () -> tensor<f32>
    %586 = "stablehlo.constant"() <{value = dense<-0.143808067> : tensor<f32>}> : () -> tensor<f32>
    %587 = "stablehlo.constant"() <{value = dense<-0.258885145> : tensor<f32>}> : () -> tensor<f32>
    %588 = "stablehlo.constant"() <{value = dense<-0.338631809> : tensor<f32>}> : () -> tensor<f32>
    %589 = "stablehlo.constant"() <{value = dense<-0.541172326> : tensor<f32>}> : () -> tensor<f32>
    %590 = "stablehlo.constant"() <{value = dense<-4.02778824E-4> : tensor<f32>}> : () -> tensor<f32>
    %591 = "stablehlo.constant"() <{value = dense<-1.64453125> : tensor<f32>}> : () -> tensor<f32>
    %592 = "stablehlo.constant"() <{value = dense<-262144> : tensor<i32>}> : () -> tensor<i32>
    %593 = "stablehlo.constant"() <{value = dense<-1.41681449E-8> : tensor<f32>}> : () -> tensor<f32>
    %594 = "stablehlo.constant"() <{value = dense<0.418938547> : tensor<f32>}> : () -> tensor<f32>
    %595 = "stablehlo.constant"() <{value = dense<7.35094887E-4> : tensor<f32>}> : () -> tensor<f32>
    %596 = "stablehlo.constant"() <{value = dense<-0.00277601765> : tensor<f32>}> : () -> tensor<f32>
    %597 = "stablehlo.constant"() <{value = dense<0.083333306> : tensor<f32>}> : () -> tensor<f32>
    %598 = "stablehlo.constant"() <{value = dense<-65536> : tensor<i32>}> : () -> tensor<i32>
    %599 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %600 = "stablehlo.constant"() <{value = dense<-0.0874438509> : tensor<f32>}> : () -> tensor<f32>
    %601 = "stablehlo.constant"() <{value = dense<-9.4766699E-7> : tensor<f32>}> : () -> tensor<f32>
    %602 = "stablehlo.constant"() <{value = dense<0.0882153138> : tensor<f32>}> : () -> tensor<f32>
    %603 = "stablehlo.constant"() <{value = dense<2.66566667E-6> : tensor<f32>}> : () -> tensor<f32>
    %604 = "stablehlo.constant"() <{value = dense<-0.030093316> : tensor<f32>}> : () -> tensor<f32>
    %605 = "stablehlo.constant"() <{value = dense<-3.46096863E-6> : tensor<f32>}> : () -> tensor<f32>
    %606 = "stablehlo.constant"() <{value = dense<0.0380277708> : tensor<f32>}> : () -> tensor<f32>
    %607 = "stablehlo.constant"() <{value = dense<1.10726241E-5> : tensor<f32>}> : () -> tensor<f32>
    %608 = "stablehlo.constant"() <{value = dense<-0.0616352633> : tensor<f32>}> : () -> tensor<f32>
    %609 = "stablehlo.constant"() <{value = dense<-4.18746822E-5> : tensor<f32>}> : () -> tensor<f32>
    %610 = "stablehlo.constant"() <{value = dense<0.0687552467> : tensor<f32>}> : () -> tensor<f32>
    %611 = "stablehlo.constant"() <{value = dense<1.28703221E-4> : tensor<f32>}> : () -> tensor<f32>
    %612 = "stablehlo.constant"() <{value = dense<-0.0770968348> : tensor<f32>}> : () -> tensor<f32>
    %613 = "stablehlo.constant"() <{value = dense<-4.00104967E-4> : tensor<f32>}> : () -> tensor<f32>
    %614 = "stablehlo.constant"() <{value = dense<0.0921150743> : tensor<f32>}> : () -> tensor<f32>
    %615 = "stablehlo.constant"() <{value = dense<0.00130214519> : tensor<f32>}> : () -> tensor<f32>
    %616 = "stablehlo.constant"() <{value = dense<-0.115153804> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.constant"() <{value = dense<-0.00441957917> : tensor<f32>}> : () -> tensor<f32>
    %618 = "stablehlo.constant"() <{value = dense<0.155437008> : tensor<f32>}> : () -> tensor<f32>
    %619 = "stablehlo.constant"() <{value = dense<1.603110e-02> : tensor<f32>}> : () -> tensor<f32>
    %620 = "stablehlo.constant"() <{value = dense<-1.20428467E-5> : tensor<f32>}> : () -> tensor<f32>
    %621 = "stablehlo.constant"() <{value = dense<-2.49975801E-5> : tensor<f32>}> : () -> tensor<f32>
    %622 = "stablehlo.constant"() <{value = dense<-0.245239258> : tensor<f32>}> : () -> tensor<f32>
    %623 = "stablehlo.constant"() <{value = dense<-0.0657043457> : tensor<f32>}> : () -> tensor<f32>
    %624 = "stablehlo.constant"() <{value = dense<-1.63669398E-8> : tensor<f32>}> : () -> tensor<f32>
    %625 = "stablehlo.constant"() <{value = dense<-8.0771576E-9> : tensor<f32>}> : () -> tensor<f32>
    %626 = "stablehlo.constant"() <{value = dense<0.577215672> : tensor<f32>}> : () -> tensor<f32>
    %627 = "stablehlo.constant"() <{value = dense<0.362068325> : tensor<f32>}> : () -> tensor<f32>
    %628 = "stablehlo.constant"() <{value = dense<2.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %629 = "stablehlo.constant"() <{value = dense<-2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %630 = "stablehlo.constant"() <{value = dense<1.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %631 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %632 = "stablehlo.constant"() <{value = dense<4.08500311E+36> : tensor<f32>}> : () -> tensor<f32>
    %633 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %634 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %635 = "stablehlo.constant"() <{value = dense<0xCB000000> : tensor<f32>}> : () -> tensor<f32>
    %636 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %637 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %638 = "stablehlo.constant"() <{value = dense<[-0.457024753, 0.389279127, -0.143580884, 0.252317429, -0.0393618383, 0.044705715, -0.00821816828, 0.00845535938, -0.00138529448, 0.00139251992, -1.98333408E-4, 1.98492111E-4, -2.48002707E-5, 2.48029046E-5, -2.75571483E-6, 2.75574894E-6]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %639 = "stablehlo.constant"() <{value = dense<[5.94916755E-8, -3.54790686E-8, -3.68688085E-8, 3.76581397E-7, -4.76539057E-8, -3.55105034E-9, -5.32157296E-9, -8.06212164E-9, 3.06054702E-8, -2.78180523E-9, 3.50178708E-9, 1.29220146E-8, 7.863690e-10, 2.69535949E-8, 4.6068509E-9, -4.45871677E-8]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %640 = "stablehlo.constant"() <{value = dense<[-4.000000e+00, 8.000000e+00, -8.000000e+00, 5.000000e+00, -3.200000e+01, 3.200000e+01, -1.280000e+02, 1.280000e+02, -1.024000e+03, 1.024000e+03, -8.192000e+03, 8.192000e+03, -6.553600e+04, 6.553600e+04, -5.242880e+05, 5.242880e+05]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %641 = "stablehlo.constant"() <{value = dense<[-0.159328774, 0.0576419458, 0.0890589356, -0.112513699, 0.135735735, 6.965170e-02, 0.125686765, 0.146504283, 0.0406869948, 0.0332881212, 0.117427632, 0.117521591, 0.117468342, 0.117480814, 0.104421198, 0.104422495]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %642 = "stablehlo.constant"() <{value = dense<[0.331330806, 8.291350e-01, 0.503326118, 0.315871686, 0.616740942, 0.623426735, 0.486454189, 0.576084316, 0.384525478, 0.384525478, 0.746363044, 0.746960282, 0.746621787, 0.746701061, 0.663695037, 0.663703262]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %643 = "stablehlo.constant"() <{value = dense<[1.84733522E-4, -2.9646694E-8, 0.011288845, 0.0174867287, 0.00302782631, 0.00111427787, 0.0215747431, 0.0153723899, 0.00111806742, 0.00111262884, 1.96532113E-4, 1.94647379E-4, 1.95713132E-4, 1.95462926E-4, 8.03905597E-4, 8.03785398E-4]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %644 = "stablehlo.constant"() <{value = dense<[1.94712948E-6, 1.21839349E-7, -0.0256622117, -3.91509646E-4, -0.00889821723, -0.00260707643, -0.0563762672, -0.0442791618, -0.00225084438, -0.0021495237, -6.105965E-4, -6.05238078E-4, -6.08268601E-4, -6.07557246E-4, -0.00222100154, -0.0022206977]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %645 = "stablehlo.constant"() <{value = dense<[3.15098849E-4, -3.44550671E-7, 0.0290855914, 0.00992891471, 0.0122142518, 0.00309086381, 0.070916444, 0.057515502, 3.119470e-03, 0.00294237514, 9.17615601E-4, 9.10310831E-4, 9.14442877E-4, 9.13473195E-4, 0.00296809897, 0.00296773086]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %646 = "stablehlo.constant"() <{value = dense<[-3.84479208E-4, 1.15980686E-6, -0.0312476438, -1.439150e-02, -0.0139989331, -0.00412598718, -0.0725477635, -0.0567653738, -0.00473608915, -0.00451267697, -0.0013456688, -0.00133602659, -0.00134148181, -0.00134020182, -0.00387056544, -0.00387013354]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %647 = "stablehlo.constant"() <{value = dense<[0.00125246018, -3.95599136E-6, 0.0403914787, 0.0193856079, 0.0191290192, 0.0069939713, 0.0820309147, 0.0641004294, 0.00761114992, 0.00730301253, 0.00250417483, 0.00248820125, 0.0024972402, 0.00249511958, 0.00640497683, 0.0064043412]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %648 = "stablehlo.constant"() <{value = dense<[-0.00146748021, 1.45222593E-5, -0.0541492924, -0.0280490778, -0.0282975342, -0.0116980402, -0.0998203381, -0.0814136043, -0.0123622222, -0.0119208042, -0.00478769559, -0.00476096058, -0.00477609178, -0.00477254251, -0.0108892452, -0.010888299]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %649 = "stablehlo.constant"() <{value = dense<[0.00606082333, -4.8143087E-5, 0.0726415962, 0.0414062776, 0.041801028, 0.019464232, 0.123077847, 0.103880107, 0.0204555895, 0.0198268518, 0.0090743145, 0.00903086923, 0.00905546173, 0.00904969498, 0.0183528531, 0.018351486]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %650 = "stablehlo.constant"() <{value = dense<[-0.00566445943, 1.95083878E-4, -0.10001526, -0.0623254887, -6.309460e-02, -0.0333747901, -0.155301243, -0.134749115, -0.0348192044, -0.0339251608, -0.017664317, -0.0175938141, -0.0176337287, -0.0176243708, -0.0317691043, -0.0317671336]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %651 = "stablehlo.constant"() <{value = dense<[0.0340694487, -6.1159383E-4, 0.143769518, 0.100203656, 0.0993178635, 0.0596873201, 0.204172432, 0.182204425, 0.0617407188, 0.060469225, 0.0358742476, 0.0357596539, 0.035824541, 0.0358093306, 0.0573732294, 0.0573703833]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %652 = "stablehlo.constant"() <{value = dense<[-0.0220513903, 0.00312605849, -0.219275236, -0.160761073, -0.166799217, -0.113849126, -2.863670e-01, -0.262935728, -0.116775729, -0.114967376, -0.0777179226, -0.0775316581, -0.0776371509, -0.0776124224, -0.110526413, -0.1105223]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %653 = "stablehlo.constant"() <{value = dense<[0.303645074, -0.00831427425, 0.4036147, 0.383007586, 0.316655636, 0.245815158, 0.451950848, 0.426955372, 0.248478323, 0.245906442, 0.189408079, 0.189105317, 0.189276785, 0.189236596, 0.239530981, 0.239525035]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %654 = "stablehlo.constant"() <{value = dense<[-0.378900856, 0.0847525671, -0.972735583, -0.382870048, -0.837202489, -0.647658169, -0.963767051, -0.910435795, -0.706774055, -0.69945842, -0.615726292, -0.6147421, -0.615299701, -0.615169048, -0.692147255, -0.692130089]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %655 = "stablehlo.constant"() <{value = dense<[-8.08833888E-9, 3.02288261E-9, -2.62951705E-9, 1.11597682E-8, -2.961478E-8, 1.83076647E-8, -2.42011318E-8, -6.12570794E-9, 3.29787664E-9, -7.87305065E-9, -1.92484588E-8, -1.102803E-8, 1.95376559E-9, 2.95986302E-9, -6.88464041E-9, 6.48655218E-9]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %656 = "stablehlo.abs"(%arg39) : (tensor<8xf32>) -> tensor<8xf32>
    %657 = "stablehlo.broadcast_in_dim"(%637) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %658 = "stablehlo.compare"(%656, %657) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %659 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %660 = "stablehlo.compare"(%arg39, %659) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %661 = "stablehlo.not"(%660) : (tensor<8xi1>) -> tensor<8xi1>
    %662 = "stablehlo.not"(%658) : (tensor<8xi1>) -> tensor<8xi1>
    %663 = "stablehlo.and"(%661, %662) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %664 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %665 = "stablehlo.compare"(%arg39, %664) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %666 = "stablehlo.and"(%663, %665) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %667 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %668 = "stablehlo.select"(%666, %arg39, %667) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %669 = "stablehlo.round_nearest_even"(%668) : (tensor<8xf32>) -> tensor<8xf32>
    %670 = "stablehlo.subtract"(%668, %669) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %671 = "stablehlo.abs"(%670) : (tensor<8xf32>) -> tensor<8xf32>
    %672 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %673 = "stablehlo.subtract"(%672, %669) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %674 = "stablehlo.subtract"(%673, %670) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %675 = "stablehlo.subtract"(%673, %674) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %676 = "stablehlo.subtract"(%675, %670) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %677 = "stablehlo.select"(%660, %arg39, %674) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %678 = "stablehlo.broadcast_in_dim"(%632) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %679 = "stablehlo.minimum"(%677, %678) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %680:2 = "func.call"(%671) <{callee = @_log_f32}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %681 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %682 = "stablehlo.minimum"(%679, %681) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %683 = "stablehlo.broadcast_in_dim"(%630) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %684 = "stablehlo.compare"(%682, %683) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %685 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %686 = "stablehlo.subtract"(%682, %685) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %687 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %688 = "stablehlo.add"(%687, %682) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %689 = "stablehlo.subtract"(%688, %687) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %690 = "stablehlo.subtract"(%682, %689) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %691 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %692 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %693 = "stablehlo.select"(%684, %691, %692) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %694 = "stablehlo.subtract"(%682, %693) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %695 = "stablehlo.broadcast_in_dim"(%627) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %696 = "stablehlo.broadcast_in_dim"(%626) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %697 = "stablehlo.select"(%684, %695, %696) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %698 = "stablehlo.broadcast_in_dim"(%625) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %699 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %700 = "stablehlo.select"(%684, %698, %699) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %701 = "stablehlo.broadcast_in_dim"(%623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %702 = "stablehlo.broadcast_in_dim"(%622) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %703 = "stablehlo.select"(%684, %701, %702) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %704 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %705 = "stablehlo.broadcast_in_dim"(%620) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %706 = "stablehlo.select"(%684, %704, %705) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %707 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %708 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %709 = "stablehlo.select"(%684, %707, %708) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %710 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %711 = "stablehlo.broadcast_in_dim"(%616) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %712 = "stablehlo.select"(%684, %710, %711) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %713 = "stablehlo.broadcast_in_dim"(%615) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %714 = "stablehlo.broadcast_in_dim"(%614) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %715 = "stablehlo.select"(%684, %713, %714) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %716 = "stablehlo.broadcast_in_dim"(%613) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %717 = "stablehlo.broadcast_in_dim"(%612) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %718 = "stablehlo.select"(%684, %716, %717) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %719 = "stablehlo.broadcast_in_dim"(%611) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %720 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %721 = "stablehlo.select"(%684, %719, %720) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %722 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %723 = "stablehlo.broadcast_in_dim"(%608) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %724 = "stablehlo.select"(%684, %722, %723) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %725 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %726 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %727 = "stablehlo.select"(%684, %725, %726) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %728 = "stablehlo.broadcast_in_dim"(%605) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %729 = "stablehlo.broadcast_in_dim"(%604) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %730 = "stablehlo.select"(%684, %728, %729) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %731 = "stablehlo.broadcast_in_dim"(%603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %732 = "stablehlo.broadcast_in_dim"(%602) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %733 = "stablehlo.select"(%684, %731, %732) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %734 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %735 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %736 = "stablehlo.select"(%684, %734, %735) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %737 = "stablehlo.bitcast_convert"(%694) : (tensor<8xf32>) -> tensor<8xi32>
    %738 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %739 = "stablehlo.and"(%737, %738) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %740 = "stablehlo.bitcast_convert"(%739) : (tensor<8xi32>) -> tensor<8xf32>
    %741 = "stablehlo.subtract"(%694, %740) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %742 = "stablehlo.multiply"(%740, %703) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %743 = "stablehlo.add"(%697, %742) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %744 = "stablehlo.subtract"(%743, %697) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %745 = "stablehlo.subtract"(%742, %744) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %746 = "stablehlo.multiply"(%741, %703) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %747 = "stablehlo.add"(%700, %746) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %748 = "stablehlo.fma"(%736, %694, %733) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %749 = "stablehlo.fma"(%748, %694, %730) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %750 = "stablehlo.fma"(%749, %694, %727) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %751 = "stablehlo.fma"(%750, %694, %724) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %752 = "stablehlo.fma"(%751, %694, %721) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %753 = "stablehlo.fma"(%752, %694, %718) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %754 = "stablehlo.fma"(%753, %694, %715) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %755 = "stablehlo.fma"(%754, %694, %712) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %756 = "stablehlo.fma"(%755, %694, %709) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %757 = "stablehlo.fma"(%756, %694, %706) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %758 = "stablehlo.multiply"(%694, %757) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %759 = "stablehlo.add"(%747, %758) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %760 = "stablehlo.add"(%745, %759) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %761 = "stablehlo.add"(%743, %760) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %762 = "stablehlo.subtract"(%761, %743) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %763 = "stablehlo.subtract"(%760, %762) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %764 = "stablehlo.bitcast_convert"(%686) : (tensor<8xf32>) -> tensor<8xi32>
    %765 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %766 = "stablehlo.and"(%764, %765) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %767 = "stablehlo.bitcast_convert"(%766) : (tensor<8xi32>) -> tensor<8xf32>
    %768 = "stablehlo.subtract"(%686, %767) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %769 = "stablehlo.bitcast_convert"(%688) : (tensor<8xf32>) -> tensor<8xi32>
    %770 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %771 = "stablehlo.and"(%769, %770) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %772 = "stablehlo.bitcast_convert"(%771) : (tensor<8xi32>) -> tensor<8xf32>
    %773 = "stablehlo.subtract"(%688, %772) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %774 = "stablehlo.multiply"(%767, %772) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %775 = "stablehlo.multiply"(%768, %688) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %776 = "stablehlo.add"(%773, %690) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %777 = "stablehlo.multiply"(%767, %776) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %778 = "stablehlo.add"(%775, %777) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %779 = "stablehlo.bitcast_convert"(%761) : (tensor<8xf32>) -> tensor<8xi32>
    %780 = "stablehlo.broadcast_in_dim"(%598) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %781 = "stablehlo.and"(%779, %780) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %782 = "stablehlo.bitcast_convert"(%781) : (tensor<8xi32>) -> tensor<8xf32>
    %783 = "stablehlo.subtract"(%761, %782) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %784 = "stablehlo.multiply"(%774, %782) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %785 = "stablehlo.multiply"(%778, %761) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %786 = "stablehlo.add"(%783, %763) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %787 = "stablehlo.multiply"(%774, %786) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %788 = "stablehlo.add"(%785, %787) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %789 = "stablehlo.add"(%784, %788) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %790 = "stablehlo.subtract"(%789, %784) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %791 = "stablehlo.subtract"(%788, %790) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %792:2 = "func.call"(%679) <{callee = @_log_f32}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %793 = "stablehlo.bitcast_convert"(%792#0) : (tensor<8xf32>) -> tensor<8xi32>
    %794 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %795 = "stablehlo.and"(%793, %794) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %796 = "stablehlo.bitcast_convert"(%795) : (tensor<8xi32>) -> tensor<8xf32>
    %797 = "stablehlo.subtract"(%792#0, %796) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %798 = "stablehlo.add"(%797, %792#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %799 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %800 = "stablehlo.add"(%679, %799) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %801 = "stablehlo.subtract"(%800, %679) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %802 = "stablehlo.subtract"(%799, %801) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %803 = "stablehlo.bitcast_convert"(%800) : (tensor<8xf32>) -> tensor<8xi32>
    %804 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %805 = "stablehlo.and"(%803, %804) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %806 = "stablehlo.bitcast_convert"(%805) : (tensor<8xi32>) -> tensor<8xf32>
    %807 = "stablehlo.subtract"(%800, %806) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %808 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %809 = "stablehlo.subtract"(%796, %808) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %810 = "stablehlo.multiply"(%806, %809) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %811 = "stablehlo.add"(%807, %802) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %812 = "stablehlo.multiply"(%811, %809) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %813 = "stablehlo.multiply"(%800, %798) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %814 = "stablehlo.add"(%812, %813) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %815 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %816 = "stablehlo.divide"(%815, %679) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %817 = "stablehlo.multiply"(%816, %816) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %818 = "stablehlo.broadcast_in_dim"(%595) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %819 = "stablehlo.broadcast_in_dim"(%596) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %820 = "stablehlo.fma"(%818, %817, %819) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %821 = "stablehlo.broadcast_in_dim"(%597) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %822 = "stablehlo.fma"(%820, %817, %821) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %823 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %824 = "stablehlo.add"(%810, %823) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %825 = "stablehlo.subtract"(%824, %810) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %826 = "stablehlo.subtract"(%823, %825) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %827 = "stablehlo.multiply"(%816, %822) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %828 = "stablehlo.broadcast_in_dim"(%593) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %829 = "stablehlo.add"(%828, %827) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %830 = "stablehlo.add"(%814, %829) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %831 = "stablehlo.add"(%826, %830) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %832 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %833 = "stablehlo.multiply"(%832, %816) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %834 = "stablehlo.subtract"(%792#0, %833) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %835 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %836 = "stablehlo.compare"(%679, %835) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %837 = "stablehlo.select"(%836, %789, %824) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %838 = "stablehlo.select"(%836, %791, %831) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %839 = "stablehlo.add"(%837, %838) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %840 = "stablehlo.add"(%838, %680#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %841 = "stablehlo.multiply"(%834, %676) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %842 = "stablehlo.multiply"(%670, %670) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %843 = "stablehlo.bitcast_convert"(%670) : (tensor<8xf32>) -> tensor<8xi32>
    %844 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %845 = "stablehlo.and"(%843, %844) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %846 = "stablehlo.bitcast_convert"(%845) : (tensor<8xi32>) -> tensor<8xf32>
    %847 = "stablehlo.subtract"(%670, %846) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %848 = "stablehlo.multiply"(%846, %846) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %849 = "stablehlo.broadcast_in_dim"(%591) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %850 = "stablehlo.multiply"(%848, %849) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %851 = "stablehlo.add"(%670, %846) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %852 = "stablehlo.multiply"(%847, %851) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %853 = "stablehlo.broadcast_in_dim"(%591) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %854 = "stablehlo.multiply"(%852, %853) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %855 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %856 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %857 = "stablehlo.fma"(%855, %842, %856) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %858 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %859 = "stablehlo.fma"(%857, %842, %858) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %860 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %861 = "stablehlo.fma"(%859, %842, %860) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %862 = "stablehlo.broadcast_in_dim"(%589) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %863 = "stablehlo.fma"(%861, %842, %862) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %864 = "stablehlo.broadcast_in_dim"(%590) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %865 = "stablehlo.fma"(%863, %842, %864) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %866 = "stablehlo.multiply"(%842, %865) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %867 = "stablehlo.add"(%854, %866) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %868 = "stablehlo.add"(%680#0, %850) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %869 = "stablehlo.subtract"(%868, %680#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %870 = "stablehlo.subtract"(%850, %869) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %871 = "stablehlo.add"(%837, %868) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %872 = "stablehlo.subtract"(%871, %837) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %873 = "stablehlo.subtract"(%871, %872) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %874 = "stablehlo.subtract"(%837, %873) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %875 = "stablehlo.subtract"(%868, %872) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %876 = "stablehlo.add"(%874, %875) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %877 = "stablehlo.add"(%876, %870) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %878 = "stablehlo.add"(%877, %840) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %879 = "stablehlo.add"(%867, %841) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %880 = "stablehlo.add"(%878, %879) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %881 = "stablehlo.add"(%871, %880) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %882 = "stablehlo.negate"(%881) : (tensor<8xf32>) -> tensor<8xf32>
    %883 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %884 = "stablehlo.compare"(%668, %883) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %885 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %886 = "stablehlo.compare"(%668, %885) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %887 = "stablehlo.and"(%884, %886) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %888 = "stablehlo.convert"(%669) : (tensor<8xf32>) -> tensor<8xi32>
    %889 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %890 = "stablehlo.compare"(%668, %889) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %891 = "stablehlo.broadcast_in_dim"(%582) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %892 = "stablehlo.compare"(%888, %891) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %893 = "stablehlo.and"(%890, %892) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %894 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %895 = "stablehlo.compare"(%670, %894) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %896 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %897 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %898 = "stablehlo.select"(%895, %896, %897) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %899 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %900 = "stablehlo.broadcast_in_dim"(%577) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %901 = "stablehlo.add"(%888, %888) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %902 = "stablehlo.subtract"(%898, %901) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %903 = "stablehlo.select"(%887, %900, %902) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %904 = "stablehlo.broadcast_in_dim"(%576) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %905 = "stablehlo.clamp"(%899, %903, %904) : (tensor<8xi32>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %906 = "stablehlo.broadcast_in_dim"(%905) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %907 = "stablehlo.gather"(%638, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %908 = "stablehlo.gather"(%639, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %909 = "stablehlo.gather"(%640, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %910 = "stablehlo.gather"(%641, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %911 = "stablehlo.gather"(%642, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %912 = "stablehlo.subtract"(%670, %907) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %913 = "stablehlo.multiply"(%912, %909) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %914 = "stablehlo.add"(%913, %908) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %915 = "stablehlo.subtract"(%914, %913) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %916 = "stablehlo.subtract"(%908, %915) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %917 = "stablehlo.subtract"(%914, %910) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %918 = "stablehlo.abs"(%917) : (tensor<8xf32>) -> tensor<8xf32>
    %919 = "stablehlo.compare"(%918, %911) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %920 = "stablehlo.and"(%893, %919) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %921 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %922 = "stablehlo.select"(%920, %914, %921) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %923 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %924 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %925 = "stablehlo.select"(%887, %923, %924) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %926 = "stablehlo.bitcast_convert"(%922) : (tensor<8xf32>) -> tensor<8xi32>
    %927 = "stablehlo.and"(%926, %925) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %928 = "stablehlo.bitcast_convert"(%927) : (tensor<8xi32>) -> tensor<8xf32>
    %929 = "stablehlo.subtract"(%922, %928) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %930 = "stablehlo.add"(%929, %916) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %931 = "stablehlo.multiply"(%928, %928) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %932 = "stablehlo.select"(%887, %931, %928) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %933 = "stablehlo.add"(%922, %928) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %934 = "stablehlo.multiply"(%930, %933) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %935 = "stablehlo.select"(%887, %934, %930) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %936 = "stablehlo.broadcast_in_dim"(%575) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %937 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %938 = "stablehlo.select"(%887, %936, %937) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %939 = "stablehlo.gather"(%643, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %940 = "stablehlo.multiply"(%939, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %941 = "stablehlo.gather"(%644, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %942 = "stablehlo.add"(%940, %941) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %943 = "stablehlo.multiply"(%942, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %944 = "stablehlo.gather"(%645, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %945 = "stablehlo.add"(%943, %944) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %946 = "stablehlo.multiply"(%945, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %947 = "stablehlo.gather"(%646, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %948 = "stablehlo.add"(%946, %947) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %949 = "stablehlo.multiply"(%948, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %950 = "stablehlo.gather"(%647, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %951 = "stablehlo.add"(%949, %950) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %952 = "stablehlo.multiply"(%951, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %953 = "stablehlo.gather"(%648, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %954 = "stablehlo.add"(%952, %953) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %955 = "stablehlo.multiply"(%954, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %956 = "stablehlo.gather"(%649, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %957 = "stablehlo.add"(%955, %956) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %958 = "stablehlo.multiply"(%957, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %959 = "stablehlo.gather"(%650, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %960 = "stablehlo.add"(%958, %959) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %961 = "stablehlo.multiply"(%960, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %962 = "stablehlo.gather"(%651, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %963 = "stablehlo.add"(%961, %962) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %964 = "stablehlo.multiply"(%963, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %965 = "stablehlo.gather"(%652, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %966 = "stablehlo.add"(%964, %965) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %967 = "stablehlo.multiply"(%966, %922) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %968 = "stablehlo.gather"(%653, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %969 = "stablehlo.add"(%967, %968) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %970 = "stablehlo.gather"(%654, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %971 = "stablehlo.multiply"(%922, %969) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %972 = "stablehlo.add"(%970, %971) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %973 = "stablehlo.subtract"(%972, %970) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %974 = "stablehlo.subtract"(%971, %973) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %975 = "stablehlo.gather"(%655, %906) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %976 = "stablehlo.bitcast_convert"(%972) : (tensor<8xf32>) -> tensor<8xi32>
    %977 = "stablehlo.broadcast_in_dim"(%599) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %978 = "stablehlo.and"(%976, %977) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %979 = "stablehlo.bitcast_convert"(%978) : (tensor<8xi32>) -> tensor<8xf32>
    %980 = "stablehlo.subtract"(%972, %979) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %981 = "stablehlo.multiply"(%932, %979) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %982 = "stablehlo.add"(%938, %981) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %983 = "stablehlo.subtract"(%982, %938) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %984 = "stablehlo.subtract"(%981, %983) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %985 = "stablehlo.add"(%974, %975) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %986 = "stablehlo.add"(%980, %985) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %987 = "stablehlo.multiply"(%932, %986) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %988 = "stablehlo.multiply"(%935, %972) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %989 = "stablehlo.add"(%987, %988) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %990 = "stablehlo.add"(%984, %989) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %991 = "stablehlo.add"(%982, %990) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %992 = "stablehlo.select"(%920, %991, %882) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %993 = "stablehlo.select"(%660, %839, %992) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %994 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %995 = "stablehlo.compare"(%993, %994) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %996 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %997 = "stablehlo.select"(%995, %996, %993) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %998 = "stablehlo.not"(%660) : (tensor<8xi1>) -> tensor<8xi1>
    %999 = "stablehlo.not"(%658) : (tensor<8xi1>) -> tensor<8xi1>
    %1000 = "stablehlo.and"(%998, %999) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1001 = "stablehlo.floor"(%arg39) : (tensor<8xf32>) -> tensor<8xf32>
    %1002 = "stablehlo.compare"(%arg39, %1001) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1003 = "stablehlo.and"(%1000, %1002) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1004 = "stablehlo.or"(%658, %1003) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1005 = "stablehlo.broadcast_in_dim"(%632) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1006 = "stablehlo.compare"(%arg39, %1005) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1007 = "stablehlo.or"(%1004, %1006) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %1008 = "stablehlo.broadcast_in_dim"(%574) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1009 = "stablehlo.select"(%1007, %1008, %997) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %1010 = "stablehlo.compare"(%arg39, %arg39) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1011 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1012 = "stablehlo.select"(%1010, %1011, %1009) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%1012) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_log_f32", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<8xf32>):
    %514 = "stablehlo.constant"() <{value = dense<3.19461833E-5> : tensor<f32>}> : () -> tensor<f32>
    %515 = "stablehlo.constant"() <{value = dense<0.693115234> : tensor<f32>}> : () -> tensor<f32>
    %516 = "stablehlo.constant"() <{value = dense<-0.076344505> : tensor<f32>}> : () -> tensor<f32>
    %517 = "stablehlo.constant"() <{value = dense<0.127616659> : tensor<f32>}> : () -> tensor<f32>
    %518 = "stablehlo.constant"() <{value = dense<-0.131602421> : tensor<f32>}> : () -> tensor<f32>
    %519 = "stablehlo.constant"() <{value = dense<0.142017499> : tensor<f32>}> : () -> tensor<f32>
    %520 = "stablehlo.constant"() <{value = dense<-0.16623351> : tensor<f32>}> : () -> tensor<f32>
    %521 = "stablehlo.constant"() <{value = dense<0.200012267> : tensor<f32>}> : () -> tensor<f32>
    %522 = "stablehlo.constant"() <{value = dense<-0.250008225> : tensor<f32>}> : () -> tensor<f32>
    %523 = "stablehlo.constant"() <{value = dense<0.333333313> : tensor<f32>}> : () -> tensor<f32>
    %524 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %525 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %526 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %527 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %528 = "stablehlo.bitcast_convert"(%arg38) : (tensor<8xf32>) -> tensor<8xi32>
    %529 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %530 = "stablehlo.subtract"(%528, %529) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %531 = "stablehlo.broadcast_in_dim"(%526) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %532 = "stablehlo.shift_right_arithmetic"(%530, %531) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %533 = "stablehlo.convert"(%532) : (tensor<8xi32>) -> tensor<8xf32>
    %534 = "stablehlo.broadcast_in_dim"(%526) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %535 = "stablehlo.shift_left"(%532, %534) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %536 = "stablehlo.subtract"(%528, %535) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %537 = "stablehlo.bitcast_convert"(%536) : (tensor<8xi32>) -> tensor<8xf32>
    %538 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %539 = "stablehlo.subtract"(%537, %538) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %540 = "stablehlo.multiply"(%539, %539) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %541 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %542 = "stablehlo.multiply"(%541, %540) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %543 = "stablehlo.add"(%539, %542) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %544 = "stablehlo.subtract"(%543, %539) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %545 = "stablehlo.subtract"(%542, %544) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %546 = "stablehlo.multiply"(%540, %539) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %547 = "stablehlo.broadcast_in_dim"(%516) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %548 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %549 = "stablehlo.fma"(%547, %539, %548) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %550 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %551 = "stablehlo.fma"(%549, %539, %550) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %552 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %553 = "stablehlo.fma"(%551, %539, %552) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %554 = "stablehlo.broadcast_in_dim"(%520) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %555 = "stablehlo.fma"(%553, %539, %554) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %556 = "stablehlo.broadcast_in_dim"(%521) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %557 = "stablehlo.fma"(%555, %539, %556) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %558 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %559 = "stablehlo.fma"(%557, %539, %558) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %560 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %561 = "stablehlo.fma"(%559, %539, %560) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %562 = "stablehlo.multiply"(%546, %561) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %563 = "stablehlo.add"(%545, %562) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %564 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %565 = "stablehlo.multiply"(%533, %564) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %566 = "stablehlo.add"(%565, %543) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %567 = "stablehlo.subtract"(%566, %565) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %568 = "stablehlo.subtract"(%543, %567) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %569 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %570 = "stablehlo.multiply"(%533, %569) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %571 = "stablehlo.add"(%563, %570) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %572 = "stablehlo.add"(%568, %571) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%566, %572) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<8xf32>, sym_name = "digamma", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<8xf32>):
    %513 = "func.call"(%arg37) <{callee = @digamma_impl}> : (tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%513) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "digamma_impl", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<8xf32>):
    %284 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %285 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %286 = "stablehlo.constant"() <{value = dense<5.39919895E-8> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.constant"() <{value = dense<-95.8082199> : tensor<f32>}> : () -> tensor<f32>
    %288 = "stablehlo.constant"() <{value = dense<-6.68154776E-9> : tensor<f32>}> : () -> tensor<f32>
    %289 = "stablehlo.constant"() <{value = dense<-66.7959061> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.constant"() <{value = dense<-4.8111076E-8> : tensor<f32>}> : () -> tensor<f32>
    %291 = "stablehlo.constant"() <{value = dense<-2.61072087> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.constant"() <{value = dense<-1.20360522E-8> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.constant"() <{value = dense<5.61947127E-6> : tensor<f32>}> : () -> tensor<f32>
    %294 = "stablehlo.constant"() <{value = dense<-0.44276318> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.constant"() <{value = dense<0.967666625> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.constant"() <{value = dense<2.000000e-05> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.constant"() <{value = dense<1.46163213> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.constant"() <{value = dense<1.73176691E-8> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.constant"() <{value = dense<0.789868116> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.constant"() <{value = dense<-1.63432856E-9> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.constant"() <{value = dense<0.0396464691> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.constant"() <{value = dense<1.65125743E-11> : tensor<f32>}> : () -> tensor<f32>
    %303 = "stablehlo.constant"() <{value = dense<0.00343612395> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.constant"() <{value = dense<-1.40729269E-11> : tensor<f32>}> : () -> tensor<f32>
    %305 = "stablehlo.constant"() <{value = dense<3.42212414E-4> : tensor<f32>}> : () -> tensor<f32>
    %306 = "stablehlo.constant"() <{value = dense<5.24926129E-8> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.constant"() <{value = dense<4.23652978E-7> : tensor<f32>}> : () -> tensor<f32>
    %308 = "stablehlo.constant"() <{value = dense<3.89234947E-6> : tensor<f32>}> : () -> tensor<f32>
    %309 = "stablehlo.constant"() <{value = dense<3.60251979E-5> : tensor<f32>}> : () -> tensor<f32>
    %310 = "stablehlo.constant"() <{value = dense<-5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %311 = "stablehlo.constant"() <{value = dense<1.000000e+01> : tensor<f32>}> : () -> tensor<f32>
    %312 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %313 = "stablehlo.constant"() <{value = dense<0x4B800000> : tensor<f32>}> : () -> tensor<f32>
    %314 = "stablehlo.constant"() <{value = dense<-2.48352783E-9> : tensor<f32>}> : () -> tensor<f32>
    %315 = "stablehlo.constant"() <{value = dense<0.0833333358> : tensor<f32>}> : () -> tensor<f32>
    %316 = "stablehlo.constant"() <{value = dense<4.36943981E-10> : tensor<f32>}> : () -> tensor<f32>
    %317 = "stablehlo.constant"() <{value = dense<-0.00833333377> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.constant"() <{value = dense<1.65238767E-10> : tensor<f32>}> : () -> tensor<f32>
    %319 = "stablehlo.constant"() <{value = dense<0.0039682528> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.constant"() <{value = dense<1.80291296E-10> : tensor<f32>}> : () -> tensor<f32>
    %321 = "stablehlo.constant"() <{value = dense<-4.166500e-03> : tensor<f32>}> : () -> tensor<f32>
    %322 = "stablehlo.constant"() <{value = dense<-0.152246848> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.constant"() <{value = dense<0.0656768977> : tensor<f32>}> : () -> tensor<f32>
    %324 = "stablehlo.constant"() <{value = dense<-0.0204480588> : tensor<f32>}> : () -> tensor<f32>
    %325 = "stablehlo.constant"() <{value = dense<0.00756190345> : tensor<f32>}> : () -> tensor<f32>
    %326 = "stablehlo.constant"() <{value = dense<9.99999984E+17> : tensor<f32>}> : () -> tensor<f32>
    %327 = "stablehlo.constant"() <{value = dense<4.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.constant"() <{value = dense<0xCB000000> : tensor<f32>}> : () -> tensor<f32>
    %329 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %330 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %331 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %333 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %337 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %338 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %339 = "stablehlo.broadcast_in_dim"(%332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %341 = "stablehlo.abs"(%arg36) : (tensor<8xf32>) -> tensor<8xf32>
    %342 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %343 = "stablehlo.compare"(%341, %342) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %344 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %345 = "stablehlo.compare"(%arg36, %344) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %346 = "stablehlo.broadcast_in_dim"(%328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %347 = "stablehlo.compare"(%arg36, %346) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %348 = "stablehlo.compare"(%341, %339) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %349 = "stablehlo.not"(%348) : (tensor<8xi1>) -> tensor<8xi1>
    %350 = "stablehlo.or"(%343, %349) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %351 = "stablehlo.select"(%350, %338, %arg36) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %352 = "stablehlo.not"(%345) : (tensor<8xi1>) -> tensor<8xi1>
    %353 = "stablehlo.and"(%352, %347) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %354 = "stablehlo.not"(%343) : (tensor<8xi1>) -> tensor<8xi1>
    %355 = "stablehlo.and"(%353, %354) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %356 = "stablehlo.select"(%355, %351, %340) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %357 = "stablehlo.round_nearest_even"(%356) : (tensor<8xf32>) -> tensor<8xf32>
    %358 = "stablehlo.subtract"(%356, %357) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %359 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %360 = "stablehlo.compare"(%358, %359) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %361 = "stablehlo.select"(%360, %340, %358) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %362 = "stablehlo.subtract"(%338, %357) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %363 = "stablehlo.negate"(%358) : (tensor<8xf32>) -> tensor<8xf32>
    %364 = "stablehlo.add"(%362, %363) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %365 = "stablehlo.subtract"(%364, %362) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %366 = "stablehlo.subtract"(%363, %365) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %367 = "stablehlo.select"(%345, %351, %364) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %368 = "stablehlo.select"(%345, %336, %366) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %369 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %370 = "stablehlo.compare"(%367, %369) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %371 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %372 = "stablehlo.compare"(%367, %371) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %373 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %374 = "stablehlo.compare"(%368, %373) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %375 = "stablehlo.and"(%372, %374) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %376 = "stablehlo.or"(%370, %375) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %377 = "stablehlo.select"(%376, %367, %338) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %378 = "stablehlo.select"(%376, %368, %336) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %379:2 = "func.call"(%377, %378) <{callee = @_shift4_f2}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %380 = "stablehlo.negate"(%379#0) : (tensor<8xf32>) -> tensor<8xf32>
    %381 = "stablehlo.negate"(%379#1) : (tensor<8xf32>) -> tensor<8xf32>
    %382:2 = "func.call"(%336, %336, %380, %381) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %383:2 = "func.call"(%377, %378, %337, %336) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %384 = "stablehlo.select"(%376, %382#0, %336) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %385 = "stablehlo.select"(%376, %382#1, %336) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %386 = "stablehlo.select"(%376, %383#0, %367) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %387 = "stablehlo.select"(%376, %383#1, %368) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %388 = "stablehlo.broadcast_in_dim"(%326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %389 = "stablehlo.compare"(%386, %388) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %390 = "stablehlo.select"(%389, %338, %386) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %391 = "stablehlo.select"(%389, %336, %387) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %392:2 = "func.call"(%390, %391) <{callee = @f2_recip}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %393 = "stablehlo.select"(%389, %336, %392#0) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %394 = "stablehlo.select"(%389, %336, %392#1) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %395 = "stablehlo.multiply"(%340, %393) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %396 = "stablehlo.multiply"(%340, %394) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %397:2 = "func.call"(%384, %385, %395, %396) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %398:2 = "func.call"(%386, %387, %393, %394) <{callee = @log_f2}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %399:2 = "func.call"(%397#0, %397#1, %398#0, %398#1) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %400:2 = "func.call"(%393, %394) <{callee = @f2_square}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %401 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %402 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %403 = "stablehlo.fma"(%401, %400#0, %402) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %404 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %405 = "stablehlo.fma"(%403, %400#0, %404) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %406 = "stablehlo.broadcast_in_dim"(%325) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %407 = "stablehlo.fma"(%405, %400#0, %406) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %408:2 = "func.call"(%407, %400#0) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %409:2 = "func.call"(%321, %320, %408#0, %408#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %410:2 = "func.call"(%409#0, %409#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %411:2 = "func.call"(%319, %318, %410#0, %410#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %412:2 = "func.call"(%411#0, %411#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %413:2 = "func.call"(%317, %316, %412#0, %412#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %414:2 = "func.call"(%413#0, %413#1, %400#0, %400#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %415:2 = "func.call"(%315, %314, %414#0, %414#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %416 = "stablehlo.negate"(%400#0) : (tensor<8xf32>) -> tensor<8xf32>
    %417 = "stablehlo.negate"(%400#1) : (tensor<8xf32>) -> tensor<8xf32>
    %418:2 = "func.call"(%415#0, %415#1, %416, %417) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %419:2 = "func.call"(%399#0, %399#1, %418#0, %418#1) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %420 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %421 = "stablehlo.multiply"(%361, %420) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %422:2 = "func.call"(%421, %336) <{callee = @f2_recip}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %423 = "stablehlo.negate"(%420) : (tensor<8xf32>) -> tensor<8xf32>
    %424 = "stablehlo.multiply"(%423, %422#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %425 = "stablehlo.select"(%345, %336, %424) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %426 = "stablehlo.multiply"(%423, %422#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %427 = "stablehlo.select"(%345, %336, %426) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %428:2 = "func.call"(%419#0, %419#1, %425, %427) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %429:2 = "func.call"(%361, %361) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %430 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %431 = "stablehlo.multiply"(%430, %429#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %432 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %433 = "stablehlo.multiply"(%432, %429#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %434:2 = "func.call"(%311, %336, %431, %433) <{callee = @f2_add_1}> : (tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %435:2 = "func.call"(%310, %336, %429#0, %429#1) <{callee = @f2_add_1}> : (tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %436:2 = "func.call"(%435#0, %435#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %437:2 = "func.call"(%337, %336, %436#0, %436#1) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %438:2 = "func.call"(%434#0, %434#1, %437#0, %437#1) <{callee = @f2_div}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %439 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %440 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %441 = "stablehlo.fma"(%439, %429#0, %440) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %442 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %443 = "stablehlo.fma"(%441, %429#0, %442) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %444 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %445 = "stablehlo.fma"(%443, %429#0, %444) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %446:2 = "func.call"(%445, %429#0) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %447:2 = "func.call"(%305, %304, %446#0, %446#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %448:2 = "func.call"(%447#0, %447#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %449:2 = "func.call"(%303, %302, %448#0, %448#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %450:2 = "func.call"(%449#0, %449#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %451:2 = "func.call"(%301, %300, %450#0, %450#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %452:2 = "func.call"(%451#0, %451#1, %429#0, %429#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %453:2 = "func.call"(%299, %298, %452#0, %452#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %454:2 = "func.call"(%453#0, %453#1, %438#0, %438#1) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %455 = "stablehlo.select"(%345, %336, %361) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %456:2 = "func.call"(%454#0, %454#1, %455, %336) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %457 = "stablehlo.add"(%428#0, %456#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %458 = "stablehlo.subtract"(%457, %428#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %459 = "stablehlo.subtract"(%457, %458) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %460 = "stablehlo.subtract"(%428#0, %459) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %461 = "stablehlo.subtract"(%456#0, %458) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %462 = "stablehlo.add"(%460, %461) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %463 = "stablehlo.add"(%428#1, %456#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %464 = "stablehlo.add"(%462, %463) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %465 = "stablehlo.add"(%457, %464) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %466 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %467 = "stablehlo.subtract"(%351, %466) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %468 = "stablehlo.abs"(%467) : (tensor<8xf32>) -> tensor<8xf32>
    %469 = "stablehlo.broadcast_in_dim"(%296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %470 = "stablehlo.compare"(%468, %469) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %471 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %472 = "stablehlo.subtract"(%351, %471) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %473 = "stablehlo.select"(%470, %472, %336) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %474 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %475 = "stablehlo.multiply"(%473, %474) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %476 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %477 = "stablehlo.multiply"(%476, %473) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %478 = "stablehlo.broadcast_in_dim"(%293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %479 = "stablehlo.add"(%478, %477) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %480 = "stablehlo.multiply"(%473, %479) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %481 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %482 = "stablehlo.add"(%481, %480) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %483 = "stablehlo.add"(%475, %482) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %484 = "stablehlo.select"(%470, %483, %465) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %485 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %486 = "stablehlo.compare"(%arg36, %485) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %487 = "stablehlo.broadcast_in_dim"(%290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %488 = "stablehlo.select"(%486, %487, %484) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %489 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %490 = "stablehlo.compare"(%arg36, %489) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %491 = "stablehlo.broadcast_in_dim"(%288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %492 = "stablehlo.select"(%490, %491, %488) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %493 = "stablehlo.broadcast_in_dim"(%287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %494 = "stablehlo.compare"(%arg36, %493) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %495 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %496 = "stablehlo.select"(%494, %495, %492) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %497 = "stablehlo.compare"(%arg36, %arg36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %498 = "stablehlo.not"(%345) : (tensor<8xi1>) -> tensor<8xi1>
    %499 = "stablehlo.not"(%347) : (tensor<8xi1>) -> tensor<8xi1>
    %500 = "stablehlo.or"(%360, %499) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %501 = "stablehlo.and"(%498, %500) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %502 = "stablehlo.or"(%497, %501) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %503 = "stablehlo.broadcast_in_dim"(%285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %504 = "stablehlo.select"(%502, %503, %496) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %505 = "stablehlo.bitcast_convert"(%arg36) : (tensor<8xf32>) -> tensor<8xi32>
    %506 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %507 = "stablehlo.compare"(%505, %506) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %508 = "stablehlo.negate"(%339) : (tensor<8xf32>) -> tensor<8xf32>
    %509 = "stablehlo.select"(%507, %339, %508) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %510 = "stablehlo.select"(%343, %509, %504) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %511 = "stablehlo.compare"(%arg36, %339) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %512 = "stablehlo.select"(%511, %339, %510) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%512) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_shift4_f2", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<8xf32>, %arg35: tensor<8xf32>):
    %248 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.constant"() <{value = dense<-1.250000e+00> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.constant"() <{value = dense<1.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %253 = "stablehlo.add"(%arg34, %252) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %254 = "stablehlo.subtract"(%253, %arg34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.subtract"(%253, %254) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %256 = "stablehlo.subtract"(%arg34, %255) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %257 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %258 = "stablehlo.subtract"(%257, %254) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %259 = "stablehlo.add"(%256, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.add"(%259, %arg35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.add"(%253, %260) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.subtract"(%261, %253) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.subtract"(%260, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264:2 = "func.call"(%261, %263) <{callee = @f2_square}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %265 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %266 = "stablehlo.add"(%264#0, %265) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %267 = "stablehlo.subtract"(%266, %264#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %268 = "stablehlo.broadcast_in_dim"(%250) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %269 = "stablehlo.subtract"(%268, %267) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.add"(%269, %264#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271:2 = "func.call"(%266, %270) <{callee = @f2_square}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %272 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %273 = "stablehlo.add"(%271#0, %272) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.subtract"(%273, %271#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %276 = "stablehlo.subtract"(%275, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.add"(%276, %271#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %279 = "stablehlo.multiply"(%278, %261) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %280 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %281 = "stablehlo.multiply"(%280, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %282:2 = "func.call"(%279, %281, %266, %270) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %283:2 = "func.call"(%282#0, %282#1, %273, %277) <{callee = @f2_div}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    "func.return"(%283#0, %283#1) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_square", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<8xf32>, %arg33: tensor<8xf32>):
    %228 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %229 = "stablehlo.multiply"(%arg32, %arg32) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.bitcast_convert"(%arg32) : (tensor<8xf32>) -> tensor<8xi32>
    %231 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %232 = "stablehlo.and"(%230, %231) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %233 = "stablehlo.bitcast_convert"(%232) : (tensor<8xi32>) -> tensor<8xf32>
    %234 = "stablehlo.subtract"(%arg32, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.multiply"(%233, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.multiply"(%233, %233) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.subtract"(%236, %229) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.add"(%235, %235) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.add"(%237, %238) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.multiply"(%234, %234) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.add"(%239, %240) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.multiply"(%arg32, %arg33) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.add"(%242, %242) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %244 = "stablehlo.add"(%241, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %245 = "stablehlo.add"(%229, %244) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.subtract"(%245, %229) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.subtract"(%244, %246) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%245, %247) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_mul", sym_visibility = "private"}> ({
  ^bb0(%arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<8xf32>, %arg31: tensor<8xf32>):
    %220:2 = "func.call"(%arg28, %arg30) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %221 = "stablehlo.multiply"(%arg28, %arg31) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %222 = "stablehlo.multiply"(%arg29, %arg30) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.add"(%221, %222) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %224 = "stablehlo.add"(%220#1, %223) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %225 = "stablehlo.add"(%220#0, %224) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %226 = "stablehlo.subtract"(%225, %220#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %227 = "stablehlo.subtract"(%224, %226) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%225, %227) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "two_prod", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<8xf32>, %arg27: tensor<8xf32>):
    %200 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %201 = "stablehlo.multiply"(%arg26, %arg27) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.bitcast_convert"(%arg26) : (tensor<8xf32>) -> tensor<8xi32>
    %203 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %204 = "stablehlo.and"(%202, %203) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %205 = "stablehlo.bitcast_convert"(%204) : (tensor<8xi32>) -> tensor<8xf32>
    %206 = "stablehlo.subtract"(%arg26, %205) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %207 = "stablehlo.bitcast_convert"(%arg27) : (tensor<8xf32>) -> tensor<8xi32>
    %208 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %209 = "stablehlo.and"(%207, %208) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %210 = "stablehlo.bitcast_convert"(%209) : (tensor<8xi32>) -> tensor<8xf32>
    %211 = "stablehlo.subtract"(%arg27, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %212 = "stablehlo.multiply"(%205, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %213 = "stablehlo.subtract"(%212, %201) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.multiply"(%205, %211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %215 = "stablehlo.add"(%213, %214) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %216 = "stablehlo.multiply"(%206, %210) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.add"(%215, %216) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %218 = "stablehlo.multiply"(%206, %211) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %219 = "stablehlo.add"(%217, %218) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%201, %219) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_div", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<8xf32>, %arg23: tensor<8xf32>, %arg24: tensor<8xf32>, %arg25: tensor<8xf32>):
    %178 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.broadcast_in_dim"(%179) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %181 = "stablehlo.divide"(%180, %arg24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %182 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %183 = "stablehlo.multiply"(%arg24, %181) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.subtract"(%182, %183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %185 = "stablehlo.multiply"(%181, %184) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %186 = "stablehlo.multiply"(%arg24, %185) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.subtract"(%182, %186) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %188 = "stablehlo.multiply"(%185, %187) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %189 = "stablehlo.multiply"(%arg22, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190:2 = "func.call"(%189, %arg24) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %191 = "stablehlo.subtract"(%arg22, %190#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %192 = "stablehlo.subtract"(%191, %190#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.multiply"(%189, %arg25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %194 = "stablehlo.subtract"(%arg23, %193) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %195 = "stablehlo.add"(%192, %194) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.multiply"(%195, %188) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %197 = "stablehlo.add"(%189, %196) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %198 = "stablehlo.subtract"(%197, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.subtract"(%196, %198) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%197, %199) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_add", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>):
    %167 = "stablehlo.add"(%arg18, %arg20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %168 = "stablehlo.subtract"(%167, %arg18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.subtract"(%167, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %170 = "stablehlo.subtract"(%arg18, %169) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %171 = "stablehlo.subtract"(%arg20, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %172 = "stablehlo.add"(%170, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.add"(%arg19, %arg21) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%172, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.add"(%167, %174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.subtract"(%175, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.subtract"(%174, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%175, %177) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_recip", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<8xf32>, %arg17: tensor<8xf32>):
    %146 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %147 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %149 = "stablehlo.divide"(%148, %arg16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %150 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %151 = "stablehlo.multiply"(%arg16, %149) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %152 = "stablehlo.subtract"(%150, %151) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %153 = "stablehlo.multiply"(%149, %152) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %154 = "stablehlo.multiply"(%arg16, %153) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.subtract"(%150, %154) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.multiply"(%153, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157:2 = "func.call"(%arg16, %156) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %158 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %159 = "stablehlo.subtract"(%158, %157#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.subtract"(%159, %157#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.multiply"(%arg17, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.subtract"(%160, %161) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.multiply"(%156, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.add"(%156, %163) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %165 = "stablehlo.subtract"(%164, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166 = "stablehlo.subtract"(%163, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%164, %166) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "log_f2", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>):
    %33 = "stablehlo.constant"() <{value = dense<-1.98682155E-8> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<0.666666686> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.constant"() <{value = dense<0.183291465> : tensor<f32>}> : () -> tensor<f32>
    %36 = "stablehlo.constant"() <{value = dense<0.222217306> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.constant"() <{value = dense<0.285714298> : tensor<f32>}> : () -> tensor<f32>
    %38 = "stablehlo.constant"() <{value = dense<4.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.constant"() <{value = dense<1.61985095E-11> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.constant"() <{value = dense<1.42859062E-6> : tensor<f32>}> : () -> tensor<f32>
    %41 = "stablehlo.constant"() <{value = dense<0.693145751> : tensor<f32>}> : () -> tensor<f32>
    %42 = "stablehlo.constant"() <{value = dense<-3.5408485E-9> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.constant"() <{value = dense<-7.90594239E-12> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.constant"() <{value = dense<-2.41723086E-9> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.constant"() <{value = dense<-1.37775436E-8> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.constant"() <{value = dense<-0.223143548> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.constant"() <{value = dense<-0.0606246218> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<0.0645385236> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<0.287682086> : tensor<f32>}> : () -> tensor<f32>
    %50 = "stablehlo.constant"() <{value = dense<1.250000e+00> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.constant"() <{value = dense<1.062500e+00> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.constant"() <{value = dense<9.375000e-01> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.constant"() <{value = dense<7.500000e-01> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.constant"() <{value = dense<0.840896427> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.constant"() <{value = dense<1.18920708> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %57 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %63 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %64 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %65 = "stablehlo.bitcast_convert"(%arg12) : (tensor<8xf32>) -> tensor<8xi32>
    %66 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %67 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %68 = "stablehlo.subtract"(%65, %67) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %69 = "stablehlo.shift_right_arithmetic"(%68, %66) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %70 = "stablehlo.convert"(%69) : (tensor<8xi32>) -> tensor<8xf32>
    %71 = "stablehlo.shift_left"(%69, %66) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %72 = "stablehlo.subtract"(%65, %71) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %73 = "stablehlo.bitcast_convert"(%72) : (tensor<8xi32>) -> tensor<8xf32>
    %74 = "stablehlo.bitcast_convert"(%73) : (tensor<8xf32>) -> tensor<8xi32>
    %75 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %76 = "stablehlo.and"(%74, %75) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %77 = "stablehlo.bitcast_convert"(%76) : (tensor<8xi32>) -> tensor<8xf32>
    %78 = "stablehlo.subtract"(%73, %77) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %79 = "stablehlo.compare"(%73, %63) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %80 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %81 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %82 = "stablehlo.select"(%79, %80, %81) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %83 = "stablehlo.compare"(%73, %82) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %84 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %85 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %86 = "stablehlo.select"(%83, %84, %85) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %87 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %88 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %89 = "stablehlo.select"(%83, %87, %88) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %90 = "stablehlo.select"(%79, %86, %89) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %91 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %92 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %93 = "stablehlo.select"(%83, %91, %92) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %94 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %95 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %96 = "stablehlo.select"(%83, %94, %95) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %97 = "stablehlo.select"(%79, %93, %96) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %98 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %99 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %100 = "stablehlo.select"(%83, %98, %99) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %101 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %102 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %103 = "stablehlo.select"(%83, %101, %102) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.select"(%79, %100, %103) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %105 = "stablehlo.multiply"(%77, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %106 = "stablehlo.subtract"(%105, %63) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.multiply"(%78, %90) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %108 = "stablehlo.add"(%106, %107) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %109 = "stablehlo.subtract"(%108, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %110 = "stablehlo.subtract"(%108, %109) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %111 = "stablehlo.subtract"(%106, %110) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %112 = "stablehlo.subtract"(%107, %109) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %113 = "stablehlo.add"(%111, %112) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %114 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %115 = "stablehlo.multiply"(%70, %114) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %117 = "stablehlo.multiply"(%70, %116) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %118 = "stablehlo.add"(%115, %117) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %119 = "stablehlo.subtract"(%118, %115) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %120 = "stablehlo.subtract"(%117, %119) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %121 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %122 = "stablehlo.multiply"(%70, %121) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %123 = "stablehlo.add"(%120, %122) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %124:2 = "func.call"(%118, %123, %97, %104) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %125 = "stablehlo.add"(%64, %108) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %126 = "stablehlo.subtract"(%125, %64) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %127 = "stablehlo.subtract"(%108, %126) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %128 = "stablehlo.add"(%127, %113) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %129:2 = "func.call"(%108, %113, %125, %128) <{callee = @f2_div}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %130:2 = "func.call"(%129#0, %129#1) <{callee = @f2_square}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %131 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %132 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %133 = "stablehlo.fma"(%131, %130#0, %132) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %134 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %135 = "stablehlo.fma"(%133, %130#0, %134) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %136 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %137 = "stablehlo.fma"(%135, %130#0, %136) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %138:2 = "func.call"(%137, %130#0) <{callee = @two_prod}> : (tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %139:2 = "func.call"(%34, %33, %138#0, %138#1) <{callee = @f2_add_ordered}> : (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %140:2 = "func.call"(%139#0, %139#1, %130#0, %130#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %141:2 = "func.call"(%64, %62, %140#0, %140#1) <{callee = @f2_add_ordered_0}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %142:2 = "func.call"(%141#0, %141#1, %129#0, %129#1) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %143:2 = "func.call"(%arg13, %62, %arg14, %arg15) <{callee = @f2_mul}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %144:2 = "func.call"(%142#0, %142#1, %143#0, %143#1) <{callee = @f2_add_ordered_0}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %145:2 = "func.call"(%124#0, %124#1, %144#0, %144#1) <{callee = @f2_add}> : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    "func.return"(%145#0, %145#1) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<f32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_ordered", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>):
    %22 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %23 = "stablehlo.add"(%22, %arg10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %24 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %25 = "stablehlo.subtract"(%23, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %26 = "stablehlo.subtract"(%arg10, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %28 = "stablehlo.add"(%27, %arg11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %29 = "stablehlo.add"(%26, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %30 = "stablehlo.add"(%23, %29) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %31 = "stablehlo.subtract"(%30, %23) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %32 = "stablehlo.subtract"(%29, %31) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%30, %32) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_ordered_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>):
    %14 = "stablehlo.add"(%arg4, %arg6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %15 = "stablehlo.subtract"(%14, %arg4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %16 = "stablehlo.subtract"(%arg6, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %17 = "stablehlo.add"(%arg5, %arg7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %18 = "stablehlo.add"(%16, %17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %19 = "stablehlo.add"(%14, %18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %20 = "stablehlo.subtract"(%19, %14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %21 = "stablehlo.subtract"(%18, %20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%19, %21) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "f2_add_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<f32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1 = "stablehlo.add"(%0, %arg2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %3 = "stablehlo.subtract"(%1, %2) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %4 = "stablehlo.subtract"(%1, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %6 = "stablehlo.subtract"(%5, %4) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %7 = "stablehlo.subtract"(%arg2, %3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %8 = "stablehlo.add"(%6, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %9 = "stablehlo.add"(%arg1, %arg3) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %10 = "stablehlo.add"(%8, %9) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %11 = "stablehlo.add"(%1, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %12 = "stablehlo.subtract"(%11, %1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %13 = "stablehlo.subtract"(%10, %12) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%11, %13) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
