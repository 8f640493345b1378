#include "stablehlo/module_compare.h"

#include <exception>
#include <string>
#include <vector>

#include "ir/printer.h"
#include "stablehlo/generic_text.h"

namespace metallib::stablehlo::testing {
namespace {

// Ops MLIR's text has that the reader turns into nothing: Shardy ops and
// the casts around them are layout hints, dropped on one device.
bool is_dropped_op(std::string_view name) {
  return name.starts_with("sdy.") || name == "builtin.unrealized_conversion_cast";
}

// Attributes the reader drops by design: Shardy's (sdy.sharding, ...) hold
// multi-device layouts in a dialect the IR does not model.
bool is_dropped_attribute(std::string_view name) {
  return name.starts_with("sdy.");
}

// ---- Defaults that MLIR leaves out -----------------------------------------
// VHLO spells out every attribute; MLIR's VHLO->StableHLO conversion
// (removeDefaults in stablehlo/transforms/VhloLegalizeToStablehlo.cpp) then
// removes those holding their default value, and StableHLO's printer omits
// them. Our reader keeps them, so that passes never have to know a default.
// An attribute we have and MLIR lacks must be listed here AND hold exactly
// the default value; anything else is a mismatch.

std::vector<std::string> list_items(std::string_view value, std::string_view prefix,
                                    std::string_view suffix) {
  std::vector<std::string> items;
  if (!value.starts_with(prefix) || !value.ends_with(suffix)) return {"<not a list>"};
  value = value.substr(prefix.size(), value.size() - prefix.size() - suffix.size());
  while (!value.empty()) {
    const size_t comma = value.find(", ");
    items.emplace_back(value.substr(0, comma));
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 2);
  }
  return items;
}

bool all_items(std::string_view value, std::string_view prefix, std::string_view item,
               bool allow_empty) {
  std::vector<std::string> items = list_items(value, prefix, ">");
  if (prefix == "[") items = list_items(value, prefix, "]");
  if (items.empty()) return allow_empty;
  for (const std::string& i : items) {
    if (i != item) return false;
  }
  return true;
}

// isSplatTensor(..., 1): a non-empty array of ones.
bool ones(std::string_view v) {
  return all_items(v, "array<i64: ", "1", false);
}
// isSplatTensor(..., false).
bool all_false(std::string_view v) {
  return all_items(v, "array<i1: ", "false", false);
}
// isSplatTensor(..., 0) of a padding tensor.
bool zero_padding(std::string_view v) {
  if (!v.starts_with("dense<splat:")) return false;
  const size_t end = v.find('>');
  return v.substr(12, end - 12).find_first_not_of('0') == std::string_view::npos;
}
// isSplatArray(..., DEFAULT): every precision DEFAULT, or none.
bool default_precision(std::string_view v) {
  return all_items(v, "[", "#stablehlo<precision DEFAULT>", true);
}
bool is_false(std::string_view v) {
  return v == "false";
}
bool empty_string(std::string_view v) {
  return v == "\"\"";
}
bool empty_array(std::string_view v) {
  return v == "[]";
}
bool empty_i64_array(std::string_view v) {
  return v == "array<i64>";
}
bool empty_dictionary(std::string_view v) {
  return v == "{}";
}
bool no_compare_type(std::string_view v) {
  return v == "#stablehlo<comparison_type NOTYPE>";
}
bool minus_one(std::string_view v) {
  return v == "-1 : i64";
}
bool zero_i32(std::string_view v) {
  return v == "0 : i32";
}
bool api_version_original(std::string_view v) {
  return v == "1 : i32";
}  // API_VERSION_ORIGINAL
// channel_id 0 (no channel), which the reader keeps as a channel_handle.
bool no_channel(std::string_view v) {
  return v == "#stablehlo.channel_handle<handle = 0, type = 0>";
}

struct OmittedDefault {
  std::string_view op, attribute;
  bool (*is_default)(std::string_view value);
};

constexpr OmittedDefault kOmittedDefaults[] = {
    {"stablehlo.all_gather", "channel_handle", no_channel},
    {"stablehlo.all_reduce", "channel_handle", no_channel},
    {"stablehlo.all_to_all", "channel_handle", no_channel},
    {"stablehlo.collective_broadcast", "channel_handle", no_channel},
    {"stablehlo.collective_permute", "channel_handle", no_channel},
    {"stablehlo.reduce_scatter", "channel_handle", no_channel},
    {"stablehlo.cholesky", "lower", is_false},
    {"stablehlo.compare", "compare_type", no_compare_type},
    {"stablehlo.composite", "composite_attributes", empty_dictionary},
    {"stablehlo.composite", "version", zero_i32},
    {"stablehlo.convolution", "lhs_dilation", ones},
    {"stablehlo.convolution", "padding", zero_padding},
    {"stablehlo.convolution", "precision_config", default_precision},
    {"stablehlo.convolution", "rhs_dilation", ones},
    {"stablehlo.convolution", "window_reversal", all_false},
    {"stablehlo.convolution", "window_strides", ones},
    {"stablehlo.custom_call", "api_version", api_version_original},
    {"stablehlo.custom_call", "backend_config", empty_string},
    {"stablehlo.custom_call", "called_computations", empty_array},
    {"stablehlo.custom_call", "has_side_effect", is_false},
    {"stablehlo.custom_call", "operand_layouts", empty_array},
    {"stablehlo.custom_call", "output_operand_aliases", empty_array},
    {"stablehlo.custom_call", "result_layouts", empty_array},
    {"stablehlo.custom_call", "result_tilings", empty_array},
    {"stablehlo.dot", "precision_config", default_precision},
    {"stablehlo.dot_general", "precision_config", default_precision},
    {"stablehlo.dynamic_broadcast_in_dim", "known_expanding_dimensions", empty_i64_array},
    {"stablehlo.dynamic_broadcast_in_dim", "known_nonexpanding_dimensions", empty_i64_array},
    {"stablehlo.dynamic_conv", "lhs_dilation", ones},
    {"stablehlo.dynamic_conv", "precision_config", default_precision},
    {"stablehlo.dynamic_conv", "rhs_dilation", ones},
    {"stablehlo.dynamic_conv", "window_reversal", all_false},
    {"stablehlo.dynamic_conv", "window_strides", ones},
    {"stablehlo.dynamic_gather", "indices_are_sorted", is_false},
    {"stablehlo.gather", "indices_are_sorted", is_false},
    {"stablehlo.reduce_window", "base_dilations", ones},
    {"stablehlo.reduce_window", "padding", zero_padding},
    {"stablehlo.reduce_window", "window_dilations", ones},
    {"stablehlo.reduce_window", "window_strides", ones},
    {"stablehlo.scatter", "indices_are_sorted", is_false},
    {"stablehlo.scatter", "unique_indices", is_false},
    {"stablehlo.select_and_scatter", "padding", zero_padding},
    {"stablehlo.select_and_scatter", "window_strides", ones},
    {"stablehlo.sort", "dimension", minus_one},
    {"stablehlo.sort", "is_stable", is_false},
};

bool mlir_omits(std::string_view op, std::string_view attribute, std::string_view value) {
  for (const OmittedDefault& d : kOmittedDefaults) {
    if (d.op == op && d.attribute == attribute) return d.is_default(value);
  }
  return false;
}

// ---- Comparison --------------------------------------------------------------

// Differences between `ours` and `mlir`, one line each, prefixed by `where`.
void compare_attributes(const std::string& where, std::string_view op, const AttributeMap& ours,
                        const AttributeMap& mlir, std::vector<std::string>& problems) {
  for (const auto& [name, value] : mlir) {
    if (is_dropped_attribute(name)) continue;
    auto it = ours.find(name);
    if (it == ours.end()) {
      problems.push_back(where + ": MLIR has " + name + " = " + value + ", we do not");
    } else if (it->second != value) {
      problems.push_back(where + ": " + name + " is " + it->second + ", MLIR says " + value);
    }
  }
  for (const auto& [name, value] : ours) {
    if (mlir.count(name) == 0 && !mlir_omits(op, name, value)) {
      problems.push_back(where + ": we have " + name + " = " + value +
                         ", MLIR has none (not an omitted default)");
    }
  }
}

void compare_function(const TextFunction& ours, const TextFunction& mlir,
                      std::vector<std::string>& problems) {
  const std::string where = "func @" + mlir.name;
  if (ours.name != mlir.name) problems.push_back(where + ": we call it @" + ours.name);
  if (ours.visibility != mlir.visibility) {
    problems.push_back(where + ": we say " + ours.visibility + ", MLIR " + mlir.visibility);
  }
  if (ours.argument_types != mlir.argument_types || ours.result_types != mlir.result_types) {
    problems.push_back(where + ": function types differ");
  }
  for (const auto& [name, value] : mlir.other_attributes) {
    if (!is_dropped_attribute(name)) {
      problems.push_back(where + ": MLIR has " + name + " = " + value + ", we do not");
    }
  }
  for (size_t i = 0; i < mlir.argument_attributes.size(); ++i) {
    compare_attributes(
        where + " argument " + std::to_string(i), "func.func",
        i < ours.argument_attributes.size() ? ours.argument_attributes[i] : AttributeMap{},
        mlir.argument_attributes[i], problems);
  }
  for (size_t i = 0; i < mlir.result_attributes.size(); ++i) {
    compare_attributes(
        where + " result " + std::to_string(i), "func.func",
        i < ours.result_attributes.size() ? ours.result_attributes[i] : AttributeMap{},
        mlir.result_attributes[i], problems);
  }
}

std::vector<std::string> compare_modules(const TextModule& ours, const TextModule& mlir) {
  std::vector<std::string> problems;
  if (ours.name != mlir.name)
    problems.push_back("module name " + ours.name + " vs " + mlir.name);
  compare_attributes("module", "builtin.module", ours.attributes, mlir.attributes, problems);
  if (ours.functions.size() != mlir.functions.size()) {
    problems.push_back(std::to_string(ours.functions.size()) + " functions, MLIR has " +
                       std::to_string(mlir.functions.size()));
    return problems;
  }
  for (size_t i = 0; i < mlir.functions.size(); ++i) {
    compare_function(ours.functions[i], mlir.functions[i], problems);
  }
  if (ours.ops.size() != mlir.ops.size()) {
    problems.push_back(std::to_string(ours.ops.size()) + " ops, MLIR has " +
                       std::to_string(mlir.ops.size()));
    return problems;
  }
  for (size_t i = 0; i < mlir.ops.size(); ++i) {
    const auto& a = ours.ops[i];
    const auto& e = mlir.ops[i];
    const std::string where = "op " + std::to_string(i) + " " + e.name + " (MLIR line " +
                              std::to_string(e.line) + ")";
    if (a.name != e.name) {
      problems.push_back(where + ": we have " + a.name);
      return problems;  // later ops would only repeat the misalignment
    }
    if (a.signature != e.signature) {
      problems.push_back(where + ": types " + a.signature + ", MLIR says " + e.signature);
    }
    compare_attributes(where, e.name, a.attributes, e.attributes, problems);
  }
  return problems;
}

}  // namespace

std::vector<std::string> compare_with_mlir(const ir::Module& module,
                                           const std::string& mlir_generic_text) {
  try {
    return compare_modules(parse_printed(ir::print_module(module)),
                           parse_mlir_generic(mlir_generic_text, is_dropped_op));
  } catch (const std::exception& e) {
    return {e.what()};
  }
}

}  // namespace metallib::stablehlo::testing
