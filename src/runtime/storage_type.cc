#include "runtime/storage_type.h"

#include "compiler/narrow_types.h"

namespace metallib::runtime {
namespace mx = mlx::core;

std::optional<mx::Dtype> native_mlx_dtype(ir::ElementType type) {
  using ir::ElementType;
  switch (type) {
    case ElementType::kPred: return mx::bool_;
    case ElementType::kS8: return mx::int8;
    case ElementType::kS16: return mx::int16;
    case ElementType::kS32: return mx::int32;
    case ElementType::kS64: return mx::int64;
    case ElementType::kU8: return mx::uint8;
    case ElementType::kU16: return mx::uint16;
    case ElementType::kU32: return mx::uint32;
    case ElementType::kU64: return mx::uint64;
    case ElementType::kF16: return mx::float16;
    case ElementType::kBF16: return mx::bfloat16;
    case ElementType::kF32: return mx::float32;
    case ElementType::kF64: return mx::float64;
    case ElementType::kC64: return mx::complex64;
    default: return std::nullopt;
  }
}

std::optional<mx::Dtype> storage_mlx_dtype(ir::ElementType type) {
  if (compiler::is_narrow(type)) return mx::uint8;
  return native_mlx_dtype(type);
}

}  // namespace metallib::runtime
