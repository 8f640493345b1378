// float64 versions of the math functions whose MLX implementation is only
// single-precision accurate on float64 (measured on MLX 0.32's CPU backend:
// exp 4e-7, sin 2e-5, cos 1e-4 relative error). Built from MLX ops that are
// accurate in float64 (expm1, power, floor, arithmetic), so float64 results
// stay float64-accurate instead of silently degrading.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// e^x to within a few ulps over the whole float64 range.
mx::array exp_f64(const mx::array& x);
// sin and cos to within a few ulps for |x| up to about 1e6 (three-part
// Cody-Waite reduction by pi/2); beyond that the reduction loses digits.
mx::array sin_f64(const mx::array& x);
mx::array cos_f64(const mx::array& x);

}  // namespace metallib::runtime::ops
