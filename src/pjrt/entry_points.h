// Every PJRT entry point jax-metallib implements, one free function each,
// grouped by the object kind whose file defines them. api_table.cc puts them
// in the PJRT_Api table; the ones not listed here answer UNIMPLEMENTED.
#pragma once

#include "pjrt/abi/pjrt_abi.h"
#include "runtime/event.h"

namespace metallib::pjrt {

// error.cc
void error_destroy(PJRT_Error_Destroy_Args* args);
void error_message(PJRT_Error_Message_Args* args);
PJRT_Error* error_get_code(PJRT_Error_GetCode_Args* args);

// plugin.cc
PJRT_Error* plugin_initialize(PJRT_Plugin_Initialize_Args* args);
PJRT_Error* plugin_attributes(PJRT_Plugin_Attributes_Args* args);

// event.cc
PJRT_Event* new_event(runtime::Event event);
PJRT_Error* event_destroy(PJRT_Event_Destroy_Args* args);
PJRT_Error* event_is_ready(PJRT_Event_IsReady_Args* args);
PJRT_Error* event_error(PJRT_Event_Error_Args* args);
PJRT_Error* event_await(PJRT_Event_Await_Args* args);
PJRT_Error* event_on_ready(PJRT_Event_OnReady_Args* args);
PJRT_Error* event_create(PJRT_Event_Create_Args* args);
PJRT_Error* event_set(PJRT_Event_Set_Args* args);

// client.cc
PJRT_Error* client_create(PJRT_Client_Create_Args* args);
PJRT_Error* client_destroy(PJRT_Client_Destroy_Args* args);
PJRT_Error* client_platform_name(PJRT_Client_PlatformName_Args* args);
PJRT_Error* client_process_index(PJRT_Client_ProcessIndex_Args* args);
PJRT_Error* client_platform_version(PJRT_Client_PlatformVersion_Args* args);
PJRT_Error* client_devices(PJRT_Client_Devices_Args* args);
PJRT_Error* client_addressable_devices(PJRT_Client_AddressableDevices_Args* args);
PJRT_Error* client_lookup_device(PJRT_Client_LookupDevice_Args* args);
PJRT_Error* client_lookup_addressable_device(PJRT_Client_LookupAddressableDevice_Args* args);
PJRT_Error* client_addressable_memories(PJRT_Client_AddressableMemories_Args* args);
PJRT_Error* client_default_device_assignment(PJRT_Client_DefaultDeviceAssignment_Args* args);

// compile.cc
PJRT_Error* client_compile(PJRT_Client_Compile_Args* args);

// device.cc
PJRT_Error* device_description_id(PJRT_DeviceDescription_Id_Args* args);
PJRT_Error* device_description_process_index(PJRT_DeviceDescription_ProcessIndex_Args* args);
PJRT_Error* device_description_attributes(PJRT_DeviceDescription_Attributes_Args* args);
PJRT_Error* device_description_kind(PJRT_DeviceDescription_Kind_Args* args);
PJRT_Error* device_description_debug_string(PJRT_DeviceDescription_DebugString_Args* args);
PJRT_Error* device_description_to_string(PJRT_DeviceDescription_ToString_Args* args);
PJRT_Error* device_get_description(PJRT_Device_GetDescription_Args* args);
PJRT_Error* device_is_addressable(PJRT_Device_IsAddressable_Args* args);
PJRT_Error* device_local_hardware_id(PJRT_Device_LocalHardwareId_Args* args);
PJRT_Error* device_addressable_memories(PJRT_Device_AddressableMemories_Args* args);
PJRT_Error* device_default_memory(PJRT_Device_DefaultMemory_Args* args);
PJRT_Error* device_memory_stats(PJRT_Device_MemoryStats_Args* args);
PJRT_Error* device_get_attributes(PJRT_Device_GetAttributes_Args* args);

// memory.cc
PJRT_Error* memory_id(PJRT_Memory_Id_Args* args);
PJRT_Error* memory_kind(PJRT_Memory_Kind_Args* args);
PJRT_Error* memory_kind_id(PJRT_Memory_Kind_Id_Args* args);
PJRT_Error* memory_debug_string(PJRT_Memory_DebugString_Args* args);
PJRT_Error* memory_to_string(PJRT_Memory_ToString_Args* args);
PJRT_Error* memory_addressable_by_devices(PJRT_Memory_AddressableByDevices_Args* args);

// topology.cc
PJRT_Error* client_topology_description(PJRT_Client_TopologyDescription_Args* args);
PJRT_Error* topology_create(PJRT_TopologyDescription_Create_Args* args);
PJRT_Error* topology_destroy(PJRT_TopologyDescription_Destroy_Args* args);
PJRT_Error* topology_platform_name(PJRT_TopologyDescription_PlatformName_Args* args);
PJRT_Error* topology_platform_version(PJRT_TopologyDescription_PlatformVersion_Args* args);
PJRT_Error* topology_get_device_descriptions(
    PJRT_TopologyDescription_GetDeviceDescriptions_Args* args);
PJRT_Error* topology_attributes(PJRT_TopologyDescription_Attributes_Args* args);

// buffer.cc
PJRT_Error* client_buffer_from_host_buffer(PJRT_Client_BufferFromHostBuffer_Args* args);
PJRT_Error* buffer_destroy(PJRT_Buffer_Destroy_Args* args);
PJRT_Error* buffer_element_type(PJRT_Buffer_ElementType_Args* args);
PJRT_Error* buffer_dimensions(PJRT_Buffer_Dimensions_Args* args);
PJRT_Error* buffer_unpadded_dimensions(PJRT_Buffer_UnpaddedDimensions_Args* args);
PJRT_Error* buffer_dynamic_dimension_indices(PJRT_Buffer_DynamicDimensionIndices_Args* args);
PJRT_Error* buffer_get_memory_layout(PJRT_Buffer_GetMemoryLayout_Args* args);
PJRT_Error* buffer_on_device_size_in_bytes(PJRT_Buffer_OnDeviceSizeInBytes_Args* args);
PJRT_Error* buffer_device(PJRT_Buffer_Device_Args* args);
PJRT_Error* buffer_memory(PJRT_Buffer_Memory_Args* args);
PJRT_Error* buffer_delete(PJRT_Buffer_Delete_Args* args);
PJRT_Error* buffer_is_deleted(PJRT_Buffer_IsDeleted_Args* args);
PJRT_Error* buffer_copy_to_device(PJRT_Buffer_CopyToDevice_Args* args);
PJRT_Error* buffer_copy_to_memory(PJRT_Buffer_CopyToMemory_Args* args);
PJRT_Error* buffer_to_host_buffer(PJRT_Buffer_ToHostBuffer_Args* args);
PJRT_Error* buffer_is_on_cpu(PJRT_Buffer_IsOnCpu_Args* args);
PJRT_Error* buffer_ready_event(PJRT_Buffer_ReadyEvent_Args* args);
PJRT_Error* buffer_unsafe_pointer(PJRT_Buffer_UnsafePointer_Args* args);

// Executables (executable.cc)
PJRT_Error* executable_destroy(PJRT_Executable_Destroy_Args* args);
PJRT_Error* executable_name(PJRT_Executable_Name_Args* args);
PJRT_Error* executable_num_replicas(PJRT_Executable_NumReplicas_Args* args);
PJRT_Error* executable_num_partitions(PJRT_Executable_NumPartitions_Args* args);
PJRT_Error* executable_num_outputs(PJRT_Executable_NumOutputs_Args* args);
PJRT_Error* executable_size_of_generated_code(
    PJRT_Executable_SizeOfGeneratedCodeInBytes_Args* args);
PJRT_Error* executable_get_cost_analysis(PJRT_Executable_GetCostAnalysis_Args* args);
PJRT_Error* executable_output_memory_kinds(PJRT_Executable_OutputMemoryKinds_Args* args);
PJRT_Error* executable_optimized_program(PJRT_Executable_OptimizedProgram_Args* args);
PJRT_Error* executable_output_element_types(PJRT_Executable_OutputElementTypes_Args* args);
PJRT_Error* executable_output_dimensions(PJRT_Executable_OutputDimensions_Args* args);
PJRT_Error* executable_fingerprint(PJRT_Executable_Fingerprint_Args* args);
PJRT_Error* executable_get_compiled_memory_stats(
    PJRT_Executable_GetCompiledMemoryStats_Args* args);
PJRT_Error* loaded_executable_destroy(PJRT_LoadedExecutable_Destroy_Args* args);
PJRT_Error* loaded_executable_get_executable(PJRT_LoadedExecutable_GetExecutable_Args* args);
PJRT_Error* loaded_executable_addressable_devices(
    PJRT_LoadedExecutable_AddressableDevices_Args* args);
PJRT_Error* loaded_executable_delete(PJRT_LoadedExecutable_Delete_Args* args);
PJRT_Error* loaded_executable_is_deleted(PJRT_LoadedExecutable_IsDeleted_Args* args);
PJRT_Error* loaded_executable_execute(PJRT_LoadedExecutable_Execute_Args* args);
PJRT_Error* loaded_executable_fingerprint(PJRT_LoadedExecutable_Fingerprint_Args* args);
PJRT_Error* loaded_executable_get_device_assignment(
    PJRT_LoadedExecutable_GetDeviceAssignment_Args* args);

}  // namespace metallib::pjrt
