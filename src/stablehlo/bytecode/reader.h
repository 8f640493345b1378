// Reads the container structure of an MLIR bytecode artifact, the form in
// which jaxlib hands programs to the plugin (a VHLO portable artifact).
#pragma once

#include <cstdint>
#include <span>

#include "base/status.h"
#include "stablehlo/bytecode/container.h"

namespace metallib::stablehlo::bytecode {

// Parses `bytes` (format version 5 or 6) into a Container that borrows from
// `bytes`. Any malformed input gives INVALID_ARGUMENT naming the byte offset
// and what was expected there; memory use is bounded by the input's size.
StatusOr<Container> read_container(std::span<const uint8_t> bytes);

// The same without the op tree: the tables, and Container::ir_section for
// read_ir() to stream. Readers that turn ops into something else at once
// (the module reader) take this path and never hold the whole tree.
StatusOr<Container> read_container_tables(std::span<const uint8_t> bytes);
// The same into `container`, cleared first: a reader of program after
// program reuses one Container's tables (see Container::clear()).
Status read_container_tables(std::span<const uint8_t> bytes, Container* container);

// Reads the op tree of `container`'s IR section, handing it to `visitor` as
// it goes (see IrVisitor), with the same checks and errors as
// read_container().
Status read_ir(const Container& container, IrVisitor& visitor);

}  // namespace metallib::stablehlo::bytecode
