"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{function_type = (tensor<i32>) -> tensor<4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg53: tensor<i32>):
    %1069 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1070 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %1071 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %1072 = "stablehlo.shift_right_logical"(%arg53, %1071) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1073 = "stablehlo.convert"(%1072) : (tensor<i32>) -> tensor<ui32>
    %1074 = "stablehlo.broadcast_in_dim"(%1073) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1075 = "stablehlo.and"(%arg53, %1070) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1076 = "stablehlo.convert"(%1075) : (tensor<i32>) -> tensor<ui32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %1078 = "stablehlo.concatenate"(%1074, %1077) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %1079 = "func.call"(%1078, %1069) <{callee = @_gamma}> : (tensor<2xui32>, tensor<f32>) -> tensor<4xf32>
    "func.return"(%1079) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<2xui32>, tensor<f32>) -> tensor<4xf32>, sym_name = "_gamma", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<2xui32>, %arg28: tensor<f32>):
    %948 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %949 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %950 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %951 = "stablehlo.constant"() <{value = dense<3.310000e-02> : tensor<f32>}> : () -> tensor<f32>
    %952 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %953 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %954 = "stablehlo.constant"() <{value = dense<0.333333343> : tensor<f32>}> : () -> tensor<f32>
    %955 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %956 = "stablehlo.convert"(%arg28) : (tensor<f32>) -> tensor<f32>
    %957 = "stablehlo.broadcast_in_dim"(%956) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %958 = "stablehlo.reshape"(%arg27) : (tensor<2xui32>) -> tensor<1x2xui32>
    %959 = "func.call"(%958) <{callee = @_threefry_split}> : (tensor<1x2xui32>) -> tensor<1x4x2xui32>
    %960 = "stablehlo.reshape"(%959) : (tensor<1x4x2xui32>) -> tensor<4x2xui32>
    %961 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %962 = "stablehlo.compare"(%957, %961) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %963 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %964 = "stablehlo.add"(%957, %963) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %965 = "stablehlo.select"(%962, %957, %964) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %966 = "stablehlo.broadcast_in_dim"(%954) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %967 = "stablehlo.subtract"(%965, %966) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %968 = "stablehlo.sqrt"(%967) : (tensor<4xf32>) -> tensor<4xf32>
    %969 = "stablehlo.broadcast_in_dim"(%954) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %970 = "stablehlo.divide"(%969, %968) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %971 = "func.call"(%960) <{callee = @_threefry_split_15}> : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
    %972 = "stablehlo.slice"(%971) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %973 = "stablehlo.reshape"(%972) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %974 = "stablehlo.slice"(%971) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
    %975 = "stablehlo.reshape"(%974) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
    %976 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %977 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %978 = "stablehlo.broadcast_in_dim"(%952) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %979:6 = "stablehlo.while"(%967, %970, %973, %976, %977, %978) ({
    ^bb0(%arg45: tensor<4xf32>, %arg46: tensor<4xf32>, %arg47: tensor<4x2xui32>, %arg48: tensor<4xf32>, %arg49: tensor<4xf32>, %arg50: tensor<4xf32>):
      %1050 = "stablehlo.multiply"(%arg48, %arg48) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1051 = "stablehlo.broadcast_in_dim"(%951) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1052 = "stablehlo.multiply"(%1051, %1050) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1053 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1054 = "stablehlo.subtract"(%1053, %1052) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1055 = "stablehlo.compare"(%arg50, %1054) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1056 = "stablehlo.log"(%arg50) : (tensor<4xf32>) -> tensor<4xf32>
      %1057 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1058 = "stablehlo.multiply"(%arg48, %1057) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1059 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1060 = "stablehlo.subtract"(%1059, %arg49) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1061 = "stablehlo.log"(%arg49) : (tensor<4xf32>) -> tensor<4xf32>
      %1062 = "stablehlo.add"(%1060, %1061) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1063 = "stablehlo.multiply"(%arg45, %1062) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1064 = "stablehlo.add"(%1058, %1063) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1065 = "stablehlo.compare"(%1056, %1064) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1066 = "stablehlo.and"(%1055, %1065) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %1067 = "stablehlo.reduce"(%1066, %949) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg51: tensor<i1>, %arg52: tensor<i1>):
        %1068 = "stablehlo.or"(%arg51, %arg52) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1068) : (tensor<i1>) -> ()
      }) : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%1067) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg29: tensor<4xf32>, %arg30: tensor<4xf32>, %arg31: tensor<4x2xui32>, %arg32: tensor<4xf32>, %arg33: tensor<4xf32>, %arg34: tensor<4xf32>):
      %990 = "func.call"(%arg31) <{callee = @_threefry_split_45}> : (tensor<4x2xui32>) -> tensor<4x3x2xui32>
      %991 = "stablehlo.slice"(%990) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %992 = "stablehlo.reshape"(%991) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %993 = "stablehlo.slice"(%990) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %994 = "stablehlo.reshape"(%993) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %995 = "stablehlo.slice"(%990) <{limit_indices = array<i64: 4, 3, 2>, start_indices = array<i64: 0, 2, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x3x2xui32>) -> tensor<4x1x2xui32>
      %996 = "stablehlo.reshape"(%995) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
      %997 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %998 = "stablehlo.broadcast_in_dim"(%948) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %999:4 = "stablehlo.while"(%arg30, %994, %997, %998) ({
      ^bb0(%arg39: tensor<4xf32>, %arg40: tensor<4x2xui32>, %arg41: tensor<4xf32>, %arg42: tensor<4xf32>):
        %1046 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1047 = "stablehlo.compare"(%arg42, %1046) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %1048 = "stablehlo.reduce"(%1047, %949) <{dimensions = array<i64: 0>}> ({
        ^bb0(%arg43: tensor<i1>, %arg44: tensor<i1>):
          %1049 = "stablehlo.or"(%arg43, %arg44) : (tensor<i1>, tensor<i1>) -> tensor<i1>
          "stablehlo.return"(%1049) : (tensor<i1>) -> ()
        }) : (tensor<4xi1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%1048) : (tensor<i1>) -> ()
      }, {
      ^bb0(%arg35: tensor<4xf32>, %arg36: tensor<4x2xui32>, %arg37: tensor<4xf32>, %arg38: tensor<4xf32>):
        %1029 = "func.call"(%arg36) <{callee = @_threefry_split_15}> : (tensor<4x2xui32>) -> tensor<4x2x2xui32>
        %1030 = "stablehlo.slice"(%1029) <{limit_indices = array<i64: 4, 1, 2>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %1031 = "stablehlo.reshape"(%1030) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %1032 = "stablehlo.slice"(%1029) <{limit_indices = array<i64: 4, 2, 2>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<4x2x2xui32>) -> tensor<4x1x2xui32>
        %1033 = "stablehlo.reshape"(%1032) : (tensor<4x1x2xui32>) -> tensor<4x2xui32>
        %1034 = "func.call"(%1033) <{callee = @_normal}> : (tensor<4x2xui32>) -> tensor<4xf32>
        %1035 = "stablehlo.multiply"(%1034, %arg35) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1036 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1037 = "stablehlo.add"(%1036, %1035) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1038 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
        %1039 = "stablehlo.compare"(%arg38, %1038) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
        %1040 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4x2xi1>
        %1041 = "stablehlo.select"(%1040, %1031, %arg36) : (tensor<4x2xi1>, tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
        %1042 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
        %1043 = "stablehlo.select"(%1042, %1034, %arg37) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        %1044 = "stablehlo.broadcast_in_dim"(%1039) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
        %1045 = "stablehlo.select"(%1044, %1037, %arg38) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
        "stablehlo.return"(%arg35, %1041, %1043, %1045) : (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>) -> ()
      }) : (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>)
      %1000 = "stablehlo.multiply"(%999#2, %999#2) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1001 = "stablehlo.multiply"(%999#3, %999#3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1002 = "stablehlo.multiply"(%1001, %999#3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1003 = "func.call"(%996, %953, %955) <{callee = @_uniform_75}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
      %1004 = "stablehlo.multiply"(%arg32, %arg32) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1005 = "stablehlo.broadcast_in_dim"(%951) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1006 = "stablehlo.multiply"(%1005, %1004) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1007 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1008 = "stablehlo.subtract"(%1007, %1006) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1009 = "stablehlo.compare"(%arg34, %1008) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1010 = "stablehlo.log"(%arg34) : (tensor<4xf32>) -> tensor<4xf32>
      %1011 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1012 = "stablehlo.multiply"(%arg32, %1011) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1013 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
      %1014 = "stablehlo.subtract"(%1013, %arg33) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1015 = "stablehlo.log"(%arg33) : (tensor<4xf32>) -> tensor<4xf32>
      %1016 = "stablehlo.add"(%1014, %1015) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1017 = "stablehlo.multiply"(%arg29, %1016) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1018 = "stablehlo.add"(%1012, %1017) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1019 = "stablehlo.compare"(%1010, %1018) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
      %1020 = "stablehlo.and"(%1009, %1019) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
      %1021 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4x2xi1>
      %1022 = "stablehlo.select"(%1021, %992, %arg31) : (tensor<4x2xi1>, tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
      %1023 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1024 = "stablehlo.select"(%1023, %1000, %arg32) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1025 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1026 = "stablehlo.select"(%1025, %1002, %arg33) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      %1027 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi1>) -> tensor<4xi1>
      %1028 = "stablehlo.select"(%1027, %1003, %arg34) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      "stablehlo.return"(%arg29, %arg30, %1022, %1024, %1026, %1028) : (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> ()
    }) : (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4x2xui32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
    %980 = "func.call"(%975, %953, %955) <{callee = @_uniform_75}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %981 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %982 = "stablehlo.subtract"(%981, %980) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %983 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %984 = "stablehlo.divide"(%983, %957) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %985 = "stablehlo.power"(%982, %984) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %986 = "stablehlo.broadcast_in_dim"(%955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %987 = "stablehlo.select"(%962, %986, %985) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %988 = "stablehlo.multiply"(%967, %979#4) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %989 = "stablehlo.multiply"(%988, %987) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%989) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x2xui32>) -> tensor<1x4x2xui32>, sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<1x2xui32>):
    %927 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %928 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %929 = "stablehlo.slice"(%arg26) <{limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %930 = "stablehlo.reshape"(%929) : (tensor<1x1xui32>) -> tensor<1xui32>
    %931 = "stablehlo.slice"(%arg26) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %932 = "stablehlo.reshape"(%931) : (tensor<1x1xui32>) -> tensor<1xui32>
    %933 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %934 = "stablehlo.broadcast_in_dim"(%928) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %935 = "stablehlo.multiply"(%934, %933) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %936 = "stablehlo.broadcast_in_dim"(%927) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %937 = "stablehlo.shift_right_logical"(%935, %936) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %938 = "stablehlo.convert"(%935) : (tensor<4xui64>) -> tensor<4xui32>
    %939 = "stablehlo.convert"(%937) : (tensor<4xui64>) -> tensor<4xui32>
    %940 = "stablehlo.broadcast_in_dim"(%939) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1x4xui32>
    %941 = "stablehlo.broadcast_in_dim"(%938) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1x4xui32>
    %942 = "stablehlo.broadcast_in_dim"(%930) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<1x1xui32>
    %943 = "stablehlo.broadcast_in_dim"(%932) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<1x1xui32>
    %944:2 = "func.call"(%942, %943, %940, %941) <{callee = @threefry2x32}> : (tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x4xui32>, tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>)
    %945 = "stablehlo.broadcast_in_dim"(%944#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %946 = "stablehlo.broadcast_in_dim"(%944#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xui32>) -> tensor<1x4x1xui32>
    %947 = "stablehlo.concatenate"(%945, %946) <{dimension = 2 : i64}> : (tensor<1x4x1xui32>, tensor<1x4x1xui32>) -> tensor<1x4x2xui32>
    "func.return"(%947) : (tensor<1x4x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x4xui32>, tensor<1x4xui32>) -> (tensor<1x4xui32>, tensor<1x4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<1x1xui32>, %arg23: tensor<1x1xui32>, %arg24: tensor<1x4xui32>, %arg25: tensor<1x4xui32>):
    %734 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %735 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %736 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %737 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %738 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %739 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %740 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %741 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %742 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %743 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %744 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %745 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %746 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %747 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %748 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %749 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %750 = "stablehlo.xor"(%arg22, %arg23) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %751 = "stablehlo.broadcast_in_dim"(%749) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x1xui32>
    %752 = "stablehlo.xor"(%750, %751) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %753 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %754 = "stablehlo.add"(%arg24, %753) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %755 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %756 = "stablehlo.add"(%arg25, %755) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %757 = "stablehlo.add"(%754, %756) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %758 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %759 = "stablehlo.shift_left"(%756, %758) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %760 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %761 = "stablehlo.shift_right_logical"(%756, %760) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %762 = "stablehlo.or"(%759, %761) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %763 = "stablehlo.xor"(%757, %762) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %764 = "stablehlo.add"(%757, %763) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %765 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %766 = "stablehlo.shift_left"(%763, %765) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %767 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %768 = "stablehlo.shift_right_logical"(%763, %767) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %769 = "stablehlo.or"(%766, %768) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %770 = "stablehlo.xor"(%764, %769) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %771 = "stablehlo.add"(%764, %770) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %772 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %773 = "stablehlo.shift_left"(%770, %772) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %774 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %775 = "stablehlo.shift_right_logical"(%770, %774) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %776 = "stablehlo.or"(%773, %775) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %777 = "stablehlo.xor"(%771, %776) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %778 = "stablehlo.add"(%771, %777) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %779 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %780 = "stablehlo.shift_left"(%777, %779) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %781 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %782 = "stablehlo.shift_right_logical"(%777, %781) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %783 = "stablehlo.or"(%780, %782) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %784 = "stablehlo.xor"(%778, %783) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %785 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %786 = "stablehlo.add"(%778, %785) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %787 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %788 = "stablehlo.add"(%784, %787) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %789 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %790 = "stablehlo.add"(%788, %789) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %791 = "stablehlo.add"(%786, %790) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %792 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %793 = "stablehlo.shift_left"(%790, %792) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %794 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %795 = "stablehlo.shift_right_logical"(%790, %794) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %796 = "stablehlo.or"(%793, %795) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %797 = "stablehlo.xor"(%791, %796) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %798 = "stablehlo.add"(%791, %797) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %799 = "stablehlo.broadcast_in_dim"(%741) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %800 = "stablehlo.shift_left"(%797, %799) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %801 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %802 = "stablehlo.shift_right_logical"(%797, %801) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %803 = "stablehlo.or"(%800, %802) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %804 = "stablehlo.xor"(%798, %803) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %805 = "stablehlo.add"(%798, %804) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %806 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %807 = "stablehlo.shift_left"(%804, %806) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %808 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %809 = "stablehlo.shift_right_logical"(%804, %808) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %810 = "stablehlo.or"(%807, %809) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %811 = "stablehlo.xor"(%805, %810) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %812 = "stablehlo.add"(%805, %811) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %813 = "stablehlo.broadcast_in_dim"(%738) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %814 = "stablehlo.shift_left"(%811, %813) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %815 = "stablehlo.broadcast_in_dim"(%737) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %816 = "stablehlo.shift_right_logical"(%811, %815) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %817 = "stablehlo.or"(%814, %816) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %818 = "stablehlo.xor"(%812, %817) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %819 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %820 = "stablehlo.add"(%812, %819) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %821 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %822 = "stablehlo.add"(%818, %821) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %823 = "stablehlo.broadcast_in_dim"(%736) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %824 = "stablehlo.add"(%822, %823) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %825 = "stablehlo.add"(%820, %824) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %826 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %827 = "stablehlo.shift_left"(%824, %826) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %828 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %829 = "stablehlo.shift_right_logical"(%824, %828) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %830 = "stablehlo.or"(%827, %829) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %831 = "stablehlo.xor"(%825, %830) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %832 = "stablehlo.add"(%825, %831) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %833 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %834 = "stablehlo.shift_left"(%831, %833) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %835 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %836 = "stablehlo.shift_right_logical"(%831, %835) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %837 = "stablehlo.or"(%834, %836) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %838 = "stablehlo.xor"(%832, %837) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %839 = "stablehlo.add"(%832, %838) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %840 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %841 = "stablehlo.shift_left"(%838, %840) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %842 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %843 = "stablehlo.shift_right_logical"(%838, %842) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %844 = "stablehlo.or"(%841, %843) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %845 = "stablehlo.xor"(%839, %844) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %846 = "stablehlo.add"(%839, %845) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %847 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %848 = "stablehlo.shift_left"(%845, %847) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %849 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %850 = "stablehlo.shift_right_logical"(%845, %849) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %851 = "stablehlo.or"(%848, %850) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %852 = "stablehlo.xor"(%846, %851) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %853 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %854 = "stablehlo.add"(%846, %853) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %855 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %856 = "stablehlo.add"(%852, %855) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %857 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %858 = "stablehlo.add"(%856, %857) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %859 = "stablehlo.add"(%854, %858) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %860 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %861 = "stablehlo.shift_left"(%858, %860) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %862 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %863 = "stablehlo.shift_right_logical"(%858, %862) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %864 = "stablehlo.or"(%861, %863) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %865 = "stablehlo.xor"(%859, %864) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %866 = "stablehlo.add"(%859, %865) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %867 = "stablehlo.broadcast_in_dim"(%741) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %868 = "stablehlo.shift_left"(%865, %867) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %869 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %870 = "stablehlo.shift_right_logical"(%865, %869) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %871 = "stablehlo.or"(%868, %870) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %872 = "stablehlo.xor"(%866, %871) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %873 = "stablehlo.add"(%866, %872) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %874 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %875 = "stablehlo.shift_left"(%872, %874) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %876 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %877 = "stablehlo.shift_right_logical"(%872, %876) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %878 = "stablehlo.or"(%875, %877) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %879 = "stablehlo.xor"(%873, %878) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %880 = "stablehlo.add"(%873, %879) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %881 = "stablehlo.broadcast_in_dim"(%738) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %882 = "stablehlo.shift_left"(%879, %881) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %883 = "stablehlo.broadcast_in_dim"(%737) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %884 = "stablehlo.shift_right_logical"(%879, %883) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %885 = "stablehlo.or"(%882, %884) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %886 = "stablehlo.xor"(%880, %885) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %887 = "stablehlo.broadcast_in_dim"(%arg23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %888 = "stablehlo.add"(%880, %887) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %889 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %890 = "stablehlo.add"(%886, %889) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %891 = "stablehlo.broadcast_in_dim"(%735) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %892 = "stablehlo.add"(%890, %891) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %893 = "stablehlo.add"(%888, %892) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %894 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %895 = "stablehlo.shift_left"(%892, %894) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %896 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %897 = "stablehlo.shift_right_logical"(%892, %896) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %898 = "stablehlo.or"(%895, %897) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %899 = "stablehlo.xor"(%893, %898) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %900 = "stablehlo.add"(%893, %899) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %901 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %902 = "stablehlo.shift_left"(%899, %901) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %903 = "stablehlo.broadcast_in_dim"(%745) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %904 = "stablehlo.shift_right_logical"(%899, %903) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %905 = "stablehlo.or"(%902, %904) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %906 = "stablehlo.xor"(%900, %905) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %907 = "stablehlo.add"(%900, %906) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %908 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %909 = "stablehlo.shift_left"(%906, %908) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %910 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %911 = "stablehlo.shift_right_logical"(%906, %910) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %912 = "stablehlo.or"(%909, %911) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %913 = "stablehlo.xor"(%907, %912) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %914 = "stablehlo.add"(%907, %913) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %915 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %916 = "stablehlo.shift_left"(%913, %915) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %917 = "stablehlo.broadcast_in_dim"(%744) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %918 = "stablehlo.shift_right_logical"(%913, %917) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %919 = "stablehlo.or"(%916, %918) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %920 = "stablehlo.xor"(%914, %919) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %921 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %922 = "stablehlo.add"(%914, %921) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %923 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xui32>) -> tensor<1x4xui32>
    %924 = "stablehlo.add"(%920, %923) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    %925 = "stablehlo.broadcast_in_dim"(%734) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1x4xui32>
    %926 = "stablehlo.add"(%924, %925) : (tensor<1x4xui32>, tensor<1x4xui32>) -> tensor<1x4xui32>
    "func.return"(%922, %926) : (tensor<1x4xui32>, tensor<1x4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xui32>) -> tensor<4x2x2xui32>, sym_name = "_threefry_split_15", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<4x2xui32>):
    %713 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %714 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %715 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %716 = "stablehlo.reshape"(%715) : (tensor<4x1xui32>) -> tensor<4xui32>
    %717 = "stablehlo.slice"(%arg21) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %718 = "stablehlo.reshape"(%717) : (tensor<4x1xui32>) -> tensor<4xui32>
    %719 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %720 = "stablehlo.broadcast_in_dim"(%714) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %721 = "stablehlo.multiply"(%720, %719) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %722 = "stablehlo.broadcast_in_dim"(%713) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %723 = "stablehlo.shift_right_logical"(%721, %722) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %724 = "stablehlo.convert"(%721) : (tensor<2xui64>) -> tensor<2xui32>
    %725 = "stablehlo.convert"(%723) : (tensor<2xui64>) -> tensor<2xui32>
    %726 = "stablehlo.broadcast_in_dim"(%725) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1x2xui32>
    %727 = "stablehlo.broadcast_in_dim"(%724) <{broadcast_dimensions = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1x2xui32>
    %728 = "stablehlo.broadcast_in_dim"(%716) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %729 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %730:2 = "func.call"(%728, %729, %726, %727) <{callee = @threefry2x32_22}> : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>)
    %731 = "stablehlo.broadcast_in_dim"(%730#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %732 = "stablehlo.broadcast_in_dim"(%730#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x2xui32>) -> tensor<4x2x1xui32>
    %733 = "stablehlo.concatenate"(%731, %732) <{dimension = 2 : i64}> : (tensor<4x2x1xui32>, tensor<4x2x1xui32>) -> tensor<4x2x2xui32>
    "func.return"(%733) : (tensor<4x2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> (tensor<4x2xui32>, tensor<4x2xui32>), sym_name = "threefry2x32_22", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<4x1xui32>, %arg18: tensor<4x1xui32>, %arg19: tensor<1x2xui32>, %arg20: tensor<1x2xui32>):
    %518 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %519 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %520 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %521 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %522 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %523 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %524 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %525 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %526 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %527 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %528 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %529 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %530 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %531 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %532 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %533 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %534 = "stablehlo.xor"(%arg17, %arg18) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %535 = "stablehlo.broadcast_in_dim"(%533) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x1xui32>
    %536 = "stablehlo.xor"(%534, %535) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %537 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %538 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %539 = "stablehlo.add"(%537, %538) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %540 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x2xui32>) -> tensor<4x2xui32>
    %541 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %542 = "stablehlo.add"(%540, %541) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %543 = "stablehlo.add"(%539, %542) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %544 = "stablehlo.broadcast_in_dim"(%532) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %545 = "stablehlo.shift_left"(%542, %544) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %546 = "stablehlo.broadcast_in_dim"(%531) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %547 = "stablehlo.shift_right_logical"(%542, %546) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %548 = "stablehlo.or"(%545, %547) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %549 = "stablehlo.xor"(%543, %548) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %550 = "stablehlo.add"(%543, %549) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %551 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %552 = "stablehlo.shift_left"(%549, %551) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %553 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %554 = "stablehlo.shift_right_logical"(%549, %553) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %555 = "stablehlo.or"(%552, %554) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %556 = "stablehlo.xor"(%550, %555) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %557 = "stablehlo.add"(%550, %556) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %558 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %559 = "stablehlo.shift_left"(%556, %558) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %560 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %561 = "stablehlo.shift_right_logical"(%556, %560) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %562 = "stablehlo.or"(%559, %561) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %563 = "stablehlo.xor"(%557, %562) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %564 = "stablehlo.add"(%557, %563) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %565 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %566 = "stablehlo.shift_left"(%563, %565) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %567 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %568 = "stablehlo.shift_right_logical"(%563, %567) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %569 = "stablehlo.or"(%566, %568) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %570 = "stablehlo.xor"(%564, %569) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %571 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %572 = "stablehlo.add"(%564, %571) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %573 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %574 = "stablehlo.add"(%570, %573) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %575 = "stablehlo.broadcast_in_dim"(%526) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %576 = "stablehlo.add"(%574, %575) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %577 = "stablehlo.add"(%572, %576) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %578 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %579 = "stablehlo.shift_left"(%576, %578) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %580 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %581 = "stablehlo.shift_right_logical"(%576, %580) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %582 = "stablehlo.or"(%579, %581) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %583 = "stablehlo.xor"(%577, %582) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %584 = "stablehlo.add"(%577, %583) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %585 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %586 = "stablehlo.shift_left"(%583, %585) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %587 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %588 = "stablehlo.shift_right_logical"(%583, %587) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %589 = "stablehlo.or"(%586, %588) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %590 = "stablehlo.xor"(%584, %589) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %591 = "stablehlo.add"(%584, %590) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %592 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %593 = "stablehlo.shift_left"(%590, %592) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %594 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %595 = "stablehlo.shift_right_logical"(%590, %594) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %596 = "stablehlo.or"(%593, %595) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %597 = "stablehlo.xor"(%591, %596) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %598 = "stablehlo.add"(%591, %597) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %599 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %600 = "stablehlo.shift_left"(%597, %599) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %601 = "stablehlo.broadcast_in_dim"(%521) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %602 = "stablehlo.shift_right_logical"(%597, %601) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %603 = "stablehlo.or"(%600, %602) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %604 = "stablehlo.xor"(%598, %603) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %605 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %606 = "stablehlo.add"(%598, %605) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %607 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %608 = "stablehlo.add"(%604, %607) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %609 = "stablehlo.broadcast_in_dim"(%520) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %610 = "stablehlo.add"(%608, %609) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %611 = "stablehlo.add"(%606, %610) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %612 = "stablehlo.broadcast_in_dim"(%532) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %613 = "stablehlo.shift_left"(%610, %612) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %614 = "stablehlo.broadcast_in_dim"(%531) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %615 = "stablehlo.shift_right_logical"(%610, %614) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %616 = "stablehlo.or"(%613, %615) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %617 = "stablehlo.xor"(%611, %616) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %618 = "stablehlo.add"(%611, %617) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %619 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %620 = "stablehlo.shift_left"(%617, %619) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %621 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %622 = "stablehlo.shift_right_logical"(%617, %621) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %623 = "stablehlo.or"(%620, %622) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %624 = "stablehlo.xor"(%618, %623) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %625 = "stablehlo.add"(%618, %624) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %626 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %627 = "stablehlo.shift_left"(%624, %626) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %628 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %629 = "stablehlo.shift_right_logical"(%624, %628) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %630 = "stablehlo.or"(%627, %629) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %631 = "stablehlo.xor"(%625, %630) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %632 = "stablehlo.add"(%625, %631) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %633 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %634 = "stablehlo.shift_left"(%631, %633) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %635 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %636 = "stablehlo.shift_right_logical"(%631, %635) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %637 = "stablehlo.or"(%634, %636) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %638 = "stablehlo.xor"(%632, %637) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %639 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %640 = "stablehlo.add"(%632, %639) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %641 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %642 = "stablehlo.add"(%638, %641) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %643 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %644 = "stablehlo.add"(%642, %643) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %645 = "stablehlo.add"(%640, %644) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %646 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %647 = "stablehlo.shift_left"(%644, %646) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %648 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %649 = "stablehlo.shift_right_logical"(%644, %648) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %650 = "stablehlo.or"(%647, %649) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %651 = "stablehlo.xor"(%645, %650) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %652 = "stablehlo.add"(%645, %651) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %653 = "stablehlo.broadcast_in_dim"(%525) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %654 = "stablehlo.shift_left"(%651, %653) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %655 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %656 = "stablehlo.shift_right_logical"(%651, %655) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %657 = "stablehlo.or"(%654, %656) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %658 = "stablehlo.xor"(%652, %657) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %659 = "stablehlo.add"(%652, %658) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %660 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %661 = "stablehlo.shift_left"(%658, %660) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %662 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %663 = "stablehlo.shift_right_logical"(%658, %662) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %664 = "stablehlo.or"(%661, %663) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %665 = "stablehlo.xor"(%659, %664) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %666 = "stablehlo.add"(%659, %665) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %667 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %668 = "stablehlo.shift_left"(%665, %667) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %669 = "stablehlo.broadcast_in_dim"(%521) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %670 = "stablehlo.shift_right_logical"(%665, %669) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %671 = "stablehlo.or"(%668, %670) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %672 = "stablehlo.xor"(%666, %671) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %673 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %674 = "stablehlo.add"(%666, %673) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %675 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %676 = "stablehlo.add"(%672, %675) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %677 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %678 = "stablehlo.add"(%676, %677) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %679 = "stablehlo.add"(%674, %678) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %680 = "stablehlo.broadcast_in_dim"(%532) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %681 = "stablehlo.shift_left"(%678, %680) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %682 = "stablehlo.broadcast_in_dim"(%531) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %683 = "stablehlo.shift_right_logical"(%678, %682) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %684 = "stablehlo.or"(%681, %683) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %685 = "stablehlo.xor"(%679, %684) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %686 = "stablehlo.add"(%679, %685) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %687 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %688 = "stablehlo.shift_left"(%685, %687) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %689 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %690 = "stablehlo.shift_right_logical"(%685, %689) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %691 = "stablehlo.or"(%688, %690) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %692 = "stablehlo.xor"(%686, %691) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %693 = "stablehlo.add"(%686, %692) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %694 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %695 = "stablehlo.shift_left"(%692, %694) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %696 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %697 = "stablehlo.shift_right_logical"(%692, %696) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %698 = "stablehlo.or"(%695, %697) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %699 = "stablehlo.xor"(%693, %698) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %700 = "stablehlo.add"(%693, %699) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %701 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %702 = "stablehlo.shift_left"(%699, %701) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %703 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %704 = "stablehlo.shift_right_logical"(%699, %703) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %705 = "stablehlo.or"(%702, %704) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %706 = "stablehlo.xor"(%700, %705) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %707 = "stablehlo.broadcast_in_dim"(%536) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %708 = "stablehlo.add"(%700, %707) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %709 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x2xui32>
    %710 = "stablehlo.add"(%706, %709) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    %711 = "stablehlo.broadcast_in_dim"(%518) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x2xui32>
    %712 = "stablehlo.add"(%710, %711) : (tensor<4x2xui32>, tensor<4x2xui32>) -> tensor<4x2xui32>
    "func.return"(%708, %712) : (tensor<4x2xui32>, tensor<4x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xui32>) -> tensor<4x3x2xui32>, sym_name = "_threefry_split_45", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<4x2xui32>):
    %497 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %498 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %499 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %500 = "stablehlo.reshape"(%499) : (tensor<4x1xui32>) -> tensor<4xui32>
    %501 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %502 = "stablehlo.reshape"(%501) : (tensor<4x1xui32>) -> tensor<4xui32>
    %503 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %504 = "stablehlo.broadcast_in_dim"(%498) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %505 = "stablehlo.multiply"(%504, %503) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %506 = "stablehlo.broadcast_in_dim"(%497) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %507 = "stablehlo.shift_right_logical"(%505, %506) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %508 = "stablehlo.convert"(%505) : (tensor<3xui64>) -> tensor<3xui32>
    %509 = "stablehlo.convert"(%507) : (tensor<3xui64>) -> tensor<3xui32>
    %510 = "stablehlo.broadcast_in_dim"(%509) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xui32>) -> tensor<1x3xui32>
    %511 = "stablehlo.broadcast_in_dim"(%508) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xui32>) -> tensor<1x3xui32>
    %512 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %513 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xui32>) -> tensor<4x1xui32>
    %514:2 = "func.call"(%512, %513, %510, %511) <{callee = @threefry2x32_48}> : (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>)
    %515 = "stablehlo.broadcast_in_dim"(%514#0) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %516 = "stablehlo.broadcast_in_dim"(%514#1) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x3xui32>) -> tensor<4x3x1xui32>
    %517 = "stablehlo.concatenate"(%515, %516) <{dimension = 2 : i64}> : (tensor<4x3x1xui32>, tensor<4x3x1xui32>) -> tensor<4x3x2xui32>
    "func.return"(%517) : (tensor<4x3x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x1xui32>, tensor<4x1xui32>, tensor<1x3xui32>, tensor<1x3xui32>) -> (tensor<4x3xui32>, tensor<4x3xui32>), sym_name = "threefry2x32_48", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<4x1xui32>, %arg13: tensor<4x1xui32>, %arg14: tensor<1x3xui32>, %arg15: tensor<1x3xui32>):
    %302 = "stablehlo.constant"() <{value = dense<5> : tensor<ui32>}> : () -> tensor<ui32>
    %303 = "stablehlo.constant"() <{value = dense<4> : tensor<ui32>}> : () -> tensor<ui32>
    %304 = "stablehlo.constant"() <{value = dense<2> : tensor<ui32>}> : () -> tensor<ui32>
    %305 = "stablehlo.constant"() <{value = dense<8> : tensor<ui32>}> : () -> tensor<ui32>
    %306 = "stablehlo.constant"() <{value = dense<24> : tensor<ui32>}> : () -> tensor<ui32>
    %307 = "stablehlo.constant"() <{value = dense<16> : tensor<ui32>}> : () -> tensor<ui32>
    %308 = "stablehlo.constant"() <{value = dense<3> : tensor<ui32>}> : () -> tensor<ui32>
    %309 = "stablehlo.constant"() <{value = dense<29> : tensor<ui32>}> : () -> tensor<ui32>
    %310 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %311 = "stablehlo.constant"() <{value = dense<6> : tensor<ui32>}> : () -> tensor<ui32>
    %312 = "stablehlo.constant"() <{value = dense<26> : tensor<ui32>}> : () -> tensor<ui32>
    %313 = "stablehlo.constant"() <{value = dense<17> : tensor<ui32>}> : () -> tensor<ui32>
    %314 = "stablehlo.constant"() <{value = dense<15> : tensor<ui32>}> : () -> tensor<ui32>
    %315 = "stablehlo.constant"() <{value = dense<19> : tensor<ui32>}> : () -> tensor<ui32>
    %316 = "stablehlo.constant"() <{value = dense<13> : tensor<ui32>}> : () -> tensor<ui32>
    %317 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %318 = "stablehlo.xor"(%arg12, %arg13) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %319 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x1xui32>
    %320 = "stablehlo.xor"(%318, %319) : (tensor<4x1xui32>, tensor<4x1xui32>) -> tensor<4x1xui32>
    %321 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %322 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %323 = "stablehlo.add"(%321, %322) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %324 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xui32>) -> tensor<4x3xui32>
    %325 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %326 = "stablehlo.add"(%324, %325) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %327 = "stablehlo.add"(%323, %326) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %328 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %329 = "stablehlo.shift_left"(%326, %328) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %330 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %331 = "stablehlo.shift_right_logical"(%326, %330) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %332 = "stablehlo.or"(%329, %331) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %333 = "stablehlo.xor"(%327, %332) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %334 = "stablehlo.add"(%327, %333) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %335 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %336 = "stablehlo.shift_left"(%333, %335) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %337 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %338 = "stablehlo.shift_right_logical"(%333, %337) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %339 = "stablehlo.or"(%336, %338) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %340 = "stablehlo.xor"(%334, %339) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %341 = "stablehlo.add"(%334, %340) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %342 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %343 = "stablehlo.shift_left"(%340, %342) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %344 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %345 = "stablehlo.shift_right_logical"(%340, %344) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %346 = "stablehlo.or"(%343, %345) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %347 = "stablehlo.xor"(%341, %346) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %348 = "stablehlo.add"(%341, %347) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %349 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %350 = "stablehlo.shift_left"(%347, %349) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %351 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %352 = "stablehlo.shift_right_logical"(%347, %351) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %353 = "stablehlo.or"(%350, %352) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %354 = "stablehlo.xor"(%348, %353) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %355 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %356 = "stablehlo.add"(%348, %355) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %357 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %358 = "stablehlo.add"(%354, %357) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %359 = "stablehlo.broadcast_in_dim"(%310) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %361 = "stablehlo.add"(%356, %360) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %362 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %363 = "stablehlo.shift_left"(%360, %362) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %364 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %365 = "stablehlo.shift_right_logical"(%360, %364) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %366 = "stablehlo.or"(%363, %365) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %367 = "stablehlo.xor"(%361, %366) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %368 = "stablehlo.add"(%361, %367) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %369 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %370 = "stablehlo.shift_left"(%367, %369) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %371 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %372 = "stablehlo.shift_right_logical"(%367, %371) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %373 = "stablehlo.or"(%370, %372) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %374 = "stablehlo.xor"(%368, %373) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %375 = "stablehlo.add"(%368, %374) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %376 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %377 = "stablehlo.shift_left"(%374, %376) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %378 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %379 = "stablehlo.shift_right_logical"(%374, %378) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %380 = "stablehlo.or"(%377, %379) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %381 = "stablehlo.xor"(%375, %380) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %382 = "stablehlo.add"(%375, %381) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %383 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %384 = "stablehlo.shift_left"(%381, %383) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %385 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %386 = "stablehlo.shift_right_logical"(%381, %385) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %387 = "stablehlo.or"(%384, %386) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %388 = "stablehlo.xor"(%382, %387) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %389 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %390 = "stablehlo.add"(%382, %389) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %391 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %392 = "stablehlo.add"(%388, %391) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %393 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %394 = "stablehlo.add"(%392, %393) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %395 = "stablehlo.add"(%390, %394) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %396 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %397 = "stablehlo.shift_left"(%394, %396) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %398 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %399 = "stablehlo.shift_right_logical"(%394, %398) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %400 = "stablehlo.or"(%397, %399) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %401 = "stablehlo.xor"(%395, %400) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %402 = "stablehlo.add"(%395, %401) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %403 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %404 = "stablehlo.shift_left"(%401, %403) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %405 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %406 = "stablehlo.shift_right_logical"(%401, %405) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %407 = "stablehlo.or"(%404, %406) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %408 = "stablehlo.xor"(%402, %407) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %409 = "stablehlo.add"(%402, %408) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %410 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %411 = "stablehlo.shift_left"(%408, %410) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %412 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %413 = "stablehlo.shift_right_logical"(%408, %412) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %414 = "stablehlo.or"(%411, %413) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %415 = "stablehlo.xor"(%409, %414) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %416 = "stablehlo.add"(%409, %415) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %417 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %418 = "stablehlo.shift_left"(%415, %417) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %419 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %420 = "stablehlo.shift_right_logical"(%415, %419) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %421 = "stablehlo.or"(%418, %420) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %422 = "stablehlo.xor"(%416, %421) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %423 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %424 = "stablehlo.add"(%416, %423) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %425 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %426 = "stablehlo.add"(%422, %425) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %427 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %428 = "stablehlo.add"(%426, %427) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %429 = "stablehlo.add"(%424, %428) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %430 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %431 = "stablehlo.shift_left"(%428, %430) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %432 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %433 = "stablehlo.shift_right_logical"(%428, %432) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %434 = "stablehlo.or"(%431, %433) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %435 = "stablehlo.xor"(%429, %434) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %436 = "stablehlo.add"(%429, %435) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %437 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %438 = "stablehlo.shift_left"(%435, %437) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %439 = "stablehlo.broadcast_in_dim"(%308) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %440 = "stablehlo.shift_right_logical"(%435, %439) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %441 = "stablehlo.or"(%438, %440) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %442 = "stablehlo.xor"(%436, %441) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %443 = "stablehlo.add"(%436, %442) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %444 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %445 = "stablehlo.shift_left"(%442, %444) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %446 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %447 = "stablehlo.shift_right_logical"(%442, %446) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %448 = "stablehlo.or"(%445, %447) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %449 = "stablehlo.xor"(%443, %448) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %450 = "stablehlo.add"(%443, %449) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %451 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %452 = "stablehlo.shift_left"(%449, %451) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %453 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %454 = "stablehlo.shift_right_logical"(%449, %453) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %455 = "stablehlo.or"(%452, %454) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %456 = "stablehlo.xor"(%450, %455) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %457 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %458 = "stablehlo.add"(%450, %457) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %459 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %460 = "stablehlo.add"(%456, %459) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %461 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %462 = "stablehlo.add"(%460, %461) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %463 = "stablehlo.add"(%458, %462) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %464 = "stablehlo.broadcast_in_dim"(%316) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %465 = "stablehlo.shift_left"(%462, %464) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %466 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %467 = "stablehlo.shift_right_logical"(%462, %466) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %468 = "stablehlo.or"(%465, %467) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %469 = "stablehlo.xor"(%463, %468) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %470 = "stablehlo.add"(%463, %469) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %471 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %472 = "stablehlo.shift_left"(%469, %471) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %473 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %474 = "stablehlo.shift_right_logical"(%469, %473) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %475 = "stablehlo.or"(%472, %474) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %476 = "stablehlo.xor"(%470, %475) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %477 = "stablehlo.add"(%470, %476) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %478 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %479 = "stablehlo.shift_left"(%476, %478) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %480 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %481 = "stablehlo.shift_right_logical"(%476, %480) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %482 = "stablehlo.or"(%479, %481) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %483 = "stablehlo.xor"(%477, %482) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %484 = "stablehlo.add"(%477, %483) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %485 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %486 = "stablehlo.shift_left"(%483, %485) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %487 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %488 = "stablehlo.shift_right_logical"(%483, %487) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %489 = "stablehlo.or"(%486, %488) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %490 = "stablehlo.xor"(%484, %489) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %491 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %492 = "stablehlo.add"(%484, %491) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %493 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xui32>) -> tensor<4x3xui32>
    %494 = "stablehlo.add"(%490, %493) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    %495 = "stablehlo.broadcast_in_dim"(%302) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x3xui32>
    %496 = "stablehlo.add"(%494, %495) : (tensor<4x3xui32>, tensor<4x3xui32>) -> tensor<4x3xui32>
    "func.return"(%492, %496) : (tensor<4x3xui32>, tensor<4x3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xui32>) -> tensor<4xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<4x2xui32>):
    %301 = "func.call"(%arg11) <{callee = @_normal_real}> : (tensor<4x2xui32>) -> tensor<4xf32>
    "func.return"(%301) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xui32>) -> tensor<4xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<4x2xui32>):
    %233 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<4xf32>}> : () -> tensor<4xf32>
    %234 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %235 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<4xf32>}> : () -> tensor<4xf32>
    %236 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<4xf32>}> : () -> tensor<4xf32>
    %237 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<4xf32>}> : () -> tensor<4xf32>
    %238 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<4xf32>}> : () -> tensor<4xf32>
    %239 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<4xf32>}> : () -> tensor<4xf32>
    %240 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<4xf32>}> : () -> tensor<4xf32>
    %241 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<4xf32>}> : () -> tensor<4xf32>
    %242 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<4xf32>}> : () -> tensor<4xf32>
    %243 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<4xf32>}> : () -> tensor<4xf32>
    %244 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %245 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<4xf32>}> : () -> tensor<4xf32>
    %246 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<4xf32>}> : () -> tensor<4xf32>
    %247 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<4xf32>}> : () -> tensor<4xf32>
    %248 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<4xf32>}> : () -> tensor<4xf32>
    %249 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %250 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<4xf32>}> : () -> tensor<4xf32>
    %251 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<4xf32>}> : () -> tensor<4xf32>
    %252 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<4xf32>}> : () -> tensor<4xf32>
    %253 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %254 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %255 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<4xf32>}> : () -> tensor<4xf32>
    %256 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %258 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %259 = "func.call"(%arg10, %257, %258) <{callee = @_uniform}> : (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %260 = "stablehlo.negate"(%259) : (tensor<4xf32>) -> tensor<4xf32>
    %261 = "stablehlo.multiply"(%259, %260) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %262 = "stablehlo.log_plus_one"(%261) : (tensor<4xf32>) -> tensor<4xf32>
    %263 = "stablehlo.negate"(%262) : (tensor<4xf32>) -> tensor<4xf32>
    %264 = "stablehlo.compare"(%263, %255) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %265 = "stablehlo.subtract"(%263, %254) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %266 = "stablehlo.sqrt"(%263) : (tensor<4xf32>) -> tensor<4xf32>
    %267 = "stablehlo.subtract"(%266, %253) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %268 = "stablehlo.select"(%264, %265, %267) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %269 = "stablehlo.select"(%264, %252, %251) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %270 = "stablehlo.select"(%264, %250, %249) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %271 = "stablehlo.multiply"(%269, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %272 = "stablehlo.add"(%270, %271) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %273 = "stablehlo.select"(%264, %248, %247) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %274 = "stablehlo.multiply"(%272, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %275 = "stablehlo.add"(%273, %274) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %276 = "stablehlo.select"(%264, %246, %245) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %277 = "stablehlo.multiply"(%275, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %278 = "stablehlo.add"(%276, %277) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %279 = "stablehlo.select"(%264, %244, %243) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %280 = "stablehlo.multiply"(%278, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %281 = "stablehlo.add"(%279, %280) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %282 = "stablehlo.select"(%264, %242, %241) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %283 = "stablehlo.multiply"(%281, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %284 = "stablehlo.add"(%282, %283) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %285 = "stablehlo.select"(%264, %240, %239) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %286 = "stablehlo.multiply"(%284, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %287 = "stablehlo.add"(%285, %286) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %288 = "stablehlo.select"(%264, %238, %237) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %289 = "stablehlo.multiply"(%287, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %290 = "stablehlo.add"(%288, %289) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %291 = "stablehlo.select"(%264, %236, %235) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %292 = "stablehlo.multiply"(%290, %268) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %293 = "stablehlo.add"(%291, %292) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %294 = "stablehlo.multiply"(%293, %259) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %295 = "stablehlo.abs"(%259) : (tensor<4xf32>) -> tensor<4xf32>
    %296 = "stablehlo.compare"(%295, %234) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %297 = "stablehlo.multiply"(%259, %233) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %298 = "stablehlo.select"(%296, %297, %294) : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %299 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %300 = "stablehlo.multiply"(%299, %298) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%300) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<4x2xui32>, %arg8: tensor<f32>, %arg9: tensor<f32>):
    %209 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %210 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %211 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %212 = "stablehlo.constant"() <{value = dense<0> : tensor<ui32>}> : () -> tensor<ui32>
    %213 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 4, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %214 = "stablehlo.reshape"(%213) : (tensor<4x1xui32>) -> tensor<4xui32>
    %215 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 4, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x2xui32>) -> tensor<4x1xui32>
    %216 = "stablehlo.reshape"(%215) : (tensor<4x1xui32>) -> tensor<4xui32>
    %217:2 = "func.call"(%214, %216, %212, %212) <{callee = @threefry2x32_63}> : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
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
  "func.func"() <{function_type = (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>), sym_name = "threefry2x32_63", sym_visibility = "private"}> ({
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
  "func.func"() <{function_type = (tensor<4x2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, sym_name = "_uniform_75", sym_visibility = "private"}> ({
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
    %10:2 = "func.call"(%7, %9, %3, %3) <{callee = @threefry2x32_63}> : (tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>) -> (tensor<4xui32>, tensor<4xui32>)
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
