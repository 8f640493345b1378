// Dense tensor constants: vhlo TensorV1Attr (code 15) and builtin
// DenseIntOrFPElementsAttr (code 18) share the blob rules.
#include <gtest/gtest.h>

#include "entry_test_util.h"
#include "stablehlo/vhlo/dense_data.h"
#include "stablehlo/vhlo_ops.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::ElementType;
using testing::Bytes;

StatusOr<ir::DenseElementsAttr> tensor(uint64_t type, const std::vector<uint8_t>& blob,
                                       std::string_view dialect = "vhlo") {
  testing::FakeResolver resolver = testing::standard_resolver();
  const uint64_t code = dialect == "vhlo" ? 15 : 18;
  StatusOr<DecodedAttribute> result = decode_attribute(
      dialect, true, testing::reader_of(Bytes().varint(code).varint(type).blob(blob)),
      resolver);
  if (!result.ok()) return result.status();
  const auto* dense = std::get<ir::Attribute>(result.value()).get<ir::DenseElementsAttr>();
  if (dense == nullptr) return internal_error("not a dense attribute");
  return *dense;
}

std::string bytes(std::initializer_list<uint8_t> values) {
  return std::string(values.begin(), values.end());
}

std::vector<uint8_t> iota_bytes(size_t n) {
  std::vector<uint8_t> data(n);
  for (size_t i = 0; i < n; ++i) data[i] = static_cast<uint8_t>(i);
  return data;
}

TEST(DenseData, FullAndSplat) {
  auto full = tensor(testing::kTensor2x3F32, iota_bytes(24));
  ASSERT_TRUE(full.ok()) << full.status().to_string();
  EXPECT_EQ(full->type, ir::Type::tensor(ElementType::kF32, {2, 3}));
  EXPECT_EQ(full->data.size(), 24u);
  EXPECT_EQ(static_cast<uint8_t>(full->data[23]), 23);
  EXPECT_FALSE(full->splat);

  auto splat = tensor(testing::kTensor2x3F32, {0, 0, 0x80, 0x3F});
  ASSERT_TRUE(splat.ok()) << splat.status().to_string();
  EXPECT_TRUE(splat->splat);
  EXPECT_EQ(splat->data, bytes({0, 0, 0x80, 0x3F}));

  auto builtin = tensor(testing::kTensor2x3F32, iota_bytes(24), "builtin");
  ASSERT_TRUE(builtin.ok()) << builtin.status().to_string();
  EXPECT_EQ(builtin->data, full->data);
}

TEST(DenseData, SizeMismatchNamesTypeAndSizes) {
  auto bad = tensor(testing::kTensor2x3F32, iota_bytes(7));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  const std::string& m = bad.status().message();
  EXPECT_NE(m.find("tensor<2x3xf32> needs 24 bytes"), std::string::npos) << m;
  EXPECT_NE(m.find("got 7"), std::string::npos) << m;
  EXPECT_NE(m.find("at byte 102"), std::string::npos) << m;
}

TEST(DenseData, BooleansArePackedLowBitFirst) {
  auto packed = tensor(testing::kTensor3I1, {0x05});
  ASSERT_TRUE(packed.ok()) << packed.status().to_string();
  EXPECT_EQ(packed->data, bytes({1, 0, 1}));
  EXPECT_FALSE(packed->splat);

  auto ten = tensor(testing::kTensor10I1, {0xFE, 0x02});
  ASSERT_TRUE(ten.ok()) << ten.status().to_string();
  EXPECT_EQ(ten->data, bytes({0, 1, 1, 1, 1, 1, 1, 1, 0, 1}));
}

