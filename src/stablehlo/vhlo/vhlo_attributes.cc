// Attribute entries of the vhlo dialect (VhloBytecode.cpp, AttributeCode).
// Enum values are VhloEnums.td's; the IR's enums list the same cases in the
// same order, but each is mapped explicitly so a reordering cannot slip by.
#include <algorithm>
#include <utility>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"
#include "stablehlo/vhlo/dense_data.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::Attribute;

// An enum attribute's varint value, which must lie in [low, high].
StatusOr<uint64_t> read_enum(ByteReader& reader, std::string_view name, uint64_t low,
                             uint64_t high) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t value, reader.read_varint(name));
  if (value < low || value > high) {
    return reader.error_at(offset, "vhlo " + std::string(name) + " value " +
                                       std::to_string(value) + " is not one of " +
                                       std::to_string(low) + ".." + std::to_string(high));
  }
  return value;
}

StatusOr<DecodedAttribute> comparison_direction(ByteReader& reader) {
  static constexpr ir::ComparisonDirection kValues[] = {
      ir::ComparisonDirection::kEq, ir::ComparisonDirection::kNe, ir::ComparisonDirection::kGe,
      ir::ComparisonDirection::kGt, ir::ComparisonDirection::kLe, ir::ComparisonDirection::kLt};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "comparison_direction", 0, 5));
  return decoded(ir::ComparisonDirectionAttr{kValues[v]});
}

StatusOr<DecodedAttribute> comparison_type(ByteReader& reader) {
  static constexpr ir::ComparisonType kValues[] = {
      ir::ComparisonType::kNoType, ir::ComparisonType::kFloat, ir::ComparisonType::kTotalOrder,
      ir::ComparisonType::kSigned, ir::ComparisonType::kUnsigned};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "comparison_type", 0, 4));
  return decoded(ir::ComparisonTypeAttr{kValues[v]});
}

StatusOr<DecodedAttribute> fft_type(ByteReader& reader) {
  static constexpr ir::FftType kValues[] = {ir::FftType::kFft, ir::FftType::kIfft,
                                            ir::FftType::kRfft, ir::FftType::kIrfft};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "fft_type", 0, 3));
  return decoded(ir::FftTypeAttr{kValues[v]});
}

StatusOr<DecodedAttribute> precision(ByteReader& reader) {
  static constexpr ir::Precision kValues[] = {ir::Precision::kDefault, ir::Precision::kHigh,
                                              ir::Precision::kHighest};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "precision", 0, 2));
  // One precision; an op's precision_config is an array of these.
  return decoded(ir::PrecisionConfigAttr{{kValues[v]}});
}

StatusOr<DecodedAttribute> rng_algorithm(ByteReader& reader) {
  static constexpr ir::RngAlgorithm kValues[] = {
      ir::RngAlgorithm::kDefault, ir::RngAlgorithm::kThreeFry, ir::RngAlgorithm::kPhilox};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "rng_algorithm", 0, 2));
  return decoded(ir::RngAlgorithmAttr{kValues[v]});
}

StatusOr<DecodedAttribute> rng_distribution(ByteReader& reader) {
  // VHLO numbers these from 1: UNIFORM = 1, NORMAL = 2.
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "rng_distribution", 1, 2));
  return decoded(ir::RngDistributionAttr{v == 1 ? ir::RngDistribution::kUniform
                                                : ir::RngDistribution::kNormal});
}

StatusOr<DecodedAttribute> transpose(ByteReader& reader) {
  // 0 is TRANSPOSE_INVALID, which no valid program holds.
  static constexpr ir::TransposeKind kValues[] = {ir::TransposeKind::kNoTranspose,
                                                  ir::TransposeKind::kTranspose,
                                                  ir::TransposeKind::kAdjoint};
  METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "transpose", 1, 3));
  return decoded(ir::TransposeAttr{kValues[v - 1]});
}

ir::Attribute int_attribute(int64_t value, ir::ElementType type) {
  return Attribute{ir::IntegerAttr{value, type}};
}

