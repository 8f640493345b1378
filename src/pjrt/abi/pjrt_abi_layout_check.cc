// Compile-only layout check for pjrt_abi.h (nothing here runs).
//
// Every expected number below was counted by hand from the upstream header
// xla/pjrt/c/pjrt_c_api.h at openxla/xla commit
// 0882740a8496c82a8dc8a25fadba88ca342fb0aa (PJRT C API 0.94), assuming an
// LP64 target (x86-64 / arm64: pointers, size_t and int64_t are 8 bytes,
// int and enums are 4, bool is 1). They were NOT produced by printing values
// from pjrt_abi.h, so a mismatch means pjrt_abi.h drifted from upstream.
#include "pjrt_abi.h"

#include <cstddef>

#if defined(__LP64__) || defined(_WIN64)

namespace {

// struct_size (8) + extension_start (8) + PJRT_Api_Version by value (24).
constexpr size_t kApiHeaderBytes = 40;
// Function-pointer slots in PJRT_Api at minor 94.
constexpr size_t kApiSlotCount = 129;
// Offset of the slot with the given 0-based position in the table.
constexpr size_t Slot(size_t index) { return kApiHeaderBytes + 8 * index; }

}  // namespace

// ---- Version ----
static_assert(PJRT_API_MAJOR == 0, "major");
static_assert(PJRT_API_MINOR == 94, "minor");

// ---- PJRT_Api table ----
static_assert(sizeof(PJRT_Api_Version) == 24, "PJRT_Api_Version size");
static_assert(PJRT_Api_Version_STRUCT_SIZE == 24, "PJRT_Api_Version");
static_assert(offsetof(PJRT_Api, pjrt_api_version) == 16, "api version");
static_assert(sizeof(PJRT_Api) == kApiHeaderBytes + 8 * kApiSlotCount,
              "PJRT_Api size");
static_assert(sizeof(PJRT_Api) == 1072, "PJRT_Api size literal");
static_assert(PJRT_Api_STRUCT_SIZE == 1072, "PJRT_Api_STRUCT_SIZE");
static_assert(offsetof(PJRT_Api, PJRT_Error_Destroy) == Slot(0), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Error_Destroy) == 40, "slot");
static_assert(offsetof(PJRT_Api, PJRT_Plugin_Initialize) == Slot(3), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Event_OnReady) == Slot(9), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_Create) == Slot(10), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_Create) == 120, "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_Compile) == Slot(20), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_BufferFromHostBuffer) == Slot(22),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_BufferFromHostBuffer) == 216,
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_DeviceDescription_Id) == Slot(23),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Device_MemoryStats) == Slot(34), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Memory_AddressableByDevices) == Slot(39),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Executable_Serialize) == Slot(49),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_LoadedExecutable_Execute) == Slot(55),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_LoadedExecutable_Execute) == 480, "slot");
static_assert(offsetof(PJRT_Api, PJRT_LoadedExecutable_Fingerprint) == Slot(57),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Buffer_Destroy) == Slot(58), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Buffer_ToHostBuffer) == Slot(70), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Buffer_ToHostBuffer) == 600, "slot");
static_assert(offsetof(PJRT_Api,
                       PJRT_Buffer_OpaqueDeviceMemoryDataPointer) == Slot(76),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_CopyToDeviceStream_CurrentBytes) ==
                  Slot(81),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_TopologyDescription_Attributes) ==
                  Slot(88),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Compile) == Slot(89), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Compile) == 752, "slot");
static_assert(offsetof(PJRT_Api, PJRT_Executable_OutputElementTypes) ==
                  Slot(90),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_TopologyDescription) == Slot(95),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_TopologyDescription) == 800,
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Memory_Kind_Id) == Slot(97), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_DmaUnmap) == Slot(111), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_CreateUninitializedBuffer) ==
                  Slot(112),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_CreateUninitializedBuffer) == 936,
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Client_CreateErrorBuffer) == Slot(118),
              "slot");
static_assert(offsetof(PJRT_Api, PJRT_Event_Create) == Slot(126), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Event_Create) == 1048, "slot");
static_assert(offsetof(PJRT_Api, PJRT_Event_Set) == Slot(127), "slot");
static_assert(offsetof(PJRT_Api, PJRT_Device_GetAttributes) == Slot(128),
              "last slot");
