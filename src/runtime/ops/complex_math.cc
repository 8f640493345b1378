#include "runtime/ops/complex_math.h"

#include <cmath>
#include <limits>
#include <utility>

#include "runtime/ops/float32_math.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

// complex64's parts are float32.
mx::array f32(double value) {
  return scalar(value, mx::float32);
}

mx::array infinity() {
  return f32(std::numeric_limits<double>::infinity());
}

mx::array nan_f32() {
  return f32(std::numeric_limits<double>::quiet_NaN());
}

mx::array complex_of(const mx::array& re, const mx::array& im) {
  // A scalar part (a constant answer) is broadcast to the other's shape.
  const mx::Shape shape = mx::broadcast_shapes(re.shape(), im.shape());
  return make_complex(mx::broadcast_to(re, shape), mx::broadcast_to(im, shape), mx::complex64);
}

mx::array is_zero(const mx::array& x) {
  return mx::equal(x, f32(0.0));
}

mx::array is_infinite(const mx::array& x) {
  return mx::equal(mx::abs(x), infinity());
}

mx::array either(const mx::array& a, const mx::array& b) {
  return mx::logical_or(a, b);
}

mx::array both(const mx::array& a, const mx::array& b) {
  return mx::logical_and(a, b);
}

// copysign(magnitude, sign_source) for float32 (NaN signs count).
mx::array copy_sign(const mx::array& magnitude, const mx::array& sign_source) {
  const mx::array m = mx::abs(magnitude);
  return mx::where(sign_bit(sign_source), mx::negative(m), m);
}

// XLA's CPU backend runs with subnormals flushed to zero; where a subnormal
// ratio later meets an infinity, the flushed zero makes NaN there, so the
// ratios of complex_divide are flushed the same way.
mx::array flush_subnormal(const mx::array& x) {
  const mx::array tiny = f32(static_cast<double>(std::numeric_limits<float>::min()));
  return mx::where(mx::less(mx::abs(x), tiny), copy_sign(f32(0.0), x), x);
}

// |a + bi| as max * sqrt(1 + (min / max)^2), which neither overflows nor
// underflows. min and max propagate NaN, so |inf + NaN i| is NaN, as XLA's
// abs, sign and power give it. (0, 0) and (inf, inf) make the ratio NaN;
// the answer is then min.
struct AbsTerms {
  mx::array min, max, ratio_square_plus_one;
};

AbsTerms abs_terms(const mx::array& a, const mx::array& b) {
  const mx::array abs_a = mx::abs(a), abs_b = mx::abs(b);
  const mx::array max = float_max_or_min(abs_a, abs_b, true);
  const mx::array min = float_max_or_min(abs_a, abs_b, false);
  const mx::array ratio = mx::divide(min, max);
  return {min, max, mx::add(mx::multiply(ratio, ratio), f32(1.0))};
}

mx::array nan_to(const mx::array& value, const mx::array& fallback) {
  return mx::where(mx::isnan(value), fallback, value);
}

mx::array abs_of(const mx::array& a, const mx::array& b) {
  const AbsTerms t = abs_terms(a, b);
  return nan_to(mx::multiply(t.max, mx::sqrt(t.ratio_square_plus_one)), t.min);
}

// 1 / sqrt|z| = rsqrt(max) rsqrt(sqrt(1 + (min / max)^2)).
mx::array rsqrt_abs_of(const mx::array& a, const mx::array& b) {
  const AbsTerms t = abs_terms(a, b);
  const mx::array scale = mx::rsqrt(mx::sqrt(t.ratio_square_plus_one));
  return nan_to(mx::multiply(mx::rsqrt(t.max), scale), mx::rsqrt(t.min));
}

// cos(x) - 1 without cancellation near 0.
mx::array cos_minus_one(const mx::array& x) {
  const mx::array half_sine = mx::sin(mx::multiply(x, f32(0.5)));
  return mx::multiply(f32(-2.0), mx::square(half_sine));
}

