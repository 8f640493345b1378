// Type entries of the builtin dialect (BuiltinDialectBytecode.td). VHLO
// artifacts hold few: the integer types of builtin module attributes.
#include <optional>
#include <utility>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::ElementType;

// IntegerType: varint (width << 2) | signedness, where signedness is 0 for
// signless, 1 for signed and 2 for unsigned.
StatusOr<DecodedType> integer_type(ByteReader& reader, size_t code_offset) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t raw, reader.read_varint("integer width and signedness"));
  const uint64_t width = raw >> 2;
  const uint64_t signedness = raw & 3;
  if (signedness == 3) {
    return reader.error_at(code_offset, "integer type signedness 3 is not 0, 1 or 2");
  }
  if (width == 1 && signedness == 0) return DecodedType(ElementType::kPred);
  const bool is_unsigned = signedness == 2;
  switch (width) {
    case 2: return DecodedType(is_unsigned ? ElementType::kU2 : ElementType::kS2);
    case 4: return DecodedType(is_unsigned ? ElementType::kU4 : ElementType::kS4);
    case 8: return DecodedType(is_unsigned ? ElementType::kU8 : ElementType::kS8);
    case 16: return DecodedType(is_unsigned ? ElementType::kU16 : ElementType::kS16);
    case 32: return DecodedType(is_unsigned ? ElementType::kU32 : ElementType::kS32);
    case 64: return DecodedType(is_unsigned ? ElementType::kU64 : ElementType::kS64);
    default:
      return unsupported(code_offset,
                         std::string(signedness == 0   ? "i"
                                     : signedness == 1 ? "si"
                                                       : "ui") +
                             std::to_string(width),
                         "the IR has integers of 1 (signless), 2, 4, 8, 16, 32 and 64 bits");
  }
}

std::optional<ElementType> simple_float_type(BuiltinTypeCode code) {
  switch (code) {
    case BuiltinTypeCode::kBFloat16: return ElementType::kBF16;
    case BuiltinTypeCode::kFloat16: return ElementType::kF16;
    case BuiltinTypeCode::kFloat32: return ElementType::kF32;
    case BuiltinTypeCode::kFloat64: return ElementType::kF64;
    case BuiltinTypeCode::kFloatTF32: return ElementType::kTF32;
    case BuiltinTypeCode::kFloat8E5M2: return ElementType::kF8E5M2;
    case BuiltinTypeCode::kFloat8E4M3: return ElementType::kF8E4M3;
    case BuiltinTypeCode::kFloat8E4M3FN: return ElementType::kF8E4M3FN;
    case BuiltinTypeCode::kFloat8E5M2FNUZ: return ElementType::kF8E5M2FNUZ;
    case BuiltinTypeCode::kFloat8E4M3FNUZ: return ElementType::kF8E4M3FNUZ;
    case BuiltinTypeCode::kFloat8E4M3B11FNUZ: return ElementType::kF8E4M3B11FNUZ;
    case BuiltinTypeCode::kFloat8E3M4: return ElementType::kF8E3M4;
    case BuiltinTypeCode::kFloat4E2M1FN: return ElementType::kF4E2M1FN;
    case BuiltinTypeCode::kFloat8E8M0FNU: return ElementType::kF8E8M0FNU;
    default: return std::nullopt;
  }
}

}  // namespace

StatusOr<DecodedType> decode_builtin_type(uint64_t code, size_t code_offset, ByteReader& reader,
                                          EntryResolver& resolver) {
  const auto kind = static_cast<BuiltinTypeCode>(code);
  if (std::optional<ElementType> element = simple_float_type(kind))
    return DecodedType(*element);
  switch (kind) {
    case BuiltinTypeCode::kInteger: return integer_type(reader, code_offset);
    case BuiltinTypeCode::kIndex: return DecodedType(OtherType::kIndex);
    case BuiltinTypeCode::kNone: return DecodedType(OtherType::kNone);
    case BuiltinTypeCode::kFunction: {
      FunctionSignature signature;
      METALLIB_ASSIGN_OR_RETURN(signature.inputs,
                                read_value_type_list(reader, resolver, "function input type"));
      METALLIB_ASSIGN_OR_RETURN(signature.results,
                                read_value_type_list(reader, resolver, "function result type"));
      return DecodedType(std::move(signature));
    }
    case BuiltinTypeCode::kComplex: {
      const size_t offset = reader.offset();
      METALLIB_ASSIGN_OR_RETURN(
          ElementType part, read_element_type_ref(reader, resolver, "complex element type"));
      if (part == ElementType::kF32) return DecodedType(ElementType::kC64);
      if (part == ElementType::kF64) return DecodedType(ElementType::kC128);
      return unsupported(offset, "complex<" + std::string(ir::element_type_name(part)) + ">",
                         "only complex<f32> and complex<f64> exist in StableHLO");
    }
    case BuiltinTypeCode::kRankedTensor: return read_ranked_tensor(reader, resolver, false);
    case BuiltinTypeCode::kRankedTensorWithEncoding:
      return read_ranked_tensor(reader, resolver, true);
    case BuiltinTypeCode::kTuple: {
      METALLIB_ASSIGN_OR_RETURN(std::vector<ir::Type> elements,
                                read_value_type_list(reader, resolver, "tuple element type"));
      return DecodedType(ir::Type::tuple(std::move(elements)));
    }
    case BuiltinTypeCode::kUnrankedTensor:
      return unranked_tensor(reader, resolver, code_offset, "builtin");
    case BuiltinTypeCode::kFloat80:
    case BuiltinTypeCode::kFloat128:
    case BuiltinTypeCode::kFloat6E2M3FN:
    case BuiltinTypeCode::kFloat6E3M2FN:
    case BuiltinTypeCode::kMemRef:
    case BuiltinTypeCode::kMemRefWithMemSpace:
    case BuiltinTypeCode::kUnrankedMemRef:
    case BuiltinTypeCode::kUnrankedMemRefWithMemSpace:
    case BuiltinTypeCode::kVector:
    case BuiltinTypeCode::kVectorWithScalableDims:
      return unsupported(code_offset, "builtin type code " + std::to_string(code),
                         "it has no IR equivalent");
    default: return unknown_code(reader, code_offset, "builtin", "type", code);
  }
}

}  // namespace metallib::stablehlo::vhlo
