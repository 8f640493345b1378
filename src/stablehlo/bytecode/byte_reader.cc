#include "stablehlo/bytecode/byte_reader.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

namespace metallib::stablehlo::bytecode {

Status ByteReader::error_at(size_t offset, std::string_view message) const {
  return invalid_argument("MLIR bytecode at byte " + std::to_string(offset) + ": " +
                          std::string(message));
}

Status ByteReader::error(std::string_view expected) const {
  return error_at(offset(), "expected " + std::string(expected));
}

Status ByteReader::need(uint64_t count, std::string_view what) const {
  if (count <= remaining()) return ok_status();
  return error_at(offset(), "expected " + std::string(what) + " (need " +
                                std::to_string(count) + " bytes, " +
                                std::to_string(remaining()) + " left)");
}

StatusOr<uint64_t> ByteReader::read_long_varint(std::string_view what) {
  if (empty()) return need(1, what);
  const uint8_t first = bytes_[position_];
  if (first & 1) {
    ++position_;
    return uint64_t{first} >> 1;
  }
  // The zero bits below the lowest set bit count the bytes that follow.
  const size_t extra = first == 0 ? 8 : static_cast<size_t>(std::countr_zero(first));
  if (extra + 1 > remaining()) return need(extra + 1, what);
  uint64_t value = 0;
  for (size_t i = extra; i > 0; --i) value = (value << 8) | bytes_[position_ + i];
  if (first != 0) {
    // Keep the value bits of the first byte, above its length marker.
    value = (value << (7 - extra)) | (uint64_t{first} >> (extra + 1));
  }
  position_ += extra + 1;
  return value;
}

StatusOr<int64_t> ByteReader::read_signed_varint(std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t zigzag, read_varint(what));
  return static_cast<int64_t>((zigzag >> 1) ^ (~(zigzag & 1) + 1));
}

StatusOr<uint64_t> ByteReader::read_count_or_error(std::string_view what,
                                                   size_t min_item_bytes) {
  const size_t start = offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, read_varint(what));
  if (min_item_bytes > 0 && count > remaining() / min_item_bytes) {
    return error_at(start, std::string(what) + " is " + std::to_string(count) +
                               ", more than the " + std::to_string(remaining()) +
                               " bytes left can hold");
  }
  return count;
}

StatusOr<uint32_t> ByteReader::read_index_or_error(std::string_view what, size_t limit) {
  const size_t start = offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, read_varint(what));
  if (index >= limit || index > UINT32_MAX) {
    return error_at(start, std::string(what) + " " + std::to_string(index) +
                               " is out of range (" + std::to_string(limit) + " entries)");
  }
  return static_cast<uint32_t>(index);
}

StatusOr<uint64_t> ByteReader::read_fixed(size_t width, std::string_view what) {
  if (width == 0 || width > 8) return error(std::string(what) + " of 1 to 8 bytes");
  METALLIB_RETURN_IF_ERROR(need(width, what));
  uint64_t value = 0;
  for (size_t i = width; i > 0; --i) value = (value << 8) | bytes_[position_ + i - 1];
  position_ += width;
  return value;
}

StatusOr<std::string_view> ByteReader::read_cstring(std::string_view what) {
  const uint8_t* start = bytes_.data() + position_;
  const void* nul = std::memchr(start, 0, remaining());
  if (nul == nullptr) {
    return error(std::string(what) + " ending in a NUL byte (none in the " +
                 std::to_string(remaining()) + " bytes left)");
  }
  const size_t length = static_cast<size_t>(static_cast<const uint8_t*>(nul) - start);
  position_ += length + 1;
  return std::string_view(reinterpret_cast<const char*>(start), length);
}

StatusOr<ByteReader> ByteReader::read_sub_reader(uint64_t count, std::string_view what) {
  const size_t start = offset();
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> bytes, read_bytes(count, what));
  return ByteReader(bytes, start);
}

Status ByteReader::align_to(uint64_t alignment, std::string_view what) {
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    return error("a power-of-two alignment for " + std::string(what) + ", got " +
                 std::to_string(alignment));
  }
  const uint64_t padding = (alignment - (offset() & (alignment - 1))) & (alignment - 1);
  METALLIB_RETURN_IF_ERROR(need(padding, "alignment padding before " + std::string(what)));
  for (uint64_t i = 0; i < padding; ++i) {
    if (bytes_[position_] != 0xCB) {
      return error("padding byte 0xCB before " + std::string(what) + ", got " +
                   std::to_string(bytes_[position_]));
    }
    ++position_;
  }
  return ok_status();
}

}  // namespace metallib::stablehlo::bytecode
