// Element type conversions: convert (XLA's rules: float to integer saturates
// and maps NaN to 0, anything to bool is `!= 0`) and bitcast_convert
// (reinterpreting bits, with a trailing axis when widths differ).
#include <limits>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

mx::array float_to_integer(const mx::array& x, mx::Dtype target) {
  const mx::array low = integer_min(target);
  const mx::array high = integer_max(target);
  // The limits as floats of x's type round outward (2^31 - 1 becomes 2^31),
  // so anything at or beyond them saturates, and what is inside converts
  // exactly by truncation.
  const mx::array low_f = mx::astype(low, x.dtype());
  const mx::array high_f = mx::astype(high, x.dtype());
  const mx::array too_low = mx::less_equal(x, low_f);
  const mx::array too_high = mx::greater_equal(x, high_f);
  const mx::array nan = mx::isnan(x);
  const mx::array outside = mx::logical_or(mx::logical_or(too_low, too_high), nan);
  const mx::array inside = mx::astype(mx::where(outside, scalar(0.0, x.dtype()), x), target);
  return mx::where(too_high, high,
                   mx::where(too_low, low, mx::where(nan, scalar(int64_t{0}, target), inside)));
}

// float64 to float16 with one rounding, as XLA's CPU backend converts it.
// MLX converts through float32, which rounds twice (1 + 2^-11 + 2^-40
// becomes 1, not 1 + 2^-10). (XLA itself takes float64 to bfloat16 through
// float32, twice rounded; that is spelled out below rather than left to
// whichever path MLX's astype takes.)
// Rounding to float32 *to odd* first keeps the information the second
// rounding needs: an inexact result is moved toward zero and its last bit
// set, so it can never sit on a tie of the narrower type.
mx::array float64_to_half(const mx::array& x, mx::Dtype target) {
  const mx::array nearest = mx::astype(x, mx::float32);
  const mx::array back = mx::astype(nearest, mx::float64);
  const mx::array inexact =
      mx::logical_and(mx::not_equal(back, x), mx::logical_not(mx::isnan(x)));
  const mx::array away = mx::greater(mx::abs(back), mx::abs(x));
  mx::array bits = mx::view(nearest, mx::uint32);
  const mx::array one = mx::array(1u, mx::uint32);
  bits = mx::where(away, mx::subtract(bits, one), bits);
  bits = mx::where(inexact, mx::bitwise_or(bits, one), mx::view(nearest, mx::uint32));
  return mx::astype(mx::view(bits, mx::float32), target);
}

Arrays lower_convert(const ir::Op& op, const Arrays& x) {
  const mx::Dtype target = result_dtype(op);
  const mx::array& v = x[0];
  if (v.dtype() == target) return {v};
  if (target == mx::bool_) {
    if (is_complex(v.dtype())) {
      return {mx::logical_or(mx::not_equal(mx::real(v), scalar(0.0, mx::float32)),
                             mx::not_equal(mx::imag(v), scalar(0.0, mx::float32)))};
    }
    return {mx::not_equal(v, mx::zeros({}, v.dtype()))};
  }
  if (is_complex(v.dtype()) && !is_complex(target)) {
    return {mx::astype(mx::real(v), target)};
  }
  if (is_floating(v.dtype()) && is_integral(target)) return {float_to_integer(v, target)};
  if (v.dtype() == mx::float64 && target == mx::float16) {
    return {float64_to_half(v, target)};
  }
  if (v.dtype() == mx::float64 && target == mx::bfloat16) {
    return {mx::astype(mx::astype(v, mx::float32), target)};
  }
  return {mx::astype(v, target)};
}

Status check_bitcast(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  if (operand_element_type(op) == ir::ElementType::kPred ||
      result_element_type(op) == ir::ElementType::kPred) {
    return unimplemented(describe_op(op) + ": bitcasts to or from booleans are not supported");
  }
  return ok_status();
}

Arrays lower_bitcast_convert(const ir::Op& op, const Arrays& x) {
  const mx::Dtype target = result_dtype(op);
  const mx::Shape shape = result_shape(op);
  mx::array v = x[0];
  // MLX views rescale the last axis; give scalars one to rescale.
  if (v.ndim() == 0) v = mx::reshape(v, {1});
  return {mx::reshape(mx::view(v, target), shape)};
}

}  // namespace

void register_conversion_ops(LoweringTable& table) {
  table.add(ir::OpCode::kConvert, lower_convert);
  table.add(ir::OpCode::kBitcastConvert, lower_bitcast_convert, check_bitcast);
}

}  // namespace metallib::runtime::ops
