// Slicing: slice, dynamic_slice, dynamic_update_slice.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_slice(const ir::Op& op, const Arrays& x) {
  return {mx::slice(x[0], to_shape(i64_array(op, "start_indices")),
                    to_shape(i64_array(op, "limit_indices")),
                    to_shape(i64_array(op, "strides")))};
}

}  // namespace

void register_slicing_ops(LoweringTable& table) {
  table.add(ir::OpCode::kSlice, lower_slice);
}

}  // namespace metallib::runtime::ops
