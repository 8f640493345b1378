// Location entries of the builtin dialect, written as text: "file":line:col,
// name(child), callsite(callee at caller), fused[a, b]; an unknown location
// is empty. Locations nest, and an op's location usually wraps a call-site
// chain shared with its neighbours, so the text is appended into one output
// string, children through EntryResolver::append_location, rather than
// built per entry and copied into each parent. Internal to the decoders.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

// Whether builtin attribute `code` is one of the location kinds.
bool is_builtin_location(uint64_t code);

// Appends the text of the location entry whose code `reader` has just read.
Status append_builtin_location(uint64_t code, bytecode::ByteReader& reader,
                               EntryResolver& resolver, std::string* out);

}  // namespace metallib::stablehlo::vhlo
