// PJRT_Memory entry points. There is one memory space, "device": on Apple
// silicon it is the unified memory that the CPU shares.
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

namespace metallib::pjrt {

PJRT_Error* memory_id(PJRT_Memory_Id_Args* args) {
  return guarded("PJRT_Memory_Id", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_Id_Args);
    METALLIB_REQUIRE(args, memory);
    args->id = args->memory->id;
    return ok_status();
  });
}

PJRT_Error* memory_kind(PJRT_Memory_Kind_Args* args) {
  return guarded("PJRT_Memory_Kind", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_Kind_Args);
    METALLIB_REQUIRE(args, memory);
    args->kind = args->memory->kind.data();
    args->kind_size = args->memory->kind.size();
    return ok_status();
  });
}

PJRT_Error* memory_kind_id(PJRT_Memory_Kind_Id_Args* args) {
  return guarded("PJRT_Memory_Kind_Id", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_Kind_Id_Args);
    METALLIB_REQUIRE(args, memory);
    args->kind_id = args->memory->kind_id;
    return ok_status();
  });
}

PJRT_Error* memory_debug_string(PJRT_Memory_DebugString_Args* args) {
  return guarded("PJRT_Memory_DebugString", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_DebugString_Args);
    METALLIB_REQUIRE(args, memory);
    args->debug_string = args->memory->debug_string.data();
    args->debug_string_size = args->memory->debug_string.size();
    return ok_status();
  });
}

PJRT_Error* memory_to_string(PJRT_Memory_ToString_Args* args) {
  return guarded("PJRT_Memory_ToString", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_ToString_Args);
    METALLIB_REQUIRE(args, memory);
    args->to_string = args->memory->to_string.data();
    args->to_string_size = args->memory->to_string.size();
    return ok_status();
  });
}

PJRT_Error* memory_addressable_by_devices(PJRT_Memory_AddressableByDevices_Args* args) {
  return guarded("PJRT_Memory_AddressableByDevices", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Memory_AddressableByDevices_Args);
    METALLIB_REQUIRE(args, memory);
    args->devices = args->memory->devices.data();
    args->num_devices = args->memory->devices.size();
    return ok_status();
  });
}

}  // namespace metallib::pjrt
