#include "compiler/narrow_types.h"

namespace metallib::compiler {

bool is_narrow(ir::ElementType type) {
  using ir::ElementType;
  switch (type) {
    case ElementType::kS2:
    case ElementType::kS4:
    case ElementType::kU2:
    case ElementType::kU4:
    case ElementType::kF4E2M1FN:
    case ElementType::kF8E3M4:
    case ElementType::kF8E4M3:
    case ElementType::kF8E4M3FN:
    case ElementType::kF8E4M3B11FNUZ:
    case ElementType::kF8E4M3FNUZ:
    case ElementType::kF8E5M2:
    case ElementType::kF8E5M2FNUZ:
    case ElementType::kF8E8M0FNU: return true;
    default: return false;
  }
}

ir::ElementType computation_type(ir::ElementType type) {
  using ir::ElementType;
  if (!is_narrow(type)) return type;
  switch (type) {
    case ElementType::kS2:
    case ElementType::kS4: return ElementType::kS8;
    case ElementType::kU2:
    case ElementType::kU4: return ElementType::kU8;
    case ElementType::kF8E8M0FNU: return ElementType::kF32;
    default: return ElementType::kF16;
  }
}

bool moves_narrow_data(ir::OpCode code) {
  using ir::OpCode;
  switch (code) {
    case OpCode::kBitcastConvert:
    case OpCode::kBroadcast:
    case OpCode::kBroadcastInDim:
    case OpCode::kCase:
    case OpCode::kConcatenate:
    case OpCode::kConstant:
    case OpCode::kConvert:
    case OpCode::kDynamicSlice:
    case OpCode::kDynamicUpdateSlice:
    case OpCode::kFuncReturn:
    case OpCode::kGather:
    case OpCode::kGetTupleElement:
    case OpCode::kIf:
    case OpCode::kOptimizationBarrier:
    case OpCode::kPad:
    case OpCode::kReshape:
    case OpCode::kReturn:
    case OpCode::kReverse:
    case OpCode::kSelect:
    case OpCode::kSlice:
    case OpCode::kTranspose:
    case OpCode::kTuple:
    case OpCode::kWhile: return true;
    default: return false;
  }
}

}  // namespace metallib::compiler
