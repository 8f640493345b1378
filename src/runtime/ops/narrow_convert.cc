// Narrow types are decoded through a 256-entry table of their values
// (exact, and every stored byte has one) and encoded from float32 on the
// bit pattern. The special values follow XLA's CPU backend, measured with
// jaxlib: the *FN types (no infinity) turn overflow and infinity into NaN,
// the *FNUZ types have one NaN, 0x80, and no -0.0, float8_e8m0fnu (powers
// of two only) rounds ties up and maps zero and negatives to NaN, and
// float4_e2m1fn (neither infinity nor NaN) saturates and writes NaN as -0.0.
#include "runtime/ops/narrow_convert.h"

#include <cmath>
#include <limits>
#include <vector>

#include "runtime/ops/numeric.h"
#include "runtime/storage_type.h"

namespace metallib::runtime::ops {
namespace {

enum class Specials {
  kIeee,          // infinity and NaN at the all-ones exponent
  kFiniteNan,     // FN: no infinity; all ones (either sign) is NaN
  kUnsignedZero,  // FNUZ: no infinity, no -0.0; 0x80 is the NaN
  kNone,          // float4_e2m1fn: every pattern is a finite number
  kExponentOnly,  // float8_e8m0fnu: 2^(byte - 127), 0xFF is NaN
};

struct Format {
  int exponent_bits;
  int mantissa_bits;
  int bias;
  Specials specials;

