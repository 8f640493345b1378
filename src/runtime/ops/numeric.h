// Numeric building blocks shared by op families: sign bits, integer limits
// and exact integer division, built from MLX ops so they trace and fuse.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

bool is_floating(mx::Dtype dtype);  // real floating point
bool is_complex(mx::Dtype dtype);

// The unsigned integer dtype of the same width as `dtype` (for bit views).
mx::Dtype unsigned_of_width(mx::Dtype dtype);

// True where the sign bit of a float is set (so -0.0 and -NaN count).
mx::array sign_bit(const mx::array& x);

// A divisor safe to hand to MLX: 1 wherever `y` is 0, and, for signed types,
// wherever x / y would overflow (MIN / -1). Integer division by zero or that
// overflow can kill the process with SIGFPE on x86.
mx::array safe_divisor(const mx::array& x, const mx::array& y);

// x / y rounded toward zero, for integers; defined as XLA defines it at the
// edges: x / 0 is -1 (all ones for unsigned) and MIN / -1 is MIN.
mx::array integer_divide(const mx::array& x, const mx::array& y);
// x - trunc(x / y) * y, for integers: x % 0 is x, MIN % -1 is 0.
mx::array integer_remainder(const mx::array& x, const mx::array& y);

// The complex array with real part `re` and imaginary part `im` (same
// shape): the parts are laid side by side and viewed as complex, which
// keeps NaN and -0.0 parts exactly (re + im * i would mix them).
mx::array make_complex(const mx::array& re, const mx::array& im, mx::Dtype dtype);

// `x` (float64 or an integer type) rounded to float32 *to odd*: an inexact
// result is moved toward zero and its last bit set, so it never sits on a
// tie of a narrower type, and rounding it again to at most 22 significant
// bits rounds `x` once. Exact while `x` converts back without overflow.
mx::array to_float32_odd(const mx::array& x);

// 2^k as float32 or float64 `dtype`, for integral k (of any numeric dtype)
// within its normal exponent range, built from the bits.
mx::array power_of_two(const mx::array& k, mx::Dtype dtype);

// XLA's maximum (max = true) or minimum of two floats: NaN if either is NaN,
// and -0.0 ordered below +0.0 (MLX's answer there depends on operand order).
mx::array float_max_or_min(const mx::array& x, const mx::array& y, bool max);

}  // namespace metallib::runtime::ops