static_assert(offsetof(PJRT_Api, PJRT_Device_GetAttributes) == 1064,
              "last slot");

// ---- Small shared structs ----
static_assert(PJRT_Extension_Base_STRUCT_SIZE == 24, "ext base");
static_assert(offsetof(PJRT_Extension_Base, type) == 8, "ext base type");
static_assert(PJRT_NamedValue_STRUCT_SIZE == 56, "named value");
static_assert(offsetof(PJRT_NamedValue, type) == 32, "named value type");
static_assert(offsetof(PJRT_NamedValue, int64_value) == 40, "union");
static_assert(offsetof(PJRT_NamedValue, bool_value) == 40, "union");
static_assert(offsetof(PJRT_NamedValue, value_size) == 48, "value_size");
static_assert(sizeof(PJRT_Chunk) == 32, "chunk");
static_assert(PJRT_SendCallbackInfo_STRUCT_SIZE == 24, "send cb info");
static_assert(PJRT_RecvCallbackInfo_STRUCT_SIZE == 24, "recv cb info");
static_assert(PJRT_Program_STRUCT_SIZE == 48, "program");
static_assert(PJRT_ProcessInfo_STRUCT_SIZE == 48, "process info");
static_assert(offsetof(PJRT_ProcessInfo, incarnation_id) == 16, "incarnation");
static_assert(offsetof(PJRT_ProcessInfo, error_code) == 28, "error_code");
static_assert(PJRT_ShapeSpec_STRUCT_SIZE == 36, "shape spec");
static_assert(sizeof(PJRT_ShapeSpec) == 40, "shape spec sizeof");

// ---- Errors / events / plugin ----
static_assert(PJRT_Error_Message_Args_STRUCT_SIZE == 40, "error message");
static_assert(PJRT_Error_GetCode_Args_STRUCT_SIZE == 28, "error code");
static_assert(PJRT_Plugin_Initialize_Args_STRUCT_SIZE == 16, "plugin init");
static_assert(PJRT_Plugin_Attributes_Args_STRUCT_SIZE == 32, "plugin attrs");
static_assert(PJRT_Event_OnReady_Args_STRUCT_SIZE == 40, "on ready");
static_assert(PJRT_Event_Create_Args_STRUCT_SIZE == 24, "event create");
static_assert(PJRT_Event_Set_Args_STRUCT_SIZE == 48, "event set");
static_assert(offsetof(PJRT_Event_Set_Args, error_code) == 24, "event set");

// ---- Client ----
static_assert(PJRT_KeyValueGetCallback_Args_STRUCT_SIZE == 80, "kv get");
static_assert(offsetof(PJRT_KeyValueGetCallback_Args, callback_error) == 40,
              "kv get callback_error");
static_assert(PJRT_KeyValueTryGetCallback_Args_STRUCT_SIZE == 72, "kv try");
static_assert(PJRT_KeyValuePutCallback_Args_STRUCT_SIZE == 64, "kv put");
static_assert(PJRT_Client_Create_Args_STRUCT_SIZE == 88, "client create");
static_assert(offsetof(PJRT_Client_Create_Args, client) == 64, "client out");
static_assert(offsetof(PJRT_Client_Create_Args, kv_try_get_callback) == 72,
              "kv try get");
static_assert(PJRT_Client_TopologyDescription_Args_STRUCT_SIZE == 32, "topo");
static_assert(PJRT_Client_LookupDevice_Args_STRUCT_SIZE == 40, "lookup");
static_assert(PJRT_Client_Compile_Args_STRUCT_SIZE == 56, "compile");
static_assert(PJRT_Client_DefaultDeviceAssignment_Args_STRUCT_SIZE == 48,
              "default assignment");
static_assert(PJRT_Client_BufferFromHostBuffer_Args_STRUCT_SIZE == 120,
              "bfhb");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args, type) == 32,
              "bfhb type");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args, dims) == 40,
              "bfhb dims");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args,
                       host_buffer_semantics) == 72,
              "bfhb semantics");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args, device) == 80,
              "bfhb device");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args,
                       done_with_host_buffer) == 104,
              "bfhb done");
