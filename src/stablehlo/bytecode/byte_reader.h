// A bounds-checked cursor over part of an MLIR bytecode artifact. Every read
// either succeeds or returns an error naming the absolute byte offset in the
// artifact and what was expected there; nothing reads past the slice.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "base/status.h"

namespace metallib::stablehlo::bytecode {

class ByteReader {
 public:
  // `base_offset` is where `bytes` starts in the whole artifact, so that
  // readers over sections and entries still report artifact offsets.
  explicit ByteReader(std::span<const uint8_t> bytes, size_t base_offset = 0)
      : bytes_(bytes), base_offset_(base_offset) {}

  // Absolute offset of the next byte to read.
  size_t offset() const { return base_offset_ + position_; }
  size_t remaining() const { return bytes_.size() - position_; }
  bool empty() const { return position_ == bytes_.size(); }

  StatusOr<uint8_t> read_byte(std::string_view what) {
    if (position_ < bytes_.size()) return bytes_[position_++];
    return need(1, what);
  }
  // MLIR's prefix varint: the count of trailing zero bits of the first byte is
  // the number of bytes that follow (a zero first byte means 8 follow).
  StatusOr<uint64_t> read_varint(std::string_view what) {
    uint64_t value = 0;
    if (try_read_varint(&value)) return value;
    return read_long_varint(what);
  }
  // A zigzag-encoded varint.
  StatusOr<int64_t> read_signed_varint(std::string_view what);
  // A varint holding `(value << 1) | flag`. Inline: every attribute and
  // type entry and every block header starts with one.
  Status read_varint_with_flag(std::string_view what, uint64_t* value, bool* flag) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t raw, read_varint(what));
    *flag = (raw & 1) != 0;
    *value = raw >> 1;
    return ok_status();
  }
  // A varint that counts items of at least `min_item_bytes` bytes each, which
  // must therefore fit in what is left; guards allocations sized by counts.
  StatusOr<uint64_t> read_count(std::string_view what, size_t min_item_bytes = 1) {
    const size_t start = position_;
    uint64_t count = 0;
    if (try_read_varint(&count) &&
        (min_item_bytes == 0 || count <= remaining() / min_item_bytes)) {
      return count;
    }
    position_ = start;
    return read_count_or_error(what, min_item_bytes);
  }
  // A varint index that must be below `limit`.
  StatusOr<uint32_t> read_index(std::string_view what, size_t limit) {
    const size_t start = position_;
    uint64_t index = 0;
    if (try_read_varint(&index) && index < limit && index <= UINT32_MAX) {
      return static_cast<uint32_t>(index);
    }
    position_ = start;
    return read_index_or_error(what, limit);
  }
  // Little-endian unsigned integer of `width` bytes (1 to 8).
  StatusOr<uint64_t> read_fixed(size_t width, std::string_view what);
  // Inline: every constant's data and every section passes here.
  StatusOr<std::span<const uint8_t>> read_bytes(uint64_t count, std::string_view what) {
    if (count > remaining()) return need(count, what);
    std::span<const uint8_t> result = bytes_.subspan(position_, static_cast<size_t>(count));
    position_ += static_cast<size_t>(count);
    return result;
  }
  // A string ending in NUL; the result excludes the NUL.
  StatusOr<std::string_view> read_cstring(std::string_view what);
  // A reader over the next `count` bytes, which this reader skips.
  StatusOr<ByteReader> read_sub_reader(uint64_t count, std::string_view what);
  // Skips 0xCB padding bytes up to the next multiple of `alignment` (a power of
  // two), counted from the start of the artifact as the writer counts.
  Status align_to(uint64_t alignment, std::string_view what);

  // "at byte N: expected <expected>" for errors found by callers.
  Status error(std::string_view expected) const;
  Status error_at(size_t offset, std::string_view message) const;

 private:
  Status need(uint64_t count, std::string_view what) const;
  StatusOr<uint64_t> read_long_varint(std::string_view what);
  // The checked forms, which also build the errors.
  StatusOr<uint64_t> read_count_or_error(std::string_view what, size_t min_item_bytes);
  StatusOr<uint32_t> read_index_or_error(std::string_view what, size_t limit);

  // Decodes the next varint where no bounds check is needed (the one-byte
  // form, or 9 bytes left: the longest form); otherwise returns false and
  // leaves the position for the checked path. The op tree is read through
  // here, tens of thousands of varints per program.
  bool try_read_varint(uint64_t* value) {
    const size_t left = bytes_.size() - position_;
    if (left == 0) return false;
    const uint8_t* p = bytes_.data() + position_;
    if (p[0] & 1) {
      *value = p[0] >> 1;
      ++position_;
      return true;
    }
    if (left < 9 || p[0] == 0 || std::endian::native != std::endian::little) return false;
    // 2 to 8 bytes: the value is the little-endian word above the marker.
    const int length = std::countr_zero(p[0]) + 1;
    uint64_t word = 0;
    std::memcpy(&word, p, sizeof(word));
    if (length < 8) word &= (uint64_t{1} << (8 * length)) - 1;
    *value = word >> length;
    position_ += static_cast<size_t>(length);
    return true;
  }

  std::span<const uint8_t> bytes_;
  size_t base_offset_ = 0;
  size_t position_ = 0;
};

}  // namespace metallib::stablehlo::bytecode
