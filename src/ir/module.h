// The program structure: values, ops, blocks, regions, functions, module.
// A module owns its functions, a function its body region, a region its
// blocks, an op its regions. Ops and values (op results, block arguments)
// live in the module's arena (arena.h) and die with the module; blocks list
// them. Operands are non-owning pointers to values defined earlier.
#pragma once

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ir/arena.h"
#include "ir/attribute.h"
#include "ir/location.h"
#include "ir/opcode.h"
#include "ir/type.h"

namespace metallib::ir {

class Block;
class Op;
class Region;

// Ops share location nodes (see location.h), kept in the module's arena
// (Storage::keep_location) and held by plain pointer; null means unknown.
using SharedLocation = const Location*;

class Value {
 public:
  // `type` is kept by the module (Storage::keep_type), so values of one
  // type share it and a value needs no destructor.
  Value(const Type* type, Op* op, Block* block, int index, uint32_t id)
      : type_(type), op_(op), block_(block), index_(index), id_(id) {}

  const Type& type() const { return *type_; }
  // The op producing this value, or null for a block argument.
  Op* defining_op() const { return op_; }
  // The block whose argument this is, or null for an op result.
  Block* owner_block() const { return block_; }
  int index() const { return index_; }  // result or argument number
  // Numbers the values of a module densely from 0 in the order they were
  // made, so that a walk can keep facts about values in a plain vector
  // (Module::value_count() long) instead of a hash map.
  uint32_t id() const { return id_; }

 private:
  const Type* type_;
  Op* op_;
  Block* block_;
  int index_;
  uint32_t id_;
};

// Where the ops and values of one module are made: its arena, and the
// count that numbers its values.
struct Storage {
  Arena arena;
  uint32_t value_count = 0;

  // `type` kept until the module dies, for values to point to.
  const Type* keep_type(Type type) { return arena.make<Type>(std::move(type)); }
  // A copy of `location` in the arena, with its name and list of parts;
  // the nodes it points to must be kept already. Null when unknown.
  SharedLocation keep_location(const Location& location);
  std::string_view keep_string(std::string_view text);
  // `source` kept until the module dies, for deferred nodes to name.
  const LocationSource* keep_location_source(std::unique_ptr<LocationSource> source) {
    return location_sources.emplace_back(std::move(source)).get();
  }
  std::vector<std::unique_ptr<LocationSource>> location_sources;
};

// The attributes of an op, sorted by name, as callers build them.
using AttributeList = std::vector<NamedAttribute>;

// A read-only list argument: a vector, a span or a braced list, as callers
// have them, without copying into a vector first.
template <typename T>
class ListRef {
 public:
  ListRef(const std::vector<T>& values) : values_(values) {}  // NOLINT: implicit by design
  ListRef(std::span<const T> values) : values_(values) {}     // NOLINT
  ListRef(std::span<T> values) : values_(values) {}           // NOLINT
  ListRef(std::initializer_list<T> values)                    // NOLINT
      : values_(values.begin(), values.size()) {}
  std::span<const T> span() const { return values_; }
  size_t size() const { return values_.size(); }

 private:
  std::span<const T> values_;
};

class Region {
 public:
  Region(Op* parent, Storage& storage) : parent_(parent), storage_(&storage) {}
  Op* parent() const { return parent_; }  // null for a function body
  const std::vector<std::unique_ptr<Block>>& blocks() const { return blocks_; }
  Block& add_block();

 private:
  Op* parent_;
  Storage* storage_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

// A block lists its arguments and ops; they live in the module's arena.
class Block {
 public:
  Block(Region* parent, Storage& storage) : parent_(parent), storage_(&storage) {}
  Block(const Block&) = delete;
  Block& operator=(const Block&) = delete;
  Region* parent() const { return parent_; }
  Storage& storage() const { return *storage_; }
  const std::vector<Value*>& arguments() const { return arguments_; }
  const std::vector<Op*>& ops() const { return ops_; }

  Value& add_argument(Type type);
  // The same with a type the module keeps (Storage::keep_type).
  Value& add_argument(const Type* kept_type);
  // Makes room for `count` ops in all, for builders that know how many come.
  void reserve_ops(size_t count) { ops_.reserve(count); }
  void reserve_arguments(size_t count) { arguments_.reserve(count); }
  // Appends an op with results of `result_types`; fill attributes and
  // regions through the returned reference.
  Op& add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
             const Location& location = {});
  // The same, sharing `location` with other ops.
  Op& add_op(OpCode code, ListRef<Value*> operands, ListRef<Type> result_types,
             SharedLocation location);
  // The same with result types the module keeps (Storage::keep_type), which
  // the results share instead of keeping copies: for readers, which see
  // each type many times.
  Op& add_op_of_kept_types(OpCode code, ListRef<Value*> operands,
                           std::span<const Type* const> result_types, SharedLocation location);

