// Applying a small region (a reduction body, a comparator) elementwise to
// whole arrays: each block argument is bound to an array and each op of the
// block is lowered on arrays instead of scalars. This is how reductions with
// bodies other than one plain op (argmax, argmin, any user body) run.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// Whether every op of `region` is one whose lowering works on arrays of any
// shape in place of its scalar IR types (elementwise math, compare, select,
// constants, conversions); fails naming the first op that is not.
Status check_elementwise_region(const ir::Region& region, const ir::Op& owner);

// The op of a body that is exactly `return op(arg0, arg1)` (in either
// argument order), as reductions and windows with a plain add/max/... body
// have; null otherwise. The caller decides which ops it can map to MLX.
const ir::Op* binary_body_op(const ir::Region& region);

// Runs `region` on `arguments` (one per block argument, all broadcastable
// to one shape) and returns the arrays its terminator returns.
Arrays apply_region(const ir::Region& region, const Arrays& arguments);

}  // namespace metallib::runtime::ops
