#include "ir/module.h"

#include <algorithm>
#include <utility>

namespace metallib::ir {
namespace {

const Attribute* find_attribute(const std::vector<NamedAttribute>& attributes,
                                std::string_view name) {
  auto it = std::lower_bound(
      attributes.begin(), attributes.end(), name,
      [](const NamedAttribute& a, std::string_view key) { return a.name < key; });
  return it != attributes.end() && it->name == name ? &it->value : nullptr;
}

}  // namespace

std::string Location::brief() const {
  // A file position is a quoted name followed by :line:column.
  for (size_t open = text.find('"'); open != std::string::npos;) {
    size_t close = text.find('"', open + 1);
    if (close == std::string::npos) break;
    size_t end = close + 1;
    auto digits = [&](size_t at) {
      size_t from = at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      return at > from ? at : std::string::npos;
    };
    if (end < text.size() && text[end] == ':') {
      size_t line_end = digits(end + 1);
      if (line_end != std::string::npos && line_end < text.size() && text[line_end] == ':') {
        size_t column_end = digits(line_end + 1);
        if (column_end != std::string::npos) {
          return text.substr(open + 1, close - open - 1) + text.substr(end, column_end - end);
        }
      }
    }
    open = text.find('"', close + 1);
  }
  return text;
}

Block& Region::add_block() {
  return *blocks_.emplace_back(std::make_unique<Block>(this));
}

Value& Block::add_argument(Type type) {
  int index = static_cast<int>(arguments_.size());
  return *arguments_.emplace_back(
      std::make_unique<Value>(std::move(type), nullptr, this, index));
}

Op& Block::add_op(OpCode code, std::vector<Value*> operands,
                  const std::vector<Type>& result_types, Location location) {
  return add_op(code, std::move(operands), result_types, Op::share(std::move(location)));
}

Op& Block::add_op(OpCode code, std::vector<Value*> operands,
                  const std::vector<Type>& result_types, SharedLocation location) {
  Op& op = *ops_.emplace_back(std::make_unique<Op>(code, this, std::move(location)));
  op.operands_ = std::move(operands);
  op.results_.reserve(result_types.size());
  for (size_t i = 0; i < result_types.size(); ++i) {
    op.results_.push_back(
        std::make_unique<Value>(result_types[i], &op, nullptr, static_cast<int>(i)));
  }
  return op;
}

std::vector<std::unique_ptr<Op>> Block::take_ops() {
  return std::exchange(ops_, {});
}

Op& Block::append_op(std::unique_ptr<Op> op) {
  op->parent_ = this;
  return *ops_.emplace_back(std::move(op));
}

SharedLocation Op::share(Location location) {
  if (location.text.empty()) return nullptr;
  return std::make_shared<const Location>(std::move(location));
}

const Location& Op::unknown_location() {
  static const Location unknown;
  return unknown;
}

Region& Op::add_region() {
  return *regions_.emplace_back(std::make_unique<Region>(this));
}

const Attribute* Op::attribute(std::string_view name) const {
  return find_attribute(attributes_, name);
}

void Op::set_attribute(std::string name, Attribute value) {
  auto it = std::lower_bound(
      attributes_.begin(), attributes_.end(), name,
      [](const NamedAttribute& a, const std::string& key) { return a.name < key; });
  if (it != attributes_.end() && it->name == name) {
    it->value = std::move(value);
  } else {
    attributes_.insert(it, NamedAttribute{std::move(name), std::move(value)});
  }
}

Function& Module::add_function(std::string name) {
  Function& function = *functions.emplace_back(std::make_unique<Function>());
  function.name = std::move(name);
  return function;
}

Function* Module::find_function(std::string_view name) const {
  for (const auto& function : functions) {
    if (function->name == name) return function.get();
  }
  return nullptr;
}

const Attribute* Module::attribute(std::string_view name) const {
  return find_attribute(attributes, name);
}

}  // namespace metallib::ir