  int sign_shift() const { return exponent_bits + mantissa_bits; }
  uint32_t exponent_mask() const { return (1u << exponent_bits) - 1; }
  uint32_t mantissa_mask() const { return (1u << mantissa_bits) - 1; }
  // The largest finite magnitude's pattern.
  uint32_t max_code() const {
    switch (specials) {
      case Specials::kIeee: return (exponent_mask() << mantissa_bits) - 1;
      case Specials::kFiniteNan:
        return (exponent_mask() << mantissa_bits) | (mantissa_mask() - 1);
      case Specials::kExponentOnly: return 0xFE;
      default: return (exponent_mask() << mantissa_bits) | mantissa_mask();
    }
  }
};

Format format_of(ir::ElementType type) {
  using ir::ElementType;
  switch (type) {
    case ElementType::kF8E3M4: return {3, 4, 3, Specials::kIeee};
    case ElementType::kF8E4M3: return {4, 3, 7, Specials::kIeee};
    case ElementType::kF8E4M3FN: return {4, 3, 7, Specials::kFiniteNan};
    case ElementType::kF8E4M3FNUZ: return {4, 3, 8, Specials::kUnsignedZero};
    case ElementType::kF8E4M3B11FNUZ: return {4, 3, 11, Specials::kUnsignedZero};
    case ElementType::kF8E5M2: return {5, 2, 15, Specials::kIeee};
    case ElementType::kF8E5M2FNUZ: return {5, 2, 16, Specials::kUnsignedZero};
    case ElementType::kF8E8M0FNU: return {8, 0, 127, Specials::kExponentOnly};
    case ElementType::kF4E2M1FN: return {2, 1, 1, Specials::kNone};
    default:
      throw LoweringError("element type " + std::string(ir::element_type_name(type)) +
                          " is not a narrow float type");
  }
}

float decode_byte(uint32_t byte, const Format& f) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  if (f.specials == Specials::kExponentOnly) {
    return byte == 0xFF ? nan : std::ldexp(1.0f, static_cast<int>(byte) - 127);
  }
  byte &= (2u << f.sign_shift()) - 1;  // 4-bit types keep their low bits
  if (f.specials == Specials::kUnsignedZero && byte == (1u << f.sign_shift())) return nan;
  const bool negative = (byte >> f.sign_shift()) & 1;
  const uint32_t exponent = (byte >> f.mantissa_bits) & f.exponent_mask();
  const uint32_t mantissa = byte & f.mantissa_mask();
  float magnitude;
  if (f.specials == Specials::kIeee && exponent == f.exponent_mask()) {
    magnitude = mantissa == 0 ? std::numeric_limits<float>::infinity() : nan;
  } else if (f.specials == Specials::kFiniteNan && exponent == f.exponent_mask() &&
             mantissa == f.mantissa_mask()) {
    magnitude = nan;
  } else if (exponent == 0) {
    magnitude = std::ldexp(static_cast<float>(mantissa), 1 - f.bias - f.mantissa_bits);
  } else {
    magnitude = std::ldexp(static_cast<float>(mantissa | (1u << f.mantissa_bits)),
                           static_cast<int>(exponent) - f.bias - f.mantissa_bits);
  }
  return std::copysign(magnitude, negative ? -1.0f : 1.0f);
}

// s2/s4 sign-extend their low bits, u2/u4 keep them.
int decode_integer_byte(uint32_t byte, ir::ElementType type) {
  const bool two = type == ir::ElementType::kS2 || type == ir::ElementType::kU2;
  const int bits = two ? 2 : 4;
  const int value = static_cast<int>(byte & ((1u << bits) - 1));
  const bool is_signed = type == ir::ElementType::kS2 || type == ir::ElementType::kS4;
  return is_signed && value >= (1 << (bits - 1)) ? value - (1 << bits) : value;
}

int narrow_integer_bits(ir::ElementType type) {
  return type == ir::ElementType::kS2 || type == ir::ElementType::kU2 ? 2 : 4;
}

mx::array u32(uint64_t value) {
  return mx::array(static_cast<uint32_t>(value), mx::uint32);
}

// `magnitude` (float32 bits without the sign) rounded to nearest to the
// format's mantissa width, shifted down (a carry moves into the exponent);
// ties go to even, except in float8_e8m0fnu, which rounds them up.
mx::array round_bits(const mx::array& magnitude, const Format& f) {
  if (f.specials == Specials::kExponentOnly) {
    // float32 subnormals round by value, ties up, as ml_dtypes and XLA's
    // CPU backend from jaxlib 0.12.1 round them: below 1.5 * 2^-127
    // (0x600000) to 2^-127 (code 0), from there to 2^-126. (Earlier XLAs
    // took everything above 2^-127 up.)
    const mx::array subnormal =
        mx::astype(mx::greater_equal(magnitude, u32(3u << 21)), mx::uint32);
    return mx::where(mx::less(magnitude, u32(1u << 23)), subnormal,
                     mx::right_shift(mx::add(magnitude, u32(1u << 22)), u32(23)));
  }
  const int shift = 23 - f.mantissa_bits;
  const mx::array odd = mx::bitwise_and(mx::right_shift(magnitude, u32(shift)), u32(1));
  return mx::right_shift(mx::add(mx::add(magnitude, u32((1u << (shift - 1)) - 1)), odd),
                         u32(shift));
}

// The stored pattern from the rounded magnitude `code` and the sign bit in
// place, with the format's overflow and NaN (of float32 `v`).
mx::array with_specials(const mx::array& code, const mx::array& sign, const mx::array& v,
                        const Format& f) {
  const mx::array nan = mx::isnan(v);
  const mx::array overflow = mx::greater(code, u32(f.max_code()));
  const uint32_t all_ones = f.exponent_mask() << f.mantissa_bits;
  switch (f.specials) {
    case Specials::kIeee: {
      const mx::array special =
          mx::where(nan, u32(all_ones | (1u << (f.mantissa_bits - 1))), u32(all_ones));
      return mx::bitwise_or(mx::where(mx::logical_or(overflow, nan), special, code), sign);
    }
    case Specials::kFiniteNan:
      return mx::bitwise_or(
          mx::where(mx::logical_or(overflow, nan), u32(all_ones | f.mantissa_mask()), code),
          sign);
    case Specials::kUnsignedZero: {
      const mx::array signed_code =
          mx::where(mx::equal(code, u32(0)), code, mx::bitwise_or(code, sign));
      return mx::where(mx::logical_or(overflow, nan), u32(0x80), signed_code);
    }
    case Specials::kNone: {
      const mx::array saturated = mx::where(overflow, u32(f.max_code()), code);
      return mx::where(nan, u32(1u << f.sign_shift()), mx::bitwise_or(saturated, sign));
    }
    case Specials::kExponentOnly: break;
  }
  const mx::array invalid =
      mx::logical_or(mx::logical_or(nan, overflow), mx::less_equal(v, mx::array(0.0f)));
  return mx::where(invalid, u32(0xFF), code);
}

// float32 `v` rounded to format `f`, as stored bytes.
mx::array encode_float(const mx::array& v, const Format& f) {
  const int m = f.mantissa_bits;
  const mx::array bits = mx::view(v, mx::uint32);
  const mx::array magnitude = mx::bitwise_and(bits, u32(0x7FFFFFFF));
  const mx::array negative = mx::right_shift(bits, u32(31));
  const mx::array rounded = round_bits(magnitude, f);
  // The float32 exponent field becomes the format's: subtract the bias
  // change (this wraps below the format's normals, which are chosen below).
  mx::array code = mx::subtract(rounded, u32(static_cast<uint64_t>(127 - f.bias) << m));
  const mx::array abs = mx::abs(v);
  if (f.specials != Specials::kExponentOnly) {
    // Below the smallest normal the steps are 2^(1 - bias - m): scaling by a
    // power of two is exact, and MLX rounds half to even.
    const float min_normal = std::ldexp(1.0f, 1 - f.bias);
    const mx::array steps =
        mx::round(mx::multiply(abs, mx::array(std::ldexp(1.0f, m - 1 + f.bias))));
    code = mx::where(mx::less(abs, mx::array(min_normal)), mx::astype(steps, mx::uint32), code);
  }
  const mx::array sign = mx::left_shift(negative, u32(f.sign_shift()));
  return mx::astype(with_specials(code, sign, v, f), mx::uint8);
}

// float64 `x` to float8_e8m0fnu, on its own bits as ml_dtypes and XLA's CPU
// backend from jaxlib 0.12.1 convert it: the exponent rounded half up,
// anything positive below 2^-127 to 2^-127 (code 0), and zero, negatives,
// infinity, NaN and overflow to NaN. (float32 cannot hold the lowest
// binade as normals.) Earlier XLAs took everything above 2^-127 in that
// binade up to 2^-126 and made anything below 2^-127 NaN.
mx::array encode_e8m0_from_float64(const mx::array& x) {
  auto u64 = [](uint64_t v) { return mx::array(v, mx::uint64); };
  const mx::array magnitude =
      mx::bitwise_and(mx::view(x, mx::uint64), u64(~(uint64_t{1} << 63)));
  const uint64_t lowest = uint64_t{1023 - 127} << 52;  // 2^-127
  const mx::array rounded =
      mx::right_shift(mx::add(magnitude, u64(uint64_t{1} << 51)), u64(52));
  const mx::array code = mx::where(mx::less(magnitude, u64(lowest)), u64(0),
                                   mx::subtract(rounded, u64(1023 - 127)));
  const mx::array invalid = mx::logical_or(
      mx::logical_or(mx::isnan(x), mx::less_equal(x, mx::array(0.0, mx::float64))),
      mx::greater(code, u64(0xFE)));
  return mx::astype(mx::where(invalid, u64(0xFF), code), mx::uint8);
}

// Native `x` as float32 from which one rounding to a narrow float gives
// x's correctly rounded value (round-to-odd where float32 is inexact).
mx::array float32_for_rounding(const mx::array& x) {
  const mx::Dtype dtype = x.dtype();
  if (dtype == mx::float32) return x;
  if (dtype == mx::float64) return to_float32_odd(x);
  if (is_integral(dtype) && dtype.size() >= 4) {
    // Through int64; unsigned 64-bit values from 2^63 up are out of reach.
    return to_float32_odd(mx::astype(x, mx::int64));
  }
  return mx::astype(x, mx::float32);  // exact: half floats, bool, small ints
}

mx::array encode_integer(const mx::array& x, ir::ElementType type) {
  const int bits = narrow_integer_bits(type);
  const bool is_signed = type == ir::ElementType::kS2 || type == ir::ElementType::kS4;
  mx::array values = x;
  if (is_floating(x.dtype())) {
    // Floats saturate to the narrow range and NaN becomes 0, as XLA does.
    const float low = is_signed ? -static_cast<float>(1 << (bits - 1)) : 0.0f;
    const float high = static_cast<float>((1 << (bits - (is_signed ? 1 : 0))) - 1);
    const mx::array wide = mx::astype(x, mx::float32);
    const mx::array clipped = mx::clip(wide, mx::array(low), mx::array(high));
    values = mx::astype(mx::where(mx::isnan(wide), mx::array(0.0f), clipped), mx::int32);
  }
  // Integers wrap: keep the low bits.
  return mx::bitwise_and(mx::astype(values, mx::uint8),
                         mx::array(static_cast<uint8_t>((1u << bits) - 1), mx::uint8));
}

}  // namespace

