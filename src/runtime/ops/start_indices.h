// Start indices of gather and scatter in MLX terms: the index vectors split
// into one array per component, widened so that no index type (int8 to
// uint64) changes value, then clamped (gather) or checked (scatter) against
// the operand's bounds. MLX's gather and scatter check no bounds at all.
// Internal to runtime/: includes MLX.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// `indices` split along `index_vector_dim` (equal to its rank: one implicit
// component), each component shaped like the batch: indices' shape without
// that dimension. Components are int64, or uint64 for uint64 indices.
Arrays index_components(const mx::array& indices, int64_t index_vector_dim);

// The batch shape of `indices` (its shape without `index_vector_dim`).
mx::Shape batch_shape(const mx::Shape& indices, int64_t index_vector_dim);

// Where dimension `dim` of the indices lies in the batch shape.
int batch_position(int64_t dim, int64_t index_vector_dim);

// An int64 array of `shape` holding each element's coordinate along `axis`.
mx::array coordinate(const mx::Shape& shape, int axis);

// clamp(start, 0, max_start) as int64, exact for every index type.
mx::array clamp_start(const mx::array& start, int64_t max_start);

// Whether 0 <= start <= max_start, exact for every index type.
mx::array start_in_bounds(const mx::array& start, int64_t max_start);

// int32 when every value below `bound` fits, else int64: the index type
// handed to MLX's gather and scatter.
mx::Dtype index_dtype_for(int64_t bound);

}  // namespace metallib::runtime::ops
