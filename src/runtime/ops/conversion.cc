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

// float64 to float16 with one rounding, as IEEE's convertFormat and XLA's
// CPU backend up to jaxlib 0.12.0 convert it (jaxlib 0.12.1's goes through
// float32 and rounds twice; the single rounding is kept).
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
  const int from_bits = ir::element_bit_width(from), to_bits = ir::element_bit_width(to);
  if (from_bits != to_bits && (from_bits < 8 || to_bits < 8) &&
      (ir::is_complex(from) || ir::is_complex(to))) {
    return unimplemented(describe_op(op) + ": bitcasts between " +
                         std::string(ir::element_type_name(from)) + " and " +
                         std::string(ir::element_type_name(to)) + " are not supported");
  }
  return ok_status();
}

// Elements narrower than a byte are stored one per byte, in its low bits; a
// bitcast to another width packs or unpacks them, element j of the minor
// axis at bits j * width, as XLA lays them out.
mx::array pack_bits(const mx::array& x, int from_bits, int to_bits, mx::Dtype target) {
  const int count = to_bits / from_bits;
  const mx::array mask = mx::array((uint64_t{1} << from_bits) - 1, mx::uint64);
  const mx::array shifts = mx::multiply(
      mx::arange(count, mx::uint64), mx::array(static_cast<uint64_t>(from_bits), mx::uint64));
  const mx::array parts =
      mx::left_shift(mx::bitwise_and(mx::astype(x, mx::uint64), mask), shifts);
  const mx::array word = mx::sum(parts, -1);  // the parts do not overlap
  if (to_bits < 8) return mx::astype(word, mx::uint8);
  // (Flattened: MLX views need an axis; the caller reshapes.)
  return mx::view(mx::flatten(mx::astype(word, unsigned_of_width(target))), target);
}

mx::array unpack_bits(const mx::array& x, int from_bits, int to_bits) {
  const int count = from_bits / to_bits;
  // A wide element is read as an unsigned integer of its width (MLX views
  // need an axis, so through the flattened array).
  const mx::array word =
      from_bits < 8
          ? x
          : mx::reshape(mx::view(mx::flatten(x), unsigned_of_width(x.dtype())), x.shape());
  const mx::array mask = mx::array((uint64_t{1} << to_bits) - 1, mx::uint64);
  const mx::array shifts = mx::multiply(mx::arange(count, mx::uint64),
                                        mx::array(static_cast<uint64_t>(to_bits), mx::uint64));
  const mx::array wide = mx::expand_dims(mx::astype(word, mx::uint64), -1);
  return mx::astype(mx::bitwise_and(mx::right_shift(wide, shifts), mask), mx::uint8);
}

Arrays lower_bitcast_convert(const ir::Op& op, const Arrays& x) {
  const mx::Dtype target = result_dtype(op);
  const mx::Shape shape = result_shape(op);
  const int from_bits = ir::element_bit_width(operand_element_type(op));
  const int to_bits = ir::element_bit_width(result_element_type(op));
  if (from_bits != to_bits && (from_bits < 8 || to_bits < 8)) {
    const mx::array bits = from_bits < to_bits ? pack_bits(x[0], from_bits, to_bits, target)
                                               : unpack_bits(x[0], from_bits, to_bits);
    return {mx::reshape(bits, shape)};
  }
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
