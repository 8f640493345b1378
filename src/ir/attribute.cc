#include "ir/attribute.h"
#include <cctype>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <utility>

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

std::string bracketed(const std::vector<int64_t>& values) {
  return "[" + join_integers(values) + "]";
}

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

// The fields of a StableHLO struct attribute (dimension numbers, aliases) as
// StableHLO's printStruct writes them: empty lists and zero integers are
// left out.
struct Fields {
  std::string text;
  void list(std::string_view name, const std::vector<int64_t>& values) {
    if (!values.empty()) add(name, bracketed(values));
  }
  void integer(std::string_view name, int64_t value) {
    if (value != 0) add(name, std::to_string(value));
  }
  void add(std::string_view name, const std::string& value) {
    text += (text.empty() ? "" : ", ") + std::string(name) + " = " + value;
  }
};

// One side of MLIR's compact convolution layout, e.g. "[b, 0, 1, f]": each
// position names the batch/feature role or the spatial index it holds, '?'
// when none (never in a valid program).
std::string conv_layout(const std::vector<int64_t>& spatial,
                        std::initializer_list<std::pair<int64_t, char>> roles) {
  int64_t rank = static_cast<int64_t>(spatial.size()) + 2;
  for (int64_t d : spatial) rank = std::max(rank, d + 1);
  for (const auto& [d, role] : roles) rank = std::max(rank, d + 1);
  if (rank > (int64_t{1} << 20)) return "[?]";  // nonsense dims; do not allocate
  std::vector<std::string> names(static_cast<size_t>(rank), "?");
  for (const auto& [d, role] : roles) {
    if (d >= 0) names[static_cast<size_t>(d)] = std::string(1, role);
  }
  for (size_t i = 0; i < spatial.size(); ++i) {
    if (spatial[i] >= 0) names[static_cast<size_t>(spatial[i])] = std::to_string(i);
  }
  std::string text = "[";
  for (size_t i = 0; i < names.size(); ++i) text += (i ? ", " : "") + names[i];
  return text + "]";
}

// MLIR writes a dictionary key bare when it is an identifier, else quoted.
bool is_bare_identifier(std::string_view name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_'))
    return false;
  for (unsigned char c : name) {
    if (!(std::isalnum(c) || c == '_' || c == '$' || c == '.')) return false;
  }
  return true;
}

// One overload per attribute kind; std::visit picks it.
struct Printer {
  std::string operator()(const UnitAttr&) const { return "unit"; }
  std::string operator()(bool value) const { return value ? "true" : "false"; }
  std::string operator()(const IntegerAttr& a) const {
    // MLIR's i1 integers are its booleans.
    if (a.type == ElementType::kPred) return a.value ? "true" : "false";
    if (a.type == ElementType::kInvalid) return std::to_string(a.value) + " : index";
    return std::to_string(a.value) + " : " + std::string(element_type_name(a.type));
  }
  std::string operator()(const FloatAttr& a) const {
    char text[40];
    std::snprintf(text, sizeof(text), "%.17g", a.value);
    return std::string(text) + " : " + std::string(element_type_name(a.type));
  }
  std::string operator()(const StringAttr& a) const { return quoted(a.value); }
  std::string operator()(const SymbolRefAttr& a) const { return symbol_name(a.name); }
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
      const NamedAttribute& entry = a.values[i];
      text += is_bare_identifier(entry.name) ? entry.name : quoted(entry.name);
      // A unit attribute is written as its name alone.
      if (!entry.value.get<UnitAttr>()) text += " = " + attribute_to_string(entry.value);
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
    Fields f;
    f.list("lhs_batching_dimensions", d.lhs_batching_dimensions);
    f.list("rhs_batching_dimensions", d.rhs_batching_dimensions);
    f.list("lhs_contracting_dimensions", d.lhs_contracting_dimensions);
    f.list("rhs_contracting_dimensions", d.rhs_contracting_dimensions);
    return "#stablehlo.dot<" + f.text + ">";
  }
  std::string operator()(const ConvDimensionNumbers& d) const {
    return "#stablehlo.conv<" +
           conv_layout(d.input_spatial_dimensions,
                       {{d.input_batch_dimension, 'b'}, {d.input_feature_dimension, 'f'}}) +
           "x" +
           conv_layout(d.kernel_spatial_dimensions,
                       {{d.kernel_input_feature_dimension, 'i'},
                        {d.kernel_output_feature_dimension, 'o'}}) +
           "->" +
           conv_layout(d.output_spatial_dimensions,
                       {{d.output_batch_dimension, 'b'}, {d.output_feature_dimension, 'f'}}) +
           ">";
  }
  std::string operator()(const GatherDimensionNumbers& d) const {
    Fields f;
    f.list("offset_dims", d.offset_dims);
    f.list("collapsed_slice_dims", d.collapsed_slice_dims);
    f.list("operand_batching_dims", d.operand_batching_dims);
    f.list("start_indices_batching_dims", d.start_indices_batching_dims);
    f.list("start_index_map", d.start_index_map);
    f.integer("index_vector_dim", d.index_vector_dim);
    return "#stablehlo.gather<" + f.text + ">";
  }
  std::string operator()(const ScatterDimensionNumbers& d) const {
    Fields f;
    f.list("update_window_dims", d.update_window_dims);
    f.list("inserted_window_dims", d.inserted_window_dims);
    f.list("input_batching_dims", d.input_batching_dims);
    f.list("scatter_indices_batching_dims", d.scatter_indices_batching_dims);
    f.list("scatter_dims_to_operand_dims", d.scatter_dims_to_operand_dims);
    f.integer("index_vector_dim", d.index_vector_dim);
    return "#stablehlo.scatter<" + f.text + ">";
  }
  std::string operator()(const OutputOperandAlias& a) const {
    Fields f;
    f.list("output_tuple_indices", a.output_tuple_indices);
    f.integer("operand_index", a.operand_index);
    f.list("operand_tuple_indices", a.operand_tuple_indices);
    return "#stablehlo.output_operand_alias<" + f.text + ">";
  }
  std::string operator()(const ChannelHandle& a) const {
    return "#stablehlo.channel_handle<handle = " + std::to_string(a.handle) +
           ", type = " + std::to_string(a.type) + ">";
  }
};

}  // namespace

bool ArrayAttr::operator==(const ArrayAttr& other) const {
  return values == other.values;
}
bool DictionaryAttr::operator==(const DictionaryAttr& other) const {
  return values == other.values;
}

std::string symbol_name(std::string_view name) {
  return "@" + (is_bare_identifier(name) ? std::string(name) : quoted(name));
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
