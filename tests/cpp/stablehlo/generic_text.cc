#include "stablehlo/generic_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "ir/element_type.h"
#include "stablehlo/vhlo/float_bits.h"

namespace metallib::stablehlo::testing {
namespace {

[[noreturn]] void fail(const std::string& message) {
  throw std::runtime_error(message);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

// The index just past the bracket that closes the one at `open`. Quoted
// strings are skipped, and the '>' of "->" closes nothing.
size_t skip_balanced(std::string_view text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;
      }
    } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '>') {
      ++i;
    } else if (c == '(' || c == '[' || c == '{' || c == '<') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}' || c == '>') {
      if (--depth == 0) return i + 1;
    }
  }
  fail("unbalanced brackets in: " + std::string(text.substr(open)));
}

// Splits at the commas outside brackets and strings.
std::vector<std::string_view> split_top_level(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '(' || c == '[' || c == '{' || c == '<') {
      if (c == '"') {
        for (++i; i < text.size() && text[i] != '"'; ++i) {
          if (text[i] == '\\') ++i;
        }
      } else {
        i = skip_balanced(text, i) - 1;
      }
    } else if (c == ',') {
      parts.push_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  std::string_view last = trim(text.substr(start));
  if (!last.empty() || !parts.empty()) parts.push_back(last);
  return parts;
}

std::string unquote(std::string_view text) {
  if (text.size() < 2 || text.front() != '"') return std::string(text);
  std::string out;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '\\' && i + 2 < text.size()) {
      out += text[++i];
    } else {
      out += text[i];
    }
  }
  return out;
}

// ---- Element values -------------------------------------------------------

std::optional<ir::ElementType> element_type_named(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(ir::ElementType::kToken); ++i) {
    const auto type = static_cast<ir::ElementType>(i);
    if (ir::element_type_name(type) == name) return type;
  }
  return std::nullopt;
}

struct TensorType {
  std::vector<int64_t> dims;
  ir::ElementType element = ir::ElementType::kInvalid;
  uint64_t count() const {
    uint64_t n = 1;
    for (int64_t d : dims) n *= static_cast<uint64_t>(d);
    return n;
  }
};

TensorType parse_tensor_type(std::string_view text) {
  if (!text.starts_with("tensor<") || !text.ends_with(">"))
    fail("not a tensor type: " + std::string(text));
  std::string_view body = text.substr(7, text.size() - 8);
  TensorType type;
  while (!body.empty() && std::isdigit(static_cast<unsigned char>(body.front()))) {
    const size_t x = body.find('x');
    if (x == std::string_view::npos) fail("bad tensor type: " + std::string(text));
    type.dims.push_back(std::stoll(std::string(body.substr(0, x))));
    body.remove_prefix(x + 1);
  }
  std::optional<ir::ElementType> element = element_type_named(body);
  if (!element) fail("unknown element type in " + std::string(text));
  type.element = *element;
  return type;
}

void append_le(std::string& out, uint64_t bits, int64_t bytes) {
  for (int64_t i = 0; i < bytes; ++i) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
}

uint64_t low_bits(uint64_t bits, int width) {
  return width >= 64 ? bits : bits & ((uint64_t{1} << width) - 1);
}

// Every non-NaN value of a narrow float type with its bits, sorted, so that a
// decimal can be rounded to the nearest one.
const std::vector<std::pair<double, uint64_t>>& narrow_float_table(ir::ElementType type) {
  static std::map<ir::ElementType, std::vector<std::pair<double, uint64_t>>> tables;
  auto [it, inserted] = tables.try_emplace(type);
  if (inserted) {
    const int width = ir::element_bit_width(type);
    for (uint64_t bits = 0; bits < (uint64_t{1} << width); ++bits) {
      const double value = vhlo::float_from_bits(type, bits);
      if (!std::isnan(value)) it->second.push_back({value, bits});
    }
    std::sort(it->second.begin(), it->second.end());
  }
  return it->second;
}

