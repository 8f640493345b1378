// The complex inverse trigonometric and hyperbolic functions as StableHLO's
// CHLO decompositions compute them (Hull, Fairgrieve and Tang's arcsine,
// with cutoffs for float32), which is what XLA runs for chlo.asin and kin,
// and what newer jaxlibs send the plugin as a composite's decomposition.
// jaxlib 0.9 sends custom_call @mhlo.asin and kin instead; MLX's complex
// functions follow C99 and differ at infinities, NaN and huge parts.
#include <cmath>
#include <limits>

#include "runtime/ops/complex_math.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

mx::array f32(double value) {
  return scalar(value, mx::float32);
}

mx::array complex_of(const mx::array& re, const mx::array& im) {
  return make_complex(re, im, mx::complex64);
}

mx::array max_of(const mx::array& a, const mx::array& b) {
  return float_max_or_min(a, b, true);
}

mx::array min_of(const mx::array& a, const mx::array& b) {
  return float_max_or_min(a, b, false);
}

// -v where `negative` holds, v elsewhere.
mx::array negate_where(const mx::array& negative, const mx::array& v) {
  return mx::where(negative, mx::negative(v), v);
}

constexpr double kFloatMax = std::numeric_limits<float>::max();
constexpr double kFloatTiny = std::numeric_limits<float>::min();

// sqrt(a^2 + b^2) for a, b >= 0 as the decompositions compute it: exact
// sqrt(2) a when a = b, and max + max t^2 / 2 where sqrt(1 + t^2) rounds
// to 1 but t^2 does not vanish.
mx::array hypot_of(const mx::array& a, const mx::array& b) {
  const mx::array mx_ = max_of(a, b), mn = min_of(a, b);
  const mx::array t = mx::divide(mn, mx_);
  const mx::array t2 = mx::multiply(t, t);
  const mx::array root = mx::sqrt(mx::add(f32(1.0), t2));
  const mx::array rounds_to_one =
      mx::logical_and(mx::equal(root, f32(1.0)), mx::greater(t2, f32(0.0)));
  const mx::array general =
      mx::where(rounds_to_one, mx::add(mx_, mx::divide(mx::multiply(mx_, t2), f32(2.0))),
                mx::multiply(mx_, root));
  return mx::where(mx::equal(mx_, mn), mx::multiply(f32(M_SQRT2), mx_), general);
}

// The two real quantities of the arcsine of x + yi for x, y >= 0:
// asin = atan2(x, denominator) + i imag, acos = atan2(denominator, x) - i imag.
struct ArcParts {
  mx::array denominator;
  mx::array imag;
};

ArcParts arc_parts(const mx::array& x, const mx::array& y) {
  const mx::array one = f32(1.0), half = f32(0.5);
  // sqrt and the cutoffs below are float32 arithmetic in the decomposition.
  const mx::array safe_max = f32(std::sqrt(static_cast<float>(kFloatMax)) / 8.0f);
  const mx::array xp1 = mx::add(x, one), xm1 = mx::subtract(x, one);
  const mx::array r = hypot_of(mx::abs(xp1), y);
  const mx::array s = hypot_of(mx::abs(xm1), y);
  const mx::array a = mx::multiply(half, mx::add(r, s));
  const mx::array half_apx = mx::multiply(half, mx::add(a, x));
  const mx::array yy = mx::multiply(y, y);
  const mx::array rpxp1 = mx::add(r, xp1);
  const mx::array smxm1 = mx::subtract(s, xm1);
  const mx::array spxm1 = mx::add(s, xm1);

  // The real part's denominator: y itself when huge, else by |x| <= 1.
  const mx::array below_one =
      mx::sqrt(mx::multiply(half_apx, mx::add(mx::divide(yy, rpxp1), smxm1)));
  const mx::array above_one = mx::multiply(
      y, mx::sqrt(mx::add(mx::divide(half_apx, rpxp1), mx::divide(half_apx, spxm1))));
  const mx::array denominator =
      mx::where(mx::greater_equal(max_of(x, y), safe_max), y,
                mx::where(mx::less_equal(x, one), below_one, above_one));

  // The imaginary part: log(2 m) + log1p((x / y)^2) / 2 for huge m, else
  // log1p(a - 1 + sqrt((a - 1)(a + 1))) with a - 1 computed without
  // cancellation, or y / sqrt(...) for tiny y and x < 1.
  const mx::array huge_y_cut =
      mx::where(mx::less(x, mx::multiply(safe_max, f32(1e12))),
                mx::multiply(safe_max, f32(1e-6)), mx::multiply(safe_max, f32(100.0)));
  const mx::array y_large = mx::greater_equal(y, huge_y_cut);
  const mx::array m = mx::where(y_large, y, x);
  const mx::array huge = mx::greater_equal(m, mx::where(y_large, huge_y_cut, safe_max));
  const mx::array ratio = mx::where(mx::logical_and(y_large, mx::not_equal(y, f32(INFINITY))),
                                    mx::divide(x, y), f32(0.0));
  const mx::array imag_huge =
      mx::add(mx::add(f32(std::log(2.0)), mx::log(m)),
              mx::multiply(half, mx::log1p(mx::multiply(ratio, ratio))));

  const mx::array tiny_y = mx::logical_and(
      mx::less(y, f32(std::sqrt(static_cast<float>(kFloatTiny)) * 4.0f)), mx::less(x, one));
  const mx::array half_yy = mx::multiply(half, yy);
  const mx::array half_yy_over_rpxp1 = mx::divide(half_yy, rpxp1);
  const mx::array am1_at_least_one = mx::add(half_yy_over_rpxp1, mx::multiply(half, spxm1));
  const mx::array am1_below_one =
      mx::where(mx::less_equal(a, f32(1.5)),
                mx::add(half_yy_over_rpxp1, mx::divide(half_yy, smxm1)), mx::subtract(a, one));
  const mx::array am1 =
      mx::where(tiny_y, mx::negative(mx::divide(mx::multiply(xp1, xm1), mx::add(a, one))),
                mx::where(mx::greater_equal(x, one), am1_at_least_one, am1_below_one));
  const mx::array root = mx::sqrt(mx::multiply(am1, mx::add(a, one)));
  const mx::array imag_normal =
      mx::where(tiny_y, mx::divide(y, root), mx::log1p(mx::add(am1, root)));
  return {denominator, mx::where(huge, imag_huge, imag_normal)};
}

}  // namespace

