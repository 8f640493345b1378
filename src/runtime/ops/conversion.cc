// Element type conversions: convert (XLA's rules: float to integer saturates
// and maps NaN to 0, anything to bool is `!= 0`; narrow types through
// narrow_convert.h) and bitcast_convert (reinterpreting bits, with a
// trailing axis when widths differ; narrow types are bytes already).
#include <limits>

#include "compiler/narrow_types.h"
#include "runtime/ops/common.h"
#include "runtime/ops/narrow_convert.h"
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
// Rounding to float32 *to odd* first (to_float32_odd) keeps the
// information the second rounding needs.
mx::array float64_to_half(const mx::array& x, mx::Dtype target) {
  return mx::astype(to_float32_odd(x), target);
}

Arrays lower_convert(const ir::Op& op, const Arrays& x) {
  const ir::ElementType from = operand_element_type(op);
  const ir::ElementType to = result_element_type(op);
  // Narrow types (stored bytes) convert through a native type that holds
  // their values exactly.
  const bool to_integer = ir::is_signed_int(to) || ir::is_unsigned_int(to);
  if (compiler::is_narrow(from) && ir::is_float(from) && to_integer) {
    return {narrow_float_to_integer(x[0], from, to)};
  }
  if (compiler::is_narrow(to)) {
    if (from == to) return {x[0]};
    return {encode_narrow(compiler::is_narrow(from) ? decode_narrow(x[0], from) : x[0], to)};
  }
  const mx::Dtype target = result_dtype(op);
  const mx::array v = compiler::is_narrow(from) ? decode_narrow(x[0], from) : x[0];
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
  const ir::ElementType from = operand_element_type(op);
  const ir::ElementType to = result_element_type(op);
  if (from == ir::ElementType::kPred || to == ir::ElementType::kPred) {
    return unimplemented(describe_op(op) + ": bitcasts to or from booleans are not supported");
  }
  // 2- and 4-bit types are stored one element per byte: a bitcast between
  // them and other widths would have to pack or unpack bits.
  const int from_bits = ir::element_bit_width(from), to_bits = ir::element_bit_width(to);
  if (from_bits != to_bits && (from_bits < 8 || to_bits < 8)) {
    return unimplemented(describe_op(op) + ": bitcasts between " +
                         std::string(ir::element_type_name(from)) + " and " +
                         std::string(ir::element_type_name(to)) +
                         " (elements narrower than a byte, packed) are not supported");
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
