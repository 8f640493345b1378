// VHLO attribute entries, built byte by byte as VhloBytecode.cpp writes them.
#include <cmath>

#include <gtest/gtest.h>

#include "entry_test_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::Attribute;
using ir::ElementType;
using testing::Bytes;

StatusOr<DecodedAttribute> decode(const Bytes& bytes, testing::FakeResolver& resolver,
                                  std::string_view dialect = "vhlo") {
  return decode_attribute(dialect, true, testing::reader_of(bytes), resolver);
}

// Decodes an entry that must give an ir::Attribute.
Attribute attribute_of(const Bytes& bytes) {
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedAttribute> result = decode(bytes, resolver);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok()) return {};
  const auto* attribute = std::get_if<Attribute>(&result.value());
  EXPECT_NE(attribute, nullptr);
  return attribute == nullptr ? Attribute{} : *attribute;
}

Status error_of(const Bytes& bytes, std::string_view dialect = "vhlo") {
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedAttribute> result = decode(bytes, resolver, dialect);
  EXPECT_FALSE(result.ok());
  return result.ok() ? Status() : result.status();
}

TEST(VhloAttribute, Array) {
  Attribute a = attribute_of(Bytes().varint(1).varint(2).varint(1).varint(2));
  EXPECT_EQ(a, (Attribute{ir::ArrayAttr{{Attribute{ir::StringAttr{"result"}},
                                         Attribute{ir::IntegerAttr{7, ElementType::kS64}}}}}));
  EXPECT_EQ(attribute_of(Bytes().varint(1).varint(0)), Attribute{ir::ArrayAttr{}});
}

