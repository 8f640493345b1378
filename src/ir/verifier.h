// Structural checks of a module: op arities from ops.def, operands defined
// before use and visible from where they are used, every region ending in a
// terminator, function returns matching their signature. Errors name the
// op, its location and its function.
#pragma once

#include "base/status.h"
#include "ir/module.h"

namespace metallib::ir {

Status verify(const Module& module);

}  // namespace metallib::ir
