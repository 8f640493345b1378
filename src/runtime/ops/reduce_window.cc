// stablehlo.reduce_window: inputs are padded (and base-dilated) with the
// op's identity, and every window is a strided view of the padded input, so
// bodies of one plain op (add, multiply, maximum, minimum; and, or on
// booleans) reduce all windows with one MLX reduction. A window as long as
// its axis, padded on one side (how JAX lowers cumsum, cumprod, cummax and
// cummin), becomes one MLX scan. Any other body of elementwise ops (argmax
// pooling over (value, index) pairs, user bodies) is folded over the window
// positions in order, as XLA folds them.
//
// XLA's CPU backend, our oracle, skips window positions that fall on padding
// or on the holes of base dilation rather than combining the init value
// there (the spec pads with the init value): the two agree whenever the init
// value is the body's identity, and we follow XLA where it is not.
#include <limits>
#include <optional>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"
#include "runtime/ops/region_eval.h"
#include "runtime/ops/window.h"

namespace metallib::runtime::ops {
namespace {

// The op of a body `return op(arg0, arg1)` of a one-input reduce_window.
std::optional<ir::OpCode> single_op_body(const ir::Op& op) {
  if (op.regions().size() != 1 || op.operands().size() != 2) return std::nullopt;
  const ir::Op* body = binary_body_op(*op.regions()[0]);
  if (body == nullptr) return std::nullopt;
  const ir::Op& combine = *body;
  const bool boolean = op.operand(0)->type().element_type() == ir::ElementType::kPred;
  if (combine.result(0).type().element_type() != op.operand(0)->type().element_type()) {
    return std::nullopt;
  }
  switch (combine.code()) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum: return combine.code();
    case ir::OpCode::kAnd:
    case ir::OpCode::kOr:
      if (boolean) return combine.code();
      return std::nullopt;
    default: return std::nullopt;
  }
}

// The window attributes of a reduce_window, with the spec's defaults.
struct Windows {
  std::vector<int64_t> dimensions, strides, base_dilations, window_dilations;
  EdgePadding padding;
};

Windows windows_of(const ir::Op& op) {
  const size_t rank = static_cast<size_t>(op.operand(0)->type().rank());
  Windows w;
  w.dimensions = i64_array(op, "window_dimensions");
  w.strides = i64_array_or(op, "window_strides", std::vector<int64_t>(rank, 1));
  w.base_dilations = i64_array_or(op, "base_dilations", std::vector<int64_t>(rank, 1));
  w.window_dilations = i64_array_or(op, "window_dilations", std::vector<int64_t>(rank, 1));
  w.padding = padding_attribute(op, rank);
  return w;
}

Status check_reduce_window(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const size_t operands = op.operands().size();
  if (op.regions().size() != 1 || operands == 0 || operands % 2 != 0) {
    return invalid_argument(describe_op(op) + " needs inputs, as many inits and one body");
  }
  const size_t rank = static_cast<size_t>(op.operand(0)->type().rank());
  METALLIB_RETURN_IF_ERROR(check_window_array(op, "window_dimensions", rank, true));
  for (const char* name : {"window_strides", "base_dilations", "window_dilations"})
    METALLIB_RETURN_IF_ERROR(check_window_array(op, name, rank, false));
  METALLIB_RETURN_IF_ERROR(check_padding_attribute(op, rank));
  if (single_op_body(op)) return ok_status();
  return check_elementwise_region(*op.regions()[0], op);
}

// The value that changes nothing under `body`: padding with it is the same
// as skipping the padded positions.
mx::array identity(ir::OpCode body, mx::Dtype dtype) {
  const bool boolean = dtype == mx::bool_;
  switch (body) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kOr: return boolean ? mx::array(false) : scalar(int64_t{0}, dtype);
    case ir::OpCode::kMultiply:
    case ir::OpCode::kAnd: return boolean ? mx::array(true) : scalar(int64_t{1}, dtype);
    case ir::OpCode::kMaximum:
      if (boolean) return mx::array(false);
      if (is_integral(dtype)) return integer_min(dtype);
      return scalar(-std::numeric_limits<double>::infinity(), dtype);
    case ir::OpCode::kMinimum:
      if (boolean) return mx::array(true);
      if (is_integral(dtype)) return integer_max(dtype);
      return scalar(std::numeric_limits<double>::infinity(), dtype);
    default: throw LoweringError("reduce_window: no identity for this body");
  }
}

