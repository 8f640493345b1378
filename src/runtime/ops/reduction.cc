// Reductions: stablehlo.reduce with the bodies JAX emits.
#include <optional>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

// The single binary op of a reduce body `return op(arg0, arg1)`, if that is
// its shape.
std::optional<ir::OpCode> simple_body(const ir::Op& op) {
  if (op.regions().size() != 1) return std::nullopt;
  const ir::Block& block = *op.regions()[0]->blocks().front();
  if (block.ops().size() != 2 || block.arguments().size() != 2) return std::nullopt;
  const ir::Op& combine = *block.ops()[0];
  const ir::Op& ret = *block.ops()[1];
  if (ret.operands().size() != 1 || ret.operand(0) != &combine.result(0)) return std::nullopt;
  if (combine.operands().size() != 2) return std::nullopt;
  return combine.code();
}

Status check_reduce(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  if (op.operands().size() != 2 || !simple_body(op)) {
    return unimplemented(describe_op(op) + ": this reduction body is not supported yet");
  }
  switch (*simple_body(op)) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum: return ok_status();
    default:
      return unimplemented(describe_op(op) + ": this reduction body is not supported yet");
  }
}

Arrays lower_reduce(const ir::Op& op, const Arrays& x) {
  const std::vector<int> axes = to_ints(i64_array(op, "dimensions"));
  const mx::array& init = x[1];
  mx::array reduced = x[0];
  switch (*simple_body(op)) {
    case ir::OpCode::kAdd: reduced = mx::add(mx::sum(x[0], axes), init); break;
    case ir::OpCode::kMultiply: reduced = mx::multiply(mx::prod(x[0], axes), init); break;
    case ir::OpCode::kMaximum: reduced = mx::maximum(mx::max(x[0], axes), init); break;
    case ir::OpCode::kMinimum: reduced = mx::minimum(mx::min(x[0], axes), init); break;
    default: throw LoweringError("unsupported reduction body");
  }
  return {mx::astype(reduced, result_dtype(op))};
}

}  // namespace

void register_reduction_ops(LoweringTable& table) {
  table.add(ir::OpCode::kReduce, lower_reduce, check_reduce);
}

}  // namespace metallib::runtime::ops
