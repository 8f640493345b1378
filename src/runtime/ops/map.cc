// stablehlo.map: a scalar computation applied at every index of its
// operands. The body is elementwise, so it runs once on the whole arrays
// (region_eval) instead of once per element.
#include "runtime/ops/common.h"
#include "runtime/ops/region_eval.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_map(const ir::Op& op, const Arrays& x) {
  Arrays results = apply_region(*op.regions().front(), x);
  // A body that returns a constant or an argument of another type still
  // yields the result's shape and type.
  for (size_t i = 0; i < results.size(); ++i) {
    results[i] =
        mx::broadcast_to(mx::astype(results[i], result_dtype(op, i)), result_shape(op, i));
  }
  return results;
}

Status check_map(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  // The spec allows only every dimension, in order, which makes map
  // elementwise; anything else has no meaning.
  const ir::Attribute* attribute = op.attribute("dimensions");
  const auto* dimensions = attribute ? attribute->get<ir::DenseI64ArrayAttr>() : nullptr;
  const int64_t rank = op.results().front()->type().rank();
  bool identity =
      dimensions != nullptr && static_cast<int64_t>(dimensions->values.size()) == rank;
  for (size_t i = 0; identity && i < dimensions->values.size(); ++i)
    identity = dimensions->values[i] == static_cast<int64_t>(i);
  if (!identity) {
    return invalid_argument(describe_op(op) + ": dimensions must be [0, ..., rank-1]");
  }
  return check_elementwise_region(*op.regions().front(), op);
}

}  // namespace

void register_map_ops(LoweringTable& table) {
  table.add(ir::OpCode::kMap, lower_map, check_map);
}

}  // namespace metallib::runtime::ops
