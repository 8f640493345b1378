// OpCode: one enumerator per line of ops.def, with its mnemonic and arity.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace metallib::ir {

// An operand or result count that varies from op to op.
inline constexpr int kVariadic = -1;

enum class OpCode : uint16_t {
#define METALLIB_OP(name, mnemonic, operands, results, regions) k##name,
#include "ir/ops.def"
#undef METALLIB_OP
};

inline constexpr int kNumOpCodes = 0
#define METALLIB_OP(name, mnemonic, operands, results, regions) +1
#include "ir/ops.def"
#undef METALLIB_OP
    ;

struct OpInfo {
  std::string_view mnemonic;  // "stablehlo.add"
  int operands;               // fixed count or kVariadic
  int results;
  int regions;  // fixed count or kVariadic (stablehlo.case)
};

const OpInfo& op_info(OpCode code);
inline std::string_view mnemonic(OpCode code) {
  return op_info(code).mnemonic;
}
// The op with this mnemonic ("stablehlo.add"), if the IR knows it.
std::optional<OpCode> op_from_mnemonic(std::string_view mnemonic);

}  // namespace metallib::ir
