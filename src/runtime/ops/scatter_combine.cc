#include "runtime/ops/scatter_combine.h"

#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

std::optional<Combine> combine_of(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kAdd: return Combine::kAdd;
    case ir::OpCode::kMultiply: return Combine::kMultiply;
    case ir::OpCode::kMaximum: return Combine::kMax;
    case ir::OpCode::kMinimum: return Combine::kMin;
    case ir::OpCode::kAnd: return Combine::kAnd;
    case ir::OpCode::kOr: return Combine::kOr;
    default: return std::nullopt;
  }
}

// On booleans XLA's add is or, multiply is and, max is or, min is and.
Combine on_booleans(Combine combine) {
  switch (combine) {
    case Combine::kAdd:
    case Combine::kMax: return Combine::kOr;
    case Combine::kMultiply:
    case Combine::kMin: return Combine::kAnd;
    default: return combine;
  }
}

mx::Dtype signed_of_width(mx::Dtype dtype) {
  switch (dtype.size()) {
    case 2: return mx::int16;
    case 4: return mx::int32;
    default: return mx::int64;
  }
}

// A float's bits as a signed integer whose order is XLA's order of the
// floats, -0.0 below +0.0: negative floats get their magnitude bits
// flipped. NaN becomes the largest key for max and the smallest for min,
// so that it wins either way, as XLA's maximum and minimum propagate it.
// MLX's scatter_max/min compare floats directly, which drops a NaN already
// in place and orders the two zeros by arrival.
mx::array order_key(const mx::array& x, bool max) {
  const mx::Dtype key_type = signed_of_width(x.dtype());
  const mx::array bits = mx::view(x, key_type);
  const mx::array magnitude = integer_max(key_type);
  const mx::array zero = scalar(int64_t{0}, key_type);
  const mx::array key = mx::where(mx::less(bits, zero), mx::bitwise_xor(bits, magnitude), bits);
  return mx::where(mx::isnan(x), max ? integer_max(key_type) : integer_min(key_type), key);
}

mx::array from_order_key(const mx::array& key, mx::Dtype dtype) {
  const mx::array magnitude = integer_max(key.dtype());
  const mx::array zero = scalar(int64_t{0}, key.dtype());
  return mx::view(mx::where(mx::less(key, zero), mx::bitwise_xor(key, magnitude), key), dtype);
}

using ScatterFn = mx::array (*)(const mx::array&, const std::vector<mx::array>&,
                                const mx::array&, const std::vector<int>&, mx::StreamOrDevice);

// MLX's scatters (each is overloaded, so named by this type).
constexpr ScatterFn kScatter = mx::scatter;
constexpr ScatterFn kScatterAdd = mx::scatter_add;
constexpr ScatterFn kScatterProd = mx::scatter_prod;
constexpr ScatterFn kScatterMax = mx::scatter_max;
constexpr ScatterFn kScatterMin = mx::scatter_min;

mx::array scatter_with(ScatterFn fn, const mx::array& flat, const mx::array& targets,
                       const mx::array& updates) {
  return fn(flat, {targets}, mx::reshape(updates, {static_cast<int>(updates.size()), 1}), {0},
            {});
}

mx::array scatter_max_or_min(bool max, const mx::array& flat, const mx::array& targets,
                             const mx::array& updates) {
  ScatterFn fn = max ? kScatterMax : kScatterMin;
  if (is_floating(flat.dtype())) {
    const mx::array merged =
        scatter_with(fn, order_key(flat, max), targets, order_key(updates, max));
    return from_order_key(merged, flat.dtype());
  }
  return scatter_with(fn, flat, targets, updates);
}

