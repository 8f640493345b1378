// Attribute entries of the builtin dialect (BuiltinDialectBytecode.td). In
// VHLO artifacts these are the module's discardable attributes
// (mhlo.num_partitions = 1 : i32 ...) and every location.
#include <algorithm>
#include <utility>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"
#include "stablehlo/vhlo/dense_data.h"
#include "stablehlo/vhlo/locations.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::Attribute;

StatusOr<DecodedAttribute> dictionary(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(auto entries, read_dictionary_entries(reader, resolver));
  return decoded(ir::DictionaryAttr{std::move(entries)});
}

StatusOr<DecodedAttribute> integer(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(ir::IntegerAttr value, read_typed_integer(reader, resolver));
  return decoded(value);
}

StatusOr<DecodedAttribute> symbol_ref(ByteReader& reader, EntryResolver& resolver,
                                      bool nested) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(std::string name,
                            read_string_attribute_ref(reader, resolver, "symbol name"));
  if (nested) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("nested symbol count"));
    for (uint64_t i = 0; i < count; ++i) {
      METALLIB_RETURN_IF_ERROR(reader.read_varint("nested symbol").status());
    }
    if (count > 0) {
      return unsupported(offset, "nested symbol reference @" + name,
                         "the IR's symbol references are flat");
    }
  }
  return decoded(ir::SymbolRefAttr{std::move(name)});
}

// DenseArrayAttr (array<i64: 1, 2>): element type, element count, raw data.
StatusOr<DecodedAttribute> dense_array(ByteReader& reader, EntryResolver& resolver) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(
      ir::ElementType type,
      read_element_type_ref(reader, resolver, "dense array element type"));
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_varint("dense array size"));
  METALLIB_ASSIGN_OR_RETURN(uint64_t size, reader.read_varint("dense array data size"));
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> data,
                            reader.read_bytes(size, "dense array data"));
  if (type != ir::ElementType::kS64 && type != ir::ElementType::kPred) {
    return unsupported(offset, "dense array of " + std::string(ir::element_type_name(type)),
                       "the IR has i64 and i1 dense arrays only");
  }
  const uint64_t width = type == ir::ElementType::kS64 ? 8 : 1;
  if (count > size || count * width != size) {
    return reader.error_at(offset, "dense array of " + std::to_string(count) + " " +
                                       std::string(ir::element_type_name(type)) + " needs " +
                                       std::to_string(count * width) + " bytes, got " +
                                       std::to_string(size));
  }
  if (type == ir::ElementType::kPred) {
    ir::DenseBoolArrayAttr values;
    for (uint8_t byte : data) values.values.push_back(byte != 0);
    return decoded(std::move(values));
  }
  ir::DenseI64ArrayAttr values;
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t bits = 0;
    for (int b = 7; b >= 0; --b) bits = (bits << 8) | data[i * 8 + static_cast<uint64_t>(b)];
    values.values.push_back(static_cast<int64_t>(bits));
  }
  return decoded(std::move(values));
}

}  // namespace

StatusOr<DecodedAttribute> decode_builtin_attribute(uint64_t code, size_t code_offset,
                                                    ByteReader& reader,
                                                    EntryResolver& resolver) {
  if (is_builtin_location(code)) {
    METALLIB_ASSIGN_OR_RETURN(ir::SharedLocation location,
                              decode_builtin_location(code, reader, resolver));
    return DecodedAttribute(location);
  }
  switch (static_cast<BuiltinAttrCode>(code)) {
    case BuiltinAttrCode::kArray: {
      METALLIB_ASSIGN_OR_RETURN(std::vector<Attribute> values,
                                read_attribute_list(reader, resolver, "array element"));
      return decoded(ir::ArrayAttr{std::move(values)});
    }
    case BuiltinAttrCode::kDictionary: return dictionary(reader, resolver);
    case BuiltinAttrCode::kString:
    case BuiltinAttrCode::kStringWithType: {
      METALLIB_ASSIGN_OR_RETURN(std::string_view text,
                                read_string_ref(reader, resolver, "string"));
      // A typed string's type is dropped, as the IR's strings have none.
      if (static_cast<BuiltinAttrCode>(code) == BuiltinAttrCode::kStringWithType) {
        METALLIB_RETURN_IF_ERROR(reader.read_varint("string type").status());
      }
      return decoded(ir::StringAttr{std::string(text)});
    }
    case BuiltinAttrCode::kFlatSymbolRef: return symbol_ref(reader, resolver, false);
    case BuiltinAttrCode::kSymbolRef: return symbol_ref(reader, resolver, true);
    case BuiltinAttrCode::kType: {
      const size_t offset = reader.offset();
      METALLIB_ASSIGN_OR_RETURN(DecodedType type, read_type_ref(reader, resolver, "type"));
      return type_attribute(offset, std::move(type));
    }
    case BuiltinAttrCode::kUnit: return decoded(ir::UnitAttr{});
    case BuiltinAttrCode::kInteger: return integer(reader, resolver);
    case BuiltinAttrCode::kFloat: {
      METALLIB_ASSIGN_OR_RETURN(ir::ElementType type,
                                read_element_type_ref(reader, resolver, "float type"));
      METALLIB_ASSIGN_OR_RETURN(ir::FloatAttr value,
                                read_float_value(reader, type, "float value"));
      return decoded(value);
    }
    case BuiltinAttrCode::kDenseArray: return dense_array(reader, resolver);
    case BuiltinAttrCode::kDenseIntOrFPElements: return read_dense_elements(reader, resolver);
    case BuiltinAttrCode::kDenseStringElements:
      // StableHLO has no string tensors, so JAX never writes one; the IR
      // has no attribute that could hold its shape and strings.
      return unsupported(code_offset,
                         "builtin dense string elements attribute (dense<\"...\">)",
                         "StableHLO has no string tensors and the IR no attribute for them");
    case BuiltinAttrCode::kDenseResourceElements:
      return unsupported(code_offset, "builtin dense resource attribute (dense_resource<...>)",
                         "portable artifacts hold constants inline; the IR has no resources");
    case BuiltinAttrCode::kSparseElements:
      return unsupported(code_offset, "builtin sparse elements attribute (sparse<...>)",
                         "the IR has dense constants only");
    case BuiltinAttrCode::kDistinct:
      return unsupported(code_offset, "builtin distinct attribute (distinct[N]<...>)",
                         "it has no IR equivalent");
    default: return unknown_code(reader, code_offset, "builtin", "attribute", code);
  }
}

}  // namespace metallib::stablehlo::vhlo
