// stablehlo.gather and stablehlo.dynamic_gather on MLX's gather.
//
// MLX's gather(a, indices, axes, slice_sizes) takes one index array per
// indexed axis and returns the batch shape followed by every operand axis
// sliced. XLA's general form is mapped onto it: the index vectors are split
// into per-axis start arrays, clamped as StableHLO requires (MLX checks no
// bounds and wraps negative indices), batching dimensions index their own
// batch coordinate, and the collapsed axes are then dropped and the offset
// axes moved where offset_dims puts them.
#include <algorithm>
#include <numeric>

#include "runtime/ops/common.h"
#include "runtime/ops/start_indices.h"

namespace metallib::runtime::ops {
namespace {

bool contains(const std::vector<int64_t>& values, int64_t value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// Position of `value` in `values`, or -1.
int64_t position(const std::vector<int64_t>& values, int64_t value) {
  auto it = std::find(values.begin(), values.end(), value);
  return it == values.end() ? -1 : it - values.begin();
}

// The operand axes that survive as offset dimensions of the result.
std::vector<int64_t> offset_operand_axes(const ir::GatherDimensionNumbers& dims, size_t rank) {
  std::vector<int64_t> axes;
  for (int64_t d = 0; d < static_cast<int64_t>(rank); ++d) {
    if (!contains(dims.collapsed_slice_dims, d) && !contains(dims.operand_batching_dims, d)) {
      axes.push_back(d);
    }
  }
  return axes;
}

bool in_range(const std::vector<int64_t>& values, int64_t rank) {
  return std::all_of(values.begin(), values.end(),
                     [&](int64_t v) { return v >= 0 && v < rank; });
}

// The structural rules of the spec that the lowering relies on, so that a
// malformed program is refused instead of indexing out of range.
Status check_gather_form(const ir::Op& op, const ir::GatherDimensionNumbers& dims,
                         const std::vector<int64_t>& slice_sizes) {
  const ir::Type& operand = op.operand(0)->type();
  const ir::Type& indices = op.operand(1)->type();
  const int64_t rank = operand.rank();
  const int64_t index_rank = indices.rank();
  auto bad = [&](const std::string& what) {
    return invalid_argument(describe_op(op) + ": " + what);
  };
  if (!is_integral(mlx_dtype(indices.element_type()))) return bad("indices are not integers");
  if (static_cast<int64_t>(slice_sizes.size()) != rank) {
    return bad("slice_sizes and operand rank differ");
  }
  if (dims.index_vector_dim < 0 || dims.index_vector_dim > index_rank) {
    return bad("index_vector_dim is out of range");
  }
  const int64_t vector_size =
      dims.index_vector_dim == index_rank ? 1 : indices.dims()[dims.index_vector_dim];
  if (static_cast<int64_t>(dims.start_index_map.size()) != vector_size) {
    return bad("start_index_map does not match the index vector size");
  }
  if (!in_range(dims.start_index_map, rank) || !in_range(dims.collapsed_slice_dims, rank) ||
      !in_range(dims.operand_batching_dims, rank) ||
      !in_range(dims.start_indices_batching_dims, index_rank)) {
    return bad("a dimension number is out of range");
  }
  if (dims.operand_batching_dims.size() != dims.start_indices_batching_dims.size() ||
      contains(dims.start_indices_batching_dims, dims.index_vector_dim)) {
    return bad("batching dimensions do not pair up");
  }
  for (size_t k = 0; k < dims.operand_batching_dims.size(); ++k) {
    if (operand.dims()[dims.operand_batching_dims[k]] !=
        indices.dims()[dims.start_indices_batching_dims[k]]) {
      return bad("batching dimensions differ in size");
    }
  }
  for (int64_t d = 0; d < rank; ++d) {
    const bool dropped =
        contains(dims.collapsed_slice_dims, d) || contains(dims.operand_batching_dims, d);
    if (slice_sizes[d] < 0 || slice_sizes[d] > operand.dims()[d] ||
        (dropped && slice_sizes[d] > 1)) {
      return bad("slice_sizes do not fit the operand");
    }
  }
  const int64_t batch_rank = index_rank - (dims.index_vector_dim < index_rank ? 1 : 0);
  const std::vector<int64_t> offsets = offset_operand_axes(dims, rank);
  if (offsets.size() != dims.offset_dims.size() ||
      op.result(0).type().rank() != batch_rank + static_cast<int64_t>(offsets.size()) ||
      !in_range(dims.offset_dims, op.result(0).type().rank()) ||
      !std::is_sorted(dims.offset_dims.begin(), dims.offset_dims.end())) {
    return bad("offset_dims do not match the result");
  }
  const std::vector<int64_t>& result = op.result(0).type().dims();
  for (size_t k = 0; k < offsets.size(); ++k) {
    if (result[dims.offset_dims[k]] != slice_sizes[offsets[k]]) {
      return bad("the result's offset dimensions differ from slice_sizes");
    }
  }
  return ok_status();
}

// The dimension numbers, or null when the op lacks them (checks must not
// throw).
const ir::GatherDimensionNumbers* dimension_numbers(const ir::Op& op) {
  const ir::Attribute* found = op.attribute("dimension_numbers");
  return found ? found->get<ir::GatherDimensionNumbers>() : nullptr;
}

Status check_gather(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::GatherDimensionNumbers* dims = dimension_numbers(op);
  const ir::Attribute* sizes = op.attribute("slice_sizes");
  if (dims == nullptr || sizes == nullptr || sizes->get<ir::DenseI64ArrayAttr>() == nullptr) {
    return invalid_argument(describe_op(op) + " lacks its dimension numbers or slice sizes");
  }
  return check_gather_form(op, *dims, sizes->get<ir::DenseI64ArrayAttr>()->values);
}

// dynamic_gather's slice sizes are an operand; with static shapes they are
// fixed by the result type (offset dims) and by the spec (1 for collapsed
// and batching dims), so the lowering never reads the operand's data.
std::vector<int64_t> inferred_slice_sizes(const ir::Op& op,
                                          const ir::GatherDimensionNumbers& dims) {
  const size_t rank = op.operand(0)->type().rank();
  std::vector<int64_t> sizes(rank, 1);
  const std::vector<int64_t> offsets = offset_operand_axes(dims, rank);
  const ir::Type& result = op.result(0).type();
  for (size_t k = 0; k < offsets.size() && k < dims.offset_dims.size(); ++k) {
    if (dims.offset_dims[k] < result.rank())
      sizes[offsets[k]] = result.dims()[dims.offset_dims[k]];
  }
  return sizes;
}

Status check_dynamic_gather(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::GatherDimensionNumbers* dims = dimension_numbers(op);
  if (dims == nullptr) {
    return invalid_argument(describe_op(op) + " lacks its dimension numbers");
  }
  return check_gather_form(op, *dims, inferred_slice_sizes(op, *dims));
}

// Result axis j reads batch axis i (in order) or offset axis k, where
// offset_dims[k] == j; the gathered array holds batch axes, then offsets.
std::vector<int> result_order(const std::vector<int64_t>& offset_dims, int batch_rank,
                              int result_rank) {
  std::vector<int> order;
  int next_batch = 0;
  for (int j = 0; j < result_rank; ++j) {
    const int64_t k = position(offset_dims, j);
    order.push_back(k >= 0 ? batch_rank + static_cast<int>(k) : next_batch++);
  }
  return order;
}

mx::array gather_general(const ir::Op& op, const mx::array& operand, const mx::array& indices,
                         const std::vector<int64_t>& slice_sizes) {
  const auto& dims = attribute<ir::GatherDimensionNumbers>(op, "dimension_numbers");
  const mx::Shape result = result_shape(op);
  if (std::accumulate(result.begin(), result.end(), int64_t{1}, std::multiplies<>()) == 0) {
    return mx::zeros(result, result_dtype(op));
  }
  const Arrays components = index_components(indices, dims.index_vector_dim);
  const mx::Shape batch = batch_shape(indices.shape(), dims.index_vector_dim);
  const mx::Shape sizes = to_shape(slice_sizes);

  Arrays starts;
  std::vector<int> axes;
  for (int d = 0; d < static_cast<int>(operand.ndim()); ++d) {
    const int64_t mapped = position(dims.start_index_map, d);
    const int64_t batching = position(dims.operand_batching_dims, d);
    if (mapped >= 0) {
      const int64_t max_start = static_cast<int64_t>(operand.shape(d)) - slice_sizes[d];
      starts.push_back(mx::astype(clamp_start(components[mapped], max_start), mx::int32));
    } else if (batching >= 0) {
      const int axis =
          batch_position(dims.start_indices_batching_dims[batching], dims.index_vector_dim);
      starts.push_back(mx::astype(coordinate(batch, axis), mx::int32));
    } else {
      continue;
    }
    axes.push_back(d);
  }

  mx::Shape gathered_shape = batch;
  gathered_shape.insert(gathered_shape.end(), sizes.begin(), sizes.end());
  mx::array gathered = operand;
  if (axes.empty()) {
    // Nothing indexed: every batch element reads the same leading block.
    const mx::array block = mx::slice(operand, mx::Shape(operand.ndim(), 0), sizes);
    mx::Shape ones(batch.size(), 1);
    ones.insert(ones.end(), sizes.begin(), sizes.end());
    gathered = mx::broadcast_to(mx::reshape(block, ones), gathered_shape);
  } else {
    gathered = mx::gather(operand, starts, axes, sizes);
  }

  mx::Shape kept = batch;
  for (int64_t d : offset_operand_axes(dims, operand.ndim())) kept.push_back(sizes[d]);
  gathered = mx::reshape(gathered, kept);
  return mx::transpose(gathered, result_order(dims.offset_dims, static_cast<int>(batch.size()),
                                              static_cast<int>(result.size())));
}

Arrays lower_gather(const ir::Op& op, const Arrays& x) {
  return {gather_general(op, x[0], x[1], i64_array(op, "slice_sizes"))};
}

Arrays lower_dynamic_gather(const ir::Op& op, const Arrays& x) {
  const auto& dims = attribute<ir::GatherDimensionNumbers>(op, "dimension_numbers");
  return {gather_general(op, x[0], x[1], inferred_slice_sizes(op, dims))};
}

}  // namespace

void register_gather_ops(LoweringTable& table) {
  table.add(ir::OpCode::kGather, lower_gather, check_gather);
  table.add(ir::OpCode::kDynamicGather, lower_dynamic_gather, check_dynamic_gather);
}

}  // namespace metallib::runtime::ops
