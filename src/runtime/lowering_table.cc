#include "runtime/lowering.h"

namespace metallib::runtime {

void LoweringTable::add(ir::OpCode code, LowerFn lower, CheckFn check) {
  entries_[static_cast<size_t>(code)] = Lowering{lower, check};
}

void LoweringTable::refuse(ir::OpCode code, const char* reason) {
  entries_[static_cast<size_t>(code)] = Lowering{nullptr, nullptr, reason};
}

const char* LoweringTable::refusal(ir::OpCode code) const {
  return entries_[static_cast<size_t>(code)].refusal;
}

const Lowering* LoweringTable::find(ir::OpCode code) const {
  const Lowering& entry = entries_[static_cast<size_t>(code)];
  return entry.lower ? &entry : nullptr;
}

const LoweringTable& lowering_table() {
  static const LoweringTable table = [] {
    LoweringTable t;
    ops::register_elementwise_ops(t);
    ops::register_fused_multiply_add_ops(t);
    ops::register_comparison_ops(t);
    ops::register_conversion_ops(t);
    ops::register_shape_ops(t);
    ops::register_slicing_ops(t);
    ops::register_reduction_ops(t);
    ops::register_dot_ops(t);
    ops::register_structural_ops(t);
    ops::register_map_ops(t);
    ops::register_gather_ops(t);
    ops::register_scatter_ops(t);
    ops::register_linalg_ops(t);
    ops::register_custom_call_ops(t);
    ops::register_collective_ops(t);
    ops::register_dynamic_shape_ops(t);
    ops::register_batch_norm_ops(t);
    ops::register_sort_ops(t);
    ops::register_fft_ops(t);
    ops::register_rng_ops(t);
    ops::register_reduce_precision_ops(t);
    ops::register_reduce_window_ops(t);
    ops::register_select_and_scatter_ops(t);
    ops::register_convolution_ops(t);
    ops::register_refusals(t);  // last: what the table says for a refused op
    return t;
  }();
  return table;
}

}  // namespace metallib::runtime
