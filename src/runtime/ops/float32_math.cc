#include "runtime/ops/float32_math.h"

#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

mx::array f32(double value) {
  return scalar(value, mx::float32);
}

}  // namespace

// e^x = 2^n e^r with n = round(x / ln 2) and r = x - n ln 2 (ln 2 in two
// parts, the first short enough that n times it is exact), |r| <= ln 2 / 2,
// where expm1 is accurate and 1 + expm1(r) rounds once. x is clamped first
// so that n fits; 2^n is applied in two halves so that 2^-150 and 2^128
// (the ends of float32, where the result is 0 or inf) are reachable.
mx::array exp_float32(const mx::array& x) {
  const mx::array clamped = mx::clip(x, f32(-104.0), f32(89.0));
  const mx::array n = mx::round(mx::multiply(clamped, f32(1.4426950408889634)));
  const mx::array r =
      mx::subtract(mx::subtract(clamped, mx::multiply(n, f32(0.693145751953125))),
                   mx::multiply(n, f32(1.4286068203094173e-06)));
  const mx::array half = mx::floor(mx::multiply(n, f32(0.5)));
  const mx::array scaled = mx::multiply(
      mx::multiply(mx::add(mx::expm1(r), f32(1.0)), power_of_two(half, mx::float32)),
      power_of_two(mx::subtract(n, half), mx::float32));
  return mx::where(mx::isnan(x), x, scaled);
}

}  // namespace metallib::runtime::ops
