// Element type conversions: convert and bitcast_convert.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Arrays lower_convert(const ir::Op& op, const Arrays& x) {
  return {mx::astype(x[0], result_dtype(op))};
}

}  // namespace

void register_conversion_ops(LoweringTable& table) {
  table.add(ir::OpCode::kConvert, lower_convert);
}

}  // namespace metallib::runtime::ops
