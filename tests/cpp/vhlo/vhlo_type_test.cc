// VHLO type entries (VhloBytecode.cpp, TypeCode).
#include <gtest/gtest.h>

#include "entry_test_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::ElementType;
using testing::Bytes;

StatusOr<DecodedType> decode(const Bytes& bytes, std::string_view dialect = "vhlo") {
  testing::FakeResolver resolver = testing::standard_resolver();
  return decode_type(dialect, true, testing::reader_of(bytes), resolver);
}

DecodedType type_of(const Bytes& bytes, std::string_view dialect = "vhlo") {
  StatusOr<DecodedType> result = decode(bytes, dialect);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  return result.ok() ? result.value() : DecodedType(OtherType::kIndex);
}

TEST(VhloType, ElementTypes) {
  const std::vector<std::pair<uint64_t, ElementType>> cases = {
      {0, ElementType::kPred},        {2, ElementType::kBF16},
      {3, ElementType::kF16},         {4, ElementType::kF32},
      {5, ElementType::kF64},         {6, ElementType::kF8E4M3FN},
      {7, ElementType::kF8E5M2},      {10, ElementType::kS4},
      {11, ElementType::kS8},         {12, ElementType::kS16},
      {13, ElementType::kS32},        {14, ElementType::kS64},
      {15, ElementType::kU4},         {16, ElementType::kU8},
      {17, ElementType::kU16},        {18, ElementType::kU32},
      {19, ElementType::kU64},        {27, ElementType::kF8E4M3FNUZ},
      {28, ElementType::kF8E5M2FNUZ}, {29, ElementType::kF8E4M3B11FNUZ},
      {31, ElementType::kS2},         {32, ElementType::kU2},
      {35, ElementType::kF8E4M3},     {36, ElementType::kF8E3M4},
      {37, ElementType::kF4E2M1FN},   {40, ElementType::kF8E8M0FNU},
      {34, ElementType::kTF32},
  };
  for (const auto& [code, element] : cases) {
    EXPECT_EQ(type_of(Bytes().varint(code)), DecodedType(element)) << code;
  }
  EXPECT_EQ(type_of(Bytes().varint(9)), DecodedType(OtherType::kIndex));
  EXPECT_EQ(type_of(Bytes().varint(33)), DecodedType(OtherType::kNone));
}

TEST(VhloType, Complex) {
  EXPECT_EQ(type_of(Bytes().varint(1).varint(testing::kF32)), DecodedType(ElementType::kC64));
  StatusOr<DecodedType> bad = decode(Bytes().varint(1).varint(testing::kF16));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kUnimplemented);
}

TEST(VhloType, RankedTensors) {
  EXPECT_EQ(type_of(Bytes().varint(20).svarints({4, 3}).varint(testing::kF32)),
            DecodedType(ir::Type::tensor(ElementType::kF32, {4, 3})));
  EXPECT_EQ(type_of(Bytes().varint(20).svarints({}).varint(testing::kI1)),
            DecodedType(ir::Type::tensor(ElementType::kPred, {})));
  EXPECT_EQ(type_of(Bytes().varint(20).svarints({INT64_MIN, 2}).varint(testing::kI32)),
            DecodedType(ir::Type::tensor(ElementType::kS32, {ir::kDynamicDim, 2})));
  StatusOr<DecodedType> negative =
      decode(Bytes().varint(20).svarints({-2}).varint(testing::kF32));
  ASSERT_FALSE(negative.ok());
  EXPECT_NE(negative.status().message().find("dimension -2"), std::string::npos);
  EXPECT_NE(negative.status().message().find("at byte 101"), std::string::npos);
  StatusOr<DecodedType> nested =
      decode(Bytes().varint(20).svarints({1}).varint(testing::kTensor3I1));
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.status().message().find("got type tensor<3xi1>"), std::string::npos)
      << nested.status().message();
}

