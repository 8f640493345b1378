// The compiler's passes over ir::Module. Each pass lives in its own file,
// changes the module in place and keeps it valid (the verifier accepts it
// afterwards); pipeline.cc lists them in order.
#pragma once

#include <string_view>

#include "base/status.h"
#include "ir/module.h"

namespace metallib::compiler {

struct Pass {
  std::string_view name;  // "inline-calls": names dump files and messages
  Status (*run)(ir::Module& module);
};

// Replaces every func.call and stablehlo.composite by the body of the
// function it names, expands custom_call @mhlo.topk and @ApproxTopK (see
// expand_top_k), and drops the functions no longer called, leaving the
// entry function alone. Fails on recursion.
Status inline_calls(ir::Module& module);

// Replaces custom_call @mhlo.topk (how jax 0.9 sends lax.top_k) by an iota,
// a stable sort and slices, the decomposition of newer JAX's composite, and
// custom_call @ApproxTopK (lax.approx_max_k/approx_min_k) by a stable sort
// with its called comparator and slices, as XLA computes it off TPU.
// Part of the inline-calls pass (it runs before unreachable functions are
// dropped, since @ApproxTopK's comparator is one), since both expand an op
// into the ops it stands for.
Status expand_top_k(ir::Module& module);

// Copies the constants that bodies of non-control-flow ops (reduce, sort,
// scatter, ...) read from outside into those bodies.
Status sink_constants_into_bodies(ir::Module& module);

// Turns reshape/transpose/broadcast_in_dim chains into single ops and
// removes shape ops and converts that change nothing.
Status simplify_shape_chains(ir::Module& module);

// Rewrites each reduce on a narrow float type (float8, float4) into the
// reduce_windows and reshape that fold its elements in the order of XLA's
// CPU backend, which every step's rounding makes visible.
Status order_narrow_reductions(ir::Module& module);

// Makes every op that computes on a narrow type (float8, float4, int2/int4)
// compute in a wider type between converts, as XLA's CPU backend does; ops
// that only move data keep the narrow type (see narrow_types.h).
Status widen_narrow_types(ir::Module& module);

// Replaces ops on constants by their value where it is exact (see the file).
Status fold_constants(ir::Module& module);

// Merges identical ops (see cse.cc for the scoping rule).
Status eliminate_common_subexpressions(ir::Module& module);

// Removes ops whose results are never used and that have no side effects.
Status eliminate_dead_code(ir::Module& module);

// The name of the function jaxlib asks us to run.
inline constexpr std::string_view kEntryFunction = "main";

}  // namespace metallib::compiler