TEST(DenseData, BooleanSplatsAndUnpackedForm) {
  auto all_true = tensor(testing::kTensor10I1, {0xFF});
  ASSERT_TRUE(all_true.ok()) << all_true.status().to_string();
  EXPECT_TRUE(all_true->splat);
  EXPECT_EQ(all_true->data, bytes({1}));

  auto all_false = tensor(testing::kTensor10I1, {0x00});
  ASSERT_TRUE(all_false.ok()) << all_false.status().to_string();
  EXPECT_TRUE(all_false->splat);
  EXPECT_EQ(all_false->data, bytes({0}));

  // Older writers stored one byte per element.
  auto unpacked = tensor(testing::kTensor3I1, {1, 0, 2});
  ASSERT_TRUE(unpacked.ok()) << unpacked.status().to_string();
  EXPECT_EQ(unpacked->data, bytes({1, 0, 1}));

  auto bad = tensor(testing::kTensor10I1, {1, 2, 3, 4, 5});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("2 bytes of packed i1 data"), std::string::npos)
      << bad.status().message();
}

TEST(DenseData, SubByteIntegersKeepTheirLowBits) {
  auto i4 = tensor(testing::kTensor2I4, {0xFF, 0x07});
  ASSERT_TRUE(i4.ok()) << i4.status().to_string();
  EXPECT_EQ(i4->data, bytes({0x0F, 0x07}));
}

TEST(DenseData, ComplexHasTwoPartsPerElement) {
  auto c = tensor(testing::kTensor2C64, iota_bytes(16));
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  EXPECT_EQ(c->data.size(), 16u);
  EXPECT_FALSE(tensor(testing::kTensor2C64, iota_bytes(12)).ok());
}

TEST(DenseData, TypeMustBeAStaticTensor) {
  auto dynamic = tensor(testing::kTensorDynF32, iota_bytes(4));
  ASSERT_FALSE(dynamic.ok());
  EXPECT_NE(dynamic.status().message().find("statically shaped"), std::string::npos)
      << dynamic.status().message();
  EXPECT_NE(dynamic.status().message().find("at byte 101"), std::string::npos)
      << dynamic.status().message();
  auto scalar = tensor(testing::kF32, iota_bytes(4));
  ASSERT_FALSE(scalar.ok());
  EXPECT_NE(scalar.status().message().find("tensor, token or tuple"), std::string::npos)
      << scalar.status().message();
}

TEST(DenseData, TruncatedBlob) {
  testing::FakeResolver resolver = testing::standard_resolver();
  auto result = decode_attribute(
      "vhlo", true,
      testing::reader_of(
          Bytes().varint(15).varint(testing::kTensor2x3F32).varint(24).raw(iota_bytes(10))),
      resolver);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("tensor data"), std::string::npos)
      << result.status().message();
  EXPECT_NE(result.status().message().find("need 24 bytes, 10 left"), std::string::npos)
      << result.status().message();
}

// Integer tensors as the reader's integer lists (read_integer_list): the
// values must be those that the general path gives once canonicalization
// has made the tensor an i64 array, and any tensor that path would read
// differently, or not at all, must be left to it.
constexpr uint64_t kList3xI8 = 100, kList2xUi16 = 101, kListI32 = 102, kList3xI64 = 103,
                   kList2xUi64 = 104, kList2x2xI32 = 105, kList0xI64 = 106, kListDynI64 = 107;

testing::FakeResolver list_resolver() {
  testing::FakeResolver r = testing::standard_resolver();
  r.types.emplace(kList3xI8, ir::Type::tensor(ElementType::kS8, {3}));
  r.types.emplace(kList2xUi16, ir::Type::tensor(ElementType::kU16, {2}));
  r.types.emplace(kListI32, ir::Type::tensor(ElementType::kS32, {}));
  r.types.emplace(kList3xI64, ir::Type::tensor(ElementType::kS64, {3}));
  r.types.emplace(kList2xUi64, ir::Type::tensor(ElementType::kU64, {2}));
  r.types.emplace(kList2x2xI32, ir::Type::tensor(ElementType::kS32, {2, 2}));
  r.types.emplace(kList0xI64, ir::Type::tensor(ElementType::kS64, {0}));
  r.types.emplace(kListDynI64, ir::Type::tensor(ElementType::kS64, {ir::kDynamicDim}));
  return r;
}