// body(a, b) for one of the single-op bodies, with XLA's semantics.
mx::array combine(ir::OpCode body, const mx::array& a, const mx::array& b) {
  const mx::Dtype dtype = a.dtype();
  const bool boolean = dtype == mx::bool_;
  switch (body) {
    case ir::OpCode::kAdd: return boolean ? mx::logical_or(a, b) : mx::add(a, b);
    case ir::OpCode::kMultiply: return boolean ? mx::logical_and(a, b) : mx::multiply(a, b);
    case ir::OpCode::kOr: return mx::logical_or(a, b);
    case ir::OpCode::kAnd: return mx::logical_and(a, b);
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum: {
      const bool max = body == ir::OpCode::kMaximum;
      if (boolean) return max ? mx::logical_or(a, b) : mx::logical_and(a, b);
      if (is_floating(dtype)) return float_max_or_min(a, b, max);
      return max ? mx::maximum(a, b) : mx::minimum(a, b);
    }
    default: throw LoweringError("reduce_window: unsupported body");
  }
}

// Half-precision sums and products accumulate in float32, as XLA's CPU
// backend does; the result is rounded once.
mx::Dtype accumulation_dtype(mx::Dtype dtype) {
  return dtype == mx::float16 || dtype == mx::bfloat16 ? mx::float32 : dtype;
}

// XLA orders -0.0 below +0.0 in max and min; MLX's reductions return
// whichever zero they meet first, so zero results get the sign XLA's gives.
mx::array fix_zero_sign(const mx::array& reduced, const mx::array& windows,
                        const std::vector<int>& axes, bool max) {
  const mx::array zero = scalar(0.0, windows.dtype());
  const mx::array wanted = mx::logical_and(
      mx::equal(windows, zero), max ? mx::logical_not(sign_bit(windows)) : sign_bit(windows));
  const mx::array wanted_zero = max ? zero : mx::negative(zero);
  const mx::array other_zero = max ? mx::negative(zero) : zero;
  return mx::where(mx::equal(reduced, zero),
                   mx::where(mx::any(wanted, axes), wanted_zero, other_zero), reduced);
}

// Reduces the window axes `axes` of `windows` with a single-op body.
mx::array reduce_windows(ir::OpCode body, const mx::array& windows,
                         const std::vector<int>& axes) {
  const mx::Dtype dtype = windows.dtype();
  const bool boolean = dtype == mx::bool_;
  switch (body) {
    case ir::OpCode::kAdd:
    case ir::OpCode::kOr:
      if (boolean) return mx::any(windows, axes);
      return mx::astype(mx::sum(mx::astype(windows, accumulation_dtype(dtype)), axes), dtype);
    case ir::OpCode::kMultiply:
    case ir::OpCode::kAnd:
      if (boolean) return mx::all(windows, axes);
      return mx::astype(mx::prod(mx::astype(windows, accumulation_dtype(dtype)), axes), dtype);
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum: {
      const bool max = body == ir::OpCode::kMaximum;
      if (boolean) return max ? mx::any(windows, axes) : mx::all(windows, axes);
      mx::array reduced = max ? mx::max(windows, axes) : mx::min(windows, axes);
      if (!is_floating(dtype)) return reduced;
      // MLX's max and min reductions propagate NaN; only zeros need care.
      return fix_zero_sign(reduced, windows, axes, max);
    }
    default: throw LoweringError("reduce_window: unsupported body");
  }
}

