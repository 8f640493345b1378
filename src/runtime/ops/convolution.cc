// stablehlo.convolution in every layout: operands are transposed to MLX's
// channels-last [N, spatial..., C] input and [O, spatial..., I] kernel, and
// the result back from [N, spatial..., O] to the op's output layout.
//
// MLX's conv_general computes only float32, float16 and bfloat16, groups
// only with 1 or 2 spatial dimensions, and crops negative padding before it
// dilates the input (StableHLO crops the dilated input). Those cases, and
// float64, complex and integer convolutions, take a window path instead:
// the padded, dilated input's windows are viewed as rows (im2col) and
// contracted with the kernel per group, by matmul for inexact types and by
// exact multiply-and-sum for integers, which then wrap like XLA's.
// Half-precision convolutions are computed in float32 and rounded once.
//
// batch_group_count (filter gradients of grouped convolutions) splits the
// input batch into groups that are laid side by side in the feature axis,
// which makes it an ordinary grouped convolution.
#include <algorithm>

#include "runtime/ops/common.h"
#include "runtime/ops/numeric.h"
#include "runtime/ops/window.h"

namespace metallib::runtime::ops {
namespace {

struct ConvAttributes {
  ir::ConvDimensionNumbers dims;
  std::vector<int64_t> strides, lhs_dilation, rhs_dilation;
  std::vector<bool> reversal;
  EdgePadding padding;
  int64_t feature_groups = 1, batch_groups = 1;
};

int64_t integer_or(const ir::Op& op, std::string_view name, int64_t fallback) {
  return op.attribute(name) ? integer(op, name) : fallback;
}

ConvAttributes conv_attributes(const ir::Op& op) {
  ConvAttributes a;
  a.dims = attribute<ir::ConvDimensionNumbers>(op, "dimension_numbers");
  const size_t s = a.dims.input_spatial_dimensions.size();
  a.strides = i64_array_or(op, "window_strides", std::vector<int64_t>(s, 1));
  a.lhs_dilation = i64_array_or(op, "lhs_dilation", std::vector<int64_t>(s, 1));
  a.rhs_dilation = i64_array_or(op, "rhs_dilation", std::vector<int64_t>(s, 1));
  a.reversal.assign(s, false);
  if (const ir::Attribute* found = op.attribute("window_reversal")) {
    if (const auto* flags = found->get<ir::DenseBoolArrayAttr>()) {
      for (size_t i = 0; i < s && i < flags->values.size(); ++i)
        a.reversal[i] = flags->values[i];
    }
  }
  a.padding = padding_attribute(op, s);
  a.feature_groups = integer_or(op, "feature_group_count", 1);
  a.batch_groups = integer_or(op, "batch_group_count", 1);
  return a;
}

Status check_convolution(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::Attribute* found = op.attribute("dimension_numbers");
  const auto* dims = found ? found->get<ir::ConvDimensionNumbers>() : nullptr;
  if (dims == nullptr) return invalid_argument(describe_op(op) + " lacks dimension numbers");
  const size_t s = dims->input_spatial_dimensions.size();
  const int64_t rank = op.operand(0)->type().rank();
  if (dims->kernel_spatial_dimensions.size() != s ||
      dims->output_spatial_dimensions.size() != s || rank != static_cast<int64_t>(s) + 2 ||
      op.operand(1)->type().rank() != rank || op.result(0).type().rank() != rank) {
    return invalid_argument(describe_op(op) + " has inconsistent dimension numbers");
  }
  for (const char* name : {"window_strides", "lhs_dilation", "rhs_dilation"})
    METALLIB_RETURN_IF_ERROR(check_window_array(op, name, s, false));
  METALLIB_RETURN_IF_ERROR(check_padding_attribute(op, s));
  const int64_t feature_groups = integer_or(op, "feature_group_count", 1);
  const int64_t batch_groups = integer_or(op, "batch_group_count", 1);
  if (feature_groups < 1 || batch_groups < 1 || (feature_groups > 1 && batch_groups > 1)) {
    return invalid_argument(describe_op(op) +
                            " needs group counts of at least 1, at most one above 1");
  }
  const auto is_pred = [](const ir::Type& type) {
    return type.element_type() == ir::ElementType::kPred;
  };
  if (is_pred(op.result(0).type()) != is_pred(op.operand(0)->type()) ||
      is_pred(op.operand(0)->type()) != is_pred(op.operand(1)->type())) {
    return unimplemented(describe_op(op) +
                         ": a convolution mixing boolean and numeric element types is not "
                         "supported");
  }
  return ok_status();
}

// The axes of `ordered` as a permutation: [first, middle..., last].
std::vector<int> order(int64_t first, const std::vector<int64_t>& middle, int64_t last) {
  std::vector<int> axes{static_cast<int>(first)};
  for (int64_t axis : middle) axes.push_back(static_cast<int>(axis));
  axes.push_back(static_cast<int>(last));
  return axes;
}

// Reverses the kernel's spatial axes whose window_reversal flag is set.
mx::array reverse_kernel(mx::array kernel, const std::vector<bool>& reversal) {
  for (size_t i = 0; i < reversal.size(); ++i) {
    if (!reversal[i]) continue;
    const int axis = static_cast<int>(i) + 1;
    const int n = kernel.shape(axis);
    kernel = mx::take(kernel, mx::arange(n - 1, -1, -1, mx::int32), axis);
  }
  return kernel;
}

// [N, S..., C] with N = B * n, batch groups outermost, becomes
// [n, S..., B * C] with group b's features at [b * C, (b + 1) * C).
mx::array batch_groups_to_features(const mx::array& lhs, int groups) {
  mx::Shape split = lhs.shape();
  split[0] /= groups;
  split.insert(split.begin(), groups);
  const int rank = static_cast<int>(lhs.ndim());
  std::vector<int> axes;
  for (int i = 1; i < rank; ++i) axes.push_back(i);  // n, S...
  axes.push_back(0);                                 // B
  axes.push_back(rank);                              // C
  mx::Shape merged = lhs.shape();
  merged[0] /= groups;
  merged[rank - 1] *= groups;
  return mx::reshape(mx::transpose(mx::reshape(lhs, split), axes), merged);
}

// Elements per chunk of the integer contraction's broadcast product.
constexpr int64_t kChunkElements = int64_t{1} << 24;

// [G, M, L] x [G, L, P] -> [G, M, P] exactly in an integer dtype, L in
// chunks so that no product array grows too large.
mx::array integer_contract(const mx::array& a, const mx::array& b) {
  const int g = a.shape(0), m = a.shape(1), l = a.shape(2), p = b.shape(2);
  const int64_t per_l = int64_t{g} * m * p;
  const int step =
      static_cast<int>(std::max<int64_t>(1, kChunkElements / std::max<int64_t>(per_l, 1)));
  mx::array sum = mx::zeros({g, m, p}, a.dtype());
  for (int start = 0; start < l; start += step) {
    const int stop = std::min(l, start + step);
    const mx::array a_part = mx::slice(a, {0, 0, start}, {g, m, stop});
    const mx::array b_part = mx::slice(b, {0, start, 0}, {g, stop, p});
    const mx::array products =
        mx::multiply(mx::expand_dims(a_part, 3), mx::expand_dims(b_part, 1));
    sum = mx::add(sum, mx::astype(mx::sum(products, 2), a.dtype()));
  }
  return sum;
}

// The convolution by windows: lhs [N, S..., C], kernel [F, K..., C / groups],
// result [N, out..., F].
mx::array convolve_by_windows(const mx::array& lhs, const mx::array& kernel,
                              const ConvAttributes& a, const mx::Shape& out, int groups) {
  const size_t s = out.size();
  const int n = lhs.shape(0), c = lhs.shape(-1), f = kernel.shape(0);
  std::vector<int64_t> low{0}, high{0}, interior{0};
  WindowLayout layout;
  layout.count.push_back(n);
  layout.extent.push_back(1);
  layout.stride.push_back(1);
  layout.dilation.push_back(1);
  int64_t positions = 1, m = n;
  for (size_t i = 0; i < s; ++i) {
    low.push_back(a.padding.low[i]);
    high.push_back(a.padding.high[i]);
    interior.push_back(a.lhs_dilation[i] - 1);
    layout.count.push_back(out[i]);
    layout.extent.push_back(kernel.shape(static_cast<int>(i) + 1));
    layout.stride.push_back(a.strides[i]);
    layout.dilation.push_back(a.rhs_dilation[i]);
    positions *= kernel.shape(static_cast<int>(i) + 1);
    m *= out[i];
  }
  low.push_back(0);
  high.push_back(0);
  interior.push_back(0);
  layout.count.push_back(1);
  layout.extent.push_back(c);
  layout.stride.push_back(1);
  layout.dilation.push_back(1);
  const mx::array padded = pad_with(lhs, scalar(int64_t{0}, lhs.dtype()), low, high, interior);
  const int per_group = c / groups, k = static_cast<int>(positions);
  const int rows = static_cast<int>(m), width = k * per_group;
  // [N, out..., 1, 1, K..., C] -> [G, rows, K * C/G]
  mx::array windows = mx::reshape(all_windows(padded, layout), {rows, k, groups, per_group});
  windows = mx::reshape(mx::transpose(windows, {2, 0, 1, 3}), {groups, rows, width});
  // [F, K..., C/G] -> [G, K * C/G, F/G]
  mx::array weights = mx::reshape(kernel, {groups, f / groups, k, per_group});
  weights = mx::reshape(mx::transpose(weights, {0, 2, 3, 1}), {groups, width, f / groups});
  // Padding takes part as zeros, as the spec says: 0 * inf is NaN.
  const mx::array product = is_integral(lhs.dtype()) ? integer_contract(windows, weights)
                                                     : mx::matmul(windows, weights);
  mx::Shape shape{n};
  shape.insert(shape.end(), out.begin(), out.end());
  shape.push_back(f);
  return mx::reshape(mx::transpose(product, {1, 0, 2}), shape);
}

// Whether MLX's conv_general computes this convolution as StableHLO does.
bool mlx_can_convolve(const ConvAttributes& a, mx::Dtype dtype, size_t spatial, int groups) {
  if (dtype != mx::float32 || spatial < 1 || spatial > 3) return false;
  if (groups > 1 && spatial > 2) return false;
  for (size_t i = 0; i < spatial; ++i) {
    if (a.padding.low[i] < 0 || a.padding.high[i] < 0) return false;
  }
  return true;
}

mx::array convolve_with_mlx(const mx::array& lhs, const mx::array& kernel,
                            const ConvAttributes& a, int groups) {
  return mx::conv_general(lhs, kernel, to_ints(a.strides), to_ints(a.padding.low),
                          to_ints(a.padding.high), to_ints(a.rhs_dilation),
                          to_ints(a.lhs_dilation), groups, /*flip=*/false);
}

// The dtype the convolution is computed in: the result's, except that
// half-precision floats are computed in float32.
// Half floats accumulate in float32. A boolean convolution is XLA's
// OR of ANDs: it counts the true products in int32 and tests for nonzero.
mx::Dtype compute_dtype(mx::Dtype result) {
  if (result == mx::bool_) return mx::int32;
  return result == mx::float16 || result == mx::bfloat16 ? mx::float32 : result;
}

Arrays lower_convolution(const ir::Op& op, const Arrays& x) {
  const ConvAttributes a = conv_attributes(op);
  const ir::ConvDimensionNumbers& d = a.dims;
  const mx::Shape result = result_shape(op);
  const mx::Dtype dtype = result_dtype(op);
  if (x[0].size() == 0 || x[1].size() == 0) {
    // Every output is an empty sum (or there is none).
    return {mx::zeros(result, dtype)};
  }
  for (int extent : result) {
    if (extent == 0) return {mx::zeros(result, dtype)};
  }
  const mx::Dtype compute = compute_dtype(dtype);
  mx::array lhs =
      mx::astype(mx::transpose(x[0], order(d.input_batch_dimension, d.input_spatial_dimensions,
                                           d.input_feature_dimension)),
                 compute);
  mx::array kernel = mx::astype(
      mx::transpose(x[1], order(d.kernel_output_feature_dimension, d.kernel_spatial_dimensions,
                                d.kernel_input_feature_dimension)),
      compute);
  kernel = reverse_kernel(kernel, a.reversal);
  int groups = static_cast<int>(a.feature_groups);
  if (a.batch_groups > 1) {
    groups = static_cast<int>(a.batch_groups);
    lhs = batch_groups_to_features(lhs, groups);
  }
  const size_t s = d.input_spatial_dimensions.size();
  mx::Shape out;
  for (int64_t axis : d.output_spatial_dimensions) out.push_back(result[axis]);
  mx::array computed = mlx_can_convolve(a, compute, s, groups)
                           ? convolve_with_mlx(lhs, kernel, a, groups)
                           : convolve_by_windows(lhs, kernel, a, out, groups);
  // [N, out..., F] -> the output layout.
  std::vector<int> axes(result.size());
  axes[d.output_batch_dimension] = 0;
  for (size_t i = 0; i < s; ++i) axes[d.output_spatial_dimensions[i]] = static_cast<int>(i) + 1;
  axes[d.output_feature_dimension] = static_cast<int>(s) + 1;
  computed = mx::transpose(computed, axes);
  if (dtype == mx::bool_) return {mx::not_equal(computed, mx::array(0))};
  return {mx::astype(computed, dtype)};
}

}  // namespace

void register_convolution_ops(LoweringTable& table) {
  table.add(ir::OpCode::kConvolution, lower_convolution, check_convolution);
}

}  // namespace metallib::runtime::ops
