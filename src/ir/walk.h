// Visiting every op under a region, an op or a module, nested regions
// included, for the passes and tools that only need to see each op once.
// Walks that rebuild blocks, stop on an error or weigh regions differently
// (cost analysis, the rewriting passes, the verifier) keep their own loops.
#pragma once

#include <type_traits>

#include "ir/module.h"

namespace metallib::ir {

// Calls fn(op) for every op of `region`, each before the ops of its own
// regions. Blocks hold ops by pointer, so fn may change an op it is given
// (its location, say), but not the blocks being walked.
template <typename Fn>
void for_each_op(const Region& region, Fn&& fn) {
  for (const auto& block : region.blocks()) {
    for (Op* op : block->ops()) {
      fn(*op);
      for (const auto& nested : op->regions()) for_each_op(*nested, fn);
    }
  }
}

// fn(op) for `op` itself and then every op nested in its regions; `op` is
// given to fn as const or not, as the caller holds it.
template <typename AnyOp, typename Fn>
  requires std::is_same_v<std::remove_const_t<AnyOp>, Op>
void for_each_op(AnyOp& op, Fn&& fn) {
  fn(op);
  for (const auto& region : op.regions()) for_each_op(*region, fn);
}

// fn(op) for every op of every function of `module`.
template <typename Fn>
void for_each_op(const Module& module, Fn&& fn) {
  for (const auto& function : module.functions) for_each_op(function->body, fn);
}

}  // namespace metallib::ir
