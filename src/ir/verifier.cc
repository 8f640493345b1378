#include "ir/verifier.h"

#include <cstdint>
#include <string>
#include <vector>

namespace metallib::ir {
namespace {

// The values visible at a point of the walk, by Value::id(). A slot holds
// the value itself rather than a flag, so that a value of another module
// that happens to share an id is not taken for a visible one, and the
// generation it was inserted in, so that clear() is one increment rather
// than a walk over every value of a function.
class ValueSet {
 public:
  explicit ValueSet(uint32_t value_count) : slots_(value_count) {}

  bool contains(const Value* value) const {
    if (value->id() >= slots_.size()) return false;
    const Slot& slot = slots_[value->id()];
    return slot.value == value && slot.generation == generation_;
  }
  // A value of another module is not inserted, so it is never visible.
  void insert(const Value* value) {
    if (value->id() < slots_.size()) slots_[value->id()] = {value, generation_};
  }
  void erase(const Value* value) {
    if (contains(value)) slots_[value->id()].value = nullptr;
  }
  void clear() { ++generation_; }

 private:
  struct Slot {
    const Value* value = nullptr;
    uint64_t generation = 0;
  };
  std::vector<Slot> slots_;
  uint64_t generation_ = 1;
};

std::string where(const Op& op, const Function& function) {
  std::string text = "'" + std::string(op.name()) + "' in @" + function.name;
  if (op.location().known()) text += " at " + op.location().brief();
  return text;
}

bool is_terminator(const Op& op) {
  return op.code() == OpCode::kReturn || op.code() == OpCode::kFuncReturn;
}

bool count_matches(int expected, size_t actual) {
  return expected == kVariadic || static_cast<size_t>(expected) == actual;
}

Status count_error(const char* what, int expected, size_t actual, const Op& op,
                   const Function& function) {
  return invalid_argument(where(op, function) + " has " + std::to_string(actual) + " " + what +
                          ", expected " + std::to_string(expected));
}

// Walks the function in program order, tracking which values are visible:
// those defined earlier in enclosing blocks (StableHLO regions may use
// values from above).
class FunctionVerifier {
 public:
  // `visible` starts empty, and is left empty for the next function when
  // the function is well formed (verify() stops at the first error).
  FunctionVerifier(const Function& function, ValueSet& visible)
      : function_(function), visible_(visible) {}

  Status run() {
    if (function_.body.blocks().size() != 1) {
      return invalid_argument("function @" + function_.name +
                              " must have exactly one block, has " +
                              std::to_string(function_.body.blocks().size()));
    }
    const Block& entry = *function_.body.blocks().front();
    METALLIB_RETURN_IF_ERROR(block(entry));
    const Op& last = *entry.ops().back();
    if (last.code() != OpCode::kFuncReturn) {
      return invalid_argument("function @" + function_.name + " must end in func.return");
    }
    if (last.operands().size() != function_.result_types.size()) {
      return invalid_argument(where(last, function_) + " returns " +
                              std::to_string(last.operands().size()) +
                              " values but the function has " +
                              std::to_string(function_.result_types.size()) + " results");
    }
    for (size_t i = 0; i < last.operands().size(); ++i) {
      if (!(last.operands()[i]->type() == function_.result_types[i])) {
        return invalid_argument(where(last, function_) + " returns " +
                                last.operands()[i]->type().to_string() + " as result " +
                                std::to_string(i) + ", declared " +
                                function_.result_types[i].to_string());
      }
    }
    visible_.clear();
    return ok_status();
  }

 private:
  Status block(const Block& block) {
    if (block.ops().empty()) {
      return invalid_argument("an empty block in @" + function_.name);
    }
    for (const Value* argument : block.arguments()) visible_.insert(argument);
    for (const auto& op : block.ops()) {
      METALLIB_RETURN_IF_ERROR(this->op(*op));
      if (is_terminator(*op) != (op == block.ops().back())) {
        return invalid_argument(where(*op, function_) + (is_terminator(*op)
                                                             ? " ends its block too early"
                                                             : " cannot end a block"));
      }
    }
    return ok_status();
  }

  Status op(const Op& op) {
    const OpInfo& info = op_info(op.code());
    // Checked before building any Status: this runs for every op read.
    if (!count_matches(info.operands, op.operands().size())) {
      return count_error("operands", info.operands, op.operands().size(), op, function_);
    }
    if (!count_matches(info.results, op.results().size())) {
      return count_error("results", info.results, op.results().size(), op, function_);
    }
    if (!count_matches(info.regions, op.regions().size())) {
      return count_error("regions", info.regions, op.regions().size(), op, function_);
    }
    for (size_t i = 0; i < op.operands().size(); ++i) {
      const Value* operand = op.operands()[i];
      if (operand == nullptr || !visible_.contains(operand)) {
        return invalid_argument(where(op, function_) + " uses operand " + std::to_string(i) +
                                " before it is defined (or outside its scope)");
      }
    }
    for (const auto& region : op.regions()) {
      for (const auto& nested : region->blocks()) METALLIB_RETURN_IF_ERROR(block(*nested));
      // Values defined inside a region are not visible after it.
      for (const auto& nested : region->blocks()) forget(*nested);
    }
    for (const Value* result : op.results()) visible_.insert(result);
    return ok_status();
  }

  // Makes the values defined directly in `block` invisible again; those of
  // its nested regions already are.
  void forget(const Block& block) {
    for (const Value* argument : block.arguments()) visible_.erase(argument);
    for (const Op* op : block.ops()) {
      for (const Value* result : op->results()) visible_.erase(result);
    }
  }

  const Function& function_;
  ValueSet& visible_;
};

}  // namespace

Status verify(const Module& module) {
  // One table for all functions: a module of many small functions must not
  // clear a table of all its values for each.
  ValueSet visible(module.value_count());
  for (const auto& function : module.functions) {
    METALLIB_RETURN_IF_ERROR(FunctionVerifier(*function, visible).run());
  }
  return ok_status();
}

}  // namespace metallib::ir
