// PJRT_Device and PJRT_DeviceDescription entry points.
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

// PJRT_Device_GetAttributes hands out a copy that the caller frees with a
// deleter, so its list is owned by this object rather than by the device.
struct PJRT_Device_Attributes {
  metallib::pjrt::NamedValueList values;
};

namespace metallib::pjrt {
namespace {

Status check_description(const PJRT_DeviceDescription* description) {
  return check_not_null(description, "device_description");
}

Status check_device(const PJRT_Device* device) {
  return check_not_null(device, "device");
}

void add_description_attributes(const runtime::DeviceDescription& from, NamedValueList* to) {
  to->add_string("backend", from.backend);
  to->add_string("device_name", from.device_name);
  to->add_string("architecture", from.architecture);
  to->add_int64("memory_size", from.memory_size);
  to->add_string("mlx_version", from.mlx_version);
}

void delete_device_attributes(PJRT_Device_Attributes* attributes) {
  delete attributes;
}

}  // namespace

void fill_device_description(const runtime::DeviceDescription& from,
                             PJRT_DeviceDescription* to) {
  to->id = from.id;
  to->process_index = 0;
  to->kind = from.kind;
  to->debug_string = from.debug_string;
  to->to_string = from.to_string;
  add_description_attributes(from, &to->attributes);
}

PJRT_Error* device_description_id(PJRT_DeviceDescription_Id_Args* args) {
  return guarded("PJRT_DeviceDescription_Id", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_Id_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->id = args->device_description->id;
    return ok_status();
  });
}

PJRT_Error* device_description_process_index(PJRT_DeviceDescription_ProcessIndex_Args* args) {
  return guarded("PJRT_DeviceDescription_ProcessIndex", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_ProcessIndex_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->process_index = args->device_description->process_index;
    return ok_status();
  });
}

PJRT_Error* device_description_attributes(PJRT_DeviceDescription_Attributes_Args* args) {
  return guarded("PJRT_DeviceDescription_Attributes", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_Attributes_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->attributes = args->device_description->attributes.data();
    args->num_attributes = args->device_description->attributes.size();
    return ok_status();
  });
}

PJRT_Error* device_description_kind(PJRT_DeviceDescription_Kind_Args* args) {
  return guarded("PJRT_DeviceDescription_Kind", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_Kind_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->device_kind = args->device_description->kind.data();
    args->device_kind_size = args->device_description->kind.size();
    return ok_status();
  });
}

PJRT_Error* device_description_debug_string(PJRT_DeviceDescription_DebugString_Args* args) {
  return guarded("PJRT_DeviceDescription_DebugString", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_DebugString_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->debug_string = args->device_description->debug_string.data();
    args->debug_string_size = args->device_description->debug_string.size();
    return ok_status();
  });
}

PJRT_Error* device_description_to_string(PJRT_DeviceDescription_ToString_Args* args) {
  return guarded("PJRT_DeviceDescription_ToString", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_DeviceDescription_ToString_Args);
    METALLIB_RETURN_IF_ERROR(check_description(args->device_description));
    args->to_string = args->device_description->to_string.data();
    args->to_string_size = args->device_description->to_string.size();
    return ok_status();
  });
}

PJRT_Error* device_get_description(PJRT_Device_GetDescription_Args* args) {
  return guarded("PJRT_Device_GetDescription", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_GetDescription_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    args->device_description = &args->device->description;
    return ok_status();
  });
}

PJRT_Error* device_is_addressable(PJRT_Device_IsAddressable_Args* args) {
  return guarded("PJRT_Device_IsAddressable", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_IsAddressable_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    args->is_addressable = true;
    return ok_status();
  });
}

PJRT_Error* device_local_hardware_id(PJRT_Device_LocalHardwareId_Args* args) {
  return guarded("PJRT_Device_LocalHardwareId", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_LocalHardwareId_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    args->local_hardware_id = args->device->description.id;
    return ok_status();
  });
}

PJRT_Error* device_addressable_memories(PJRT_Device_AddressableMemories_Args* args) {
  return guarded("PJRT_Device_AddressableMemories", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_AddressableMemories_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    args->memories = args->device->memories.data();
    args->num_memories = args->device->memories.size();
    return ok_status();
  });
}

PJRT_Error* device_default_memory(PJRT_Device_DefaultMemory_Args* args) {
  return guarded("PJRT_Device_DefaultMemory", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_DefaultMemory_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    args->memory = args->device->default_memory;
    return ok_status();
  });
}

PJRT_Error* device_memory_stats(PJRT_Device_MemoryStats_Args* args) {
  return guarded("PJRT_Device_MemoryStats", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_MemoryStats_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    METALLIB_ASSIGN_OR_RETURN(runtime::MemoryStats stats, args->device->device->memory_stats());
    // Only what MLX's allocator truly knows is marked as set.
    args->bytes_in_use = stats.bytes_in_use;
    args->peak_bytes_in_use = stats.peak_bytes_in_use;
    args->peak_bytes_in_use_is_set = true;
    args->bytes_limit = stats.bytes_limit;
    args->bytes_limit_is_set = true;
    args->pool_bytes = stats.bytes_in_use + stats.bytes_cached;
    args->pool_bytes_is_set = true;
    args->num_allocs_is_set = false;
    args->largest_alloc_size_is_set = false;
    args->bytes_reserved_is_set = false;
    args->peak_bytes_reserved_is_set = false;
    args->bytes_reservable_limit_is_set = false;
    args->largest_free_block_bytes_is_set = false;
    args->peak_pool_bytes_is_set = false;
    return ok_status();
  });
}

PJRT_Error* device_get_attributes(PJRT_Device_GetAttributes_Args* args) {
  return guarded("PJRT_Device_GetAttributes", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Device_GetAttributes_Args);
    METALLIB_RETURN_IF_ERROR(check_device(args->device));
    auto* attributes = new PJRT_Device_Attributes();
    add_description_attributes(args->device->device->description(), &attributes->values);
    args->attributes = attributes->values.data();
    args->num_attributes = attributes->values.size();
    args->device_attributes = attributes;
    args->attributes_deleter = &delete_device_attributes;
    return ok_status();
  });
}

}  // namespace metallib::pjrt
