#include "ir/element_type.h"

namespace metallib::ir {

std::string_view element_type_name(ElementType type) {
  switch (type) {
    case ElementType::kInvalid: return "invalid";
    case ElementType::kPred: return "i1";
    case ElementType::kS2: return "i2";
    case ElementType::kS4: return "i4";
    case ElementType::kS8: return "i8";
    case ElementType::kS16: return "i16";
    case ElementType::kS32: return "i32";
    case ElementType::kS64: return "i64";
    case ElementType::kU2: return "ui2";
    case ElementType::kU4: return "ui4";
    case ElementType::kU8: return "ui8";
    case ElementType::kU16: return "ui16";
    case ElementType::kU32: return "ui32";
    case ElementType::kU64: return "ui64";
    case ElementType::kF4E2M1FN: return "f4E2M1FN";
    case ElementType::kF8E3M4: return "f8E3M4";
    case ElementType::kF8E4M3: return "f8E4M3";
    case ElementType::kF8E4M3FN: return "f8E4M3FN";
    case ElementType::kF8E4M3B11FNUZ: return "f8E4M3B11FNUZ";
    case ElementType::kF8E4M3FNUZ: return "f8E4M3FNUZ";
    case ElementType::kF8E5M2: return "f8E5M2";
    case ElementType::kF8E5M2FNUZ: return "f8E5M2FNUZ";
    case ElementType::kF8E8M0FNU: return "f8E8M0FNU";
    case ElementType::kBF16: return "bf16";
    case ElementType::kF16: return "f16";
    case ElementType::kF32: return "f32";
    case ElementType::kF64: return "f64";
    case ElementType::kC64: return "complex<f32>";
    case ElementType::kC128: return "complex<f64>";
    case ElementType::kToken: return "!stablehlo.token";
    case ElementType::kIndex: return "index";
    case ElementType::kTF32: return "tf32";
  }
  return "invalid";
}

int element_bit_width(ElementType type) {
  switch (type) {
    case ElementType::kInvalid:
    case ElementType::kToken: return 0;
    case ElementType::kS2:
    case ElementType::kU2: return 2;
    case ElementType::kS4:
    case ElementType::kU4:
    case ElementType::kF4E2M1FN: return 4;
    case ElementType::kPred:
    case ElementType::kS8:
    case ElementType::kU8:
    case ElementType::kF8E3M4:
    case ElementType::kF8E4M3:
    case ElementType::kF8E4M3FN:
    case ElementType::kF8E4M3B11FNUZ:
    case ElementType::kF8E4M3FNUZ:
    case ElementType::kF8E5M2:
    case ElementType::kF8E5M2FNUZ:
    case ElementType::kF8E8M0FNU: return 8;
    case ElementType::kS16:
    case ElementType::kU16:
    case ElementType::kBF16:
    case ElementType::kF16: return 16;
    case ElementType::kS32:
    case ElementType::kU32:
    case ElementType::kF32:
    case ElementType::kTF32: return 32;  // held in float32's format
    case ElementType::kS64:
    case ElementType::kU64:
    case ElementType::kF64:
    case ElementType::kC64:
    case ElementType::kIndex: return 64;
    case ElementType::kC128: return 128;
  }
  return 0;
}

int64_t host_element_bytes(ElementType type) {
  int bits = element_bit_width(type);
  if (bits == 0) return 0;
  return bits < 8 ? 1 : bits / 8;
}

bool is_float(ElementType type) {
  switch (type) {
    case ElementType::kF4E2M1FN:
    case ElementType::kF8E3M4:
    case ElementType::kF8E4M3:
    case ElementType::kF8E4M3FN:
    case ElementType::kF8E4M3B11FNUZ:
    case ElementType::kF8E4M3FNUZ:
    case ElementType::kF8E5M2:
    case ElementType::kF8E5M2FNUZ:
    case ElementType::kF8E8M0FNU:
    case ElementType::kBF16:
    case ElementType::kF16:
    case ElementType::kF32:
    case ElementType::kF64: return true;
    default: return false;
  }
}

bool is_complex(ElementType type) {
  return type == ElementType::kC64 || type == ElementType::kC128;
}

bool is_signed_int(ElementType type) {
  switch (type) {
    case ElementType::kS2:
    case ElementType::kS4:
    case ElementType::kS8:
    case ElementType::kS16:
    case ElementType::kS32:
    case ElementType::kS64:
    case ElementType::kIndex: return true;
    default: return false;
  }
}

bool is_unsigned_int(ElementType type) {
  switch (type) {
    case ElementType::kU2:
    case ElementType::kU4:
    case ElementType::kU8:
    case ElementType::kU16:
    case ElementType::kU32:
    case ElementType::kU64: return true;
    default: return false;
  }
}

}  // namespace metallib::ir
