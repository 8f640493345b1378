// Elementwise arithmetic and math functions, with StableHLO's semantics
// where MLX's differ: integer division and remainder (truncating, defined
// for zero divisors), NaN-propagating max/min that order -0.0 below +0.0,
// shifts by the bit width or more, sign of NaN, rounding away from zero.
// Complex operands go to complex_math.cc, which follows XLA's formulas.
#include <cmath>
#include <complex>
#include <cstring>
#include <optional>
#include <string_view>

#include "runtime/ops/common.h"
#include "runtime/ops/complex_math.h"
#include "runtime/ops/float32_math.h"
#include "runtime/ops/float64_math.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

using UnaryMath = mx::array (*)(const mx::array&, mx::StreamOrDevice);

using ComplexMath = mx::array (*)(const mx::array&);

template <UnaryMath F>
Arrays unary(const ir::Op&, const Arrays& x) {
  return {F(x[0], {})};
}

// F for real operands; C, built from the parts, for complex ones.
template <UnaryMath F, ComplexMath C>
Arrays real_or_complex(const ir::Op&, const Arrays& x) {
  if (is_complex(x[0].dtype())) return {C(x[0])};
  return {F(x[0], {})};
}

Arrays lower_add(const ir::Op& op, const Arrays& x) {
  // Booleans add as logical or (i1 wraps: 1 + 1 = 0 is not XLA's rule;
  // XLA's pred add is or).
  if (result_dtype(op) == mx::bool_) return {mx::logical_or(x[0], x[1])};
  return {mx::add(x[0], x[1])};
}

Arrays lower_subtract(const ir::Op&, const Arrays& x) {
  return {mx::subtract(x[0], x[1])};
}

Arrays lower_multiply(const ir::Op& op, const Arrays& x) {
  if (result_dtype(op) == mx::bool_) return {mx::logical_and(x[0], x[1])};
  if (is_complex(x[0].dtype())) return {complex_multiply(x[0], x[1])};
  return {mx::multiply(x[0], x[1])};
}

// The constant op behind `value`, seen through the broadcasts and reshapes
// JAX puts around scalar constants; null when `value` is not a constant.
const ir::Op* constant_source(const ir::Value* value) {
  const ir::Op* op = value->defining_op();
  while (op != nullptr &&
         (op->code() == ir::OpCode::kBroadcastInDim || op->code() == ir::OpCode::kReshape)) {
    op = op->operand(0)->defining_op();
  }
  return op != nullptr && op->code() == ir::OpCode::kConstant ? op : nullptr;
}

// The bytes of the one element of a constant whose elements are all equal.
std::optional<std::string_view> uniform_element(const ir::Value* value, size_t element_bytes) {
  const ir::Op* op = constant_source(value);
  const ir::Attribute* found = op ? op->attribute("value") : nullptr;
  const ir::DenseElementsAttr* dense = found ? found->get<ir::DenseElementsAttr>() : nullptr;
  if (dense == nullptr || dense->data.size() < element_bytes ||
      dense->data.size() % element_bytes != 0) {
    return std::nullopt;
  }
  const std::string_view data = dense->data;
  for (size_t at = element_bytes; at < data.size(); at += element_bytes) {
    if (data.compare(at, element_bytes, data, 0, element_bytes) != 0) return std::nullopt;
  }
  return data.substr(0, element_bytes);
}

template <typename T>
std::optional<T> uniform_constant(const ir::Value* value) {
  const std::optional<std::string_view> bytes = uniform_element(value, sizeof(T));
  if (!bytes) return std::nullopt;
  T element;
  std::memcpy(&element, bytes->data(), sizeof(T));
  return element;
}

// The element, as a double, of a float16, float32 or float64 constant whose
// elements are all equal.
std::optional<double> uniform_real(const ir::Value* value, mx::Dtype dtype) {
  if (dtype == mx::float16) {
    std::optional<mx::float16_t> element = uniform_constant<mx::float16_t>(value);
    return element ? std::optional<double>(static_cast<float>(*element)) : std::nullopt;
  }
  if (dtype == mx::float32) {
    std::optional<float> element = uniform_constant<float>(value);
    return element ? std::optional<double>(*element) : std::nullopt;
  }
  if (dtype == mx::float64) return uniform_constant<double>(value);
  return std::nullopt;
}