// The bits of the float `text` (decimal, or hex bits as MLIR writes NaN and
// infinities) rounded to the float type `type`.
uint64_t float_bits(std::string_view text, ir::ElementType type) {
  const std::string s(trim(text));
  const int width = ir::element_bit_width(type);
  if (s.starts_with("0x") || s.starts_with("-0x")) {
    if (s[0] == '-') fail("negative hex float " + s);
    return low_bits(std::stoull(s.substr(2), nullptr, 16), width);
  }
  char* end = nullptr;
  if (type == ir::ElementType::kF32) {
    const float value = std::strtof(s.c_str(), &end);
    if (end != s.c_str() + s.size()) fail("bad float " + s);
    uint32_t bits;
    std::memcpy(&bits, &value, 4);
    return std::isnan(value) ? 0x7FC00000u : bits;
  }
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) fail("bad float " + s);
  if (type == ir::ElementType::kF64) {
    uint64_t bits;
    std::memcpy(&bits, &value, 8);
    return std::isnan(value) ? 0x7FF8000000000000u : bits;
  }
  const auto& table = narrow_float_table(type);
  if (std::isnan(value) || table.empty()) fail("no " + s + " in this float type");
  auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(value, uint64_t{0}));
  if (it == table.end() ||
      (it != table.begin() && value - std::prev(it)->first < it->first - value)) {
    --it;
  }
  // Zero: keep the sign the text has.
  if (value == 0 && std::signbit(value)) {
    for (const auto& [v, bits] : table) {
      if (v == 0 && bits != 0) return bits;
    }
  }
  return it->second;
}

// One element of `type` written as MLIR or our printer writes it, as the
// bytes ir::DenseElementsAttr holds.
std::string element_bytes(std::string_view token, ir::ElementType type) {
  token = trim(token);
  std::string out;
  const int64_t bytes = ir::host_element_bytes(type);
  if (type == ir::ElementType::kPred) {
    if (token == "true" || token == "1") return std::string(1, '\1');
    if (token == "false" || token == "0") return std::string(1, '\0');
    fail("bad boolean " + std::string(token));
  }
  if (ir::is_complex(type)) {
    if (!token.starts_with("(") || !token.ends_with(")"))
      fail("bad complex " + std::string(token));
    std::vector<std::string_view> parts = split_top_level(token.substr(1, token.size() - 2));
    if (parts.size() != 2) fail("bad complex " + std::string(token));
    const ir::ElementType part =
        type == ir::ElementType::kC64 ? ir::ElementType::kF32 : ir::ElementType::kF64;
    return element_bytes(parts[0], part) + element_bytes(parts[1], part);
  }
  if (ir::is_float(type)) {
    append_le(out, float_bits(token, type), bytes);
    return out;
  }
  const std::string s(token);
  uint64_t bits = s.starts_with("-") ? static_cast<uint64_t>(std::stoll(s)) : std::stoull(s);
  append_le(out, low_bits(bits, ir::element_bit_width(type)), bytes);
  return out;
}

// The scalar tokens of a (nested) dense literal: "[[1, 2], [3, 4]]".
void flatten_literal(std::string_view text, std::vector<std::string_view>& tokens) {
  text = trim(text);
  if (text.starts_with("[")) {
    for (std::string_view part : split_top_level(text.substr(1, text.size() - 2))) {
      flatten_literal(part, tokens);
    }
  } else if (!text.empty()) {
    tokens.push_back(text);
  }
}

std::string hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

std::string unhex(std::string_view digits) {
  std::string out;
  for (size_t i = 0; i + 1 < digits.size(); i += 2) {
    out += static_cast<char>(std::stoi(std::string(digits.substr(i, 2)), nullptr, 16));
  }
  return out;
}

// dense<LITERAL> : TYPE in canonical form.
std::string canonical_dense(std::string_view literal, std::string_view type_text) {
  const TensorType type = parse_tensor_type(type_text);
  const uint64_t count = type.count();
  const auto width = static_cast<size_t>(ir::host_element_bytes(type.element));
  std::string data;
  literal = trim(literal);
  if (literal.starts_with("\"0x")) {
    data = unhex(literal.substr(3, literal.size() - 4));
    if (type.element == ir::ElementType::kPred && data.size() != count && data.size() != 1 &&
        data.size() == (count + 7) / 8) {
      std::string unpacked;  // MLIR's hex of booleans is bit-packed
      for (uint64_t i = 0; i < count; ++i)
        unpacked += static_cast<char>((data[i / 8] >> (i % 8)) & 1);
      data = unpacked;
    } else if (type.element == ir::ElementType::kPred) {
      for (char& c : data) c = c != 0 ? 1 : 0;
    }
  } else {
    std::vector<std::string_view> tokens;
    flatten_literal(literal, tokens);
    for (std::string_view token : tokens) data += element_bytes(token, type.element);
  }
  if (data.size() != width && data.size() != width * count) {
    fail("dense literal of " + std::to_string(data.size()) + " bytes for " +
         std::string(type_text));
  }
  bool all_equal = count > 0;
  for (size_t at = width; all_equal && at < data.size(); at += width) {
    all_equal = data.compare(at, width, data, 0, width) == 0;
  }
  if (all_equal)
    return "dense<splat:" + hex(data.substr(0, width)) + "> : " + std::string(type_text);
  return "dense<" + hex(data) + "> : " + std::string(type_text);
}

