// infeed, outfeed, send and recv: ops that move data between the program
// and the host or other devices while it runs. The plugin has no queue the
// host could feed or drain and no second device to talk to, so each is
// refused at compile time with the reason, instead of the generic "not
// supported" every op without a lowering gets.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

Status refused(const ir::Op& op, const std::string& why) {
  return unimplemented(describe_op(op) + " is not supported: " + why +
                       "; please report the program that needs it on the jax-metallib "
                       "issue tracker");
}

Status refuse_feed(const ir::Op& op) {
  return refused(op,
                 "jax-metallib has no infeed or outfeed queue between the host and a running "
                 "program");
}

bool is_host_transfer(const ir::Op& op) {
  const ir::Attribute* flag = op.attribute("is_host_transfer");
  if (flag == nullptr) return false;
  const bool* value = flag->get<bool>();
  return value ? *value : flag->get<ir::UnitAttr>() != nullptr;
}

Status refuse_send_recv(const ir::Op& op) {
  if (is_host_transfer(op)) {
    return refused(op, "jax-metallib has no channel for host transfers while a program runs");
  }
  return refused(op,
                 "jax-metallib runs each program on one device (1 replica, 1 partition), so "
                 "there is no other device to send to or receive from");
}

// Never reached: the checks above refuse every instance first.
Arrays lower_refused(const ir::Op& op, const Arrays&) {
  throw LoweringError(describe_op(op) + " is not supported");
}

}  // namespace

void register_host_transfer_ops(LoweringTable& table) {
  table.add(ir::OpCode::kInfeed, lower_refused, refuse_feed);
  table.add(ir::OpCode::kOutfeed, lower_refused, refuse_feed);
  table.add(ir::OpCode::kSend, lower_refused, refuse_send_recv);
  table.add(ir::OpCode::kRecv, lower_refused, refuse_send_recv);
}

}  // namespace metallib::runtime::ops
