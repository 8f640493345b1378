// Builtin dialect entries (BuiltinDialectBytecode.td): module attributes,
// locations and the few builtin types of VHLO artifacts.
#include <gtest/gtest.h>

#include "entry_test_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::Attribute;
using ir::ElementType;
using testing::Bytes;

StatusOr<DecodedAttribute> decode(const Bytes& bytes) {
  testing::FakeResolver resolver = testing::standard_resolver();
  return decode_attribute("builtin", true, testing::reader_of(bytes), resolver);
}

Attribute attribute_of(const Bytes& bytes) {
  StatusOr<DecodedAttribute> result = decode(bytes);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok() || !std::holds_alternative<Attribute>(result.value())) return {};
  return std::get<Attribute>(result.value());
}

// The text of a location entry, made while the resolver that keeps its
// nodes lives.
std::string location_of(const Bytes& bytes) {
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedAttribute> result =
      decode_attribute("builtin", true, testing::reader_of(bytes), resolver);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok() || !std::holds_alternative<ir::SharedLocation>(result.value())) {
    return "<none>";
  }
  ir::SharedLocation location = std::get<ir::SharedLocation>(result.value());
  return location == nullptr ? "" : location->text();
}

TEST(BuiltinAttribute, ModuleAttributes) {
  // mhlo.num_partitions = 1 : i32, as jaxlib writes it: code 8, type, zigzag 1.
  testing::FakeResolver resolver = testing::standard_resolver();
  EXPECT_EQ(attribute_of(Bytes().varint(8).varint(testing::kI32).svarint(1)),
            (Attribute{ir::IntegerAttr{1, ElementType::kS32}}));
  EXPECT_EQ(attribute_of(Bytes().varint(2).varint(0)), Attribute{ir::StringAttr{"main"}});
  EXPECT_EQ(attribute_of(Bytes().varint(3).varint(2).varint(testing::kNone)),
            Attribute{ir::StringAttr{"result"}});
  EXPECT_EQ(attribute_of(Bytes().varint(7)), Attribute{ir::UnitAttr{}});
  EXPECT_EQ(attribute_of(Bytes().varint(0).varint(1).varint(2)),
            (Attribute{ir::ArrayAttr{{Attribute{ir::IntegerAttr{7, ElementType::kS64}}}}}));
  Attribute dict = attribute_of(Bytes().varint(1).varint(1).varint(0).varint(1));
  ASSERT_NE(dict.get<ir::DictionaryAttr>(), nullptr);
  EXPECT_EQ(dict.get<ir::DictionaryAttr>()->values[0].name, "jax.result_info");
  EXPECT_EQ(attribute_of(Bytes().varint(9).varint(testing::kF32).svarint(0x40000000)),
            (Attribute{ir::FloatAttr{2.0, ElementType::kF32}}));
  EXPECT_EQ(attribute_of(Bytes().varint(6).varint(testing::kTensor3I1)),
            Attribute{ir::TypeAttr{ir::Type::tensor(ElementType::kPred, {3})}});
}

TEST(BuiltinAttribute, SymbolReferences) {
  EXPECT_EQ(attribute_of(Bytes().varint(4).varint(4)), Attribute{ir::SymbolRefAttr{"sin"}});
  EXPECT_EQ(attribute_of(Bytes().varint(5).varint(4).varint(0)),
            Attribute{ir::SymbolRefAttr{"sin"}});
  StatusOr<DecodedAttribute> nested = decode(Bytes().varint(5).varint(4).varint(1).varint(3));
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.status().code(), StatusCode::kUnimplemented);
}

TEST(BuiltinAttribute, DenseArrays) {
  Bytes i64 =
      Bytes()
          .varint(17)
          .varint(testing::kI64)
          .varint(2)
          .blob({1, 0, 0, 0, 0, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF});
  EXPECT_EQ(attribute_of(i64), (Attribute{ir::DenseI64ArrayAttr{{1, -2}}}));
  EXPECT_EQ(attribute_of(Bytes().varint(17).varint(testing::kI1).varint(2).blob({1, 0})),
            (Attribute{ir::DenseBoolArrayAttr{{true, false}}}));
  StatusOr<DecodedAttribute> bad =
      decode(Bytes().varint(17).varint(testing::kI64).varint(2).blob({1, 2, 3}));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("needs 16 bytes, got 3"), std::string::npos)
      << bad.status().message();
}

