// Reads MLIR's generic op text, and our printer's text of the same module,
// into records that compare op for op: each op's name, its operand and
// result types, and its attributes (MLIR's properties and discardable
// attributes merged, as our IR keeps them) with every value in a canonical
// text. Dense tensor literals and float scalars are canonicalized to their
// bytes, since MLIR writes them in decimal and our printer in hex; the rest
// of the text must already agree. Test-only; parse errors throw
// std::runtime_error naming the line.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace metallib::stablehlo::testing {

// Attribute name -> canonical value text; a unit attribute's value is "unit".
using AttributeMap = std::map<std::string, std::string>;

struct TextOp {
  std::string name;       // "stablehlo.add"
  std::string signature;  // "(tensor<f32>, tensor<f32>) -> tensor<f32>"
  AttributeMap attributes;
  int line = 0;  // in the text it came from, for messages
};

struct TextFunction {
  std::string name;
  std::string visibility;  // "public" or "private"
  std::vector<std::string> argument_types, result_types;
  // One map per argument and per result, empty where the text has none.
  std::vector<AttributeMap> argument_attributes, result_attributes;
  AttributeMap other_attributes;  // any other attribute of MLIR's func.func
};

struct TextModule {
  std::string name;
  AttributeMap attributes;
  std::vector<TextFunction> functions;
  std::vector<TextOp> ops;  // every op inside the functions, in text order
};

// MLIR's generic form ("builtin.module"() <{...}> ({ "func.func"() ...).
// Ops for which `skip` returns true (e.g. Shardy's) are left out.
TextModule parse_mlir_generic(const std::string& text, bool (*skip)(std::string_view name));

// ir::print_module's form (module @name attributes {...} { func.func ...).
TextModule parse_printed(const std::string& text);

// "{a = 1 : i32, b}" -> {a: "1 : i32", b: "unit"}, values canonical.
AttributeMap parse_dictionary(std::string_view text);

// An attribute value with each dense tensor literal written as
// dense<HEX> : type, or dense<splat:HEX> : type when all elements are equal
// (HEX: the elements' little-endian bytes, as ir::DenseElementsAttr holds
// them), and each float scalar "V : f32" as "0xBITS : f32".
std::string canonical_value(std::string_view text);

}  // namespace metallib::stablehlo::testing