// XLA's algebraic simplifier rewrites divisions by a constant and powers by
// some constant exponents before the CPU backend computes them, in the
// element type: float16, float32, float64 and complex64. (bfloat16 is
// computed in float32 there and rounded once, which the plain ops give.)
bool xla_rewrites_constant_arithmetic(mx::Dtype dtype) {
  return dtype == mx::float16 || dtype == mx::float32 || dtype == mx::float64 ||
         dtype == mx::complex64;
}

// 1 / d for complex64 d by Smith's algorithm, as XLA's constant folder
// computes the reciprocal of a constant divisor (then multiplied in at run
// time): it differs in the last bit from the division formula XLA emits.
mx::array smith_reciprocal(const mx::array& d) {
  const mx::array c = mx::real(d), e = mx::imag(d);
  const mx::array one = mx::array(1.0f);
  const mx::array real_larger = mx::greater_equal(mx::abs(c), mx::abs(e));
  const mx::array ratio = mx::where(real_larger, mx::divide(e, c), mx::divide(c, e));
  const mx::array denominator = mx::where(real_larger, mx::add(c, mx::multiply(e, ratio)),
                                          mx::add(mx::multiply(c, ratio), e));
  const mx::array re =
      mx::where(real_larger, mx::divide(one, denominator), mx::divide(ratio, denominator));
  const mx::array im = mx::negative(
      mx::where(real_larger, mx::divide(ratio, denominator), mx::divide(one, denominator)));
  return make_complex(re, im, mx::complex64);
}

// x / c becomes x * (1 / c), the reciprocal rounded to the element type:
// (inf + NaN i) / c is then NaN + NaN i, x / 0 NaN + NaN i for every
// complex x, and real quotients round twice.
Arrays lower_divide_by_constant(const ir::Op&, const Arrays& x) {
  if (is_complex(x[0].dtype())) return {complex_multiply(x[0], smith_reciprocal(x[1]))};
  const mx::array reciprocal = mx::divide(scalar(1.0, x[1].dtype()), x[1]);
  return {mx::multiply(x[0], reciprocal)};
}

Arrays lower_divide(const ir::Op& op, const Arrays& x) {
  if (is_integral(x[0].dtype())) return {integer_divide(x[0], x[1])};
  if (xla_rewrites_constant_arithmetic(x[0].dtype()) && constant_source(op.operand(1))) {
    return lower_divide_by_constant(op, x);
  }
  if (is_complex(x[0].dtype())) return {complex_divide(x[0], x[1])};
  return {mx::divide(x[0], x[1])};
}

// C's fmod: the result has the dividend's sign. MLX's remainder is a floor
// modulo, which equals fmod when both operands are non-negative.
mx::array float_remainder(const mx::array& x, const mx::array& y) {
  mx::array magnitude = mx::remainder(mx::abs(x), mx::abs(y));
  return mx::where(sign_bit(x), mx::negative(magnitude), magnitude);
}

Arrays lower_remainder(const ir::Op&, const Arrays& x) {
  if (is_integral(x[0].dtype())) return {integer_remainder(x[0], x[1])};
  return {float_remainder(x[0], x[1])};
}

