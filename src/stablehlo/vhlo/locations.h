// Location entries of the builtin dialect, decoded into ir::Location nodes:
// "file":line:col, name(child), callsite(callee at caller), fused[a, b];
// unknown is null. Locations nest, and the ops of one function share the
// call-site chain that leads to it, so children are resolved by entry index
// (EntryResolver::location), each decoded once and kept, and a node only
// points to them. Internal to the decoders.
#pragma once

#include <cstdint>

#include "base/status.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

// Whether builtin attribute `code` is one of the location kinds.
bool is_builtin_location(uint64_t code);

// Decodes the location entry whose code `reader` has just read, keeping the
// node through the resolver (EntryResolver::keep_location).
StatusOr<ir::SharedLocation> decode_builtin_location(uint64_t code,
                                                     bytecode::ByteReader& reader,
                                                     EntryResolver& resolver);

}  // namespace metallib::stablehlo::vhlo