TEST(VhloAttribute, Boolean) {
  EXPECT_EQ(attribute_of(Bytes().varint(2).varint(1)), Attribute{true});
  EXPECT_EQ(attribute_of(Bytes().varint(2).varint(0)), Attribute{false});
  Status s = error_of(Bytes().varint(2).varint(2));
  EXPECT_NE(s.message().find("at byte 101"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("boolean value 2"), std::string::npos) << s.message();
}

TEST(VhloAttribute, Enums) {
  EXPECT_EQ(attribute_of(Bytes().varint(3).varint(5)),
            Attribute{ir::ComparisonDirectionAttr{ir::ComparisonDirection::kLt}});
  EXPECT_EQ(attribute_of(Bytes().varint(3).varint(0)),
            Attribute{ir::ComparisonDirectionAttr{ir::ComparisonDirection::kEq}});
  EXPECT_EQ(attribute_of(Bytes().varint(4).varint(2)),
            Attribute{ir::ComparisonTypeAttr{ir::ComparisonType::kTotalOrder}});
  EXPECT_EQ(attribute_of(Bytes().varint(4).varint(4)),
            Attribute{ir::ComparisonTypeAttr{ir::ComparisonType::kUnsigned}});
  EXPECT_EQ(attribute_of(Bytes().varint(5).varint(4)),
            (Attribute{ir::IntegerAttr{4, ElementType::kS32}}));
  EXPECT_EQ(attribute_of(Bytes().varint(7).varint(3)),
            Attribute{ir::FftTypeAttr{ir::FftType::kIrfft}});
  EXPECT_EQ(attribute_of(Bytes().varint(11).varint(2)),
            Attribute{ir::PrecisionConfigAttr{{ir::Precision::kHighest}}});
  EXPECT_EQ(attribute_of(Bytes().varint(12).varint(1)),
            Attribute{ir::RngAlgorithmAttr{ir::RngAlgorithm::kThreeFry}});
  EXPECT_EQ(attribute_of(Bytes().varint(13).varint(1)),
            Attribute{ir::RngDistributionAttr{ir::RngDistribution::kUniform}});
  EXPECT_EQ(attribute_of(Bytes().varint(13).varint(2)),
            Attribute{ir::RngDistributionAttr{ir::RngDistribution::kNormal}});
  EXPECT_EQ(attribute_of(Bytes().varint(16).varint(1)),
            Attribute{ir::TransposeAttr{ir::TransposeKind::kNoTranspose}});
  EXPECT_EQ(attribute_of(Bytes().varint(16).varint(3)),
            Attribute{ir::TransposeAttr{ir::TransposeKind::kAdjoint}});
  EXPECT_EQ(attribute_of(Bytes().varint(19).varint(1)),
            (Attribute{ir::IntegerAttr{1, ElementType::kS32}}));
}

TEST(VhloAttribute, BadEnumValues) {
  for (const auto& [code, value] : std::vector<std::pair<uint64_t, uint64_t>>{{3, 6},
                                                                              {4, 5},
                                                                              {5, 5},
                                                                              {7, 4},
                                                                              {11, 3},
                                                                              {12, 3},
                                                                              {13, 0},
                                                                              {13, 3},
                                                                              {16, 0},
                                                                              {19, 3}}) {
    Status s = error_of(Bytes().varint(code).varint(value));
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << code;
    EXPECT_NE(s.message().find("at byte 101"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("value " + std::to_string(value)), std::string::npos)
        << s.message();
  }
}

TEST(VhloAttribute, DictionaryIsSortedByName) {
  testing::FakeResolver resolver = testing::standard_resolver();
  // Keys "jax.result_info" (0) and "a" (6), written out of order.
  StatusOr<DecodedAttribute> result =
      decode(Bytes().varint(6).varint(2).varint(0).varint(1).varint(6).varint(2), resolver);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  const auto* dict = std::get<Attribute>(result.value()).get<ir::DictionaryAttr>();
  ASSERT_NE(dict, nullptr);
  ASSERT_EQ(dict->values.size(), 2u);
  EXPECT_EQ(dict->values[0].name, "a");
  EXPECT_EQ(dict->values[0].value, (Attribute{ir::IntegerAttr{7, ElementType::kS64}}));
  EXPECT_EQ(dict->values[1].name, "jax.result_info");
  EXPECT_EQ(dict->values[1].value, Attribute{ir::StringAttr{"result"}});
}

TEST(VhloAttribute, DictionaryErrors) {
  // A key that is not a string.
  Status s = error_of(Bytes().varint(6).varint(1).varint(2).varint(1));
  EXPECT_NE(s.message().find("dictionary key must be a string"), std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("at byte 102"), std::string::npos) << s.message();
  s = error_of(Bytes().varint(6).varint(2).varint(6).varint(1).varint(6).varint(2));
  EXPECT_NE(s.message().find("appears twice"), std::string::npos) << s.message();
}

TEST(VhloAttribute, Floats) {
  // f32 1.5 = 0x3FC00000, written as a zigzag varint of the bits.
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF32).svarint(0x3FC00000)),
            (Attribute{ir::FloatAttr{1.5, ElementType::kF32}}));
  // bf16 -2.0 = 0xC000.
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kBf16).svarint(0xC000)),
            (Attribute{ir::FloatAttr{-2.0, ElementType::kBF16}}));
  // f16 0.5 = 0x3800; f16 -inf = 0xFC00.
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF16).svarint(0x3800)),
            (Attribute{ir::FloatAttr{0.5, ElementType::kF16}}));
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF16).svarint(0xFC00)),
            (Attribute{ir::FloatAttr{-INFINITY, ElementType::kF16}}));
  // f8E4M3FN is one raw byte: 0x38 = 1.0, 0x7E = 448, 0x01 = 2^-9, 0x7F = NaN.
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF8).byte(0x38)),
            (Attribute{ir::FloatAttr{1.0, ElementType::kF8E4M3FN}}));
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF8).byte(0x7E)),
            (Attribute{ir::FloatAttr{448.0, ElementType::kF8E4M3FN}}));
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kF8).byte(0x01)),
            (Attribute{ir::FloatAttr{std::ldexp(1.0, -9), ElementType::kF8E4M3FN}}));
  const Attribute nan_attribute =
      attribute_of(Bytes().varint(8).varint(testing::kF8).byte(0x7F));
  const auto* nan = nan_attribute.get<ir::FloatAttr>();
  ASSERT_NE(nan, nullptr);
  EXPECT_TRUE(std::isnan(nan->value));
  // A non-float type.
  Status s = error_of(Bytes().varint(8).varint(testing::kI32).svarint(1));
  EXPECT_NE(s.message().find("non-float type i32"), std::string::npos) << s.message();
}