// x ** y in an integer type, modulo 2^bits as StableHLO defines it, by
// squaring over every bit of the exponent. A negative exponent gives XLA's
// values: 1 for x = 1, +-1 for x = -1, 0 otherwise.
mx::array integer_power(const mx::array& x, const mx::array& y) {
  const mx::Dtype dtype = x.dtype();
  const mx::Dtype bits = unsigned_of_width(dtype);
  const mx::array one = scalar(int64_t{1}, dtype);
  mx::array exponent = mx::view(y, bits);
  mx::array base = x;
  mx::array result = mx::ones_like(x);
  for (int bit = 0; bit < bit_width(dtype); ++bit) {
    const mx::array set = mx::not_equal(mx::bitwise_and(exponent, scalar(int64_t{1}, bits)),
                                        scalar(int64_t{0}, bits));
    result = mx::where(set, mx::multiply(result, base), result);
    base = mx::multiply(base, base);
    exponent = mx::right_shift(exponent, scalar(int64_t{1}, bits));
  }
  if (!is_signed_integral(dtype)) return result;
  const mx::array zero = scalar(int64_t{0}, dtype);
  const mx::array odd = mx::not_equal(mx::bitwise_and(y, one), zero);
  const mx::array minus_one = scalar(int64_t{-1}, dtype);
  const mx::array negative_power =
      mx::where(mx::equal(x, one), one,
                mx::where(mx::equal(x, minus_one), mx::where(odd, minus_one, one), zero));
  return mx::where(mx::less(y, zero), negative_power, result);
}

// XLA's algebraic simplifier rewrites a power by a constant 1, -1, 2 or 3
// into x, 1 / x, x * x and x * (x * x) before the CPU backend sees it, so
// z ** 2.0 is exact where the polar formula is not (1j ** 2 has an imaginary
// part of -8.7e-8 there). A runtime exponent keeps the formula, as in XLA.
std::optional<mx::array> complex_power_by_constant(const ir::Op& op, const mx::array& x) {
  const auto exponent = uniform_constant<std::complex<float>>(op.operand(1));
  if (!exponent || exponent->imag() != 0.0f) return std::nullopt;
  const float e = exponent->real();
  if (e == 1.0f) return x;
  if (e == -1.0f) return complex_divide(mx::array(std::complex<float>(1.0f, 0.0f)), x);
  if (e == 2.0f) return complex_multiply(x, x);
  if (e == 3.0f) return complex_multiply(x, complex_multiply(x, x));
  return std::nullopt;
}

// The same rewrites for real x, where they round as products do rather
// than as MLX's power (off by an ulp on about 0.1% of float32 squares).
// x ** 0.5 is a correctly rounded square root, as XLA's CPU power is,
// keeping pow's values at -0 (+0) and -inf (+inf).
std::optional<mx::array> real_power_by_constant(const ir::Op& op, const mx::array& x) {
  const std::optional<double> e = uniform_real(op.operand(1), x.dtype());
  if (!e) return std::nullopt;
  if (*e == 1.0) return x;
  if (*e == -1.0) return mx::divide(scalar(1.0, x.dtype()), x);
  if (*e == 2.0) return mx::multiply(x, x);
  if (*e == 3.0) return mx::multiply(x, mx::multiply(x, x));
  if (*e == 0.5) {
    const mx::array zero = scalar(0.0, x.dtype());
    const mx::array root = mx::where(mx::equal(x, zero), zero, mx::sqrt(x));
    return mx::where(mx::isneginf(x), mx::abs(x), root);
  }
  return std::nullopt;
}

Arrays lower_power(const ir::Op& op, const Arrays& x) {
  if (is_integral(x[0].dtype())) return {integer_power(x[0], x[1])};
  if (xla_rewrites_constant_arithmetic(x[0].dtype())) {
    const std::optional<mx::array> rewritten = is_complex(x[0].dtype())
                                                   ? complex_power_by_constant(op, x[0])
                                                   : real_power_by_constant(op, x[0]);
    if (rewritten) return {mx::broadcast_to(*rewritten, result_shape(op))};
  }
  if (is_complex(x[0].dtype())) return {complex_power(x[0], x[1])};
  return {mx::power(x[0], x[1])};
}

Arrays lower_maximum(const ir::Op&, const Arrays& x) {
  if (is_floating(x[0].dtype())) return {float_max_or_min(x[0], x[1], true)};
  if (x[0].dtype() == mx::bool_) return {mx::logical_or(x[0], x[1])};
  return {mx::maximum(x[0], x[1])};
}

