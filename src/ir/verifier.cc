#include "ir/verifier.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace metallib::ir {
namespace {

// The values visible at a point of the walk. An open-addressing set
// (linear probing, erased slots left as markers) costs no allocation per
// value, unlike std::unordered_set; the verifier runs on every program read.
class ValueSet {
 public:
  bool contains(const Value* value) const {
    if (slots_.empty()) return false;
    for (size_t i = slot_of(value);; i = (i + 1) & mask()) {
      if (slots_[i] == value) return true;
      if (slots_[i] == nullptr) return false;
    }
  }

  // Returns false if `value` was already in the set.
  bool insert(const Value* value) {
    if (contains(value)) return false;
    if ((used_ + 1) * 4 > slots_.size() * 3) grow(std::max<size_t>(64, slots_.size() * 2));
    size_t i = slot_of(value);
    while (slots_[i] != nullptr && slots_[i] != erased()) i = (i + 1) & mask();
    if (slots_[i] == nullptr) ++used_;
    slots_[i] = value;
    return true;
  }

  void erase(const Value* value) {
    if (slots_.empty()) return;
    for (size_t i = slot_of(value);; i = (i + 1) & mask()) {
      if (slots_[i] == nullptr) return;
      if (slots_[i] == value) {
        slots_[i] = erased();
        return;
      }
    }
  }

 private:
  // A marker no real value has: keeps probe chains through erased slots.
  static const Value* erased() { return reinterpret_cast<const Value*>(uintptr_t{1}); }
  size_t mask() const { return slots_.size() - 1; }
  size_t slot_of(const Value* value) const {
    // Fibonacci hashing of the address; its low bits are alignment.
    const uint64_t h = (reinterpret_cast<uintptr_t>(value) >> 3) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> (64 - std::countr_zero(slots_.size())));
  }
  void grow(size_t size) {
    std::vector<const Value*> old = std::move(slots_);
    slots_.assign(size, nullptr);
    used_ = 0;
    for (const Value* value : old) {
      if (value != nullptr && value != erased()) {
        size_t i = slot_of(value);
        while (slots_[i] != nullptr) i = (i + 1) & mask();
        slots_[i] = value;
        ++used_;
      }
    }
  }

  std::vector<const Value*> slots_;  // a power of two in size, or empty
  size_t used_ = 0;                  // values and erased markers
};

std::string where(const Op& op, const Function& function) {
  std::string text = "'" + std::string(op.name()) + "' in @" + function.name;
  if (!op.location().text.empty()) text += " at " + op.location().brief();
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
  explicit FunctionVerifier(const Function& function) : function_(function) {}

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
    return ok_status();
  }

 private:
  Status block(const Block& block) {
    if (block.ops().empty()) {
      return invalid_argument("an empty block in @" + function_.name);
    }
    for (const auto& argument : block.arguments()) define(argument.get());
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
      // Values defined inside a region are not visible after it.
      const size_t mark = defined_.size();
      for (const auto& nested : region->blocks()) METALLIB_RETURN_IF_ERROR(block(*nested));
      for (size_t i = mark; i < defined_.size(); ++i) visible_.erase(defined_[i]);
      defined_.resize(mark);
    }
    for (const auto& result : op.results()) define(result.get());
    return ok_status();
  }

  void define(const Value* value) {
    if (visible_.insert(value)) defined_.push_back(value);
  }

  const Function& function_;
  ValueSet visible_;
  std::vector<const Value*> defined_;  // in the order they became visible
};

}  // namespace

Status verify(const Module& module) {
  for (const auto& function : module.functions) {
    METALLIB_RETURN_IF_ERROR(FunctionVerifier(*function).run());
  }
  return ok_status();
}

}  // namespace metallib::ir
