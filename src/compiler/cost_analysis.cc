#include "compiler/cost_analysis.h"

#include <algorithm>

#include "compiler/loop_analysis.h"

namespace metallib::compiler {
namespace {

double element_count(const ir::Type& type) {
  if (!type.is_tensor()) return 0;
  double count = 1;
  for (int64_t d : type.dims()) count *= static_cast<double>(std::max<int64_t>(d, 0));
  return count;
}

double byte_size(const ir::Type& type) {
  return element_count(type) * static_cast<double>(ir::host_element_bytes(type.element_type()));
}

bool is_transcendental(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kExponential:
    case ir::OpCode::kExp2:
    case ir::OpCode::kExponentialMinusOne:
    case ir::OpCode::kLog:
    case ir::OpCode::kLog2:
    case ir::OpCode::kLogPlusOne:
    case ir::OpCode::kLogistic:
    case ir::OpCode::kSine:
    case ir::OpCode::kCosine:
    case ir::OpCode::kTan:
    case ir::OpCode::kTanh:
    case ir::OpCode::kSqrt:
    case ir::OpCode::kRsqrt:
    case ir::OpCode::kCbrt:
    case ir::OpCode::kPower:
    case ir::OpCode::kAtan2: return true;
    default: return false;
  }
}

bool is_arithmetic(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kSubtract:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kDivide:
    case ir::OpCode::kRemainder:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum:
    case ir::OpCode::kNegate:
    case ir::OpCode::kAbs:
    case ir::OpCode::kCompare:
    case ir::OpCode::kSelect:
    case ir::OpCode::kFma:
    case ir::OpCode::kClamp: return true;
    default: return false;
  }
}

// 2 * (result elements) * (contracted extent): one multiply and one add each.
double dot_flops(const ir::Op& op) {
  const ir::Attribute* attribute = op.attribute("dot_dimension_numbers");
  const auto* numbers = attribute ? attribute->get<ir::DotDimensionNumbers>() : nullptr;
  if (numbers == nullptr || op.operands().empty()) return 0;
  const auto& lhs_dims = op.operand(0)->type().dims();
  double contracted = 1;
  for (int64_t axis : numbers->lhs_contracting_dimensions) {
    if (axis >= 0 && static_cast<size_t>(axis) < lhs_dims.size()) {
      contracted *= static_cast<double>(lhs_dims[axis]);
    }
  }
  return 2 * element_count(op.result(0).type()) * contracted;
}

void add_block(const ir::Block& block, double repeat, CostEstimate& cost);

void add_op(const ir::Op& op, double repeat, CostEstimate& cost) {
  const ir::OpCode code = op.code();
  if (code == ir::OpCode::kDotGeneral) {
    cost.flops += repeat * dot_flops(op);
  } else if (code == ir::OpCode::kReduce || code == ir::OpCode::kReduceWindow) {
    // Operands are the inputs then as many init values: one combine per
    // input element.
    const size_t inputs = op.operands().size() / 2;
    for (size_t i = 0; i < inputs; ++i) {
      cost.flops += repeat * element_count(op.operand(i)->type());
    }
  } else if (is_transcendental(code)) {
    cost.transcendentals += repeat * element_count(op.result(0).type());
  } else if (is_arithmetic(code)) {
    cost.flops += repeat * element_count(op.result(0).type());
  }
  if (op.regions().empty()) {
    for (const ir::Value* operand : op.operands())
      cost.bytes_accessed += repeat * byte_size(operand->type());
    for (const auto& result : op.results())
      cost.bytes_accessed += repeat * byte_size(result->type());
    return;
  }
  // Reduction bodies and comparators are accounted above; control flow
  // counts its regions.
  if (code != ir::OpCode::kWhile && code != ir::OpCode::kCase && code != ir::OpCode::kIf)
    return;
  double body_repeat = repeat;
  if (code == ir::OpCode::kWhile) {
    if (auto trips = counted_trip_count(op)) body_repeat = repeat * static_cast<double>(*trips);
  }
  for (const auto& region : op.regions()) {
    for (const auto& nested : region->blocks()) add_block(*nested, body_repeat, cost);
  }
}

void add_block(const ir::Block& block, double repeat, CostEstimate& cost) {
  for (const auto& op : block.ops()) add_op(*op, repeat, cost);
}

}  // namespace

CostEstimate estimate_cost(const ir::Function& function) {
  CostEstimate cost;
  for (const auto& block : function.body.blocks()) add_block(*block, 1.0, cost);
  return cost;
}

}  // namespace metallib::compiler
