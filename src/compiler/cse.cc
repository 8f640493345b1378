// Common-subexpression elimination: an op identical to an earlier visible one
// (same opcode, operands, attributes and result types, no regions, no side
// effects) is replaced by it. Regions of control flow see the values of
// enclosing blocks; bodies of other ops (reduce, sort, ...) are applied on
// their own by the runtime, so they start from an empty scope.
#include <algorithm>
#include <functional>
#include <unordered_map>

#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

bool is_control_flow(ir::OpCode code) {
  return code == ir::OpCode::kWhile || code == ir::OpCode::kCase || code == ir::OpCode::kIf;
}

// Pure by the IR's rule, yet two copies are not one: every rng op draws
// new numbers, a barrier or collective is there to run where written, and
// a composite's meaning lies in its decomposition function.
bool must_stay_separate(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kRng:
    case ir::OpCode::kOptimizationBarrier:
    case ir::OpCode::kComposite:
    case ir::OpCode::kAllGather:
    case ir::OpCode::kAllToAll:
    case ir::OpCode::kCollectiveBroadcast:
    case ir::OpCode::kCollectivePermute:
    case ir::OpCode::kCrossReplicaSum:
    case ir::OpCode::kPartitionId:
    case ir::OpCode::kReplicaId: return true;
    default: return false;
  }
}

bool can_merge(const ir::Op& op) {
  return op.regions().empty() && !ir::has_side_effects(op) && !op.results().empty() &&
         !must_stay_separate(op.code());
}

size_t hash_of(const ir::Op& op) {
  size_t h = std::hash<int>()(static_cast<int>(op.code()));
  for (const ir::Value* operand : op.operands()) {
    h = h * 31 + std::hash<const void*>()(operand);
  }
  return h * 31 + op.results().size();
}

bool same(const ir::Op& a, const ir::Op& b) {
  if (a.code() != b.code() || !std::ranges::equal(a.operands(), b.operands()) ||
      a.results().size() != b.results().size() ||
      !std::ranges::equal(a.attributes(), b.attributes())) {
    return false;
  }
  for (size_t i = 0; i < a.results().size(); ++i) {
    if (!(a.result(i).type() == b.result(i).type())) return false;
  }
  return true;
}

// Ops seen so far, by hash; a scope inherits its parent's entries.
class Scope {
 public:
  explicit Scope(const Scope* parent) : parent_(parent) {}

  const ir::Op* find(const ir::Op& op, size_t hash) const {
    auto [begin, end] = seen_.equal_range(hash);
    for (auto it = begin; it != end; ++it) {
      if (same(*it->second, op)) return it->second;
    }
    return parent_ ? parent_->find(op, hash) : nullptr;
  }
  void add(const ir::Op& op, size_t hash) { seen_.emplace(hash, &op); }

 private:
  const Scope* parent_;
  std::unordered_multimap<size_t, const ir::Op*> seen_;
};

// A dropped op stays in the module's arena, so the addresses `replaced` is
// keyed by are never reused by new values.
void eliminate(ir::Region& region, const Scope* enclosing, ir::ValueMap& replaced) {
  for (const auto& block : region.blocks()) {
    Scope scope(enclosing);
    for (ir::Op* op : block->take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& nested : op->regions()) {
        eliminate(*nested, is_control_flow(op->code()) ? &scope : nullptr, replaced);
      }
      if (can_merge(*op)) {
        const size_t hash = hash_of(*op);
        if (const ir::Op* earlier = scope.find(*op, hash)) {
          for (size_t i = 0; i < op->results().size(); ++i) {
            replaced[&op->result(i)] = &earlier->result(i);
          }
          continue;
        }
        scope.add(block->append_op(op), hash);
        continue;
      }
      block->append_op(op);
    }
  }
}

}  // namespace

Status eliminate_common_subexpressions(ir::Module& module) {
  for (const auto& function : module.functions) {
    ir::ValueMap replaced;
    eliminate(function->body, nullptr, replaced);
  }
  return ok_status();
}

}  // namespace metallib::compiler
