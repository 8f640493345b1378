#include "runtime/ops/region_eval.h"

#include <unordered_map>

namespace metallib::runtime::ops {
namespace {

bool works_on_any_shape(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kSubtract:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kDivide:
    case ir::OpCode::kRemainder:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum:
    case ir::OpCode::kAnd:
    case ir::OpCode::kOr:
    case ir::OpCode::kXor:
    case ir::OpCode::kNot:
    case ir::OpCode::kNegate:
    case ir::OpCode::kAbs:
    case ir::OpCode::kCompare:
    case ir::OpCode::kSelect:
    case ir::OpCode::kConvert:
    case ir::OpCode::kExponential:
    case ir::OpCode::kExp2:
    case ir::OpCode::kLog:
    case ir::OpCode::kLog2:
    case ir::OpCode::kFma:
    // Elementwise too (scatter bodies such as x.at[i].apply(jnp.sin)).
    case ir::OpCode::kPower:
    case ir::OpCode::kAtan2:
    case ir::OpCode::kShiftLeft:
    case ir::OpCode::kShiftRightLogical:
    case ir::OpCode::kShiftRightArithmetic:
    case ir::OpCode::kPopcnt:
    case ir::OpCode::kCountLeadingZeros:
    case ir::OpCode::kSign:
    case ir::OpCode::kExponentialMinusOne:
    case ir::OpCode::kLogPlusOne:
    case ir::OpCode::kLogistic:
    case ir::OpCode::kSqrt:
    case ir::OpCode::kRsqrt:
    case ir::OpCode::kCbrt:
    case ir::OpCode::kSine:
    case ir::OpCode::kCosine:
    case ir::OpCode::kTan:
    case ir::OpCode::kTanh:
    case ir::OpCode::kFloor:
    case ir::OpCode::kCeil:
    case ir::OpCode::kRoundNearestEven:
    case ir::OpCode::kRoundNearestAfz:
    case ir::OpCode::kIsFinite:
    case ir::OpCode::kReal:  // complex sort keys compare real, then imaginary parts
    case ir::OpCode::kImag:
    case ir::OpCode::kClamp:
    case ir::OpCode::kReturn: return true;
    default: return false;
  }
}

bool is_scalar_constant(const ir::Op& op) {
  return op.code() == ir::OpCode::kConstant && op.result(0).type().rank() == 0;
}

}  // namespace

Status check_elementwise_region(const ir::Region& region, const ir::Op& owner) {
  if (region.blocks().size() != 1) {
    return unimplemented(describe_op(owner) + ": a body with several blocks is not supported");
  }
  for (const auto& op : region.blocks().front()->ops()) {
    if (!works_on_any_shape(op->code()) && !is_scalar_constant(*op)) {
      return unimplemented(describe_op(owner) + ": its body uses '" + std::string(op->name()) +
                           "', which is not supported in a body yet");
    }
    if (op->code() != ir::OpCode::kReturn) METALLIB_RETURN_IF_ERROR(require_native_types(*op));
    for (const ir::Value* operand : op->operands()) {
      const ir::Block* home =
          operand->defining_op() ? operand->defining_op()->parent() : operand->owner_block();
      if (home != region.blocks().front().get()) {
        return unimplemented(describe_op(owner) +
                             ": its body reads a value computed outside it, which is not "
                             "supported yet");
      }
    }
  }
  return ok_status();
}

const ir::Op* binary_body_op(const ir::Region& region) {
  if (region.blocks().size() != 1) return nullptr;
  const ir::Block& block = *region.blocks().front();
  if (block.ops().size() != 2 || block.arguments().size() != 2) return nullptr;
  const ir::Op& combine = *block.ops()[0];
  const ir::Op& ret = *block.ops()[1];
  if (ret.operands().size() != 1 || ret.operand(0) != &combine.result(0)) return nullptr;
  if (combine.operands().size() != 2) return nullptr;
  const ir::Value* a = combine.operand(0);
  const ir::Value* b = combine.operand(1);
  const ir::Value* arg0 = block.arguments()[0];
  const ir::Value* arg1 = block.arguments()[1];
  if (!((a == arg0 && b == arg1) || (a == arg1 && b == arg0))) return nullptr;
  return &combine;
}

Arrays apply_region(const ir::Region& region, const Arrays& arguments) {
  const ir::Block& block = *region.blocks().front();
  if (arguments.size() != block.arguments().size()) {
    throw LoweringError("a body takes " + std::to_string(block.arguments().size()) +
                        " arguments, got " + std::to_string(arguments.size()));
  }
  std::unordered_map<const ir::Value*, mx::array> values;
  for (size_t i = 0; i < arguments.size(); ++i) {
    values.emplace(block.arguments()[i], arguments[i]);
  }
  const LoweringTable& table = lowering_table();
  for (const auto& op : block.ops()) {
    Arrays operands;
    for (const ir::Value* operand : op->operands()) operands.push_back(values.at(operand));
    if (op->code() == ir::OpCode::kReturn) return operands;
    const Lowering* lowering = table.find(op->code());
    if (lowering == nullptr) throw LoweringError("no lowering for " + describe_op(*op));
    Arrays results = lowering->lower(*op, operands);
    for (size_t i = 0; i < results.size(); ++i) values.emplace(&op->result(i), results[i]);
  }
  throw LoweringError("a body does not end in stablehlo.return");
}

}  // namespace metallib::runtime::ops
