"builtin.module"() <{sym_name = "jit_erf"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg1: tensor<4x8xf32>):
    %41 = "stablehlo.composite"(%arg1) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%41) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x8xf32>):
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
    %14 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %15 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<4x8xf32>}> : () -> tensor<4x8xf32>
    %16 = "stablehlo.clamp"(%14, %arg0, %15) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %17 = "stablehlo.multiply"(%16, %16) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %18 = "stablehlo.multiply"(%13, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %19 = "stablehlo.add"(%18, %12) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %20 = "stablehlo.multiply"(%19, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %21 = "stablehlo.add"(%20, %11) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %22 = "stablehlo.multiply"(%21, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %23 = "stablehlo.add"(%22, %10) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %24 = "stablehlo.multiply"(%23, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %25 = "stablehlo.add"(%24, %9) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %26 = "stablehlo.multiply"(%25, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %27 = "stablehlo.add"(%26, %8) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %28 = "stablehlo.multiply"(%27, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %29 = "stablehlo.add"(%28, %7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %30 = "stablehlo.multiply"(%6, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %31 = "stablehlo.add"(%30, %5) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %32 = "stablehlo.multiply"(%31, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %33 = "stablehlo.add"(%32, %4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %34 = "stablehlo.multiply"(%33, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %35 = "stablehlo.add"(%34, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %36 = "stablehlo.multiply"(%35, %17) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %37 = "stablehlo.add"(%36, %2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %38 = "stablehlo.multiply"(%16, %29) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %39 = "stablehlo.divide"(%38, %37) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %40 = "stablehlo.clamp"(%1, %39, %0) : (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%40) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
