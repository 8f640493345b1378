// stablehlo.reduce. Bodies of one plain op (add, multiply, maximum, minimum,
// and, or, xor) use MLX's reductions; any other body of elementwise ops
// (argmax and argmin, which reduce values and indices together, or user
// bodies) is applied pairwise in a tree over the reduced elements.
#include <numeric>
#include <optional>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"
#include "runtime/ops/region_eval.h"

namespace metallib::runtime::ops {
namespace {

// The op of a body `return op(arg0, arg1)`, if that is its whole shape.
std::optional<ir::OpCode> single_op_body(const ir::Op& op) {
  if (op.regions().size() != 1 || op.operands().size() != 2) return std::nullopt;
  const ir::Op* body = binary_body_op(*op.regions()[0]);
  if (body == nullptr) return std::nullopt;
  const ir::Op& combine = *body;
  switch (combine.code()) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum:
    case ir::OpCode::kAnd:
    case ir::OpCode::kOr:
    case ir::OpCode::kXor: return combine.code();
    default: return std::nullopt;
  }
}

Status check_reduce(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  if (op.regions().size() != 1 || op.operands().size() % 2 != 0) {
    return invalid_argument(describe_op(op) + " needs inputs, as many inits and one body");
  }
  if (single_op_body(op)) return ok_status();
  return check_elementwise_region(*op.regions()[0], op);
}

// Moves the reduced axes last and flattens them into one.
mx::array reduced_last(const mx::array& x, const std::vector<int>& axes) {
  std::vector<int> order;
  mx::Shape kept;
  for (int i = 0; i < static_cast<int>(x.ndim()); ++i) {
    if (std::find(axes.begin(), axes.end(), i) == axes.end()) {
      order.push_back(i);
      kept.push_back(x.shape(i));
    }
  }
  int count = 1;
  for (int axis : axes) {
    order.push_back(axis);
    count *= x.shape(axis);
  }
  kept.push_back(count);
  return mx::reshape(mx::transpose(x, order), kept);
}

// XLA orders -0.0 below +0.0 in max and min; MLX's reductions return
// whichever zero comes first, so zero results get the sign XLA's gives.
mx::array fix_zero_sign(const mx::array& reduced, const mx::array& x,
                        const std::vector<int>& axes, bool max) {
  const mx::array zero = scalar(0.0, x.dtype());
  const mx::array wanted_zero =
      mx::logical_and(mx::equal(x, zero), max ? mx::logical_not(sign_bit(x)) : sign_bit(x));
  const mx::array has_wanted = mx::any(wanted_zero, axes);
  const mx::array signed_zero = max ? zero : mx::negative(zero);
  const mx::array other_zero = max ? mx::negative(zero) : zero;
  return mx::where(mx::equal(reduced, zero), mx::where(has_wanted, signed_zero, other_zero),
                   reduced);
}

mx::array accumulation_type(const mx::array& x) {
  if (x.dtype() == mx::float16 || x.dtype() == mx::bfloat16) return mx::astype(x, mx::float32);
  return x;
}

mx::array reduce_one(ir::OpCode body, const mx::array& x, const mx::array& init,
                     const std::vector<int>& axes) {
  const mx::Dtype dtype = x.dtype();
  const bool boolean = dtype == mx::bool_;
  switch (body) {
    case ir::OpCode::kAdd:
      if (boolean) return mx::logical_or(mx::any(x, axes), init);
      // Integers wrap as XLA's do: sum wide, then narrow modulo 2^bits.
      // Half-precision floats accumulate in float32, as XLA's CPU backend.
      return mx::astype(mx::add(mx::sum(accumulation_type(x), axes), accumulation_type(init)),
                        dtype);
    case ir::OpCode::kMultiply:
      if (boolean) return mx::logical_and(mx::all(x, axes), init);
      return mx::astype(
          mx::multiply(mx::prod(accumulation_type(x), axes), accumulation_type(init)), dtype);
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum: {
      const bool max = body == ir::OpCode::kMaximum;
      if (boolean)
        return max ? mx::logical_or(mx::any(x, axes), init)
                   : mx::logical_and(mx::all(x, axes), init);
      mx::array reduced = max ? mx::max(x, axes) : mx::min(x, axes);
      if (!is_floating(dtype))
        return max ? mx::maximum(reduced, init) : mx::minimum(reduced, init);
      return float_max_or_min(fix_zero_sign(reduced, x, axes, max), init, max);
    }
    case ir::OpCode::kAnd:
    case ir::OpCode::kOr:
    case ir::OpCode::kXor: {
      if (boolean && body != ir::OpCode::kXor) {
        return body == ir::OpCode::kAnd ? mx::logical_and(mx::all(x, axes), init)
                                        : mx::logical_or(mx::any(x, axes), init);
      }
      // Bitwise folds have no MLX reduction: halve the flattened axis.
      mx::array v = reduced_last(x, axes);
      auto combine = [&](const mx::array& a, const mx::array& b) {
        if (boolean) return mx::not_equal(a, b);
        return body == ir::OpCode::kAnd  ? mx::bitwise_and(a, b)
               : body == ir::OpCode::kOr ? mx::bitwise_or(a, b)
                                         : mx::bitwise_xor(a, b);
      };
      while (v.shape(-1) > 1) {
        const int n = v.shape(-1);
        const int half = n / 2;
        mx::Shape start(v.ndim(), 0), mid = v.shape(), end = v.shape();
        mid[v.ndim() - 1] = half;
        mx::Shape from_mid(v.ndim(), 0);
        from_mid[v.ndim() - 1] = half;
        end[v.ndim() - 1] = 2 * half;
        mx::array folded = combine(mx::slice(v, start, mid), mx::slice(v, from_mid, end));
        if (n % 2) {
          mx::Shape tail_start(v.ndim(), 0);
          tail_start[v.ndim() - 1] = n - 1;
          folded = mx::concatenate({folded, mx::slice(v, tail_start, v.shape())}, -1);
        }
        v = folded;
      }
      return combine(mx::squeeze(v, -1), init);
    }
    default: throw LoweringError("unsupported reduction body");
  }
}

// Splits the last axis in two halves (and an odd last element).
struct Halves {
  Arrays first, second;
  std::optional<Arrays> odd;
};

// Pairs neighbours (2i, 2i+1) so that the left argument of the body always
// comes first in the original order, as in XLA's sequential fold: bodies
// that keep the first of equals (argmax among NaNs, ties) then agree.
Halves halve(const Arrays& values) {
  Halves halves;
  const mx::array& v0 = values.front();
  const int n = v0.shape(-1);
  const int half = n / 2;
  const int last = static_cast<int>(v0.ndim()) - 1;
  for (const mx::array& v : values) {
    mx::Shape zero(v.ndim(), 0), even_end = v.shape();
    even_end[last] = 2 * half;
    mx::Shape pairs = v.shape();
    pairs[last] = half;
    pairs.push_back(2);
    const mx::array paired = mx::reshape(mx::slice(v, zero, even_end), pairs);
    halves.first.push_back(mx::take(paired, 0, last + 1));
    halves.second.push_back(mx::take(paired, 1, last + 1));
    if (n % 2) {
      if (!halves.odd) halves.odd = Arrays{};
      mx::Shape tail(v.ndim(), 0);
      tail[last] = n - 1;
      halves.odd->push_back(mx::slice(v, tail, v.shape()));
    }
  }
  return halves;
}

// Folds the flattened last axis of every operand with the body, pairwise in
// a tree, then folds in the init values: body(init, tree result).
Arrays reduce_with_body(const ir::Region& body, Arrays values, const Arrays& inits) {
  const size_t count = values.size();
  // With nothing to fold (an empty reduced axis, or no result elements at
  // all) the results are the inits, broadcast by the caller; MLX's take
  // refuses to read from an array of zero elements.
  if (values.front().shape(-1) == 0 || values.front().size() == 0) return inits;
  while (values.front().shape(-1) > 1) {
    Halves halves = halve(values);
    Arrays arguments = halves.first;
    arguments.insert(arguments.end(), halves.second.begin(), halves.second.end());
    Arrays folded = apply_region(body, arguments);
    if (halves.odd) {
      for (size_t i = 0; i < count; ++i) {
        folded[i] =
            mx::concatenate({mx::astype(folded[i], values[i].dtype()), (*halves.odd)[i]}, -1);
      }
    }
    values = folded;
  }
  Arrays arguments = inits;
  for (const mx::array& v : values) arguments.push_back(mx::squeeze(v, -1));
  return apply_region(body, arguments);
}

Arrays lower_reduce(const ir::Op& op, const Arrays& x) {
  const std::vector<int> axes = to_ints(i64_array(op, "dimensions"));
  const size_t count = x.size() / 2;
  Arrays results;
  if (axes.empty()) {
    // Nothing is reduced: XLA's CPU backend returns the operands and never
    // combines the init (the spec allows combining it any number of times).
    for (size_t i = 0; i < count; ++i) results.push_back(mx::astype(x[i], result_dtype(op, i)));
    return results;
  }
  if (auto body = single_op_body(op)) {
    bool empty = false;
    for (int axis : axes) empty |= x[0].shape(axis) == 0;
    if (empty) return {mx::broadcast_to(x[1], result_shape(op))};
    return {mx::broadcast_to(reduce_one(*body, x[0], x[1], axes), result_shape(op))};
  }
  Arrays values, inits;
  for (size_t i = 0; i < count; ++i) {
    values.push_back(reduced_last(x[i], axes));
    inits.push_back(x[count + i]);
  }
  Arrays reduced = reduce_with_body(*op.regions()[0], values, inits);
  for (size_t i = 0; i < count; ++i) {
    results.push_back(
        mx::broadcast_to(mx::astype(reduced[i], result_dtype(op, i)), result_shape(op, i)));
  }
  return results;
}

}  // namespace

void register_reduction_ops(LoweringTable& table) {
  table.add(ir::OpCode::kReduce, lower_reduce, check_reduce);
}

}  // namespace metallib::runtime::ops
