#include "stablehlo/version.h"

#include <cstdlib>

#include "base/log.h"

namespace metallib::stablehlo {

std::optional<Version> parse_version(const std::string& text) {
  Version version{};
  size_t position = 0;
  for (int part = 0; part < 3; ++part) {
    if (position >= text.size() || text[position] < '0' || text[position] > '9') {
      return std::nullopt;
    }
    int64_t value = 0;
    while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
      value = value * 10 + (text[position++] - '0');
      if (value > 1'000'000) return std::nullopt;
    }
    version[part] = value;
    if (part < 2) {
      if (position >= text.size() || text[position] != '.') return std::nullopt;
      ++position;
    }
  }
  if (position != text.size()) return std::nullopt;
  return version;
}

std::string version_string(const Version& version) {
  return std::to_string(version[0]) + "." + std::to_string(version[1]) + "." +
         std::to_string(version[2]);
}

Version reported_version() {
  const char* text = std::getenv("MPS_STABLEHLO_VERSION");
  if (text == nullptr || *text == '\0') return kNewestVhloVersion;
  std::optional<Version> version = parse_version(text);
  if (!version || *version < kOldestVhloVersion || *version > kNewestVhloVersion) {
    METALLIB_LOG(kWarn) << "ignoring MPS_STABLEHLO_VERSION=" << text
                        << ": supported versions are " << version_string(kOldestVhloVersion)
                        << " to " << version_string(kNewestVhloVersion);
    return kNewestVhloVersion;
  }
  return *version;
}

}  // namespace metallib::stablehlo
