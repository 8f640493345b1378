// Comparisons and selection: compare (every direction and comparison type,
// including XLA's total order of floats), select and clamp.
#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

// A signed integer key whose order is XLA's total order of floats:
// -NaN < -inf < ... < -0.0 < +0.0 < ... < +inf < +NaN. Negative floats
// order backwards by their bits, so all bits but the sign are flipped.
mx::array total_order_key(const mx::array& x) {
  const mx::Dtype bits = x.dtype().size() == 2   ? mx::int16
                         : x.dtype().size() == 4 ? mx::int32
                                                 : mx::int64;
  const mx::array signed_bits = mx::view(x, bits);
  const mx::array flipped = mx::bitwise_xor(signed_bits, integer_max(bits));
  return mx::where(mx::less(signed_bits, scalar(int64_t{0}, bits)), flipped, signed_bits);
}

mx::array compare(ir::ComparisonDirection direction, const mx::array& a, const mx::array& b) {
  switch (direction) {
    case ir::ComparisonDirection::kEq: return mx::equal(a, b);
    case ir::ComparisonDirection::kNe: return mx::not_equal(a, b);
    case ir::ComparisonDirection::kGe: return mx::greater_equal(a, b);
    case ir::ComparisonDirection::kGt: return mx::greater(a, b);
    case ir::ComparisonDirection::kLe: return mx::less_equal(a, b);
    case ir::ComparisonDirection::kLt: return mx::less(a, b);
  }
  throw LoweringError("unknown comparison direction");
}

Arrays lower_compare(const ir::Op& op, const Arrays& x) {
  const auto direction =
      attribute<ir::ComparisonDirectionAttr>(op, "comparison_direction").value;
  const ir::Attribute* type_attribute = op.attribute("compare_type");
  const auto* type = type_attribute ? type_attribute->get<ir::ComparisonTypeAttr>() : nullptr;
  mx::array a = x[0];
  mx::array b = x[1];
  if (type && type->value == ir::ComparisonType::kTotalOrder && is_floating(a.dtype())) {
    a = total_order_key(a);
    b = total_order_key(b);
  } else if (a.dtype() == mx::bool_) {
    // false < true, compared as numbers.
    a = mx::astype(a, mx::uint8);
    b = mx::astype(b, mx::uint8);
  }
  return {compare(direction, a, b)};
}

Arrays lower_select(const ir::Op&, const Arrays& x) {
  return {mx::where(x[0], x[1], x[2])};
}

// clamp(min, x, max) = minimum(maximum(x, min), max), with XLA's NaN rules.
Arrays lower_clamp(const ir::Op&, const Arrays& x) {
  const mx::array& low = x[0];
  const mx::array& value = x[1];
  const mx::array& high = x[2];
  if (is_floating(value.dtype())) {
    return {mx::broadcast_to(float_max_or_min(float_max_or_min(value, low, true), high, false),
                             value.shape())};
  }
  if (value.dtype() == mx::bool_) {
    return {mx::logical_and(mx::logical_or(value, low), high)};
  }
  return {mx::broadcast_to(mx::minimum(mx::maximum(value, low), high), value.shape())};
}

}  // namespace

void register_comparison_ops(LoweringTable& table) {
  table.add(ir::OpCode::kCompare, lower_compare);
  table.add(ir::OpCode::kSelect, lower_select);
  table.add(ir::OpCode::kClamp, lower_clamp);
}

}  // namespace metallib::runtime::ops
