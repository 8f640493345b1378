// rng_bit_generator, bit-exact with XLA's CPU backend, which expands the op
// into ThreeFry-2x32 (20 rounds) or Philox-4x32 (10 rounds) counter-mode
// generators over 32-bit words; DEFAULT means PHILOX there. The state is
// u64[2]: word 0 is the key, the rest a counter that advances by the number
// of blocks drawn. MLX has no such generator, so both are built here from
// uint32/uint64 elementwise ops (Philox's 32x32->64 multiply is a uint64
// product split into halves). How XLA lays the blocks out in the result is
// what makes the bits match: see threefry_bits and philox_bits.
#include <utility>

#include "runtime/ops/common.h"
#include "runtime/ops/rng.h"

namespace metallib::runtime::ops {
namespace {

mx::array u32(uint32_t v) {
  return mx::array(v, mx::uint32);
}
mx::array u64(uint64_t v) {
  return mx::array(v, mx::uint64);
}
mx::array low_word(const mx::array& x) {
  return mx::astype(x, mx::uint32);
}
mx::array high_word(const mx::array& x) {
  return mx::astype(mx::right_shift(x, u64(32)), mx::uint32);
}
mx::array join_words(const mx::array& low, const mx::array& high) {
  return mx::bitwise_or(mx::astype(low, mx::uint64),
                        mx::left_shift(mx::astype(high, mx::uint64), u64(32)));
}
mx::array rotate_left(const mx::array& x, uint32_t distance) {
  return mx::bitwise_or(mx::left_shift(x, u32(distance)),
                        mx::right_shift(x, u32(32 - distance)));
}

using Pair = std::pair<mx::array, mx::array>;

// Threefry-2x32 with 20 rounds (Salmon et al., SC'11), key schedule
// injected every four rounds.
Pair threefry2x32(mx::array x0, mx::array x1, const mx::array& k0, const mx::array& k1) {
  static constexpr uint32_t kRotations[2][4] = {{13, 15, 26, 6}, {17, 29, 16, 24}};
  const mx::array k2 = mx::bitwise_xor(mx::bitwise_xor(k0, k1), u32(0x1BD11BDA));
  const mx::array keys[3] = {k0, k1, k2};
  x0 = mx::add(x0, k0);
  x1 = mx::add(x1, k1);
  for (int block = 0; block < 5; ++block) {
    for (uint32_t r : kRotations[block % 2]) {
      x0 = mx::add(x0, x1);
      x1 = mx::bitwise_xor(x0, rotate_left(x1, r));
    }
    x0 = mx::add(x0, keys[(block + 1) % 3]);
    x1 = mx::add(mx::add(x1, keys[(block + 2) % 3]), u32(static_cast<uint32_t>(block + 1)));
  }
  return {x0, x1};
}

// Philox-4x32 with 10 rounds; `x` holds the four counter words.
std::array<mx::array, 4> philox4x32(std::array<mx::array, 4> x, mx::array k0, mx::array k1) {
  for (int round = 0; round < 10; ++round) {
    const mx::array p0 = mx::multiply(mx::astype(x[0], mx::uint64), u64(0xD2511F53));
    const mx::array p1 = mx::multiply(mx::astype(x[2], mx::uint64), u64(0xCD9E8D57));
    x = {mx::bitwise_xor(mx::bitwise_xor(high_word(p1), x[1]), k0), low_word(p1),
         mx::bitwise_xor(mx::bitwise_xor(high_word(p0), x[3]), k1), low_word(p0)};
    k0 = mx::add(k0, u32(0x9E3779B9));
    k1 = mx::add(k1, u32(0xBB67AE85));
  }
  return x;
}

mx::array state_word(const mx::array& state, int i) {
  return mx::reshape(mx::slice(state, {i}, {i + 1}), {});
}

// 0, 1, ..., n-1 as uint64 (n < 2^32: shapes are checked to fit int32).
mx::array counter_offsets(int64_t n) {
  return mx::astype(mx::arange(0, static_cast<int>(n), 1, mx::uint32), mx::uint64);
}

int64_t element_count(const mx::Shape& shape) {
  int64_t n = 1;
  for (int d : shape) n *= d;
  return n;
}

struct Bits {
  mx::array values;   // uint32 or uint64, of the requested shape
  mx::array counter;  // the advanced counter words (u64[1])
};

// XLA draws 32-bit ThreeFry output in pairs: it halves the first even
// dimension (else the largest; a scalar counts as [1]), runs one block per
// element of that half shape with counter + row-major index, and interleaves
// the two output words along the halved dimension (x0 at even, x1 at odd
// positions, the last odd one dropped). 64-bit output takes one block per
// element, low word x0, high word x1.
Bits threefry_bits(const mx::array& state, const mx::Shape& shape, bool wide) {
  const mx::array key = state_word(state, 0);
  const mx::array counter = state_word(state, 1);
  const mx::array k0 = low_word(key), k1 = high_word(key);
  if (wide) {
    const int64_t n = element_count(shape);
    const mx::array inputs = mx::add(counter, counter_offsets(n));
    auto [x0, x1] = threefry2x32(low_word(inputs), high_word(inputs), k0, k1);
    return {mx::reshape(join_words(x0, x1), shape),
            mx::reshape(mx::add(counter, u64(static_cast<uint64_t>(n))), {1})};
  }
  int split = -1;
  for (int i = 0; i < static_cast<int>(shape.size()); ++i) {
    if (shape[i] % 2 == 0) {
      split = i;
      break;
    }
  }
  if (split < 0) {
    for (int i = 0; i < static_cast<int>(shape.size()); ++i) {
      if (split < 0 || shape[i] > shape[split]) split = i;
    }
  }
  mx::Shape half = shape.empty() ? mx::Shape{1} : shape;
  if (split < 0) split = 0;
  half[split] = (half[split] + 1) / 2;
  const int64_t n = element_count(half);
  const mx::array inputs = mx::add(counter, counter_offsets(n));
  auto [x0, x1] = threefry2x32(low_word(inputs), high_word(inputs), k0, k1);
  // [..., h, ...] x {x0, x1} -> [..., 2h + c, ...]
  mx::Shape with_pair = half;
  with_pair.insert(with_pair.begin() + split + 1, 1);
  mx::array both =
      mx::concatenate({mx::reshape(x0, with_pair), mx::reshape(x1, with_pair)}, split + 1);
  mx::Shape doubled = half;
  doubled[split] *= 2;
  both = mx::reshape(both, doubled);
  const mx::Shape out_shape = shape.empty() ? mx::Shape{1} : shape;
  if (doubled[split] != out_shape[split]) {
    both = mx::slice(both, mx::Shape(out_shape.size(), 0), out_shape);
  }
  return {mx::reshape(both, shape),
          mx::reshape(mx::add(counter, u64(static_cast<uint64_t>(n))), {1})};
}

// XLA's Philox takes a 128-bit counter (low half state[1], high half
// state[0] for a u64[2] state) and draws ceil(words / 4) blocks at counter
// + i with carry; the four words of block i are elements 4i..4i+3 of the
// row-major output (64-bit output: two per block, words 0|1 and 2|3). Only
// the counter's low half is written back.
Bits philox_bits(const mx::array& state, const mx::Shape& shape, bool wide) {
  const mx::array key = state_word(state, 0);
  const mx::array low = state_word(state, 1);
  const mx::array high = key;
  const int64_t n = element_count(shape);
  const int64_t per_block = wide ? 2 : 4;
  const int64_t blocks = (n + per_block - 1) / per_block;
  const mx::array new_low = mx::add(low, counter_offsets(blocks));
  // A carry into the high half where the low half wrapped around.
  const mx::array new_high = mx::where(mx::less(new_low, low), mx::add(high, u64(1)), high);
  auto out = philox4x32(
      {low_word(new_low), high_word(new_low), low_word(new_high), high_word(new_high)},
      low_word(key), high_word(key));
  mx::array flat = wide ? mx::stack({join_words(out[0], out[1]), join_words(out[2], out[3])}, 1)
                        : mx::stack({out[0], out[1], out[2], out[3]}, 1);
  flat = mx::reshape(flat, {static_cast<int>(blocks * per_block)});
  if (blocks * per_block != n) flat = mx::slice(flat, {0}, {static_cast<int>(n)});
  return {mx::reshape(flat, shape),
          mx::reshape(mx::add(low, u64(static_cast<uint64_t>(blocks))), {1})};
}

Status check_rng_bit_generator(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::Type& state = op.operand(0)->type();
  if (state.element_type() != ir::ElementType::kU64 || state.dims().size() != 1 ||
      state.dims()[0] != 2) {
    return unimplemented(describe_op(op) + ": the state must be ui64[2] (as JAX emits), got " +
                         state.to_string());
  }
  const mx::Dtype out = result_dtype(op, 1);
  if (!is_integral(out)) {
    return unimplemented(describe_op(op) + ": only integer outputs are supported, got " +
                         op.result(1).type().to_string());
  }
  return ok_status();
}

Arrays lower_rng_bit_generator(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op, 1);
  const mx::Dtype out = result_dtype(op, 1);
  const bool wide = bit_width(out) == 64;
  const ir::RngAlgorithm algorithm = attribute<ir::RngAlgorithmAttr>(op, "rng_algorithm").value;
  const mx::array& state = x[0];
  Bits bits = algorithm == ir::RngAlgorithm::kThreeFry ? threefry_bits(state, shape, wide)
                                                       : philox_bits(state, shape, wide);
  mx::array values = bits.values;
  // Narrow outputs are the low bits of 32-bit draws.
  if (bit_width(out) < 32)
    values = mx::astype(values, bit_width(out) == 8 ? mx::uint8 : mx::uint16);
  if (values.dtype() != out) {
    // MLX views rescale the last axis; give a scalar one.
    values = mx::reshape(mx::view(mx::reshape(values, {static_cast<int>(values.size())}), out),
                         shape);
  }
  const mx::array new_state =
      mx::concatenate({mx::reshape(state_word(state, 0), {1}), bits.counter});
  return {new_state, values};
}

}  // namespace

void register_rng_bit_generator(LoweringTable& table) {
  table.add(ir::OpCode::kRngBitGenerator, lower_rng_bit_generator, check_rng_bit_generator);
}

}  // namespace metallib::runtime::ops
