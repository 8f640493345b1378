// Elementwise unary and binary arithmetic.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

template <mx::array (*F)(const mx::array&, mx::StreamOrDevice)>
Arrays unary(const ir::Op&, const Arrays& x) {
  return {F(x[0], {})};
}

template <mx::array (*F)(const mx::array&, const mx::array&, mx::StreamOrDevice)>
Arrays binary(const ir::Op&, const Arrays& x) {
  return {F(x[0], x[1], {})};
}

}  // namespace

void register_elementwise_ops(LoweringTable& table) {
  using ir::OpCode;
  table.add(OpCode::kAdd, binary<mx::add>);
  table.add(OpCode::kSubtract, binary<mx::subtract>);
  table.add(OpCode::kMultiply, binary<mx::multiply>);
  table.add(OpCode::kDivide, binary<mx::divide>);
  table.add(OpCode::kMaximum, binary<mx::maximum>);
  table.add(OpCode::kMinimum, binary<mx::minimum>);
  table.add(OpCode::kNegate, unary<mx::negative>);
  table.add(OpCode::kExponential, unary<mx::exp>);
  table.add(OpCode::kLog, unary<mx::log>);
  table.add(OpCode::kTanh, unary<mx::tanh>);
  table.add(OpCode::kSqrt, unary<mx::sqrt>);
  table.add(OpCode::kRsqrt, unary<mx::rsqrt>);
  table.add(OpCode::kAbs, unary<mx::abs>);
  table.add(OpCode::kLogistic, unary<mx::sigmoid>);
}

}  // namespace metallib::runtime::ops
