// rng (the legacy RNG_UNIFORM / RNG_NORMAL op that lax.rng_uniform emits).
// StableHLO leaves its values implementation-defined and only fixes the
// distribution: uniform over [a, b) or normal with mean a and standard
// deviation b. MLX's generators draw them from a key that is fresh for each
// lowering (a process-wide counter), so the op never reads MLX's global
// random state, which is not safe to share with other threads.
#include <atomic>

#include "runtime/ops/common.h"
#include "runtime/ops/rng.h"

namespace metallib::runtime::ops {
namespace {

mx::array fresh_key() {
  static std::atomic<uint64_t> next_seed{0x6a09e667f3bcc908ULL};
  return mx::random::key(next_seed.fetch_add(1, std::memory_order_relaxed));
}

// 64 random bits per element (MLX draws at most 32 at a time).
mx::array random_u64(const mx::Shape& shape) {
  const mx::array low = mx::astype(mx::random::bits(shape, 4, fresh_key()), mx::uint64);
  const mx::array high = mx::astype(mx::random::bits(shape, 4, fresh_key()), mx::uint64);
  return mx::bitwise_or(low, mx::left_shift(high, mx::array(uint64_t{32}, mx::uint64)));
}

// Integers in [a, b): a + bits mod (b - a), in uint64 so that every width,
// signed or not, wraps the same way. The modulo's bias is at most
// (b - a) / 2^64.
mx::array uniform_integers(const mx::array& a, const mx::array& b, const mx::Shape& shape,
                           mx::Dtype dtype) {
  const mx::array low = mx::astype(a, mx::uint64);
  mx::array range = mx::subtract(mx::astype(b, mx::uint64), low);
  // b <= a is implementation-defined; return a there.
  range = mx::where(mx::less_equal(b, a), mx::array(uint64_t{1}, mx::uint64), range);
  return mx::astype(mx::add(low, mx::remainder(random_u64(shape), range)), dtype);
}

// MLX's uniform has no float64; 53 random bits make a double in [0, 1).
mx::array uniform_doubles(const mx::array& a, const mx::array& b, const mx::Shape& shape) {
  const mx::array unit = mx::multiply(
      mx::astype(mx::right_shift(random_u64(shape), mx::array(uint64_t{11}, mx::uint64)),
                 mx::float64),
      mx::array(0x1p-53, mx::float64));
  const mx::array value = mx::add(a, mx::multiply(mx::subtract(b, a), unit));
  // a + (b - a) * u can round up to b; the interval is half-open.
  return mx::where(mx::greater_equal(value, b), a, value);
}

Status check_rng(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const mx::Dtype dtype = result_dtype(op);
  const auto distribution = attribute<ir::RngDistributionAttr>(op, "rng_distribution").value;
  const bool floating = mx::issubdtype(dtype, mx::floating);
  if (distribution == ir::RngDistribution::kNormal ? !floating
                                                   : !(floating || is_integral(dtype))) {
    return unimplemented(describe_op(op) + ": " +
                         std::string(ir::rng_distribution_name(distribution)) +
                         " is not supported for " + op.result(0).type().to_string());
  }
  return ok_status();
}

Arrays lower_rng(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  const mx::Dtype dtype = result_dtype(op);
  const mx::array &a = x[0], &b = x[1];
  if (attribute<ir::RngDistributionAttr>(op, "rng_distribution").value ==
      ir::RngDistribution::kNormal) {
    return {mx::random::normal(shape, dtype, a, b, fresh_key())};
  }
  if (is_integral(dtype)) return {uniform_integers(a, b, shape, dtype)};
  if (dtype == mx::float64) return {uniform_doubles(a, b, shape)};
  return {mx::random::uniform(a, b, shape, dtype, fresh_key())};
}

}  // namespace

void register_rng_ops(LoweringTable& table) {
  table.add(ir::OpCode::kRng, lower_rng, check_rng);
  register_rng_bit_generator(table);
}

}  // namespace metallib::runtime::ops
