#include "ir/module.h"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace metallib::ir {
namespace {

const Attribute* find_attribute(std::span<const NamedAttribute> attributes,
                                std::string_view name) {
  auto it = std::lower_bound(
      attributes.begin(), attributes.end(), name,
      [](const NamedAttribute& a, std::string_view key) { return a.name < key; });
  return it != attributes.end() && it->name == name ? &it->value : nullptr;
}

}  // namespace

SharedLocation Storage::keep_location(const Location& location) {
  // Not known(), which would decode a deferred node.
  if (location.kind == Location::Kind::kUnknown) return nullptr;
  Location* kept = arena.make<Location>(location);
  kept->name = keep_string(location.name);
  kept->parts = arena.copy(location.parts);
  return kept;
}

std::string_view Storage::keep_string(std::string_view text) {
  std::span<const char> copy = arena.copy(std::span<const char>(text.data(), text.size()));
  return {copy.data(), copy.size()};
}

Block& Region::add_block() {
  return *blocks_.emplace_back(std::make_unique<Block>(this, *storage_));
}

Value& Block::add_argument(Type type) {
  return add_argument(storage_->keep_type(std::move(type)));
}

Value& Block::add_argument(const Type* kept_type) {
  int index = static_cast<int>(arguments_.size());
  return *arguments_.emplace_back(make_value(kept_type, nullptr, index));
}

Value* Block::make_value(const Type* kept_type, Op* op, int index) {
  static_assert(std::is_trivially_destructible_v<Value>);
  return storage_->arena.make<Value>(kept_type, op, op ? nullptr : this, index,
                                     storage_->value_count++);
}

Op& Block::add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
                  const Location& location) {
  return add_op(code, operands, result_types, make_location(location));
}

Op& Block::add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
                  SharedLocation location) {
  Op& op = make_op(code, operands, result_types.size(), location);
  for (size_t i = 0; i < result_types.size(); ++i) {
    op.results_[i] =
        make_value(storage_->keep_type(result_types.span()[i]), &op, static_cast<int>(i));
  }
  return op;
}

Op& Block::add_op_of_kept_types(OpCode code, ListRef<Value*> operands,
                                std::span<const Type* const> result_types,
                                SharedLocation location) {
  Op& op = make_op(code, operands, result_types.size(), location);
  for (size_t i = 0; i < result_types.size(); ++i) {
    op.results_[i] = make_value(result_types[i], &op, static_cast<int>(i));
  }
  return op;
}

// An op appended with room for `num_results` results, which the caller makes.
Op& Block::make_op(OpCode code, ListRef<Value*> operands, size_t num_results,
                   SharedLocation location) {
  Arena& arena = storage_->arena;
  // Destroyed by the arena only once it has regions (see add_region): the
  // rest of an op is trivially destructible.
  Op& op = *ops_.emplace_back(arena.make_owned<Op>(code, this, location));
  op.operands_ = arena.copy(operands.span());
  if (num_results > 0) {
    auto* results =
        static_cast<Value**>(arena.allocate(sizeof(Value*) * num_results, alignof(Value*)));
    op.results_ = {results, num_results};
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

const Location& Op::unknown_location() {
  static const Location unknown;
  return unknown;
}

Region& Op::add_region() {
  if (regions_.empty()) parent_->storage().arena.destroy_later(this);
  return *regions_.emplace_back(std::make_unique<Region>(this, parent_->storage()));
}

void Op::set_operands(ListRef<Value*> operands) {
  operands_ = parent_->storage().arena.copy(operands.span());
}

const Attribute* Op::attribute(std::string_view name) const {
  return find_attribute(attributes_, name);
}

void Op::set_attribute(std::string name, Attribute value) {
  AttributeList changed(attributes_.begin(), attributes_.end());
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

void Op::take_attributes(std::span<NamedAttribute> sorted) {
  attributes_ = parent_->storage().arena.move_array(sorted);
}

void Op::share_attributes(const Op& other) {
  if (&parent_->storage().arena == &other.parent_->storage().arena) {
    attributes_ = other.attributes_;
  } else {
    set_attributes(AttributeList(other.attributes_.begin(), other.attributes_.end()));
  }
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