static_assert(offsetof(PJRT_Client_BufferFromHostBuffer_Args, buffer) == 112,
              "bfhb buffer");
static_assert(PJRT_Client_CreateUninitializedBuffer_Args_STRUCT_SIZE == 80,
              "uninit");
static_assert(PJRT_Client_CreateErrorBuffer_Args_STRUCT_SIZE == 96, "errbuf");
static_assert(PJRT_Client_CreateAliasBuffer_Args_STRUCT_SIZE == 80, "alias");
static_assert(PJRT_Client_CreateViewOfDeviceBuffer_Args_STRUCT_SIZE == 112,
              "view");
static_assert(offsetof(PJRT_Client_CreateViewOfDeviceBuffer_Args, stream) ==
                  88,
              "view stream");
static_assert(PJRT_Client_CreateBuffersForAsyncHostToDevice_Args_STRUCT_SIZE ==
                  72,
              "async h2d");
static_assert(
    PJRT_AsyncHostToDeviceTransferManager_TransferData_Args_STRUCT_SIZE == 72,
    "transfer data");
static_assert(offsetof(PJRT_AsyncHostToDeviceTransferManager_TransferData_Args,
                       is_last_transfer) == 56,
              "is_last_transfer");
static_assert(
    PJRT_AsyncHostToDeviceTransferManager_TransferLiteral_Args_STRUCT_SIZE ==
        80,
    "transfer literal");

// ---- Layouts and enums ----
static_assert(PJRT_Buffer_MemoryLayout_Tiled_STRUCT_SIZE == 56, "tiled");
static_assert(PJRT_Buffer_MemoryLayout_Strides_STRUCT_SIZE == 32, "strides");
static_assert(offsetof(PJRT_Buffer_MemoryLayout, tiled) == 16, "layout union");
static_assert(offsetof(PJRT_Buffer_MemoryLayout, type) == 72, "layout type");
static_assert(PJRT_Buffer_MemoryLayout_STRUCT_SIZE == 76, "layout");
static_assert(sizeof(PJRT_Buffer_MemoryLayout) == 80, "layout sizeof");

static_assert(PJRT_Buffer_Type_INVALID == 0, "type");
static_assert(PJRT_Buffer_Type_BF16 == 13, "type");
static_assert(PJRT_Buffer_Type_C128 == 15, "type");
static_assert(PJRT_Buffer_Type_F8E4M3FNUZ == 20, "type");
static_assert(PJRT_Buffer_Type_TOKEN == 23, "type");
static_assert(PJRT_Buffer_Type_S2 == 24, "type");
static_assert(PJRT_Buffer_Type_U2 == 25, "type");
static_assert(PJRT_Buffer_Type_F8E4M3 == 26, "type");
static_assert(PJRT_Buffer_Type_F8E3M4 == 27, "type");
static_assert(PJRT_Buffer_Type_F8E8M0FNU == 28, "type");
static_assert(PJRT_Buffer_Type_F4E2M1FN == 29, "type");
static_assert(PJRT_Buffer_Type_S1 == 30, "type");
static_assert(PJRT_Buffer_Type_U1 == 31, "type");

static_assert(PJRT_HostBufferSemantics_kImmutableOnlyDuringCall == 0, "hbs");
static_assert(PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes == 1,
              "hbs");
static_assert(PJRT_HostBufferSemantics_kImmutableZeroCopy == 2, "hbs");
static_assert(PJRT_HostBufferSemantics_kMutableZeroCopy == 3, "hbs");

static_assert(PJRT_Buffer_MemoryLayout_Type_Strides == 1, "layout type");
static_assert(PJRT_NamedValue_kBool == 4, "named value type");
static_assert(PJRT_Error_Code_UNAUTHENTICATED == 16, "error code");
static_assert(PJRT_ProcessState_kError == 4, "process state");
static_assert(PJRT_Extension_Type_AbiVersion == 20, "extension type");
static_assert(PJRT_Extension_Type_Collectives == 21, "extension type");

// ---- Devices / memories ----
static_assert(PJRT_DeviceDescription_Attributes_Args_STRUCT_SIZE == 40,
              "dd attrs");
