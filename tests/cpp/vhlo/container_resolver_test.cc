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
                                   std::deque<std::vector<uint8_t>>* storage,
                                   std::string_view dialect = "vhlo") {
  bytecode::Container container;
  container.dialects.push_back({dialect, std::nullopt});
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
  EXPECT_EQ(*resolver.type(0).value(), DecodedType(ir::ElementType::kF32));
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

// The entries a function's properties are read from without decoding them
// (array_elements, plain_string, type_of_type_attribute): read where their
// bytes are what the reader expects, refused (nothing) for anything else,
// so that the general path decodes those and reports what is wrong.
TEST(ContainerResolver, ReadsArraysStringsAndTypeAttributesFromTheirBytes) {
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container(
      {Bytes().varint(1).varint(2).varint(1).varint(1), Bytes().varint(14).varint(0),
       Bytes().varint(17).varint(0), Bytes().varint(1).varint(2).varint(1),
       Bytes().varint(14).varint(7), Bytes().varint(14).varint(0).varint(0)},
      &storage);
  ContainerResolver resolver(c);
  EXPECT_EQ(resolver.array_elements(0), (std::vector<uint64_t>{1, 1}));
  EXPECT_EQ(resolver.plain_string(1), "x");
  std::optional<StatusOr<const DecodedType*>> type = resolver.type_of_type_attribute(2);
  ASSERT_TRUE(type.has_value());
  ASSERT_TRUE(type->ok()) << type->status().to_string();
  EXPECT_EQ(***type, DecodedType(ir::ElementType::kF32));
  // Another kind of entry, a short array, a string out of range, bytes after
  // a string, an entry out of range.
  EXPECT_FALSE(resolver.array_elements(1));
  EXPECT_FALSE(resolver.array_elements(3));
  EXPECT_FALSE(resolver.array_elements(9));
  EXPECT_FALSE(resolver.plain_string(0));
  EXPECT_FALSE(resolver.plain_string(4));
  EXPECT_FALSE(resolver.plain_string(5));
  EXPECT_FALSE(resolver.type_of_type_attribute(1));
  // The general path reports what is wrong with those.
  EXPECT_FALSE(resolver.take_attribute(3).ok());
  EXPECT_FALSE(resolver.take_attribute(4).ok());
  EXPECT_FALSE(resolver.take_attribute(5).ok());

  // The same bytes in another dialect are not vhlo entries.
  std::deque<std::vector<uint8_t>> other_storage;
  bytecode::Container other =
      make_container({Bytes().varint(1).varint(1).varint(1), Bytes().varint(14).varint(0)},
                     &other_storage, "other");
  ContainerResolver other_resolver(other);
  EXPECT_FALSE(other_resolver.array_elements(0));
  EXPECT_FALSE(other_resolver.plain_string(1));
}

TEST(ContainerResolver, KeepsEachLocationEntryOnceInTheGivenStorage) {
  // Builtin entries: 0 the string "x"; 1 "x":3:4; 2 x("x":3:4); 3 a call
  // site of 2 at 1; 4 a call site of itself; 5 a call site of 4 twice;
  // 6 unknown.
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container(
      {Bytes().varint(2).varint(0), Bytes().varint(11).varint(0).varint(3).varint(4),
       Bytes().varint(14).varint(0).varint(1), Bytes().varint(10).varint(2).varint(1),
       Bytes().varint(10).varint(4).varint(1), Bytes().varint(10).varint(4).varint(4),
       Bytes().varint(15)},
      &storage, "builtin");
  ir::Storage module_storage;
  ir::SharedLocation call_site = nullptr;
  {
    ContainerResolver resolver(c, &module_storage);
    EXPECT_EQ(resolver.plain_string(0), std::optional<std::string_view>("x"));
    EXPECT_EQ(resolver.plain_string(1), std::nullopt);
    StatusOr<ir::SharedLocation> location = resolver.location(3);
    ASSERT_TRUE(location.ok()) << location.status().to_string();
    call_site = *location;
    // Shared, not copied: the call site points to the nodes of entries 2 and 1.
    EXPECT_EQ(resolver.location(3).value(), call_site);
    EXPECT_EQ(resolver.location(2).value(), call_site->first);
    EXPECT_EQ(resolver.location(1).value(), call_site->second);
    EXPECT_EQ(resolver.location(1).value(), call_site->first->first);

    StatusOr<ir::SharedLocation> self = resolver.location(4);
    ASSERT_FALSE(self.ok());
    EXPECT_NE(self.status().message().find("attribute 4 refers to itself"), std::string::npos)
        << self.status().message();
    // An entry that refers to a failing one fails with its error, and the
    // failure is kept rather than decoded again.
    for (int i = 0; i < 2; ++i) {
      StatusOr<ir::SharedLocation> twice = resolver.location(5);
      ASSERT_FALSE(twice.ok());
      EXPECT_NE(twice.status().message().find("attribute 4 refers to itself"),
                std::string::npos)
          << twice.status().message();
    }
    EXPECT_EQ(resolver.location(6).value(), nullptr);
    EXPECT_FALSE(resolver.location(0).ok());  // a string is not a location
    EXPECT_FALSE(resolver.location(7).ok());  // out of range
  }
  // The nodes outlive the resolver, as a module's ops need.
  EXPECT_EQ(call_site->text(), "callsite(x(\"x\":3:4) at \"x\":3:4)");
  EXPECT_EQ(call_site->brief(), "x:3:4");
}

TEST(ContainerResolver, AnEmptyNameAroundNothingIsUnknown) {
  // Builtin entries: 0 the string "" (string 1); 1 a name of 0 around 2;
  // 2 unknown; 3 a name of 0 around 4; 4 "x":1:2.
  std::deque<std::vector<uint8_t>> storage;
  bytecode::Container c = make_container(
      {Bytes().varint(2).varint(1), Bytes().varint(14).varint(0).varint(2), Bytes().varint(15),
       Bytes().varint(14).varint(0).varint(4), Bytes().varint(11).varint(5).varint(1).varint(2),
       Bytes().varint(2).varint(0)},
      &storage, "builtin");
  c.strings.push_back("");
  ContainerResolver resolver(c);
  EXPECT_EQ(resolver.location(1).value(), nullptr);
  StatusOr<ir::SharedLocation> around_file = resolver.location(3);
  ASSERT_TRUE(around_file.ok()) << around_file.status().to_string();
  EXPECT_EQ((*around_file)->text(), "(\"x\":1:2)");
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