Arrays lower_minimum(const ir::Op&, const Arrays& x) {
  if (is_floating(x[0].dtype())) return {float_max_or_min(x[0], x[1], false)};
  if (x[0].dtype() == mx::bool_) return {mx::logical_and(x[0], x[1])};
  return {mx::minimum(x[0], x[1])};
}

Arrays lower_negate(const ir::Op&, const Arrays& x) {
  // Two's complement wrap for integers: 0 - x (MIN stays MIN).
  if (is_integral(x[0].dtype())) return {mx::subtract(scalar(int64_t{0}, x[0].dtype()), x[0])};
  return {mx::negative(x[0])};
}

Arrays lower_abs(const ir::Op&, const Arrays& x) {
  // XLA's |inf + NaN i| is NaN; MLX's hypot gives inf.
  if (is_complex(x[0].dtype())) return {complex_abs(x[0])};
  if (mx::issubdtype(x[0].dtype(), mx::unsignedinteger)) return {x[0]};
  return {mx::abs(x[0])};
}

Arrays lower_sign(const ir::Op&, const Arrays& x) {
  const mx::array& v = x[0];
  if (is_complex(v.dtype())) return {complex_sign(v)};
  if (is_floating(v.dtype())) {
    // MLX's sign maps NaN to 0 and -0.0 to +0.0; XLA keeps both.
    return {mx::where(mx::logical_or(mx::isnan(v), mx::equal(v, scalar(0.0, v.dtype()))), v,
                      mx::sign(v))};
  }
  return {mx::sign(v)};
}

Arrays lower_not(const ir::Op&, const Arrays& x) {
  if (x[0].dtype() == mx::bool_) return {mx::logical_not(x[0])};
  return {mx::bitwise_invert(x[0])};
}

template <mx::array (*Logical)(const mx::array&, const mx::array&, mx::StreamOrDevice),
          mx::array (*Bitwise)(const mx::array&, const mx::array&, mx::StreamOrDevice)>
Arrays bitwise(const ir::Op&, const Arrays& x) {
  if (x[0].dtype() == mx::bool_) return {Logical(x[0], x[1], {})};
  return {Bitwise(x[0], x[1], {})};
}

mx::array bool_xor(const mx::array& a, const mx::array& b, mx::StreamOrDevice) {
  return mx::not_equal(a, b);
}

// Shift amounts are read as unsigned; at or beyond the bit width the result
// is 0 (left, logical right) or the sign fill (arithmetic right).
mx::array shift_out_of_range(const mx::array& amount) {
  const mx::Dtype bits = unsigned_of_width(amount.dtype());
  return mx::greater_equal(mx::view(amount, bits),
                           scalar(int64_t{bit_width(amount.dtype())}, bits));
}

mx::array in_range_amount(const mx::array& amount) {
  return mx::where(shift_out_of_range(amount), scalar(int64_t{0}, amount.dtype()), amount);
}

Arrays lower_shift_left(const ir::Op&, const Arrays& x) {
  const mx::array shifted = mx::left_shift(x[0], in_range_amount(x[1]));
  return {mx::where(shift_out_of_range(x[1]), scalar(int64_t{0}, x[0].dtype()), shifted)};
}

mx::array logical_right_shift(const mx::array& value, const mx::array& amount) {
  const mx::Dtype bits = unsigned_of_width(value.dtype());
  const mx::array shifted =
      mx::view(mx::right_shift(mx::view(value, bits), mx::view(in_range_amount(amount), bits)),
               value.dtype());
  return mx::where(shift_out_of_range(amount), scalar(int64_t{0}, value.dtype()), shifted);
}

Arrays lower_shift_right_logical(const ir::Op&, const Arrays& x) {
  return {logical_right_shift(x[0], x[1])};
}

mx::Dtype signed_of_width(mx::Dtype dtype) {
  switch (dtype.size()) {
    case 1: return mx::int8;
    case 2: return mx::int16;
    case 4: return mx::int32;
    default: return mx::int64;
  }
}

