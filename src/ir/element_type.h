// Element types: every dtype JAX can put in an array, whether or not MLX can
// compute with it. The runtime decides how each one is stored (see
// runtime/dtype.h); the IR only names them.
#pragma once

#include <cstdint>
#include <string_view>

namespace metallib::ir {

enum class ElementType : uint8_t {
  kInvalid,
  kPred,  // bool, one byte per element on the host
  kS2,
  kS4,
  kS8,
  kS16,
  kS32,
  kS64,
  kU2,
  kU4,
  kU8,
  kU16,
  kU32,
  kU64,
  kF4E2M1FN,
  kF8E3M4,
  kF8E4M3,
  kF8E4M3FN,
  kF8E4M3B11FNUZ,
  kF8E4M3FNUZ,
  kF8E5M2,
  kF8E5M2FNUZ,
  kF8E8M0FNU,
  kBF16,
  kF16,
  kF32,
  kF64,
  kC64,
  kC128,
  kToken,
  // MLIR's index: only the element type of attribute tensors (custom_call
  // operand_layouts); no StableHLO value has it. Stored as 64 bits.
  kIndex,
  // TensorFloat-32: only the precision type of a dot algorithm (a
  // dot_general's lhs/rhs_precision_type); no StableHLO value has it.
  kTF32,
};

// MLIR spelling: "i1", "si8" is written "i8", "ui32", "bf16", "f8E4M3FN",
// "complex<f32>", "!stablehlo.token".
std::string_view element_type_name(ElementType type);

// Bits of one element as XLA defines it (pred: 8, s4: 4, c64: 64).
int element_bit_width(ElementType type);

// Bytes one element takes in a host buffer: sub-byte types are unpacked to
// one byte each, as numpy (ml_dtypes) holds them. 0 for kInvalid and kToken.
int64_t host_element_bytes(ElementType type);

bool is_float(ElementType type);  // real floating point, fp8 and fp4 included
bool is_complex(ElementType type);
bool is_signed_int(ElementType type);
bool is_unsigned_int(ElementType type);

}  // namespace metallib::ir
