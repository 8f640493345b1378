#include "ir/attribute.h"
#include <cctype>

#include <cstdio>

namespace metallib::ir {
namespace {

std::string join_integers(const std::vector<int64_t>& values) {
  std::string text;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) text += ", ";
    text += std::to_string(values[i]);
  }
  return text;
}

std::string list(const std::vector<int64_t>& values) {
  return "[" + join_integers(values) + "]";
}

// MLIR writes a symbol bare when it is an identifier ([A-Za-z_][\w$.]*),
// quoted otherwise (e.g. @"<lambda>").
std::string symbol_name(std::string_view name);

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char hex[4];
      std::snprintf(hex, sizeof(hex), "\\%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string hex_bytes(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out = "0x";
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

std::string stablehlo_enum(std::string_view kind, std::string_view value) {
  return "#stablehlo<" + std::string(kind) + " " + std::string(value) + ">";
}

// One overload per attribute kind; std::visit picks it.
struct Printer {
  std::string operator()(const UnitAttr&) const { return "unit"; }
  std::string operator()(bool value) const { return value ? "true" : "false"; }
  std::string operator()(const IntegerAttr& a) const {
    if (a.type == ElementType::kInvalid) return std::to_string(a.value) + " : index";
    return std::to_string(a.value) + " : " + std::string(element_type_name(a.type));
  }
  std::string operator()(const FloatAttr& a) const {
    char text[40];
    std::snprintf(text, sizeof(text), "%.17g", a.value);
    return std::string(text) + " : " + std::string(element_type_name(a.type));
  }
  std::string operator()(const StringAttr& a) const { return quoted(a.value); }
  std::string operator()(const SymbolRefAttr& a) const { return "@" + symbol_name(a.name); }
  std::string operator()(const TypeAttr& a) const { return a.type.to_string(); }
  std::string operator()(const DenseI64ArrayAttr& a) const {
    return a.values.empty() ? "array<i64>" : "array<i64: " + join_integers(a.values) + ">";
  }
  std::string operator()(const DenseBoolArrayAttr& a) const {
    if (a.values.empty()) return "array<i1>";
    std::string text = "array<i1: ";
    for (size_t i = 0; i < a.values.size(); ++i) {
      text += i ? ", " : "";
      text += a.values[i] ? "true" : "false";
    }
    return text + ">";
  }
  std::string operator()(const DenseElementsAttr& a) const {
    return "dense<" + quoted(hex_bytes(a.data)) + "> : " + a.type.to_string();
  }
  std::string operator()(const ArrayAttr& a) const {
    std::string text = "[";
    for (size_t i = 0; i < a.values.size(); ++i) {
      text += i ? ", " : "";
      text += attribute_to_string(a.values[i]);
    }
    return text + "]";
  }
  std::string operator()(const DictionaryAttr& a) const {
    std::string text = "{";
    for (size_t i = 0; i < a.values.size(); ++i) {
      text += i ? ", " : "";
      text += a.values[i].name + " = " + attribute_to_string(a.values[i].value);
    }
    return text + "}";
  }
  std::string operator()(const ComparisonDirectionAttr& a) const {
    return stablehlo_enum("comparison_direction", comparison_direction_name(a.value));
  }
  std::string operator()(const ComparisonTypeAttr& a) const {
    return stablehlo_enum("comparison_type", comparison_type_name(a.value));
  }
  std::string operator()(const PrecisionConfigAttr& a) const {
    std::string text = "[";
    for (size_t i = 0; i < a.values.size(); ++i) {
      text += i ? ", " : "";
      text += stablehlo_enum("precision", precision_name(a.values[i]));
    }
    return text + "]";
  }
  std::string operator()(const FftTypeAttr& a) const {
    return stablehlo_enum("fft_type", fft_type_name(a.value));
  }
  std::string operator()(const RngAlgorithmAttr& a) const {
    return stablehlo_enum("rng_algorithm", rng_algorithm_name(a.value));
  }
  std::string operator()(const RngDistributionAttr& a) const {
    return stablehlo_enum("rng_distribution", rng_distribution_name(a.value));
  }
  std::string operator()(const TransposeAttr& a) const {
    return stablehlo_enum("transpose", transpose_name(a.value));
  }
  std::string operator()(const DotDimensionNumbers& d) const {
    return "#stablehlo.dot<lhs_batching_dimensions = " + list(d.lhs_batching_dimensions) +
           ", rhs_batching_dimensions = " + list(d.rhs_batching_dimensions) +
           ", lhs_contracting_dimensions = " + list(d.lhs_contracting_dimensions) +
           ", rhs_contracting_dimensions = " + list(d.rhs_contracting_dimensions) + ">";
  }
  std::string operator()(const ConvDimensionNumbers& d) const {
    return "#stablehlo.conv<raw input_batch_dimension = " +
           std::to_string(d.input_batch_dimension) +
           ", input_feature_dimension = " + std::to_string(d.input_feature_dimension) +
           ", input_spatial_dimensions = " + list(d.input_spatial_dimensions) +
           ", kernel_input_feature_dimension = " +
           std::to_string(d.kernel_input_feature_dimension) +
           ", kernel_output_feature_dimension = " +
           std::to_string(d.kernel_output_feature_dimension) +
           ", kernel_spatial_dimensions = " + list(d.kernel_spatial_dimensions) +
           ", output_batch_dimension = " + std::to_string(d.output_batch_dimension) +
           ", output_feature_dimension = " + std::to_string(d.output_feature_dimension) +
           ", output_spatial_dimensions = " + list(d.output_spatial_dimensions) + ">";
  }
  std::string operator()(const GatherDimensionNumbers& d) const {
    return "#stablehlo.gather<offset_dims = " + list(d.offset_dims) +
           ", collapsed_slice_dims = " + list(d.collapsed_slice_dims) +
           ", operand_batching_dims = " + list(d.operand_batching_dims) +
           ", start_indices_batching_dims = " + list(d.start_indices_batching_dims) +
           ", start_index_map = " + list(d.start_index_map) +
           ", index_vector_dim = " + std::to_string(d.index_vector_dim) + ">";
  }
  std::string operator()(const ScatterDimensionNumbers& d) const {
    return "#stablehlo.scatter<update_window_dims = " + list(d.update_window_dims) +
           ", inserted_window_dims = " + list(d.inserted_window_dims) +
           ", input_batching_dims = " + list(d.input_batching_dims) +
           ", scatter_indices_batching_dims = " + list(d.scatter_indices_batching_dims) +
           ", scatter_dims_to_operand_dims = " + list(d.scatter_dims_to_operand_dims) +
           ", index_vector_dim = " + std::to_string(d.index_vector_dim) + ">";
  }
  std::string operator()(const OutputOperandAlias& a) const {
    return "#stablehlo.output_operand_alias<output_tuple_indices = " +
           list(a.output_tuple_indices) +
           ", operand_index = " + std::to_string(a.operand_index) +
           ", operand_tuple_indices = " + list(a.operand_tuple_indices) + ">";
  }
  std::string operator()(const ChannelHandle& a) const {
    return "#stablehlo.channel_handle<handle = " + std::to_string(a.handle) +
           ", type = " + std::to_string(a.type) + ">";
  }
};

std::string symbol_name(std::string_view name) {
  auto identifier_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == '.';
  };
  bool bare =
      !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) bare = bare && identifier_char(c);
  return bare ? std::string(name) : quoted(name);
}

}  // namespace