TEST(VhloAttribute, Integers) {
  // The writer zigzags the zero-extended bits: i32 -1 is 0xFFFFFFFF.
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kI32).svarint(0xFFFFFFFF)),
            (Attribute{ir::IntegerAttr{-1, ElementType::kS32}}));
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kI64).svarint(-5)),
            (Attribute{ir::IntegerAttr{-5, ElementType::kS64}}));
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kI64).svarint(INT64_MAX)),
            (Attribute{ir::IntegerAttr{INT64_MAX, ElementType::kS64}}));
  // Up to 8 bits: one raw byte.
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kUi8).byte(200)),
            (Attribute{ir::IntegerAttr{200, ElementType::kU8}}));
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kI4).byte(0x0F)),
            (Attribute{ir::IntegerAttr{-1, ElementType::kS4}}));
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kI1).byte(1)),
            (Attribute{ir::IntegerAttr{1, ElementType::kPred}}));
  // index: 64 bits, IntegerAttr type kInvalid.
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kIndex).svarint(-3)),
            (Attribute{ir::IntegerAttr{-3, ElementType::kInvalid}}));
  Status s = error_of(Bytes().varint(9).varint(testing::kF32).svarint(1));
  EXPECT_NE(s.message().find("non-integer type f32"), std::string::npos) << s.message();
  s = error_of(Bytes().varint(9).varint(testing::kNone).svarint(1));
  EXPECT_NE(s.message().find("must be an integer type, got none"), std::string::npos)
      << s.message();
}

TEST(VhloAttribute, OutputOperandAlias) {
  ir::OutputOperandAlias alias{{0, 1}, 2, {}};
  EXPECT_EQ(attribute_of(Bytes().varint(10).svarints({0, 1}).svarint(2).svarints({})),
            Attribute{alias});
}

TEST(VhloAttribute, String) {
  EXPECT_EQ(attribute_of(Bytes().varint(14).varint(0)), Attribute{ir::StringAttr{"main"}});
  Status s = error_of(Bytes().varint(14).varint(9));
  EXPECT_EQ(s.code(), StatusCode::kNotFound);  // the resolver's own error
}

TEST(VhloAttribute, Types) {
  EXPECT_EQ(attribute_of(Bytes().varint(17).varint(testing::kTensor2x3F32)),
            Attribute{ir::TypeAttr{ir::Type::tensor(ElementType::kF32, {2, 3})}});
  EXPECT_EQ(attribute_of(Bytes().varint(17).varint(testing::kF32)),
            Attribute{ir::TypeAttr{ir::Type::tensor(ElementType::kF32, {})}});
  // none: dot_general_v2's unset precision types.
  EXPECT_EQ(attribute_of(Bytes().varint(17).varint(testing::kNone)), Attribute{ir::TypeAttr{}});
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedAttribute> f =
      decode(Bytes().varint(17).varint(testing::kFunction), resolver);
  ASSERT_TRUE(f.ok()) << f.status().to_string();
  ASSERT_TRUE(std::holds_alternative<FunctionSignature>(f.value()));
  EXPECT_EQ(std::get<FunctionSignature>(f.value()).inputs.size(), 1u);
}

TEST(VhloAttribute, TypeExtensions) {
  EXPECT_EQ(attribute_of(Bytes().varint(18).svarints({INT64_MIN, 8})),
            (Attribute{ir::DenseI64ArrayAttr{{INT64_MIN, 8}}}));
}

TEST(VhloAttribute, ResultAccuracy) {
  // atol 0.5 (f64 bits), rtol 0, ulps 2, mode attribute 5 (TOLERANCE).
  const int64_t half = 0x3FE0000000000000;
  Attribute a = attribute_of(Bytes().varint(20).svarint(half).svarint(0).svarint(2).varint(5));
  const auto* dict = a.get<ir::DictionaryAttr>();
  ASSERT_NE(dict, nullptr);
  ASSERT_EQ(dict->values.size(), 4u);
  EXPECT_EQ(dict->values[0].name, "atol");
  EXPECT_EQ(dict->values[0].value, (Attribute{ir::FloatAttr{0.5, ElementType::kF64}}));
  EXPECT_EQ(dict->values[1].name, "mode");
  EXPECT_EQ(dict->values[1].value, (Attribute{ir::IntegerAttr{2, ElementType::kS32}}));
  EXPECT_EQ(dict->values[2].name, "rtol");
  EXPECT_EQ(dict->values[3].name, "ulps");
  EXPECT_EQ(dict->values[3].value, (Attribute{ir::IntegerAttr{2, ElementType::kS64}}));
}

