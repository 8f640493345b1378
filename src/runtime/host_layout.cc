#include "runtime/host_layout.h"

#include <cstring>
#include <limits>
#include <string>

namespace metallib::runtime {
namespace {

std::string dims_text(std::span<const int64_t> dims) {
  std::string text = "[";
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i) text += ", ";
    text += std::to_string(dims[i]);
  }
  return text + "]";
}

// Walks every element of `dims` in row-major order, moving one contiguous run
// of the innermost dimension at a time when both sides allow it.
template <typename CopyRun>
void walk(std::span<const int64_t> dims, std::span<const int64_t> strided_strides,
          int64_t element_bytes, CopyRun copy_run) {
  const size_t rank = dims.size();
  for (int64_t d : dims) {
    if (d == 0) return;
  }
  if (rank == 0) {
    copy_run(int64_t{0}, int64_t{0}, element_bytes);
    return;
  }
  // The innermost dimension moves as one memcpy when it is contiguous.
  const int64_t inner = dims[rank - 1];
  const bool inner_contiguous = strided_strides[rank - 1] == element_bytes;
  std::vector<int64_t> index(rank, 0);
  int64_t dense_offset = 0;
  int64_t strided_offset = 0;
  for (;;) {
    if (inner_contiguous) {
      copy_run(dense_offset, strided_offset, inner * element_bytes);
    } else {
      int64_t s = strided_offset;
      for (int64_t i = 0; i < inner; ++i, s += strided_strides[rank - 1]) {
        copy_run(dense_offset + i * element_bytes, s, element_bytes);
      }
    }
    dense_offset += inner * element_bytes;
    // Advance the outer index (all dimensions but the innermost).
    size_t axis = rank - 1;
    for (;;) {
      if (axis == 0) return;
      --axis;
      strided_offset += strided_strides[axis];
      if (++index[axis] < dims[axis]) break;
      strided_offset -= strided_strides[axis] * dims[axis];
      index[axis] = 0;
    }
  }
}

// True when `byte_strides` is the dense row-major layout, so one memcpy of
// `*total_bytes` moves the whole array.
bool is_dense(std::span<const int64_t> dims, std::span<const int64_t> byte_strides,
              int64_t element_bytes, int64_t* total_bytes) {
  int64_t expected = element_bytes;
  for (size_t i = dims.size(); i-- > 0;) {
    if (dims[i] != 1 && byte_strides[i] != expected) return false;
    expected *= dims[i];
  }
  *total_bytes = expected;
  return true;
}

}  // namespace

StatusOr<int64_t> element_count(std::span<const int64_t> dims) {
  int64_t count = 1;
  for (int64_t d : dims) {
    if (d < 0) {
      return invalid_argument("dimensions " + dims_text(dims) + " contain a negative size");
    }
    if (d != 0 && count > std::numeric_limits<int64_t>::max() / d) {
      return invalid_argument("dimensions " + dims_text(dims) +
                              " have more elements than fit in 64 bits");
    }
    count *= d;
  }
  return count;
}

std::vector<int64_t> dense_byte_strides(std::span<const int64_t> dims, int64_t element_bytes) {
  std::vector<int64_t> strides(dims.size());
  int64_t stride = element_bytes;
  for (size_t i = dims.size(); i-- > 0;) {
    strides[i] = stride;
    stride *= dims[i] > 0 ? dims[i] : 1;
  }
  return strides;
}

StatusOr<int64_t> dense_byte_size(std::span<const int64_t> dims, int64_t element_bytes) {
  METALLIB_ASSIGN_OR_RETURN(int64_t count, element_count(dims));
  int64_t bytes = 0;
  if (__builtin_mul_overflow(count, element_bytes, &bytes)) {
    return invalid_argument("dimensions " + dims_text(dims) + " of " +
                            std::to_string(element_bytes) +
                            "-byte elements need more bytes than fit in 64 bits");
  }
  return bytes;
}

Status check_byte_strides(std::span<const int64_t> dims, std::span<const int64_t> byte_strides,
                          int64_t element_bytes) {
  if (byte_strides.size() != dims.size()) {
    return invalid_argument("host layout has " + std::to_string(byte_strides.size()) +
                            " byte strides for an array of rank " +
                            std::to_string(dims.size()) + " (dimensions " + dims_text(dims) +
                            ")");
  }
  // The whole span of bytes touched, last element included, must fit in a
  // signed 64-bit offset.
  __int128 reach = element_bytes;
  for (size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] == 0) return ok_status();
    __int128 span = static_cast<__int128>(dims[i] - 1) * byte_strides[i];
    reach += span < 0 ? -span : span;
  }
  if (reach > std::numeric_limits<int64_t>::max()) {
    return invalid_argument("host byte strides " + dims_text(byte_strides) +
                            " overflow for dimensions " + dims_text(dims));
  }
  return ok_status();
}

ByteRange touched_bytes(std::span<const int64_t> dims, std::span<const int64_t> byte_strides,
                        int64_t element_bytes) {
  ByteRange range;
  for (size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] == 0) return ByteRange{};
    int64_t span = (dims[i] - 1) * byte_strides[i];
    (span < 0 ? range.begin : range.end) += span;
  }
  range.end += element_bytes;
  return range;
}

namespace {

enum class Direction { kToDense, kToStrided };

// Moves every element between a dense buffer and a strided one; one memcpy
// when the strided layout is dense too.
template <Direction direction>
void copy_between(const void* from, std::span<const int64_t> dims,
                  std::span<const int64_t> byte_strides, int64_t element_bytes, void* to) {
  auto* out = static_cast<char*>(to);
  auto* in = static_cast<const char*>(from);
  int64_t total = 0;
  if (is_dense(dims, byte_strides, element_bytes, &total)) {
    if (total > 0) std::memcpy(out, in, total);
    return;
  }
  walk(dims, byte_strides, element_bytes,
       [&](int64_t dense_offset, int64_t strided_offset, int64_t bytes) {
         if constexpr (direction == Direction::kToDense) {
           std::memcpy(out + dense_offset, in + strided_offset, bytes);
         } else {
           std::memcpy(out + strided_offset, in + dense_offset, bytes);
         }
       });
}

}  // namespace

void copy_strided_to_dense(const void* strided, std::span<const int64_t> dims,
                           std::span<const int64_t> byte_strides, int64_t element_bytes,
                           void* dense) {
  copy_between<Direction::kToDense>(strided, dims, byte_strides, element_bytes, dense);
}

void copy_dense_to_strided(const void* dense, std::span<const int64_t> dims,
                           std::span<const int64_t> byte_strides, int64_t element_bytes,
                           void* strided) {
  copy_between<Direction::kToStrided>(dense, dims, byte_strides, element_bytes, strided);
}

}  // namespace metallib::runtime
