// MPS_DUMP_DIR: when set, the plugin writes every program it receives (and,
// later, the IR after each pass) into that directory, for debugging and for
// building test corpora. The variable is read on every call so that a
// process can point successive programs at different directories.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace metallib::dump {

// The dump directory, or nullopt when MPS_DUMP_DIR is unset or empty.
std::optional<std::string> directory();

// A stable 16-hex-digit name for `bytes` (FNV-1a, 64 bits).
std::string content_hash(std::string_view bytes);

// Writes `bytes` to `<MPS_DUMP_DIR>/<file_name>`, creating the directory.
// Returns the path written, or nullopt when dumping is off.
StatusOr<std::optional<std::string>> write(std::string_view file_name, std::string_view bytes);

}  // namespace metallib::dump
