// stablehlo.select_and_scatter (the gradient of max and min pooling): each
// window selects one operand element by folding its positions in order with
// the `select` body (keep the current choice while select(current, next)
// holds, so GE keeps the first of equal maxima), then every source value is
// added into the element its window selected, starting from the init value.
// Any elementwise `select` body works; the `scatter` body must be an add,
// which is the only one JAX emits.
//
// As in XLA, positions on padding are never selected; a window that lies
// wholly on padding scatters nothing.
#include "runtime/ops/common.h"
#include "runtime/ops/region_eval.h"
#include "runtime/ops/window.h"

namespace metallib::runtime::ops {
namespace {

// Whether `region` is `return add(arg0, arg1)`.
bool is_add_body(const ir::Region& region) {
  if (region.blocks().size() != 1) return false;
  const ir::Block& block = *region.blocks().front();
  if (block.ops().size() != 2 || block.arguments().size() != 2) return false;
  const ir::Op& add = *block.ops()[0];
  const ir::Op& ret = *block.ops()[1];
  if (add.code() != ir::OpCode::kAdd || ret.operands().size() != 1 ||
      ret.operand(0) != &add.result(0)) {
    return false;
  }
  const ir::Value* a = add.operand(0);
  const ir::Value* b = add.operand(1);
  const ir::Value* arg0 = block.arguments()[0];
  const ir::Value* arg1 = block.arguments()[1];
  return (a == arg0 && b == arg1) || (a == arg1 && b == arg0);
}

Status check_select_and_scatter(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  if (op.operands().size() != 3 || op.regions().size() != 2) {
    return invalid_argument(describe_op(op) +
                            " needs an operand, a source, an init value and two bodies");
  }
  const size_t rank = static_cast<size_t>(op.operand(0)->type().rank());
  METALLIB_RETURN_IF_ERROR(check_window_array(op, "window_dimensions", rank, true));
  METALLIB_RETURN_IF_ERROR(check_window_array(op, "window_strides", rank, false));
  METALLIB_RETURN_IF_ERROR(check_padding_attribute(op, rank));
  METALLIB_RETURN_IF_ERROR(check_elementwise_region(*op.regions()[0], op));
  if (!is_add_body(*op.regions()[1])) {
    return unimplemented(describe_op(op) +
                         ": only a scatter body that adds is supported (JAX emits no other)");
  }
  if (op.operand(0)->type().element_type() == ir::ElementType::kPred) {
    return unimplemented(describe_op(op) + ": boolean operands are not supported");
  }
  return ok_status();
}

Arrays lower_select_and_scatter(const ir::Op& op, const Arrays& x) {
  const mx::array& operand = x[0];
  const mx::array& source = x[1];
  const mx::Dtype dtype = result_dtype(op);
  const mx::array init = mx::astype(x[2], dtype);
  const size_t rank = operand.ndim();
  const EdgePadding padding = padding_attribute(op, rank);
  const std::vector<int64_t> none(rank, 0);
  const WindowLayout layout{source.shape(), i64_array(op, "window_dimensions"),
                            i64_array_or(op, "window_strides", std::vector<int64_t>(rank, 1)),
                            std::vector<int64_t>(rank, 1)};
  if (operand.size() == 0 || source.size() == 0) {
    return {mx::broadcast_to(init, operand.shape())};
  }
  // Each padded element's flat index in the operand, -1 on padding.
  const int n = static_cast<int>(operand.size());
  const mx::array index = pad_with(mx::reshape(mx::arange(n, mx::int32), operand.shape()),
                                   mx::array(-1, mx::int32), padding.low, padding.high, none);
  const mx::array values =
      pad_with(operand, scalar(int64_t{0}, operand.dtype()), padding.low, padding.high, none);
  const ir::Region& select = *op.regions()[0];
  // Fold the window positions in order; `chosen` is -1 until a position on
  // the operand is met.
  mx::array best = window_element(values, layout, 0);
  mx::array chosen = window_element(index, layout, 0);
  for (int64_t k = 1; k < layout.elements(); ++k) {
    const mx::array value = window_element(values, layout, k);
    const mx::array at = window_element(index, layout, k);
    const mx::array keep = mx::astype(apply_region(select, {best, value})[0], mx::bool_);
    const mx::array real = mx::greater_equal(at, mx::array(0, mx::int32));
    const mx::array none_yet = mx::less(chosen, mx::array(0, mx::int32));
    const mx::array move =
        mx::logical_and(real, mx::logical_or(none_yet, mx::logical_not(keep)));
    best = mx::where(move, value, best);
    chosen = mx::where(move, at, chosen);
  }
  // Sources of windows with no operand element go to a spare slot past the
  // end, which is dropped.
  const mx::array target = mx::reshape(
      mx::where(mx::less(chosen, mx::array(0, mx::int32)), mx::array(n, mx::int32), chosen),
      {-1});
  const mx::array updates = mx::reshape(mx::astype(source, dtype), {-1, 1});
  const mx::array sums = mx::scatter_add(mx::full({n + 1}, init), target, updates, 0);
  return {mx::reshape(mx::slice(sums, {0}, {n}), operand.shape())};
}

}  // namespace

void register_select_and_scatter_ops(LoweringTable& table) {
  table.add(ir::OpCode::kSelectAndScatter, lower_select_and_scatter, check_select_and_scatter);
}

}  // namespace metallib::runtime::ops