// tf32 is read only as a dot algorithm's precision type (a type attribute);
// no value may have it.
TEST(VhloType, TensorsOfTf32AreRefused) {
  StatusOr<DecodedType> tensor =
      decode(Bytes().varint(20).svarints({2}).varint(testing::kTf32));
  ASSERT_FALSE(tensor.ok());
  EXPECT_EQ(tensor.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(tensor.status().message().find("tensor of tf32"), std::string::npos)
      << tensor.status().message();
}

TEST(VhloType, BoundedDynamicTensors) {
  // tensor<2x?xi32, #stablehlo.bounds<?, 8>>: the encoding (attribute 7, a
  // decoded type_extensions_v1) comes before the dims and is kept.
  DecodedType bounded =
      type_of(Bytes().varint(21).varint(7).svarints({2, INT64_MIN}).varint(testing::kI32));
  ASSERT_TRUE(std::holds_alternative<ir::Type>(bounded));
  const ir::Type& type = std::get<ir::Type>(bounded);
  EXPECT_EQ(type.dims(), (std::vector<int64_t>{2, ir::kDynamicDim}));
  EXPECT_EQ(type.bounds(), (std::vector<int64_t>{ir::kDynamicDim, 8}));
  EXPECT_EQ(type.to_string(), "tensor<2x?xi32, #stablehlo.bounds<?, 8>>");
  EXPECT_FALSE(type == ir::Type::tensor(ElementType::kS32, {2, ir::kDynamicDim}));

  // One bound per dimension, and no other encoding.
  StatusOr<DecodedType> wrong_rank =
      decode(Bytes().varint(21).varint(7).svarints({INT64_MIN}).varint(testing::kI32));
  ASSERT_FALSE(wrong_rank.ok());
  EXPECT_EQ(wrong_rank.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(wrong_rank.status().message().find("#stablehlo.bounds"), std::string::npos)
      << wrong_rank.status().message();
  StatusOr<DecodedType> other =
      decode(Bytes().varint(21).varint(0).svarints({2, 2}).varint(testing::kI32));
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("with encoding \"jax.result_info\""),
            std::string::npos)
      << other.status().message();
  EXPECT_NE(other.status().message().find("at byte 101"), std::string::npos);
  StatusOr<DecodedType> missing =
      decode(Bytes().varint(21).varint(99).svarints({2}).varint(testing::kI32));
  ASSERT_FALSE(missing.ok());
}

TEST(VhloType, UnrankedAndQuantizedAreNamed) {
  StatusOr<DecodedType> unranked = decode(Bytes().varint(25).varint(testing::kF32));
  ASSERT_FALSE(unranked.ok());
  EXPECT_EQ(unranked.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(unranked.status().message().find("unranked tensor type tensor<*xf32>"),
            std::string::npos)
      << unranked.status().message();
  EXPECT_NE(unranked.status().message().find("at byte 100"), std::string::npos);
  for (uint64_t code : {24, 30}) {
    StatusOr<DecodedType> quantized = decode(Bytes().varint(code).varint(0));
    ASSERT_FALSE(quantized.ok());
    EXPECT_EQ(quantized.status().code(), StatusCode::kUnimplemented);
    EXPECT_NE(quantized.status().message().find("quantized type (!quant.uniform)"),
              std::string::npos)
        << quantized.status().message();
  }
}

TEST(VhloType, TokenTupleFunction) {
  EXPECT_EQ(type_of(Bytes().varint(22)), DecodedType(ir::Type::token()));
  EXPECT_EQ(
      type_of(Bytes().varint(23).varint(2).varint(testing::kTensor3I1).varint(testing::kToken)),
      DecodedType(
          ir::Type::tuple({ir::Type::tensor(ElementType::kPred, {3}), ir::Type::token()})));
  DecodedType f = type_of(Bytes()
                              .varint(8)
                              .varint(1)
                              .varint(testing::kTensor2x3F32)
                              .varint(2)
                              .varint(testing::kToken)
                              .varint(testing::kTensor3I1));
  ASSERT_TRUE(std::holds_alternative<FunctionSignature>(f));
  const auto& signature = std::get<FunctionSignature>(f);
  EXPECT_EQ(signature.inputs,
            std::vector<ir::Type>{ir::Type::tensor(ElementType::kF32, {2, 3})});
  EXPECT_EQ(signature.results.size(), 2u);
  EXPECT_EQ(decoded_type_to_string(f), "(tensor<2x3xf32>) -> (!stablehlo.token, tensor<3xi1>)");
  // Function inputs must be value types.
  StatusOr<DecodedType> bad =
      decode(Bytes().varint(8).varint(1).varint(testing::kF32).varint(0));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("function input type"), std::string::npos);
}

TEST(VhloType, UnsupportedKinds) {
  for (uint64_t code : {25, 24, 30, 38, 39, 26, 41, 42, 43}) {
    StatusOr<DecodedType> r = decode(Bytes().varint(code).varint(0).varint(0));
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.status().code(), StatusCode::kUnimplemented) << code;
    EXPECT_NE(r.status().message().find("at byte 100"), std::string::npos) << code;
  }
}

TEST(VhloType, UnknownCodeAndTruncation) {
  StatusOr<DecodedType> r = decode(Bytes().varint(44));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown vhlo type code 44"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("at byte 100"), std::string::npos);
  r = decode(Bytes().varint(20).varint(2).svarint(3));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tensor shape"), std::string::npos)
      << r.status().message();
  r = decode(Bytes().varint(22).varint(0));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unexpected bytes after vhlo type code 22"),
            std::string::npos)
      << r.status().message();
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
