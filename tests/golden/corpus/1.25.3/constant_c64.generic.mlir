"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xf32>) -> (tensor<2xf32>, tensor<3x5xcomplex<f32>>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2xf32>):
    %0 = "stablehlo.constant"() <{value = dense<[[(3.99278021,6.95360088), (5.11642075,7.23277759), (8.17293357,0.185382828), (2.28824592,4.73557329), (5.29903126,3.88778329)], [(3.23210979,3.61025476), (6.80736255,0.647310435), (4.887530e+00,8.46100807), (1.81876016,2.6709981), (4.64494753,8.39007282)], [(2.17850304,3.63178754), (0.446144164,1.88605678), (1.01626575,2.26005173), (3.08509302,2.22788572), (0.138927013,7.24352407)]]> : tensor<3x5xcomplex<f32>>}> : () -> tensor<3x5xcomplex<f32>>
    "func.return"(%arg0, %0) : (tensor<2xf32>, tensor<3x5xcomplex<f32>>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
