#include "stablehlo/vhlo/decode_util.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include "stablehlo/vhlo/float_bits.h"

namespace metallib::stablehlo::vhlo {
namespace {

std::string kind_of(const DecodedType& type) {
  return "type " + decoded_type_to_string(type);
}

// A list's length, named "<what> count" in an error. The name is made only
// then: lists are read by the thousand, and a name made per list cost more
// than the list.
StatusOr<uint64_t> read_list_count(ByteReader& reader, std::string_view what) {
  ByteReader attempt = reader;
  StatusOr<uint64_t> count = attempt.read_count("a list count");
  if (count.ok()) {
    reader = attempt;
    return count;
  }
  return reader.read_count(std::string(what) + " count");
}

}  // namespace

Status unknown_code(const ByteReader& reader, size_t offset, std::string_view dialect,
                    std::string_view kind, uint64_t code) {
  return reader.error_at(offset, "unknown " + std::string(dialect) + " " + std::string(kind) +
                                     " code " + std::to_string(code));
}

Status unsupported(size_t offset, std::string_view what, std::string_view why) {
  return unimplemented("MLIR bytecode at byte " + std::to_string(offset) + ": " +
                       std::string(what) + " is not supported: " + std::string(why));
}

StatusOr<ir::Attribute> read_attribute_ref(ByteReader& reader, EntryResolver& resolver,
                                           std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  METALLIB_ASSIGN_OR_RETURN(const ir::Attribute* attribute, resolver.attribute(index));
  return *attribute;
}

StatusOr<std::string_view> read_string_attribute_view(ByteReader& reader,
                                                      EntryResolver& resolver,
                                                      std::string_view what) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  if (std::optional<std::string_view> text = resolver.plain_string(index)) return *text;
  METALLIB_ASSIGN_OR_RETURN(const ir::Attribute* attribute, resolver.attribute(index));
  if (const auto* text = attribute->get<ir::StringAttr>()) return std::string_view(text->value);
  return reader.error_at(offset, std::string(what) + " must be a string attribute, got " +
                                     ir::attribute_to_string(*attribute));
}

StatusOr<std::string> read_string_attribute_ref(ByteReader& reader, EntryResolver& resolver,
                                                std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(std::string_view text,
                            read_string_attribute_view(reader, resolver, what));
  return std::string(text);
}

StatusOr<const DecodedType*> borrow_type_ref(ByteReader& reader, EntryResolver& resolver,
                                             std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  return resolver.type(index);
}

StatusOr<DecodedType> read_type_ref(ByteReader& reader, EntryResolver& resolver,
                                    std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* type, borrow_type_ref(reader, resolver, what));
  return *type;
}

StatusOr<ir::Type> read_value_type_ref(ByteReader& reader, EntryResolver& resolver,
                                       std::string_view what) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* type, borrow_type_ref(reader, resolver, what));
  if (const auto* value = std::get_if<ir::Type>(type)) return *value;
  return reader.error_at(
      offset,
      std::string(what) + " must be a tensor, token or tuple type, got " + kind_of(*type));
}

StatusOr<ir::ElementType> read_element_type_ref(ByteReader& reader, EntryResolver& resolver,
                                                std::string_view what) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* type, borrow_type_ref(reader, resolver, what));
  if (const auto* element = std::get_if<ir::ElementType>(type)) return *element;
  return reader.error_at(offset,
                         std::string(what) + " must be an element type, got " + kind_of(*type));
}

StatusOr<std::string_view> read_string_ref(ByteReader& reader, EntryResolver& resolver,
                                           std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  return resolver.string(index);
}

StatusOr<std::vector<int64_t>> read_signed_list(ByteReader& reader, std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, read_list_count(reader, what));
  std::vector<int64_t> values;
  values.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(int64_t value, reader.read_signed_varint(what));
    values.push_back(value);
  }
  return values;
}

StatusOr<std::vector<ir::Type>> read_value_type_list(ByteReader& reader,
                                                     EntryResolver& resolver,
                                                     std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, read_list_count(reader, what));
  std::vector<ir::Type> types;
  types.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(ir::Type type, read_value_type_ref(reader, resolver, what));
    types.push_back(std::move(type));
  }
  return types;
}

