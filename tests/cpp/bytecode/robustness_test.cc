// Malformed input: truncations, corruptions and hand-made artifacts with hostile
// counts must give errors, never crashes, over-reads or huge allocations.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "bytecode_test_util.h"
#include "stablehlo/bytecode/reader.h"

namespace metallib::stablehlo::bytecode {
namespace {

using testing::artifact_names;
using testing::check_operands_resolve;
using testing::hand_artifact;
using testing::load_artifact;
using testing::trivial_ir;
using testing::Writer;

constexpr uint64_t kHuge = uint64_t{1} << 60;

// Parses `bytes` from its own heap copy, so sanitizers see any over-read.
StatusOr<Container> read_copy(const std::vector<uint8_t>& bytes,
                              std::vector<uint8_t>* storage) {
  *storage = bytes;
  return read_container(*storage);
}

void expect_error(const std::vector<uint8_t>& bytes, const std::string& fragment) {
  std::vector<uint8_t> storage;
  const auto start = std::chrono::steady_clock::now();
  StatusOr<Container> container = read_copy(bytes, &storage);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(container.ok()) << "expected an error containing: " << fragment;
  EXPECT_EQ(container.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(container.status().message().find(fragment), std::string::npos)
      << container.status().message();
  EXPECT_NE(container.status().message().find("at byte "), std::string::npos);
  EXPECT_LT(seconds, 1.0);
}

TEST(Robustness, HandMadeArtifactParses) {
  std::vector<uint8_t> bytes = hand_artifact(trivial_ir()).assemble();
  StatusOr<Container> container = read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  EXPECT_EQ(container->producer, "hand");
  ASSERT_EQ(container->top_level.ops.size(), 1u);
  EXPECT_EQ(full_op_name(*container, container->top_level.ops[0].name), "test.op");
  EXPECT_FALSE(container->op_names[1].registered);
  ASSERT_EQ(container->attributes.size(), 1u);
  EXPECT_FALSE(container->attributes[0].has_custom_encoding);
  EXPECT_EQ(container->types.size(), 1u);
}

TEST(Robustness, EveryPrefixOfEveryArtifactIsAnError) {
  for (const std::string& name : artifact_names()) {
    SCOPED_TRACE(name);
    const std::vector<uint8_t> bytes = load_artifact(name);
    for (size_t length = 0; length < bytes.size(); ++length) {
      std::vector<uint8_t> prefix(bytes.begin(), bytes.begin() + length);
      StatusOr<Container> container = read_container(prefix);
      ASSERT_FALSE(container.ok()) << "prefix of " << length << " bytes parsed";
      ASSERT_NE(container.status().message().find("at byte "), std::string::npos);
    }
  }
}

TEST(Robustness, RandomByteChangesNeverCrash) {
  std::mt19937 random(20240611);
  int parsed = 0;
  int failed = 0;
  for (const std::string& name : artifact_names()) {
    const std::vector<uint8_t> original = load_artifact(name);
    std::uniform_int_distribution<size_t> position(0, original.size() - 1);
    for (int round = 0; round < 3000; ++round) {
      std::vector<uint8_t> bytes = original;
      // Mostly single-byte changes, sometimes a few at once.
      const int changes = round % 10 == 0 ? 3 : 1;
      for (int i = 0; i < changes; ++i) {
        uint8_t& byte = bytes[position(random)];
        byte = round % 2 ? static_cast<uint8_t>(random()) : byte ^ (1u << (random() % 8));
      }
      StatusOr<Container> container = read_container(bytes);
      if (container.ok()) {
        ++parsed;
        // Whatever parses must still be internally consistent.
        ASSERT_EQ(check_operands_resolve(*container), "") << name << " round " << round;
      } else {
        ++failed;
      }
    }
  }
  EXPECT_GT(failed, 0);
  EXPECT_GT(parsed, 0);  // many bytes are attribute payloads the container does not decode
}

TEST(Robustness, RejectsOtherMagicAndVersions) {
  std::vector<uint8_t> bytes = hand_artifact(trivial_ir()).assemble();
  bytes[2] = 'I';
  expect_error(bytes, "magic");
  for (uint64_t version : {0u, 4u, 7u, 100u}) {
    testing::HandArtifact artifact = hand_artifact(trivial_ir());
    artifact.version = version;
    expect_error(artifact.assemble(),
                 "bytecode version " + std::to_string(version) +
                     " is not supported (this reader reads versions 5 to 6)");
  }
  testing::HandArtifact v5 = hand_artifact(trivial_ir());
  v5.version = 5;
  std::vector<uint8_t> v5_bytes = v5.assemble();
  EXPECT_TRUE(read_container(v5_bytes).ok());
}

TEST(Robustness, HugeCountsFailFast) {
  {
    testing::HandArtifact artifact = hand_artifact(trivial_ir());
    artifact.strings = Writer().var(kHuge).text("x").byte(0).data();
    expect_error(artifact.assemble(), "the string count is 1152921504606846976");
  }
  {
    testing::HandArtifact artifact = hand_artifact(trivial_ir());
    artifact.dialects = Writer().var(kHuge).data();
    expect_error(artifact.assemble(), "the dialect count");
  }
  {
    testing::HandArtifact artifact = hand_artifact(trivial_ir());
    artifact.attr_type_offsets = Writer().var(kHuge).var(0).data();
    expect_error(artifact.assemble(), "the attribute count");
  }
  {
    testing::HandArtifact artifact = hand_artifact(trivial_ir());
    artifact.properties = Writer().var(kHuge).data();
    expect_error(artifact.assemble(), "the properties count");
  }
  // A block claiming 2^60 ops.
  expect_error(hand_artifact(Writer().var(kHuge << 1).data()).assemble(), "ops, more than");
  // An op claiming 2^60 results, operands or regions.
  expect_error(
      hand_artifact(Writer().var(1 << 1).var(1).byte(0x02).var(0).var(kHuge).data()).assemble(),
      "an op result count is");
  expect_error(
      hand_artifact(Writer().var(1 << 1).var(1).byte(0x04).var(0).var(kHuge).data()).assemble(),
      "an op operand count is");
  expect_error(
      hand_artifact(Writer().var(1 << 1).var(1).byte(0x10).var(0).var(kHuge << 1).data())
          .assemble(),
      "regions, more than");
  // A region claiming 2^60 values.
  expect_error(
      hand_artifact(
          Writer().var(1 << 1).var(1).byte(0x10).var(0).var(1 << 1).var(1).var(kHuge).data())
          .assemble(),
      "a region's value count is");
}

// An op whose single region holds one block holding the next such op, `depth`
// times, around an innermost op without regions.
std::vector<uint8_t> nested_ir(int depth) {
  Writer writer;
  writer.var(1 << 1);
  for (int i = 0; i < depth; ++i) {
    writer.var(1).byte(0x10).var(0).var(1 << 1);  // test.op, 1 inline region
    writer.var(1).var(0).var(1 << 1);             // 1 block, 0 values, 1 op
  }
  writer.var(1).byte(0).var(0);
  return writer.data();
}

TEST(Robustness, RegionNestingIsBounded) {
  std::vector<uint8_t> ok_bytes = hand_artifact(nested_ir(100)).assemble();
  StatusOr<Container> container = read_container(ok_bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  expect_error(hand_artifact(nested_ir(129)).assemble(), "regions nested at most 128 deep");
  expect_error(hand_artifact(nested_ir(100000)).assemble(), "regions nested at most 128 deep");
}

TEST(Robustness, ValueNumbersAreChecked) {
  // A region declaring 2 values whose block defines 1 argument and 1 result,
  // with a forward reference from the first op to the second op's result.
  auto ir = [](uint64_t declared, uint64_t operand) {
    Writer w;
    w.var(1 << 1);                                   // top level: 1 op
    w.var(1).byte(0x10).var(0).var(1 << 1);          // test.op, 1 inline region
    w.var(1).var(declared);                          // 1 block, `declared` values
    w.var((2 << 1) | 1).var(1).var(0 << 1).byte(0);  // 2 ops, 1 arg of type 0
    w.var(1).byte(0x04).var(0).var(1).var(operand);  // test.op(operand)
    w.var(1).byte(0x02).var(0).var(1).var(0);        // test.op -> type 0
    return w.data();
  };

  std::vector<uint8_t> good = hand_artifact(ir(2, 1)).assemble();
  StatusOr<Container> container = read_container(good);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  EXPECT_EQ(check_operands_resolve(*container), "");
  const RawRegion& region = container->top_level.ops[0].regions[0];
  std::optional<ValueDef> def = find_value(region, 1);
  ASSERT_TRUE(def.has_value());
  EXPECT_EQ(def->op, 1u);
  expect_error(hand_artifact(ir(2, 2)).assemble(), "an operand value number 2 is out of range");
  expect_error(hand_artifact(ir(3, 1)).assemble(), "region declares 3 values but defines 2");
  expect_error(hand_artifact(ir(1, 0)).assemble(), "past the region's declared end 1");
}

TEST(Robustness, SectionFramingErrors) {
  const testing::HandArtifact base = hand_artifact(trivial_ir());
  // Duplicate and missing sections.
  {
    std::vector<uint8_t> bytes = base.assemble();
    Writer extra;
    extra.bytes(bytes).section(0, base.strings);
    expect_error(extra.data(), "a second string section");
  }
  {
    Writer writer;
    writer.byte('M').byte('L').byte(0xEF).byte('R').var(6).text("p").byte(0);
    writer.section(0, base.strings).section(1, base.dialects);
    expect_error(writer.data(), "expected a attribute/type section");
  }
  {
    Writer writer;
    writer.byte('M').byte('L').byte(0xEF).byte('R').var(6).text("p").byte(0).byte(9).var(0);
    expect_error(writer.data(), "unknown section id 9");
  }
  // An aligned section parses; wrong padding does not.
  {
    Writer writer;
    writer.byte('M').byte('L').byte(0xEF).byte('R').var(6).text("p").byte(0);
    writer.section(0, base.strings, 16)
        .section(1, base.dialects)
        .section(2, base.attr_types, 8);
    writer.section(3, base.attr_type_offsets)
        .section(8, base.properties)
        .section(4, base.ir, 4);
    std::vector<uint8_t> bytes = writer.data();
    StatusOr<Container> container = read_container(bytes);
    ASSERT_TRUE(container.ok()) << container.status().to_string();
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == 0xCB) {
        bytes[i] = 0xCC;
        expect_error(bytes, "padding byte 0xCB");
        break;
      }
    }
  }
  // A string without its NUL, and a textual attribute without one.
  {
    testing::HandArtifact artifact = base;
    artifact.strings = Writer().var(1).var(2).text("ab").data();
    expect_error(artifact.assemble(), "a NUL at the end of string 0");
  }
  {
    testing::HandArtifact artifact = base;
    artifact.attr_types = Writer().text("locXi32").byte(0).data();
    expect_error(artifact.assemble(), "one NUL-terminated string");
  }
  // Trailing bytes after the top-level block.
  {
    std::vector<uint8_t> ir = trivial_ir();
    ir.push_back(0);
    expect_error(hand_artifact(ir).assemble(), "the end of the IR section");
  }
}

}  // namespace
}  // namespace metallib::stablehlo::bytecode
