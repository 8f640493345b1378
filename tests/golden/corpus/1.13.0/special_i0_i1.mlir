module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>) -> (tensor<8xf32> {jax.result_info = "result[0]"}, tensor<8xf32> {jax.result_info = "result[1]"}) {
    %cst = stablehlo.constant dense<0.778576254> : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<-0.00976109784> : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<-1.10588939E-4> : tensor<8xf32>
    %cst_2 = stablehlo.constant dense<-3.88256467E-6> : tensor<8xf32>
    %cst_3 = stablehlo.constant dense<-2.51223611E-7> : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<-2.63146891E-8> : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<-3.83538046E-9> : tensor<8xf32>
    %cst_6 = stablehlo.constant dense<0.252587199> : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<-0.176416516> : tensor<8xf32>
    %cst_8 = stablehlo.constant dense<0.102643661> : tensor<8xf32>
    %cst_9 = stablehlo.constant dense<-0.0529459827> : tensor<8xf32>
    %cst_10 = stablehlo.constant dense<0.0247264486> : tensor<8xf32>
    %cst_11 = stablehlo.constant dense<-0.0105640851> : tensor<8xf32>
    %cst_12 = stablehlo.constant dense<0.0041564228> : tensor<8xf32>
    %cst_13 = stablehlo.constant dense<-0.00151357241> : tensor<8xf32>
    %cst_14 = stablehlo.constant dense<5.122860e-04> : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<-1.61760821E-4> : tensor<8xf32>
    %cst_16 = stablehlo.constant dense<4.78156508E-5> : tensor<8xf32>
    %cst_17 = stablehlo.constant dense<-1.32731639E-5> : tensor<8xf32>
    %cst_18 = stablehlo.constant dense<3.47025139E-6> : tensor<8xf32>
    %cst_19 = stablehlo.constant dense<-8.568720e-07> : tensor<8xf32>
    %cst_20 = stablehlo.constant dense<2.00329481E-7> : tensor<8xf32>
    %cst_21 = stablehlo.constant dense<-4.44505908E-8> : tensor<8xf32>
    %cst_22 = stablehlo.constant dense<9.38153732E-9> : tensor<8xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<8xf32>
    %cst_24 = stablehlo.constant dense<8.000000e+00> : tensor<8xf32>
    %cst_25 = stablehlo.constant dense<3.200000e+01> : tensor<8xf32>
    %cst_26 = stablehlo.constant dense<2.000000e+00> : tensor<8xf32>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<8xf32>
    %cst_28 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %cst_29 = stablehlo.constant dense<0.804490387> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.00336911646> : tensor<f32>
    %cst_31 = stablehlo.constant dense<6.88975852E-5> : tensor<f32>
    %cst_32 = stablehlo.constant dense<2.89137051E-6> : tensor<f32>
    %cst_33 = stablehlo.constant dense<2.04891862E-7> : tensor<f32>
    %cst_34 = stablehlo.constant dense<2.26666899E-8> : tensor<f32>
    %cst_35 = stablehlo.constant dense<3.39623196E-9> : tensor<f32>
    %cst_36 = stablehlo.constant dense<0.676795303> : tensor<f32>
    %cst_37 = stablehlo.constant dense<-0.304682672> : tensor<f32>
    %cst_38 = stablehlo.constant dense<0.171620905> : tensor<f32>
    %cst_39 = stablehlo.constant dense<-9.490110e-02> : tensor<f32>
    %cst_40 = stablehlo.constant dense<0.0493052825> : tensor<f32>
    %cst_41 = stablehlo.constant dense<-0.0237374157> : tensor<f32>
    %cst_42 = stablehlo.constant dense<0.0105464607> : tensor<f32>
    %cst_43 = stablehlo.constant dense<-4.324310e-03> : tensor<f32>
    %cst_44 = stablehlo.constant dense<0.00163947558> : tensor<f32>
    %cst_45 = stablehlo.constant dense<-5.76375576E-4> : tensor<f32>
    %cst_46 = stablehlo.constant dense<1.88502891E-4> : tensor<f32>
    %cst_47 = stablehlo.constant dense<-5.75419508E-5> : tensor<f32>
    %cst_48 = stablehlo.constant dense<1.64484482E-5> : tensor<f32>
    %cst_49 = stablehlo.constant dense<-4.41673819E-6> : tensor<f32>
    %cst_50 = stablehlo.constant dense<1.11738757E-6> : tensor<f32>
    %cst_51 = stablehlo.constant dense<-2.67079372E-7> : tensor<f32>
    %cst_52 = stablehlo.constant dense<6.04699508E-8> : tensor<f32>
    %cst_53 = stablehlo.constant dense<-1.30002498E-8> : tensor<f32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_55 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %cst_56 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_57 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %0 = stablehlo.abs %arg0 : tensor<8xf32>
    %1 = stablehlo.exponential %0 : tensor<8xf32>
    %2 = stablehlo.abs %0 : tensor<8xf32>
    %3 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %5 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.multiply %3, %2 : tensor<8xf32>
    %7 = stablehlo.subtract %6, %4 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %9 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %10 = stablehlo.multiply %7, %8 : tensor<8xf32>
    %11 = stablehlo.subtract %10, %9 : tensor<8xf32>
    %12 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %13 = stablehlo.add %11, %12 : tensor<8xf32>
    %14 = stablehlo.multiply %7, %13 : tensor<8xf32>
    %15 = stablehlo.subtract %14, %8 : tensor<8xf32>
    %16 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.add %15, %16 : tensor<8xf32>
    %18 = stablehlo.multiply %7, %17 : tensor<8xf32>
    %19 = stablehlo.subtract %18, %13 : tensor<8xf32>
    %20 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.add %19, %20 : tensor<8xf32>
    %22 = stablehlo.multiply %7, %21 : tensor<8xf32>
    %23 = stablehlo.subtract %22, %17 : tensor<8xf32>
    %24 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.add %23, %24 : tensor<8xf32>
    %26 = stablehlo.multiply %7, %25 : tensor<8xf32>
    %27 = stablehlo.subtract %26, %21 : tensor<8xf32>
    %28 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.add %27, %28 : tensor<8xf32>
    %30 = stablehlo.multiply %7, %29 : tensor<8xf32>
    %31 = stablehlo.subtract %30, %25 : tensor<8xf32>
    %32 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %33 = stablehlo.add %31, %32 : tensor<8xf32>
    %34 = stablehlo.multiply %7, %33 : tensor<8xf32>
    %35 = stablehlo.subtract %34, %29 : tensor<8xf32>
    %36 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %37 = stablehlo.add %35, %36 : tensor<8xf32>
    %38 = stablehlo.multiply %7, %37 : tensor<8xf32>
    %39 = stablehlo.subtract %38, %33 : tensor<8xf32>
    %40 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %41 = stablehlo.add %39, %40 : tensor<8xf32>
    %42 = stablehlo.multiply %7, %41 : tensor<8xf32>
    %43 = stablehlo.subtract %42, %37 : tensor<8xf32>
    %44 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %45 = stablehlo.add %43, %44 : tensor<8xf32>
    %46 = stablehlo.multiply %7, %45 : tensor<8xf32>
    %47 = stablehlo.subtract %46, %41 : tensor<8xf32>
    %48 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %49 = stablehlo.add %47, %48 : tensor<8xf32>
    %50 = stablehlo.multiply %7, %49 : tensor<8xf32>
    %51 = stablehlo.subtract %50, %45 : tensor<8xf32>
    %52 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %53 = stablehlo.add %51, %52 : tensor<8xf32>
    %54 = stablehlo.multiply %7, %53 : tensor<8xf32>
    %55 = stablehlo.subtract %54, %49 : tensor<8xf32>
    %56 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %57 = stablehlo.add %55, %56 : tensor<8xf32>
    %58 = stablehlo.multiply %7, %57 : tensor<8xf32>
    %59 = stablehlo.subtract %58, %53 : tensor<8xf32>
    %60 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %61 = stablehlo.add %59, %60 : tensor<8xf32>
    %62 = stablehlo.multiply %7, %61 : tensor<8xf32>
    %63 = stablehlo.subtract %62, %57 : tensor<8xf32>
    %64 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %65 = stablehlo.add %63, %64 : tensor<8xf32>
    %66 = stablehlo.multiply %7, %65 : tensor<8xf32>
    %67 = stablehlo.subtract %66, %61 : tensor<8xf32>
    %68 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %69 = stablehlo.add %67, %68 : tensor<8xf32>
    %70 = stablehlo.multiply %7, %69 : tensor<8xf32>
    %71 = stablehlo.subtract %70, %65 : tensor<8xf32>
    %72 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %73 = stablehlo.add %71, %72 : tensor<8xf32>
    %74 = stablehlo.multiply %7, %73 : tensor<8xf32>
    %75 = stablehlo.subtract %74, %69 : tensor<8xf32>
    %76 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %77 = stablehlo.add %75, %76 : tensor<8xf32>
    %78 = stablehlo.multiply %7, %77 : tensor<8xf32>
    %79 = stablehlo.subtract %78, %73 : tensor<8xf32>
    %80 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %81 = stablehlo.add %79, %80 : tensor<8xf32>
    %82 = stablehlo.subtract %81, %73 : tensor<8xf32>
    %83 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %84 = stablehlo.multiply %83, %82 : tensor<8xf32>
    %85 = stablehlo.divide %5, %2 : tensor<8xf32>
    %86 = stablehlo.subtract %85, %4 : tensor<8xf32>
    %87 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %88 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %89 = stablehlo.multiply %86, %87 : tensor<8xf32>
    %90 = stablehlo.subtract %89, %88 : tensor<8xf32>
    %91 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %92 = stablehlo.add %90, %91 : tensor<8xf32>
    %93 = stablehlo.multiply %86, %92 : tensor<8xf32>
    %94 = stablehlo.subtract %93, %87 : tensor<8xf32>
    %95 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %96 = stablehlo.add %94, %95 : tensor<8xf32>
    %97 = stablehlo.multiply %86, %96 : tensor<8xf32>
    %98 = stablehlo.subtract %97, %92 : tensor<8xf32>
    %99 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %100 = stablehlo.add %98, %99 : tensor<8xf32>
    %101 = stablehlo.multiply %86, %100 : tensor<8xf32>
    %102 = stablehlo.subtract %101, %96 : tensor<8xf32>
    %103 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %104 = stablehlo.add %102, %103 : tensor<8xf32>
    %105 = stablehlo.multiply %86, %104 : tensor<8xf32>
    %106 = stablehlo.subtract %105, %100 : tensor<8xf32>
    %107 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %108 = stablehlo.add %106, %107 : tensor<8xf32>
    %109 = stablehlo.multiply %86, %108 : tensor<8xf32>
    %110 = stablehlo.subtract %109, %104 : tensor<8xf32>
    %111 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %112 = stablehlo.add %110, %111 : tensor<8xf32>
    %113 = stablehlo.multiply %86, %112 : tensor<8xf32>
    %114 = stablehlo.subtract %113, %108 : tensor<8xf32>
    %115 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %116 = stablehlo.add %114, %115 : tensor<8xf32>
    %117 = stablehlo.subtract %116, %108 : tensor<8xf32>
    %118 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<8xf32>
    %120 = stablehlo.sqrt %2 : tensor<8xf32>
    %121 = stablehlo.divide %119, %120 : tensor<8xf32>
    %122 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %123 = stablehlo.compare LE, %2, %122, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %124 = stablehlo.select %123, %84, %121 : tensor<8xi1>, tensor<8xf32>
    %125 = stablehlo.multiply %1, %124 : tensor<8xf32>
    %126 = stablehlo.abs %arg0 : tensor<8xf32>
    %127 = stablehlo.exponential %126 : tensor<8xf32>
    %128 = stablehlo.abs %arg0 : tensor<8xf32>
    %129 = stablehlo.multiply %cst_27, %128 : tensor<8xf32>
    %130 = stablehlo.subtract %129, %cst_26 : tensor<8xf32>
    %131 = stablehlo.multiply %130, %cst_23 : tensor<8xf32>
    %132 = stablehlo.subtract %131, %cst_23 : tensor<8xf32>
    %133 = stablehlo.add %132, %cst_22 : tensor<8xf32>
    %134 = stablehlo.multiply %130, %133 : tensor<8xf32>
    %135 = stablehlo.subtract %134, %cst_23 : tensor<8xf32>
    %136 = stablehlo.add %135, %cst_21 : tensor<8xf32>
    %137 = stablehlo.multiply %130, %136 : tensor<8xf32>
    %138 = stablehlo.subtract %137, %133 : tensor<8xf32>
    %139 = stablehlo.add %138, %cst_20 : tensor<8xf32>
    %140 = stablehlo.multiply %130, %139 : tensor<8xf32>
    %141 = stablehlo.subtract %140, %136 : tensor<8xf32>
    %142 = stablehlo.add %141, %cst_19 : tensor<8xf32>
    %143 = stablehlo.multiply %130, %142 : tensor<8xf32>
    %144 = stablehlo.subtract %143, %139 : tensor<8xf32>
    %145 = stablehlo.add %144, %cst_18 : tensor<8xf32>
    %146 = stablehlo.multiply %130, %145 : tensor<8xf32>
    %147 = stablehlo.subtract %146, %142 : tensor<8xf32>
    %148 = stablehlo.add %147, %cst_17 : tensor<8xf32>
    %149 = stablehlo.multiply %130, %148 : tensor<8xf32>
    %150 = stablehlo.subtract %149, %145 : tensor<8xf32>
    %151 = stablehlo.add %150, %cst_16 : tensor<8xf32>
    %152 = stablehlo.multiply %130, %151 : tensor<8xf32>
    %153 = stablehlo.subtract %152, %148 : tensor<8xf32>
    %154 = stablehlo.add %153, %cst_15 : tensor<8xf32>
    %155 = stablehlo.multiply %130, %154 : tensor<8xf32>
    %156 = stablehlo.subtract %155, %151 : tensor<8xf32>
    %157 = stablehlo.add %156, %cst_14 : tensor<8xf32>
    %158 = stablehlo.multiply %130, %157 : tensor<8xf32>
    %159 = stablehlo.subtract %158, %154 : tensor<8xf32>
    %160 = stablehlo.add %159, %cst_13 : tensor<8xf32>
    %161 = stablehlo.multiply %130, %160 : tensor<8xf32>
    %162 = stablehlo.subtract %161, %157 : tensor<8xf32>
    %163 = stablehlo.add %162, %cst_12 : tensor<8xf32>
    %164 = stablehlo.multiply %130, %163 : tensor<8xf32>
    %165 = stablehlo.subtract %164, %160 : tensor<8xf32>
    %166 = stablehlo.add %165, %cst_11 : tensor<8xf32>
    %167 = stablehlo.multiply %130, %166 : tensor<8xf32>
    %168 = stablehlo.subtract %167, %163 : tensor<8xf32>
    %169 = stablehlo.add %168, %cst_10 : tensor<8xf32>
    %170 = stablehlo.multiply %130, %169 : tensor<8xf32>
    %171 = stablehlo.subtract %170, %166 : tensor<8xf32>
    %172 = stablehlo.add %171, %cst_9 : tensor<8xf32>
    %173 = stablehlo.multiply %130, %172 : tensor<8xf32>
    %174 = stablehlo.subtract %173, %169 : tensor<8xf32>
    %175 = stablehlo.add %174, %cst_8 : tensor<8xf32>
    %176 = stablehlo.multiply %130, %175 : tensor<8xf32>
    %177 = stablehlo.subtract %176, %172 : tensor<8xf32>
    %178 = stablehlo.add %177, %cst_7 : tensor<8xf32>
    %179 = stablehlo.multiply %130, %178 : tensor<8xf32>
    %180 = stablehlo.subtract %179, %175 : tensor<8xf32>
    %181 = stablehlo.add %180, %cst_6 : tensor<8xf32>
    %182 = stablehlo.subtract %181, %175 : tensor<8xf32>
    %183 = stablehlo.multiply %182, %cst_27 : tensor<8xf32>
    %184 = stablehlo.multiply %128, %183 : tensor<8xf32>
    %185 = stablehlo.divide %cst_25, %128 : tensor<8xf32>
    %186 = stablehlo.subtract %185, %cst_26 : tensor<8xf32>
    %187 = stablehlo.multiply %186, %cst_23 : tensor<8xf32>
    %188 = stablehlo.subtract %187, %cst_23 : tensor<8xf32>
    %189 = stablehlo.add %188, %cst_5 : tensor<8xf32>
    %190 = stablehlo.multiply %186, %189 : tensor<8xf32>
    %191 = stablehlo.subtract %190, %cst_23 : tensor<8xf32>
    %192 = stablehlo.add %191, %cst_4 : tensor<8xf32>
    %193 = stablehlo.multiply %186, %192 : tensor<8xf32>
    %194 = stablehlo.subtract %193, %189 : tensor<8xf32>
    %195 = stablehlo.add %194, %cst_3 : tensor<8xf32>
    %196 = stablehlo.multiply %186, %195 : tensor<8xf32>
    %197 = stablehlo.subtract %196, %192 : tensor<8xf32>
    %198 = stablehlo.add %197, %cst_2 : tensor<8xf32>
    %199 = stablehlo.multiply %186, %198 : tensor<8xf32>
    %200 = stablehlo.subtract %199, %195 : tensor<8xf32>
    %201 = stablehlo.add %200, %cst_1 : tensor<8xf32>
    %202 = stablehlo.multiply %186, %201 : tensor<8xf32>
    %203 = stablehlo.subtract %202, %198 : tensor<8xf32>
    %204 = stablehlo.add %203, %cst_0 : tensor<8xf32>
    %205 = stablehlo.multiply %186, %204 : tensor<8xf32>
    %206 = stablehlo.subtract %205, %201 : tensor<8xf32>
    %207 = stablehlo.add %206, %cst : tensor<8xf32>
    %208 = stablehlo.subtract %207, %201 : tensor<8xf32>
    %209 = stablehlo.multiply %208, %cst_27 : tensor<8xf32>
    %210 = stablehlo.sqrt %128 : tensor<8xf32>
    %211 = stablehlo.divide %209, %210 : tensor<8xf32>
    %212 = stablehlo.compare LE, %128, %cst_24 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %213 = stablehlo.select %212, %184, %211 : tensor<8xi1>, tensor<8xf32>
    %214 = stablehlo.sign %arg0 : tensor<8xf32>
    %215 = stablehlo.multiply %214, %213 : tensor<8xf32>
    %216 = stablehlo.multiply %127, %215 : tensor<8xf32>
    return %125, %216 : tensor<8xf32>, tensor<8xf32>
  }
}
