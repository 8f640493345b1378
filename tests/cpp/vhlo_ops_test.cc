#include "stablehlo/vhlo_ops.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace metallib::stablehlo {
namespace {

using ir::Attribute;
using ir::ElementType;

// A 1-d integer tensor attribute as VHLO stores dimension lists.
Attribute i64_tensor(std::vector<int64_t> values) {
  std::string data(values.size() * 8, '\0');
  std::memcpy(data.data(), values.data(), data.size());
  return Attribute{ir::DenseElementsAttr{
      ir::Type::tensor(ElementType::kS64, {static_cast<int64_t>(values.size())}), data, false}};
}

Attribute integer(int64_t value) {
  return Attribute{ir::IntegerAttr{value, ElementType::kS64}};
}

const Attribute* find(const std::vector<ir::NamedAttribute>& attributes,
                      std::string_view name) {
  for (const auto& a : attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

TEST(VhloOps, TableIsConsistent) {
  EXPECT_GT(all_vhlo_ops().size(), 100u);
  for (const VhloOpInfo& info : all_vhlo_ops()) {
    EXPECT_LE(info.min_version, info.max_version) << info.name;
    EXPECT_TRUE(std::is_sorted(info.attributes.begin(), info.attributes.end())) << info.name;
    EXPECT_NE(ir::mnemonic(info.code), "") << info.name;
    // Names are unique: each entry is the one its name finds.
    EXPECT_EQ(find_vhlo_op(info.name), &info) << info.name;
    EXPECT_EQ(find_vhlo_op("vhlo." + std::string(info.name)), &info) << info.name;
  }
  const VhloOpInfo* dot = find_vhlo_op("vhlo.dot_general_v2");
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(dot->code, ir::OpCode::kDotGeneral);
  EXPECT_EQ(dot->attributes.size(), 12u);
  EXPECT_EQ(find_vhlo_op("sine_v1"), nullptr);  // last emitted by StableHLO 1.9
  EXPECT_EQ(find_vhlo_op("sine_v2")->code, ir::OpCode::kSine);
}

TEST(CanonicalAttributes, AssemblesDotDimensionNumbers) {
  auto result = canonical_attributes(ir::OpCode::kDotGeneral,
                                     {{"lhs_batching_dimensions", i64_tensor({0})},
                                      {"rhs_batching_dimensions", i64_tensor({0})},
                                      {"lhs_contracting_dimensions", i64_tensor({2})},
                                      {"rhs_contracting_dimensions", i64_tensor({1})},
                                      {"precision_config", Attribute{ir::ArrayAttr{}}}});
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  const Attribute* dims = find(*result, "dot_dimension_numbers");
  ASSERT_NE(dims, nullptr);
  EXPECT_EQ(*dims->get<ir::DotDimensionNumbers>(),
            (ir::DotDimensionNumbers{{0}, {0}, {2}, {1}}));
  EXPECT_EQ(find(*result, "lhs_batching_dimensions"), nullptr);
  EXPECT_NE(find(*result, "precision_config"), nullptr);
}

TEST(CanonicalAttributes, TurnsIntegerTensorsIntoArrays) {
  // A narrower signed type is sign-extended.
  std::string data(8, '\0');
  int32_t values[2] = {-1, 3};
  std::memcpy(data.data(), values, 8);
  Attribute i32{ir::DenseElementsAttr{ir::Type::tensor(ElementType::kS32, {2}), data, false}};
  auto result =
      canonical_attributes(ir::OpCode::kBroadcastInDim, {{"broadcast_dimensions", i32}});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(find(*result, "broadcast_dimensions")->get<ir::DenseI64ArrayAttr>()->values,
            (std::vector<int64_t>{-1, 3}));
}

TEST(CanonicalAttributes, AssemblesConvolutionAndWindowReversal) {
  std::vector<ir::NamedAttribute> vhlo = {
      {"input_batch_dimension", integer(0)},
      {"input_feature_dimension", integer(3)},
      {"input_spatial_dimensions", i64_tensor({1, 2})},
      {"kernel_input_feature_dimension", integer(2)},
      {"kernel_output_feature_dimension", integer(3)},
      {"kernel_spatial_dimensions", i64_tensor({0, 1})},
      {"output_batch_dimension", integer(0)},
      {"output_feature_dimension", integer(3)},
      {"output_spatial_dimensions", i64_tensor({1, 2})},
      {"window_strides", i64_tensor({1, 1})},
      {"window_reversal",
       Attribute{ir::DenseElementsAttr{ir::Type::tensor(ElementType::kPred, {2}),
                                       std::string("\x01\x00", 2), false}}},
  };
  auto result = canonical_attributes(ir::OpCode::kConvolution, vhlo);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  const auto* dims = find(*result, "dimension_numbers")->get<ir::ConvDimensionNumbers>();
  ASSERT_NE(dims, nullptr);
  EXPECT_EQ(dims->input_feature_dimension, 3);
  EXPECT_EQ(dims->kernel_spatial_dimensions, (std::vector<int64_t>{0, 1}));
  EXPECT_EQ(find(*result, "window_reversal")->get<ir::DenseBoolArrayAttr>()->values,
            (std::vector<bool>{true, false}));
  EXPECT_EQ(find(*result, "window_strides")->get<ir::DenseI64ArrayAttr>()->values,
            (std::vector<int64_t>{1, 1}));
  EXPECT_TRUE(std::is_sorted(result->begin(), result->end(),
                             [](auto& a, auto& b) { return a.name < b.name; }));
}

TEST(CanonicalAttributes, ChannelsAndGlobalDeviceIdsAsStableHloHasThem) {
  auto all_gather = canonical_attributes(ir::OpCode::kAllGather,
                                         {{"all_gather_dim", integer(0)},
                                          {"channel_id", integer(3)},
                                          {"replica_groups", i64_tensor({0})},
                                          {"use_global_device_ids", Attribute{true}}});
  ASSERT_TRUE(all_gather.ok()) << all_gather.status().to_string();
  EXPECT_EQ(find(*all_gather, "channel_id"), nullptr);
  ASSERT_NE(find(*all_gather, "channel_handle"), nullptr);
  EXPECT_EQ(*find(*all_gather, "channel_handle"), (Attribute{ir::ChannelHandle{3, 0}}));
  EXPECT_EQ(*find(*all_gather, "use_global_device_ids"), Attribute{ir::UnitAttr{}});

  auto send = canonical_attributes(ir::OpCode::kSend, {{"channel_id", integer(5)},
                                                       {"channel_type", integer(2)},
                                                       {"is_host_transfer", Attribute{false}}});
  ASSERT_TRUE(send.ok()) << send.status().to_string();
  EXPECT_EQ(*find(*send, "channel_handle"), (Attribute{ir::ChannelHandle{5, 2}}));
  EXPECT_EQ(find(*send, "channel_type"), nullptr);

  // false is the unit attribute's absence.
  auto all_reduce = canonical_attributes(
      ir::OpCode::kAllReduce,
      {{"channel_id", integer(0)}, {"use_global_device_ids", Attribute{false}}});
  ASSERT_TRUE(all_reduce.ok());
  EXPECT_EQ(find(*all_reduce, "use_global_device_ids"), nullptr);
  EXPECT_EQ(*find(*all_reduce, "channel_handle"), (Attribute{ir::ChannelHandle{0, 0}}));
}

TEST(CanonicalAttributes, ReportsMissingOrMistypedDimensionNumbers) {
  auto missing = canonical_attributes(ir::OpCode::kGather, {{"offset_dims", i64_tensor({1})}});
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("index_vector_dim"), std::string::npos);
  auto mistyped = canonical_attributes(
      ir::OpCode::kDotGeneral, {{"lhs_batching_dimensions", Attribute{ir::StringAttr{"x"}}}});
  EXPECT_FALSE(mistyped.ok());
}

}  // namespace
}  // namespace metallib::stablehlo
