// The process-wide PJRT_Api table that GetPjrtApi returns.
#pragma once

#include "pjrt/abi/pjrt_abi.h"

namespace metallib::pjrt {

const PJRT_Api* api_table();

}  // namespace metallib::pjrt
