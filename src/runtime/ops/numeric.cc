#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {

bool is_floating(mx::Dtype dtype) {
  return mx::issubdtype(dtype, mx::floating);
}
bool is_complex(mx::Dtype dtype) {
  return mx::issubdtype(dtype, mx::complexfloating);
}

mx::Dtype unsigned_of_width(mx::Dtype dtype) {
  switch (dtype.size()) {
    case 1: return mx::uint8;
    case 2: return mx::uint16;
    case 4: return mx::uint32;
    default: return mx::uint64;
  }
}

mx::array sign_bit(const mx::array& x) {
  const mx::Dtype bits = unsigned_of_width(x.dtype());
  const int shift = bit_width(x.dtype()) - 1;
  return mx::not_equal(mx::right_shift(mx::view(x, bits), scalar(int64_t{shift}, bits)),
                       scalar(int64_t{0}, bits));
}

mx::array safe_divisor(const mx::array& x, const mx::array& y) {
  const mx::Dtype dtype = y.dtype();
  mx::array unsafe = mx::equal(y, scalar(int64_t{0}, dtype));
  if (is_signed_integral(dtype)) {
    unsafe = mx::logical_or(unsafe, mx::logical_and(mx::equal(x, integer_min(dtype)),
                                                    mx::equal(y, scalar(int64_t{-1}, dtype))));
  }
  return mx::where(unsafe, scalar(int64_t{1}, dtype), y);
}

mx::array integer_divide(const mx::array& x, const mx::array& y) {
  const mx::Dtype dtype = x.dtype();
  const mx::array divisor = safe_divisor(x, y);
  mx::array quotient = mx::floor_divide(x, divisor);  // MLX rounds integer quotients down
  if (is_signed_integral(dtype)) {
    // Floor and truncation differ when the division is inexact and the
    // signs differ: step back toward zero.
    const mx::array zero = scalar(int64_t{0}, dtype);
    const mx::array inexact = mx::not_equal(mx::remainder(x, divisor), zero);
    const mx::array signs_differ = mx::not_equal(mx::less(x, zero), mx::less(divisor, zero));
    quotient = mx::where(mx::logical_and(inexact, signs_differ),
                         mx::add(quotient, scalar(int64_t{1}, dtype)), quotient);
    // MIN / -1 ran as MIN / 1 = MIN, which is XLA's answer.
  }
  // All bits set: -1 for signed types, the maximum for unsigned ones.
  const mx::array all_ones =
      is_signed_integral(dtype) ? scalar(int64_t{-1}, dtype) : integer_max(dtype);
  return mx::where(mx::equal(y, scalar(int64_t{0}, dtype)), all_ones, quotient);
}

mx::array integer_remainder(const mx::array& x, const mx::array& y) {
  const mx::Dtype dtype = x.dtype();
  const mx::array divisor = safe_divisor(x, y);
  // Truncated remainder from the quotient; with the safe divisor, MIN % -1
  // becomes MIN - MIN * 1 = 0 as required.
  mx::array remainder = mx::subtract(x, mx::multiply(integer_divide(x, divisor), divisor));
  return mx::where(mx::equal(y, scalar(int64_t{0}, dtype)), x, remainder);
}

mx::array make_complex(const mx::array& re, const mx::array& im, mx::Dtype dtype) {
  const int axis = static_cast<int>(re.ndim());
  return mx::reshape(mx::view(mx::stack({re, im}, axis), dtype), re.shape());
}

mx::array float_max_or_min(const mx::array& x, const mx::array& y, bool max) {
  const mx::array either_nan = mx::logical_or(mx::isnan(x), mx::isnan(y));
  const mx::array x_wins_on_tie = max ? mx::logical_not(sign_bit(x)) : sign_bit(x);
  const mx::array x_wins = mx::logical_or(max ? mx::greater(x, y) : mx::less(x, y),
                                          mx::logical_and(mx::equal(x, y), x_wins_on_tie));
  const mx::array nan = mx::add(x, y);  // NaN wherever either is
  return mx::where(either_nan, nan, mx::where(x_wins, x, y));
}

mx::array to_float32_odd(const mx::array& x) {
  const mx::array nearest = mx::astype(x, mx::float32);
  const mx::array back = mx::astype(nearest, x.dtype());
  mx::array inexact = mx::not_equal(back, x);
  if (is_floating(x.dtype())) inexact = mx::logical_and(inexact, mx::logical_not(mx::isnan(x)));
  const mx::array away = mx::greater(mx::abs(back), mx::abs(x));
  const mx::array bits = mx::view(nearest, mx::uint32);
  const mx::array one = mx::array(1u, mx::uint32);
  const mx::array toward_zero = mx::where(away, mx::subtract(bits, one), bits);
  return mx::view(mx::where(inexact, mx::bitwise_or(toward_zero, one), bits), mx::float32);
}

mx::array power_of_two(const mx::array& k, mx::Dtype dtype) {
  const bool wide = dtype == mx::float64;
  const mx::Dtype bits = wide ? mx::int64 : mx::int32;
  const mx::array biased =
      mx::add(mx::astype(k, bits), scalar(int64_t{wide ? 1023 : 127}, bits));
  return mx::view(mx::left_shift(biased, scalar(int64_t{wide ? 52 : 23}, bits)), dtype);
}

}  // namespace metallib::runtime::ops
