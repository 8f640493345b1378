// Sinks constants into the bodies of ops such as reduce, sort and scatter.
// JAX hoists literals out of those bodies, so a body may read a constant
// defined outside it; the runtime applies a body to whole arrays on its own
// (see runtime/ops/region_eval.h), so it needs every value it reads inside.
// Control flow (while, case, if) runs its regions as sub-plans and reads
// outer values directly, so it is left alone.
#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

bool is_control_flow(ir::OpCode code) {
  return code == ir::OpCode::kWhile || code == ir::OpCode::kCase || code == ir::OpCode::kIf;
}

bool defined_in(const ir::Value* value, const ir::Region& region) {
  for (const ir::Block* block = value->defining_op() ? value->defining_op()->parent()
                                                     : value->owner_block();
       block != nullptr;) {
    const ir::Region* parent = block->parent();
    if (parent == &region) return true;
    if (parent == nullptr || parent->parent() == nullptr) return false;
    block = parent->parent()->parent();
  }
  return false;
}

// Copies into the front of each body block every outer constant its ops read.
void sink_into(ir::Region& region) {
  for (const auto& block : region.blocks()) {
    ir::ValueMap copies;
    std::vector<ir::Op*> ops = block->take_ops();
    for (const auto& op : ops) {
      for (const ir::Value* operand : op->operands()) {
        const ir::Op* producer = operand->defining_op();
        if (producer == nullptr || producer->code() != ir::OpCode::kConstant) continue;
        if (defined_in(operand, region) || copies.count(operand)) continue;
        ir::ValueMap map;
        ir::clone_op_into(*producer, *block, map);
        copies[operand] = map.at(operand);
      }
    }
    for (auto& op : ops) {
      ir::remap_operands(*op, copies);
      block->append_op(op);
    }
  }
}

void visit(ir::Region& region) {
  for (const auto& block : region.blocks()) {
    for (const auto& op : block->ops()) {
      for (const auto& nested : op->regions()) {
        if (!is_control_flow(op->code())) sink_into(*nested);
        visit(*nested);
      }
    }
  }
}

}  // namespace

Status sink_constants_into_bodies(ir::Module& module) {
  for (const auto& function : module.functions) visit(function->body);
  return ok_status();
}

}  // namespace metallib::compiler
