#include "pjrt/element_types.h"

#include <string>
#include <utility>

namespace metallib::pjrt {
namespace {

using ir::ElementType;

// One row per type both sides know; the order is PJRT's numbering.
constexpr std::pair<PJRT_Buffer_Type, ElementType> kTypes[] = {
    {PJRT_Buffer_Type_PRED, ElementType::kPred},
    {PJRT_Buffer_Type_S8, ElementType::kS8},
    {PJRT_Buffer_Type_S16, ElementType::kS16},
    {PJRT_Buffer_Type_S32, ElementType::kS32},
    {PJRT_Buffer_Type_S64, ElementType::kS64},
    {PJRT_Buffer_Type_U8, ElementType::kU8},
    {PJRT_Buffer_Type_U16, ElementType::kU16},
    {PJRT_Buffer_Type_U32, ElementType::kU32},
    {PJRT_Buffer_Type_U64, ElementType::kU64},
    {PJRT_Buffer_Type_F16, ElementType::kF16},
    {PJRT_Buffer_Type_F32, ElementType::kF32},
    {PJRT_Buffer_Type_F64, ElementType::kF64},
    {PJRT_Buffer_Type_BF16, ElementType::kBF16},
    {PJRT_Buffer_Type_C64, ElementType::kC64},
    {PJRT_Buffer_Type_C128, ElementType::kC128},
    {PJRT_Buffer_Type_F8E5M2, ElementType::kF8E5M2},
    {PJRT_Buffer_Type_F8E4M3FN, ElementType::kF8E4M3FN},
    {PJRT_Buffer_Type_F8E4M3B11FNUZ, ElementType::kF8E4M3B11FNUZ},
    {PJRT_Buffer_Type_F8E5M2FNUZ, ElementType::kF8E5M2FNUZ},
    {PJRT_Buffer_Type_F8E4M3FNUZ, ElementType::kF8E4M3FNUZ},
    {PJRT_Buffer_Type_S4, ElementType::kS4},
    {PJRT_Buffer_Type_U4, ElementType::kU4},
    {PJRT_Buffer_Type_TOKEN, ElementType::kToken},
    {PJRT_Buffer_Type_S2, ElementType::kS2},
    {PJRT_Buffer_Type_U2, ElementType::kU2},
    {PJRT_Buffer_Type_F8E4M3, ElementType::kF8E4M3},
    {PJRT_Buffer_Type_F8E3M4, ElementType::kF8E3M4},
    {PJRT_Buffer_Type_F8E8M0FNU, ElementType::kF8E8M0FNU},
    {PJRT_Buffer_Type_F4E2M1FN, ElementType::kF4E2M1FN},
};

}  // namespace

StatusOr<ElementType> from_pjrt_type(PJRT_Buffer_Type type) {
  for (const auto& [pjrt, ours] : kTypes) {
    if (pjrt == type && ours != ElementType::kToken) return ours;
  }
  std::string name = type == PJRT_Buffer_Type_TOKEN ? "TOKEN"
                     : type == PJRT_Buffer_Type_S1  ? "S1 (int1)"
                     : type == PJRT_Buffer_Type_U1  ? "U1 (uint1)"
                     : type == PJRT_Buffer_Type_INVALID
                         ? "INVALID"
                         : "PJRT_Buffer_Type " + std::to_string(static_cast<int>(type));
  return unimplemented("element type " + name +
                       " is not supported for device arrays by jax-metallib");
}

PJRT_Buffer_Type to_pjrt_type(ElementType type) {
  for (const auto& [pjrt, ours] : kTypes) {
    if (ours == type) return pjrt;
  }
  return PJRT_Buffer_Type_INVALID;
}

}  // namespace metallib::pjrt
