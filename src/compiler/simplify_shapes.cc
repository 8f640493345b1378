// Simplification of shape-op chains: reshape(reshape(x)) is one reshape,
// transpose(transpose(x)) one transpose, broadcast_in_dim of a
// broadcast_in_dim one broadcast_in_dim, and reshapes, transposes,
// broadcasts and converts that change nothing are removed. A
// get_tuple_element of a stablehlo.tuple becomes the element itself, so
// tuples built and taken apart inside a program never reach the runtime,
// which has no tuple values.
#include <numeric>

#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

const std::vector<int64_t>* i64s(const ir::Op& op, std::string_view name) {
  const ir::Attribute* attribute = op.attribute(name);
  const auto* array = attribute ? attribute->get<ir::DenseI64ArrayAttr>() : nullptr;
  return array ? &array->values : nullptr;
}

bool is_identity_permutation(const std::vector<int64_t>& permutation) {
  for (size_t i = 0; i < permutation.size(); ++i) {
    if (permutation[i] != static_cast<int64_t>(i)) return false;
  }
  return true;
}

// Ops whose only effect is to hand their operand on unchanged.
bool is_no_op(const ir::Op& op) {
  if (op.operands().size() != 1 || op.results().size() != 1) return false;
  const bool same_type = op.operand(0)->type() == op.result(0).type();
  switch (op.code()) {
    case ir::OpCode::kReshape:
    case ir::OpCode::kConvert: return same_type;
    case ir::OpCode::kTranspose: {
      const auto* permutation = i64s(op, "permutation");
      return same_type && permutation && is_identity_permutation(*permutation);
    }
    case ir::OpCode::kBroadcastInDim: {
      const auto* dims = i64s(op, "broadcast_dimensions");
      return same_type && dims && is_identity_permutation(*dims);
    }
    default: return false;
  }
}

// Rewrites `op` in place to skip a producer of the same kind, when the
// composition is one op of that kind.
void fold_into_producer(ir::Op& op) {
  if (op.operands().size() != 1) return;
  const ir::Op* producer = op.operand(0)->defining_op();
  if (producer == nullptr || producer->code() != op.code()) return;
  switch (op.code()) {
    case ir::OpCode::kReshape:
      // Only the final shape matters.
      op.mutable_operands()[0] = producer->operand(0);
      return;
    case ir::OpCode::kTranspose: {
      const auto* outer = i64s(op, "permutation");
      const auto* inner = i64s(*producer, "permutation");
      if (!outer || !inner || outer->size() != inner->size()) return;
      // result[i] = mid[outer[i]] = x[inner[outer[i]]]
      std::vector<int64_t> composed(outer->size());
      for (size_t i = 0; i < composed.size(); ++i) composed[i] = (*inner)[(*outer)[i]];
      op.set_attribute("permutation", ir::Attribute{ir::DenseI64ArrayAttr{composed}});
      op.mutable_operands()[0] = producer->operand(0);
      return;
    }
    case ir::OpCode::kBroadcastInDim: {
      const auto* outer = i64s(op, "broadcast_dimensions");
      const auto* inner = i64s(*producer, "broadcast_dimensions");
      if (!outer || !inner) return;
      // x's axis j went to mid axis inner[j], which went to outer[inner[j]].
      std::vector<int64_t> composed(inner->size());
      for (size_t j = 0; j < composed.size(); ++j) composed[j] = (*outer)[(*inner)[j]];
      op.set_attribute("broadcast_dimensions", ir::Attribute{ir::DenseI64ArrayAttr{composed}});
      op.mutable_operands()[0] = producer->operand(0);
      return;
    }
    default: return;
  }
}

// The element a get_tuple_element reads from a stablehlo.tuple, or null.
ir::Value* forwarded_tuple_element(const ir::Op& op) {
  if (op.code() != ir::OpCode::kGetTupleElement || op.operands().size() != 1) return nullptr;
  const ir::Op* tuple = op.operand(0)->defining_op();
  const ir::Attribute* index = op.attribute("index");
  const auto* value = index ? index->get<ir::IntegerAttr>() : nullptr;
  if (tuple == nullptr || tuple->code() != ir::OpCode::kTuple || value == nullptr ||
      value->value < 0 || static_cast<size_t>(value->value) >= tuple->operands().size()) {
    return nullptr;
  }
  return tuple->operand(static_cast<size_t>(value->value));
}

// A dropped op stays in the module's arena, so the addresses `replaced` is
// keyed by are never reused by new values.
void simplify(ir::Region& region, ir::ValueMap& replaced) {
  for (const auto& block : region.blocks()) {
    for (ir::Op* op : block->take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& nested : op->regions()) simplify(*nested, replaced);
      fold_into_producer(*op);
      if (ir::Value* element = forwarded_tuple_element(*op)) {
        replaced[&op->result(0)] = element;
        continue;
      }
      if (is_no_op(*op)) {
        replaced[&op->result(0)] = op->operand(0);
        continue;
      }
      block->append_op(op);
    }
  }
}

}  // namespace

Status simplify_shape_chains(ir::Module& module) {
  for (const auto& function : module.functions) {
    ir::ValueMap replaced;
    simplify(function->body, replaced);
  }
  return ok_status();
}

}  // namespace metallib::compiler
