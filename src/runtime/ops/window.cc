#include "runtime/ops/window.h"

#include <algorithm>
#include <cstring>

namespace metallib::runtime::ops {
namespace {

// The padding attribute's values, row-major, or an error message.
std::string read_padding(const ir::Op& op, size_t rank, std::vector<int64_t>& values) {
  const ir::Attribute* found = op.attribute("padding");
  if (found == nullptr) {
    values.assign(2 * rank, 0);
    return "";
  }
  const auto* dense = found->get<ir::DenseElementsAttr>();
  if (dense == nullptr) return "a 'padding' attribute that is not a dense tensor";
  const ir::ElementType type = dense->type.element_type();
  const int64_t bytes = ir::host_element_bytes(type);
  const bool integer = type == ir::ElementType::kS64 || type == ir::ElementType::kS32;
  const auto& dims = dense->type.dims();
  const bool shaped = dims.size() == 2 && dims[0] == static_cast<int64_t>(rank) && dims[1] == 2;
  if (!integer || !(shaped || (rank == 0 && dense->type.rank() == 2))) {
    return "a 'padding' attribute that is not a [" + std::to_string(rank) +
           ", 2] integer tensor";
  }
  values.clear();
  for (size_t i = 0; i < 2 * rank; ++i) {
    const size_t at = dense->splat ? 0 : i;
    if ((at + 1) * static_cast<size_t>(bytes) > dense->data.size()) {
      return "a 'padding' attribute with too few elements";
    }
    if (bytes == 8) {
      int64_t v;
      std::memcpy(&v, dense->data.data() + at * 8, 8);
      values.push_back(v);
    } else {
      int32_t v;
      std::memcpy(&v, dense->data.data() + at * 4, 4);
      values.push_back(v);
    }
  }
  return "";
}

// `x` with `interior` copies of `value` between neighbours along `axis`:
// each element gets a block of pad values after it, then the block after
// the last element is cut off.
mx::array interleave(const mx::array& x, int axis, int64_t interior, const mx::array& value) {
  const int n = x.shape(axis);
  if (interior == 0 || n <= 1) return x;
  mx::Shape column = x.shape();
  column.insert(column.begin() + axis + 1, 1);
  mx::Shape block = column;
  block[axis + 1] = static_cast<int>(interior);
  const mx::array holes = mx::full(block, mx::astype(value, x.dtype()));
  const mx::array joined = mx::concatenate({mx::reshape(x, column), holes}, axis + 1);
  mx::Shape flat = x.shape();
  flat[axis] = static_cast<int>(n * (interior + 1));
  mx::Shape stop = flat;
  stop[axis] = static_cast<int>(n + (n - 1) * interior);
  return mx::slice(mx::reshape(joined, flat), mx::Shape(x.ndim(), 0), stop);
}

}  // namespace

EdgePadding padding_attribute(const ir::Op& op, size_t rank) {
  std::vector<int64_t> values;
  const std::string problem = read_padding(op, rank, values);
  if (!problem.empty()) throw LoweringError(describe_op(op) + " has " + problem);
  EdgePadding padding;
  for (size_t i = 0; i < rank; ++i) {
    padding.low.push_back(values[2 * i]);
    padding.high.push_back(values[2 * i + 1]);
  }
  return padding;
}

Status check_padding_attribute(const ir::Op& op, size_t rank) {
  std::vector<int64_t> values;
  const std::string problem = read_padding(op, rank, values);
  if (!problem.empty()) return invalid_argument(describe_op(op) + " has " + problem);
  return ok_status();
}

mx::array pad_with(const mx::array& x, const mx::array& value, const std::vector<int64_t>& low,
                   const std::vector<int64_t>& high, const std::vector<int64_t>& interior) {
  mx::array result = x;
  const mx::array fill = mx::astype(value, x.dtype());
  for (int axis = 0; axis < static_cast<int>(x.ndim()); ++axis) {
    result = interleave(result, axis, interior[axis], fill);
    const int64_t n = result.shape(axis);
    // Crops first (negative padding), then pads what is positive.
    const int64_t start = std::min<int64_t>(n, std::max<int64_t>(0, -low[axis]));
    const int64_t stop = std::max<int64_t>(start, n + std::min<int64_t>(0, high[axis]));
    if (start != 0 || stop != n) {
      mx::Shape begin(result.ndim(), 0), end = result.shape();
      begin[axis] = static_cast<int>(start);
      end[axis] = static_cast<int>(stop);
      result = mx::slice(result, begin, end);
    }
    const int lo = static_cast<int>(std::max<int64_t>(0, low[axis]));
    const int hi = static_cast<int>(std::max<int64_t>(0, high[axis]));
    if (lo != 0 || hi != 0) result = mx::pad(result, {axis}, {lo}, {hi}, fill);
  }
  return result;
}

int64_t WindowLayout::elements() const {
  int64_t n = 1;
  for (int64_t e : extent) n *= e;
  return n;
}

namespace {

// Row-major element strides of `shape`.
std::vector<int64_t> row_major_strides(const mx::Shape& shape) {
  std::vector<int64_t> strides(shape.size(), 1);
  for (int i = static_cast<int>(shape.size()) - 2; i >= 0; --i) {
    strides[i] = strides[i + 1] * shape[i + 1];
  }
  return strides;
}

}  // namespace

mx::array all_windows(const mx::array& padded, const WindowLayout& layout) {
  const std::vector<int64_t> base = row_major_strides(padded.shape());
  mx::Shape shape = layout.count;
  mx::Strides strides;
  for (size_t i = 0; i < base.size(); ++i) strides.push_back(base[i] * layout.stride[i]);
  for (size_t i = 0; i < base.size(); ++i) {
    shape.push_back(static_cast<int>(layout.extent[i]));
    strides.push_back(base[i] * layout.dilation[i]);
  }
  return mx::as_strided(mx::contiguous(padded), shape, strides, 0);
}

mx::array window_element(const mx::array& padded, const WindowLayout& layout,
                         int64_t position) {
  const std::vector<int64_t> base = row_major_strides(padded.shape());
  mx::Strides strides;
  int64_t offset = 0;
  for (int i = static_cast<int>(base.size()) - 1; i >= 0; --i) {
    const int64_t k = position % layout.extent[i];
    position /= layout.extent[i];
    offset += k * layout.dilation[i] * base[i];
  }
  for (size_t i = 0; i < base.size(); ++i) strides.push_back(base[i] * layout.stride[i]);
  return mx::as_strided(mx::contiguous(padded), layout.count, strides,
                        static_cast<size_t>(offset));
}

Status check_window_array(const ir::Op& op, const char* name, size_t size, bool required) {
  const ir::Attribute* found = op.attribute(name);
  if (found == nullptr && !required) return ok_status();
  const auto* values = found ? found->get<ir::DenseI64ArrayAttr>() : nullptr;
  if (values == nullptr || values->values.size() != size) {
    return invalid_argument(describe_op(op) + " needs '" + name + "' with " +
                            std::to_string(size) + " values");
  }
  for (int64_t v : values->values) {
    if (v < 1) return invalid_argument(describe_op(op) + ": '" + name + "' must be positive");
  }
  return ok_status();
}

}  // namespace metallib::runtime::ops
