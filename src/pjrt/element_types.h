// Conversion between PJRT_Buffer_Type and our element types.
#pragma once

#include "base/status.h"
#include "ir/element_type.h"
#include "pjrt/abi/pjrt_abi.h"

namespace metallib::pjrt {

// Fails, naming the type, for PJRT types JAX arrays never hold (S1, U1,
// TOKEN, INVALID) or that this plugin does not know.
StatusOr<ir::ElementType> from_pjrt_type(PJRT_Buffer_Type type);
PJRT_Buffer_Type to_pjrt_type(ir::ElementType type);

}  // namespace metallib::pjrt