TEST(BuiltinAttribute, Locations) {
  EXPECT_EQ(location_of(Bytes().varint(15)), "");
  // FileLineColLoc: file name attribute 3, line 12, column 5.
  EXPECT_EQ(location_of(Bytes().varint(11).varint(3).varint(12).varint(5)), "\"file.py\":12:5");
  EXPECT_EQ(location_of(Bytes().varint(22).varint(3).varint(0)), "\"file.py\"");
  EXPECT_EQ(location_of(Bytes().varint(22).varint(3).varint(1).varint(7)), "\"file.py\":7");
  EXPECT_EQ(location_of(Bytes().varint(22).varint(3).varint(3).varint(7).varint(2).varint(9)),
            "\"file.py\":7:2 to :9");
  EXPECT_EQ(location_of(
                Bytes().varint(22).varint(3).varint(4).varint(7).varint(2).varint(8).varint(1)),
            "\"file.py\":7:2 to 8:1");
  // NameLoc: name attribute 4; child unknown (location 0) or a file.
  EXPECT_EQ(location_of(Bytes().varint(14).varint(4).varint(0)), "sin");
  EXPECT_EQ(location_of(Bytes().varint(14).varint(4).varint(1)), "sin(\"file.py\":3:4)");
  EXPECT_EQ(location_of(Bytes().varint(10).varint(1).varint(2)),
            "callsite(\"file.py\":3:4 at \"lib.py\":10:1)");
  EXPECT_EQ(location_of(Bytes().varint(12).varint(3).varint(1).varint(0).varint(2)),
            "fused[\"file.py\":3:4, \"lib.py\":10:1]");
  EXPECT_EQ(location_of(Bytes().varint(12).varint(2).varint(0).varint(1)), "\"file.py\":3:4");
  EXPECT_EQ(location_of(Bytes().varint(13).varint(1).varint(2).varint(99)), "\"lib.py\":10:1");
  StatusOr<DecodedAttribute> bad =
      decode(Bytes().varint(22).varint(3).varint(5).raw({3, 3, 3, 3, 3}));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("at most 4"), std::string::npos);
}

TEST(BuiltinAttribute, UnsupportedAndUnknown) {
  const std::vector<std::pair<uint64_t, std::string>> kinds = {
      {16, "dense resource attribute"},
      {19, "dense string elements attribute"},
      {20, "sparse elements attribute"},
      {21, "distinct attribute"}};
  for (const auto& [code, name] : kinds) {
    StatusOr<DecodedAttribute> r = decode(Bytes().varint(code));
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.status().code(), StatusCode::kUnimplemented) << code;
    EXPECT_NE(r.status().message().find(name), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find("at byte 100"), std::string::npos)
        << r.status().message();
  }
  StatusOr<DecodedAttribute> r = decode(Bytes().varint(23));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown builtin attribute code 23"), std::string::npos);
}

DecodedType builtin_type(const Bytes& bytes) {
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedType> r = decode_type("builtin", true, testing::reader_of(bytes), resolver);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  return r.ok() ? r.value() : DecodedType(OtherType::kIndex);
}

TEST(BuiltinType, IntegersAndFloats) {
  // IntegerType: (width << 2) | signedness (0 signless, 1 signed, 2 unsigned).
  EXPECT_EQ(builtin_type(Bytes().varint(0).varint(32 << 2)), DecodedType(ElementType::kS32));
  EXPECT_EQ(builtin_type(Bytes().varint(0).varint((64 << 2) | 1)),
            DecodedType(ElementType::kS64));
  EXPECT_EQ(builtin_type(Bytes().varint(0).varint((8 << 2) | 2)),
            DecodedType(ElementType::kU8));
  EXPECT_EQ(builtin_type(Bytes().varint(0).varint(1 << 2)), DecodedType(ElementType::kPred));
  EXPECT_EQ(builtin_type(Bytes().varint(1)), DecodedType(OtherType::kIndex));
  EXPECT_EQ(builtin_type(Bytes().varint(3)), DecodedType(ElementType::kBF16));
  EXPECT_EQ(builtin_type(Bytes().varint(5)), DecodedType(ElementType::kF32));
  EXPECT_EQ(builtin_type(Bytes().varint(12)), DecodedType(OtherType::kNone));
  EXPECT_EQ(builtin_type(Bytes().varint(24)), DecodedType(ElementType::kF8E4M3FN));
  EXPECT_EQ(builtin_type(Bytes().varint(9).varint(testing::kF32)),
            DecodedType(ElementType::kC64));
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedType> odd = decode_type(
      "builtin", true, testing::reader_of(Bytes().varint(0).varint(17 << 2)), resolver);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(odd.status().message().find("i17"), std::string::npos);
}

TEST(BuiltinType, Shaped) {
  EXPECT_EQ(builtin_type(Bytes().varint(13).svarints({2}).varint(testing::kF32)),
            DecodedType(ir::Type::tensor(ElementType::kF32, {2})));
  EXPECT_EQ(
      builtin_type(Bytes().varint(14).varint(7).svarints({INT64_MIN, 3}).varint(testing::kF32)),
      DecodedType(ir::Type::bounded_tensor(ElementType::kF32, {ir::kDynamicDim, 3},
                                           {ir::kDynamicDim, 8})));
  testing::FakeResolver resolver = testing::standard_resolver();
  StatusOr<DecodedType> unranked = decode_type(
      "builtin", true, testing::reader_of(Bytes().varint(18).varint(testing::kBf16)), resolver);
  ASSERT_FALSE(unranked.ok());
  EXPECT_NE(unranked.status().message().find("unranked tensor type tensor<*xbf16>"),
            std::string::npos)
      << unranked.status().message();
  EXPECT_EQ(builtin_type(Bytes().varint(15).varint(1).varint(testing::kToken)),
            DecodedType(ir::Type::tuple({ir::Type::token()})));
  DecodedType f =
      builtin_type(Bytes().varint(2).varint(0).varint(1).varint(testing::kTensor3I1));
  EXPECT_EQ(decoded_type_to_string(f), "() -> (tensor<3xi1>)");
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
