// Helpers shared by the op lowerings: dtypes and shapes of IR values in MLX
// terms, typed attribute access, and the common compile-time checks.
// Internal to runtime/: includes MLX.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/lowering.h"

namespace metallib::runtime::ops {

// The MLX dtype holding `type` (uint8 for the narrow types, stored one byte
// per element); throws LoweringError for complex128, which checks refuse.
mx::Dtype mlx_dtype(ir::ElementType type);
mx::Shape mlx_shape(const ir::Type& type);

ir::ElementType result_element_type(const ir::Op& op, size_t i = 0);
mx::Dtype result_dtype(const ir::Op& op, size_t i = 0);
mx::Shape result_shape(const ir::Op& op, size_t i = 0);
ir::ElementType operand_element_type(const ir::Op& op, size_t i = 0);

// "'stablehlo.add' at file.py:3:4" for messages.
std::string describe_op(const ir::Op& op);

// Attribute `name` of `op` as T; throws LoweringError naming the op when it
// is missing or of another kind.
template <typename T>
const T& attribute(const ir::Op& op, std::string_view name) {
  const ir::Attribute* found = op.attribute(name);
  const T* value = found ? found->get<T>() : nullptr;
  if (value == nullptr) {
    throw LoweringError(describe_op(op) + " lacks a valid '" + std::string(name) +
                        "' attribute");
  }
  return *value;
}
const std::vector<int64_t>& i64_array(const ir::Op& op, std::string_view name);
// An i64 array attribute, or `fallback` when the op omits it.
std::vector<int64_t> i64_array_or(const ir::Op& op, std::string_view name,
                                  std::vector<int64_t> fallback);
int64_t integer(const ir::Op& op, std::string_view name);
// int64 values as MLX's int32 axis list or shape.
std::vector<int> to_ints(const std::vector<int64_t>& values);
mx::Shape to_shape(const std::vector<int64_t>& values);

bool is_integral(mx::Dtype dtype);  // integers of any width, not bool
bool is_signed_integral(mx::Dtype dtype);
int bit_width(mx::Dtype dtype);
// A scalar of `dtype` holding `value` (exact for every integer width).
mx::array scalar(int64_t value, mx::Dtype dtype);
mx::array scalar(double value, mx::Dtype dtype);
// The smallest and largest finite value of an integer dtype.
mx::array integer_min(mx::Dtype dtype);
mx::array integer_max(mx::Dtype dtype);

// broadcast_in_dim: `x`'s axis i becomes axis dims[i] of `shape`, the other
// axes are broadcast. Throws LoweringError when dims does not match x.
mx::array broadcast_into(const mx::array& x, const std::vector<int64_t>& dims,
                         const mx::Shape& shape);

// Compile-time check: every operand and result is a tensor MLX can compute
// with (or a token). Narrow types (fp8, fp4, int2/int4) pass only for ops
// that move data (compiler::moves_narrow_data): the compiler widened the
// others. Complex128 waits on emulation.
Status require_native_types(const ir::Op& op);

}  // namespace metallib::runtime::ops
