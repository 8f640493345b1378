// Reads the VHLO artifacts jaxlib 0.12 wrote for the programs in
// data/make_test_artifacts.py; expected counts come from data/<name>.mlir.
#include "stablehlo/bytecode/reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <vector>

#include "bytecode_test_util.h"

namespace metallib::stablehlo::bytecode {
namespace {

using testing::artifact_names;
using testing::check_operands_resolve;
using testing::count_ops;
using testing::count_regions;
using testing::load_artifact;

std::vector<uint32_t> indices(std::span<const uint32_t> list) {
  return std::vector<uint32_t>(list.begin(), list.end());
}

struct Expected {
  const char* program;
  int ops;
  int regions;
  std::map<std::string, int> some_ops;
};

const Expected kExpected[] = {
    {"elementwise",
     7,
     2,
     {{"vhlo.sine_v2", 1},
      {"vhlo.multiply_v1", 1},
      {"vhlo.constant_v1", 1},
      {"vhlo.return_v1", 1}}},
    {"while_loop",
     18,
     4,
     {{"vhlo.while_v1", 1}, {"vhlo.compare_v1", 1}, {"vhlo.add_v1", 3}, {"vhlo.return_v1", 3}}},
    {"reduce_sum", 7, 3, {{"vhlo.reduce_v1", 1}, {"vhlo.add_v1", 1}, {"vhlo.return_v1", 2}}},
    {"calls", 15, 3, {{"vhlo.func_v1", 2}, {"vhlo.call_v1", 2}, {"vhlo.tanh_v2", 1}}},
    {"constants",
     15,
     3,
     {{"vhlo.constant_v1", 3},
      {"vhlo.dot_general_v2", 2},
      {"vhlo.transpose_v1", 1},
      {"vhlo.select_v1", 1}}},
    {"conditional",
     15,
     4,
     {{"vhlo.case_v1", 1}, {"vhlo.convert_v1", 1}, {"vhlo.return_v1", 3}}},
};

TEST(ReadContainer, FindsTwelveArtifacts) {
  EXPECT_EQ(artifact_names().size(), 12u);
}

TEST(ReadContainer, EveryArtifactParsesWithItsProducerAndDialects) {
  for (const std::string& name : artifact_names()) {
    SCOPED_TRACE(name);
    std::vector<uint8_t> bytes = load_artifact(name);
    ASSERT_LT(bytes.size(), 4096u);
    StatusOr<Container> container = read_container(bytes);
    ASSERT_TRUE(container.ok()) << container.status().to_string();
    EXPECT_EQ(container->version, 6u);
    const std::string version = name.substr(name.find(".v") + 2, 6);  // "1_22_0"
    std::string dotted = version;
    std::replace(dotted.begin(), dotted.end(), '_', '.');
    EXPECT_EQ(container->producer, "StableHLO_v" + dotted);
    // func.func and func.call become vhlo ops; only the module stays builtin.
    ASSERT_EQ(container->dialects.size(), 2u);
    EXPECT_EQ(container->dialects[0].name, "builtin");
    EXPECT_EQ(container->dialects[1].name, "vhlo");
    // VHLO carries its version in the producer, not a dialect version entry.
    EXPECT_FALSE(container->dialects[1].version.has_value());
    EXPECT_TRUE(container->resource_groups.empty());
    for (const RawOpName& op_name : container->op_names) EXPECT_TRUE(op_name.registered);
    // VHLO encodes every attribute and type itself, never as text.
    for (const RawAttrOrType& attr : container->attributes)
      EXPECT_TRUE(attr.has_custom_encoding);
    for (const RawAttrOrType& type : container->types) EXPECT_TRUE(type.has_custom_encoding);
    EXPECT_EQ(check_operands_resolve(*container), "");
  }
}

TEST(ReadContainer, ModuleIsTheOnlyTopLevelOp) {
  std::vector<uint8_t> bytes = load_artifact("elementwise.v1_22_0.mlir.bc");
  StatusOr<Container> container = read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  ASSERT_EQ(container->top_level.ops.size(), 1u);
  const RawOp& module = container->top_level.ops[0];
  EXPECT_EQ(full_op_name(*container, module.name), "builtin.module");
  EXPECT_TRUE(module.isolated_from_above);
  EXPECT_TRUE(module.attributes.has_value());  // mhlo.num_partitions, ...
  EXPECT_TRUE(module.properties.has_value());  // sym_name
  ASSERT_EQ(module.regions.size(), 1u);
  ASSERT_EQ(module.regions[0].blocks.size(), 1u);
  const RawOp& func = module.regions[0].blocks[0].ops.at(0);
  EXPECT_EQ(full_op_name(*container, func.name), "vhlo.func_v1");
  ASSERT_EQ(func.regions.size(), 1u);
  const RawRegion& body = func.regions[0];
  EXPECT_EQ(body.first_value, 0u);
  EXPECT_EQ(body.num_values, 5u);  // %arg0, %cst, %0, %1, %2
  ASSERT_EQ(body.blocks.size(), 1u);
  EXPECT_EQ(body.blocks[0].args.size(), 1u);
  std::vector<std::string> names;
  for (const RawOp& op : body.blocks[0].ops) names.push_back(full_op_name(*container, op.name));
  EXPECT_EQ(names, (std::vector<std::string>{"vhlo.constant_v1", "vhlo.sine_v2",
                                             "vhlo.broadcast_in_dim_v1", "vhlo.multiply_v1",
                                             "vhlo.return_v1"}));
  // %2 = multiply %0, %1 with %0 = sine (value 2) and %1 = broadcast (value 3).
  EXPECT_EQ(indices(body.blocks[0].ops[3].operands), (std::vector<uint32_t>{2, 3}));
  std::optional<ValueDef> def = find_value(body, 2);
  ASSERT_TRUE(def.has_value());
  EXPECT_EQ(def->op, 1u);
  EXPECT_EQ(def->index, 0u);
  def = find_value(body, 0);
  ASSERT_TRUE(def.has_value());
  EXPECT_FALSE(def->op.has_value());
}

TEST(ReadContainer, OpCountsMatchTheProgramText) {
  for (const std::string& name : artifact_names()) {
    SCOPED_TRACE(name);
    const std::string program = name.substr(0, name.find(".v"));
    const Expected* expected = nullptr;
    for (const Expected& e : kExpected) {
      if (program == e.program) expected = &e;
    }
    ASSERT_NE(expected, nullptr);
    std::vector<uint8_t> bytes = load_artifact(name);
    StatusOr<Container> container = read_container(bytes);
    ASSERT_TRUE(container.ok()) << container.status().to_string();
    std::map<std::string, int> ops = count_ops(*container);
    int total = 0;
    for (const auto& [op, count] : ops) total += count;
    EXPECT_EQ(total, expected->ops);
    EXPECT_EQ(count_regions(*container), expected->regions);
    EXPECT_EQ(ops["builtin.module"], 1);
    for (const auto& [op, count] : expected->some_ops) EXPECT_EQ(ops[op], count) << op;
  }
}

TEST(ReadContainer, WhileRegionsShareTheFunctionScope) {
  std::vector<uint8_t> bytes = load_artifact("while_loop.v1_22_0.mlir.bc");
  StatusOr<Container> container = read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  const RawRegion& body = container->top_level.ops[0].regions[0].blocks[0].ops[0].regions[0];
  EXPECT_EQ(body.num_values, 8u);  // %arg0, 4 constants, 3 while results
  const RawOp& loop = body.blocks[0].ops[4];
  ASSERT_EQ(full_op_name(*container, loop.name), "vhlo.while_v1");
  EXPECT_FALSE(loop.isolated_from_above);  // uses %c, %c_0 and %cst from outside
  EXPECT_EQ(loop.first_result, 5u);
  EXPECT_EQ(loop.result_types.size(), 3u);
  ASSERT_EQ(loop.regions.size(), 2u);
  for (const RawRegion& region : loop.regions) {
    // Nested non-isolated regions number after the enclosing region's values.
    EXPECT_EQ(region.first_value, 8u);
    ASSERT_EQ(region.blocks.size(), 1u);
    EXPECT_EQ(region.blocks[0].args.size(), 3u);
  }
  // cond: compare %iterArg (value 8, a block argument), %c_0 (value 3, outer).
  const RawOp& compare = loop.regions[0].blocks[0].ops[0];
  EXPECT_EQ(indices(compare.operands), (std::vector<uint32_t>{8, 3}));
  EXPECT_FALSE(find_value(loop.regions[0], 3).has_value());
  ASSERT_TRUE(find_value(body, 3).has_value());
  EXPECT_EQ(find_value(body, 3)->op, 2u);  // the third constant, %c_0
}

TEST(ReadContainer, IsolatedReduceBodyNumbersFromZero) {
  std::vector<uint8_t> bytes = load_artifact("reduce_sum.v1_13_0.mlir.bc");
  StatusOr<Container> container = read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  const RawRegion& body = container->top_level.ops[0].regions[0].blocks[0].ops[0].regions[0];
  const RawOp& reduce = body.blocks[0].ops[1];
  ASSERT_EQ(full_op_name(*container, reduce.name), "vhlo.reduce_v1");
  // The writer marks regions isolated when they use no outer value.
  EXPECT_TRUE(reduce.isolated_from_above);
  const RawRegion& combiner = reduce.regions.at(0);
  EXPECT_EQ(combiner.first_value, 0u);
  EXPECT_EQ(combiner.blocks.at(0).args.size(), 2u);
  EXPECT_EQ(indices(combiner.blocks[0].ops.at(0).operands), (std::vector<uint32_t>{0, 1}));
}

TEST(ReadContainer, CaseBranchesResolveOuterValues) {
  std::vector<uint8_t> bytes = load_artifact("conditional.v1_22_0.mlir.bc");
  StatusOr<Container> container = read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  const RawRegion& body = container->top_level.ops[0].regions[0].blocks[0].ops[0].regions[0];
  const RawOp& branch_op = body.blocks[0].ops[5];
  ASSERT_EQ(full_op_name(*container, branch_op.name), "vhlo.case_v1");
  ASSERT_EQ(branch_op.regions.size(), 2u);
  for (const RawRegion& branch : branch_op.regions) {
    const RawOp& arith = branch.blocks.at(0).ops.at(1);  // multiply / add %arg1, %3
    ASSERT_EQ(arith.operands.size(), 2u);
    EXPECT_EQ(arith.operands[0], 1u);  // %arg1 of the function
    std::optional<ValueDef> def = find_value(body, arith.operands[0]);
    ASSERT_TRUE(def.has_value());
    EXPECT_FALSE(def->op.has_value());
    EXPECT_EQ(def->index, 1u);
  }
}

TEST(ReadContainer, AttributeTypeAndPropertiesRangesLieInTheArtifact) {
  for (const std::string& name : artifact_names()) {
    std::vector<uint8_t> bytes = load_artifact(name);
    StatusOr<Container> container = read_container(bytes);
    ASSERT_TRUE(container.ok());
    auto inside = [&](const ByteRange& range) {
      return range.offset + range.bytes.size() <= bytes.size() &&
             range.bytes.data() == bytes.data() + range.offset;
    };
    for (const RawAttrOrType& attr : container->attributes) EXPECT_TRUE(inside(attr.data));
    for (const RawAttrOrType& type : container->types) EXPECT_TRUE(inside(type.data));
    for (const ByteRange& properties : container->properties) EXPECT_TRUE(inside(properties));
    EXPECT_FALSE(container->properties.empty());
  }
}

}  // namespace
}  // namespace metallib::stablehlo::bytecode
