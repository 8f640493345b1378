// The VHLO op forms this reader accepts, from vhlo_ops.inc, and the
// conversion of a VHLO op's attributes into the canonical StableHLO
// attributes of our IR (dimension numbers assembled, integer tensors turned
// into i64 arrays, default-valued extras dropped).
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "ir/attribute.h"
#include "ir/opcode.h"
#include "stablehlo/version.h"

namespace metallib::stablehlo {

struct VhloOpInfo {
  std::string_view name;  // "dot_general_v2", without the "vhlo." prefix
  ir::OpCode code;
  Version min_version, max_version;
  // Attribute names in the order the op's properties store them.
  std::vector<std::string_view> attributes;
  // Whether canonical_attributes() leaves this form's inherent attributes
  // as they are (no i64 arrays, dimension numbers, ... to rewrite) and
  // `attributes` is sorted, so the reader may skip it.
  bool plain_attributes = false;
  // By attribute: whether StableHLO holds it as a list of integers (an i64
  // array, or a list that canonical_attributes() assembles into dimension
  // numbers) where VHLO writes an integer tensor, so that the reader may
  // decode it as such a list straight away. Integer lists are accepted
  // wherever the tensor is.
  std::vector<bool> integer_lists;
};

// The op form named `name` ("vhlo.add_v1" or "add_v1"), or null if unknown.
const VhloOpInfo* find_vhlo_op(std::string_view name);
const std::vector<VhloOpInfo>& all_vhlo_ops();

// Turns the attributes of a VHLO op, already decoded into IR values and
// named as VHLO names them, into those of the StableHLO op `code`.
StatusOr<std::vector<ir::NamedAttribute>> canonical_attributes(
    ir::OpCode code, std::vector<ir::NamedAttribute> vhlo_attributes);
// The same in place, for a reader that fills one list op after op; on an
// error `attributes` is left part-way.
Status canonicalize_attributes(ir::OpCode code, std::vector<ir::NamedAttribute>& attributes);

}  // namespace metallib::stablehlo
