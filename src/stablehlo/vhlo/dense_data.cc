#include "stablehlo/vhlo/dense_data.h"

#include <limits>
#include <span>
#include <string>
#include <variant>

#include "ir/element_type.h"
#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

// `bytes` into `data` with only the low `bits` bits of each kept, as
// ml_dtypes holds sub-byte types.
void copy_masked(std::span<const uint8_t> bytes, int bits, std::string& data) {
  data.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (bits < 8) {
    const uint8_t mask = static_cast<uint8_t>((1u << bits) - 1);
    for (char& c : data) c = static_cast<char>(static_cast<uint8_t>(c) & mask);
  }
}

Status booleans(const bytecode::ByteReader& reader, size_t offset, uint64_t count,
                std::span<const uint8_t> blob, ir::DenseElementsAttr& result) {
  const uint64_t packed_size = (count + 7) / 8;
  if (blob.size() == 1 && blob[0] == 0xFF) {
    result.data.assign(1, '\x01');
    result.splat = count != 1;
  } else if (blob.size() == packed_size && blob.size() != count) {
    // Packed; also taken for a 0x00 splat of up to 8 elements, which unpacks
    // to the same values.
    result.data.resize(count);
    for (uint64_t i = 0; i < count; ++i) result.data[i] = (blob[i / 8] >> (i % 8)) & 1;
  } else if (blob.size() == count || blob.size() == 1) {
    // One byte per element, as older writers stored them.
    result.data.resize(blob.size());
    for (size_t i = 0; i < blob.size(); ++i) result.data[i] = blob[i] != 0 ? 1 : 0;
    result.splat = blob.size() != count;
  } else {
    return reader.error_at(offset, "tensor constant of type " + result.type.to_string() +
                                       " needs " + std::to_string(packed_size) +
                                       " bytes of packed i1 data (" + std::to_string(count) +
                                       " unpacked, 1 for a splat), got " +
                                       std::to_string(blob.size()));
  }
  return ok_status();
}

// The blob of `result.type`'s elements into `result`.
Status read_data(bytecode::ByteReader& reader, size_t type_offset,
                 ir::DenseElementsAttr& result) {
  const ir::Type& type = result.type;
  if (!type.is_tensor() || !type.has_static_shape()) {
    return reader.error_at(
        type_offset,
        "tensor constant needs a statically shaped tensor type, got " + type.to_string());
  }
  const ir::ElementType element = type.element_type();
  const int64_t element_bytes = ir::host_element_bytes(element);
  if (element_bytes == 0) {
    return reader.error_at(type_offset, "tensor constant has element type " +
                                            std::string(ir::element_type_name(element)) +
                                            ", which holds no data");
  }
  // Element count, guarded against overflow of 64 bits.
  uint64_t count = 1;
  for (int64_t d : type.dims()) {
    const auto dim = static_cast<uint64_t>(d);
    if (dim != 0 && count > std::numeric_limits<uint64_t>::max() / dim / 16) {
      return reader.error_at(type_offset, "tensor constant of type " + type.to_string() +
                                              " has too many elements");
    }
    count *= dim;
  }

  const size_t size_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t size, reader.read_varint("tensor data size"));
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> blob,
                            reader.read_bytes(size, "tensor data"));
  if (element == ir::ElementType::kPred) {
    return booleans(reader, size_offset, count, blob, result);
  }

  const uint64_t full_size = count * static_cast<uint64_t>(element_bytes);
  if (blob.size() != full_size && blob.size() != static_cast<uint64_t>(element_bytes)) {
    return reader.error_at(size_offset,
                           "tensor constant of type " + type.to_string() + " needs " +
                               std::to_string(full_size) + " bytes of data (or " +
                               std::to_string(element_bytes) + " for a splat), got " +
                               std::to_string(blob.size()));
  }
  copy_masked(blob, ir::element_bit_width(element), result.data);
  result.splat = blob.size() != full_size;
  return ok_status();
}

// A whole-byte integer element type's width in bytes, or 0 for any other
// (sub-byte integers, which the general path masks, and index).
int integer_list_width(ir::ElementType element) {
  switch (element) {
    case ir::ElementType::kS8:
    case ir::ElementType::kU8: return 1;
    case ir::ElementType::kS16:
    case ir::ElementType::kU16: return 2;
    case ir::ElementType::kS32:
    case ir::ElementType::kU32: return 4;
    case ir::ElementType::kS64:
    case ir::ElementType::kU64: return 8;
    default: return 0;
  }
}

}  // namespace

std::optional<std::vector<int64_t>> read_integer_list(bytecode::ByteReader& reader,
                                                      EntryResolver& resolver) {
  StatusOr<uint64_t> type_index = reader.read_varint("tensor type");
  if (!type_index.ok()) return std::nullopt;
  StatusOr<const DecodedType*> decoded = resolver.type(*type_index);
  const ir::Type* type = decoded.ok() ? std::get_if<ir::Type>(*decoded) : nullptr;
  if (type == nullptr || !type->is_tensor() || type->rank() > 1 || !type->bounds().empty()) {
    return std::nullopt;
  }
  const int width = integer_list_width(type->element_type());
  const int64_t count = type->rank() == 0 ? 1 : type->dims()[0];
  if (width == 0 || count < 0) return std::nullopt;
  StatusOr<uint64_t> size = reader.read_varint("tensor data size");
  if (!size.ok()) return std::nullopt;
  StatusOr<std::span<const uint8_t>> blob = reader.read_bytes(*size, "tensor data");
  const auto full_size = static_cast<uint64_t>(count) * static_cast<uint64_t>(width);
  if (!blob.ok() || !reader.empty() ||
      (blob->size() != full_size && blob->size() != static_cast<uint64_t>(width))) {
    return std::nullopt;
  }
  const bool splat = blob->size() != full_size;
  const bool is_signed = ir::is_signed_int(type->element_type());
  std::vector<int64_t> values(static_cast<size_t>(count));
  for (size_t i = 0; i < values.size(); ++i) {
    const uint8_t* element = blob->data() + (splat ? 0 : i * static_cast<size_t>(width));
    uint64_t bits = 0;
    for (int b = width - 1; b >= 0; --b) bits = (bits << 8) | element[b];  // little-endian
    values[i] = is_signed ? sign_extend(bits, 8 * width) : static_cast<int64_t>(bits);
  }
  return values;
}

StatusOr<DecodedAttribute> read_dense_elements(bytecode::ByteReader& reader,
                                               EntryResolver& resolver) {
  const size_t type_offset = reader.offset();
  // Built where the result lies: a large program has thousands of
  // constants, and each move of one visits the attribute variants.
  StatusOr<DecodedAttribute> result(std::in_place, std::in_place_type<ir::Attribute>);
  auto& dense = std::get<ir::Attribute>(*result).value.emplace<ir::DenseElementsAttr>();
  METALLIB_ASSIGN_OR_RETURN(dense.type, read_value_type_ref(reader, resolver, "tensor type"));
  METALLIB_RETURN_IF_ERROR(read_data(reader, type_offset, dense));
  return result;
}

}  // namespace metallib::stablehlo::vhlo
