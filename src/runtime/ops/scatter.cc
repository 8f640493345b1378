// stablehlo.scatter (variadic) on MLX's scatter ops.
//
// Every update element is given the linear position of the operand element
// it combines with; an update window any of whose start indices is out of
// bounds (start < 0 or start + window > dim) is skipped whole, as XLA does,
// by sending its elements to one extra slot after the flattened operand
// (MLX checks no bounds and wraps negative indices). Updates are ordered
// window by window, the order of XLA's sequential loop.
//
// Bodies that combine each operand with its own update by one plain op
// (set, add, multiply, max, min, and/or of booleans) become one MLX scatter
// per operand, exact with duplicate indices. Any other body is applied one
// update window at a time (windows never hit one position twice), reading
// the current values, running the body on whole windows and writing back.
#include <algorithm>
#include <numeric>

#include "runtime/ops/common.h"
#include "runtime/ops/region_eval.h"
#include "runtime/ops/scatter_combine.h"
#include "runtime/ops/start_indices.h"

namespace metallib::runtime::ops {
namespace {

// A body that is not a plain combiner runs once per update window; beyond
// this many windows the unrolled graph would be too large to build.
constexpr int64_t kMaxSequentialWindows = 1 << 15;

bool contains(const std::vector<int64_t>& values, int64_t value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

int64_t position(const std::vector<int64_t>& values, int64_t value) {
  auto it = std::find(values.begin(), values.end(), value);
  return it == values.end() ? -1 : it - values.begin();
}

int64_t product(const std::vector<int64_t>& dims) {
  return std::accumulate(dims.begin(), dims.end(), int64_t{1}, std::multiplies<>());
}

// The operand axes the update window dims map to, in order.
std::vector<int64_t> window_operand_axes(const ir::ScatterDimensionNumbers& dims, size_t rank) {
  std::vector<int64_t> axes;
  for (int64_t d = 0; d < static_cast<int64_t>(rank); ++d) {
    if (!contains(dims.inserted_window_dims, d) && !contains(dims.input_batching_dims, d)) {
      axes.push_back(d);
    }
  }
  return axes;
}

// The update axes that are not window axes: one per batch axis of indices.
std::vector<int> update_scatter_axes(const ir::ScatterDimensionNumbers& dims, size_t rank) {
  std::vector<int> axes;
  for (int64_t d = 0; d < static_cast<int64_t>(rank); ++d) {
    if (!contains(dims.update_window_dims, d)) axes.push_back(static_cast<int>(d));
  }
  return axes;
}

struct Form {
  const ir::ScatterDimensionNumbers* dims = nullptr;
  size_t count = 0;  // operands (and updates)
};

Form scatter_form(const ir::Op& op) {
  Form form;
  const ir::Attribute* found = op.attribute("scatter_dimension_numbers");
  form.dims = found ? found->get<ir::ScatterDimensionNumbers>() : nullptr;
  form.count = (op.operands().size() - 1) / 2;
  return form;
}

bool in_range(const std::vector<int64_t>& values, int64_t rank) {
  return std::all_of(values.begin(), values.end(),
                     [&](int64_t v) { return v >= 0 && v < rank; });
}

// The spec's structural rules the lowering relies on.
Status check_scatter_form(const ir::Op& op, const Form& form) {
  auto bad = [&](const std::string& what) {
    return invalid_argument(describe_op(op) + ": " + what);
  };
  if (form.dims == nullptr) return bad("lacks its scatter_dimension_numbers");
  const ir::ScatterDimensionNumbers& dims = *form.dims;
  if (form.count == 0 || op.operands().size() != 2 * form.count + 1 ||
      op.results().size() != form.count || op.regions().size() != 1) {
    return bad("needs operands, indices, as many updates and one body");
  }
  const ir::Type& operand = op.operand(0)->type();
  const ir::Type& indices = op.operand(form.count)->type();
  const ir::Type& updates = op.operand(form.count + 1)->type();
  for (size_t i = 0; i < form.count; ++i) {
    if (op.operand(i)->type().dims() != operand.dims() ||
        op.operand(form.count + 1 + i)->type().dims() != updates.dims()) {
      return bad("operands or updates differ in shape");
    }
  }
  if (!is_integral(mlx_dtype(indices.element_type()))) return bad("indices are not integers");
  const int64_t rank = operand.rank();
  const int64_t index_rank = indices.rank();
  if (dims.index_vector_dim < 0 || dims.index_vector_dim > index_rank) {
    return bad("index_vector_dim is out of range");
  }
  const int64_t vector_size =
      dims.index_vector_dim == index_rank ? 1 : indices.dims()[dims.index_vector_dim];
  if (static_cast<int64_t>(dims.scatter_dims_to_operand_dims.size()) != vector_size) {
    return bad("scatter_dims_to_operand_dims does not match the index vector size");
  }
  if (!in_range(dims.scatter_dims_to_operand_dims, rank) ||
      !in_range(dims.inserted_window_dims, rank) || !in_range(dims.input_batching_dims, rank) ||
      !in_range(dims.scatter_indices_batching_dims, index_rank) ||
      !in_range(dims.update_window_dims, updates.rank())) {
    return bad("a dimension number is out of range");
  }
  if (dims.input_batching_dims.size() != dims.scatter_indices_batching_dims.size() ||
      contains(dims.scatter_indices_batching_dims, dims.index_vector_dim)) {
    return bad("batching dimensions do not pair up");
  }
  const std::vector<int64_t> window_axes = window_operand_axes(dims, rank);
  if (window_axes.size() != dims.update_window_dims.size()) {
    return bad("update_window_dims do not match the operand");
  }
  for (size_t k = 0; k < window_axes.size(); ++k) {
    if (updates.dims()[dims.update_window_dims[k]] > operand.dims()[window_axes[k]]) {
      return bad("an update window is larger than the operand");
    }
  }
  std::vector<int64_t> batch;
  for (int64_t d = 0; d < index_rank; ++d) {
    if (d != dims.index_vector_dim) batch.push_back(indices.dims()[d]);
  }
  std::vector<int64_t> update_batch;
  for (int axis : update_scatter_axes(dims, updates.rank())) {
    update_batch.push_back(updates.dims()[axis]);
  }
  if (batch != update_batch) return bad("the updates' scatter dims differ from the indices'");
  for (size_t k = 0; k < dims.input_batching_dims.size(); ++k) {
    const int64_t index_dim = dims.scatter_indices_batching_dims[k];
    if (operand.dims()[dims.input_batching_dims[k]] != indices.dims()[index_dim]) {
      return bad("batching dimensions differ in size");
    }
  }
  return ok_status();
}

// Number of update windows: the product of the updates' scatter dims.
int64_t window_count(const ir::Op& op, const Form& form) {
  const ir::Type& updates = op.operand(form.count + 1)->type();
  int64_t windows = 1;
  for (int axis : update_scatter_axes(*form.dims, updates.rank()))
    windows *= updates.dims()[axis];
  return windows;
}

bool fast_body(const ir::Op& op, const Form& form) {
  const auto combines = classify_scatter_body(*op.regions()[0], form.count);
  if (!combines) return false;
  for (size_t i = 0; i < form.count; ++i) {
    if (!has_mlx_scatter((*combines)[i], mlx_dtype(operand_element_type(op, i)))) return false;
  }
  return true;
}

Status check_scatter(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const Form form = scatter_form(op);
  METALLIB_RETURN_IF_ERROR(check_scatter_form(op, form));
  if (fast_body(op, form)) return ok_status();
  METALLIB_RETURN_IF_ERROR(check_elementwise_region(*op.regions()[0], op));
  const int64_t windows = window_count(op, form);
  if (windows > kMaxSequentialWindows) {
    return unimplemented(describe_op(op) +
                         ": its update body is not a plain set/add/mul/min/max, "
                         "so its " +
                         std::to_string(windows) +
                         " update windows would be applied one after another; at most " +
                         std::to_string(kMaxSequentialWindows) + " are supported");
  }
  return ok_status();
}

// Where each update element goes: [windows, window size] linear positions
// in the flattened operand, `trash` (the operand's size) for skipped windows.
struct Targets {
  mx::array positions;
  mx::array window_index;  // [windows, window size]: each element's window
  int64_t trash = 0;
};

Targets scatter_targets(const ir::ScatterDimensionNumbers& dims, const mx::Shape& operand,
                        const mx::array& indices, const mx::Shape& updates) {
  const Arrays components = index_components(indices, dims.index_vector_dim);
  const mx::Shape batch = batch_shape(indices.shape(), dims.index_vector_dim);
  const int rank = static_cast<int>(operand.size());
  std::vector<int64_t> strides(rank, 1);
  for (int d = rank - 2; d >= 0; --d) strides[d] = strides[d + 1] * operand[d + 1];
  const std::vector<int64_t> window_axes = window_operand_axes(dims, rank);

  mx::Shape window;
  std::vector<int64_t> window_size(rank, 1);
  for (size_t k = 0; k < window_axes.size(); ++k) {
    window.push_back(updates[dims.update_window_dims[k]]);
    window_size[window_axes[k]] = window.back();
  }

  const mx::array zero = mx::array(int64_t{0}, mx::int64);
  mx::array base = mx::zeros(batch, mx::int64);
  mx::array valid = mx::ones(batch, mx::bool_);
  for (int d = 0; d < rank; ++d) {
    const int64_t mapped = position(dims.scatter_dims_to_operand_dims, d);
    const int64_t batching = position(dims.input_batching_dims, d);
    mx::array start = zero;
    if (mapped >= 0) {
      const mx::array& index = components[mapped];
      const mx::array in_bounds = start_in_bounds(index, operand[d] - window_size[d]);
      valid = mx::logical_and(valid, in_bounds);
      start = mx::where(in_bounds, mx::astype(index, mx::int64), zero);
    } else if (batching >= 0) {
      start = coordinate(batch, batch_position(dims.scatter_indices_batching_dims[batching],
                                               dims.index_vector_dim));
    } else {
      continue;
    }
    base = mx::add(base, mx::multiply(start, mx::array(strides[d], mx::int64)));
  }

  mx::array offset = mx::zeros(window, mx::int64);
  for (size_t k = 0; k < window_axes.size(); ++k) {
    offset = mx::add(offset, mx::multiply(coordinate(window, static_cast<int>(k)),
                                          mx::array(strides[window_axes[k]], mx::int64)));
  }
  const int windows = static_cast<int>(base.size());
  const int elements = static_cast<int>(offset.size());
  const int64_t trash = static_cast<int64_t>(
      std::accumulate(operand.begin(), operand.end(), int64_t{1}, std::multiplies<>()));
  const mx::Dtype index_type = index_dtype_for(trash);
  mx::array positions =
      mx::add(mx::reshape(base, {windows, 1}), mx::reshape(offset, {1, elements}));
  positions =
      mx::where(mx::reshape(valid, {windows, 1}), positions, mx::array(trash, mx::int64));
  const mx::array window_index = mx::broadcast_to(
      mx::reshape(mx::arange(0, windows, index_dtype_for(windows)), {windows, 1}),
      {windows, elements});
  return {mx::astype(positions, index_type), window_index, trash};
}

// The updates as [windows, window size], windows in row-major order.
mx::array updates_by_window(const mx::array& updates, const ir::ScatterDimensionNumbers& dims,
                            int windows, int elements) {
  std::vector<int> order = update_scatter_axes(dims, updates.ndim());
  for (int64_t axis : dims.update_window_dims) order.push_back(static_cast<int>(axis));
  return mx::reshape(mx::transpose(updates, order), {windows, elements});
}

// Any body, one update window at a time in order (or all at once when the
// program promises unique indices).
Arrays scatter_sequentially(const ir::Region& body, Arrays flats, const Targets& targets,
                            const Arrays& updates, bool unique) {
  const int windows = unique ? 1 : targets.positions.shape(0);
  const int per_round = static_cast<int>(targets.positions.size()) / std::max(windows, 1);
  const mx::array positions = mx::reshape(targets.positions, {windows, per_round});
  for (int n = 0; n < windows; ++n) {
    const mx::array at =
        mx::reshape(mx::slice(positions, {n, 0}, {n + 1, per_round}), {per_round});
    Arrays arguments;
    for (const mx::array& flat : flats) arguments.push_back(mx::take(flat, at, 0));
    for (const mx::array& update : updates) {
      const mx::array rows = mx::reshape(update, {windows, per_round});
      arguments.push_back(
          mx::reshape(mx::slice(rows, {n, 0}, {n + 1, per_round}), {per_round}));
    }
    const Arrays combined = apply_region(body, arguments);
    for (size_t i = 0; i < flats.size(); ++i) {
      // A body may return a constant: spread it over the window first.
      const mx::array values =
          mx::reshape(mx::broadcast_to(mx::astype(combined[i], flats[i].dtype()), {per_round}),
                      {per_round, 1});
      flats[i] = mx::scatter(flats[i], {at}, values, {0});
    }
  }
  return flats;
}

Arrays lower_scatter(const ir::Op& op, const Arrays& x) {
  const Form form = scatter_form(op);
  const ir::ScatterDimensionNumbers& dims = *form.dims;
  const mx::array& indices = x[form.count];
  const mx::Shape operand_shape = x[0].shape();
  const mx::Shape update_shape = x[form.count + 1].shape();
  const Arrays operands(x.begin(), x.begin() + form.count);
  const int64_t operand_size =
      product(std::vector<int64_t>(operand_shape.begin(), operand_shape.end()));
  const int64_t update_size =
      product(std::vector<int64_t>(update_shape.begin(), update_shape.end()));
  if (operand_size == 0 || update_size == 0) return operands;

  const Targets targets = scatter_targets(dims, operand_shape, indices, update_shape);
  const int windows = targets.positions.shape(0);
  const int elements = targets.positions.shape(1);
  const int total = windows * elements;
  const mx::array positions = mx::reshape(targets.positions, {total});
  const mx::array priority = mx::reshape(targets.window_index, {total});
  const ir::Attribute* unique_flag = op.attribute("unique_indices");
  const bool unique = unique_flag && unique_flag->get<bool>() && *unique_flag->get<bool>();

  Arrays flats, updates;
  for (size_t i = 0; i < form.count; ++i) {
    // One extra element receives the updates of skipped windows.
    flats.push_back(mx::concatenate(
        {mx::reshape(x[i], {static_cast<int>(operand_size)}), mx::zeros({1}, x[i].dtype())},
        0));
    updates.push_back(
        mx::reshape(updates_by_window(mx::astype(x[form.count + 1 + i], x[i].dtype()), dims,
                                      windows, elements),
                    {total}));
  }

  const auto combines = classify_scatter_body(*op.regions()[0], form.count);
  if (fast_body(op, form)) {
    for (size_t i = 0; i < form.count; ++i) {
      flats[i] =
          scatter_flat((*combines)[i], flats[i], positions, updates[i], priority, unique);
    }
  } else {
    flats = scatter_sequentially(*op.regions()[0], flats, targets, updates, unique);
  }

  Arrays results;
  for (size_t i = 0; i < form.count; ++i) {
    const mx::array kept = mx::slice(flats[i], {0}, {static_cast<int>(operand_size)});
    results.push_back(mx::reshape(kept, operand_shape));
  }
  return results;
}

}  // namespace

void register_scatter_ops(LoweringTable& table) {
  table.add(ir::OpCode::kScatter, lower_scatter, check_scatter);
}

}  // namespace metallib::runtime::ops
