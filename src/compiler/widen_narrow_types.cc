// Computes with narrow element types (float8, float4, int2/int4) as XLA's
// CPU backend does: every op that computes on one runs in the wider type of
// compiler::computation_type, its narrow operands converted up, and each
// narrow result converted back, so each op rounds (or wraps) to the narrow
// type exactly once, as XLA's FloatNormalization makes its ops do. Bodies
// of widened ops (reduce, sort, scatter, ...) get wide arguments and return
// wide values, and their ops round the same way, so an accumulator is
// rounded after every step. Ops that only move data keep the narrow type
// (see moves_narrow_data). Converts of a value already converted up in the
// same scope are reused, so chains of computing ops convert only where
// their values really are narrow.
#include <optional>
#include <unordered_map>

#include "compiler/narrow_types.h"
#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

bool is_narrow_tensor(const ir::Type& type) {
  return type.is_tensor() && is_narrow(type.element_type());
}

ir::Type widened(const ir::Type& type) {
  if (!is_narrow_tensor(type)) return type;
  return ir::Type::bounded_tensor(computation_type(type.element_type()), type.dims(),
                                  type.bounds());
}

bool touches_narrow(const ir::Op& op) {
  for (const ir::Value* operand : op.operands()) {
    if (is_narrow_tensor(operand->type())) return true;
  }
  for (const auto& result : op.results()) {
    if (is_narrow_tensor(result->type())) return true;
  }
  for (const auto& region : op.regions()) {
    for (const auto& block : region->blocks()) {
      for (const auto& argument : block->arguments()) {
        if (is_narrow_tensor(argument->type())) return true;
      }
    }
  }
  return false;
}

// Ops whose types are the outside world's (custom calls, host transfers,
// collectives): they keep their narrow types, and the runtime accepts or
// refuses them as they are. fma too: it rounds once, and computing it wider
// and rounding back would round twice (XLA's CPU backend refuses it).
bool keeps_its_types(ir::OpCode code) {
  using ir::OpCode;
  switch (code) {
    case OpCode::kCustomCall:
    case OpCode::kInfeed:
    case OpCode::kOutfeed:
    case OpCode::kSend:
    case OpCode::kRecv:
    case OpCode::kAsyncStart:
    case OpCode::kAsyncDone:
    case OpCode::kAllGather:
    case OpCode::kAllReduce:
    case OpCode::kAllToAll:
    case OpCode::kCollectiveBroadcast:
    case OpCode::kCollectivePermute:
    case OpCode::kCollectiveReduce:
    case OpCode::kCrossReplicaSum:
    case OpCode::kReduceScatter:
    case OpCode::kFuncCall:
    case OpCode::kComposite:
    case OpCode::kFma: return true;
    default: return false;
  }
}

bool is_control_flow(ir::OpCode code) {
  return code == ir::OpCode::kWhile || code == ir::OpCode::kIf || code == ir::OpCode::kCase;
}

// XLA shifts s2/s4 and u2/u4 right on their own bits: a logical shift of
// s4 -3 (0b1101) by one gives 0b0110, where the int8 form would shift in
// ones, and an arithmetic shift of u4 8 (0b1000) gives 0b1100, where the
// uint8 form would shift in zeros. Such shifts compute on the twin of the
// other signedness; nullopt for every other op.
std::optional<ir::ElementType> shift_twin(const ir::Op& op) {
  using ir::ElementType;
  if (op.results().size() != 1 || !op.result().type().is_tensor()) return std::nullopt;
  const ElementType type = op.result().type().element_type();
  if (op.code() == ir::OpCode::kShiftRightLogical) {
    if (type == ElementType::kS2) return ElementType::kU2;
    if (type == ElementType::kS4) return ElementType::kU4;
  }
  if (op.code() == ir::OpCode::kShiftRightArithmetic) {
    if (type == ElementType::kU2) return ElementType::kS2;
    if (type == ElementType::kU4) return ElementType::kS4;
  }
  return std::nullopt;
}

// A narrow value -> the same value in its computation type, for one scope:
// a nested block starts from a copy of its parent's map, so converts made
// inside it are never used outside.
using WideValues = std::unordered_map<const ir::Value*, ir::Value*>;

class Widener {
 public:
  // Rebuilds `ops` into `dst`. In the body of a widened op (wide_returns)
  // the terminator returns computation-type values.
  void rebuild(std::vector<ir::Op*> ops, ir::Block& dst, WideValues wide, bool wide_returns) {
    for (ir::Op* op : ops) {
      ir::remap_operands(*op, replaced_);
      if (wide_returns && op->code() == ir::OpCode::kReturn) {
        for (ir::Value*& operand : op->mutable_operands()) {
          if (is_narrow_tensor(operand->type())) {
            operand = to_wide(dst, wide, operand, op->shared_location());
          }
        }
        dst.append_op(op);
      } else if (!touches_narrow(*op) || moves_narrow_data(op->code()) ||
                 keeps_its_types(op->code())) {
        widen_indices(*op, dst, wide);
        // Control-flow bodies may use the converts made outside them; other
        // bodies are applied on their own and start from nothing.
        const bool sees_outside = is_control_flow(op->code());
        for (const auto& region : op->regions()) {
          for (const auto& block : region->blocks()) {
            rebuild(block->take_ops(), *block, sees_outside ? wide : WideValues{}, false);
          }
        }
        dst.append_op(op);
      } else if (auto twin = shift_twin(*op)) {
        widen_shift_as(op, dst, *twin);
      } else {
        widen(op, dst, wide);
      }
    }
  }

