#include "stablehlo/vhlo/float_bits.h"

#include <bit>
#include <cmath>
#include <limits>

namespace metallib::stablehlo::vhlo {
namespace {

// How a small format spends its top encodings (names follow LLVM's APFloat).
enum class Special : uint8_t {
  kIeee,          // all-ones exponent: infinity (mantissa 0) or NaN
  kFiniteNan,     // "FN": no infinity; all-ones exponent and mantissa is NaN
  kUnsignedZero,  // "FNUZ": no infinity, no -0; the pattern of -0 is NaN
  kFiniteOnly,    // f4E2M1FN: every pattern is a finite number
};

struct Format {
  int exponent_bits;
  int mantissa_bits;
  int bias;
  Special special;
};

Format format_of(ir::ElementType type) {
  using ir::ElementType;
  switch (type) {
    case ElementType::kF16: return {5, 10, 15, Special::kIeee};
    case ElementType::kBF16: return {8, 7, 127, Special::kIeee};
    case ElementType::kF8E5M2: return {5, 2, 15, Special::kIeee};
    case ElementType::kF8E4M3: return {4, 3, 7, Special::kIeee};
    case ElementType::kF8E3M4: return {3, 4, 3, Special::kIeee};
    case ElementType::kF8E4M3FN: return {4, 3, 7, Special::kFiniteNan};
    case ElementType::kF8E4M3FNUZ: return {4, 3, 8, Special::kUnsignedZero};
    case ElementType::kF8E5M2FNUZ: return {5, 2, 16, Special::kUnsignedZero};
    case ElementType::kF8E4M3B11FNUZ: return {4, 3, 11, Special::kUnsignedZero};
    case ElementType::kF4E2M1FN: return {2, 1, 1, Special::kFiniteOnly};
    default: return {0, 0, 0, Special::kFiniteOnly};
  }
}

double small_float(const Format& f, uint64_t bits) {
  const int total = 1 + f.exponent_bits + f.mantissa_bits;
  bits &= (uint64_t{1} << total) - 1;
  const bool negative = (bits >> (total - 1)) & 1;
  const uint64_t exponent = (bits >> f.mantissa_bits) & ((uint64_t{1} << f.exponent_bits) - 1);
  const uint64_t mantissa = bits & ((uint64_t{1} << f.mantissa_bits) - 1);
  const uint64_t max_exponent = (uint64_t{1} << f.exponent_bits) - 1;
  const uint64_t max_mantissa = (uint64_t{1} << f.mantissa_bits) - 1;
  constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
  constexpr double kInf = std::numeric_limits<double>::infinity();

  switch (f.special) {
    case Special::kIeee:
      if (exponent == max_exponent) return mantissa == 0 ? (negative ? -kInf : kInf) : kNan;
      break;
    case Special::kFiniteNan:
      if (exponent == max_exponent && mantissa == max_mantissa) return kNan;
      break;
    case Special::kUnsignedZero:
      if (negative && exponent == 0 && mantissa == 0) return kNan;
      break;
    case Special::kFiniteOnly: break;
  }
  double magnitude;
  if (exponent == 0) {
    magnitude = std::ldexp(static_cast<double>(mantissa), 1 - f.bias - f.mantissa_bits);
  } else {
    const double significand = static_cast<double>(mantissa | (max_mantissa + 1));
    magnitude = std::ldexp(significand, static_cast<int>(exponent) - f.bias - f.mantissa_bits);
  }
  return negative ? -magnitude : magnitude;
}

}  // namespace

double float_from_bits(ir::ElementType type, uint64_t bits) {
  switch (type) {
    case ir::ElementType::kF32: return std::bit_cast<float>(static_cast<uint32_t>(bits));
    case ir::ElementType::kF64: return std::bit_cast<double>(bits);
    case ir::ElementType::kF8E8M0FNU: {
      // Exponent only, no sign: 2^(e - 127); all ones is NaN.
      const uint64_t e = bits & 0xFF;
      if (e == 0xFF) return std::numeric_limits<double>::quiet_NaN();
      return std::ldexp(1.0, static_cast<int>(e) - 127);
    }
    default: return small_float(format_of(type), bits);
  }
}

}  // namespace metallib::stablehlo::vhlo
