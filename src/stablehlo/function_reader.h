// A VHLO function (vhlo.func_v1) made into an ir::Function from its
// properties: its name, visibility, result types and per-argument and
// per-result attribute dictionaries.
#pragma once

#include "base/status.h"
#include "ir/module.h"
#include "stablehlo/bytecode/container.h"
#include "stablehlo/vhlo/container_resolver.h"

namespace metallib::stablehlo {

// Adds to `module` the function that `raw`, a func_v1 op of `container`,
// defines, with an empty body region; `resolver` decodes the entries its
// properties name. Its strings, function type and lists of dictionaries are
// read from their entries (ContainerResolver::plain_string,
// type_of_type_attribute, array_elements) rather than made into attributes
// first: every function has them, and small programs spent about a seventh
// of their reading time on them that way. Entries of any other shape take
// the general path, which says what is wrong with them.
StatusOr<ir::Function*> read_function(const bytecode::Container& container,
                                      const bytecode::RawOp& raw,
                                      vhlo::ContainerResolver& resolver, ir::Module& module);

}  // namespace metallib::stablehlo