TEST(VhloAttribute, MeshAttributes) {
  auto field = [](const Attribute& a, std::string_view name) -> const Attribute* {
    const auto* dict = a.get<ir::DictionaryAttr>();
    if (dict == nullptr) return nullptr;
    for (const auto& f : dict->values) {
      if (f.name == name) return &f.value;
    }
    return nullptr;
  };
  Attribute sub = attribute_of(Bytes().varint(21).svarint(2).svarint(4));
  ASSERT_NE(field(sub, "pre_size"), nullptr);
  EXPECT_EQ(*field(sub, "size"), (Attribute{ir::IntegerAttr{4, ElementType::kS64}}));
  Attribute axis = attribute_of(Bytes().varint(22).varint(6).varint(1).varint(2));
  EXPECT_EQ(*field(axis, "name"), Attribute{ir::StringAttr{"a"}});
  ASSERT_NE(field(axis, "sub_axis_info"), nullptr);
  Attribute bare_axis = attribute_of(Bytes().varint(22).varint(6).varint(0));
  EXPECT_EQ(field(bare_axis, "sub_axis_info"), nullptr);
  Attribute group = attribute_of(Bytes().varint(23).varint(6).varint(1));
  EXPECT_NE(field(group, "mesh"), nullptr);
  EXPECT_NE(field(group, "axes"), nullptr);
  Attribute mesh_axis = attribute_of(Bytes().varint(24).varint(6).svarint(8));
  EXPECT_EQ(*field(mesh_axis, "size"), (Attribute{ir::IntegerAttr{8, ElementType::kS64}}));
  // Mesh: device ids behind a flag in the low bit of the index.
  Attribute mesh = attribute_of(Bytes().varint(25).varint(6).varint((2 << 1) | 1));
  EXPECT_EQ(*field(mesh, "device_ids"), (Attribute{ir::IntegerAttr{7, ElementType::kS64}}));
  Attribute bare_mesh = attribute_of(Bytes().varint(25).varint(6).varint(0));
  EXPECT_EQ(field(bare_mesh, "device_ids"), nullptr);
}

TEST(VhloAttribute, UnknownCodeNamesDialectCodeAndOffset) {
  for (uint64_t code : {0, 26, 1000}) {
    Status s = error_of(Bytes().varint(code));
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find("unknown vhlo attribute code " + std::to_string(code)),
              std::string::npos)
        << s.message();
    EXPECT_NE(s.message().find("at byte 100"), std::string::npos) << s.message();
  }
}

TEST(VhloAttribute, TruncatedFields) {
  Status s = error_of(Bytes().varint(10).svarints({0, 1}));  // alias without operand index
  EXPECT_NE(s.message().find("operand index"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("at byte 104"), std::string::npos) << s.message();
  s = error_of(Bytes());
  EXPECT_NE(s.message().find("attribute code"), std::string::npos) << s.message();
  s = error_of(Bytes().varint(8).varint(testing::kF32));  // float without its value
  EXPECT_NE(s.message().find("float value"), std::string::npos) << s.message();
  s = error_of(Bytes().varint(1).varint(1000));  // a count larger than the bytes left
  EXPECT_NE(s.message().find("array element count"), std::string::npos) << s.message();
}

TEST(VhloAttribute, TrailingBytes) {
  Status s = error_of(Bytes().varint(2).varint(1).byte(7));
  EXPECT_NE(s.message().find("1 unexpected bytes after vhlo attribute code 2"),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("at byte 102"), std::string::npos) << s.message();
}

TEST(VhloAttribute, OtherDialectsAndTextEntries) {
  Status s = error_of(Bytes().varint(0), "sdy");
  EXPECT_EQ(s.code(), StatusCode::kUnimplemented);
  EXPECT_NE(s.message().find("'sdy'"), std::string::npos) << s.message();
  testing::FakeResolver resolver = testing::standard_resolver();
  const std::string text = "#sdy.mesh<[\"x\"=1]>";
  Bytes bytes;
  for (char c : text) bytes.byte(static_cast<uint8_t>(c));
  bytes.byte(0);
  StatusOr<DecodedAttribute> r =
      decode_attribute("sdy", false, testing::reader_of(bytes), resolver);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