// Named fields as a dictionary sorted by name, for the vhlo attributes that
// the IR has no struct for.
DecodedAttribute dictionary(std::vector<ir::NamedAttribute> fields) {
  std::sort(fields.begin(), fields.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return decoded(ir::DictionaryAttr{std::move(fields)});
}

StatusOr<DecodedAttribute> dictionary_v1(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(auto entries, read_dictionary_entries(reader, resolver));
  return decoded(ir::DictionaryAttr{std::move(entries)});
}

StatusOr<DecodedAttribute> integer_v1(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(ir::IntegerAttr value, read_typed_integer(reader, resolver));
  return decoded(value);
}

StatusOr<DecodedAttribute> float_v1(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(ir::ElementType type,
                            read_element_type_ref(reader, resolver, "float type"));
  METALLIB_ASSIGN_OR_RETURN(ir::FloatAttr value, read_float_value(reader, type, "float value"));
  return decoded(value);
}

StatusOr<DecodedAttribute> output_operand_alias(ByteReader& reader) {
  ir::OutputOperandAlias alias;
  METALLIB_ASSIGN_OR_RETURN(alias.output_tuple_indices,
                            read_signed_list(reader, "output tuple indices"));
  METALLIB_ASSIGN_OR_RETURN(alias.operand_index, reader.read_signed_varint("operand index"));
  METALLIB_ASSIGN_OR_RETURN(alias.operand_tuple_indices,
                            read_signed_list(reader, "operand tuple indices"));
  return decoded(std::move(alias));
}

StatusOr<DecodedAttribute> result_accuracy(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(ir::FloatAttr atol,
                            read_float_value(reader, ir::ElementType::kF64, "atol"));
  METALLIB_ASSIGN_OR_RETURN(ir::FloatAttr rtol,
                            read_float_value(reader, ir::ElementType::kF64, "rtol"));
  METALLIB_ASSIGN_OR_RETURN(int64_t ulps, reader.read_signed_varint("ulps"));
  const size_t mode_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(Attribute mode, read_attribute_ref(reader, resolver, "mode"));
  if (mode.get<ir::IntegerAttr>() == nullptr) {
    return reader.error_at(mode_offset, "result accuracy mode must be a mode attribute, got " +
                                            ir::attribute_to_string(mode));
  }
  return dictionary({{"atol", Attribute{atol}},
                     {"mode", std::move(mode)},
                     {"rtol", Attribute{rtol}},
                     {"ulps", int_attribute(ulps, ir::ElementType::kS64)}});
}

// The attribute at an index preceded by a presence flag: AxisRefV1Attr
// writes a separate 0/1 varint, MeshV1Attr (readOptionalAttribute) folds the
// flag into the low bit of the index.
Status read_optional_field(ByteReader& reader, EntryResolver& resolver, bool flag_in_index,
                           std::string name, std::vector<ir::NamedAttribute>* fields) {
  uint64_t index = 0;
  bool present = false;
  if (flag_in_index) {
    METALLIB_RETURN_IF_ERROR(reader.read_varint_with_flag(name, &index, &present));
  } else {
    METALLIB_ASSIGN_OR_RETURN(uint64_t flag, reader.read_varint(name + " presence"));
    present = flag != 0;
    if (present) {
      METALLIB_ASSIGN_OR_RETURN(index, reader.read_varint(name));
    }
  }
  if (!present) return ok_status();
  METALLIB_ASSIGN_OR_RETURN(const Attribute* value, resolver.attribute(index));
  fields->push_back({std::move(name), *value});
  return ok_status();
}

// Shardy-style mesh attributes of collectives (VHLO 1.16): kept as
// dictionaries of their fields, which single-device programs never need.
StatusOr<DecodedAttribute> mesh_attribute(VhloAttrCode code, ByteReader& reader,
                                          EntryResolver& resolver) {
  std::vector<ir::NamedAttribute> fields;
  switch (code) {
    case VhloAttrCode::kSubAxisInfoV1: {
      METALLIB_ASSIGN_OR_RETURN(int64_t pre_size, reader.read_signed_varint("pre_size"));
      METALLIB_ASSIGN_OR_RETURN(int64_t size, reader.read_signed_varint("size"));
      fields.push_back({"pre_size", int_attribute(pre_size, ir::ElementType::kS64)});
      fields.push_back({"size", int_attribute(size, ir::ElementType::kS64)});
      break;
    }
    case VhloAttrCode::kAxisRefV1: {
      METALLIB_ASSIGN_OR_RETURN(Attribute name, read_attribute_ref(reader, resolver, "name"));
      fields.push_back({"name", std::move(name)});
      METALLIB_RETURN_IF_ERROR(
          read_optional_field(reader, resolver, false, "sub_axis_info", &fields));
      break;
    }
    case VhloAttrCode::kReplicaGroupMeshAxesV1: {
      METALLIB_ASSIGN_OR_RETURN(Attribute mesh, read_attribute_ref(reader, resolver, "mesh"));
      METALLIB_ASSIGN_OR_RETURN(Attribute axes, read_attribute_ref(reader, resolver, "axes"));
      fields.push_back({"mesh", std::move(mesh)});
      fields.push_back({"axes", std::move(axes)});
      break;
    }
    case VhloAttrCode::kMeshAxisV1: {
      METALLIB_ASSIGN_OR_RETURN(Attribute name, read_attribute_ref(reader, resolver, "name"));
      METALLIB_ASSIGN_OR_RETURN(int64_t size, reader.read_signed_varint("size"));
      fields.push_back({"name", std::move(name)});
      fields.push_back({"size", int_attribute(size, ir::ElementType::kS64)});
      break;
    }
    default: {  // kMeshV1
      METALLIB_ASSIGN_OR_RETURN(Attribute axes, read_attribute_ref(reader, resolver, "axes"));
      fields.push_back({"axes", std::move(axes)});
      METALLIB_RETURN_IF_ERROR(
          read_optional_field(reader, resolver, true, "device_ids", &fields));
      break;
    }
  }
  return dictionary(std::move(fields));
}

}  // namespace

