// Exact conversions between the narrow element types (float8, float4,
// int2/int4), which are stored as one byte per element in a uint8 array,
// and MLX's native types, with the semantics of XLA's CPU backend.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// The values of stored narrow elements of `type` in a native dtype that
// holds them exactly: float32 for the float types (NaN keeps its sign),
// int8 for s2/s4, uint8 for u2/u4.
mx::array decode_narrow(const mx::array& bytes, ir::ElementType type);

// Native values `x` converted to narrow `type`, as stored bytes. Floats
// round to nearest even once (float64 too); out of range they become
// infinity, NaN or the largest finite value, as the format has them.
// Floats to s2/s4/u2/u4 saturate (NaN is 0); integers wrap.
mx::array encode_narrow(const mx::array& x, ir::ElementType type);

// Stored narrow floats `bytes` of type `from` converted to integer type `to`
// (native or narrow), as XLA converts them: saturating where a value is at
// or beyond `to`'s limits *as converted to `from`* (float4_e2m1fn's 6.0 is
// the limit of every integer type, since 127 saturates to it), NaN to 0,
// otherwise truncating.
mx::array narrow_float_to_integer(const mx::array& bytes, ir::ElementType from,
                                  ir::ElementType to);

}  // namespace metallib::runtime::ops
