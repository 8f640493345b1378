// Reads a StableHLO portable artifact (VHLO in MLIR bytecode) into an
// ir::Module: the top of the reader, over the bytecode container
// (bytecode/) and the VHLO entry decoders (vhlo/).
#pragma once

#include <cstdint>
#include <memory>
#include <span>

#include "base/status.h"
#include "ir/module.h"

namespace metallib::stablehlo {

// Fails, naming the byte offset or the op and its location, on malformed
// input, on a VHLO version outside [kOldestVhloVersion, kNewestVhloVersion],
// and on ops the IR does not know.
StatusOr<std::unique_ptr<ir::Module>> read_module(std::span<const uint8_t> bytes);

}  // namespace metallib::stablehlo
