// Lowering: how each IR op becomes MLX operations. Every op family has a file
// under ops/ that registers one small function per op in the lowering table.
// A lowering runs while a plan segment is traced (possibly inside
// mx::compile), so it only builds MLX graph nodes: it never evaluates, never
// reads array data, and reports a problem by throwing LoweringError.
// Internal to runtime/: includes MLX.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/status.h"
#include "ir/module.h"
#include "mlx/mlx.h"

namespace metallib::runtime {

namespace mx = mlx::core;
using Arrays = std::vector<mx::array>;

// A problem found while lowering one op; the plan adds the op's name and
// location before it reaches the user.
class LoweringError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Builds the results of `op` from its operands' arrays.
using LowerFn = Arrays (*)(const ir::Op& op, const Arrays& operands);
// Decides at compile time whether `op` can be lowered (dtypes, attributes,
// region shapes), so that an unsupported program fails in jax.jit, not at
// run time. Null: every instance is supported.
using CheckFn = Status (*)(const ir::Op& op);

struct Lowering {
  LowerFn lower = nullptr;
  CheckFn check = nullptr;
  // Set instead of `lower` for an op the plugin deliberately does not run:
  // why, for the error message and docs/op-coverage.md.
  const char* refusal = nullptr;
};

class LoweringTable {
 public:
  void add(ir::OpCode code, LowerFn lower, CheckFn check = nullptr);
  // Marks `code` as deliberately unsupported; `reason` is a static string.
  void refuse(ir::OpCode code, const char* reason);
  // Null when the op has no lowering.
  const Lowering* find(ir::OpCode code) const;
  // The reason given to refuse(), or null.
  const char* refusal(ir::OpCode code) const;

 private:
  std::array<Lowering, ir::kNumOpCodes> entries_{};
};

// Every op the runtime can lower, registered by the families below.
const LoweringTable& lowering_table();

// One registration function per ops/<family>.cc.
namespace ops {
void register_elementwise_ops(LoweringTable& table);
void register_fused_multiply_add_ops(LoweringTable& table);
void register_comparison_ops(LoweringTable& table);
void register_conversion_ops(LoweringTable& table);
void register_shape_ops(LoweringTable& table);
void register_slicing_ops(LoweringTable& table);
void register_reduction_ops(LoweringTable& table);
void register_dot_ops(LoweringTable& table);
void register_structural_ops(LoweringTable& table);
void register_map_ops(LoweringTable& table);
void register_refusals(LoweringTable& table);
void register_gather_ops(LoweringTable& table);
void register_scatter_ops(LoweringTable& table);
void register_linalg_ops(LoweringTable& table);
void register_custom_call_ops(LoweringTable& table);
void register_collective_ops(LoweringTable& table);
void register_dynamic_shape_ops(LoweringTable& table);
void register_batch_norm_ops(LoweringTable& table);
void register_sort_ops(LoweringTable& table);
void register_fft_ops(LoweringTable& table);
void register_rng_ops(LoweringTable& table);
void register_reduce_precision_ops(LoweringTable& table);
void register_reduce_window_ops(LoweringTable& table);
void register_select_and_scatter_ops(LoweringTable& table);
void register_convolution_ops(LoweringTable& table);
}  // namespace ops

}  // namespace metallib::runtime
