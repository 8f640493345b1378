// stablehlo.sort. Comparators that are a lexicographic less-than or
// greater-than over some operands (every comparator JAX writes: jnp.sort,
// argsort, lexsort, lax.sort with num_keys, top_k) run as MLX argsorts on
// integer keys whose unsigned order is the comparator's order. Any other
// elementwise comparator runs a stable merge sort that applies the region
// to whole arrays. Both are stable, which is_stable = false allows too.
#include <numeric>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"
#include "runtime/ops/region_eval.h"
#include "runtime/ops/sort_comparator.h"

namespace metallib::runtime::ops {
namespace {

Status check_sort(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const size_t count = op.operands().size();
  if (count == 0 || op.regions().size() != 1 || op.results().size() != count) {
    return invalid_argument(describe_op(op) +
                            " needs operands, as many results and a comparator");
  }
  const ir::Region& comparator = *op.regions()[0];
  if (comparator.blocks().size() != 1 ||
      comparator.blocks().front()->arguments().size() != 2 * count) {
    return invalid_argument(describe_op(op) +
                            ": the comparator must take two arguments per operand");
  }
  const int64_t rank = op.operand(0)->type().rank();
  const int64_t dimension = integer(op, "dimension");
  if (dimension < -rank || dimension >= std::max<int64_t>(rank, 1)) {
    return invalid_argument(describe_op(op) + ": dimension " + std::to_string(dimension) +
                            " is out of range for rank " + std::to_string(rank));
  }
  Status elementwise = check_elementwise_region(comparator, op);
  if (!elementwise.ok()) {
    return unimplemented(elementwise.message() +
                         " (a sort comparator must be elementwise: it is applied to whole "
                         "arrays)");
  }
  return ok_status();
}

// ---- Fast path: lexicographic comparators as argsorts ----------------------

// An unsigned integer array whose unsigned order is the key's order under
// `type`, ties exactly where the comparator sees equal keys; descending keys
// are inverted. Nullopt for keys with no such order (complex).
std::optional<mx::array> order_key(mx::array key, ir::ComparisonType type, bool descending) {
  const mx::Dtype dtype = key.dtype();
  if (dtype == mx::bool_) {
    key = mx::astype(key, mx::uint8);
  } else if (is_floating(dtype)) {
    const mx::Dtype bits = unsigned_of_width(dtype);
    if (type != ir::ComparisonType::kTotalOrder) {
      // FLOAT comparisons see -0.0 == +0.0. NaN is unordered there, so no
      // order is right; it is put last, as one value.
      const mx::array zero = scalar(0.0, dtype);
      key = mx::where(mx::equal(key, zero), zero, key);
      key = mx::where(mx::isnan(key), scalar(std::numeric_limits<double>::quiet_NaN(), dtype),
                      key);
    }
    // XLA's total order: -NaN < -inf < ... < -0.0 < +0.0 < ... < +inf < +NaN.
    // Negative floats order backwards by their bits: flip every bit of
    // those, and only the sign bit of the others.
    const mx::array top =
        scalar(static_cast<int64_t>(uint64_t{1} << (bit_width(dtype) - 1)), bits);
    const mx::array raw = mx::view(key, bits);
    key = mx::bitwise_xor(raw, mx::where(sign_bit(key), integer_max(bits), top));
  } else if (is_signed_integral(dtype)) {
    const mx::Dtype bits = unsigned_of_width(dtype);
    key = mx::bitwise_xor(
        mx::view(key, bits),
        scalar(static_cast<int64_t>(uint64_t{1} << (bit_width(dtype) - 1)), bits));
  } else if (!is_integral(dtype)) {
    return std::nullopt;
  }
  return descending ? mx::bitwise_invert(key) : key;
}

// 32-bit pieces of an order key, least significant first.
Arrays pieces_of(const mx::array& key) {
  if (key.dtype() != mx::uint64) return {mx::astype(key, mx::uint32)};
  return {mx::astype(key, mx::uint32),
          mx::astype(mx::right_shift(key, scalar(int64_t{32}, mx::uint64)), mx::uint32)};
}

// Sorts by every key (last axis), least significant piece first, each pass
// a stable sort of the order so far. MLX's argsort promises no stability,
// so each pass sorts (piece << 32 | position) in 64 bits: all distinct, so
// ties keep their current order whatever algorithm MLX uses.
mx::array lexicographic_order(const Arrays& keys) {
  const int n = keys.front().shape(-1);
  const mx::array position =
      mx::broadcast_to(mx::arange(0, n, 1, mx::uint64), keys.front().shape());
  std::optional<mx::array> order;
  for (auto key = keys.rbegin(); key != keys.rend(); ++key) {
    for (const mx::array& piece : pieces_of(*key)) {
      mx::array current = order ? mx::take_along_axis(piece, *order, -1) : piece;
      const mx::array combined = mx::bitwise_or(
          mx::left_shift(mx::astype(current, mx::uint64), scalar(int64_t{32}, mx::uint64)),
          position);
      const mx::array step = mx::argsort(combined, -1);
      order = order ? mx::take_along_axis(*order, step, -1) : step;
    }
  }
  return *order;
}

// Nullopt when some key has no integer order (then the general path runs).
std::optional<Arrays> sort_by_keys(const std::vector<SortKey>& keys, const Arrays& values) {
  Arrays order_keys;
  for (const SortKey& key : keys) {
    auto ordered = order_key(evaluate_key(key, values[key.operand]), key.type, key.descending);
    if (!ordered) return std::nullopt;
    order_keys.push_back(*ordered);
  }
  const mx::array order = lexicographic_order(order_keys);
  Arrays sorted;
  for (const mx::array& value : values) sorted.push_back(mx::take_along_axis(value, order, -1));
  return sorted;
}

// ---- General path: a stable merge sort applying the comparator ---------

// comparator(x, y), with padding elements greater than every other one.
mx::array padded_less(const ir::Region& comparator, const Arrays& x, const Arrays& y,
                      const mx::array& x_pad, const mx::array& y_pad) {
  Arrays arguments;
  for (size_t i = 0; i < x.size(); ++i) {
    arguments.push_back(x[i]);
    arguments.push_back(y[i]);
  }
  const mx::array less =
      mx::broadcast_to(apply_region(comparator, arguments).front(), x_pad.shape());
  return mx::logical_and(mx::logical_not(x_pad), mx::logical_or(y_pad, less));
}

// Bottom-up merge sort over the last axis, padded to a power of two. Each
// element finds its place in the merged run by a binary search in the
// other run: an element of the first run goes after the elements of the
// second that are less than it, one of the second run after the elements
// of the first that are not greater, so equal elements keep their order.
// Every step works on all elements at once: about log2(n)^2 / 2 comparator
// applications in all.
Arrays merge_sort(const ir::Region& comparator, Arrays values) {
  const int n = values.front().shape(-1);
  int size = 1;
  while (size < n) size *= 2;
  const mx::Shape shape = [&] {
    mx::Shape s = values.front().shape();
    s.back() = size;
    return s;
  }();
  for (mx::array& value : values) {
    if (size == n) break;
    std::vector<std::pair<int, int>> widths(value.ndim(), {0, 0});
    widths.back() = {0, size - n};
    value = mx::pad(value, widths, mx::zeros({}, value.dtype()));
  }
  const mx::array index = mx::broadcast_to(mx::arange(0, size, 1, mx::int32), shape);
  mx::array pad = mx::greater_equal(index, mx::array(n, mx::int32));
  for (int run = 1; run < size; run *= 2) {
    const mx::array run_size = mx::array(run, mx::int32);
    const mx::array block = mx::floor_divide(index, run_size);
    const mx::array in_first =
        mx::equal(mx::remainder(block, mx::array(2, mx::int32)), mx::array(0, mx::int32));
    const mx::array own = mx::subtract(index, mx::multiply(block, run_size));
    const mx::array other_start =
        mx::multiply(mx::where(in_first, mx::add(block, mx::array(1, mx::int32)),
                               mx::subtract(block, mx::array(1, mx::int32))),
                     run_size);
    mx::array count = mx::zeros(shape, mx::int32);
    for (int step = run; step >= 1; step /= 2) {
      const mx::array step_size = mx::array(step, mx::int32);
      const mx::array reach = mx::add(count, step_size);
      const mx::array valid = mx::less_equal(reach, run_size);
      const mx::array probe =
          mx::add(other_start, mx::minimum(mx::subtract(reach, mx::array(1, mx::int32)),
                                           mx::array(run - 1, mx::int32)));
      Arrays x, y;
      for (const mx::array& value : values) {
        const mx::array other = mx::take_along_axis(value, probe, -1);
        x.push_back(mx::where(in_first, other, value));
        y.push_back(mx::where(in_first, value, other));
      }
      const mx::array other_pad = mx::take_along_axis(pad, probe, -1);
      const mx::array less = padded_less(comparator, x, y, mx::where(in_first, other_pad, pad),
                                         mx::where(in_first, pad, other_pad));
      // First run: counts others less than it; second run: others not
      // greater than it (not less(it, other)).
      const mx::array before = mx::where(in_first, less, mx::logical_not(less));
      count = mx::where(mx::logical_and(valid, before), reach, count);
    }
    const mx::array pair_start = mx::multiply(
        mx::floor_divide(index, mx::array(2 * run, mx::int32)), mx::array(2 * run, mx::int32));
    const mx::array destination = mx::add(mx::add(pair_start, own), count);
    const mx::array source = mx::argsort(destination, -1);  // a permutation's inverse
    for (mx::array& value : values) value = mx::take_along_axis(value, source, -1);
    pad = mx::take_along_axis(pad, source, -1);
  }
  if (size != n) {
    for (mx::array& value : values) {
      mx::Shape start(value.ndim(), 0);
      mx::Shape stop = value.shape();
      stop.back() = n;
      value = mx::slice(value, start, stop);
    }
  }
  return values;
}

Arrays lower_sort(const ir::Op& op, const Arrays& operands) {
  const int rank = static_cast<int>(operands.front().ndim());
  if (rank == 0) return operands;
  int dimension = static_cast<int>(integer(op, "dimension"));
  if (dimension < 0) dimension += rank;
  if (operands.front().shape(dimension) <= 1) return operands;
  Arrays values;
  for (const mx::array& operand : operands)
    values.push_back(mx::moveaxis(operand, dimension, -1));
  const ir::Region& comparator = *op.regions()[0];
  std::optional<Arrays> sorted;
  if (auto keys = lexicographic_keys(comparator)) sorted = sort_by_keys(*keys, values);
  if (!sorted) sorted = merge_sort(comparator, values);
  Arrays results;
  for (size_t i = 0; i < sorted->size(); ++i) {
    results.push_back(
        mx::astype(mx::moveaxis((*sorted)[i], -1, dimension), result_dtype(op, i)));
  }
  return results;
}

}  // namespace

void register_sort_ops(LoweringTable& table) {
  table.add(ir::OpCode::kSort, lower_sort, check_sort);
}

}  // namespace metallib::runtime::ops
