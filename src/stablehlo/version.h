// The VHLO versions this plugin accepts. The newest one is reported to jaxlib
// as the plugin attribute `stablehlo_current_version`; jaxlib then
// serializes programs at min(this, its own current version).
#pragma once

#include <array>
#include <cstdint>

namespace metallib::stablehlo {

// StableHLO 1.22.0 is what jaxlib 0.12 emits as its current version.
inline constexpr std::array<int64_t, 3> kNewestVhloVersion = {1, 22, 0};

}  // namespace metallib::stablehlo
