#include "stablehlo/vhlo_ops.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace metallib::stablehlo {
namespace {

using ir::Attribute;
using ir::NamedAttribute;

Version version_of(std::string_view text) {
  if (text == "current") return kNewestVhloVersion;
  return parse_version(std::string(text)).value_or(Version{0, 0, 0});
}

std::vector<std::string_view> split_names(std::string_view list) {
  std::vector<std::string_view> names;
  while (!list.empty()) {
    size_t comma = list.find(',');
    names.push_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return names;
}

// StableHLO attributes that are i64 (or bool) arrays; VHLO stores them as
// 1-d integer tensors. Sorted, for a binary search.
constexpr std::string_view kI64ArrayAttributes[] = {
    "base_dilations",
    "broadcast_dimensions",
    "broadcast_sizes",
    "dimensions",
    "edge_padding_high",
    "edge_padding_low",
    "fft_length",
    "interior_padding",
    "known_expanding_dimensions",
    "known_nonexpanding_dimensions",
    "lhs_dilation",
    "limit_indices",
    "permutation",
    "rhs_dilation",
    "slice_sizes",
    "start_indices",
    "strides",
    "window_dilations",
    "window_dimensions",
    "window_strides",
};

static_assert(std::is_sorted(std::begin(kI64ArrayAttributes), std::end(kI64ArrayAttributes)));

// The integer lists that assemble_dot/conv/gather/scatter() gather into
// dimension numbers. Sorted, for a binary search.
constexpr std::string_view kDimensionListAttributes[] = {
    "collapsed_slice_dims",
    "input_batching_dims",
    "input_spatial_dimensions",
    "inserted_window_dims",
    "kernel_spatial_dimensions",
    "lhs_batching_dimensions",
    "lhs_contracting_dimensions",
    "offset_dims",
    "operand_batching_dims",
    "output_spatial_dimensions",
    "rhs_batching_dimensions",
    "rhs_contracting_dimensions",
    "scatter_dims_to_operand_dims",
    "scatter_indices_batching_dims",
    "start_index_map",
    "start_indices_batching_dims",
    "update_window_dims",
};

static_assert(std::is_sorted(std::begin(kDimensionListAttributes),
                             std::end(kDimensionListAttributes)));

bool is_i64_array_attribute(std::string_view name) {
  return std::binary_search(std::begin(kI64ArrayAttributes), std::end(kI64ArrayAttributes),
                            name);
}

// Whether canonical_attributes() would change an attribute of this name by
// itself (not as part of an op's dimension numbers).
bool is_rewritten_attribute(std::string_view name) {
  return is_i64_array_attribute(name) || name == "window_reversal" ||
         name == "precision_config" || name == "result_accuracy" || name == "channel_id" ||
         name == "channel_type" || name == "use_global_device_ids";
}

// Ops whose integer lists assemble_dot/conv/gather/scatter() gather.
bool assembles_dimension_numbers(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kDotGeneral:
    case ir::OpCode::kConvolution:
    case ir::OpCode::kDynamicConv:
    case ir::OpCode::kGather:
    case ir::OpCode::kDynamicGather:
    case ir::OpCode::kScatter: return true;
    default: return false;
  }
}

// Ops whose attributes are assembled or converted as a whole.
bool has_assembled_attributes(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kFuncCall:
    case ir::OpCode::kComposite:
    case ir::OpCode::kCustomCall: return true;
    default: return assembles_dimension_numbers(code);
  }
}

std::vector<VhloOpInfo> build_table() {
  std::vector<VhloOpInfo> table;
#define METALLIB_VHLO_OP(name, op, min, max, attributes) \
  table.push_back(VhloOpInfo{name,                       \
                             ir::OpCode::k##op,          \
                             version_of(min),            \
                             version_of(max),            \
                             split_names(attributes),    \
                             false,                      \
                             {}});
#include "stablehlo/vhlo_ops.inc"
#undef METALLIB_VHLO_OP
  for (VhloOpInfo& info : table) {
    info.plain_attributes =
        !has_assembled_attributes(info.code) &&
        std::none_of(info.attributes.begin(), info.attributes.end(), is_rewritten_attribute) &&
        std::is_sorted(info.attributes.begin(), info.attributes.end());
    for (std::string_view name : info.attributes) {
      info.integer_lists.push_back(
          is_i64_array_attribute(name) ||
          (assembles_dimension_numbers(info.code) &&
           std::binary_search(std::begin(kDimensionListAttributes),
                              std::end(kDimensionListAttributes), name)));
    }
  }
  return table;
}

