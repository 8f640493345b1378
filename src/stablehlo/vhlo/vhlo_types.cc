// Type entries of the vhlo dialect (VhloBytecode.cpp, TypeCode).
#include <optional>
#include <utility>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::ElementType;

// Types without fields that are element types of the IR.
std::optional<ElementType> simple_element_type(VhloTypeCode code) {
  switch (code) {
    case VhloTypeCode::kBooleanV1: return ElementType::kPred;
    case VhloTypeCode::kFloatBF16V1: return ElementType::kBF16;
    case VhloTypeCode::kFloatF16V1: return ElementType::kF16;
    case VhloTypeCode::kFloatF32V1: return ElementType::kF32;
    case VhloTypeCode::kFloatF64V1: return ElementType::kF64;
    case VhloTypeCode::kFloatF8E4M3FNV1: return ElementType::kF8E4M3FN;
    case VhloTypeCode::kFloatF8E5M2V1: return ElementType::kF8E5M2;
    case VhloTypeCode::kFloatF8E4M3FNUZV1: return ElementType::kF8E4M3FNUZ;
    case VhloTypeCode::kFloatF8E5M2FNUZV1: return ElementType::kF8E5M2FNUZ;
    case VhloTypeCode::kFloatF8E4M3B11FNUZV1: return ElementType::kF8E4M3B11FNUZ;
    case VhloTypeCode::kFloatF8E4M3V1: return ElementType::kF8E4M3;
    case VhloTypeCode::kFloatF8E3M4V1: return ElementType::kF8E3M4;
    case VhloTypeCode::kFloatF4E2M1FNV1: return ElementType::kF4E2M1FN;
    case VhloTypeCode::kFloatF8E8M0FNUV1: return ElementType::kF8E8M0FNU;
    // VHLO's "SI" types are MLIR's signless integers, which StableHLO treats
    // as signed.
    case VhloTypeCode::kIntegerSI2V1: return ElementType::kS2;
    case VhloTypeCode::kIntegerSI4V1: return ElementType::kS4;
    case VhloTypeCode::kIntegerSI8V1: return ElementType::kS8;
    case VhloTypeCode::kIntegerSI16V1: return ElementType::kS16;
    case VhloTypeCode::kIntegerSI32V1: return ElementType::kS32;
    case VhloTypeCode::kIntegerSI64V1: return ElementType::kS64;
    case VhloTypeCode::kIntegerUI2V1: return ElementType::kU2;
    case VhloTypeCode::kIntegerUI4V1: return ElementType::kU4;
    case VhloTypeCode::kIntegerUI8V1: return ElementType::kU8;
    case VhloTypeCode::kIntegerUI16V1: return ElementType::kU16;
    case VhloTypeCode::kIntegerUI32V1: return ElementType::kU32;
    case VhloTypeCode::kIntegerUI64V1: return ElementType::kU64;
    default: return std::nullopt;
  }
}

StatusOr<DecodedType> complex_type(ByteReader& reader, EntryResolver& resolver) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(ElementType part,
                            read_element_type_ref(reader, resolver, "complex element type"));
  if (part == ElementType::kF32) return DecodedType(ElementType::kC64);
  if (part == ElementType::kF64) return DecodedType(ElementType::kC128);
  return unsupported(offset, "complex<" + std::string(ir::element_type_name(part)) + ">",
                     "only complex<f32> and complex<f64> exist in StableHLO");
}

}  // namespace

StatusOr<DecodedType> decode_vhlo_type(uint64_t code, size_t code_offset, ByteReader& reader,
                                       EntryResolver& resolver) {
  const auto kind = static_cast<VhloTypeCode>(code);
  if (std::optional<ElementType> element = simple_element_type(kind)) {
    return DecodedType(*element);
  }
  switch (kind) {
    case VhloTypeCode::kComplexV1: return complex_type(reader, resolver);
    case VhloTypeCode::kFunctionV1: {
      FunctionSignature signature;
      METALLIB_ASSIGN_OR_RETURN(signature.inputs,
                                read_value_type_list(reader, resolver, "function input type"));
      METALLIB_ASSIGN_OR_RETURN(signature.results,
                                read_value_type_list(reader, resolver, "function result type"));
      return DecodedType(std::move(signature));
    }
    case VhloTypeCode::kIndexV1: return DecodedType(OtherType::kIndex);
    case VhloTypeCode::kNoneV1: return DecodedType(OtherType::kNone);
    case VhloTypeCode::kRankedTensorV1: return read_ranked_tensor(reader, resolver, false);
    case VhloTypeCode::kRankedTensorV1WithEncoding:
      return read_ranked_tensor(reader, resolver, true);
    case VhloTypeCode::kTokenV1: return DecodedType(ir::Type::token());
    case VhloTypeCode::kTupleV1: {
      METALLIB_ASSIGN_OR_RETURN(std::vector<ir::Type> elements,
                                read_value_type_list(reader, resolver, "tuple element type"));
      return DecodedType(ir::Type::tuple(std::move(elements)));
    }
    case VhloTypeCode::kUnrankedTensorV1:
      return unranked_tensor(reader, resolver, code_offset, "vhlo");
    case VhloTypeCode::kUniformQuantizedV1:
    case VhloTypeCode::kUniformQuantizedPerAxisV1:
      return unsupported(code_offset,
                         kind == VhloTypeCode::kUniformQuantizedV1
                             ? "vhlo uniform quantized type (!quant.uniform)"
                             : "vhlo per-axis uniform quantized type (!quant.uniform)",
                         "the IR has no quantized types (JAX emits them only for programs "
                         "quantized on purpose)");
    case VhloTypeCode::kFloatTF32V1: return DecodedType(ElementType::kTF32);
    case VhloTypeCode::kFloatF6E2M3FNV1:
    case VhloTypeCode::kFloatF6E3M2FNV1:
      return unsupported(code_offset, "vhlo float type code " + std::to_string(code),
                         "the IR has no f6 element types");
    case VhloTypeCode::kFloatF8E5M3FNUV1:
      return unsupported(code_offset, "vhlo float type f8E5M3FNU",
                         "JAX's float8_e5m3fnu has no XLA or PJRT buffer type to compute with");
    case VhloTypeCode::kWitnessV1:
    case VhloTypeCode::kRankedBufferV1:
    case VhloTypeCode::kFutureV1:
      return unsupported(code_offset, "vhlo type code " + std::to_string(code),
                         "shape witnesses, buffers and futures have no IR equivalent");
    default: return unknown_code(reader, code_offset, "vhlo", "type", code);
  }
}

}  // namespace metallib::stablehlo::vhlo
