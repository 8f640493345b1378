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
  return *blocks_.emplace_back(std::make_unique<Block>(this, *storage_));
}

Value& Block::add_argument(Type type) {
  int index = static_cast<int>(arguments_.size());
  return *arguments_.emplace_back(make_value(std::move(type), nullptr, index));
}

Value* Block::make_value(Type type, Op* op, int index) {
  return storage_->arena.make_owned<Value>(std::move(type), op, op ? nullptr : this, index,
                                           storage_->value_count++);
}

Block::~Block() {
  for (Value* argument : arguments_) argument->~Value();
}

Op& Block::add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
                  Location location) {
  return add_op(code, operands, result_types, make_location(std::move(location)));
}

Op& Block::add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
                  SharedLocation location) {
  Arena& arena = storage_->arena;
  Op& op = *ops_.emplace_back(arena.make<Op>(code, this, location));
  op.operands_ = arena.copy(operands.span());
  if (result_types.size() > 0) {
    auto* results = static_cast<Value**>(
        arena.allocate(sizeof(Value*) * result_types.size(), alignof(Value*)));
    for (size_t i = 0; i < result_types.size(); ++i) {
      results[i] = make_value(result_types.span()[i], &op, static_cast<int>(i));
    }
    op.results_ = {results, result_types.size()};
  }
  return op;
}

std::vector<Op*> Block::take_ops() {
  return std::exchange(ops_, {});
}

Op& Block::append_op(Op* op) {
  op->parent_ = this;
  return *ops_.emplace_back(op);
}

Op::~Op() {
  for (Value* result : results_) result->~Value();
}

SharedLocation Block::make_location(Location location) {
  if (location.text.empty()) return nullptr;
  return storage_->arena.make<Location>(std::move(location));
}

const Location& Op::unknown_location() {
  static const Location unknown;
  return unknown;
}

Region& Op::add_region() {
  return *regions_.emplace_back(std::make_unique<Region>(this, parent_->storage()));
}

void Op::set_operands(ListRef<Value*> operands) {
  operands_ = parent_->storage().arena.copy(operands.span());
}

const Attribute* Op::attribute(std::string_view name) const {
  return attributes_ ? find_attribute(*attributes_, name) : nullptr;
}

void Op::set_attribute(std::string name, Attribute value) {
  AttributeList changed = attributes();
  auto it = std::lower_bound(
      changed.begin(), changed.end(), name,
      [](const NamedAttribute& a, const std::string& key) { return a.name < key; });
  if (it != changed.end() && it->name == name) {
    it->value = std::move(value);
  } else {
    changed.insert(it, NamedAttribute{std::move(name), std::move(value)});
  }
  set_attributes(std::move(changed));
}

void Op::set_attributes(AttributeList sorted) {
  attributes_ = sorted.empty()
                    ? nullptr
                    : parent_->storage().arena.make<AttributeList>(std::move(sorted));
}

void Op::share_attributes(const Op& other) {
  if (&parent_->storage().arena == &other.parent_->storage().arena) {
    attributes_ = other.attributes_;
  } else {
    set_attributes(other.attributes());
  }
}

const AttributeList& Op::no_attributes() {
  static const AttributeList none;
  return none;
}

Function& Module::add_function(std::string name) {
  Function& function = *functions.emplace_back(std::make_unique<Function>(*storage));
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