  // For passes that rebuild a block: takes all ops out (the block is left
  // empty), and appends an op taken from this or another block of the same
  // module. An op taken out and not appended again is dropped; its memory
  // returns with the module's arena.
  std::vector<Op*> take_ops();
  Op& append_op(Op* op);

  // `location` kept in the module's arena for ops to share; null when unknown.
  SharedLocation make_location(const Location& location) {
    return storage_->keep_location(location);
  }

 private:
  Value* make_value(const Type* kept_type, Op* op, int index);
  Op& make_op(OpCode code, ListRef<Value*> operands, size_t num_results,
              SharedLocation location);

  Region* parent_;
  Storage* storage_;
  std::vector<Value*> arguments_;
  std::vector<Op*> ops_;
};

class Op {
 public:
  // Made by Block::add_op, in the block's arena.
  Op(OpCode code, Block* parent, SharedLocation location)
      : code_(code), parent_(parent), location_(location) {}
  Op(const Op&) = delete;
  Op& operator=(const Op&) = delete;

  OpCode code() const { return code_; }
  std::string_view name() const { return mnemonic(code_); }
  Block* parent() const { return parent_; }
  const Location& location() const { return location_ ? *location_ : unknown_location(); }
  SharedLocation shared_location() const { return location_; }
  void set_location(const Location& location) { location_ = parent_->make_location(location); }
  void set_location(SharedLocation location) { location_ = location; }

  std::span<Value* const> operands() const { return operands_; }
  Value* operand(size_t i) const { return operands_[i]; }
  // Operands replaced in place; set_operands() changes how many there are.
  std::span<Value*> mutable_operands() { return operands_; }
  void set_operands(ListRef<Value*> operands);
  std::span<Value* const> results() const { return results_; }
  Value& result(size_t i = 0) const { return *results_[i]; }
  const std::vector<std::unique_ptr<Region>>& regions() const { return regions_; }
  Region& add_region();

  // Attributes are kept sorted by name, as MLIR keeps them.
  std::span<const NamedAttribute> attributes() const { return attributes_; }
  const Attribute* attribute(std::string_view name) const;
  void set_attribute(std::string name, Attribute value);
  // Replaces all attributes at once; `sorted` must be sorted by name, with
  // no name twice.
  void set_attributes(AttributeList sorted) { take_attributes(sorted); }
  // The same, moving the attributes out of `sorted`: a reader fills one
  // list op after op, and the op's copy goes to the arena.
  void take_attributes(std::span<NamedAttribute> sorted);
  // Gives this op the attributes of `other`: its very list when both ops are
  // of one module (lists never change once made), else a copy.
  void share_attributes(const Op& other);

 private:
  friend class Block;
  static const Location& unknown_location();

  OpCode code_;
  Block* parent_;
  SharedLocation location_;
  std::span<Value*> operands_;  // in the arena
  std::span<Value*> results_;   // in the arena, as are the values
  std::vector<std::unique_ptr<Region>> regions_;
  // In the arena and never changed once made, so ops may share one.
  std::span<const NamedAttribute> attributes_;
};

struct Function {
  std::string name;
  bool is_public = false;
  std::vector<Type> result_types;
  // Per-argument and per-result attribute dictionaries (jax.result_info,
  // mhlo.sharding, ...), kept for metadata; empty when none.
  std::vector<std::vector<NamedAttribute>> argument_attributes;
  std::vector<std::vector<NamedAttribute>> result_attributes;
  Region body;  // one block whose arguments are the parameters

  explicit Function(Storage& storage) : body(nullptr, storage) {}
};

struct Module {
  // Declared first so that it dies last, after every block listing its ops.
  std::unique_ptr<Storage> storage = std::make_unique<Storage>();
  std::string name;  // "jit_f", without the '@'; may be empty
  std::vector<NamedAttribute> attributes;
  std::vector<std::unique_ptr<Function>> functions;

  Function& add_function(std::string name);
  // How many values (op results and block arguments) were ever made in this
  // module: an upper bound of every Value::id() in it.
  uint32_t value_count() const { return storage->value_count; }
  Function* find_function(std::string_view name) const;
  const Attribute* attribute(std::string_view name) const;
};

}  // namespace metallib::ir