std::optional<std::vector<int64_t>> integer_list(uint64_t type, const Bytes& rest) {
  testing::FakeResolver resolver = list_resolver();
  const Bytes entry = Bytes().varint(type).raw(rest.data());  // outlives the reader
  bytecode::ByteReader reader = testing::reader_of(entry);
  return read_integer_list(reader, resolver);
}

// The general path: the tensor constant, then canonicalization of an
// attribute that StableHLO holds as an i64 array.
std::vector<int64_t> general_path(uint64_t type, const std::vector<uint8_t>& blob) {
  testing::FakeResolver resolver = list_resolver();
  StatusOr<DecodedAttribute> dense = decode_attribute(
      "vhlo", true, testing::reader_of(Bytes().varint(15).varint(type).blob(blob)), resolver);
  EXPECT_TRUE(dense.ok()) << dense.status().to_string();
  if (!dense.ok()) return {};
  StatusOr<std::vector<ir::NamedAttribute>> canonical = canonical_attributes(
      ir::OpCode::kTranspose, {{"permutation", std::get<ir::Attribute>(*dense)}});
  EXPECT_TRUE(canonical.ok()) << canonical.status().to_string();
  if (!canonical.ok() || canonical->size() != 1) return {};
  const auto* array = (*canonical)[0].value.get<ir::DenseI64ArrayAttr>();
  EXPECT_NE(array, nullptr);
  return array ? array->values : std::vector<int64_t>{};
}

TEST(DenseData, IntegerListsMatchTheGeneralPath) {
  const std::vector<std::pair<uint64_t, std::vector<uint8_t>>> cases = {
      {kList3xI8, {0x01, 0xFF, 0x80}},          // 1, -1, -128
      {kList3xI8, {0xFE}},                      // a splat of -2
      {kList2xUi16, {0xFF, 0xFF, 0x01, 0x00}},  // 65535, 1
      {kListI32, {0xFE, 0xFF, 0xFF, 0xFF}},     // rank 0: -2
      {kList3xI64,
       {0, 0, 0, 0,    0,    0,    0,    0x80, 5,    0,    0,   0, 0,
        0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F}},  // INT64_MIN, 5, INT64_MAX
      {kList2xUi64, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}},  // a splat of 2^64-1
      {kList0xI64, {}},
  };
  for (const auto& [type, blob] : cases) {
    std::optional<std::vector<int64_t>> list = integer_list(type, Bytes().blob(blob));
    ASSERT_TRUE(list.has_value()) << "type " << type;
    EXPECT_EQ(*list, general_path(type, blob)) << "type " << type;
  }
  EXPECT_EQ(integer_list(kList3xI8, Bytes().blob({0x01, 0xFF, 0x80})),
            (std::vector<int64_t>{1, -1, -128}));
}

TEST(DenseData, IntegerListsLeaveOtherTensorsToTheGeneralPath) {
  // Not whole-byte integers, or not of rank 0 or 1.
  EXPECT_FALSE(integer_list(testing::kTensor3I1, Bytes().blob({0x05})));
  EXPECT_FALSE(integer_list(testing::kTensor2I4, Bytes().blob({0x01, 0x02})));
  EXPECT_FALSE(integer_list(testing::kTensor2x3F32, Bytes().blob(iota_bytes(24))));
  EXPECT_FALSE(integer_list(kList2x2xI32, Bytes().blob(iota_bytes(16))));
  EXPECT_FALSE(integer_list(kListDynI64, Bytes().blob(iota_bytes(8))));
  EXPECT_FALSE(integer_list(testing::kI64, Bytes().blob(iota_bytes(8))));
  // Malformed: an unknown type, a wrong size, a short blob, bytes after it.
  EXPECT_FALSE(integer_list(999, Bytes().blob(iota_bytes(3))));
  EXPECT_FALSE(integer_list(kList3xI8, Bytes().blob(iota_bytes(2))));
  EXPECT_FALSE(integer_list(kList3xI8, Bytes().varint(3).raw(iota_bytes(2))));
  EXPECT_FALSE(integer_list(kList3xI8, Bytes().blob(iota_bytes(3)).byte(0)));
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