mx::array decode_narrow(const mx::array& bytes, ir::ElementType type) {
  const mx::array index = mx::astype(bytes, mx::uint32);
  if (!ir::is_float(type)) {
    const bool is_signed = ir::is_signed_int(type);
    std::vector<int32_t> table(256);
    for (uint32_t b = 0; b < 256; ++b) table[b] = decode_integer_byte(b, type);
    mx::array values(table.begin(), {256}, mx::int32);
    return mx::take(mx::astype(values, is_signed ? mx::int8 : mx::uint8), index);
  }
  const Format f = format_of(type);
  std::vector<float> table(256);
  for (uint32_t b = 0; b < 256; ++b) table[b] = decode_byte(b, f);
  return mx::take(mx::array(table.begin(), {256}, mx::float32), index);
}

mx::array narrow_float_to_integer(const mx::array& bytes, ir::ElementType from,
                                  ir::ElementType to) {
  const bool narrow_to = !native_mlx_dtype(to).has_value();
  const mx::Dtype native =
      narrow_to ? (ir::is_signed_int(to) ? mx::int8 : mx::uint8) : *native_mlx_dtype(to);
  mx::array low = integer_min(native), high = integer_max(native);
  if (narrow_to) {
    const int bits = narrow_integer_bits(to);
    const bool is_signed = ir::is_signed_int(to);
    low = mx::array(is_signed ? -(1 << (bits - 1)) : 0, mx::int8);
    high = mx::array((1 << (bits - (is_signed ? 1 : 0))) - 1, mx::int8);
  }
  const mx::array x = decode_narrow(bytes, from);
  // The limits through float32 first: exact up to 2^24, and the larger ones
  // are beyond every narrow type's precision anyway.
  auto as_narrow = [&](const mx::array& limit) {
    return decode_narrow(encode_narrow(mx::astype(limit, mx::float32), from), from);
  };
  const mx::array low_f = as_narrow(low);
  const mx::array high_f = as_narrow(high);
  const mx::array too_low = mx::less_equal(x, low_f);
  const mx::array too_high = mx::greater_equal(x, high_f);
  const mx::array outside = mx::logical_or(mx::logical_or(too_low, too_high), mx::isnan(x));
  // Inside the limits every narrow float truncates to an exact int64.
  mx::array value = mx::astype(mx::where(outside, mx::array(0.0f), x), mx::int64);
  value = mx::where(too_high, mx::astype(high, mx::int64),
                    mx::where(too_low, mx::astype(low, mx::int64), value));
  if (narrow_to) return encode_integer(value, to);
  // uint64's limit does not fit int64: take it from the native limits.
  return mx::where(too_high, high, mx::astype(value, native));
}

mx::array encode_narrow(const mx::array& x, ir::ElementType type) {
  const mx::array real = is_complex(x.dtype()) ? mx::real(x) : x;
  if (!ir::is_float(type)) return encode_integer(real, type);
  if (type == ir::ElementType::kF8E8M0FNU && real.dtype() == mx::float64) {
    return encode_e8m0_from_float64(real);
  }
  return encode_float(float32_for_rounding(real), format_of(type));
}

}  // namespace metallib::runtime::ops
