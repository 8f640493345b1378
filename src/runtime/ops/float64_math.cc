#include "runtime/ops/float64_math.h"

#include <array>

namespace metallib::runtime::ops {
namespace {

mx::array f64(double value) {
  return mx::array(value, mx::float64);
}

// Horner evaluation of sum(coefficients[i] * t^i).
template <size_t N>
mx::array polynomial(const mx::array& t, const std::array<double, N>& coefficients) {
  mx::array sum = f64(coefficients[N - 1]);
  for (size_t i = N - 1; i-- > 0;) sum = mx::add(mx::multiply(sum, t), f64(coefficients[i]));
  return sum;
}

// Taylor coefficients of sin(r)/r and cos(r) in r^2; on |r| <= pi/4 the
// first omitted term is below 1e-19.
constexpr std::array<double, 9> kSinOverR = {1.0,
                                             -1.0 / 6,
                                             1.0 / 120,
                                             -1.0 / 5040,
                                             1.0 / 362880,
                                             -1.0 / 39916800,
                                             1.0 / 6227020800,
                                             -1.0 / 1307674368000,
                                             1.0 / 355687428096000};
constexpr std::array<double, 10> kCos = {1.0,
                                         -1.0 / 2,
                                         1.0 / 24,
                                         -1.0 / 720,
                                         1.0 / 40320,
                                         -1.0 / 3628800,
                                         1.0 / 479001600,
                                         -1.0 / 87178291200,
                                         1.0 / 20922789888000,
                                         -1.0 / 6402373705728000};

// pi/2 split into three parts of 33 significant bits each, so that k * part
// is exact for |k| < 2^20 (the constants of fdlibm's reduction).
constexpr double kPiOver2Part1 = 1.57079632673412561417e+00;
constexpr double kPiOver2Part2 = 6.07710050630396597660e-11;
constexpr double kPiOver2Part3 = 2.02226624871116645580e-21;
constexpr double kTwoOverPi = 6.36619772367581382433e-01;

struct Reduced {
  mx::array r;         // x - k * pi/2, in [-pi/4, pi/4]
  mx::array quadrant;  // k mod 4, as 0, 1, 2 or 3 (float64)
};

Reduced reduce(const mx::array& x) {
  const mx::array k = mx::round(mx::multiply(x, f64(kTwoOverPi)), 0);
  mx::array r = mx::subtract(x, mx::multiply(k, f64(kPiOver2Part1)));
  r = mx::subtract(r, mx::multiply(k, f64(kPiOver2Part2)));
  r = mx::subtract(r, mx::multiply(k, f64(kPiOver2Part3)));
  const mx::array quadrant =
      mx::subtract(k, mx::multiply(mx::floor(mx::divide(k, f64(4.0))), f64(4.0)));
  return {r, quadrant};
}

mx::array sin_of_reduced(const mx::array& r) {
  return mx::multiply(r, polynomial(mx::square(r), kSinOverR));
}

mx::array cos_of_reduced(const mx::array& r) {
  return polynomial(mx::square(r), kCos);
}

// Picks by quadrant among the four candidates.
mx::array by_quadrant(const mx::array& quadrant, const std::array<mx::array, 4>& values) {
  return mx::where(mx::equal(quadrant, f64(0.0)), values[0],
                   mx::where(mx::equal(quadrant, f64(1.0)), values[1],
                             mx::where(mx::equal(quadrant, f64(2.0)), values[2], values[3])));
}

}  // namespace

mx::array exp_f64(const mx::array& x) {
  // x = n ln2 + r with |r| <= ln2/2; e^r = expm1(r) + 1 is accurate there,
  // and 2^n is exact. ln2 is split so n * ln2_hi is exact.
  constexpr double kLog2E = 1.44269504088896338700e+00;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  const mx::array n = mx::round(mx::multiply(x, f64(kLog2E)), 0);
  mx::array r = mx::subtract(x, mx::multiply(n, f64(kLn2Hi)));
  r = mx::subtract(r, mx::multiply(n, f64(kLn2Lo)));
  const mx::array e_r = mx::add(mx::expm1(r), f64(1.0));
  // 2^n in two halves, so neither overflows nor underflows too early.
  const mx::array half = mx::floor(mx::divide(n, f64(2.0)));
  const mx::array scaled = mx::multiply(mx::multiply(e_r, mx::power(f64(2.0), half)),
                                        mx::power(f64(2.0), mx::subtract(n, half)));
  // Beyond these bounds the result is inf or 0; NaN passes through.
  const mx::array result = mx::where(mx::greater(x, f64(709.8)), f64(INFINITY),
                                     mx::where(mx::less(x, f64(-745.2)), f64(0.0), scaled));
  return mx::where(mx::isnan(x), x, result);
}

mx::array sin_f64(const mx::array& x) {
  const Reduced reduced = reduce(x);
  const mx::array s = sin_of_reduced(reduced.r);
  const mx::array c = cos_of_reduced(reduced.r);
  const mx::array result =
      by_quadrant(reduced.quadrant, {s, c, mx::negative(s), mx::negative(c)});
  // sin(+-0) keeps its sign; infinities and NaN give NaN.
  return mx::where(mx::equal(x, f64(0.0)), x, mx::where(mx::isfinite(x), result, f64(NAN)));
}

mx::array cos_f64(const mx::array& x) {
  const Reduced reduced = reduce(x);
  const mx::array s = sin_of_reduced(reduced.r);
  const mx::array c = cos_of_reduced(reduced.r);
  const mx::array result =
      by_quadrant(reduced.quadrant, {c, mx::negative(s), mx::negative(c), s});
  return mx::where(mx::isfinite(x), result, f64(NAN));
}

}  // namespace metallib::runtime::ops
