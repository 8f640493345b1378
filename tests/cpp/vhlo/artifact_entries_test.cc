// Every attribute and type entry of the real jaxlib artifacts in the bytecode
// reader's test data decodes, through a ContainerResolver.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stablehlo/bytecode/reader.h"
#include "stablehlo/vhlo/container_resolver.h"

namespace metallib::stablehlo::vhlo {
namespace {

std::vector<std::filesystem::path> artifacts() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(METALLIB_BYTECODE_TEST_DATA)) {
    if (entry.path().extension() == ".bc") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::vector<uint8_t> read_bytes(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(file), {});
}

struct Decoded {
  std::vector<DecodedAttribute> attributes;
  std::vector<DecodedType> types;
};

Decoded decode_all(const std::filesystem::path& path, const std::vector<uint8_t>& bytes) {
  Decoded decoded;
  StatusOr<bytecode::Container> container = bytecode::read_container(bytes);
  EXPECT_TRUE(container.ok()) << path << ": " << container.status().to_string();
  if (!container.ok()) return decoded;
  ContainerResolver resolver(*container);
  for (size_t i = 0; i < container->attributes.size(); ++i) {
    StatusOr<DecodedAttribute> a = resolver.decoded_attribute(i);
    EXPECT_TRUE(a.ok()) << path << " attribute " << i << ": " << a.status().to_string();
    if (a.ok()) decoded.attributes.push_back(a.value());
  }
  for (size_t i = 0; i < container->types.size(); ++i) {
    StatusOr<const DecodedType*> t = resolver.type(i);
    EXPECT_TRUE(t.ok()) << path << " type " << i << ": " << t.status().to_string();
    if (t.ok()) decoded.types.push_back(*t.value());
  }
  return decoded;
}

template <typename T>
std::vector<T> all_of(const Decoded& decoded) {
  std::vector<T> found;
  for (const DecodedAttribute& a : decoded.attributes) {
    if (const auto* attribute = std::get_if<ir::Attribute>(&a)) {
      if (const T* value = attribute->get<T>()) found.push_back(*value);
    }
  }
  return found;
}

TEST(ArtifactEntries, EveryEntryOfEveryArtifactDecodes) {
  const std::vector<std::filesystem::path> paths = artifacts();
  ASSERT_FALSE(paths.empty());
  for (const auto& path : paths) {
    const std::vector<uint8_t> bytes = read_bytes(path);
    Decoded decoded = decode_all(path, bytes);
    bool has_location = false, has_signature = false;
    for (const DecodedAttribute& a : decoded.attributes) {
      has_location |= std::holds_alternative<ir::SharedLocation>(a);
      has_signature |= std::holds_alternative<FunctionSignature>(a);
    }
    EXPECT_TRUE(has_location) << path;
    EXPECT_TRUE(has_signature) << path;  // func_v1's function_type
    // mhlo.num_partitions = 1 : i32 and friends.
    bool has_i32_one = false;
    for (const ir::IntegerAttr& i : all_of<ir::IntegerAttr>(decoded)) {
      has_i32_one |= i.value == 1 && i.type == ir::ElementType::kS32;
    }
    EXPECT_TRUE(has_i32_one) << path;
  }
}

TEST(ArtifactEntries, ConstantsHoldTheirValues) {
  for (const auto& path : artifacts()) {
    if (path.filename().string().rfind("constants.", 0) != 0) continue;
    const std::vector<uint8_t> bytes = read_bytes(path);
    Decoded decoded = decode_all(path, bytes);
    bool has_table = false, has_mask = false;
    for (const ir::DenseElementsAttr& d : all_of<ir::DenseElementsAttr>(decoded)) {
      if (d.type == ir::Type::tensor(ir::ElementType::kF32, {2, 3})) {
        ASSERT_EQ(d.data.size(), 24u);
        float values[6];
        std::memcpy(values, d.data.data(), sizeof(values));
        for (int i = 0; i < 6; ++i) EXPECT_EQ(values[i], i + 1.0f) << path;
        has_table = true;
      }
      if (d.type == ir::Type::tensor(ir::ElementType::kPred, {3})) {
        EXPECT_EQ(d.data, std::string("\x01\x00\x01", 3)) << path;
        EXPECT_FALSE(d.splat);
        has_mask = true;
      }
    }
    EXPECT_TRUE(has_table) << path;
    EXPECT_TRUE(has_mask) << path;
  }
}

// Cut short, every entry gives an error (and never reads past its bytes, which
// the sanitizer builds check).
TEST(ArtifactEntries, TruncatedEntriesGiveErrors) {
  for (const auto& path : artifacts()) {
    const std::vector<uint8_t> bytes = read_bytes(path);
    StatusOr<bytecode::Container> container = bytecode::read_container(bytes);
    ASSERT_TRUE(container.ok()) << container.status().to_string();
    ContainerResolver resolver(*container);
    auto check = [&](const bytecode::RawAttrOrType& entry, bool is_type) {
      const std::string_view dialect = container->dialects[entry.dialect].name;
      for (size_t n = 0; n < entry.data.bytes.size(); ++n) {
        bytecode::ByteReader reader(entry.data.bytes.first(n), entry.data.offset);
        const bool ok = is_type ? decode_type(dialect, true, reader, resolver).ok()
                                : decode_attribute(dialect, true, reader, resolver).ok();
        EXPECT_FALSE(ok) << path << " entry at byte " << entry.data.offset << " cut to " << n;
      }
    };
    for (const auto& entry : container->attributes) check(entry, false);
    for (const auto& entry : container->types) check(entry, true);
  }
}

// Arbitrary bytes never crash the decoders.
TEST(ArtifactEntries, ArbitraryBytesAreHandled) {
  const std::vector<uint8_t> bytes = read_bytes(artifacts().front());
  StatusOr<bytecode::Container> container = bytecode::read_container(bytes);
  ASSERT_TRUE(container.ok()) << container.status().to_string();
  ContainerResolver resolver(*container);
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<uint8_t>(state >> 56);
  };
  for (int i = 0; i < 20000; ++i) {
    std::vector<uint8_t> entry(next() % 24);
    for (uint8_t& b : entry) b = next();
    if (!entry.empty()) entry[0] = static_cast<uint8_t>(((next() % 44) << 1) | 1);
    for (std::string_view dialect : {"vhlo", "builtin"}) {
      (void)decode_attribute(dialect, true, bytecode::ByteReader(entry, 0), resolver);
      (void)decode_type(dialect, true, bytecode::ByteReader(entry, 0), resolver);
    }
  }
}

}  // namespace
}  // namespace metallib::stablehlo::vhlo