std::string canonical_floats(const std::string& text) {
  static const std::regex kFloat(
      R"re((^|[\s\[(=,])(-?(?:0x[0-9A-Fa-f]+|inf|nan|[0-9][0-9.]*(?:[eE][+-]?[0-9]+)?)) : (bf16|f16|f32|f64)\b)re");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), kFloat);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    const ir::ElementType type = *element_type_named(m[3].str());
    const uint64_t bits = float_bits(m[2].str(), type);
    const bool is_nan = std::isnan(vhlo::float_from_bits(type, bits));
    out += text.substr(last, m.position(0) - last) + m[1].str();
    char bits_text[24];
    std::snprintf(bits_text, sizeof(bits_text), "0x%llX",
                  static_cast<unsigned long long>(bits));
    // NaN payloads are not compared: the IR's float attributes are doubles.
    out += (is_nan ? std::string("nan") : std::string(bits_text)) + " : " + m[3].str();
    last = m.position(0) + m.length(0);
  }
  return out + text.substr(last);
}

}  // namespace

std::string canonical_value(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t at = text.find("dense<", i);
    if (at == std::string_view::npos) break;
    out += text.substr(i, at - i);
    const size_t literal_end = skip_balanced(text, at + 5);
    std::string_view rest = text.substr(literal_end);
    if (!rest.starts_with(" : tensor<"))
      fail("dense literal without a tensor type: " + std::string(text));
    const size_t type_end = skip_balanced(text, literal_end + 9);
    out += canonical_dense(text.substr(at + 6, literal_end - at - 7),
                           text.substr(literal_end + 3, type_end - literal_end - 3));
    i = type_end;
  }
  out += text.substr(std::min(i, text.size()));
  return canonical_floats(out);
}

AttributeMap parse_dictionary(std::string_view text) {
  text = trim(text);
  if (!text.starts_with("{") || !text.ends_with("}"))
    fail("not a dictionary: " + std::string(text));
  AttributeMap result;
  for (std::string_view entry : split_top_level(text.substr(1, text.size() - 2))) {
    // The key is a bare identifier or a quoted string; " = " follows it.
    size_t key_end = 0;
    if (entry.starts_with("\"")) {
      for (key_end = 1; key_end < entry.size() && entry[key_end] != '"'; ++key_end) {
        if (entry[key_end] == '\\') ++key_end;
      }
      ++key_end;
    } else {
      while (key_end < entry.size() && entry[key_end] != ' ') ++key_end;
    }
    std::string key = unquote(entry.substr(0, key_end));
    const size_t eq = entry.find(" = ", key_end);
    std::string value = eq == std::string_view::npos
                            ? std::string("unit")
                            : canonical_value(trim(entry.substr(eq + 3)));
    if (!result.emplace(std::move(key), std::move(value)).second) {
      fail("duplicate attribute in " + std::string(text));
    }
  }
  return result;
}