// tanh(a + bi) as XLA computes it: (e^2a - e^-2a + 4i cos b sin b) /
// (e^2a + e^-2a - 2 + 4 cos^2 b), with the sums of exponentials
// from expm1, the limit +-1 once they overflow, and XLA's answers where b
// is infinite or NaN: NaN + NaN i for finite a, +-1 + 0i for infinite a.
std::pair<mx::array, mx::array> tanh_parts(const mx::array& a, const mx::array& b) {
  const mx::array two_a = mx::add(a, a);
  const mx::array up = mx::expm1(two_a), down = mx::expm1(mx::negative(two_a));
  const mx::array cos_b = mx::cos(b), sin_b = mx::sin(b);
  const mx::array exp_sum_minus_two = mx::add(up, down);
  const mx::array denominator =
      mx::add(exp_sum_minus_two, mx::multiply(mx::square(cos_b), f32(4.0)));
  const mx::array imag_numerator = mx::multiply(f32(4.0), mx::multiply(cos_b, sin_b));
  const mx::array overflowed = mx::equal(exp_sum_minus_two, infinity());
  mx::array re = mx::where(overflowed, copy_sign(f32(1.0), a),
                           mx::divide(mx::subtract(up, down), denominator));
  mx::array im = mx::divide(imag_numerator, denominator);
  const mx::array b_not_finite = mx::isnan(imag_numerator);  // sin and cos of inf or NaN
  const mx::array a_infinite = is_infinite(a);
  re = mx::where(both(b_not_finite, mx::logical_not(a_infinite)), nan_f32(), re);
  im = mx::where(either(is_zero(b), both(a_infinite, b_not_finite)), f32(0.0), im);
  return {re, im};
}

}  // namespace

// e^a (cos b + i sin b). Where e^a overflows, e^(a/2) twice keeps parts
// that are still finite (e^89.5 sin 1e-30); b = 0 gives an imaginary part
// of +0, also for a = inf or NaN (XLA: exp(inf + 0i) = inf + 0i).
mx::array complex_exp(const mx::array& z) {
  const mx::array a = mx::real(z), b = mx::imag(z);
  const mx::array e = exp_float32(a);
  const mx::array e_half = exp_float32(mx::multiply(a, f32(0.5)));
  const mx::array overflowed = mx::equal(e, infinity());
  const auto scaled = [&](const mx::array& factor) {
    return mx::where(overflowed, mx::multiply(mx::multiply(e_half, factor), e_half),
                     mx::multiply(e, factor));
  };
  const mx::array re = scaled(mx::cos(b));
  const mx::array im = mx::where(is_zero(b), f32(0.0), scaled(mx::sin(b)));
  return complex_of(re, im);
}

// (expm1(a) cos b + (cos b - 1)) + i e^a sin b keeps precision near 0; the
// imaginary part is +0 where b = 0 (XLA's answer for huge a, where e^a sin b
// would be inf * 0).
mx::array complex_expm1(const mx::array& z) {
  const mx::array a = mx::real(z), b = mx::imag(z);
  const mx::array grown = mx::expm1(a);
  const mx::array cos_b_minus_one = cos_minus_one(b);
  const mx::array re =
      mx::add(mx::multiply(grown, mx::add(cos_b_minus_one, f32(1.0))), cos_b_minus_one);
  const mx::array im =
      mx::where(is_zero(b), f32(0.0), mx::multiply(mx::add(grown, f32(1.0)), mx::sin(b)));
  return complex_of(re, im);
}

// |z|^(-1/2) (cos(-t/2) + i sin(-t/2)), with XLA's answers: inf + NaN i at
// 0, and zeros signed like (a, -b) where a is infinite or b is infinite
// and a NaN.
mx::array complex_rsqrt(const mx::array& z) {
  const mx::array a = mx::real(z), b = mx::imag(z);
  const mx::array r = rsqrt_abs_of(a, b);
  const mx::array angle = mx::multiply(mx::arctan2(b, a), f32(-0.5));
  mx::array re = mx::multiply(r, mx::cos(angle));
  mx::array im = mx::multiply(r, mx::sin(angle));
  const mx::array to_zero = either(both(is_infinite(b), mx::isnan(a)), is_infinite(a));
  re = mx::where(to_zero, copy_sign(f32(0.0), a), re);
  im = mx::where(to_zero, mx::negative(copy_sign(f32(0.0), b)), im);
  const mx::array at_zero = both(is_zero(a), is_zero(b));
  return complex_of(mx::where(at_zero, infinity(), re), mx::where(at_zero, nan_f32(), im));
}

mx::array complex_tanh(const mx::array& z) {
  auto [re, im] = tanh_parts(mx::real(z), mx::imag(z));
  return complex_of(re, im);
}

