module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<f32>, %arg1: tensor<i1>) -> (tensor<f32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = stablehlo.convert %arg1 : (tensor<i1>) -> tensor<i32>
    %1 = "stablehlo.case"(%0) ({
      %3 = stablehlo.sine %arg0 : tensor<f32>
      stablehlo.return %3 : tensor<f32>
    }, {
      %3 = stablehlo.cosine %arg0 : tensor<f32>
      stablehlo.return %3 : tensor<f32>
    }) : (tensor<i32>) -> tensor<f32>
    %2 = "stablehlo.case"(%0) ({
      %3 = stablehlo.negate %cst : tensor<f32>
      %4 = stablehlo.multiply %3, %1 : tensor<f32>
      stablehlo.return %4 : tensor<f32>
    }, {
      %3 = stablehlo.multiply %cst, %1 : tensor<f32>
      stablehlo.return %3 : tensor<f32>
    }) : (tensor<i32>) -> tensor<f32>
    return %2 : tensor<f32>
  }
}
