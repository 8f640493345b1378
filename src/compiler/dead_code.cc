// Dead-code elimination: ops whose results nobody reads, left behind by
// inlining, by JAX's own lowering (unused residuals of a grad) or by other
// passes, are removed so the plan neither builds nor evaluates them.
#include "compiler/pass.h"
#include "ir/rewrite.h"
#include "ir/walk.h"

namespace metallib::compiler {
namespace {

bool is_dead(const ir::Op& op, const ir::UseCounts& uses) {
  if (ir::has_side_effects(op)) return false;
  for (const auto& result : op.results()) {
    auto it = uses.find(result);
    if (it != uses.end() && it->second > 0) return false;
  }
  return true;
}

void release_uses(const ir::Op& op, ir::UseCounts& uses) {
  ir::for_each_op(op, [&](const ir::Op& each) {
    for (const ir::Value* operand : each.operands()) --uses[operand];
  });
}

// Walks blocks backwards, so that removing an op frees its operands'
// producers within the same walk; nested regions are cleaned first.
void sweep(ir::Region& region, ir::UseCounts& uses) {
  for (const auto& block : region.blocks()) {
    std::vector<ir::Op*> ops = block->take_ops();
    std::vector<ir::Op*> kept;
    for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
      if (is_dead(**it, uses)) {
        release_uses(**it, uses);
        continue;
      }
      for (const auto& nested : (*it)->regions()) sweep(*nested, uses);
      kept.push_back(*it);
    }
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) block->append_op(*it);
  }
}

}  // namespace

Status eliminate_dead_code(ir::Module& module) {
  for (const auto& function : module.functions) {
    ir::UseCounts uses;
    ir::count_uses(function->body, uses);
    sweep(function->body, uses);
  }
  return ok_status();
}

}  // namespace metallib::compiler
