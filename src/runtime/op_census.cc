#include "runtime/op_census.h"

#include <map>
#include <mutex>
#include <utility>

#include "runtime/lowering.h"

namespace metallib::runtime {
namespace {

struct Counts {
  long accepted = 0;
  long refused = 0;
};

struct Census {
  std::mutex mutex;
  std::map<std::pair<std::string_view, std::string_view>, Counts> counts;
};

Census& census() {
  static Census* instance = new Census();  // never destroyed: used until exit
  return *instance;
}

std::string_view census_type(const ir::Op& op) {
  for (const auto& result : op.results()) {
    if (result->type().is_tensor()) return ir::element_type_name(result->type().element_type());
  }
  for (const ir::Value* operand : op.operands()) {
    if (operand->type().is_tensor())
      return ir::element_type_name(operand->type().element_type());
  }
  return "-";
}

}  // namespace

OpSupport op_support(ir::OpCode code) {
  switch (code) {
    // The plan builder runs these as steps; calls and composites are
    // inlined by the compiler, which also forwards get_tuple_element of a
    // tuple; terminators end blocks.
    case ir::OpCode::kComposite:
    case ir::OpCode::kTuple:
    case ir::OpCode::kGetTupleElement:
    case ir::OpCode::kWhile:
    case ir::OpCode::kCase:
    case ir::OpCode::kIf:
    case ir::OpCode::kReturn:
    case ir::OpCode::kFuncReturn:
    case ir::OpCode::kFuncCall: return OpSupport::kStructural;
    default: break;
  }
  const LoweringTable& table = lowering_table();
  if (table.find(code) != nullptr) return OpSupport::kLowered;
  if (table.refusal(code) != nullptr) return OpSupport::kRefused;
  return OpSupport::kMissing;
}

std::string_view op_support_name(OpSupport support) {
  switch (support) {
    case OpSupport::kLowered: return "lowered";
    case OpSupport::kStructural: return "structural";
    case OpSupport::kRefused: return "refused";
    case OpSupport::kMissing: return "missing";
  }
  return "missing";
}

void census_record(const ir::Op& op, bool accepted) {
  Census& c = census();
  std::lock_guard<std::mutex> lock(c.mutex);
  Counts& counts = c.counts[{ir::mnemonic(op.code()), census_type(op)}];
  (accepted ? counts.accepted : counts.refused) += 1;
}

std::string census_text() {
  Census& c = census();
  std::lock_guard<std::mutex> lock(c.mutex);
  std::string text;
  for (const auto& [key, counts] : c.counts) {
    text.append(key.first).append("\t").append(key.second).append("\t");
    text.append(std::to_string(counts.accepted)).append("\t");
    text.append(std::to_string(counts.refused)).append("\n");
  }
  return text;
}

std::string op_support_text() {
  std::string text;
  for (int i = 0; i < ir::kNumOpCodes; ++i) {
    const auto code = static_cast<ir::OpCode>(i);
    const OpSupport support = op_support(code);
    text.append(ir::mnemonic(code)).append("\t").append(op_support_name(support)).append("\t");
    if (support == OpSupport::kRefused) text.append(lowering_table().refusal(code));
    text.append("\n");
  }
  return text;
}

}  // namespace metallib::runtime
