module @jit_igammac attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0x7F800000> : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<1.14472985> : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<3.14159274> : tensor<8xf32>
    %cst_2 = stablehlo.constant dense<0.918938517> : tensor<8xf32>
    %cst_3 = stablehlo.constant dense<2.01490307> : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<7.500000e+00> : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<8.000000e+00> : tensor<8xf32>
    %cst_6 = stablehlo.constant dense<1.50563267E-7> : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<7.000000e+00> : tensor<8xf32>
    %cst_8 = stablehlo.constant dense<9.98436917E-6> : tensor<8xf32>
    %cst_9 = stablehlo.constant dense<6.000000e+00> : tensor<8xf32>
    %cst_10 = stablehlo.constant dense<-0.138571098> : tensor<8xf32>
    %cst_11 = stablehlo.constant dense<5.000000e+00> : tensor<8xf32>
    %cst_12 = stablehlo.constant dense<12.5073433> : tensor<8xf32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<8xf32>
    %cst_14 = stablehlo.constant dense<-176.615036> : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<3.000000e+00> : tensor<8xf32>
    %cst_16 = stablehlo.constant dense<771.323425> : tensor<8xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<8xf32>
    %cst_18 = stablehlo.constant dense<-1259.13916> : tensor<8xf32>
    %cst_19 = stablehlo.constant dense<676.520386> : tensor<8xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<8xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-01> : tensor<8xf32>
    %cst_22 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_24 = stablehlo.constant dense<2.000000e+03> : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.1920929E-7> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_26 = stablehlo.constant dense<3.40282347E+38> : tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.compare  NE, %arg0, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.or %0, %1 : tensor<8xi1>
    %3 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.compare  EQ, %arg0, %3,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.compare  EQ, %arg1, %5,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare  EQ, %arg1, %7,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %10 = stablehlo.compare  LT, %arg1, %9,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %11 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.compare  LT, %arg0, %11,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.and %4, %6 : tensor<8xi1>
    %14 = stablehlo.or %10, %12 : tensor<8xi1>
    %15 = stablehlo.or %14, %13 : tensor<8xi1>
    %16 = stablehlo.or %15, %2 : tensor<8xi1>
    %17 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %18 = stablehlo.compare  LT, %arg1, %17,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %19 = stablehlo.compare  LT, %arg1, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %20 = stablehlo.or %18, %19 : tensor<8xi1>
    %21 = stablehlo.log %arg1 : tensor<8xf32>
    %22 = stablehlo.multiply %arg0, %21 : tensor<8xf32>
    %23 = stablehlo.subtract %22, %arg1 : tensor<8xf32>
    %24 = stablehlo.compare  LT, %arg0, %cst_21 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %25 = stablehlo.negate %arg0 : tensor<8xf32>
    %26 = stablehlo.subtract %arg0, %cst_20 : tensor<8xf32>
    %27 = stablehlo.select %24, %25, %26 : tensor<8xi1>, tensor<8xf32>
    %28 = stablehlo.add %27, %cst_20 : tensor<8xf32>
    %29 = stablehlo.divide %cst_19, %28 : tensor<8xf32>
    %30 = stablehlo.add %cst_20, %29 : tensor<8xf32>
    %31 = stablehlo.add %27, %cst_17 : tensor<8xf32>
    %32 = stablehlo.divide %cst_18, %31 : tensor<8xf32>
    %33 = stablehlo.add %30, %32 : tensor<8xf32>
    %34 = stablehlo.add %27, %cst_15 : tensor<8xf32>
    %35 = stablehlo.divide %cst_16, %34 : tensor<8xf32>
    %36 = stablehlo.add %33, %35 : tensor<8xf32>
    %37 = stablehlo.add %27, %cst_13 : tensor<8xf32>
    %38 = stablehlo.divide %cst_14, %37 : tensor<8xf32>
    %39 = stablehlo.add %36, %38 : tensor<8xf32>
    %40 = stablehlo.add %27, %cst_11 : tensor<8xf32>
    %41 = stablehlo.divide %cst_12, %40 : tensor<8xf32>
    %42 = stablehlo.add %39, %41 : tensor<8xf32>
    %43 = stablehlo.add %27, %cst_9 : tensor<8xf32>
    %44 = stablehlo.divide %cst_10, %43 : tensor<8xf32>
    %45 = stablehlo.add %42, %44 : tensor<8xf32>
    %46 = stablehlo.add %27, %cst_7 : tensor<8xf32>
    %47 = stablehlo.divide %cst_8, %46 : tensor<8xf32>
    %48 = stablehlo.add %45, %47 : tensor<8xf32>
    %49 = stablehlo.add %27, %cst_5 : tensor<8xf32>
    %50 = stablehlo.divide %cst_6, %49 : tensor<8xf32>
    %51 = stablehlo.add %48, %50 : tensor<8xf32>
    %52 = stablehlo.add %cst_4, %27 : tensor<8xf32>
    %53 = stablehlo.divide %27, %cst_4 : tensor<8xf32>
    %54 = stablehlo.log_plus_one %53 : tensor<8xf32>
    %55 = stablehlo.add %cst_3, %54 : tensor<8xf32>
    %56 = stablehlo.divide %52, %55 : tensor<8xf32>
    %57 = stablehlo.add %27, %cst_21 : tensor<8xf32>
    %58 = stablehlo.subtract %57, %56 : tensor<8xf32>
    %59 = stablehlo.multiply %58, %55 : tensor<8xf32>
    %60 = stablehlo.log %51 : tensor<8xf32>
    %61 = stablehlo.add %cst_2, %59 : tensor<8xf32>
    %62 = stablehlo.add %61, %60 : tensor<8xf32>
    %63 = stablehlo.abs %arg0 : tensor<8xf32>
    %64 = stablehlo.floor %63 : tensor<8xf32>
    %65 = stablehlo.subtract %63, %64 : tensor<8xf32>
    %66 = stablehlo.compare  LT, %cst_21, %65 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %67 = stablehlo.subtract %cst_20, %65 : tensor<8xf32>
    %68 = stablehlo.select %66, %67, %65 : tensor<8xi1>, tensor<8xf32>
    %69 = stablehlo.multiply %cst_1, %68 : tensor<8xf32>
    %70 = stablehlo.sine %69 : tensor<8xf32>
    %71 = stablehlo.log %70 : tensor<8xf32>
    %72 = stablehlo.subtract %cst_0, %71 : tensor<8xf32>
    %73 = stablehlo.subtract %72, %62 : tensor<8xf32>
    %74 = stablehlo.is_finite %71 : (tensor<8xf32>) -> tensor<8xi1>
    %75 = stablehlo.negate %71 : tensor<8xf32>
    %76 = stablehlo.select %74, %73, %75 : tensor<8xi1>, tensor<8xf32>
    %77 = stablehlo.select %24, %76, %62 : tensor<8xi1>, tensor<8xf32>
    %78 = stablehlo.abs %arg0 : tensor<8xf32>
    %79 = stablehlo.compare  EQ, %78, %cst : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %80 = stablehlo.select %79, %cst, %77 : tensor<8xi1>, tensor<8xf32>
    %81 = stablehlo.subtract %23, %80 : tensor<8xf32>
    %82 = stablehlo.log %cst_26 : tensor<f32>
    %83 = stablehlo.negate %82 : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %85 = stablehlo.compare  LT, %81, %84,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %86 = stablehlo.or %16, %85 : tensor<8xi1>
    %87 = stablehlo.or %86, %8 : tensor<8xi1>
    %88 = stablehlo.or %87, %4 : tensor<8xi1>
    %89 = stablehlo.not %88 : tensor<8xi1>
    %90 = stablehlo.exponential %81 : tensor<8xf32>
    %91 = stablehlo.and %89, %20 : tensor<8xi1>
    %92 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %93 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %94 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %95 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %96:7 = stablehlo.while(%iterArg = %91, %iterArg_30 = %arg0, %iterArg_31 = %92, %iterArg_32 = %93, %iterArg_33 = %arg1, %iterArg_34 = %94, %iterArg_35 = %95) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %129 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %129 : tensor<i1>
    } do {
      %129 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %130 = stablehlo.add %iterArg_30, %129 : tensor<8xf32>
      %131 = stablehlo.divide %iterArg_33, %130 : tensor<8xf32>
      %132 = stablehlo.multiply %iterArg_34, %131 : tensor<8xf32>
      %133 = stablehlo.multiply %iterArg_31, %iterArg_33 : tensor<8xf32>
      %134 = stablehlo.multiply %130, %130 : tensor<8xf32>
      %135 = stablehlo.divide %133, %134 : tensor<8xf32>
      %136 = stablehlo.subtract %132, %135 : tensor<8xf32>
      %137 = stablehlo.add %iterArg_35, %136 : tensor<8xf32>
      %138 = stablehlo.divide %iterArg_33, %130 : tensor<8xf32>
      %139 = stablehlo.multiply %iterArg_31, %138 : tensor<8xf32>
      %140 = stablehlo.add %iterArg_32, %139 : tensor<8xf32>
      %141 = stablehlo.divide %139, %140 : tensor<8xf32>
      %142 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %143 = stablehlo.compare  GT, %141, %142,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %144 = stablehlo.and %iterArg, %143 : tensor<8xi1>
      %145 = stablehlo.select %iterArg, %130, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %146 = stablehlo.select %iterArg, %139, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %147 = stablehlo.select %iterArg, %140, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %148 = stablehlo.select %iterArg, %iterArg_33, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %149 = stablehlo.select %iterArg, %136, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %150 = stablehlo.select %iterArg, %137, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %144, %145, %146, %147, %148, %149, %150 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %97 = stablehlo.multiply %96#3, %90 : tensor<8xf32>
    %98 = stablehlo.divide %97, %arg0 : tensor<8xf32>
    %99 = stablehlo.not %20 : tensor<8xi1>
    %100 = stablehlo.and %89, %99 : tensor<8xi1>
    %101 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %102 = stablehlo.subtract %101, %arg0 : tensor<8xf32>
    %103 = stablehlo.add %arg1, %102 : tensor<8xf32>
    %104 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %105 = stablehlo.add %103, %104 : tensor<8xf32>
    %106 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %107 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %108 = stablehlo.add %arg1, %107 : tensor<8xf32>
    %109 = stablehlo.multiply %105, %arg1 : tensor<8xf32>
    %110 = stablehlo.divide %108, %109 : tensor<8xf32>
    %111 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %112 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %113 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %114 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %115 = stablehlo.negate %arg1 : tensor<8xf32>
    %116 = stablehlo.multiply %110, %115 : tensor<8xf32>
    %117 = stablehlo.subtract %114, %116 : tensor<8xf32>
    %118 = stablehlo.divide %117, %109 : tensor<8xf32>
    %119:15 = stablehlo.while(%iterArg = %100, %iterArg_30 = %110, %iterArg_31 = %111, %iterArg_32 = %102, %iterArg_33 = %105, %iterArg_34 = %cst_29, %iterArg_35 = %108, %iterArg_36 = %109, %iterArg_37 = %106, %iterArg_38 = %arg1, %iterArg_39 = %112, %iterArg_40 = %113, %iterArg_41 = %114, %iterArg_42 = %115, %iterArg_43 = %118) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %129 = stablehlo.compare  LT, %iterArg_34, %cst_24,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %130 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %131 = stablehlo.and %129, %130 : tensor<i1>
      stablehlo.return %131 : tensor<i1>
    } do {
      %129 = stablehlo.add %iterArg_34, %cst_27 : tensor<f32>
      %130 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %131 = stablehlo.add %iterArg_32, %130 : tensor<8xf32>
      %132 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %133 = stablehlo.add %iterArg_33, %132 : tensor<8xf32>
      %134 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %135 = stablehlo.multiply %131, %134 : tensor<8xf32>
      %136 = stablehlo.multiply %iterArg_35, %133 : tensor<8xf32>
      %137 = stablehlo.multiply %iterArg_37, %135 : tensor<8xf32>
      %138 = stablehlo.subtract %136, %137 : tensor<8xf32>
      %139 = stablehlo.multiply %iterArg_36, %133 : tensor<8xf32>
      %140 = stablehlo.multiply %iterArg_38, %135 : tensor<8xf32>
      %141 = stablehlo.subtract %139, %140 : tensor<8xf32>
      %142 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %143 = stablehlo.compare  NE, %141, %142,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %144 = stablehlo.divide %138, %141 : tensor<8xf32>
      %145 = stablehlo.subtract %iterArg_30, %144 : tensor<8xf32>
      %146 = stablehlo.divide %145, %144 : tensor<8xf32>
      %147 = stablehlo.abs %146 : tensor<8xf32>
      %148 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %149 = stablehlo.select %143, %147, %148 : tensor<8xi1>, tensor<8xf32>
      %150 = stablehlo.select %143, %144, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %151 = stablehlo.multiply %iterArg_41, %133 : tensor<8xf32>
      %152 = stablehlo.subtract %151, %iterArg_35 : tensor<8xf32>
      %153 = stablehlo.multiply %iterArg_39, %135 : tensor<8xf32>
      %154 = stablehlo.subtract %152, %153 : tensor<8xf32>
      %155 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %156 = stablehlo.multiply %iterArg_37, %155 : tensor<8xf32>
      %157 = stablehlo.add %154, %156 : tensor<8xf32>
      %158 = stablehlo.multiply %iterArg_42, %133 : tensor<8xf32>
      %159 = stablehlo.subtract %158, %iterArg_36 : tensor<8xf32>
      %160 = stablehlo.multiply %iterArg_40, %135 : tensor<8xf32>
      %161 = stablehlo.subtract %159, %160 : tensor<8xf32>
      %162 = stablehlo.broadcast_in_dim %129, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %163 = stablehlo.multiply %iterArg_38, %162 : tensor<8xf32>
      %164 = stablehlo.add %161, %163 : tensor<8xf32>
      %165 = stablehlo.multiply %150, %164 : tensor<8xf32>
      %166 = stablehlo.subtract %157, %165 : tensor<8xf32>
      %167 = stablehlo.divide %166, %141 : tensor<8xf32>
      %168 = stablehlo.select %143, %167, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      %169 = stablehlo.abs %138 : tensor<8xf32>
      %170 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<f32>
      %171 = stablehlo.divide %170, %cst_25 : tensor<f32>
      %172 = stablehlo.broadcast_in_dim %171, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %173 = stablehlo.compare  GT, %169, %172,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %174 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %175 = stablehlo.multiply %iterArg_35, %174 : tensor<8xf32>
      %176 = stablehlo.select %173, %175, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %177 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %178 = stablehlo.multiply %138, %177 : tensor<8xf32>
      %179 = stablehlo.select %173, %178, %138 : tensor<8xi1>, tensor<8xf32>
      %180 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %181 = stablehlo.multiply %iterArg_36, %180 : tensor<8xf32>
      %182 = stablehlo.select %173, %181, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %183 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %184 = stablehlo.multiply %141, %183 : tensor<8xf32>
      %185 = stablehlo.select %173, %184, %141 : tensor<8xi1>, tensor<8xf32>
      %186 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %187 = stablehlo.multiply %iterArg_41, %186 : tensor<8xf32>
      %188 = stablehlo.select %173, %187, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %189 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %190 = stablehlo.multiply %iterArg_42, %189 : tensor<8xf32>
      %191 = stablehlo.select %173, %190, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %192 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %193 = stablehlo.multiply %157, %192 : tensor<8xf32>
      %194 = stablehlo.select %173, %193, %157 : tensor<8xi1>, tensor<8xf32>
      %195 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %196 = stablehlo.multiply %164, %195 : tensor<8xf32>
      %197 = stablehlo.select %173, %196, %164 : tensor<8xi1>, tensor<8xf32>
      %198 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %199 = stablehlo.compare  GT, %149, %198,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %200 = stablehlo.and %iterArg, %199 : tensor<8xi1>
      %201 = stablehlo.select %iterArg, %150, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %202 = stablehlo.select %iterArg, %149, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %203 = stablehlo.select %iterArg, %131, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %204 = stablehlo.select %iterArg, %133, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %205 = stablehlo.select %iterArg, %179, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %206 = stablehlo.select %iterArg, %185, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %207 = stablehlo.select %iterArg, %176, %iterArg_37 : tensor<8xi1>, tensor<8xf32>
      %208 = stablehlo.select %iterArg, %182, %iterArg_38 : tensor<8xi1>, tensor<8xf32>
      %209 = stablehlo.select %iterArg, %188, %iterArg_39 : tensor<8xi1>, tensor<8xf32>
      %210 = stablehlo.select %iterArg, %191, %iterArg_40 : tensor<8xi1>, tensor<8xf32>
      %211 = stablehlo.select %iterArg, %194, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %212 = stablehlo.select %iterArg, %197, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %213 = stablehlo.select %iterArg, %168, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %200, %201, %202, %203, %204, %129, %205, %206, %207, %208, %209, %210, %211, %212, %213 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %120 = stablehlo.multiply %119#1, %90 : tensor<8xf32>
    %121 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %122 = stablehlo.subtract %121, %98 : tensor<8xf32>
    %123 = stablehlo.select %20, %122, %120 : tensor<8xi1>, tensor<8xf32>
    %124 = stablehlo.or %8, %4 : tensor<8xi1>
    %125 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %126 = stablehlo.select %124, %125, %123 : tensor<8xi1>, tensor<8xf32>
    %127 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %128 = stablehlo.select %16, %127, %126 : tensor<8xi1>, tensor<8xf32>
    return %128 : tensor<8xf32>
  }
}
