#include "runtime/ops/start_indices.h"

#include <algorithm>
#include <limits>

namespace metallib::runtime::ops {
namespace {

// Every index type but uint64 fits int64 exactly; uint64 stays as it is so
// that values above 2^63 are not read as negative.
mx::array widen(const mx::array& index) {
  if (index.dtype() == mx::uint64) return index;
  return mx::astype(index, mx::int64);
}

}  // namespace

Arrays index_components(const mx::array& indices, int64_t index_vector_dim) {
  if (index_vector_dim == static_cast<int64_t>(indices.ndim())) return {widen(indices)};
  const int axis = static_cast<int>(index_vector_dim);
  Arrays components;
  for (int k = 0; k < indices.shape(axis); ++k) {
    components.push_back(widen(mx::take(indices, k, axis)));
  }
  return components;
}

mx::Shape batch_shape(const mx::Shape& indices, int64_t index_vector_dim) {
  mx::Shape shape = indices;
  if (index_vector_dim < static_cast<int64_t>(shape.size())) {
    shape.erase(shape.begin() + index_vector_dim);
  }
  return shape;
}

int batch_position(int64_t dim, int64_t index_vector_dim) {
  return static_cast<int>(dim < index_vector_dim ? dim : dim - 1);
}

mx::array coordinate(const mx::Shape& shape, int axis) {
  mx::Shape along(shape.size(), 1);
  along[axis] = shape[axis];
  const mx::array range = mx::reshape(mx::arange(0, shape[axis], mx::int64), along);
  return mx::broadcast_to(range, shape);
}

mx::array clamp_start(const mx::array& start, int64_t max_start) {
  const int64_t limit = std::max<int64_t>(max_start, 0);
  if (start.dtype() == mx::uint64) {
    const mx::array bound(static_cast<uint64_t>(limit), mx::uint64);
    return mx::astype(mx::minimum(start, bound), mx::int64);
  }
  return mx::clip(start, mx::array(int64_t{0}, mx::int64), mx::array(limit, mx::int64));
}

mx::array start_in_bounds(const mx::array& start, int64_t max_start) {
  if (max_start < 0) return mx::zeros(start.shape(), mx::bool_);
  if (start.dtype() == mx::uint64) {
    return mx::less_equal(start, mx::array(static_cast<uint64_t>(max_start), mx::uint64));
  }
  return mx::logical_and(mx::greater_equal(start, mx::array(int64_t{0}, mx::int64)),
                         mx::less_equal(start, mx::array(max_start, mx::int64)));
}

mx::Dtype index_dtype_for(int64_t bound) {
  return bound <= std::numeric_limits<int32_t>::max() ? mx::int32 : mx::int64;
}

}  // namespace metallib::runtime::ops