StatusOr<std::vector<ir::Attribute>> read_attribute_list(ByteReader& reader,
                                                         EntryResolver& resolver,
                                                         std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, read_list_count(reader, what));
  std::vector<ir::Attribute> values;
  values.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(ir::Attribute value, read_attribute_ref(reader, resolver, what));
    values.push_back(std::move(value));
  }
  return values;
}

StatusOr<uint64_t> read_apint_bits(ByteReader& reader, int bit_width, std::string_view what) {
  uint64_t bits = 0;
  if (bit_width <= 8) {
    METALLIB_ASSIGN_OR_RETURN(uint8_t byte, reader.read_byte(what));
    bits = byte;
  } else if (bit_width <= 64) {
    // The writer zigzags the zero-extended bits, so this undoes it exactly.
    METALLIB_ASSIGN_OR_RETURN(int64_t value, reader.read_signed_varint(what));
    bits = static_cast<uint64_t>(value);
  } else {
    return unsupported(reader.offset(),
                       std::string(what) + " of " + std::to_string(bit_width) + " bits",
                       "integers wider than 64 bits");
  }
  if (bit_width < 64) bits &= (uint64_t{1} << bit_width) - 1;
  return bits;
}

int64_t sign_extend(uint64_t bits, int bit_width) {
  if (bit_width >= 64) return static_cast<int64_t>(bits);
  const uint64_t sign = uint64_t{1} << (bit_width - 1);
  return static_cast<int64_t>((bits ^ sign) - sign);
}

StatusOr<ir::IntegerAttr> read_integer_value(ByteReader& reader, ir::ElementType type,
                                             std::string_view what) {
  const size_t offset = reader.offset();
  int width = 0;
  bool is_signed = false;
  if (type == ir::ElementType::kInvalid) {  // index: 64-bit storage, signed
    width = 64;
    is_signed = true;
  } else if (type == ir::ElementType::kPred) {
    width = 1;
  } else if (ir::is_signed_int(type) || ir::is_unsigned_int(type)) {
    width = ir::element_bit_width(type);
    is_signed = ir::is_signed_int(type);
  } else {
    return reader.error_at(offset, std::string(what) + " has non-integer type " +
                                       std::string(ir::element_type_name(type)));
  }
  METALLIB_ASSIGN_OR_RETURN(uint64_t bits, read_apint_bits(reader, width, what));
  ir::IntegerAttr attribute;
  attribute.type = type;
  attribute.value = is_signed ? sign_extend(bits, width) : static_cast<int64_t>(bits);
  return attribute;
}

StatusOr<ir::FloatAttr> read_float_value(ByteReader& reader, ir::ElementType type,
                                         std::string_view what) {
  if (!ir::is_float(type)) {
    return reader.error_at(reader.offset(), std::string(what) + " has non-float type " +
                                                std::string(ir::element_type_name(type)));
  }
  METALLIB_ASSIGN_OR_RETURN(uint64_t bits,
                            read_apint_bits(reader, ir::element_bit_width(type), what));
  ir::FloatAttr attribute;
  attribute.type = type;
  attribute.value = float_from_bits(type, bits);
  return attribute;
}

StatusOr<ir::Type> make_tensor_type(const ByteReader& reader, size_t offset,
                                    std::vector<int64_t> dims, const DecodedType& element) {
  const auto* element_type = std::get_if<ir::ElementType>(&element);
  if (element == DecodedType(OtherType::kIndex)) {
    // Only attributes hold index tensors (custom_call operand_layouts such
    // as dense<> : tensor<0xindex>).
    static constexpr ir::ElementType kIndex = ir::ElementType::kIndex;
    element_type = &kIndex;
  }
  if (element_type == nullptr) {
    return reader.error_at(
        offset, "tensor element type must be an element type, got " + kind_of(element));
  }
  if (*element_type == ir::ElementType::kTF32) {
    return unsupported(offset, "a tensor of tf32",
                       "tf32 is only the precision type of a dot algorithm");
  }
  for (int64_t d : dims) {
    // MLIR writes a dynamic dimension as INT64_MIN, which is ir::kDynamicDim.
    if (d < 0 && d != ir::kDynamicDim) {
      return reader.error_at(offset, "tensor dimension " + std::to_string(d) + " is negative");
    }
  }
  return ir::Type::tensor(*element_type, std::move(dims));
}