class AttributeSet {
 public:
  // Works on `attributes` in place.
  explicit AttributeSet(std::vector<NamedAttribute>& attributes) : attributes_(attributes) {}

  // Removes and returns the attribute `name`, if present.
  std::optional<Attribute> take(std::string_view name) {
    for (auto it = attributes_.begin(); it != attributes_.end(); ++it) {
      if (it->name == name) {
        Attribute value = std::move(it->value);
        attributes_.erase(it);
        return value;
      }
    }
    return std::nullopt;
  }

  StatusOr<std::vector<int64_t>> take_i64_list(std::string_view name) {
    std::optional<Attribute> value = take(name);
    if (!value) return std::vector<int64_t>{};
    // The reader decodes most lists as i64 arrays already (integer_lists).
    if (auto* array = std::get_if<ir::DenseI64ArrayAttr>(&value->value)) {
      return std::move(array->values);
    }
    return integers_of(*value, name);
  }

  StatusOr<int64_t> take_i64(std::string_view name) {
    std::optional<Attribute> value = take(name);
    if (!value) return invalid_argument("attribute '" + std::string(name) + "' is missing");
    if (const auto* integer = value->get<ir::IntegerAttr>()) return integer->value;
    return invalid_argument("attribute '" + std::string(name) + "' is not an integer");
  }

  bool has(std::string_view name) const {
    return std::any_of(attributes_.begin(), attributes_.end(),
                       [&](const NamedAttribute& a) { return a.name == name; });
  }

  void put(std::string name, Attribute value) {
    attributes_.push_back(NamedAttribute{std::move(name), std::move(value)});
  }

  std::vector<NamedAttribute>& all() { return attributes_; }

  // The integers of a 1-d integer tensor or an i64 array.
  static StatusOr<std::vector<int64_t>> integers_of(const Attribute& value,
                                                    std::string_view name) {
    if (const auto* array = value.get<ir::DenseI64ArrayAttr>()) return array->values;
    const auto* dense = value.get<ir::DenseElementsAttr>();
    if (dense == nullptr || !dense->type.is_tensor() || dense->type.rank() > 1 ||
        !(is_signed_int(dense->type.element_type()) ||
          is_unsigned_int(dense->type.element_type()))) {
      return invalid_argument("attribute '" + std::string(name) +
                              "' is not a list of integers: " + ir::attribute_to_string(value));
    }
    const int64_t width = ir::host_element_bytes(dense->type.element_type());
    const int64_t count = dense->type.rank() == 0 ? 1 : dense->type.dims()[0];
    std::vector<int64_t> values;
    values.reserve(static_cast<size_t>(std::max<int64_t>(count, 0)));
    for (int64_t i = 0; i < count; ++i) {
      const int64_t at = dense->splat ? 0 : i * width;
      if (at + width > static_cast<int64_t>(dense->data.size())) {
        return invalid_argument("attribute '" + std::string(name) + "' has too little data");
      }
      int64_t v = 0;
      for (int64_t b = width - 1; b >= 0; --b) {
        v = (v << 8) | static_cast<uint8_t>(dense->data[at + b]);
      }
      // Sign-extend narrower signed integers.
      if (is_signed_int(dense->type.element_type()) && width < 8) {
        const int shift = 64 - 8 * static_cast<int>(width);
        v = static_cast<int64_t>(static_cast<uint64_t>(v) << shift) >> shift;
      }
      values.push_back(v);
    }
    return values;
  }

 private:
  std::vector<NamedAttribute>& attributes_;
};

Status assemble_dot(AttributeSet& set) {
  ir::DotDimensionNumbers dims;
  METALLIB_ASSIGN_OR_RETURN(dims.lhs_batching_dimensions,
                            set.take_i64_list("lhs_batching_dimensions"));
  METALLIB_ASSIGN_OR_RETURN(dims.rhs_batching_dimensions,
                            set.take_i64_list("rhs_batching_dimensions"));
  METALLIB_ASSIGN_OR_RETURN(dims.lhs_contracting_dimensions,
                            set.take_i64_list("lhs_contracting_dimensions"));
  METALLIB_ASSIGN_OR_RETURN(dims.rhs_contracting_dimensions,
                            set.take_i64_list("rhs_contracting_dimensions"));
  set.put("dot_dimension_numbers", Attribute{dims});
  return ok_status();
}

