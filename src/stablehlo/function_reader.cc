#include "stablehlo/function_reader.h"

#include <optional>
#include <string_view>
#include <utility>
#include <variant>

#include "stablehlo/bytecode/byte_reader.h"

namespace metallib::stablehlo {
namespace {

using Dictionaries = std::vector<std::vector<ir::NamedAttribute>>;

// A name or visibility: the text of a string entry, or empty when the entry
// holds anything else.
StatusOr<std::string> string_property(vhlo::ContainerResolver& resolver, uint64_t index) {
  if (std::optional<std::string_view> text = resolver.plain_string(index)) {
    return std::string(*text);
  }
  StatusOr<vhlo::DecodedAttribute> value = resolver.take_attribute(index);
  if (!value.ok()) return value.status();
  const auto* attribute = std::get_if<ir::Attribute>(&*value);
  const auto* text = attribute != nullptr ? attribute->get<ir::StringAttr>() : nullptr;
  return text != nullptr ? text->value : std::string();
}

// Appends the entries of `element`, moved out, when it is a dictionary,
// else an empty list.
void take_entries(ir::Attribute& element, Dictionaries* result) {
  auto* dict = std::get_if<ir::DictionaryAttr>(&element.value);
  result->push_back(dict ? std::move(dict->values) : std::vector<ir::NamedAttribute>{});
}

// Argument or result attributes: an array with a dictionary per argument or
// result (anything else there counts as an empty one). Each dictionary is
// taken, and its entries moved out: one function refers to it, and a copy
// kept by the resolver would be copied again.
StatusOr<Dictionaries> dictionaries_property(vhlo::ContainerResolver& resolver,
                                             uint64_t index) {
  Dictionaries result;
  std::optional<std::vector<uint64_t>> elements = resolver.array_elements(index);
  if (!elements) {  // not an array, or malformed: the general path says which
    StatusOr<vhlo::DecodedAttribute> value = resolver.take_attribute(index);
    if (!value.ok()) return value.status();
    if (auto* attribute = std::get_if<ir::Attribute>(&*value)) {
      if (auto* array = std::get_if<ir::ArrayAttr>(&attribute->value)) {
        result.reserve(array->values.size());
        for (ir::Attribute& element : array->values) take_entries(element, &result);
      }
    }
    return result;
  }
  result.reserve(elements->size());
  for (uint64_t element : *elements) {
    StatusOr<vhlo::DecodedAttribute> value = resolver.take_attribute(element);
    if (!value.ok()) return value.status();
    if (auto* attribute = std::get_if<ir::Attribute>(&*value)) {
      take_entries(*attribute, &result);
    } else {
      result.emplace_back();
    }
  }
  return result;
}

// The result types of function @`name`'s function type, entry `index`.
StatusOr<std::vector<ir::Type>> result_types(vhlo::ContainerResolver& resolver, uint64_t index,
                                             const std::string& name) {
  std::optional<StatusOr<const vhlo::DecodedType*>> type =
      resolver.type_of_type_attribute(index);
  if (type) {  // a type attribute: its type is borrowed from the type table
    if (!type->ok()) return type->status();
    if (const auto* signature = std::get_if<vhlo::FunctionSignature>(**type)) {
      return signature->results;
    }
  } else {
    StatusOr<vhlo::DecodedAttribute> value = resolver.take_attribute(index);
    if (!value.ok()) return value.status();
    if (auto* signature = std::get_if<vhlo::FunctionSignature>(&*value)) {
      return std::move(signature->results);
    }
  }
  return invalid_argument("function @" + name + " has no function type");
}

}  // namespace

StatusOr<ir::Function*> read_function(const bytecode::Container& container,
                                      const bytecode::RawOp& raw,
                                      vhlo::ContainerResolver& resolver, ir::Module& module) {
  static constexpr size_t kProperties = 5;
  if (!raw.properties) {
    return invalid_argument("'vhlo.func_v1' has no properties but needs " +
                            std::to_string(kProperties) + " attributes");
  }
  const bytecode::ByteRange& range = container.properties[*raw.properties];
  bytecode::ByteReader reader(range.bytes, range.offset);
  // In the order func_v1's properties hold them.
  uint64_t arg_attrs = 0, function_type = 0, res_attrs = 0, sym_name = 0, sym_visibility = 0;
  METALLIB_ASSIGN_OR_RETURN(arg_attrs, reader.read_varint("arg_attrs"));
  METALLIB_ASSIGN_OR_RETURN(function_type, reader.read_varint("function_type"));
  METALLIB_ASSIGN_OR_RETURN(res_attrs, reader.read_varint("res_attrs"));
  METALLIB_ASSIGN_OR_RETURN(sym_name, reader.read_varint("sym_name"));
  METALLIB_ASSIGN_OR_RETURN(sym_visibility, reader.read_varint("sym_visibility"));
  if (!reader.empty()) {
    return invalid_argument("'vhlo.func_v1' has more properties than the " +
                            std::to_string(kProperties) + " attributes it defines");
  }
  METALLIB_ASSIGN_OR_RETURN(std::string name, string_property(resolver, sym_name));
  METALLIB_ASSIGN_OR_RETURN(std::string visibility, string_property(resolver, sym_visibility));
  METALLIB_ASSIGN_OR_RETURN(Dictionaries argument_attributes,
                            dictionaries_property(resolver, arg_attrs));
  METALLIB_ASSIGN_OR_RETURN(Dictionaries result_attributes,
                            dictionaries_property(resolver, res_attrs));
  METALLIB_ASSIGN_OR_RETURN(std::vector<ir::Type> results,
                            result_types(resolver, function_type, name));
  if (raw.num_regions != 1) {
    return invalid_argument("function @" + name + " must have one region with one block");
  }
  ir::Function& function = module.add_function(std::move(name));
  function.is_public = visibility.empty() || visibility == "public";
  function.result_types = std::move(results);
  function.argument_attributes = std::move(argument_attributes);
  function.result_attributes = std::move(result_attributes);
  return &function;
}

}  // namespace metallib::stablehlo
