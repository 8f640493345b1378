// The program structure: values, ops, blocks, regions, functions, module.
// Ownership is strictly downward: a module owns its functions, a region its
// blocks, a block its arguments and ops, an op its results and regions.
// Operands are non-owning pointers to values defined earlier.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ir/attribute.h"
#include "ir/opcode.h"
#include "ir/type.h"

namespace metallib::ir {

class Block;
class Op;
class Region;

// Where an op came from in the user's program, for error messages:
// "file.py":12:3, a name, or empty when unknown.
struct Location {
  std::string text;

  // The innermost source position in `text` ("file.py":12:3), which for JAX
  // programs is the user's line; the whole text when it has none.
  std::string brief() const;
};
// Ops from one source line share one location (jaxlib writes long call-site
// chains), so ops hold them by shared pointer; null means unknown.
using SharedLocation = std::shared_ptr<const Location>;

class Value {
 public:
  Value(Type type, Op* op, Block* block, int index)
      : type_(std::move(type)), op_(op), block_(block), index_(index) {}

  const Type& type() const { return type_; }
  // The op producing this value, or null for a block argument.
  Op* defining_op() const { return op_; }
  // The block whose argument this is, or null for an op result.
  Block* owner_block() const { return block_; }
  int index() const { return index_; }  // result or argument number

 private:
  Type type_;
  Op* op_;
  Block* block_;
  int index_;
};

class Region {
 public:
  explicit Region(Op* parent) : parent_(parent) {}
  Op* parent() const { return parent_; }  // null for a function body
  const std::vector<std::unique_ptr<Block>>& blocks() const { return blocks_; }
  Block& add_block();

 private:
  Op* parent_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

class Block {
 public:
  explicit Block(Region* parent) : parent_(parent) {}
  Region* parent() const { return parent_; }
  const std::vector<std::unique_ptr<Value>>& arguments() const { return arguments_; }
  const std::vector<std::unique_ptr<Op>>& ops() const { return ops_; }

  Value& add_argument(Type type);
  // Makes room for `count` ops in all, for builders that know how many come.
  void reserve_ops(size_t count) { ops_.reserve(count); }
  // Appends an op with results of `result_types`; fill operands, attributes
  // and regions through the returned reference.
  Op& add_op(OpCode code, std::vector<Value*> operands, const std::vector<Type>& result_types,
             Location location = {});
  // The same, sharing `location` with other ops.
  Op& add_op(OpCode code, std::vector<Value*> operands, const std::vector<Type>& result_types,
             SharedLocation location);

  // For passes that rebuild a block: takes all ops out (the block is left
  // empty), and appends an op taken from this or another block.
  std::vector<std::unique_ptr<Op>> take_ops();
  Op& append_op(std::unique_ptr<Op> op);

 private:
  Region* parent_;
  std::vector<std::unique_ptr<Value>> arguments_;
  std::vector<std::unique_ptr<Op>> ops_;
};

class Op {
 public:
  Op(OpCode code, Block* parent, Location location)
      : Op(code, parent, share(std::move(location))) {}
  Op(OpCode code, Block* parent, SharedLocation location)
      : code_(code), parent_(parent), location_(std::move(location)) {}

  OpCode code() const { return code_; }
  std::string_view name() const { return mnemonic(code_); }
  Block* parent() const { return parent_; }
  const Location& location() const { return location_ ? *location_ : unknown_location(); }
  const SharedLocation& shared_location() const { return location_; }
  void set_location(Location location) { location_ = share(std::move(location)); }

  const std::vector<Value*>& operands() const { return operands_; }
  Value* operand(size_t i) const { return operands_[i]; }
  std::vector<Value*>& mutable_operands() { return operands_; }
  const std::vector<std::unique_ptr<Value>>& results() const { return results_; }
  Value& result(size_t i = 0) const { return *results_[i]; }
  const std::vector<std::unique_ptr<Region>>& regions() const { return regions_; }
  Region& add_region();

  // Attributes are kept sorted by name, as MLIR keeps them.
  const std::vector<NamedAttribute>& attributes() const { return attributes_; }
  const Attribute* attribute(std::string_view name) const;
  void set_attribute(std::string name, Attribute value);
  // Replaces all attributes at once; `sorted` must be sorted by name, with
  // no name twice.
  void set_attributes(std::vector<NamedAttribute> sorted) { attributes_ = std::move(sorted); }

 private:
  friend class Block;
  static SharedLocation share(Location location);
  static const Location& unknown_location();

  OpCode code_;
  Block* parent_;
  SharedLocation location_;
  std::vector<Value*> operands_;
  std::vector<std::unique_ptr<Value>> results_;
  std::vector<std::unique_ptr<Region>> regions_;
  std::vector<NamedAttribute> attributes_;
};

struct Function {
  std::string name;
  bool is_public = false;
  std::vector<Type> result_types;
  // Per-argument and per-result attribute dictionaries (jax.result_info,
  // mhlo.sharding, ...), kept for metadata; empty when none.
  std::vector<std::vector<NamedAttribute>> argument_attributes;
  std::vector<std::vector<NamedAttribute>> result_attributes;
  Region body{nullptr};  // one block whose arguments are the parameters
};

struct Module {
  std::string name;  // "jit_f", without the '@'; may be empty
  std::vector<NamedAttribute> attributes;
  std::vector<std::unique_ptr<Function>> functions;

  Function& add_function(std::string name);
  Function* find_function(std::string_view name) const;
  const Attribute* attribute(std::string_view name) const;
};

}  // namespace metallib::ir