// The top bit is copied in, whatever the signedness of the type (XLA shifts
// unsigned values as their signed bit patterns).
Arrays lower_shift_right_arithmetic(const ir::Op&, const Arrays& x) {
  const mx::Dtype dtype = x[0].dtype();
  const mx::Dtype as_signed = signed_of_width(dtype);
  const int last_bit = bit_width(dtype) - 1;
  const mx::array amount =
      mx::where(shift_out_of_range(x[1]), scalar(int64_t{last_bit}, dtype), x[1]);
  return {
      mx::view(mx::right_shift(mx::view(x[0], as_signed), mx::view(amount, as_signed)), dtype)};
}

mx::array trunc_toward_zero(const mx::array& v) {
  return mx::where(mx::less(v, scalar(0.0, v.dtype())), mx::ceil(v), mx::floor(v));
}

Arrays lower_round_nearest_afz(const ir::Op&, const Arrays& x) {
  const mx::array& v = x[0];
  // Halfway cases round away from zero: |v - trunc(v)| is exact, so the
  // comparison with one half decides without rounding error.
  const mx::array whole = trunc_toward_zero(v);
  const mx::array fraction = mx::abs(mx::subtract(v, whole));
  const mx::array away =
      mx::add(whole, mx::where(sign_bit(v), scalar(-1.0, v.dtype()), scalar(1.0, v.dtype())));
  const mx::array rounded =
      mx::where(mx::greater_equal(fraction, scalar(0.5, v.dtype())), away, whole);
  // NaN, infinities and -0.0 come through unchanged.
  return {mx::where(
      mx::logical_or(mx::logical_not(mx::isfinite(v)), mx::equal(v, scalar(0.0, v.dtype()))), v,
      rounded)};
}

Arrays lower_round_nearest_even(const ir::Op&, const Arrays& x) {
  return {mx::round(x[0], 0)};
}

// |x|^(1/3) from exp(log|x| / 3), polished by one Newton step on y^3 = |x|
// (the estimate alone is off by several ulps for large |x|); half-precision
// types compute in float32.
Arrays lower_cbrt(const ir::Op&, const Arrays& x) {
  const mx::Dtype dtype = x[0].dtype();
  const mx::Dtype work = dtype == mx::float64 ? mx::float64 : mx::float32;
  const mx::array v = mx::astype(x[0], work);
  const mx::array a = mx::abs(v);
  const mx::array third_of_log = mx::divide(mx::log(a), scalar(3.0, work));
  const mx::array guess = work == mx::float64 ? exp_f64(third_of_log) : mx::exp(third_of_log);
  const mx::array newton = mx::divide(
      mx::add(mx::multiply(guess, scalar(2.0, work)), mx::divide(a, mx::square(guess))),
      scalar(3.0, work));
  // 0, infinities and NaN need no polishing (and would not survive it).
  const mx::array magnitude =
      mx::where(mx::logical_and(mx::isfinite(a), mx::greater(a, scalar(0.0, work))), newton, a);
  return {mx::astype(mx::where(sign_bit(v), mx::negative(magnitude), magnitude), dtype)};
}

// Functions whose MLX float64 version is only single-precision accurate.
template <UnaryMath F, mx::array (*F64)(const mx::array&)>
Arrays accurate_unary(const ir::Op&, const Arrays& x) {
  if (x[0].dtype() == mx::float64) return {F64(x[0])};
  return {F(x[0], {})};
}

// MLX's CPU backend computes float32 (and bfloat16) exp with a fast
// polynomial: tens of ulps off and infinite from 88 on (float32_math.h).
// Its Metal exp is precise and used as it is, as is every GPU backend's.
mx::array exp_of(const mx::array& x) {
  const mx::Dtype dtype = x.dtype();
  if (dtype == mx::float64) return exp_f64(x);
  if (is_complex(dtype)) return complex_exp(x);
  if (mx::gpu::is_available()) return mx::exp(x);
  if (dtype == mx::float32) return exp_float32(x);
  if (dtype == mx::bfloat16) return mx::astype(exp_float32(mx::astype(x, mx::float32)), dtype);
  return mx::exp(x);
}