// The axis along which `w` is a cumulative scan of a one-input reduce_window
// (the window spans the whole axis, padded by its length - 1 on one side,
// everything else 1 and unpadded), and whether it runs in reverse.
std::optional<std::pair<int, bool>> scan_axis(const Windows& w, const mx::Shape& shape) {
  std::optional<std::pair<int, bool>> found;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (w.strides[i] != 1 || w.base_dilations[i] != 1 || w.window_dilations[i] != 1) {
      return std::nullopt;
    }
    const int64_t n = shape[i];
    const int64_t lo = w.padding.low[i], hi = w.padding.high[i];
    if (w.dimensions[i] == 1 && lo == 0 && hi == 0) continue;
    if (found || n < 2 || w.dimensions[i] != n) return std::nullopt;
    if (lo == n - 1 && hi == 0) {
      found = std::make_pair(static_cast<int>(i), false);
    } else if (lo == 0 && hi == n - 1) {
      found = std::make_pair(static_cast<int>(i), true);
    } else {
      return std::nullopt;
    }
  }
  return found;
}

// An inclusive scan of `x` along `axis` by doubling steps: after the step
// of `shift`, each element combines the `2 * shift` elements ending at it.
// Used for float max and min, whose NaN and signed-zero rules MLX's cummax
// and cummin do not follow.
mx::array doubling_scan(ir::OpCode body, const mx::array& x, int axis, bool reverse) {
  const int n = x.shape(axis);
  mx::array result = x;
  for (int shift = 1; shift < n; shift *= 2) {
    mx::Shape start(x.ndim(), 0), stop = x.shape();
    if (reverse) {
      start[axis] = shift;
    } else {
      stop[axis] = n - shift;
    }
    const mx::array moved = mx::slice(result, start, stop);
    const mx::array fill = identity(body, x.dtype());
    const mx::array shifted = reverse ? mx::pad(moved, {axis}, {0}, {shift}, fill)
                                      : mx::pad(moved, {axis}, {shift}, {0}, fill);
    result = combine(body, result, shifted);
  }
  return result;
}

mx::array scan(ir::OpCode body, const mx::array& x, int axis, bool reverse) {
  const mx::Dtype dtype = x.dtype();
  switch (body) {
    case ir::OpCode::kAdd:
      return mx::astype(mx::cumsum(mx::astype(x, accumulation_dtype(dtype)), axis, reverse),
                        dtype);
    case ir::OpCode::kMultiply:
      return mx::astype(mx::cumprod(mx::astype(x, accumulation_dtype(dtype)), axis, reverse),
                        dtype);
    case ir::OpCode::kMaximum:
      if (is_integral(dtype)) return mx::cummax(x, axis, reverse);
      return doubling_scan(body, x, axis, reverse);
    case ir::OpCode::kMinimum:
      if (is_integral(dtype)) return mx::cummin(x, axis, reverse);
      return doubling_scan(body, x, axis, reverse);
    default: return doubling_scan(body, x, axis, reverse);
  }
}

std::vector<int64_t> minus_one(const std::vector<int64_t>& values) {
  std::vector<int64_t> result;
  for (int64_t v : values) result.push_back(v - 1);
  return result;
}

WindowLayout layout_of(const ir::Op& op, const Windows& w) {
  return WindowLayout{result_shape(op), w.dimensions, w.strides, w.window_dilations};
}

// One input, a single-op body: reduce every window with MLX, then combine
// the init value once.
mx::array lower_single_op(const ir::Op& op, ir::OpCode body, const mx::array& x,
                          const mx::array& init) {
  const Windows w = windows_of(op);
  const mx::array init_value = mx::astype(init, x.dtype());
  if (x.dtype() != mx::bool_) {
    if (auto axis = scan_axis(w, x.shape())) {
      return combine(body, init_value, scan(body, x, axis->first, axis->second));
    }
  }
  const mx::array padded = pad_with(x, identity(body, x.dtype()), w.padding.low, w.padding.high,
                                    minus_one(w.base_dilations));
  const mx::array windows = all_windows(padded, layout_of(op, w));
  std::vector<int> axes;
  for (int i = 0; i < static_cast<int>(x.ndim()); ++i)
    axes.push_back(static_cast<int>(x.ndim()) + i);
  return combine(body, init_value, reduce_windows(body, windows, axes));
}

bool has_holes(const Windows& w) {
  for (size_t i = 0; i < w.dimensions.size(); ++i) {
    if (w.padding.low[i] > 0 || w.padding.high[i] > 0 || w.base_dilations[i] > 1) return true;
  }
  return false;
}

