// float32 versions of the math functions whose MLX implementation on its
// CPU backend falls short of XLA's: exp is a fast polynomial there, tens
// of ulps off for |x| above 10 and infinite from x = 88 on (float32 reaches
// 88.72). MLX's Metal exp is precise::exp and needs no help.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// e^x within 1 ulp over the whole float32 range, from expm1 (which MLX
// computes accurately) on a reduced argument.
mx::array exp_float32(const mx::array& x);

}  // namespace metallib::runtime::ops