Arrays lower_exp(const ir::Op&, const Arrays& x) {
  return {exp_of(x[0])};
}

// Bit layout of the float type that exp2 and log2 compute in.
struct FloatLayout {
  mx::Dtype bits;        // the integer type of the same width
  int significand_bits;  // stored bits, without the implicit one
  int64_t bias;          // exponent bias
  double min_normal;
  double subnormal_scale_log2;  // scales every subnormal to a normal
};

FloatLayout layout_of(mx::Dtype dtype) {
  if (dtype == mx::float64) return {mx::int64, 52, 1023, 0x1p-1022, 54};
  return {mx::int32, 23, 127, 0x1p-126, 24};
}

constexpr double kLn2 = 0.6931471805599453;
constexpr double kInvLn2 = 1.4426950408889634;

// 2^x = e^(f ln 2) 2^n with n = round(x) and f = x - n (exact, |f| <= 1/2),
// so the exponential sees a small argument and the power of two is exact.
// x is clamped to where the result has long been 0 or inf, and 2^n is
// applied in two halves so that both ends of the range are reachable.
mx::array real_exp2(const mx::array& x) {
  const mx::Dtype dtype = x.dtype();
  const double limit = dtype == mx::float64 ? 1100.0 : 160.0;
  const mx::array n = mx::round(mx::clip(x, scalar(-limit, dtype), scalar(limit, dtype)));
  const mx::array f = mx::subtract(x, n);
  const mx::array half = mx::floor(mx::multiply(n, scalar(0.5, dtype)));
  mx::array result =
      mx::multiply(exp_of(mx::multiply(f, scalar(kLn2, dtype))), power_of_two(half, dtype));
  result = mx::multiply(result, power_of_two(mx::subtract(n, half), dtype));
  return mx::where(mx::isnan(x), x, result);
}

// log2(x) = e + log(m) / ln 2 for x = m 2^e with m in [sqrt(1/2), sqrt(2)):
// exact at powers of two, and log sees an argument near 1 where it is
// accurate. Subnormals are scaled up to normals first.
mx::array real_log2(const mx::array& x) {
  const mx::Dtype dtype = x.dtype();
  const FloatLayout f = layout_of(dtype);
  const mx::array subnormal = mx::less(mx::abs(x), scalar(f.min_normal, dtype));
  const mx::array scaled = mx::where(
      subnormal, mx::multiply(x, scalar(std::ldexp(1.0, f.subnormal_scale_log2), dtype)), x);
  const mx::array bits = mx::view(scaled, f.bits);
  const mx::array mantissa_mask = scalar((int64_t{1} << f.significand_bits) - 1, f.bits);
  const mx::array one_bits = scalar(f.bias << f.significand_bits, f.bits);
  mx::array m = mx::view(mx::bitwise_or(mx::bitwise_and(bits, mantissa_mask), one_bits), dtype);
  const mx::array biased_exponent =
      mx::bitwise_and(mx::right_shift(bits, scalar(int64_t{f.significand_bits}, f.bits)),
                      scalar(int64_t{2047}, f.bits));
  mx::array e = mx::astype(mx::subtract(biased_exponent, scalar(f.bias, f.bits)), dtype);
  e = mx::subtract(
      e, mx::where(subnormal, scalar(f.subnormal_scale_log2, dtype), scalar(0.0, dtype)));
  const mx::array above = mx::greater(m, scalar(1.4142135623730951, dtype));
  m = mx::where(above, mx::multiply(m, scalar(0.5, dtype)), m);
  e = mx::add(e, mx::astype(above, dtype));
  const mx::array result = mx::add(e, mx::multiply(mx::log(m), scalar(kInvLn2, dtype)));
  // Zero, negatives, inf and NaN as log gives them.
  const mx::array special =
      mx::logical_or(mx::less_equal(x, scalar(0.0, dtype)), mx::logical_not(mx::isfinite(x)));
  return mx::where(special, mx::log(x), result);
}

