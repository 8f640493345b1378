// Compares a module read into our IR with MLIR's generic text of the same
// module, op for op: names, operand and result types, attribute values
// (MLIR's defaults that it leaves out are known, see module_compare.cc), and
// each function's name, visibility, types and argument/result attributes.
// Locations are not compared. Test-only.
#pragma once

#include <string>
#include <vector>

#include "ir/module.h"

namespace metallib::stablehlo::testing {

// One line per difference; empty when the module matches.
std::vector<std::string> compare_with_mlir(const ir::Module& module,
                                           const std::string& mlir_generic_text);

}  // namespace metallib::stablehlo::testing
