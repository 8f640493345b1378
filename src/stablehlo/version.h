// The VHLO versions this plugin accepts. The newest one is reported to jaxlib
// as the plugin attribute `stablehlo_current_version`; jaxlib then
// serializes programs at min(that, its own current version).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace metallib::stablehlo {

using Version = std::array<int64_t, 3>;

// StableHLO 1.25.3 is what jaxlib 0.12.1 emits as its current version
// (1.23.0 added exp2 and log2, 1.24.0 fma, 1.25.0 the f8E5M3FNU type).
inline constexpr Version kNewestVhloVersion = {1, 25, 3};
// StableHLO 1.13.0 is what jaxlib 0.9.0, the oldest JAX supported, emits
// for a plugin that reports no version (its 12-week compatibility window).
inline constexpr Version kOldestVhloVersion = {1, 13, 0};

// Parses "1.2.3"; nullopt unless it is three non-negative integers.
std::optional<Version> parse_version(const std::string& text);
std::string version_string(const Version& version);

// The version to report to jaxlib: kNewestVhloVersion, or the value of
// MPS_STABLEHLO_VERSION when it names a supported version (used to make
// jaxlib emit older artifacts for tests). A bad value is logged and ignored.
Version reported_version();

}  // namespace metallib::stablehlo