// Half-width floats compute in float32 and round once at the end.
template <mx::array (*Real)(const mx::array&)>
mx::array in_wide_float(const mx::array& x) {
  if (x.dtype() == mx::float32 || x.dtype() == mx::float64) return Real(x);
  return mx::astype(Real(mx::astype(x, mx::float32)), x.dtype());
}

Arrays lower_exp2(const ir::Op&, const Arrays& x) {
  if (is_complex(x[0].dtype())) return {complex_exp2(x[0])};
  return {in_wide_float<real_exp2>(x[0])};
}

Arrays lower_log2(const ir::Op&, const Arrays& x) {
  if (is_complex(x[0].dtype())) return {complex_log2(x[0])};
  return {in_wide_float<real_log2>(x[0])};
}

// MLX's sin(-0.0) is +0.0 in every type but float64; XLA keeps the sign.
Arrays lower_sine(const ir::Op& op, const Arrays& x) {
  Arrays result = accurate_unary<mx::sin, sin_f64>(op, x);
  if (!is_floating(x[0].dtype())) return result;
  return {mx::where(mx::equal(x[0], mx::zeros({}, x[0].dtype())), x[0], result[0])};
}

Arrays lower_is_finite(const ir::Op&, const Arrays& x) {
  return {mx::isfinite(x[0])};
}

Arrays lower_logistic(const ir::Op&, const Arrays& x) {
  if (is_complex(x[0].dtype())) {
    // 1 / (1 + e^-z); jaxlib expands complex logistic itself, so only
    // hand-made programs reach this.
    const mx::array one = mx::array(std::complex<float>(1.0f, 0.0f));
    return {complex_divide(one, mx::add(one, complex_exp(mx::negative(x[0]))))};
  }
  if (x[0].dtype() == mx::float64) {
    const mx::array one = scalar(1.0, mx::float64);
    return {mx::divide(one, mx::add(one, exp_f64(mx::negative(x[0]))))};
  }
  return {mx::sigmoid(x[0])};
}

Arrays lower_atan2(const ir::Op&, const Arrays& x) {
  return {mx::arctan2(x[0], x[1])};
}

Arrays lower_complex(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  return {make_complex(mx::broadcast_to(x[0], shape), mx::broadcast_to(x[1], shape),
                       result_dtype(op))};
}

Arrays lower_real(const ir::Op& op, const Arrays& x) {
  if (!is_complex(x[0].dtype())) return {x[0]};
  return {mx::astype(mx::real(x[0]), result_dtype(op))};
}

Arrays lower_imag(const ir::Op& op, const Arrays& x) {
  if (!is_complex(x[0].dtype())) return {mx::zeros_like(x[0])};
  return {mx::astype(mx::imag(x[0]), result_dtype(op))};
}

// Bit counting by halving masks (SWAR): exact for every integer width.
Arrays lower_popcnt(const ir::Op&, const Arrays& x) {
  const mx::Dtype dtype = x[0].dtype();
  const mx::Dtype bits = unsigned_of_width(dtype);
  mx::array v = mx::view(x[0], bits);
  mx::array count = mx::zeros_like(v);
  for (int i = 0; i < bit_width(dtype); ++i) {
    count = mx::add(count, mx::bitwise_and(mx::right_shift(v, scalar(int64_t{i}, bits)),
                                           scalar(int64_t{1}, bits)));
  }
  return {mx::view(count, dtype)};
}

