// What the runtime can do with each op the IR knows, and a process-wide
// tally of what it was actually asked to do: the plan builder counts every
// op it accepts or refuses, by op and element type. The tally is how the
// test suite proves its coverage (docs/op-coverage.md): an op counts as
// tested only if some test really compiled it, not because it has a lowering.
#pragma once

#include <string>
#include <string_view>

#include "ir/module.h"

namespace metallib::runtime {

enum class OpSupport {
  kLowered,     // a lowering in the table
  kStructural,  // planned by the plan builder or removed by the compiler
  kRefused,     // an explicit, documented refusal
  kMissing,     // nothing yet: the generic "not supported yet" error
};

OpSupport op_support(ir::OpCode code);
std::string_view op_support_name(OpSupport support);

// Counts `op` (by mnemonic and the element type of its first result, or of
// its first operand when it has no tensor result) as accepted or refused.
void census_record(const ir::Op& op, bool accepted);

// The tally so far, one line per (op, element type):
// "stablehlo.add\tf32\t<accepted>\t<refused>", sorted.
std::string census_text();

// Every op of ops.def with its support: "stablehlo.add\tlowered\t", or
// "stablehlo.infeed\trefused\t<reason>".
std::string op_support_text();

}  // namespace metallib::runtime
