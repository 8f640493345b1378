// The CHLO math functions that jaxlib 0.9 serializes as
// `custom_call @mhlo.<name>` (newer jaxlibs send a stablehlo.composite whose
// decomposition the compiler inlines): sinh, cosh, asin, acos, asinh, acosh,
// atanh for real and complex operands, erf for real ones. custom_call.cc
// maps the target names to these lowerings.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// One operand and one result of the same float type (erf) or float or
// complex64 type (the others).
Status check_mhlo_real_function(const ir::Op& op);
Status check_mhlo_function(const ir::Op& op);

Arrays lower_mhlo_sinh(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_cosh(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_asin(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_acos(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_asinh(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_acosh(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_atanh(const ir::Op& op, const Arrays& x);
Arrays lower_mhlo_erf(const ir::Op& op, const Arrays& x);

}  // namespace metallib::runtime::ops