namespace {

std::vector<AttributeMap> dictionaries(std::string_view array) {
  array = trim(array);
  std::vector<AttributeMap> result;
  if (!array.starts_with("[")) fail("not an array of dictionaries: " + std::string(array));
  for (std::string_view part : split_top_level(array.substr(1, array.size() - 2))) {
    result.push_back(parse_dictionary(part));
  }
  return result;
}

// "(A, B) -> R" or "(A) -> (R, S)" into type lists.
void parse_function_type(std::string_view text, std::vector<std::string>& inputs,
                         std::vector<std::string>& results) {
  text = trim(text);
  const size_t inputs_end = skip_balanced(text, 0);
  for (std::string_view t : split_top_level(text.substr(1, inputs_end - 2)))
    inputs.emplace_back(t);
  std::string_view rest = trim(text.substr(inputs_end));
  if (!rest.starts_with("->")) fail("bad function type " + std::string(text));
  rest = trim(rest.substr(2));
  if (rest.starts_with("(")) {
    for (std::string_view t : split_top_level(rest.substr(1, rest.size() - 2)))
      results.emplace_back(t);
  } else {
    results.emplace_back(rest);
  }
}

// The part of an op line after the operands: [<{props}>] [({ | {attrs}] : sig.
struct OpTail {
  AttributeMap attributes;
  bool opens_regions = false;
  std::string signature;
};

void merge(AttributeMap& into, const AttributeMap& from) {
  for (const auto& [name, value] : from) {
    if (!into.emplace(name, value).second) fail("attribute " + name + " given twice");
  }
}

// Parses "[{attrs}] : signature[  // loc(...)]".
void parse_attributes_and_signature(std::string_view rest, OpTail& tail) {
  rest = trim(rest);
  if (rest.starts_with("{")) {
    const size_t end = skip_balanced(rest, 0);
    merge(tail.attributes, parse_dictionary(rest.substr(0, end)));
    rest = trim(rest.substr(end));
  }
  if (!rest.starts_with(": ")) fail("expected ': signature' at: " + std::string(rest));
  rest.remove_prefix(2);
  if (size_t loc = rest.find("  // loc("); loc != std::string_view::npos)
    rest = rest.substr(0, loc);
  tail.signature = std::string(trim(rest));
}

OpTail parse_op_tail(std::string_view rest) {
  OpTail tail;
  rest = trim(rest);
  if (rest.starts_with("<{")) {
    const size_t end = skip_balanced(rest, 1);
    tail.attributes = parse_dictionary(rest.substr(1, end - 1));
    rest = trim(rest.substr(end + 1));  // past '>'
  }
  if (rest.starts_with("({")) {
    tail.opens_regions = true;
    return tail;
  }
  parse_attributes_and_signature(rest, tail);
  return tail;
}

struct Open {
  size_t op;  // index into ops
  bool skipped;
};

struct OpStream {
  std::vector<TextOp> ops;
  std::vector<Open> open;
  std::vector<bool> skipped;
};

const std::regex& op_start() {
  static const std::regex kOpStart(R"re(^\s*(?:%[\w#:]+ = )?"([a-z_]+\.[a-z_\-]+)"\()re");
  return kOpStart;
}

// Feeds one line of generic op text; returns false for lines that are
// neither an op, a region separator nor the end of an op with regions.
bool feed_op_line(const std::string& line, int number, OpStream& stream,
                  bool (*skip)(std::string_view)) {
  std::smatch match;
  if (std::regex_search(line, match, op_start())) {
    TextOp op;
    op.name = match[1];
    op.line = number;
    const size_t operands = static_cast<size_t>(match.position(0) + match.length(0)) - 1;
    const size_t after = skip_balanced(line, operands);
    OpTail tail = parse_op_tail(std::string_view(line).substr(after));
    op.attributes = std::move(tail.attributes);
    op.signature = std::move(tail.signature);
    const bool skipped = skip != nullptr && skip(op.name);
    stream.ops.push_back(std::move(op));
    stream.skipped.push_back(skipped);
    if (tail.opens_regions) stream.open.push_back({stream.ops.size() - 1, skipped});
    return true;
  }
  std::string_view text = trim(line);
  if (text == "}, {") return true;
  if (text.starts_with("})")) {
    if (stream.open.empty()) fail("line " + std::to_string(number) + ": unmatched '})'");
    TextOp& op = stream.ops[stream.open.back().op];
    stream.open.pop_back();
    OpTail tail;
    parse_attributes_and_signature(text.substr(2), tail);
    merge(op.attributes, tail.attributes);
    op.signature = tail.signature;
    return true;
  }
  return false;
}

}  // namespace

