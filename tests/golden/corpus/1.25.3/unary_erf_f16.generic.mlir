"builtin.module"() <{sym_name = "jit_erf"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf16>) -> tensor<4x8xf16>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg1: tensor<4x8xf16>):
    %43 = "stablehlo.composite"(%arg1) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<4x8xf16>) -> tensor<4x8xf16>
    "func.return"(%43) : (tensor<4x8xf16>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf16>) -> tensor<4x8xf16>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x8xf16>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %1 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %2 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %3 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %4 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %5 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %6 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %7 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %8 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %9 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %10 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %11 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %12 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %13 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %14 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %15 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %16 = "stablehlo.convert"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf32>
    %17 = "stablehlo.clamp"(%15, %16, %14) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %18 = "stablehlo.multiply"(%17, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %19 = "stablehlo.multiply"(%13, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %20 = "stablehlo.add"(%19, %12) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %21 = "stablehlo.multiply"(%20, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %22 = "stablehlo.add"(%21, %11) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %23 = "stablehlo.multiply"(%22, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %24 = "stablehlo.add"(%23, %10) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %25 = "stablehlo.multiply"(%24, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %26 = "stablehlo.add"(%25, %9) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %27 = "stablehlo.multiply"(%26, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %28 = "stablehlo.add"(%27, %8) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %29 = "stablehlo.multiply"(%28, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %30 = "stablehlo.add"(%29, %7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %31 = "stablehlo.multiply"(%6, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %32 = "stablehlo.add"(%31, %5) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %33 = "stablehlo.multiply"(%32, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %34 = "stablehlo.add"(%33, %4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %35 = "stablehlo.multiply"(%34, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %36 = "stablehlo.add"(%35, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %37 = "stablehlo.multiply"(%36, %18) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %38 = "stablehlo.add"(%37, %2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %39 = "stablehlo.multiply"(%17, %30) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %40 = "stablehlo.divide"(%39, %38) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %41 = "stablehlo.clamp"(%1, %40, %0) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %42 = "stablehlo.convert"(%41) : (tensor<4x8xf32>) -> tensor<4x8xf16>
    "func.return"(%42) : (tensor<4x8xf16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
