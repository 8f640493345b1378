// Values of floating-point bit patterns of every float element type of the
// IR (IEEE, bf16, the fp8 families and fp4), so that float attributes of any
// width become a double. Internal to the reader.
#pragma once

#include <cstdint>

#include "ir/element_type.h"

namespace metallib::stablehlo::vhlo {

// The value of the low element_bit_width(type) bits of `bits`; every fp8 and
// fp4 value is exact in a double. `type` must satisfy ir::is_float().
double float_from_bits(ir::ElementType type, uint64_t bits);

}  // namespace metallib::stablehlo::vhlo