// tan(a + bi) = -i tanh(-b + ai).
mx::array complex_tan(const mx::array& z) {
  auto [re, im] = tanh_parts(mx::negative(mx::imag(z)), mx::real(z));
  return complex_of(im, mx::negative(re));
}

mx::array complex_abs(const mx::array& z) {
  return abs_of(mx::real(z), mx::imag(z));
}

mx::array complex_exp2(const mx::array& z) {
  const mx::array ln2 = f32(0.6931471805599453);
  // The parts scaled separately, so that an infinite part meets no zero.
  const mx::array a = mx::multiply(mx::real(z), ln2), b = mx::multiply(mx::imag(z), ln2);
  const mx::array scaled = complex_of(a, b);
  return mx::where(both(mx::isfinite(a), mx::isfinite(b)), complex_exp(scaled),
                   mx::exp(scaled));
}

mx::array complex_log2(const mx::array& z) {
  const mx::array inverse_ln2 = f32(1.4426950408889634);
  const mx::array a = mx::real(z), b = mx::imag(z);
  const mx::array angle = mx::arctan2(b, a);
  const mx::array nan = either(mx::isnan(a), mx::isnan(b));
  return complex_of(mx::multiply(mx::log(abs_of(a, b)), inverse_ln2),
                    mx::where(nan, nan_f32(), mx::multiply(angle, inverse_ln2)));
}

// z / |z|, and z itself where z = 0 (signed zeros kept). At infinities the
// quotients give XLA's NaN parts: sign(inf + i) = NaN + 0i.
mx::array complex_sign(const mx::array& z) {
  const mx::array a = mx::real(z), b = mx::imag(z);
  const mx::array magnitude = abs_of(a, b);
  const mx::array at_zero = both(is_zero(a), is_zero(b));
  return complex_of(mx::where(at_zero, a, mx::divide(a, magnitude)),
                    mx::where(at_zero, b, mx::divide(b, magnitude)));
}

// JAX's expansion of chlo.sinh and chlo.cosh for complex operands: the
// halves folded into the exponent, so e^z / 2 is finite where e^z is not.
mx::array complex_sinh(const mx::array& z) {
  const mx::array log_half = complex_of(f32(std::log(0.5)), f32(0.0));
  return mx::subtract(complex_exp(mx::add(z, log_half)),
                      complex_exp(mx::subtract(log_half, z)));
}

mx::array complex_cosh(const mx::array& z) {
  const mx::array log_half = complex_of(f32(std::log(0.5)), f32(0.0));
  return mx::add(complex_exp(mx::add(z, log_half)), complex_exp(mx::subtract(log_half, z)));
}

mx::array complex_multiply(const mx::array& x, const mx::array& y) {
  const mx::array a = mx::real(x), b = mx::imag(x), c = mx::real(y), d = mx::imag(y);
  return complex_of(mx::subtract(mx::multiply(a, c), mx::multiply(b, d)),
                    mx::add(mx::multiply(a, d), mx::multiply(b, c)));
}