bool ArrayAttr::operator==(const ArrayAttr& other) const {
  return values == other.values;
}
bool DictionaryAttr::operator==(const DictionaryAttr& other) const {
  return values == other.values;
}

std::string attribute_to_string(const Attribute& attribute) {
  return std::visit(Printer{}, attribute.value);
}

std::string_view comparison_direction_name(ComparisonDirection value) {
  static constexpr std::string_view kNames[] = {"EQ", "NE", "GE", "GT", "LE", "LT"};
  return kNames[static_cast<int>(value)];
}

std::string_view comparison_type_name(ComparisonType value) {
  static constexpr std::string_view kNames[] = {"NOTYPE", "FLOAT", "TOTALORDER", "SIGNED",
                                                "UNSIGNED"};
  return kNames[static_cast<int>(value)];
}

std::string_view precision_name(Precision value) {
  static constexpr std::string_view kNames[] = {"DEFAULT", "HIGH", "HIGHEST"};
  return kNames[static_cast<int>(value)];
}

std::string_view fft_type_name(FftType value) {
  static constexpr std::string_view kNames[] = {"FFT", "IFFT", "RFFT", "IRFFT"};
  return kNames[static_cast<int>(value)];
}

std::string_view rng_algorithm_name(RngAlgorithm value) {
  static constexpr std::string_view kNames[] = {"DEFAULT", "THREE_FRY", "PHILOX"};
  return kNames[static_cast<int>(value)];
}

std::string_view rng_distribution_name(RngDistribution value) {
  static constexpr std::string_view kNames[] = {"UNIFORM", "NORMAL"};
  return kNames[static_cast<int>(value)];
}

std::string_view transpose_name(TransposeKind value) {
  static constexpr std::string_view kNames[] = {"NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"};
  return kNames[static_cast<int>(value)];
}

}  // namespace metallib::ir
