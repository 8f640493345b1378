// Copies between host memory in any strided layout and the dense row-major
// layout that device buffers use. Pure byte shuffling: no MLX here, so it is
// unit-tested on its own.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "base/status.h"

namespace metallib::runtime {

using Dims = std::vector<int64_t>;

// Number of elements, or an error for negative dimensions or overflow.
StatusOr<int64_t> element_count(std::span<const int64_t> dims);

// Bytes of the dense row-major form of `dims`, or an error when the count
// or the byte size does not fit in 64 bits.
StatusOr<int64_t> dense_byte_size(std::span<const int64_t> dims, int64_t element_bytes);

// Byte strides of the dense row-major layout of `dims`.
std::vector<int64_t> dense_byte_strides(std::span<const int64_t> dims, int64_t element_bytes);

// Checks that `byte_strides` (one per dimension) can describe a layout of
// `dims`; strides may be negative or zero (numpy views), but every byte of
// every element must be addressable without overflow.
Status check_byte_strides(std::span<const int64_t> dims, std::span<const int64_t> byte_strides,
                          int64_t element_bytes);

// The lowest and one-past-the-highest byte offsets, relative to element
// [0,...], that a strided layout touches ({0, 0} for an empty array).
struct ByteRange {
  int64_t begin = 0;
  int64_t end = 0;
};
// Only valid for strides that passed check_byte_strides.
ByteRange touched_bytes(std::span<const int64_t> dims, std::span<const int64_t> byte_strides,
                        int64_t element_bytes);

// Gathers a strided host array into `dense` (row-major). `strided` points at
// element [0, 0, ...]; strides are in bytes.
void copy_strided_to_dense(const void* strided, std::span<const int64_t> dims,
                           std::span<const int64_t> byte_strides, int64_t element_bytes,
                           void* dense);

// Scatters a dense row-major array into a strided host layout.
void copy_dense_to_strided(const void* dense, std::span<const int64_t> dims,
                           std::span<const int64_t> byte_strides, int64_t element_bytes,
                           void* strided);

}  // namespace metallib::runtime
