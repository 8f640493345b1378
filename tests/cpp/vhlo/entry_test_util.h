// Helpers for the entry decoder tests: a writer of MLIR bytecode primitives
// and a resolver over canned entries.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo::testing {

// Bytes of one entry, built field by field.
class Bytes {
 public:
  // MLIR's prefix varint: n bytes hold the value shifted left by n, with a
  // single 1 bit marking the length; 9 bytes start with a zero byte.
  Bytes& varint(uint64_t value) {
    int n = 1;
    while (n < 9 && value >= (uint64_t{1} << (7 * n))) ++n;
    if (n == 9) {
      data_.push_back(0);
      for (int i = 0; i < 8; ++i) data_.push_back(static_cast<uint8_t>(value >> (8 * i)));
      return *this;
    }
    const uint64_t encoded = (value << n) | (uint64_t{1} << (n - 1));
    for (int i = 0; i < n; ++i) data_.push_back(static_cast<uint8_t>(encoded >> (8 * i)));
    return *this;
  }
  Bytes& svarint(int64_t value) {
    return varint((static_cast<uint64_t>(value) << 1) ^ static_cast<uint64_t>(value >> 63));
  }
  Bytes& byte(uint8_t value) {
    data_.push_back(value);
    return *this;
  }
  Bytes& raw(const std::vector<uint8_t>& values) {
    data_.insert(data_.end(), values.begin(), values.end());
    return *this;
  }
  // A blob: varint size, then the bytes.
  Bytes& blob(const std::vector<uint8_t>& values) { return varint(values.size()).raw(values); }
  Bytes& svarints(const std::vector<int64_t>& values) {
    varint(values.size());
    for (int64_t v : values) svarint(v);
    return *this;
  }
  const std::vector<uint8_t>& data() const { return data_; }

 private:
  std::vector<uint8_t> data_;
};

// Canned entries by index; anything else is NOT_FOUND.
class FakeResolver : public EntryResolver {
 public:
  StatusOr<const ir::Attribute*> attribute(uint64_t index) override {
    auto it = attributes.find(index);
    if (it == attributes.end()) return not_found("attribute " + std::to_string(index));
    return &it->second;
  }
  StatusOr<const DecodedType*> type(uint64_t index) override {
    auto it = types.find(index);
    if (it == types.end()) return not_found("type " + std::to_string(index));
    return &it->second;
  }
  StatusOr<ir::SharedLocation> location(uint64_t index) override {
    auto it = locations.find(index);
    if (it == locations.end()) return not_found("location " + std::to_string(index));
    return kept->keep_location(it->second);
  }
  ir::SharedLocation keep_location(const ir::Location& location) override {
    return kept->keep_location(location);
  }
  StatusOr<std::string_view> string(uint64_t index) override {
    auto it = strings.find(index);
    if (it == strings.end()) return not_found("string " + std::to_string(index));
    return std::string_view(it->second);
  }

  std::map<uint64_t, ir::Attribute> attributes;
  std::map<uint64_t, DecodedType> types;
  std::map<uint64_t, ir::Location> locations;  // leaves only
  std::unique_ptr<ir::Storage> kept = std::make_unique<ir::Storage>();
  std::map<uint64_t, std::string> strings;
};

// Type indices the standard resolver knows.
inline constexpr uint64_t kF32 = 0, kI32 = 1, kI64 = 2, kI1 = 3, kUi8 = 4, kBf16 = 5, kF8 = 6,
                          kI4 = 7, kC64 = 8, kIndex = 9, kNone = 10, kTensor2x3F32 = 11,
                          kTensor3I1 = 12, kTensor10I1 = 13, kTensor2I4 = 14, kToken = 15,
                          kFunction = 16, kF16 = 17, kTensor2C64 = 18, kTensorDynF32 = 19,
                          kTf32 = 20;

inline FakeResolver standard_resolver() {
  using ir::ElementType;
  FakeResolver r;
  r.types = {
      {kF32, ElementType::kF32},
      {kI32, ElementType::kS32},
      {kI64, ElementType::kS64},
      {kI1, ElementType::kPred},
      {kUi8, ElementType::kU8},
      {kBf16, ElementType::kBF16},
      {kF8, ElementType::kF8E4M3FN},
      {kI4, ElementType::kS4},
      {kC64, ElementType::kC64},
      {kIndex, OtherType::kIndex},
      {kNone, OtherType::kNone},
      {kTensor2x3F32, ir::Type::tensor(ElementType::kF32, {2, 3})},
      {kTensor3I1, ir::Type::tensor(ElementType::kPred, {3})},
      {kTensor10I1, ir::Type::tensor(ElementType::kPred, {10})},
      {kTensor2I4, ir::Type::tensor(ElementType::kS4, {2})},
      {kToken, ir::Type::token()},
      {kFunction, FunctionSignature{{ir::Type::tensor(ElementType::kF32, {})}, {}}},
      {kF16, ElementType::kF16},
      {kTensor2C64, ir::Type::tensor(ElementType::kC64, {2})},
      {kTensorDynF32, ir::Type::tensor(ElementType::kF32, {ir::kDynamicDim})},
      {kTf32, ElementType::kTF32},
  };
  r.strings = {{0, "main"}, {1, "jax.result_info"}, {2, "result"}, {3, "file.py"}, {4, "sin"}};
  r.attributes = {
      {0, ir::Attribute{ir::StringAttr{"jax.result_info"}}},
      {1, ir::Attribute{ir::StringAttr{"result"}}},
      {2, ir::Attribute{ir::IntegerAttr{7, ir::ElementType::kS64}}},
      {3, ir::Attribute{ir::StringAttr{"file.py"}}},
      {4, ir::Attribute{ir::StringAttr{"sin"}}},
      {5, ir::Attribute{ir::IntegerAttr{2, ir::ElementType::kS32}}},  // a decoded mode
      {6, ir::Attribute{ir::StringAttr{"a"}}},
      // A decoded vhlo type_extensions_v1: bounds <?, 8>.
      {7, ir::Attribute{ir::DenseI64ArrayAttr{{ir::kDynamicDim, 8}}}},
  };
  r.locations = {{0, ir::Location{}},
                 {1, ir::Location::file("file.py", 3, 4)},
                 {2, ir::Location::file("lib.py", 10, 1)}};
  return r;
}

inline bytecode::ByteReader reader_of(const Bytes& bytes, size_t base_offset = 100) {
  return bytecode::ByteReader(bytes.data(), base_offset);
}

}  // namespace metallib::stablehlo::vhlo::testing
