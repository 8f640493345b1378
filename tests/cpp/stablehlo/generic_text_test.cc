// The test helper that canonicalizes MLIR's and our attribute text: equal
// values must meet whatever spelling each side uses, and different values
// must stay different.
#include "stablehlo/generic_text.h"

#include <gtest/gtest.h>

namespace metallib::stablehlo::testing {
namespace {

TEST(GenericText, DenseLiteralsMeetOurHex) {
  // MLIR writes small constants in decimal, our printer in hex.
  EXPECT_EQ(canonical_value("dense<1.000000e+00> : tensor<f32>"),
            canonical_value("dense<\"0x0000803F\"> : tensor<f32>"));
  EXPECT_EQ(canonical_value("dense<[1, -2]> : tensor<2xi32>"),
            canonical_value("dense<\"0x01000000FEFFFFFF\"> : tensor<2xi32>"));
  EXPECT_EQ(canonical_value("dense<0x7FC0> : tensor<bf16>"),
            canonical_value("dense<\"0xC07F\"> : tensor<bf16>"));
  // bf16 decimals round to the nearest bf16: 3.234380e+00 is 0x404F.
  EXPECT_EQ(canonical_value("dense<[[4.000000e+00, 3.234380e+00]]> : tensor<1x2xbf16>"),
            canonical_value("dense<\"0x80404F40\"> : tensor<1x2xbf16>"));
  EXPECT_EQ(canonical_value("dense<[true, false, true]> : tensor<3xi1>"),
            canonical_value("dense<\"0x010001\"> : tensor<3xi1>"));
  EXPECT_EQ(canonical_value("dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>"),
            canonical_value("dense<\"0x0000803F00000040\"> : tensor<2xcomplex<f32>>"));
  // Sub-byte integers are one masked byte each.
  EXPECT_EQ(canonical_value("dense<-1> : tensor<2xi4>"),
            canonical_value("dense<\"0x0F\"> : tensor<2xi4>"));
  EXPECT_EQ(canonical_value("dense<> : tensor<0xi32>"), "dense<> : tensor<0xi32>");
}

TEST(GenericText, SplatsAndAllEqualElementsAreOneForm) {
  EXPECT_EQ(canonical_value("dense<1> : tensor<2x2xi64>"),
            canonical_value("dense<\"0x01000000000000000100000000000000010000000000000001000000"
                            "00000000\"> : tensor<2x2xi64>"));
  EXPECT_EQ(canonical_value("dense<1> : tensor<2x2xi64>"),
            "dense<splat:0100000000000000> : "
            "tensor<2x2xi64>");
}

TEST(GenericText, DifferentValuesStayDifferent) {
  EXPECT_NE(canonical_value("dense<[1, 2]> : tensor<2xi32>"),
            canonical_value("dense<[2, 1]> : tensor<2xi32>"));
  EXPECT_NE(canonical_value("dense<5.000000e-01> : tensor<f16>"),
            canonical_value("dense<5.004880e-01> : tensor<f16>"));
  EXPECT_NE(canonical_value("dense<0.000000e+00> : tensor<f32>"),
            canonical_value("dense<-0.000000e+00> : tensor<f32>"));
  EXPECT_NE(canonical_value("0.949999988 : f32"), canonical_value("0.95000001 : f64"));
}

TEST(GenericText, FloatScalarsMeetWhateverDigits) {
  // MLIR prints the shortest text that reads back, we print 17 digits.
  EXPECT_EQ(canonical_value("{p = 0.949999988 : f32}"),
            canonical_value("{p = 0.94999998807907104 : f32}"));
  EXPECT_EQ(canonical_value("1.000000e+00 : f32"), canonical_value("1 : f32"));
  EXPECT_EQ(canonical_value("3 : i32"), "3 : i32");  // integers stay as written
}

TEST(GenericText, DictionariesNameUnitsAndQuotedKeys) {
  AttributeMap map = parse_dictionary(
      "{use_global_device_ids, \"a b\" = \"x, y\", n = [1, {k = 2 : i64}], f = (i32) -> f32}");
  EXPECT_EQ(map.size(), 4u);
  EXPECT_EQ(map["use_global_device_ids"], "unit");
  EXPECT_EQ(map["a b"], "\"x, y\"");
  EXPECT_EQ(map["n"], "[1, {k = 2 : i64}]");
  EXPECT_EQ(map["f"], "(i32) -> f32");
}

TEST(GenericText, OpsWithRegionsTakeTheirAttributesFromTheClosingLine) {
  const std::string mlir =
      "\"builtin.module\"() <{sym_name = \"jit_f\"}> ({\n"
      "  \"func.func\"() <{function_type = (tensor<i32>) -> tensor<i32>, sym_name = \"main\"}> "
      "({\n"
      "  ^bb0(%arg0: tensor<i32>):\n"
      "    %0 = \"stablehlo.while\"(%arg0) ({\n"
      "    ^bb0(%arg1: tensor<i32>):\n"
      "      \"stablehlo.return\"(%arg1) : (tensor<i32>) -> ()\n"
      "    }, {\n"
      "    ^bb0(%arg1: tensor<i32>):\n"
      "      \"stablehlo.return\"(%arg1) : (tensor<i32>) -> ()\n"
      "    }) {mhlo.frontend_attributes = {x = \"1\"}} : (tensor<i32>) -> tensor<i32>\n"
      "    \"func.return\"(%0) : (tensor<i32>) -> ()\n"
      "  }) : () -> ()\n"
      "}) {mhlo.num_replicas = 1 : i32} : () -> ()\n";
  TextModule module = parse_mlir_generic(mlir, nullptr);
  EXPECT_EQ(module.name, "jit_f");
  EXPECT_EQ(module.attributes.at("mhlo.num_replicas"), "1 : i32");
  ASSERT_EQ(module.functions.size(), 1u);
  EXPECT_EQ(module.functions[0].visibility, "public");
  EXPECT_EQ(module.functions[0].argument_types, std::vector<std::string>{"tensor<i32>"});
  ASSERT_EQ(module.ops.size(), 4u);
  EXPECT_EQ(module.ops[0].name, "stablehlo.while");
  EXPECT_EQ(module.ops[0].signature, "(tensor<i32>) -> tensor<i32>");
  EXPECT_EQ(module.ops[0].attributes.at("mhlo.frontend_attributes"), "{x = \"1\"}");
  EXPECT_EQ(module.ops[3].name, "func.return");
}

}  // namespace
}  // namespace metallib::stablehlo::testing