StatusOr<DecodedAttribute> type_attribute(size_t offset, DecodedType type) {
  if (auto* value = std::get_if<ir::Type>(&type)) return decoded(ir::TypeAttr{*value});
  if (const auto* element = std::get_if<ir::ElementType>(&type)) {
    return decoded(ir::TypeAttr{ir::Type::tensor(*element, {})});
  }
  if (auto* signature = std::get_if<FunctionSignature>(&type)) {
    return DecodedAttribute(std::move(*signature));
  }
  if (std::get<OtherType>(type) == OtherType::kNone) return decoded(ir::TypeAttr{});
  return unsupported(offset, "a type attribute holding index", "the IR has no index type");
}

StatusOr<std::vector<ir::NamedAttribute>> read_dictionary_entries(ByteReader& reader,
                                                                  EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("dictionary entry count", 2));
  std::vector<ir::NamedAttribute> entries;
  entries.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const size_t offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(std::string name,
                              read_string_attribute_ref(reader, resolver, "dictionary key"));
    StatusOr<ir::Attribute> value = read_attribute_ref(reader, resolver, "dictionary value");
    if (!value.ok() && value.status().code() == StatusCode::kUnimplemented) continue;
    if (!value.ok()) return value.status();
    for (const auto& entry : entries) {
      if (entry.name == name) {
        return reader.error_at(offset, "dictionary key \"" + name + "\" appears twice");
      }
    }
    entries.push_back({std::move(name), std::move(*value)});
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return entries;
}

StatusOr<DecodedType> read_ranked_tensor(ByteReader& reader, EntryResolver& resolver,
                                         bool has_encoding) {
  const size_t offset = reader.offset();
  std::optional<ir::Attribute> encoding;
  if (has_encoding) {
    METALLIB_ASSIGN_OR_RETURN(
        encoding, read_attribute_ref(reader, resolver, "tensor encoding attribute"));
  }
  METALLIB_ASSIGN_OR_RETURN(std::vector<int64_t> dims,
                            read_signed_list(reader, "tensor shape"));
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* element,
                            borrow_type_ref(reader, resolver, "tensor element type"));
  METALLIB_ASSIGN_OR_RETURN(ir::Type type,
                            make_tensor_type(reader, offset, std::move(dims), *element));
  if (!encoding) return DecodedType(std::move(type));
  // The only encoding StableHLO defines is the bounds of dynamic dimensions
  // (type_extensions_v1, decoded as an i64 array): one per dimension.
  const auto* bounds = encoding->get<ir::DenseI64ArrayAttr>();
  if (bounds == nullptr || static_cast<int64_t>(bounds->values.size()) != type.rank()) {
    return unsupported(offset,
                       "tensor type " + type.to_string() + " with encoding " +
                           ir::attribute_to_string(*encoding),
                       "the only tensor encoding read is #stablehlo.bounds with one bound per "
                       "dimension");
  }
  for (int64_t bound : bounds->values) {
    if (bound < 0 && bound != ir::kDynamicDim) {
      return reader.error_at(
          offset, "tensor dimension bound " + std::to_string(bound) + " is negative");
    }
  }
  return DecodedType(
      ir::Type::bounded_tensor(type.element_type(), type.dims(), bounds->values));
}

Status unranked_tensor(ByteReader& reader, EntryResolver& resolver, size_t code_offset,
                       std::string_view dialect) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* element,
                            borrow_type_ref(reader, resolver, "unranked tensor element type"));
  return unsupported(code_offset,
                     std::string(dialect) + " unranked tensor type tensor<*x" +
                         decoded_type_to_string(*element) + ">",
                     "the IR has ranked tensors only, and JAX emits no unranked tensors");
}

StatusOr<ir::IntegerAttr> read_typed_integer(ByteReader& reader, EntryResolver& resolver) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* type,
                            borrow_type_ref(reader, resolver, "integer type"));
  ir::ElementType element = ir::ElementType::kInvalid;  // index
  if (const auto* e = std::get_if<ir::ElementType>(type)) {
    element = *e;
  } else if (*type != DecodedType(OtherType::kIndex)) {
    return reader.error_at(offset, "integer attribute type must be an integer type, got " +
                                       decoded_type_to_string(*type));
  }
  return read_integer_value(reader, element, "integer value");
}

}  // namespace metallib::stablehlo::vhlo
