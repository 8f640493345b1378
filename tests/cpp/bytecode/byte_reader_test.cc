#include "stablehlo/bytecode/byte_reader.h"

#include <gtest/gtest.h>

#include <limits>

#include "bytecode_test_util.h"

namespace metallib::stablehlo::bytecode {
namespace {

using testing::varint;
using testing::Writer;

TEST(ByteReader, VarintsOfEveryLengthRoundTrip) {
  const uint64_t values[] = {0,
                             1,
                             127,
                             128,
                             (uint64_t{1} << 14) - 1,
                             uint64_t{1} << 14,
                             uint64_t{1} << 21,
                             uint64_t{1} << 28,
                             uint64_t{1} << 35,
                             uint64_t{1} << 42,
                             (uint64_t{1} << 49) + 12345,
                             (uint64_t{1} << 56) - 1,
                             uint64_t{1} << 56,
                             std::numeric_limits<uint64_t>::max()};
  size_t expected_size = 1;
  for (uint64_t value : values) {
    std::vector<uint8_t> bytes = varint(value);
    ByteReader reader(bytes);
    StatusOr<uint64_t> read = reader.read_varint("a value");
    ASSERT_TRUE(read.ok()) << read.status().to_string();
    EXPECT_EQ(*read, value);
    EXPECT_TRUE(reader.empty());
    EXPECT_GE(bytes.size(), expected_size);
    expected_size = bytes.size();
  }
  EXPECT_EQ(varint(127).size(), 1u);
  EXPECT_EQ(varint(128).size(), 2u);
  EXPECT_EQ(varint(std::numeric_limits<uint64_t>::max()).size(), 9u);
}

TEST(ByteReader, DecodesTheDocumentedPrefixForms) {
  // 0b0000'0101: one byte, value 2; 0b0000'0010 0x01: two bytes, value 64.
  const std::vector<uint8_t> bytes = {0x05, 0x02, 0x01};
  ByteReader reader(bytes);
  EXPECT_EQ(reader.read_varint("a").value(), 2u);
  EXPECT_EQ(reader.read_varint("b").value(), 64u);
}

TEST(ByteReader, SignedVarintsUseZigzag) {
  const std::pair<int64_t, uint64_t> cases[] = {
      {0, 0}, {-1, 1}, {1, 2}, {-2, 3}, {std::numeric_limits<int64_t>::min(), ~uint64_t{0}}};
  for (auto [value, zigzag] : cases) {
    std::vector<uint8_t> bytes = varint(zigzag);
    ByteReader reader(bytes);
    EXPECT_EQ(reader.read_signed_varint("v").value(), value);
  }
}

TEST(ByteReader, TruncatedVarintNamesOffsetAndNeed) {
  std::vector<uint8_t> bytes = {0xAA, 0x00, 0x01, 0x02};  // 0x00 announces 8 more bytes
  ByteReader reader(std::span<const uint8_t>(bytes).subspan(1), 100);
  StatusOr<uint64_t> read = reader.read_varint("the section length");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "MLIR bytecode at byte 100: expected the section length (need 9 bytes, 3 left)");
}

TEST(ByteReader, FlagsIndexesAndCounts) {
  Writer writer;
  writer.var((7 << 1) | 1).var(3).var(3).var(1000);
  ByteReader reader(writer.data());
  uint64_t value = 0;
  bool flag = false;
  ASSERT_TRUE(reader.read_varint_with_flag("f", &value, &flag).ok());
  EXPECT_EQ(value, 7u);
  EXPECT_TRUE(flag);
  EXPECT_EQ(reader.read_index("i", 4).value(), 3u);
  StatusOr<uint32_t> bad_index = reader.read_index("a type", 3);
  ASSERT_FALSE(bad_index.ok());
  EXPECT_NE(bad_index.status().message().find("a type 3 is out of range (3 entries)"),
            std::string::npos);
  StatusOr<uint64_t> count = reader.read_count("the string count");
  ASSERT_FALSE(count.ok());
  EXPECT_NE(count.status().message().find("at byte 3: the string count is 1000"),
            std::string::npos)
      << count.status().message();
}

TEST(ByteReader, FixedStringsAndSubReaders) {
  Writer writer;
  writer.byte(0x34).byte(0x12).text("abc").byte(0).text("xyz");
  ByteReader reader(writer.data(), 10);
  EXPECT_EQ(reader.read_fixed(2, "u16").value(), 0x1234u);
  EXPECT_EQ(reader.read_cstring("s").value(), "abc");
  StatusOr<ByteReader> sub = reader.read_sub_reader(2, "sub");
  ASSERT_TRUE(sub.ok());
  EXPECT_EQ(sub->offset(), 16u);
  EXPECT_EQ(sub->remaining(), 2u);
  StatusOr<std::string_view> unterminated = reader.read_cstring("the producer");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.status().message().find("at byte 18"), std::string::npos);
  EXPECT_FALSE(reader.read_fixed(9, "too wide").ok());
}

TEST(ByteReader, AlignmentCountsFromTheArtifactStart) {
  std::vector<uint8_t> bytes = {0x00, 0x00, 0x00, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0x07};
  ByteReader reader(std::span<const uint8_t>(bytes).subspan(3), 3);
  ASSERT_TRUE(reader.align_to(8, "data").ok());
  EXPECT_EQ(reader.offset(), 8u);
  ByteReader bad(std::span<const uint8_t>(bytes).subspan(2), 2);
  EXPECT_FALSE(bad.align_to(8, "data").ok());  // 0x00 is not padding
  ByteReader odd(bytes);
  EXPECT_FALSE(odd.align_to(3, "data").ok());
  EXPECT_FALSE(odd.align_to(0, "data").ok());
  // Padding to a huge alignment cannot fit and must not be scanned for.
  ByteReader huge(std::span<const uint8_t>(bytes).subspan(1), 1);
  EXPECT_FALSE(huge.align_to(uint64_t{1} << 63, "data").ok());
}

}  // namespace
}  // namespace metallib::stablehlo::bytecode
