// Typed attributes: every kind of constant data StableHLO ops carry, decoded
// once by the reader so that passes and lowerings never parse text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ir/element_type.h"
#include "ir/type.h"

namespace metallib::ir {

struct Attribute;
struct NamedAttribute;

struct UnitAttr {
  bool operator==(const UnitAttr&) const = default;
};
struct IntegerAttr {
  int64_t value = 0;
  ElementType type = ElementType::kS64;  // kInvalid: MLIR's "index"
  bool operator==(const IntegerAttr&) const = default;
};
struct FloatAttr {
  double value = 0;
  ElementType type = ElementType::kF32;
  bool operator==(const FloatAttr&) const = default;
};
struct StringAttr {
  std::string value;
  bool operator==(const StringAttr&) const = default;
};
struct SymbolRefAttr {
  std::string name;  // without the '@'
  bool operator==(const SymbolRefAttr&) const = default;
};
struct TypeAttr {
  Type type;
  bool operator==(const TypeAttr&) const = default;
};
struct DenseI64ArrayAttr {
  std::vector<int64_t> values;
  bool operator==(const DenseI64ArrayAttr&) const = default;
};
struct DenseBoolArrayAttr {
  std::vector<bool> values;
  bool operator==(const DenseBoolArrayAttr&) const = default;
};
// A dense tensor constant. `data` holds the elements little-endian, in
// row-major order, at host_element_bytes() each (booleans one byte each);
// a splat holds one element.
struct DenseElementsAttr {
  Type type;
  std::string data;
  bool splat = false;
  bool operator==(const DenseElementsAttr&) const = default;
};
struct ArrayAttr {
  std::vector<Attribute> values;
  bool operator==(const ArrayAttr&) const;
};
struct DictionaryAttr {
  std::vector<NamedAttribute> values;  // sorted by name
  bool operator==(const DictionaryAttr&) const;
};

enum class ComparisonDirection : uint8_t { kEq, kNe, kGe, kGt, kLe, kLt };
enum class ComparisonType : uint8_t { kNoType, kFloat, kTotalOrder, kSigned, kUnsigned };
enum class Precision : uint8_t { kDefault, kHigh, kHighest };
enum class FftType : uint8_t { kFft, kIfft, kRfft, kIrfft };
enum class RngAlgorithm : uint8_t { kDefault, kThreeFry, kPhilox };
enum class RngDistribution : uint8_t { kUniform, kNormal };
enum class TransposeKind : uint8_t { kNoTranspose, kTranspose, kAdjoint };

struct ComparisonDirectionAttr {
  ComparisonDirection value;
  bool operator==(const ComparisonDirectionAttr&) const = default;
};
struct ComparisonTypeAttr {
  ComparisonType value;
  bool operator==(const ComparisonTypeAttr&) const = default;
};
struct PrecisionConfigAttr {
  std::vector<Precision> values;
  bool operator==(const PrecisionConfigAttr&) const = default;
};
struct FftTypeAttr {
  FftType value;
  bool operator==(const FftTypeAttr&) const = default;
};
struct RngAlgorithmAttr {
  RngAlgorithm value;
  bool operator==(const RngAlgorithmAttr&) const = default;
};
struct RngDistributionAttr {
  RngDistribution value;
  bool operator==(const RngDistributionAttr&) const = default;
};
struct TransposeAttr {
  TransposeKind value;
  bool operator==(const TransposeAttr&) const = default;
};

struct DotDimensionNumbers {
  std::vector<int64_t> lhs_batching_dimensions, rhs_batching_dimensions;
  std::vector<int64_t> lhs_contracting_dimensions, rhs_contracting_dimensions;
  bool operator==(const DotDimensionNumbers&) const = default;
};
struct ConvDimensionNumbers {
  int64_t input_batch_dimension = 0, input_feature_dimension = 0;
  std::vector<int64_t> input_spatial_dimensions;
  int64_t kernel_input_feature_dimension = 0, kernel_output_feature_dimension = 0;
  std::vector<int64_t> kernel_spatial_dimensions;
  int64_t output_batch_dimension = 0, output_feature_dimension = 0;
  std::vector<int64_t> output_spatial_dimensions;
  bool operator==(const ConvDimensionNumbers&) const = default;
};
struct GatherDimensionNumbers {
  std::vector<int64_t> offset_dims, collapsed_slice_dims;
  std::vector<int64_t> operand_batching_dims, start_indices_batching_dims;
  std::vector<int64_t> start_index_map;
  int64_t index_vector_dim = 0;
  bool operator==(const GatherDimensionNumbers&) const = default;
};
struct ScatterDimensionNumbers {
  std::vector<int64_t> update_window_dims, inserted_window_dims;
  std::vector<int64_t> input_batching_dims, scatter_indices_batching_dims;
  std::vector<int64_t> scatter_dims_to_operand_dims;
  int64_t index_vector_dim = 0;
  bool operator==(const ScatterDimensionNumbers&) const = default;
};
struct OutputOperandAlias {
  std::vector<int64_t> output_tuple_indices;
  int64_t operand_index = 0;
  std::vector<int64_t> operand_tuple_indices;
  bool operator==(const OutputOperandAlias&) const = default;
};
struct ChannelHandle {
  int64_t handle = 0;
  int64_t type = 0;
  bool operator==(const ChannelHandle&) const = default;
};

struct Attribute {
  using Value = std::variant<UnitAttr, bool, IntegerAttr, FloatAttr, StringAttr, SymbolRefAttr,
                             TypeAttr, DenseI64ArrayAttr, DenseBoolArrayAttr, DenseElementsAttr,
                             ArrayAttr, DictionaryAttr, ComparisonDirectionAttr,
                             ComparisonTypeAttr, PrecisionConfigAttr, FftTypeAttr,
                             RngAlgorithmAttr, RngDistributionAttr, TransposeAttr,
                             DotDimensionNumbers, ConvDimensionNumbers, GatherDimensionNumbers,
                             ScatterDimensionNumbers, OutputOperandAlias, ChannelHandle>;
  Value value;

  template <typename T>
  const T* get() const {
    return std::get_if<T>(&value);
  }
  bool operator==(const Attribute& other) const { return value == other.value; }
};

struct NamedAttribute {
  std::string name;
  Attribute value;
  bool operator==(const NamedAttribute&) const = default;
};

// MLIR-like text of an attribute value, e.g. "array<i64: 1, 2>",
// "#stablehlo<comparison_direction LT>", "dense<\"0x0000803F\"> : tensor<f32>".
std::string attribute_to_string(const Attribute& attribute);

// A symbol reference as MLIR writes it: "@main", or "@\"<lambda>\"" for a
// name that is not a bare identifier.
std::string symbol_name(std::string_view name);

std::string_view comparison_direction_name(ComparisonDirection value);  // "LT"
std::string_view comparison_type_name(ComparisonType value);            // "FLOAT"
std::string_view precision_name(Precision value);                       // "DEFAULT"
std::string_view fft_type_name(FftType value);                          // "RFFT"
std::string_view rng_algorithm_name(RngAlgorithm value);                // "THREE_FRY"
std::string_view rng_distribution_name(RngDistribution value);          // "NORMAL"
std::string_view transpose_name(TransposeKind value);                   // "NO_TRANSPOSE"

}  // namespace metallib::ir