TextModule parse_mlir_generic(const std::string& text, bool (*skip)(std::string_view name)) {
  OpStream stream;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    try {
      feed_op_line(line, number, stream, skip);
    } catch (const std::runtime_error& e) {
      fail("MLIR text line " + std::to_string(number) + ": " + e.what());
    }
  }
  TextModule module;
  for (size_t i = 0; i < stream.ops.size(); ++i) {
    TextOp& op = stream.ops[i];
    if (stream.skipped[i]) continue;
    if (op.name == "builtin.module") {
      AttributeMap attributes = op.attributes;
      if (auto it = attributes.find("sym_name"); it != attributes.end()) {
        module.name = unquote(it->second);
        attributes.erase(it);
      }
      module.attributes = std::move(attributes);
    } else if (op.name == "func.func") {
      TextFunction f;
      AttributeMap attributes = op.attributes;
      auto take = [&](const std::string& name) -> std::optional<std::string> {
        auto it = attributes.find(name);
        if (it == attributes.end()) return std::nullopt;
        std::string value = it->second;
        attributes.erase(it);
        return value;
      };
      f.name = unquote(take("sym_name").value_or(""));
      f.visibility = unquote(take("sym_visibility").value_or("\"public\""));
      parse_function_type(take("function_type").value_or("() -> ()"), f.argument_types,
                          f.result_types);
      if (auto a = take("arg_attrs")) f.argument_attributes = dictionaries(*a);
      if (auto r = take("res_attrs")) f.result_attributes = dictionaries(*r);
      f.argument_attributes.resize(f.argument_types.size());
      f.result_attributes.resize(f.result_types.size());
      f.other_attributes = std::move(attributes);
      module.functions.push_back(std::move(f));
    } else {
      module.ops.push_back(std::move(op));
    }
  }
  return module;
}

namespace {

// "%arg0: tensor<2xf32> {dict}" or "tensor<2xf32> {dict}" -> type, dict.
std::pair<std::string, AttributeMap> typed_entry(std::string_view entry) {
  entry = trim(entry);
  if (entry.starts_with("%")) entry = trim(entry.substr(entry.find(": ") + 2));
  const size_t brace = entry.find(" {");
  if (brace == std::string_view::npos) return {std::string(entry), {}};
  return {std::string(entry.substr(0, brace)), parse_dictionary(entry.substr(brace + 1))};
}

void parse_function_header(std::string_view line, TextFunction& f) {
  line = trim(line);
  line.remove_prefix(std::string_view("func.func ").size());
  const size_t at = line.find(" @");
  f.visibility = std::string(line.substr(0, at));
  const size_t open = line.find('(', at);
  f.name = unquote(line.substr(at + 2, open - at - 2));
  const size_t args_end = skip_balanced(line, open);
  for (std::string_view entry : split_top_level(line.substr(open + 1, args_end - open - 2))) {
    auto [type, attributes] = typed_entry(entry);
    f.argument_types.push_back(type);
    f.argument_attributes.push_back(attributes);
  }
  std::string_view rest = line.substr(args_end);
  const size_t results_open = rest.find("-> (") + 3;
  const size_t results_end = skip_balanced(rest, results_open);
  for (std::string_view entry :
       split_top_level(rest.substr(results_open + 1, results_end - results_open - 2))) {
    auto [type, attributes] = typed_entry(entry);
    f.result_types.push_back(type);
    f.result_attributes.push_back(attributes);
  }
}

}  // namespace

TextModule parse_printed(const std::string& text) {
  TextModule module;
  OpStream stream;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    try {
      std::string_view view = trim(line);
      if (view.starts_with("module")) {
        view.remove_prefix(6);
        view = trim(view);
        if (view.starts_with("@")) {
          const size_t end = view.find(' ');
          module.name = unquote(view.substr(1, end - 1));
          view = trim(view.substr(end));
        }
        if (view.starts_with("attributes ")) {
          view.remove_prefix(11);
          module.attributes = parse_dictionary(view.substr(0, skip_balanced(view, 0)));
        }
      } else if (view.starts_with("func.func ")) {
        module.functions.emplace_back();
        parse_function_header(view, module.functions.back());
      } else {
        feed_op_line(line, number, stream, nullptr);
      }
    } catch (const std::runtime_error& e) {
      fail("printed line " + std::to_string(number) + ": " + e.what());
    }
  }
  module.ops = std::move(stream.ops);
  return module;
}

}  // namespace metallib::stablehlo::testing