Status assemble_conv(AttributeSet& set) {
  ir::ConvDimensionNumbers dims;
  METALLIB_ASSIGN_OR_RETURN(dims.input_batch_dimension, set.take_i64("input_batch_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.input_feature_dimension,
                            set.take_i64("input_feature_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.input_spatial_dimensions,
                            set.take_i64_list("input_spatial_dimensions"));
  METALLIB_ASSIGN_OR_RETURN(dims.kernel_input_feature_dimension,
                            set.take_i64("kernel_input_feature_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.kernel_output_feature_dimension,
                            set.take_i64("kernel_output_feature_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.kernel_spatial_dimensions,
                            set.take_i64_list("kernel_spatial_dimensions"));
  METALLIB_ASSIGN_OR_RETURN(dims.output_batch_dimension,
                            set.take_i64("output_batch_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.output_feature_dimension,
                            set.take_i64("output_feature_dimension"));
  METALLIB_ASSIGN_OR_RETURN(dims.output_spatial_dimensions,
                            set.take_i64_list("output_spatial_dimensions"));
  set.put("dimension_numbers", Attribute{dims});
  return ok_status();
}

Status assemble_gather(AttributeSet& set) {
  ir::GatherDimensionNumbers dims;
  METALLIB_ASSIGN_OR_RETURN(dims.offset_dims, set.take_i64_list("offset_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.collapsed_slice_dims,
                            set.take_i64_list("collapsed_slice_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.operand_batching_dims,
                            set.take_i64_list("operand_batching_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.start_indices_batching_dims,
                            set.take_i64_list("start_indices_batching_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.start_index_map, set.take_i64_list("start_index_map"));
  METALLIB_ASSIGN_OR_RETURN(dims.index_vector_dim, set.take_i64("index_vector_dim"));
  set.put("dimension_numbers", Attribute{dims});
  return ok_status();
}

Status assemble_scatter(AttributeSet& set) {
  ir::ScatterDimensionNumbers dims;
  METALLIB_ASSIGN_OR_RETURN(dims.update_window_dims, set.take_i64_list("update_window_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.inserted_window_dims,
                            set.take_i64_list("inserted_window_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.input_batching_dims, set.take_i64_list("input_batching_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.scatter_indices_batching_dims,
                            set.take_i64_list("scatter_indices_batching_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.scatter_dims_to_operand_dims,
                            set.take_i64_list("scatter_dims_to_operand_dims"));
  METALLIB_ASSIGN_OR_RETURN(dims.index_vector_dim, set.take_i64("index_vector_dim"));
  set.put("scatter_dimension_numbers", Attribute{dims});
  return ok_status();
}

// Integer tensors become i64 arrays; window_reversal becomes a bool array.
Status normalize_arrays(AttributeSet& set) {
  for (NamedAttribute& named : set.all()) {
    const bool i64_array = is_i64_array_attribute(named.name);
    if (i64_array && named.value.get<ir::DenseElementsAttr>() != nullptr) {
      METALLIB_ASSIGN_OR_RETURN(auto values,
                                AttributeSet::integers_of(named.value, named.name));
      named.value = Attribute{ir::DenseI64ArrayAttr{std::move(values)}};
    } else if (named.name == "window_reversal" && named.value.get<ir::DenseElementsAttr>()) {
      const auto& dense = *named.value.get<ir::DenseElementsAttr>();
      const int64_t count = dense.type.rank() == 0 ? 1 : dense.type.dims()[0];
      ir::DenseBoolArrayAttr flags;
      for (int64_t i = 0; i < count; ++i) {
        const size_t at = dense.splat ? 0 : static_cast<size_t>(i);
        flags.values.push_back(at < dense.data.size() && dense.data[at] != 0);
      }
      named.value = Attribute{flags};
    }
  }
  return ok_status();
}

// VHLO stores each precision as its own attribute in an array; StableHLO
// keeps one list.
void flatten_precision_config(AttributeSet& set) {
  std::optional<Attribute> value = set.take("precision_config");
  if (!value) return;
  ir::PrecisionConfigAttr flat;
  if (const auto* array = value->get<ir::ArrayAttr>()) {
    for (const Attribute& element : array->values) {
      if (const auto* one = element.get<ir::PrecisionConfigAttr>()) {
        flat.values.insert(flat.values.end(), one->values.begin(), one->values.end());
      }
    }
  } else if (const auto* already = value->get<ir::PrecisionConfigAttr>()) {
    flat = *already;
  }
  set.put("precision_config", Attribute{flat});
}

// VHLO names functions by plain strings; StableHLO by symbol references.
Attribute symbol_of(const Attribute& value) {
  if (const auto* text = value.get<ir::StringAttr>())
    return Attribute{ir::SymbolRefAttr{text->value}};
  if (const auto* array = value.get<ir::ArrayAttr>()) {
    ir::ArrayAttr symbols;
    for (const Attribute& element : array->values) symbols.values.push_back(symbol_of(element));
    return Attribute{symbols};
  }
  return value;
}

void convert_symbols(AttributeSet& set, std::string_view name) {
  if (std::optional<Attribute> value = set.take(name))
    set.put(std::string(name), symbol_of(*value));
}

// VHLO stores a channel as its id (and, for send/recv, its type); StableHLO
// as one channel_handle attribute. Kept even for id 0 (no channel), which
// MLIR's printer omits, so that every collective has one.
Status assemble_channel(AttributeSet& set) {
  if (!set.has("channel_id")) return ok_status();
  ir::ChannelHandle handle;
  METALLIB_ASSIGN_OR_RETURN(handle.handle, set.take_i64("channel_id"));
  if (set.has("channel_type")) {
    METALLIB_ASSIGN_OR_RETURN(handle.type, set.take_i64("channel_type"));
  }
  set.put("channel_handle", Attribute{handle});
  return ok_status();
}

// VHLO's boolean use_global_device_ids is a unit attribute in StableHLO:
// present when true.
void convert_global_device_ids(AttributeSet& set) {
  std::optional<Attribute> value = set.take("use_global_device_ids");
  if (!value) return;
  const bool* flag = value->get<bool>();
  if (flag == nullptr) {
    set.put("use_global_device_ids", *value);  // already a unit attribute
  } else if (*flag) {
    set.put("use_global_device_ids", Attribute{ir::UnitAttr{}});
  }
}

// result_accuracy in its default mode (0) says nothing; StableHLO omits it.
void drop_default_accuracy(AttributeSet& set) {
  std::optional<Attribute> value = set.take("result_accuracy");
  if (!value) return;
  if (const auto* dict = value->get<ir::DictionaryAttr>()) {
    for (const ir::NamedAttribute& field : dict->values) {
      const auto* mode = field.value.get<ir::IntegerAttr>();
      if (field.name == "mode" && mode != nullptr && mode->value == 0) return;
    }
  }
  set.put("result_accuracy", *value);
}

}  // namespace

const std::vector<VhloOpInfo>& all_vhlo_ops() {
  static const std::vector<VhloOpInfo> table = build_table();
  return table;
}

const VhloOpInfo* find_vhlo_op(std::string_view name) {
  // Hashed: every op name of every artifact is looked up here.
  static const std::unordered_map<std::string_view, const VhloOpInfo*> by_name = [] {
    std::unordered_map<std::string_view, const VhloOpInfo*> table;
    for (const VhloOpInfo& info : all_vhlo_ops()) table.emplace(info.name, &info);
    return table;
  }();
  if (name.starts_with("vhlo.")) name.remove_prefix(5);
  auto it = by_name.find(name);
  return it != by_name.end() ? it->second : nullptr;
}

StatusOr<std::vector<NamedAttribute>> canonical_attributes(
    ir::OpCode code, std::vector<NamedAttribute> vhlo_attributes) {
  METALLIB_RETURN_IF_ERROR(canonicalize_attributes(code, vhlo_attributes));
  return vhlo_attributes;
}

Status canonicalize_attributes(ir::OpCode code, std::vector<NamedAttribute>& attributes) {
  AttributeSet set(attributes);
  switch (code) {  // keep in step with has_assembled_attributes()
    case ir::OpCode::kDotGeneral: METALLIB_RETURN_IF_ERROR(assemble_dot(set)); break;
    case ir::OpCode::kConvolution:
    case ir::OpCode::kDynamicConv: METALLIB_RETURN_IF_ERROR(assemble_conv(set)); break;
    case ir::OpCode::kGather:
    case ir::OpCode::kDynamicGather: METALLIB_RETURN_IF_ERROR(assemble_gather(set)); break;
    case ir::OpCode::kScatter: METALLIB_RETURN_IF_ERROR(assemble_scatter(set)); break;
    case ir::OpCode::kFuncCall: convert_symbols(set, "callee"); break;
    case ir::OpCode::kComposite: convert_symbols(set, "decomposition"); break;
    case ir::OpCode::kCustomCall: convert_symbols(set, "called_computations"); break;
    default: break;
  }
  METALLIB_RETURN_IF_ERROR(assemble_channel(set));
  convert_global_device_ids(set);
  flatten_precision_config(set);
  drop_default_accuracy(set);
  METALLIB_RETURN_IF_ERROR(normalize_arrays(set));
  std::sort(attributes.begin(), attributes.end(),
            [](const NamedAttribute& a, const NamedAttribute& b) { return a.name < b.name; });
  return ok_status();
}

}  // namespace metallib::stablehlo