Arrays lower_count_leading_zeros(const ir::Op&, const Arrays& x) {
  const mx::Dtype dtype = x[0].dtype();
  const mx::Dtype bits = unsigned_of_width(dtype);
  const int width = bit_width(dtype);
  mx::array v = mx::view(x[0], bits);
  // The number of leading zeros is width minus the position of the highest
  // set bit; count positions from the top while no bit has been seen.
  mx::array count = mx::zeros_like(v);
  mx::array seen = mx::zeros(v.shape(), mx::bool_);
  for (int i = width - 1; i >= 0; --i) {
    const mx::array bit = mx::not_equal(
        mx::bitwise_and(mx::right_shift(v, scalar(int64_t{i}, bits)), scalar(int64_t{1}, bits)),
        scalar(int64_t{0}, bits));
    seen = mx::logical_or(seen, bit);
    count = mx::add(count, mx::astype(mx::logical_not(seen), bits));
  }
  return {mx::view(count, dtype)};
}

Status check_integer_only(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  ir::ElementType type = result_element_type(op);
  if (!ir::is_signed_int(type) && !ir::is_unsigned_int(type)) {
    return invalid_argument(describe_op(op) + " needs an integer operand");
  }
  return ok_status();
}

}  // namespace

void register_elementwise_ops(LoweringTable& table) {
  using ir::OpCode;
  table.add(OpCode::kAdd, lower_add);
  table.add(OpCode::kSubtract, lower_subtract);
  table.add(OpCode::kMultiply, lower_multiply);
  table.add(OpCode::kDivide, lower_divide);
  table.add(OpCode::kRemainder, lower_remainder);
  table.add(OpCode::kPower, lower_power);
  table.add(OpCode::kMaximum, lower_maximum);
  table.add(OpCode::kMinimum, lower_minimum);
  table.add(OpCode::kAtan2, lower_atan2);
  table.add(OpCode::kComplex, lower_complex);
  table.add(OpCode::kAnd, bitwise<mx::logical_and, mx::bitwise_and>);
  table.add(OpCode::kOr, bitwise<mx::logical_or, mx::bitwise_or>);
  table.add(OpCode::kXor, bitwise<bool_xor, mx::bitwise_xor>);
  table.add(OpCode::kShiftLeft, lower_shift_left, check_integer_only);
  table.add(OpCode::kShiftRightLogical, lower_shift_right_logical, check_integer_only);
  table.add(OpCode::kShiftRightArithmetic, lower_shift_right_arithmetic, check_integer_only);
  table.add(OpCode::kPopcnt, lower_popcnt, check_integer_only);
  table.add(OpCode::kCountLeadingZeros, lower_count_leading_zeros, check_integer_only);
  table.add(OpCode::kNot, lower_not);
  table.add(OpCode::kNegate, lower_negate);
  table.add(OpCode::kAbs, lower_abs);
  table.add(OpCode::kSign, lower_sign);
  table.add(OpCode::kExponential, lower_exp);
  table.add(OpCode::kExp2, lower_exp2);
  table.add(OpCode::kExponentialMinusOne, real_or_complex<mx::expm1, complex_expm1>);
  table.add(OpCode::kLog, unary<mx::log>);
  table.add(OpCode::kLog2, lower_log2);
  table.add(OpCode::kLogPlusOne, unary<mx::log1p>);
  table.add(OpCode::kLogistic, lower_logistic);
  table.add(OpCode::kSqrt, unary<mx::sqrt>);
  table.add(OpCode::kRsqrt, real_or_complex<mx::rsqrt, complex_rsqrt>);
  table.add(OpCode::kCbrt, lower_cbrt);
  table.add(OpCode::kSine, lower_sine);
  table.add(OpCode::kCosine, accurate_unary<mx::cos, cos_f64>);
  table.add(OpCode::kTan, real_or_complex<mx::tan, complex_tan>);
  table.add(OpCode::kTanh, real_or_complex<mx::tanh, complex_tanh>);
  table.add(OpCode::kFloor, unary<mx::floor>);
  table.add(OpCode::kCeil, unary<mx::ceil>);
  table.add(OpCode::kRoundNearestEven, lower_round_nearest_even);
  table.add(OpCode::kRoundNearestAfz, lower_round_nearest_afz);
  table.add(OpCode::kIsFinite, lower_is_finite);
  table.add(OpCode::kReal, lower_real);
  table.add(OpCode::kImag, lower_imag);
}

}  // namespace metallib::runtime::ops
