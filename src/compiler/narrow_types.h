// Narrow element types: float8, float4 and int2/int4. MLX has none of them;
// the runtime stores them as one byte per element and converts them exactly
// to and from native types. Everything else is computed the way XLA's CPU
// backend computes them (its FloatNormalization pass): in a wider type, with
// every narrow result rounded (or wrapped) back to the narrow type.
#pragma once

#include "ir/element_type.h"
#include "ir/opcode.h"

namespace metallib::compiler {

// float8 (every variant), float4_e2m1fn, s2, s4, u2 and u4.
bool is_narrow(ir::ElementType type);

// The type XLA's CPU backend computes a narrow type in: float16 for the
// float8 and float4 types (float32 for float8_e8m0fnu, whose exponents
// float16 cannot hold), int8 for s2/s4 and uint8 for u2/u4. Other types map
// to themselves.
ir::ElementType computation_type(ir::ElementType type);

// Ops that only move, select or reinterpret elements (and control flow,
// constants and conversions): they run on the stored bytes of a narrow type,
// which keeps every bit pattern, so they are never widened.
bool moves_narrow_data(ir::OpCode code);

}  // namespace metallib::compiler