mx::array complex_asin(const mx::array& z) {
  const mx::array x = mx::real(z), y = mx::imag(z);
  const ArcParts p = arc_parts(mx::abs(x), mx::abs(y));
  return complex_of(mx::arctan2(x, p.denominator), negate_where(mx::less(y, f32(0.0)), p.imag));
}

mx::array complex_acos(const mx::array& z) {
  const mx::array x = mx::real(z), y = mx::imag(z);
  const ArcParts p = arc_parts(mx::abs(x), mx::abs(y));
  // -imag unless y < 0 (a NaN y gives -imag too).
  return complex_of(mx::arctan2(p.denominator, x),
                    negate_where(mx::logical_not(mx::less(y, f32(0.0))), p.imag));
}

// asinh(x + yi) = i asin(y - xi)-like: the arcsine parts of (|y|, |x|).
mx::array complex_asinh(const mx::array& z) {
  const mx::array x = mx::real(z), y = mx::imag(z);
  const ArcParts p = arc_parts(mx::abs(y), mx::abs(x));
  return complex_of(negate_where(mx::less(x, f32(0.0)), p.imag), mx::arctan2(y, p.denominator));
}

// acosh(x + yi) = +-i acos(x + yi), with the arccosine parts.
mx::array complex_acosh(const mx::array& z) {
  const mx::array x = mx::real(z), y = mx::imag(z);
  const ArcParts p = arc_parts(mx::abs(x), mx::abs(y));
  return complex_of(p.imag, negate_where(mx::less(y, f32(0.0)), mx::arctan2(p.denominator, x)));
}

// atanh(x + yi) = sign(x) log1p(4 |x| / ((1 - |x|)^2 + y^2)) / 4 +
// i atan2(2y, (1 - |x|)(1 + |x|) - y^2) / 2, with the real part's
// quotient rewritten (1 / |x|, or 1 / (|x| / y + y / |x|) / y) and the
// imaginary part sign(y) pi / 2 once a part passes about 2.8e14.
mx::array complex_atanh(const mx::array& z) {
  const mx::array x = mx::real(z), y = mx::imag(z);
  const mx::array one = f32(1.0), zero = f32(0.0), inf = f32(INFINITY);
  const mx::array ax = mx::abs(x), ay = mx::abs(y);
  const double root_limit = 16777218.0;  // the float32 cutoff of the decomposition
  const mx::array limit = f32(root_limit * root_limit);
  const mx::array in_range = mx::logical_and(mx::less(ax, limit), mx::less(ay, limit));
  const mx::array one_minus_ax = mx::subtract(one, ax);
  const mx::array yy = mx::multiply(y, y);
  const mx::array either_infinite =
      mx::logical_or(mx::equal(mx::abs(x), inf), mx::equal(mx::abs(y), inf));
  const mx::array far =
      mx::where(either_infinite, zero,
                mx::divide(mx::divide(one, mx::add(mx::divide(ax, y), mx::divide(y, ax))), y));
  const mx::array quotient = mx::where(
      in_range, mx::divide(ax, mx::add(mx::multiply(one_minus_ax, one_minus_ax), yy)),
      mx::where(mx::less(mx::multiply(ay, f32(root_limit)), ax), mx::divide(one, ax), far));
  const mx::array sign_x = mx::where(mx::greater_equal(x, zero), one, f32(-1.0));
  const mx::array re = mx::multiply(
      mx::multiply(sign_x, mx::log1p(mx::multiply(f32(4.0), quotient))), f32(0.25));
  const mx::array angle = mx::arctan2(
      mx::add(y, y), mx::subtract(mx::multiply(one_minus_ax, mx::add(one, ax)), yy));
  const mx::array sign_y = mx::where(mx::greater_equal(y, zero), one, f32(-1.0));
  const mx::array im =
      mx::multiply(mx::where(in_range, angle, mx::multiply(sign_y, f32(M_PI))), f32(0.5));
  return complex_of(re, im);
}

}  // namespace metallib::runtime::ops
