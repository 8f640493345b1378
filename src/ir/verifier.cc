#include "ir/verifier.h"

#include <string>
#include <unordered_set>

namespace metallib::ir {
namespace {

std::string where(const Op& op, const Function& function) {
  std::string text = "'" + std::string(op.name()) + "' in @" + function.name;
  if (!op.location().text.empty()) text += " at " + op.location().brief();
  return text;
}

bool is_terminator(const Op& op) {
  return op.code() == OpCode::kReturn || op.code() == OpCode::kFuncReturn;
}

Status check_count(const char* what, int expected, size_t actual, const Op& op,
                   const Function& function) {
  if (expected == kVariadic || static_cast<size_t>(expected) == actual) return ok_status();
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
    for (const auto& argument : block.arguments()) visible_.insert(argument.get());
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
    METALLIB_RETURN_IF_ERROR(
        check_count("operands", info.operands, op.operands().size(), op, function_));
    METALLIB_RETURN_IF_ERROR(
        check_count("results", info.results, op.results().size(), op, function_));
    METALLIB_RETURN_IF_ERROR(
        check_count("regions", info.regions, op.regions().size(), op, function_));
    for (size_t i = 0; i < op.operands().size(); ++i) {
      const Value* operand = op.operands()[i];
      if (operand == nullptr || !visible_.count(operand)) {
        return invalid_argument(where(op, function_) + " uses operand " + std::to_string(i) +
                                " before it is defined (or outside its scope)");
      }
    }
    for (const auto& region : op.regions()) {
      // Values defined inside a region are not visible after it.
      std::unordered_set<const Value*> saved = visible_;
      for (const auto& nested : region->blocks()) METALLIB_RETURN_IF_ERROR(block(*nested));
      visible_ = std::move(saved);
    }
    for (const auto& result : op.results()) visible_.insert(result.get());
    return ok_status();
  }

  const Function& function_;
  std::unordered_set<const Value*> visible_;
};

}  // namespace

Status verify(const Module& module) {
  for (const auto& function : module.functions) {
    METALLIB_RETURN_IF_ERROR(FunctionVerifier(*function).run());
  }
  return ok_status();
}

}  // namespace metallib::ir
