// The random-number op family's parts, each in its own file; rng.cc
// registers them all.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/lowering.h"

namespace metallib::runtime::ops {

// rng_bit_generator (rng_bits.cc).
void register_rng_bit_generator(LoweringTable& table);

}  // namespace metallib::runtime::ops