static_assert(offsetof(PJRT_DeviceDescription_Attributes_Args,
                       num_attributes) == 24,
              "dd attrs count first");
static_assert(PJRT_Device_MemoryStats_Args_STRUCT_SIZE == 185, "memstats");
static_assert(sizeof(PJRT_Device_MemoryStats_Args) == 192, "memstats sizeof");
static_assert(offsetof(PJRT_Device_MemoryStats_Args,
                       peak_bytes_in_use_is_set) == 40,
              "memstats flag");
static_assert(offsetof(PJRT_Device_MemoryStats_Args, peak_pool_bytes) == 176,
              "memstats peak pool");
static_assert(PJRT_Device_PoisonExecution_Args_STRUCT_SIZE == 49, "poison");
static_assert(PJRT_Device_GetAttributes_Args_STRUCT_SIZE == 56, "dev attrs");
static_assert(PJRT_Device_CreateAsyncTrackingEvent_Args_STRUCT_SIZE == 48,
              "tracking");
static_assert(PJRT_Memory_Id_Args_STRUCT_SIZE == 28, "memory id");
static_assert(PJRT_Memory_Kind_Args_STRUCT_SIZE == 40, "memory kind");
static_assert(PJRT_Memory_Kind_Id_Args_STRUCT_SIZE == 28, "memory kind id");

// ---- Executables ----
static_assert(PJRT_ExecuteOptions_STRUCT_SIZE == 112, "execute options");
static_assert(offsetof(PJRT_ExecuteOptions, launch_id) == 48, "launch_id");
static_assert(offsetof(PJRT_ExecuteOptions, non_donatable_input_indices) == 56,
              "non donatable");
static_assert(offsetof(PJRT_ExecuteOptions, call_location) == 80, "call loc");
static_assert(offsetof(PJRT_ExecuteOptions, num_tasks) == 88, "num_tasks");
static_assert(PJRT_LoadedExecutable_Execute_Args_STRUCT_SIZE == 80, "execute");
static_assert(offsetof(PJRT_LoadedExecutable_Execute_Args, output_lists) == 56,
              "output lists");
static_assert(PJRT_LoadedExecutable_GetDeviceAssignment_Args_STRUCT_SIZE == 56,
              "device assignment");
static_assert(PJRT_Executable_OutputMemoryKinds_Args_STRUCT_SIZE == 48,
              "memory kinds");
static_assert(PJRT_Executable_GetCompiledMemoryStats_Args_STRUCT_SIZE == 120,
              "compiled memory stats");
static_assert(PJRT_Executable_DeserializeAndLoad_Args_STRUCT_SIZE == 64,
              "deserialize");
static_assert(PJRT_Compile_Args_STRUCT_SIZE == 64, "aot compile");

// ---- Buffers ----
static_assert(PJRT_Buffer_ToHostBuffer_Args_STRUCT_SIZE == 56, "to host");
static_assert(offsetof(PJRT_Buffer_ToHostBuffer_Args, dst_size) == 40,
              "dst_size");
static_assert(PJRT_Buffer_GetMemoryLayout_Args_STRUCT_SIZE == 104,
              "get layout");
static_assert(PJRT_Buffer_CopyToDevice_Args_STRUCT_SIZE == 40, "copy device");
static_assert(PJRT_Buffer_CopyToMemory_Args_STRUCT_SIZE == 40, "copy memory");
static_assert(PJRT_Buffer_CopyRawToHostFuture_Callback_Args_STRUCT_SIZE == 48,
              "raw future cb");
static_assert(PJRT_Buffer_CopyRawToHostFuture_Args_STRUCT_SIZE == 64,
              "raw future");
static_assert(
    PJRT_Buffer_DonateWithControlDependency_Callback_Args_STRUCT_SIZE == 40,
    "donate cb");
static_assert(PJRT_Buffer_DonateWithControlDependency_Args_STRUCT_SIZE == 48,
              "donate");

// ---- Topology ----
static_assert(PJRT_TopologyDescription_Create_Args_STRUCT_SIZE == 56,
              "topology create");
static_assert(PJRT_TopologyDescription_Serialize_Args_STRUCT_SIZE == 56,
              "topology serialize");

#endif  // defined(__LP64__) || defined(_WIN64)
