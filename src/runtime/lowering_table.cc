#include "runtime/lowering.h"

namespace metallib::runtime {

void LoweringTable::add(ir::OpCode code, LowerFn lower, CheckFn check) {
  entries_[static_cast<size_t>(code)] = Lowering{lower, check};
}

const Lowering* LoweringTable::find(ir::OpCode code) const {
  const Lowering& entry = entries_[static_cast<size_t>(code)];
  return entry.lower ? &entry : nullptr;
}

const LoweringTable& lowering_table() {
  static const LoweringTable table = [] {
    LoweringTable t;
    ops::register_elementwise_ops(t);
    ops::register_comparison_ops(t);
    ops::register_conversion_ops(t);
    ops::register_shape_ops(t);
    ops::register_slicing_ops(t);
    ops::register_reduction_ops(t);
    ops::register_dot_ops(t);
    ops::register_structural_ops(t);
    ops::register_reduce_window_ops(t);
    ops::register_select_and_scatter_ops(t);
    ops::register_convolution_ops(t);
    return t;
  }();
  return table;
}

}  // namespace metallib::runtime
