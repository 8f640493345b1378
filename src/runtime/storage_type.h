// How each element type is held in an MLX array. Types MLX computes with are
// stored natively; the rest (complex128, fp8, fp4, int2/int4) are stored as
// their raw host bytes in a uint8 array so transfers stay bit-exact, and ops
// on them are emulated or refused by the lowering, never silently converted.
// Internal to runtime/: includes MLX.
#pragma once

#include <optional>

#include "ir/element_type.h"
#include "mlx/dtype.h"

namespace metallib::runtime {

// The MLX dtype that holds `type` natively, or nullopt when it is kept as
// raw bytes.
std::optional<mlx::core::Dtype> native_mlx_dtype(ir::ElementType type);

// The MLX dtype of the array holding `type`: the native one, or uint8 for
// the narrow types (float8, float4, int2/int4), one byte per element;
// nullopt for complex128, whose bytes have a trailing axis.
std::optional<mlx::core::Dtype> storage_mlx_dtype(ir::ElementType type);

}  // namespace metallib::runtime
