#include "ir/opcode.h"

#include <algorithm>
#include <array>

namespace metallib::ir {
namespace {

constexpr std::array<OpInfo, kNumOpCodes> kOpInfos = {{
#define METALLIB_OP(name, mnemonic, operands, results, regions) \
  {mnemonic, operands, results, regions},
#include "ir/ops.def"
#undef METALLIB_OP
}};

}  // namespace

const OpInfo& op_info(OpCode code) {
  return kOpInfos[static_cast<size_t>(code)];
}

std::optional<OpCode> op_from_mnemonic(std::string_view mnemonic) {
  for (size_t i = 0; i < kOpInfos.size(); ++i) {
    if (kOpInfos[i].mnemonic == mnemonic) return static_cast<OpCode>(i);
  }
  return std::nullopt;
}

}  // namespace metallib::ir
