module @jit_igamma attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
    %cst_23 = stablehlo.constant dense<1.1920929E-7> : tensor<f32>
    %cst_24 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_25 = stablehlo.constant dense<2.000000e+03> : tensor<f32>
    %cst_26 = stablehlo.constant dense<3.40282347E+38> : tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_29 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %0 = stablehlo.compare  NE, %arg0, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %1 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %2 = stablehlo.or %0, %1 : tensor<8xi1>
    %3 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.compare  EQ, %arg1, %3,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.compare  EQ, %arg0, %5,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %7 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %8 = stablehlo.compare  EQ, %arg1, %7,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %9 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %10 = stablehlo.compare  LT, %arg1, %9,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %11 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.compare  LT, %arg0, %11,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.and %6, %8 : tensor<8xi1>
    %14 = stablehlo.or %10, %12 : tensor<8xi1>
    %15 = stablehlo.or %14, %13 : tensor<8xi1>
    %16 = stablehlo.or %15, %2 : tensor<8xi1>
    %17 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %18 = stablehlo.compare  GE, %arg1, %17,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %19 = stablehlo.compare  GT, %arg1, %arg0,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %20 = stablehlo.and %18, %19 : tensor<8xi1>
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
    %86 = stablehlo.exponential %81 : tensor<8xf32>
    %87 = stablehlo.or %8, %16 : tensor<8xi1>
    %88 = stablehlo.or %87, %85 : tensor<8xi1>
    %89 = stablehlo.or %88, %4 : tensor<8xi1>
    %90 = stablehlo.not %89 : tensor<8xi1>
    %91 = stablehlo.and %90, %20 : tensor<8xi1>
    %92 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %93 = stablehlo.subtract %92, %arg0 : tensor<8xf32>
    %94 = stablehlo.add %arg1, %93 : tensor<8xf32>
    %95 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %96 = stablehlo.add %94, %95 : tensor<8xf32>
    %97 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %98 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %99 = stablehlo.add %arg1, %98 : tensor<8xf32>
    %100 = stablehlo.multiply %96, %arg1 : tensor<8xf32>
    %101 = stablehlo.divide %99, %100 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %103 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %104 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %105 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %106 = stablehlo.negate %arg1 : tensor<8xf32>
    %107 = stablehlo.multiply %101, %106 : tensor<8xf32>
    %108 = stablehlo.subtract %105, %107 : tensor<8xf32>
    %109 = stablehlo.divide %108, %100 : tensor<8xf32>
    %110:15 = stablehlo.while(%iterArg = %91, %iterArg_30 = %101, %iterArg_31 = %102, %iterArg_32 = %93, %iterArg_33 = %96, %iterArg_34 = %cst_28, %iterArg_35 = %99, %iterArg_36 = %100, %iterArg_37 = %97, %iterArg_38 = %arg1, %iterArg_39 = %103, %iterArg_40 = %104, %iterArg_41 = %105, %iterArg_42 = %106, %iterArg_43 = %109) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %130 = stablehlo.compare  LT, %iterArg_34, %cst_25,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %131 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %132 = stablehlo.and %130, %131 : tensor<i1>
      stablehlo.return %132 : tensor<i1>
    } do {
      %130 = stablehlo.add %iterArg_34, %cst_27 : tensor<f32>
      %131 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %132 = stablehlo.add %iterArg_32, %131 : tensor<8xf32>
      %133 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %134 = stablehlo.add %iterArg_33, %133 : tensor<8xf32>
      %135 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %136 = stablehlo.multiply %132, %135 : tensor<8xf32>
      %137 = stablehlo.multiply %iterArg_35, %134 : tensor<8xf32>
      %138 = stablehlo.multiply %iterArg_37, %136 : tensor<8xf32>
      %139 = stablehlo.subtract %137, %138 : tensor<8xf32>
      %140 = stablehlo.multiply %iterArg_36, %134 : tensor<8xf32>
      %141 = stablehlo.multiply %iterArg_38, %136 : tensor<8xf32>
      %142 = stablehlo.subtract %140, %141 : tensor<8xf32>
      %143 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %144 = stablehlo.compare  NE, %142, %143,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %145 = stablehlo.divide %139, %142 : tensor<8xf32>
      %146 = stablehlo.subtract %iterArg_30, %145 : tensor<8xf32>
      %147 = stablehlo.divide %146, %145 : tensor<8xf32>
      %148 = stablehlo.abs %147 : tensor<8xf32>
      %149 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %150 = stablehlo.select %144, %148, %149 : tensor<8xi1>, tensor<8xf32>
      %151 = stablehlo.select %144, %145, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %152 = stablehlo.multiply %iterArg_41, %134 : tensor<8xf32>
      %153 = stablehlo.subtract %152, %iterArg_35 : tensor<8xf32>
      %154 = stablehlo.multiply %iterArg_39, %136 : tensor<8xf32>
      %155 = stablehlo.subtract %153, %154 : tensor<8xf32>
      %156 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %157 = stablehlo.multiply %iterArg_37, %156 : tensor<8xf32>
      %158 = stablehlo.add %155, %157 : tensor<8xf32>
      %159 = stablehlo.multiply %iterArg_42, %134 : tensor<8xf32>
      %160 = stablehlo.subtract %159, %iterArg_36 : tensor<8xf32>
      %161 = stablehlo.multiply %iterArg_40, %136 : tensor<8xf32>
      %162 = stablehlo.subtract %160, %161 : tensor<8xf32>
      %163 = stablehlo.broadcast_in_dim %130, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %164 = stablehlo.multiply %iterArg_38, %163 : tensor<8xf32>
      %165 = stablehlo.add %162, %164 : tensor<8xf32>
      %166 = stablehlo.multiply %151, %165 : tensor<8xf32>
      %167 = stablehlo.subtract %158, %166 : tensor<8xf32>
      %168 = stablehlo.divide %167, %142 : tensor<8xf32>
      %169 = stablehlo.select %144, %168, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      %170 = stablehlo.abs %139 : tensor<8xf32>
      %171 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<f32>
      %172 = stablehlo.divide %171, %cst_23 : tensor<f32>
      %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %174 = stablehlo.compare  GT, %170, %173,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %175 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %176 = stablehlo.multiply %iterArg_35, %175 : tensor<8xf32>
      %177 = stablehlo.select %174, %176, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %178 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %179 = stablehlo.multiply %139, %178 : tensor<8xf32>
      %180 = stablehlo.select %174, %179, %139 : tensor<8xi1>, tensor<8xf32>
      %181 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %182 = stablehlo.multiply %iterArg_36, %181 : tensor<8xf32>
      %183 = stablehlo.select %174, %182, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %184 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %185 = stablehlo.multiply %142, %184 : tensor<8xf32>
      %186 = stablehlo.select %174, %185, %142 : tensor<8xi1>, tensor<8xf32>
      %187 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %188 = stablehlo.multiply %iterArg_41, %187 : tensor<8xf32>
      %189 = stablehlo.select %174, %188, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %190 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %191 = stablehlo.multiply %iterArg_42, %190 : tensor<8xf32>
      %192 = stablehlo.select %174, %191, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %193 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %194 = stablehlo.multiply %158, %193 : tensor<8xf32>
      %195 = stablehlo.select %174, %194, %158 : tensor<8xi1>, tensor<8xf32>
      %196 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %197 = stablehlo.multiply %165, %196 : tensor<8xf32>
      %198 = stablehlo.select %174, %197, %165 : tensor<8xi1>, tensor<8xf32>
      %199 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %200 = stablehlo.compare  GT, %150, %199,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %201 = stablehlo.and %iterArg, %200 : tensor<8xi1>
      %202 = stablehlo.select %iterArg, %151, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %203 = stablehlo.select %iterArg, %150, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %204 = stablehlo.select %iterArg, %132, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %205 = stablehlo.select %iterArg, %134, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %206 = stablehlo.select %iterArg, %180, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      %207 = stablehlo.select %iterArg, %186, %iterArg_36 : tensor<8xi1>, tensor<8xf32>
      %208 = stablehlo.select %iterArg, %177, %iterArg_37 : tensor<8xi1>, tensor<8xf32>
      %209 = stablehlo.select %iterArg, %183, %iterArg_38 : tensor<8xi1>, tensor<8xf32>
      %210 = stablehlo.select %iterArg, %189, %iterArg_39 : tensor<8xi1>, tensor<8xf32>
      %211 = stablehlo.select %iterArg, %192, %iterArg_40 : tensor<8xi1>, tensor<8xf32>
      %212 = stablehlo.select %iterArg, %195, %iterArg_41 : tensor<8xi1>, tensor<8xf32>
      %213 = stablehlo.select %iterArg, %198, %iterArg_42 : tensor<8xi1>, tensor<8xf32>
      %214 = stablehlo.select %iterArg, %169, %iterArg_43 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %201, %202, %203, %204, %205, %130, %206, %207, %208, %209, %210, %211, %212, %213, %214 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<f32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %111 = stablehlo.multiply %110#1, %86 : tensor<8xf32>
    %112 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %113 = stablehlo.subtract %112, %111 : tensor<8xf32>
    %114 = stablehlo.not %20 : tensor<8xi1>
    %115 = stablehlo.and %90, %114 : tensor<8xi1>
    %116 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %117 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %118 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %119 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %120:7 = stablehlo.while(%iterArg = %115, %iterArg_30 = %arg0, %iterArg_31 = %116, %iterArg_32 = %117, %iterArg_33 = %arg1, %iterArg_34 = %118, %iterArg_35 = %119) : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    cond {
      %130 = stablehlo.reduce(%iterArg init: %c) applies stablehlo.or across dimensions = [0] : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %130 : tensor<i1>
    } do {
      %130 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %131 = stablehlo.add %iterArg_30, %130 : tensor<8xf32>
      %132 = stablehlo.divide %iterArg_33, %131 : tensor<8xf32>
      %133 = stablehlo.multiply %iterArg_34, %132 : tensor<8xf32>
      %134 = stablehlo.multiply %iterArg_31, %iterArg_33 : tensor<8xf32>
      %135 = stablehlo.multiply %131, %131 : tensor<8xf32>
      %136 = stablehlo.divide %134, %135 : tensor<8xf32>
      %137 = stablehlo.subtract %133, %136 : tensor<8xf32>
      %138 = stablehlo.add %iterArg_35, %137 : tensor<8xf32>
      %139 = stablehlo.divide %iterArg_33, %131 : tensor<8xf32>
      %140 = stablehlo.multiply %iterArg_31, %139 : tensor<8xf32>
      %141 = stablehlo.add %iterArg_32, %140 : tensor<8xf32>
      %142 = stablehlo.divide %140, %141 : tensor<8xf32>
      %143 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %144 = stablehlo.compare  GT, %142, %143,  FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %145 = stablehlo.and %iterArg, %144 : tensor<8xi1>
      %146 = stablehlo.select %iterArg, %131, %iterArg_30 : tensor<8xi1>, tensor<8xf32>
      %147 = stablehlo.select %iterArg, %140, %iterArg_31 : tensor<8xi1>, tensor<8xf32>
      %148 = stablehlo.select %iterArg, %141, %iterArg_32 : tensor<8xi1>, tensor<8xf32>
      %149 = stablehlo.select %iterArg, %iterArg_33, %iterArg_33 : tensor<8xi1>, tensor<8xf32>
      %150 = stablehlo.select %iterArg, %137, %iterArg_34 : tensor<8xi1>, tensor<8xf32>
      %151 = stablehlo.select %iterArg, %138, %iterArg_35 : tensor<8xi1>, tensor<8xf32>
      stablehlo.return %145, %146, %147, %148, %149, %150, %151 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    %121 = stablehlo.multiply %120#3, %86 : tensor<8xf32>
    %122 = stablehlo.divide %121, %arg0 : tensor<8xf32>
    %123 = stablehlo.select %20, %113, %122 : tensor<8xi1>, tensor<8xf32>
    %124 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %125 = stablehlo.select %8, %124, %123 : tensor<8xi1>, tensor<8xf32>
    %126 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %127 = stablehlo.select %4, %126, %125 : tensor<8xi1>, tensor<8xf32>
    %128 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %129 = stablehlo.select %16, %128, %127 : tensor<8xi1>, tensor<8xf32>
    return %129 : tensor<8xf32>
  }
}