namespace {

// Smith's algorithm: divide by the larger part of y through the ratio of
// the smaller to it.
std::pair<mx::array, mx::array> smith_quotient(const mx::array& a, const mx::array& b,
                                               const mx::array& c, const mx::array& d) {
  const mx::array ratio_cd = flush_subnormal(mx::divide(c, d));
  const mx::array denom_d = mx::add(d, mx::multiply(ratio_cd, c));
  const mx::array ratio_dc = flush_subnormal(mx::divide(d, c));
  const mx::array denom_c = mx::add(c, mx::multiply(ratio_dc, d));
  const mx::array d_larger = mx::less(mx::abs(c), mx::abs(d));
  return {mx::where(d_larger, mx::divide(mx::add(mx::multiply(a, ratio_cd), b), denom_d),
                    mx::divide(mx::add(a, mx::multiply(b, ratio_dc)), denom_c)),
          mx::where(d_larger, mx::divide(mx::subtract(mx::multiply(b, ratio_cd), a), denom_d),
                    mx::divide(mx::subtract(b, mx::multiply(a, ratio_dc)), denom_c))};
}

// XLA's answers where Smith's quotient is NaN + NaN i, the first that
// applies: y = 0 (inf with c's sign times x), x infinite and y finite (inf
// times combinations of the signs of x's infinite parts), x finite and y
// infinite (signed zeros).
std::pair<mx::array, mx::array> divide_special_cases(const mx::array& a, const mx::array& b,
                                                     const mx::array& c, const mx::array& d,
                                                     const mx::array& re, const mx::array& im) {
  const mx::array zero = f32(0.0), one = f32(1.0);
  const mx::array a_inf = is_infinite(a), b_inf = is_infinite(b);
  const mx::array c_inf = is_infinite(c), d_inf = is_infinite(d);
  // 1 with the part's sign where it is infinite, a signed 0 elsewhere.
  const auto unit = [&](const mx::array& infinite, const mx::array& v) {
    return copy_sign(mx::where(infinite, one, zero), v);
  };
  const mx::array ua = unit(a_inf, a), ub = unit(b_inf, b);
  const mx::array uc = unit(c_inf, c), ud = unit(d_inf, d);
  const mx::array y_zero =
      both(both(is_zero(c), is_zero(d)), mx::logical_not(both(mx::isnan(a), mx::isnan(b))));
  const mx::array x_infinite =
      both(either(a_inf, b_inf), both(mx::isfinite(c), mx::isfinite(d)));
  const mx::array y_infinite =
      both(both(mx::isfinite(a), mx::isfinite(b)), either(c_inf, d_inf));
  const auto pick = [&](const mx::array& zero_case, const mx::array& inf_case,
                        const mx::array& small_case, const mx::array& quotient) {
    return mx::where(
        y_zero, zero_case,
        mx::where(x_infinite, inf_case, mx::where(y_infinite, small_case, quotient)));
  };
  const mx::array signed_inf = copy_sign(infinity(), c);
  return {pick(mx::multiply(signed_inf, a),
               mx::multiply(infinity(), mx::add(mx::multiply(ua, c), mx::multiply(ub, d))),
               mx::multiply(zero, mx::add(mx::multiply(a, uc), mx::multiply(b, ud))), re),
          pick(mx::multiply(signed_inf, b),
               mx::multiply(infinity(), mx::subtract(mx::multiply(ub, c), mx::multiply(ua, d))),
               mx::multiply(zero, mx::subtract(mx::multiply(b, uc), mx::multiply(a, ud))), im)};
}

}  // namespace

mx::array complex_divide(const mx::array& x, const mx::array& y) {
  const mx::array a = mx::real(x), b = mx::imag(x), c = mx::real(y), d = mx::imag(y);
  const auto [re, im] = smith_quotient(a, b, c, d);
  const auto [special_re, special_im] = divide_special_cases(a, b, c, d, re, im);
  const mx::array all_nan = both(mx::isnan(re), mx::isnan(im));
  return complex_of(mx::where(all_nan, special_re, re), mx::where(all_nan, special_im, im));
}

mx::array complex_power(const mx::array& x, const mx::array& y) {
  const mx::array a = mx::real(x), b = mx::imag(x), c = mx::real(y), d = mx::imag(y);
  const mx::array zero = f32(0.0), one = f32(1.0);
  const mx::array magnitude = abs_of(a, b);
  const mx::array angle = mx::arctan2(b, a);
  const mx::array coefficient =
      mx::multiply(mx::power(magnitude, c), exp_float32(mx::multiply(mx::negative(d), angle)));
  const mx::array q = mx::add(mx::multiply(c, angle), mx::multiply(d, mx::log(magnitude)));
  mx::array re = mx::multiply(coefficient, mx::cos(q));
  mx::array im = mx::multiply(coefficient, mx::sin(q));
  // XLA's cases, the later overriding the earlier: 0^c is 0 for real c > 0
  // and 0^0 = 1; x^0 = 1; 1^y = 1; inf^c is inf for real c > 0, 0 for c < 0.
  const mx::array d_zero = is_zero(d), c_zero = is_zero(c), b_zero = is_zero(b);
  const auto set = [&](const mx::array& when, const mx::array& new_re) {
    re = mx::where(when, new_re, re);
    im = mx::where(when, zero, im);
  };
  set(both(both(is_zero(magnitude), d_zero), mx::less_equal(zero, c)),
      mx::where(c_zero, one, zero));
  set(both(c_zero, d_zero), one);
  set(both(mx::equal(a, one), b_zero), one);
  const mx::array inf_base = both(mx::equal(a, infinity()), b_zero);
  set(both(inf_base, both(d_zero, mx::greater(c, zero))), infinity());
  set(both(inf_base, both(d_zero, mx::less(c, zero))), zero);
  return complex_of(re, im);
}

}  // namespace metallib::runtime::ops
