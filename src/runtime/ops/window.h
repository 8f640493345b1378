// Windows over arrays, shared by reduce_window, select_and_scatter and the
// convolution paths MLX's conv cannot take: the `padding` attribute, padding
// with holes between elements (base or lhs dilation), and strided views that
// show every window at once without copying the input per window.
// Internal to runtime/: includes MLX.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

struct EdgePadding {
  std::vector<int64_t> low, high;
};

// The [rank, 2] `padding` attribute of `op`; zeros when the op omits it.
// Throws LoweringError when it is not a [rank, 2] integer tensor.
EdgePadding padding_attribute(const ir::Op& op, size_t rank);
// The same, as a compile-time check.
Status check_padding_attribute(const ir::Op& op, size_t rank);

// Checks that the i64 array attribute `name` of `op` (window sizes, strides,
// dilations) has `size` positive values; a missing one is an error only when
// `required`, since the spec gives the others a default of ones.
Status check_window_array(const ir::Op& op, const char* name, size_t size, bool required);

// `x` with `interior[i]` copies of `value` (a scalar) between neighbours
// along axis i, then low[i] / high[i] copies at the ends; negative low or
// high crop instead, after the holes are in, as StableHLO's pad does.
mx::array pad_with(const mx::array& x, const mx::array& value, const std::vector<int64_t>& low,
                   const std::vector<int64_t>& high, const std::vector<int64_t>& interior);

// Where the windows of a padded array lie: `count` windows per axis, the
// window's extent, the step between windows and between window elements.
struct WindowLayout {
  mx::Shape count;
  std::vector<int64_t> extent, stride, dilation;
  int64_t elements() const;  // elements per window
};

// Every window of `padded` at once: shape [count..., extent...], element
// [i..., k...] = padded[i * stride + k * dilation]. A strided view: MLX
// materialises it only if a consumer needs it contiguous.
mx::array all_windows(const mx::array& padded, const WindowLayout& layout);

// The element at flat window position `position` (row-major over extent) of
// every window: shape [count...].
mx::array window_element(const mx::array& padded, const WindowLayout& layout, int64_t position);

}  // namespace metallib::runtime::ops