 private:
  // Start indices of a data-moving op are read as numbers: 2/4-bit ones are
  // converted up (the data operands keep their bytes).
  void widen_indices(ir::Op& op, ir::Block& dst, WideValues& wide) {
    size_t first = 0;
    if (op.code() == ir::OpCode::kGather || op.code() == ir::OpCode::kDynamicSlice) first = 1;
    if (op.code() == ir::OpCode::kDynamicUpdateSlice) first = 2;
    if (first == 0) return;
    std::span<ir::Value*> operands = op.mutable_operands();
    for (size_t i = first; i < operands.size(); ++i) {
      if (is_narrow_tensor(operands[i]->type())) {
        operands[i] = to_wide(dst, wide, operands[i], op.shared_location());
      }
    }
  }

  ir::Value* convert(ir::Block& dst, ir::Value* value, ir::ElementType to,
                     ir::SharedLocation location, ir::OpCode code = ir::OpCode::kConvert) {
    const ir::Type& type = value->type();
    ir::Type target = ir::Type::bounded_tensor(to, type.dims(), type.bounds());
    return &dst.add_op(code, {value}, {target}, location).result();
  }

  ir::Value* to_wide(ir::Block& dst, WideValues& wide, ir::Value* value,
                     ir::SharedLocation location) {
    auto found = wide.find(value);
    if (found != wide.end()) return found->second;
    ir::Value* up =
        convert(dst, value, computation_type(value->type().element_type()), location);
    wide.emplace(value, up);
    return up;
  }

  // The narrow value of a wide one that holds a narrow value exactly (an
  // argument of a widened body), remembered as its wide form.
  ir::Value* to_narrow(ir::Block& dst, WideValues& wide, ir::Value* value, ir::ElementType type,
                       ir::SharedLocation location) {
    ir::Value* down = convert(dst, value, type, location);
    wide.emplace(down, value);
    return down;
  }

  void widen(ir::Op* op, ir::Block& dst, WideValues& wide) {
    // (`wide` gains the converts of the operands; a result is rounded, so
    // its wide form is not the op's wide result.)
    ir::SharedLocation location = op->shared_location();
    std::vector<ir::Value*> operands;
    for (ir::Value* operand : op->operands()) {
      operands.push_back(
          is_narrow_tensor(operand->type()) ? to_wide(dst, wide, operand, location) : operand);
    }
    std::vector<ir::Type> types;
    for (const auto& result : op->results()) types.push_back(widened(result->type()));
    ir::Op& wide_op = dst.add_op(op->code(), std::move(operands), types, location);
    wide_op.share_attributes(*op);
    for (const auto& region : op->regions()) widen_region(*region, wide_op.add_region());
    for (size_t i = 0; i < op->results().size(); ++i) {
      const ir::Type& type = op->result(i).type();
      ir::Value* value = &wide_op.result(i);
      // Rounded to the narrow type; its wide form is made again where used.
      if (is_narrow_tensor(type)) value = convert(dst, value, type.element_type(), location);
      replaced_[&op->result(i)] = value;
    }
  }

  // A body of a widened op: its arguments become wide; their narrow uses
  // (ops that move data) read them converted back, which is exact.
  // The body is applied on its own, so it starts a scope of its own.
  void widen_region(ir::Region& region, ir::Region& into) {
    for (const auto& block : region.blocks()) {
      ir::Block& rebuilt = into.add_block();
      WideValues wide;
      for (const auto& argument : block->arguments()) {
        ir::Value* value = &rebuilt.add_argument(widened(argument->type()));
        if (is_narrow_tensor(argument->type())) {
          value = to_narrow(rebuilt, wide, value, argument->type().element_type(), nullptr);
        }
        replaced_[argument] = value;
      }
      rebuild(block->take_ops(), rebuilt, std::move(wide), true);
    }
  }

  // Right shifts see the narrow type's own bits (see shift_twin): the
  // operands are reinterpreted as `twin` and computed in its wide type.
  void widen_shift_as(ir::Op* op, ir::Block& dst, ir::ElementType twin) {
    ir::SharedLocation location = op->shared_location();
    const ir::Type& type = op->result().type();
    std::vector<ir::Value*> operands;
    for (ir::Value* operand : op->operands()) {
      ir::Value* bits = convert(dst, operand, twin, location, ir::OpCode::kBitcastConvert);
      operands.push_back(convert(dst, bits, computation_type(twin), location));
    }
    const ir::Type wide_type =
        ir::Type::bounded_tensor(computation_type(twin), type.dims(), type.bounds());
    ir::Op& shift = dst.add_op(op->code(), std::move(operands), {wide_type}, location);
    ir::Value* narrow = convert(dst, &shift.result(), twin, location);
    replaced_[&op->result()] =
        convert(dst, narrow, type.element_type(), location, ir::OpCode::kBitcastConvert);
  }

  // Replaced ops stay in the module's arena, so the addresses replaced_ is
  // keyed by are never reused by new values.
  ir::ValueMap replaced_;
};

bool region_has_narrow(const ir::Region& region) {
  for (const auto& block : region.blocks()) {
    for (const auto& op : block->ops()) {
      if (touches_narrow(*op)) return true;
      for (const auto& nested : op->regions()) {
        if (region_has_narrow(*nested)) return true;
      }
    }
  }
  return false;
}

}  // namespace

Status widen_narrow_types(ir::Module& module) {
  for (const auto& function : module.functions) {
    // Most programs have no narrow type: leave them untouched.
    if (!region_has_narrow(function->body)) continue;
    Widener widener;
    for (const auto& block : function->body.blocks()) {
      widener.rebuild(block->take_ops(), *block, {}, false);
    }
  }
  return ok_status();
}

}  // namespace metallib::compiler