// Keeps only the last update of each position (the highest priority); the
// others are sent to the last element, the slot for skipped updates.
mx::array last_writers(const mx::array& flat, const mx::array& targets,
                       const mx::array& priority) {
  const mx::array none =
      mx::full({static_cast<int>(flat.size())}, scalar(int64_t{-1}, priority.dtype()));
  const mx::array winner = scatter_with(kScatterMax, none, targets, priority);
  const mx::array trash = scalar(static_cast<int64_t>(flat.size()) - 1, targets.dtype());
  return mx::where(mx::equal(mx::take(winner, targets, 0), priority), targets, trash);
}

}  // namespace

std::optional<std::vector<Combine>> classify_scatter_body(const ir::Region& body,
                                                          size_t count) {
  if (body.blocks().size() != 1) return std::nullopt;
  const ir::Block& block = *body.blocks().front();
  if (block.arguments().size() != 2 * count || block.ops().empty()) return std::nullopt;
  const ir::Op& ret = *block.ops().back();
  if (ret.code() != ir::OpCode::kReturn || ret.operands().size() != count) return std::nullopt;
  std::vector<Combine> combines;
  for (size_t i = 0; i < count; ++i) {
    const ir::Value* value = ret.operand(i);
    const ir::Value* own = block.arguments()[i];
    const ir::Value* update = block.arguments()[count + i];
    if (value == update) {
      combines.push_back(Combine::kReplace);
      continue;
    }
    if (value == own) {
      combines.push_back(Combine::kKeep);
      continue;
    }
    const ir::Op* op = value->defining_op();
    if (op == nullptr || op->operands().size() != 2) return std::nullopt;
    const ir::Value* a = op->operand(0);
    const ir::Value* b = op->operand(1);
    std::optional<Combine> combine = combine_of(op->code());
    if (!combine || !((a == own && b == update) || (a == update && b == own)))
      return std::nullopt;
    combines.push_back(*combine);
  }
  return combines;
}

bool has_mlx_scatter(Combine combine, mx::Dtype dtype) {
  if (dtype == mx::bool_) return true;
  switch (combine) {
    case Combine::kKeep:
    case Combine::kReplace:
    case Combine::kAdd:
    case Combine::kMultiply: return true;
    case Combine::kMax:
    case Combine::kMin: return !is_complex(dtype);
    case Combine::kAnd:
    case Combine::kOr: return false;  // bitwise on integers: no MLX scatter
  }
  return false;
}

mx::array scatter_flat(Combine combine, const mx::array& flat, const mx::array& targets,
                       const mx::array& updates, const mx::array& priority, bool unique) {
  const mx::Dtype dtype = flat.dtype();
  if (dtype == mx::bool_ && combine != Combine::kKeep && combine != Combine::kReplace) {
    // As bytes: MLX's GPU scatters have no boolean max/min.
    const bool any = on_booleans(combine) == Combine::kOr;
    const mx::array merged = scatter_max_or_min(any, mx::astype(flat, mx::uint8), targets,
                                                mx::astype(updates, mx::uint8));
    return mx::astype(merged, mx::bool_);
  }
  switch (combine) {
    case Combine::kKeep: return flat;
    case Combine::kReplace:
      return scatter_with(kScatter, flat,
                          unique ? targets : last_writers(flat, targets, priority), updates);
    case Combine::kAdd:
    case Combine::kMultiply: {
      ScatterFn fn = combine == Combine::kAdd ? kScatterAdd : kScatterProd;
      if (is_signed_integral(dtype)) {
        // Signed overflow is undefined in C++ and Metal; unsigned arithmetic
        // wraps, and its bits are the two's complement result XLA gives.
        const mx::Dtype bits = unsigned_of_width(dtype);
        return mx::view(
            scatter_with(fn, mx::view(flat, bits), targets, mx::view(updates, bits)), dtype);
      }
      return scatter_with(fn, flat, targets, updates);
    }
    case Combine::kMax:
    case Combine::kMin:
      return scatter_max_or_min(combine == Combine::kMax, flat, targets, updates);
    case Combine::kAnd:
    case Combine::kOr: break;
  }
  throw LoweringError("scatter: bitwise and/or of integers has no MLX scatter");
}

}  // namespace metallib::runtime::ops
