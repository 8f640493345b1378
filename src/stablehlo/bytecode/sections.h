// Readers of the table sections of MLIR bytecode, each filling its part of a
// Container. Internal to read_container(); the string section must be read
// first and the dialect section before the others that name dialects.
#pragma once

#include <optional>

#include "base/status.h"
#include "stablehlo/bytecode/container.h"

namespace metallib::stablehlo::bytecode {

Status read_string_section(const ByteRange& section, Container* container);
Status read_dialect_section(const ByteRange& section, Container* container);
Status read_attr_type_sections(const ByteRange& data, const ByteRange& offsets,
                               Container* container);
Status read_properties_section(const ByteRange& section, Container* container);
Status read_resource_sections(const std::optional<ByteRange>& data,
                              const std::optional<ByteRange>& offsets, Container* container);

// The op tree of Container::ir_section, kept in Container::top_level
// (ir_section.cc).
Status read_ir_tree(Container* container);

}  // namespace metallib::stablehlo::bytecode
