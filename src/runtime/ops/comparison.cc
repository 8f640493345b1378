// Comparisons and selection: compare, select, clamp.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_compare(const ir::Op& op, const Arrays& x) {
  switch (attribute<ir::ComparisonDirectionAttr>(op, "comparison_direction").value) {
    case ir::ComparisonDirection::kEq: return {mx::equal(x[0], x[1])};
    case ir::ComparisonDirection::kNe: return {mx::not_equal(x[0], x[1])};
    case ir::ComparisonDirection::kGe: return {mx::greater_equal(x[0], x[1])};
    case ir::ComparisonDirection::kGt: return {mx::greater(x[0], x[1])};
    case ir::ComparisonDirection::kLe: return {mx::less_equal(x[0], x[1])};
    case ir::ComparisonDirection::kLt: return {mx::less(x[0], x[1])};
  }
  throw LoweringError("unknown comparison direction");
}

Arrays lower_select(const ir::Op&, const Arrays& x) {
  return {mx::where(x[0], x[1], x[2])};
}

}  // namespace

void register_comparison_ops(LoweringTable& table) {
  table.add(ir::OpCode::kCompare, lower_compare);
  table.add(ir::OpCode::kSelect, lower_select);
}

}  // namespace metallib::runtime::ops