StatusOr<DecodedAttribute> decode_vhlo_attribute(uint64_t code, size_t code_offset,
                                                 ByteReader& reader, EntryResolver& resolver) {
  const auto kind = static_cast<VhloAttrCode>(code);
  switch (kind) {
    case VhloAttrCode::kArrayV1: {
      METALLIB_ASSIGN_OR_RETURN(std::vector<Attribute> values,
                                read_attribute_list(reader, resolver, "array element"));
      return decoded(ir::ArrayAttr{std::move(values)});
    }
    case VhloAttrCode::kBooleanV1: {
      METALLIB_ASSIGN_OR_RETURN(uint64_t value, read_enum(reader, "boolean", 0, 1));
      return decoded(value == 1);
    }
    case VhloAttrCode::kComparisonDirectionV1: return comparison_direction(reader);
    case VhloAttrCode::kComparisonTypeV1: return comparison_type(reader);
    case VhloAttrCode::kCustomCallApiVersionV1: {
      // API_VERSION_UNSPECIFIED = 0 ... API_VERSION_TYPED_FFI = 4, kept as the
      // number: the IR has no enum for it.
      METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "custom_call_api_version", 0, 4));
      return decoded(int_attribute(static_cast<int64_t>(v), ir::ElementType::kS32));
    }
    case VhloAttrCode::kDictionaryV1: return dictionary_v1(reader, resolver);
    case VhloAttrCode::kFftTypeV1: return fft_type(reader);
    case VhloAttrCode::kFloatV1: return float_v1(reader, resolver);
    case VhloAttrCode::kIntegerV1: return integer_v1(reader, resolver);
    case VhloAttrCode::kOutputOperandAliasV1: return output_operand_alias(reader);
    case VhloAttrCode::kPrecisionV1: return precision(reader);
    case VhloAttrCode::kRngAlgorithmV1: return rng_algorithm(reader);
    case VhloAttrCode::kRngDistributionV1: return rng_distribution(reader);
    case VhloAttrCode::kStringV1: {
      METALLIB_ASSIGN_OR_RETURN(std::string_view text,
                                read_string_ref(reader, resolver, "string"));
      return decoded(ir::StringAttr{std::string(text)});
    }
    case VhloAttrCode::kTensorV1: return read_dense_elements(reader, resolver);
    case VhloAttrCode::kTransposeV1: return transpose(reader);
    case VhloAttrCode::kTypeV1: {
      const size_t offset = reader.offset();
      METALLIB_ASSIGN_OR_RETURN(DecodedType type, read_type_ref(reader, resolver, "type"));
      return type_attribute(offset, std::move(type));
    }
    case VhloAttrCode::kTypeExtensionsV1: {
      // Bounds of dynamic dimensions (INT64_MIN: unbounded).
      METALLIB_ASSIGN_OR_RETURN(std::vector<int64_t> bounds,
                                read_signed_list(reader, "bounds"));
      return decoded(ir::DenseI64ArrayAttr{std::move(bounds)});
    }
    case VhloAttrCode::kResultAccuracyModeV1: {
      // DEFAULT = 0, HIGHEST = 1, TOLERANCE = 2, kept as the number.
      METALLIB_ASSIGN_OR_RETURN(uint64_t v, read_enum(reader, "result_accuracy_mode", 0, 2));
      return decoded(int_attribute(static_cast<int64_t>(v), ir::ElementType::kS32));
    }
    case VhloAttrCode::kResultAccuracyV1: return result_accuracy(reader, resolver);
    case VhloAttrCode::kSubAxisInfoV1:
    case VhloAttrCode::kAxisRefV1:
    case VhloAttrCode::kReplicaGroupMeshAxesV1:
    case VhloAttrCode::kMeshAxisV1:
    case VhloAttrCode::kMeshV1: return mesh_attribute(kind, reader, resolver);
    default: return unknown_code(reader, code_offset, "vhlo", "attribute", code);
  }
}

}  // namespace metallib::stablehlo::vhlo
