#include "bytecode_test_util.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace metallib::stablehlo::bytecode::testing {

std::vector<std::string> artifact_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(METALLIB_BYTECODE_TEST_DATA)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".mlir.bc")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<uint8_t> load_artifact(const std::string& name) {
  std::ifstream file(std::string(METALLIB_BYTECODE_TEST_DATA) + "/" + name, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(file), {});
}

std::vector<uint8_t> varint(uint64_t value) {
  std::vector<uint8_t> out;
  for (int extra = 0; extra < 8; ++extra) {
    if (extra < 8 && value < (uint64_t{1} << (7 * (extra + 1)))) {
      const uint64_t encoded = (value << (extra + 1)) | (uint64_t{1} << extra);
      for (int i = 0; i <= extra; ++i) out.push_back(static_cast<uint8_t>(encoded >> (8 * i)));
      return out;
    }
  }
  out.push_back(0);
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(value >> (8 * i)));
  return out;
}

Writer& Writer::byte(uint8_t value) {
  data_.push_back(value);
  return *this;
}
Writer& Writer::bytes(const std::vector<uint8_t>& values) {
  data_.insert(data_.end(), values.begin(), values.end());
  return *this;
}
Writer& Writer::text(std::string_view value) {
  data_.insert(data_.end(), value.begin(), value.end());
  return *this;
}
Writer& Writer::var(uint64_t value) {
  return bytes(varint(value));
}

Writer& Writer::section(uint8_t id, const std::vector<uint8_t>& data, uint64_t alignment) {
  byte(static_cast<uint8_t>(id | (alignment ? 0x80 : 0)));
  var(data.size());
  if (alignment) {
    var(alignment);
    while (data_.size() % alignment != 0) byte(0xCB);
  }
  return bytes(data);
}

HandArtifact hand_artifact(const std::vector<uint8_t>& ir) {
  HandArtifact artifact;
  // Lengths (with NUL) last string first, then the strings in order.
  Writer strings;
  strings.var(4).var(3).var(5).var(7).var(8);
  strings.text(std::string_view("builtin\0module\0test\0op\0", 23));
  artifact.strings = strings.data();
  // Dialects: builtin (string 0), test (string 2); 2 op names: builtin.module
  // registered, test.op unregistered.
  Writer dialects;
  dialects.var(2).var(0 << 1).var(2 << 1);   // builtin, test; no versions
  dialects.var(2);                           // 2 op names in all
  dialects.var(0).var(1).var((1 << 1) | 1);  // builtin: "module", registered
  dialects.var(1).var(1).var(3 << 1);        // test: "op", unregistered
  artifact.dialects = dialects.data();
  artifact.attr_types = Writer().text(std::string_view("loc\0i32\0", 8)).data();
  // 1 attribute, 1 type, each in a group of dialect 1 (test), textual.
  artifact.attr_type_offsets =
      Writer().var(1).var(1).var(1).var(1).var(4 << 1).var(1).var(1).var(4 << 1).data();
  artifact.ir = ir;
  return artifact;
}

std::vector<uint8_t> HandArtifact::assemble() const {
  Writer writer;
  writer.byte('M').byte('L').byte(0xEF).byte('R').var(version).text("hand").byte(0);
  writer.section(0, strings)
      .section(1, dialects)
      .section(2, attr_types)
      .section(3, attr_type_offsets)
      .section(8, properties)
      .section(4, ir);
  return writer.data();
}

std::vector<uint8_t> trivial_ir() {
  // One op: test.op (name 1), empty mask, location attribute 0.
  return Writer().var(1 << 1).var(1).byte(0).var(0).data();
}

namespace {

void count_in_block(const Container& container, const RawBlock& block,
                    std::map<std::string, int>* ops, int* regions) {
  for (const RawOp& op : block.ops) {
    ++(*ops)[full_op_name(container, op.name)];
    for (const RawRegion& region : op.regions) {
      ++*regions;
      for (const RawBlock& inner : region.blocks)
        count_in_block(container, inner, ops, regions);
    }
  }
}

std::string check_block(const Container& container, const RawBlock& block,
                        std::vector<const RawRegion*>& chain) {
  for (const RawOp& op : block.ops) {
    for (uint32_t operand : op.operands) {
      bool found = false;
      for (auto it = chain.rbegin(); it != chain.rend() && !found; ++it) {
        found = find_value(**it, operand).has_value();
      }
      if (!found) {
        return full_op_name(container, op.name) + " at byte " + std::to_string(op.offset) +
               ": operand " + std::to_string(operand) + " does not resolve";
      }
    }
    for (const RawRegion& region : op.regions) {
      std::vector<const RawRegion*> inner_chain;
      if (!op.isolated_from_above) inner_chain = chain;
      inner_chain.push_back(&region);
      for (const RawBlock& inner : region.blocks) {
        std::string error = check_block(container, inner, inner_chain);
        if (!error.empty()) return error;
      }
    }
  }
  return "";
}

}  // namespace

std::map<std::string, int> count_ops(const Container& container) {
  std::map<std::string, int> ops;
  int regions = 0;
  count_in_block(container, container.top_level, &ops, &regions);
  return ops;
}

int count_regions(const Container& container) {
  std::map<std::string, int> ops;
  int regions = 0;
  count_in_block(container, container.top_level, &ops, &regions);
  return regions;
}

std::string check_operands_resolve(const Container& container) {
  std::vector<const RawRegion*> chain;
  return check_block(container, container.top_level, chain);
}

}  // namespace metallib::stablehlo::bytecode::testing
