// Reading a sort comparator: JAX's comparators (jnp.sort, argsort, lexsort,
// lax.sort with num_keys, top_k) are a lexicographic less-than or
// greater-than over some operands, each key possibly transformed first
// (jnp.sort maps -0.0 to +0.0 and every NaN to one NaN before comparing in
// total order; complex keys compare real then imaginary part). Recognising
// that shape structurally lets the sort run as MLX argsorts instead of
// applying the region pairwise.
// Internal to runtime/: includes MLX.
#pragma once

#include <optional>
#include <vector>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// One key of a lexicographic comparator: compare(f(lhs_i), f(rhs_i)) where
// lhs_i and rhs_i are the block arguments of operand `operand` and f is the
// same elementwise expression on both sides (`expression` is its value on
// the lhs side; it may be the argument itself).
struct SortKey {
  const ir::Value* expression = nullptr;
  int operand = 0;
  bool descending = false;  // GT rather than LT
  ir::ComparisonType type = ir::ComparisonType::kNoType;
};

// The keys, most significant first, when `comparator` (a sort's region) is
// such a lexicographic comparison; nullopt for any other comparator.
std::optional<std::vector<SortKey>> lexicographic_keys(const ir::Region& comparator);

// The key's expression evaluated on the whole operand array (elementwise,
// with the lowering table, like region_eval).
mx::array evaluate_key(const SortKey& key, const mx::array& operand);

}  // namespace metallib::runtime::ops