// Any body: fold the window positions in row-major order into the init
// values, acc = body(acc, element), skipping positions on padding or holes.
Arrays lower_with_body(const ir::Op& op, const Arrays& x) {
  const Windows w = windows_of(op);
  const size_t count = x.size() / 2;
  const WindowLayout layout = layout_of(op, w);
  const std::vector<int64_t> interior = minus_one(w.base_dilations);
  Arrays padded, acc;
  for (size_t i = 0; i < count; ++i) {
    padded.push_back(pad_with(x[i], x[count + i], w.padding.low, w.padding.high, interior));
    acc.push_back(
        mx::broadcast_to(mx::astype(x[count + i], result_dtype(op, i)), layout.count));
  }
  std::optional<mx::array> real;  // true where a padded element is an input element
  if (has_holes(w)) {
    real = pad_with(mx::ones(x[0].shape(), mx::bool_), mx::array(false), w.padding.low,
                    w.padding.high, interior);
  }
  const ir::Region& body = *op.regions()[0];
  for (int64_t k = 0; k < layout.elements(); ++k) {
    Arrays arguments = acc;
    for (size_t i = 0; i < count; ++i)
      arguments.push_back(window_element(padded[i], layout, k));
    Arrays next = apply_region(body, arguments);
    const std::optional<mx::array> take =
        real ? std::optional<mx::array>(window_element(*real, layout, k)) : std::nullopt;
    for (size_t i = 0; i < count; ++i) {
      mx::array value = mx::astype(next[i], result_dtype(op, i));
      acc[i] = take ? mx::where(*take, value, acc[i]) : value;
    }
  }
  return acc;
}

// A forward scan (see scan_axis) with any body: element i of the axis is
// body(result i - 1, input i), starting from the init values, which is the
// order of XLA's fold for every window, in one body application per element.
Arrays scan_with_body(const ir::Op& op, const Arrays& x, int axis) {
  const size_t count = x.size() / 2;
  const int n = x[0].shape(axis);
  Arrays acc;
  for (size_t i = 0; i < count; ++i)
    acc.push_back(mx::astype(x[count + i], result_dtype(op, i)));
  std::vector<Arrays> steps(count);
  for (int k = 0; k < n; ++k) {
    Arrays arguments = acc;
    for (size_t i = 0; i < count; ++i) {
      mx::Shape start(x[i].ndim(), 0), stop = x[i].shape();
      start[axis] = k;
      stop[axis] = k + 1;
      arguments.push_back(mx::slice(x[i], start, stop));
    }
    Arrays next = apply_region(*op.regions()[0], arguments);
    for (size_t i = 0; i < count; ++i) {
      mx::Shape shape = x[i].shape();
      shape[axis] = 1;
      acc[i] = mx::broadcast_to(mx::astype(next[i], result_dtype(op, i)), shape);
      steps[i].push_back(acc[i]);
    }
  }
  Arrays results;
  for (size_t i = 0; i < count; ++i) results.push_back(mx::concatenate(steps[i], axis));
  return results;
}

Arrays lower_reduce_window(const ir::Op& op, const Arrays& x) {
  const size_t count = x.size() / 2;
  const mx::Shape shape = result_shape(op);
  bool empty = false;
  for (int d : shape) empty |= d == 0;
  if (empty) {
    Arrays results;
    for (size_t i = 0; i < count; ++i) results.push_back(mx::zeros(shape, result_dtype(op, i)));
    return results;
  }
  if (auto body = single_op_body(op)) {
    return {mx::astype(lower_single_op(op, *body, x[0], x[1]), result_dtype(op))};
  }
  if (auto axis = scan_axis(windows_of(op), x[0].shape()); axis && !axis->second) {
    return scan_with_body(op, x, axis->first);
  }
  return lower_with_body(op, x);
}

}  // namespace

void register_reduce_window_ops(LoweringTable& table) {
  table.add(ir::OpCode::kReduceWindow, lower_reduce_window, check_reduce_window);
}

}  // namespace metallib::runtime::ops
