// Helpers for the bytecode reader tests: loading the checked-in artifacts,
// writing small artifacts by hand, and walking a Container.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stablehlo/bytecode/container.h"

namespace metallib::stablehlo::bytecode::testing {

// Names of the checked-in artifacts (without directory), e.g.
// "while_loop.v1_22_0.mlir.bc".
std::vector<std::string> artifact_names();
std::vector<uint8_t> load_artifact(const std::string& name);

// MLIR's prefix varint, for hand-written inputs.
std::vector<uint8_t> varint(uint64_t value);

// Appends bytes and varints; sections frame their contents.
class Writer {
 public:
  Writer& byte(uint8_t value);
  Writer& bytes(const std::vector<uint8_t>& values);
  Writer& text(std::string_view value);  // without a NUL
  Writer& var(uint64_t value);
  // A section with id, length, optional alignment and 0xCB padding (counted
  // from the start of this writer's bytes, which must be the artifact).
  Writer& section(uint8_t id, const std::vector<uint8_t>& data, uint64_t alignment = 0);
  const std::vector<uint8_t>& data() const { return data_; }

 private:
  std::vector<uint8_t> data_;
};

// The sections of a small artifact, each replaceable before assemble():
// strings "builtin", "module", "test", "op"; dialects builtin and test; op
// names builtin.module (registered) and test.op (unregistered); one textual
// attribute and one textual type; empty properties; and `ir` as the IR section.
struct HandArtifact {
  uint64_t version = 6;
  std::vector<uint8_t> strings;
  std::vector<uint8_t> dialects;
  std::vector<uint8_t> attr_types;
  std::vector<uint8_t> attr_type_offsets;
  std::vector<uint8_t> properties;
  std::vector<uint8_t> ir;
  std::vector<uint8_t> assemble() const;
};
HandArtifact hand_artifact(const std::vector<uint8_t>& ir);
// The IR of a top-level block holding one test.op with nothing else.
std::vector<uint8_t> trivial_ir();

// Ops counted by full name ("vhlo.add_v1"), over the whole tree.
std::map<std::string, int> count_ops(const Container& container);
int count_regions(const Container& container);

// Resolves every operand through find_value() along the chain of enclosing
// regions of its scope; returns a description of the first failure, or "".
std::string check_operands_resolve(const Container& container);

}  // namespace metallib::stablehlo::bytecode::testing
