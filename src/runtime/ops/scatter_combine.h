// How stablehlo.scatter combines an operand element with an update, and the
// MLX scatter that does it for a whole flat array at once.
// Internal to runtime/: includes MLX.
#pragma once

#include <optional>
#include <vector>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// What the scatter body computes for one operand from its own element
// (argument i) and update (argument count + i).
enum class Combine { kKeep, kReplace, kAdd, kMultiply, kMax, kMin, kAnd, kOr };

// One Combine per operand when every result of the body is such a plain
// function of its own pair of arguments; nullopt for any other body, which
// must then be applied update window by update window.
std::optional<std::vector<Combine>> classify_scatter_body(const ir::Region& body, size_t count);

// Whether `combine` on elements of `dtype` has an exact MLX scatter.
bool has_mlx_scatter(Combine combine, mx::Dtype dtype);

// `flat` (1-D) with `updates` (1-D, same length as `targets`) combined in at
// `targets` in order, as XLA's sequential loop does: duplicates accumulate
// exactly (integers wrap, max/min follow XLA's NaN and signed-zero rules)
// and, for kReplace, the last update of a position wins (`priority` is the
// update window's index: later windows win).
mx::array scatter_flat(Combine combine, const mx::array& flat, const mx::array& targets,
                       const mx::array& updates, const mx::array& priority, bool unique);

}  // namespace metallib::runtime::ops
