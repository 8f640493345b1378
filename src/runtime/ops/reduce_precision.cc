// reduce_precision: rounds floats to a format with fewer exponent and
// mantissa bits, kept in the operand's type, exactly as XLA does it on the
// bit pattern: the mantissa rounds to nearest even by adding a bias and
// truncating; exponents above the reduced range become infinity and those at
// or below its lowest (subnormals of the reduced format included) become
// zero, both keeping the sign; a NaN stays NaN, even with no mantissa bits
// left (XLA's CPU backend returns the input NaN there, where the older
// emitter made it +infinity). MLX has no such op; it is built from integer
// ops on a bit view.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

struct FloatFormat {
  mx::Dtype bits;  // unsigned integer of the same width
  int exponent_bits;
  int mantissa_bits;
};

FloatFormat format_of(mx::Dtype dtype) {
  if (dtype == mx::float16) return {mx::uint16, 5, 10};
  if (dtype == mx::bfloat16) return {mx::uint16, 8, 7};
  if (dtype == mx::float32) return {mx::uint32, 8, 23};
  return {mx::uint64, 11, 52};
}

Status check_reduce_precision(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const mx::Dtype dtype = result_dtype(op);
  if (dtype != mx::float16 && dtype != mx::bfloat16 && dtype != mx::float32 &&
      dtype != mx::float64) {
    return unimplemented(describe_op(op) + ": element type " + op.result(0).type().to_string() +
                         " is not supported");
  }
  if (integer(op, "exponent_bits") < 1 || integer(op, "mantissa_bits") < 0) {
    return invalid_argument(describe_op(op) +
                            ": needs exponent_bits >= 1 and mantissa_bits >= 0");
  }
  return ok_status();
}

Arrays lower_reduce_precision(const ir::Op& op, const Arrays& x) {
  const mx::array& value = x[0];
  const FloatFormat src = format_of(value.dtype());
  const int64_t exponent_bits = integer(op, "exponent_bits");
  const int64_t mantissa_bits = integer(op, "mantissa_bits");
  auto constant = [&](uint64_t v) { return mx::astype(mx::array(v, mx::uint64), src.bits); };
  const int width = bit_width(value.dtype());
  mx::array bits = mx::view(value.ndim() == 0 ? mx::reshape(value, {1}) : value, src.bits);

  if (mantissa_bits < src.mantissa_bits) {
    const int dropped = src.mantissa_bits - static_cast<int>(mantissa_bits);
    const uint64_t last_kept = uint64_t{1} << dropped;
    // Half an ulp minus one, plus the last kept bit: ties go to even.
    const mx::array last_bit =
        mx::right_shift(mx::bitwise_and(bits, constant(last_kept)), constant(dropped));
    const mx::array bias = mx::add(last_bit, constant((last_kept >> 1) - 1));
    bits = mx::bitwise_and(mx::add(bits, bias), constant(~(last_kept - 1)));
  }
  if (exponent_bits < src.exponent_bits) {
    const uint64_t sign_mask = uint64_t{1} << (width - 1);
    const uint64_t exponent_mask = ((uint64_t{1} << src.exponent_bits) - 1)
                                   << src.mantissa_bits;
    const uint64_t bias = (uint64_t{1} << (src.exponent_bits - 1)) - 1;
    const uint64_t reduced_bias = (uint64_t{1} << (exponent_bits - 1)) - 1;
    const mx::array exponent = mx::bitwise_and(bits, constant(exponent_mask));
    const mx::array overflows =
        mx::greater(exponent, constant((bias + reduced_bias) << src.mantissa_bits));
    const mx::array underflows =
        mx::less_equal(exponent, constant((bias - reduced_bias) << src.mantissa_bits));
    const mx::array signed_zero = mx::bitwise_and(bits, constant(sign_mask));
    const mx::array signed_inf = mx::bitwise_or(signed_zero, constant(exponent_mask));
    bits = mx::where(underflows, signed_zero, mx::where(overflows, signed_inf, bits));
  }
  mx::array result = mx::reshape(mx::view(bits, value.dtype()), value.shape());
  return {mx::where(mx::isnan(value), value, result)};
}

}  // namespace

void register_reduce_precision_ops(LoweringTable& table) {
  table.add(ir::OpCode::kReducePrecision, lower_reduce_precision, check_reduce_precision);
}

}  // namespace metallib::runtime::ops
