// ContainerResolver over hand-made tables: memoized decoding, self-reference
// and depth limits, references of the wrong kind.
#include <deque>

#include <gtest/gtest.h>

#include "entry_test_util.h"
#include "stablehlo/vhlo/container_resolver.h"

namespace metallib::stablehlo::vhlo {
namespace {

using testing::Bytes;

// A container whose attribute entries are `entries` (vhlo dialect, index 0)
// and whose only type is vhlo f32. Entry bytes live in `storage`.
bytecode::Container make_container(const std::vector<Bytes>& entries,
                                   std::deque<std::vector<uint8_t>>* storage) {
  bytecode::Container container;
  container.dialects.push_back({"vhlo", std::nullopt});
  container.strings = {"x"};
  size_t offset = 1000;
  auto add = [&](const Bytes& bytes) {
    storage->push_back(bytes.data());
    bytecode::RawAttrOrType entry;
    entry.dialect = 0;
    entry.has_custom_encoding = true;
    entry.data = {storage->back(), offset};
    offset += bytes.data().size();
    return entry;
  };
  for (const Bytes& bytes : entries) container.attributes.push_back(add(bytes));
  container.types.push_back(add(Bytes().varint(4)));
  return container;
}

TEST(ContainerResolver, DecodesNestedEntries) {
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container(
      {Bytes().varint(1).varint(1).varint(1), Bytes().varint(14).varint(0)}, &storage);
  ContainerResolver resolver(c);
  StatusOr<const ir::Attribute*> array = resolver.attribute(0);
  ASSERT_TRUE(array.ok()) << array.status().to_string();
  EXPECT_EQ(*array.value(),
            (ir::Attribute{ir::ArrayAttr{{ir::Attribute{ir::StringAttr{"x"}}}}}));
  EXPECT_EQ(resolver.type(0).value(), DecodedType(ir::ElementType::kF32));
  EXPECT_FALSE(resolver.attribute(2).ok());
  EXPECT_FALSE(resolver.type(1).ok());
  EXPECT_FALSE(resolver.string(1).ok());
  // A string is not a location.
  EXPECT_FALSE(resolver.location(1).ok());
}

TEST(ContainerResolver, RefusesSelfReference) {
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container({Bytes().varint(1).varint(1).varint(0)}, &storage);
  ContainerResolver resolver(c);
  StatusOr<const ir::Attribute*> a = resolver.attribute(0);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("attribute 0 refers to itself"), std::string::npos)
      << a.status().message();
  EXPECT_NE(a.status().message().find("at byte 1000"), std::string::npos);
}

TEST(ContainerResolver, BoundsNesting) {
  // Arrays nested one inside the next, deeper than the limit.
  std::vector<Bytes> chain;
  const int n = ContainerResolver::kMaxDepth + 10;
  for (int i = 0; i + 1 < n; ++i) chain.push_back(Bytes().varint(1).varint(1).varint(i + 1));
  chain.push_back(Bytes().varint(2).varint(1));
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container(chain, &storage);
  ContainerResolver resolver(c);
  StatusOr<const ir::Attribute*> deep = resolver.attribute(0);
  ASSERT_FALSE(deep.ok());
  EXPECT_NE(deep.status().message().find("nests deeper than"), std::string::npos)
      << deep.status().message();
  // Reached from nearer its leaves, the same entries decode.
  EXPECT_TRUE(resolver.attribute(n - 5).ok());
}

TEST(ContainerResolver, TakesEntriesWithoutKeepingThem) {
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c =
      make_container({Bytes().varint(1).varint(1).varint(1), Bytes().varint(14).varint(0),
                      Bytes().varint(1).varint(1).varint(2)},
                     &storage);
  ContainerResolver resolver(c);
  const ir::Attribute array{ir::ArrayAttr{{ir::Attribute{ir::StringAttr{"x"}}}}};
  // Taken before and after it is kept: the same value either way.
  StatusOr<DecodedAttribute> taken = resolver.take_attribute(0);
  ASSERT_TRUE(taken.ok()) << taken.status().to_string();
  EXPECT_EQ(std::get<ir::Attribute>(*taken), array);
  ASSERT_TRUE(resolver.attribute(0).ok());
  EXPECT_EQ(std::get<ir::Attribute>(resolver.take_attribute(0).value()), array);
  EXPECT_FALSE(resolver.take_attribute(3).ok());
  // The guards of a kept decoding hold for a taken one.
  StatusOr<DecodedAttribute> self = resolver.take_attribute(2);
  ASSERT_FALSE(self.ok());
  EXPECT_NE(self.status().message().find("attribute 2 refers to itself"), std::string::npos)
      << self.status().message();
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
