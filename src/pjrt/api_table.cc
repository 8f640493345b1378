// The PJRT_Api table: every slot is filled, either with our implementation or
// with a function that answers UNIMPLEMENTED naming itself. Never null.
#include "pjrt/api_table.h"

#include "pjrt/entry_points.h"
#include "pjrt/error.h"

namespace metallib::pjrt {
namespace {

// One function per unimplemented slot, typed exactly as the slot.
#define METALLIB_UNIMPLEMENTED_ENTRY(name)                                          \
  PJRT_Error* unimplemented_##name(name##_Args*) {                                  \
    return to_pjrt_error(unimplemented(#name " is not implemented by jax-metallib " \
                                             "yet; please report what needed it")); \
  }
#include "pjrt/unimplemented_entry_points.inc"
#undef METALLIB_UNIMPLEMENTED_ENTRY

PJRT_Api build_api() {
  PJRT_Api api{};
  api.struct_size = PJRT_Api_STRUCT_SIZE;
  api.extension_start = nullptr;
  api.pjrt_api_version.struct_size = PJRT_Api_Version_STRUCT_SIZE;
  api.pjrt_api_version.extension_start = nullptr;
  api.pjrt_api_version.major_version = PJRT_API_MAJOR;
  api.pjrt_api_version.minor_version = PJRT_API_MINOR;

#define METALLIB_UNIMPLEMENTED_ENTRY(name) api.name = &unimplemented_##name;
#include "pjrt/unimplemented_entry_points.inc"
#undef METALLIB_UNIMPLEMENTED_ENTRY

  api.PJRT_Error_Destroy = &error_destroy;
  api.PJRT_Error_Message = &error_message;
  api.PJRT_Error_GetCode = &error_get_code;

  api.PJRT_Plugin_Initialize = &plugin_initialize;
  api.PJRT_Plugin_Attributes = &plugin_attributes;

  api.PJRT_Event_Destroy = &event_destroy;
  api.PJRT_Event_IsReady = &event_is_ready;
  api.PJRT_Event_Error = &event_error;
  api.PJRT_Event_Await = &event_await;
  api.PJRT_Event_OnReady = &event_on_ready;
  api.PJRT_Event_Create = &event_create;
  api.PJRT_Event_Set = &event_set;

  api.PJRT_Client_Create = &client_create;
  api.PJRT_Client_Destroy = &client_destroy;
  api.PJRT_Client_PlatformName = &client_platform_name;
  api.PJRT_Client_ProcessIndex = &client_process_index;
  api.PJRT_Client_PlatformVersion = &client_platform_version;
  api.PJRT_Client_Devices = &client_devices;
  api.PJRT_Client_AddressableDevices = &client_addressable_devices;
  api.PJRT_Client_LookupDevice = &client_lookup_device;
  api.PJRT_Client_LookupAddressableDevice = &client_lookup_addressable_device;
  api.PJRT_Client_AddressableMemories = &client_addressable_memories;
  api.PJRT_Client_DefaultDeviceAssignment = &client_default_device_assignment;
  api.PJRT_Client_BufferFromHostBuffer = &client_buffer_from_host_buffer;
  api.PJRT_Client_Compile = &client_compile;

  api.PJRT_Executable_Destroy = &executable_destroy;
  api.PJRT_Executable_Name = &executable_name;
  api.PJRT_Executable_NumReplicas = &executable_num_replicas;
  api.PJRT_Executable_NumPartitions = &executable_num_partitions;
  api.PJRT_Executable_NumOutputs = &executable_num_outputs;
  api.PJRT_Executable_SizeOfGeneratedCodeInBytes = &executable_size_of_generated_code;
  api.PJRT_Executable_GetCostAnalysis = &executable_get_cost_analysis;
  api.PJRT_Executable_OutputMemoryKinds = &executable_output_memory_kinds;
  api.PJRT_Executable_OptimizedProgram = &executable_optimized_program;
  api.PJRT_Executable_OutputElementTypes = &executable_output_element_types;
  api.PJRT_Executable_OutputDimensions = &executable_output_dimensions;
  api.PJRT_Executable_Fingerprint = &executable_fingerprint;
  api.PJRT_Executable_GetCompiledMemoryStats = &executable_get_compiled_memory_stats;
  api.PJRT_LoadedExecutable_Destroy = &loaded_executable_destroy;
  api.PJRT_LoadedExecutable_GetExecutable = &loaded_executable_get_executable;
  api.PJRT_LoadedExecutable_AddressableDevices = &loaded_executable_addressable_devices;
  api.PJRT_LoadedExecutable_Delete = &loaded_executable_delete;
  api.PJRT_LoadedExecutable_IsDeleted = &loaded_executable_is_deleted;
  api.PJRT_LoadedExecutable_Execute = &loaded_executable_execute;
  api.PJRT_LoadedExecutable_Fingerprint = &loaded_executable_fingerprint;
  api.PJRT_LoadedExecutable_GetDeviceAssignment = &loaded_executable_get_device_assignment;
  api.PJRT_Client_TopologyDescription = &client_topology_description;

  api.PJRT_DeviceDescription_Id = &device_description_id;
  api.PJRT_DeviceDescription_ProcessIndex = &device_description_process_index;
  api.PJRT_DeviceDescription_Attributes = &device_description_attributes;
  api.PJRT_DeviceDescription_Kind = &device_description_kind;
  api.PJRT_DeviceDescription_DebugString = &device_description_debug_string;
  api.PJRT_DeviceDescription_ToString = &device_description_to_string;

  api.PJRT_Device_GetDescription = &device_get_description;
  api.PJRT_Device_IsAddressable = &device_is_addressable;
  api.PJRT_Device_LocalHardwareId = &device_local_hardware_id;
  api.PJRT_Device_AddressableMemories = &device_addressable_memories;
  api.PJRT_Device_DefaultMemory = &device_default_memory;
  api.PJRT_Device_MemoryStats = &device_memory_stats;
  api.PJRT_Device_GetAttributes = &device_get_attributes;

  api.PJRT_Memory_Id = &memory_id;
  api.PJRT_Memory_Kind = &memory_kind;
  api.PJRT_Memory_Kind_Id = &memory_kind_id;
  api.PJRT_Memory_DebugString = &memory_debug_string;
  api.PJRT_Memory_ToString = &memory_to_string;
  api.PJRT_Memory_AddressableByDevices = &memory_addressable_by_devices;

  api.PJRT_TopologyDescription_Create = &topology_create;
  api.PJRT_TopologyDescription_Destroy = &topology_destroy;
  api.PJRT_TopologyDescription_PlatformName = &topology_platform_name;
  api.PJRT_TopologyDescription_PlatformVersion = &topology_platform_version;
  api.PJRT_TopologyDescription_GetDeviceDescriptions = &topology_get_device_descriptions;
  api.PJRT_TopologyDescription_Attributes = &topology_attributes;

  api.PJRT_Buffer_Destroy = &buffer_destroy;
  api.PJRT_Buffer_ElementType = &buffer_element_type;
  api.PJRT_Buffer_Dimensions = &buffer_dimensions;
  api.PJRT_Buffer_UnpaddedDimensions = &buffer_unpadded_dimensions;
  api.PJRT_Buffer_DynamicDimensionIndices = &buffer_dynamic_dimension_indices;
  api.PJRT_Buffer_GetMemoryLayout = &buffer_get_memory_layout;
  api.PJRT_Buffer_OnDeviceSizeInBytes = &buffer_on_device_size_in_bytes;
  api.PJRT_Buffer_Device = &buffer_device;
  api.PJRT_Buffer_Memory = &buffer_memory;
  api.PJRT_Buffer_Delete = &buffer_delete;
  api.PJRT_Buffer_IsDeleted = &buffer_is_deleted;
  api.PJRT_Buffer_CopyToDevice = &buffer_copy_to_device;
  api.PJRT_Buffer_CopyToMemory = &buffer_copy_to_memory;
  api.PJRT_Buffer_ToHostBuffer = &buffer_to_host_buffer;
  api.PJRT_Buffer_IsOnCpu = &buffer_is_on_cpu;
  api.PJRT_Buffer_ReadyEvent = &buffer_ready_event;
  api.PJRT_Buffer_UnsafePointer = &buffer_unsafe_pointer;
  return api;
}

}  // namespace

const PJRT_Api* api_table() {
  static const PJRT_Api api = build_api();
  return &api;
}

}  // namespace metallib::pjrt
