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

}  // namespace metallib::stablehlo::bytecode
