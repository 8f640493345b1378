// jax-metallib: declarations of the PJRT C API, version major 0 / minor 94
// (openxla/xla commit 0882740a8496c82a8dc8a25fadba88ca342fb0aa).
// Written for this project from the layout of upstream's
// xla/pjrt/c/pjrt_c_api.h. Names, field order, field types and enum values
// ARE the binary interface with jaxlib: do not reorder, retype, insert or
// remove anything. New upstream fields only ever go at the end of a struct.
#if !defined(__INCLUDE_LEVEL__) || __INCLUDE_LEVEL__ > 0
#pragma once  // skipped only when this file is itself the main file
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ------------------------------------------------------------------------
// Version of the interface this file describes.
// ------------------------------------------------------------------------
#define PJRT_API_MAJOR 0
#define PJRT_API_MINOR 94

// ------------------------------------------------------------------------
// Helper macros (ours).
// ------------------------------------------------------------------------

// Bytes from the start of `type` through the end of member `field`. This is
// the value a caller stores in `struct_size`; a callee compares it against
// the offsets of newer fields to learn which ones the caller knows about.
#define JAXMTL_PJRT_SIZE_THROUGH(type, field) \
  (offsetof(type, field) + sizeof(((type*)0)->field))

#ifdef __cplusplus
#define JAXMTL_PJRT_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#define JAXMTL_PJRT_ALIGNOF(type) alignof(type)
// GCC rejects `F* F;` inside a class ("changes meaning"); qualifying the
// type name with :: keeps the member name identical while staying valid C++.
#define JAXMTL_PJRT_SLOT(fn) ::fn* fn
#else
#define JAXMTL_PJRT_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define JAXMTL_PJRT_ALIGNOF(type) _Alignof(type)
#define JAXMTL_PJRT_SLOT(fn) fn* fn
#endif

// Declares `<type>_STRUCT_SIZE` and checks that `last_field` really is the
// final member (the struct's sizeof is that size rounded up to alignment).
#define JAXMTL_PJRT_SIZED(type, last_field)                                \
  enum { type##_STRUCT_SIZE = JAXMTL_PJRT_SIZE_THROUGH(type, last_field) }; \
  JAXMTL_PJRT_STATIC_ASSERT(                                               \
      sizeof(type) ==                                                      \
          (JAXMTL_PJRT_SIZE_THROUGH(type, last_field) +                    \
           JAXMTL_PJRT_ALIGNOF(type) - 1) /                                \
              JAXMTL_PJRT_ALIGNOF(type) * JAXMTL_PJRT_ALIGNOF(type),       \
      #type ": last_field is not the final member")

#ifdef __cplusplus
extern "C" {
#endif

// ========================================================================
// Extension chain
// ========================================================================

typedef enum {
  PJRT_Extension_Type_Gpu_Custom_Call = 0,
  PJRT_Extension_Type_Profiler = 1,
  PJRT_Extension_Type_Custom_Partitioner = 2,
  PJRT_Extension_Type_Stream = 3,
  PJRT_Extension_Type_Layouts = 4,
  PJRT_Extension_Type_FFI = 5,
  PJRT_Extension_Type_MemoryDescriptions = 6,
  PJRT_Extension_Type_Triton = 7,
  PJRT_Extension_Type_RawBuffer = 8,     // experimental upstream
  PJRT_Extension_Type_PhaseCompile = 9,  // experimental upstream
  PJRT_Extension_Type_Example = 10,
  PJRT_Extension_Type_Unknown = 11,
  PJRT_Extension_Type_CrossHostTransfers = 12,
  PJRT_Extension_Type_ExecutableMetadata = 13,
  PJRT_Extension_Type_Callback = 14,
  PJRT_Extension_Type_HostAllocator = 15,  // experimental upstream
  PJRT_Extension_Type_TpuTopology = 16,
  PJRT_Extension_Type_TpuExecutable = 17,
  PJRT_Extension_Type_Megascale = 18,
  PJRT_Extension_Type_Shardings = 19,
  PJRT_Extension_Type_AbiVersion = 20,
  PJRT_Extension_Type_Collectives = 21,
} PJRT_Extension_Type;

// Singly linked list node heading every extension struct; `type` says which
// concrete extension struct this node is the first member of.
typedef struct PJRT_Extension_Base {
  size_t struct_size;
  PJRT_Extension_Type type;
  struct PJRT_Extension_Base* next;  // null terminates the chain
} PJRT_Extension_Base;
JAXMTL_PJRT_SIZED(PJRT_Extension_Base, next);

// Filled in by the plugin with the PJRT_API_MAJOR/MINOR it was built with.
typedef struct PJRT_Api_Version {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  int major_version;  // out
  int minor_version;  // out
} PJRT_Api_Version;
JAXMTL_PJRT_SIZED(PJRT_Api_Version, minor_version);

// ========================================================================
// Opaque handles (owned by the plugin unless stated otherwise).
// ========================================================================

typedef struct PJRT_Error PJRT_Error;
typedef struct PJRT_Event PJRT_Event;
typedef struct PJRT_Client PJRT_Client;
typedef struct PJRT_Device PJRT_Device;
typedef struct PJRT_Memory PJRT_Memory;
typedef struct PJRT_ShapeSpec PJRT_ShapeSpec;  // defined further down
typedef struct PJRT_DeviceDescription PJRT_DeviceDescription;
typedef struct PJRT_TopologyDescription PJRT_TopologyDescription;
typedef struct PJRT_Executable PJRT_Executable;
typedef struct PJRT_LoadedExecutable PJRT_LoadedExecutable;
typedef struct PJRT_Buffer PJRT_Buffer;
typedef struct PJRT_FulfillAliasBufferCallback PJRT_FulfillAliasBufferCallback;
typedef struct PJRT_AsyncHostToDeviceTransferManager
    PJRT_AsyncHostToDeviceTransferManager;
typedef struct PJRT_PhaseCompiler PJRT_PhaseCompiler;
typedef struct PJRT_Device_Attributes PJRT_Device_Attributes;
typedef struct PJRT_AsyncTrackingEvent PJRT_AsyncTrackingEvent;
typedef struct PJRT_ExecuteContext PJRT_ExecuteContext;
typedef struct PJRT_DeviceAssignmentSerialized PJRT_DeviceAssignmentSerialized;
typedef struct PJRT_CopyToDeviceStream PJRT_CopyToDeviceStream;
typedef struct PJRT_SerializedExecutable PJRT_SerializedExecutable;
typedef struct PJRT_SerializedCompileOptions PJRT_SerializedCompileOptions;
typedef struct PJRT_SerializedTopology PJRT_SerializedTopology;
struct PJRT_TransferMetadata;  // declared only, never defined upstream

// ========================================================================
// Errors. Every API call returns PJRT_Error* (null = success); the caller
// owns a returned error and must release it with PJRT_Error_Destroy.
// ========================================================================

typedef struct PJRT_Error_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Error* error;  // may be null
} PJRT_Error_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_Error_Destroy_Args, error);
typedef void PJRT_Error_Destroy(PJRT_Error_Destroy_Args* args);

typedef struct PJRT_Error_Message_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_Error* error;
  const char* message;  // out, lives as long as `error`
  size_t message_size;  // out
} PJRT_Error_Message_Args;
JAXMTL_PJRT_SIZED(PJRT_Error_Message_Args, message_size);
typedef void PJRT_Error_Message(PJRT_Error_Message_Args* args);

// Mirrors absl::StatusCode.
typedef enum {
  PJRT_Error_Code_OK = 0,
  PJRT_Error_Code_CANCELLED = 1,
  PJRT_Error_Code_UNKNOWN = 2,
  PJRT_Error_Code_INVALID_ARGUMENT = 3,
  PJRT_Error_Code_DEADLINE_EXCEEDED = 4,
  PJRT_Error_Code_NOT_FOUND = 5,
  PJRT_Error_Code_ALREADY_EXISTS = 6,
  PJRT_Error_Code_PERMISSION_DENIED = 7,
  PJRT_Error_Code_RESOURCE_EXHAUSTED = 8,
  PJRT_Error_Code_FAILED_PRECONDITION = 9,
  PJRT_Error_Code_ABORTED = 10,
  PJRT_Error_Code_OUT_OF_RANGE = 11,
  PJRT_Error_Code_UNIMPLEMENTED = 12,
  PJRT_Error_Code_INTERNAL = 13,
  PJRT_Error_Code_UNAVAILABLE = 14,
  PJRT_Error_Code_DATA_LOSS = 15,
  PJRT_Error_Code_UNAUTHENTICATED = 16
} PJRT_Error_Code;

typedef struct PJRT_Error_GetCode_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_Error* error;
  PJRT_Error_Code code;  // out
} PJRT_Error_GetCode_Args;
JAXMTL_PJRT_SIZED(PJRT_Error_GetCode_Args, code);
typedef PJRT_Error* PJRT_Error_GetCode(PJRT_Error_GetCode_Args* args);

// Handed by the plugin to caller-provided callbacks so they can build a
// PJRT_Error; `message` need only live for the duration of this call.
typedef PJRT_Error* (*PJRT_CallbackError)(PJRT_Error_Code code,
                                          const char* message,
                                          size_t message_size);

// ========================================================================
// Named values (key/value attributes and options)
// ========================================================================

typedef enum {
  PJRT_NamedValue_kString = 0,
  PJRT_NamedValue_kInt64 = 1,
  PJRT_NamedValue_kInt64List = 2,
  PJRT_NamedValue_kFloat = 3,
  PJRT_NamedValue_kBool = 4,
} PJRT_NamedValue_Type;

typedef struct PJRT_NamedValue {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* name;
  size_t name_size;
  PJRT_NamedValue_Type type;  // selects the active union member
  union {
    const char* string_value;
    int64_t int64_value;
    const int64_t* int64_array_value;
    float float_value;
    bool bool_value;
  };
  size_t value_size;  // element count for string/list, 1 for scalars
} PJRT_NamedValue;
JAXMTL_PJRT_SIZED(PJRT_NamedValue, value_size);

// ========================================================================
// Plugin
// ========================================================================

typedef struct PJRT_Plugin_Initialize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
} PJRT_Plugin_Initialize_Args;
JAXMTL_PJRT_SIZED(PJRT_Plugin_Initialize_Args, extension_start);
// Called once, before anything else.
typedef PJRT_Error* PJRT_Plugin_Initialize(PJRT_Plugin_Initialize_Args* args);

typedef struct PJRT_Plugin_Attributes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_NamedValue* attributes;  // out, process lifetime
  size_t num_attributes;              // out
} PJRT_Plugin_Attributes_Args;
JAXMTL_PJRT_SIZED(PJRT_Plugin_Attributes_Args, num_attributes);
typedef PJRT_Error* PJRT_Plugin_Attributes(PJRT_Plugin_Attributes_Args* args);

// ========================================================================
// Events. The caller owns every returned PJRT_Event (PJRT_Event_Destroy).
// ========================================================================

typedef struct PJRT_Event_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;  // may be null
} PJRT_Event_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_Destroy_Args, event);
typedef PJRT_Error* PJRT_Event_Destroy(PJRT_Event_Destroy_Args* args);

typedef struct PJRT_Event_IsReady_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;
  bool is_ready;  // out
} PJRT_Event_IsReady_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_IsReady_Args, is_ready);
typedef PJRT_Error* PJRT_Event_IsReady(PJRT_Event_IsReady_Args* args);

typedef struct PJRT_Event_Error_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;
} PJRT_Event_Error_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_Error_Args, event);
// Returns the event's (caller-owned) error; only valid once ready.
typedef PJRT_Error* PJRT_Event_Error(PJRT_Event_Error_Args* args);

typedef struct PJRT_Event_Await_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;
} PJRT_Event_Await_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_Await_Args, event);
// Blocks until ready; returns the event's (caller-owned) error.
typedef PJRT_Error* PJRT_Event_Await(PJRT_Event_Await_Args* args);

// `error` is owned by the callback (must PJRT_Error_Destroy it).
typedef void (*PJRT_Event_OnReadyCallback)(PJRT_Error* error, void* user_arg);

typedef struct PJRT_Event_OnReady_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;
  PJRT_Event_OnReadyCallback callback;
  void* user_arg;  // caller-owned, forwarded to `callback`
} PJRT_Event_OnReady_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_OnReady_Args, user_arg);
typedef PJRT_Error* PJRT_Event_OnReady(PJRT_Event_OnReady_Args* args);

typedef struct PJRT_Event_Create_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;  // out
} PJRT_Event_Create_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_Create_Args, event);
typedef PJRT_Error* PJRT_Event_Create(PJRT_Event_Create_Args* args);

typedef struct PJRT_Event_Set_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Event* event;          // must come from PJRT_Event_Create
  PJRT_Error_Code error_code;
  const char* error_message;  // borrowed for the call only
  size_t error_message_size;
} PJRT_Event_Set_Args;
JAXMTL_PJRT_SIZED(PJRT_Event_Set_Args, error_message_size);
typedef PJRT_Error* PJRT_Event_Set(PJRT_Event_Set_Args* args);

// ========================================================================
// Key-value store callbacks (supplied by the caller of PJRT_Client_Create)
// ========================================================================

typedef void (*PJRT_KeyValueGetCallback_ValueDeleter)(char* value);

typedef struct PJRT_KeyValueGetCallback_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* key;
  size_t key_size;
  int timeout_in_ms;
  PJRT_CallbackError* callback_error;
  void* user_arg;
  char* value;        // out
  size_t value_size;  // out
  PJRT_KeyValueGetCallback_ValueDeleter value_deleter_callback;  // out
} PJRT_KeyValueGetCallback_Args;
JAXMTL_PJRT_SIZED(PJRT_KeyValueGetCallback_Args, value_deleter_callback);
// Blocking get.
typedef PJRT_Error* (*PJRT_KeyValueGetCallback)(
    PJRT_KeyValueGetCallback_Args* args);

typedef void (*PJRT_KeyValueTryGetCallback_ValueDeleter)(char* value);

typedef struct PJRT_KeyValueTryGetCallback_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* key;
  size_t key_size;
  PJRT_CallbackError* callback_error;
  void* user_arg;
  char* value;        // out
  size_t value_size;  // out
  PJRT_KeyValueTryGetCallback_ValueDeleter value_deleter_callback;  // out
} PJRT_KeyValueTryGetCallback_Args;
JAXMTL_PJRT_SIZED(PJRT_KeyValueTryGetCallback_Args, value_deleter_callback);
// Non-blocking get (NOT_FOUND if the key is absent).
typedef PJRT_Error* (*PJRT_KeyValueTryGetCallback)(
    PJRT_KeyValueTryGetCallback_Args* args);

typedef struct PJRT_KeyValuePutCallback_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* key;
  size_t key_size;
  const char* value;  // borrowed for the call only
  size_t value_size;
  PJRT_CallbackError* callback_error;
  void* user_arg;
} PJRT_KeyValuePutCallback_Args;
JAXMTL_PJRT_SIZED(PJRT_KeyValuePutCallback_Args, user_arg);
typedef PJRT_Error* (*PJRT_KeyValuePutCallback)(
    PJRT_KeyValuePutCallback_Args* args);

// ========================================================================
// Client
// ========================================================================

typedef struct PJRT_Client_Create_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_NamedValue* create_options;
  size_t num_options;
  PJRT_KeyValueGetCallback kv_get_callback;
  void* kv_get_user_arg;
  PJRT_KeyValuePutCallback kv_put_callback;
  void* kv_put_user_arg;
  PJRT_Client* client;  // out
  PJRT_KeyValueTryGetCallback kv_try_get_callback;  // added after `client`
  void* kv_try_get_user_arg;
} PJRT_Client_Create_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_Create_Args, kv_try_get_user_arg);
typedef PJRT_Error* PJRT_Client_Create(PJRT_Client_Create_Args* args);

typedef struct PJRT_Client_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;  // may be null
} PJRT_Client_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_Destroy_Args, client);
typedef PJRT_Error* PJRT_Client_Destroy(PJRT_Client_Destroy_Args* args);

typedef struct PJRT_Client_PlatformName_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const char* platform_name;  // out, owned by `client`
  size_t platform_name_size;  // out
} PJRT_Client_PlatformName_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_PlatformName_Args, platform_name_size);
typedef PJRT_Error* PJRT_Client_PlatformName(
    PJRT_Client_PlatformName_Args* args);

typedef struct PJRT_Client_ProcessIndex_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  int process_index;  // out
} PJRT_Client_ProcessIndex_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_ProcessIndex_Args, process_index);
typedef PJRT_Error* PJRT_Client_ProcessIndex(
    PJRT_Client_ProcessIndex_Args* args);

typedef struct PJRT_Client_PlatformVersion_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const char* platform_version;  // out, owned by `client`
  size_t platform_version_size;  // out
} PJRT_Client_PlatformVersion_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_PlatformVersion_Args, platform_version_size);
typedef PJRT_Error* PJRT_Client_PlatformVersion(
    PJRT_Client_PlatformVersion_Args* args);

typedef struct PJRT_Client_TopologyDescription_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_TopologyDescription* topology;  // out, owned by `client`
} PJRT_Client_TopologyDescription_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_TopologyDescription_Args, topology);
typedef PJRT_Error* PJRT_Client_TopologyDescription(
    PJRT_Client_TopologyDescription_Args* args);

typedef struct PJRT_Client_Devices_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Device* const* devices;  // out, owned by `client`
  size_t num_devices;           // out
} PJRT_Client_Devices_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_Devices_Args, num_devices);
typedef PJRT_Error* PJRT_Client_Devices(PJRT_Client_Devices_Args* args);

typedef struct PJRT_Client_AddressableDevices_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Device* const* addressable_devices;  // out, owned by `client`
  size_t num_addressable_devices;           // out
} PJRT_Client_AddressableDevices_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_AddressableDevices_Args,
                  num_addressable_devices);
typedef PJRT_Error* PJRT_Client_AddressableDevices(
    PJRT_Client_AddressableDevices_Args* args);

typedef struct PJRT_Client_LookupDevice_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  int id;
  PJRT_Device* device;  // out, owned by `client`
} PJRT_Client_LookupDevice_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_LookupDevice_Args, device);
typedef PJRT_Error* PJRT_Client_LookupDevice(
    PJRT_Client_LookupDevice_Args* args);

typedef struct PJRT_Client_LookupAddressableDevice_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  int local_hardware_id;
  PJRT_Device* addressable_device;  // out, owned by `client`
} PJRT_Client_LookupAddressableDevice_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_LookupAddressableDevice_Args,
                  addressable_device);
typedef PJRT_Error* PJRT_Client_LookupAddressableDevice(
    PJRT_Client_LookupAddressableDevice_Args* args);

typedef enum {
  PJRT_ProcessState_kUnspecified = 0,
  PJRT_ProcessState_kUninitialized = 1,
  PJRT_ProcessState_kDisconnected = 2,
  PJRT_ProcessState_kConnected = 3,
  PJRT_ProcessState_kError = 4,
} PJRT_ProcessState;

// Note: no extension_start in this struct.
typedef struct PJRT_ProcessInfo {
  size_t struct_size;
  int task_id;
  uint64_t incarnation_id;
  PJRT_ProcessState state;
  int error_code;
  const char* error_message;
  size_t error_message_size;
} PJRT_ProcessInfo;
JAXMTL_PJRT_SIZED(PJRT_ProcessInfo, error_message_size);

typedef struct PJRT_Client_UpdateGlobalProcessInfo_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_ProcessInfo* process_infos;  // array, caller-owned
  size_t num_process_infos;
} PJRT_Client_UpdateGlobalProcessInfo_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_UpdateGlobalProcessInfo_Args,
                  num_process_infos);
typedef PJRT_Error* PJRT_Client_UpdateGlobalProcessInfo(
    PJRT_Client_UpdateGlobalProcessInfo_Args* args);

typedef struct PJRT_Client_AddressableMemories_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Memory* const* addressable_memories;  // out, owned by `client`
  size_t num_addressable_memories;           // out
} PJRT_Client_AddressableMemories_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_AddressableMemories_Args,
                  num_addressable_memories);
typedef PJRT_Error* PJRT_Client_AddressableMemories(
    PJRT_Client_AddressableMemories_Args* args);

// A program to compile, or (OptimizedProgram) one handed back.
typedef struct PJRT_Program {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  char* code;  // serialized module; non-const because it can be an out buffer
  size_t code_size;
  const char* format;  // "hlo", "hlo_with_config" or "mlir"
  size_t format_size;
} PJRT_Program;
JAXMTL_PJRT_SIZED(PJRT_Program, format_size);

typedef struct PJRT_Client_Compile_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const PJRT_Program* program;  // borrowed for the call
  const char* compile_options;  // serialized CompileOptionsProto
  size_t compile_options_size;
  PJRT_LoadedExecutable* executable;  // out, caller must destroy
} PJRT_Client_Compile_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_Compile_Args, executable);
typedef PJRT_Error* PJRT_Client_Compile(PJRT_Client_Compile_Args* args);

typedef struct PJRT_Client_DefaultDeviceAssignment_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  int num_replicas;
  int num_partitions;
  size_t default_assignment_size;  // capacity, >= replicas * partitions
  int* default_assignment;         // caller-owned array, filled by callee
} PJRT_Client_DefaultDeviceAssignment_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_DefaultDeviceAssignment_Args,
                  default_assignment);
typedef PJRT_Error* PJRT_Client_DefaultDeviceAssignment(
    PJRT_Client_DefaultDeviceAssignment_Args* args);

typedef struct PJRT_Client_DmaMap_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  void* data;
  size_t size;
} PJRT_Client_DmaMap_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_DmaMap_Args, size);
typedef PJRT_Error* PJRT_Client_DmaMap(PJRT_Client_DmaMap_Args* args);

typedef struct PJRT_Client_DmaUnmap_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  void* data;
} PJRT_Client_DmaUnmap_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_DmaUnmap_Args, data);
typedef PJRT_Error* PJRT_Client_DmaUnmap(PJRT_Client_DmaUnmap_Args* args);

// ========================================================================
// Async host-to-device transfer manager
// ========================================================================

typedef struct PJRT_AsyncHostToDeviceTransferManager_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;  // may be null
} PJRT_AsyncHostToDeviceTransferManager_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_Destroy_Args,
                  transfer_manager);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_Destroy(
    PJRT_AsyncHostToDeviceTransferManager_Destroy_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_TransferData_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  int buffer_index;
  const void* data;
  int64_t offset;
  int64_t transfer_size;
  bool is_last_transfer;
  PJRT_Event* done_with_h2d_transfer;  // out
} PJRT_AsyncHostToDeviceTransferManager_TransferData_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_TransferData_Args,
                  done_with_h2d_transfer);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_TransferData(
    PJRT_AsyncHostToDeviceTransferManager_TransferData_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  int buffer_index;
  PJRT_Buffer* buffer_out;  // out
} PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer_Args,
                  buffer_out);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer(
    PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_Device_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  PJRT_Device* device_out;  // out
} PJRT_AsyncHostToDeviceTransferManager_Device_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_Device_Args,
                  device_out);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_Device(
    PJRT_AsyncHostToDeviceTransferManager_Device_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_BufferCount_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  size_t buffer_count;  // out
} PJRT_AsyncHostToDeviceTransferManager_BufferCount_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_BufferCount_Args,
                  buffer_count);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_BufferCount(
    PJRT_AsyncHostToDeviceTransferManager_BufferCount_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_BufferSize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  int buffer_index;
  size_t buffer_size;  // out
} PJRT_AsyncHostToDeviceTransferManager_BufferSize_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_BufferSize_Args,
                  buffer_size);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_BufferSize(
    PJRT_AsyncHostToDeviceTransferManager_BufferSize_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_SetBufferError_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  int buffer_index;
  PJRT_Error_Code error_code;
  const char* error_message;
  size_t error_message_size;
} PJRT_AsyncHostToDeviceTransferManager_SetBufferError_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_SetBufferError_Args,
                  error_message_size);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_SetBufferError(
    PJRT_AsyncHostToDeviceTransferManager_SetBufferError_Args* args);

typedef struct PJRT_AsyncHostToDeviceTransferManager_AddMetadata_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  const PJRT_NamedValue* transfer_metadata;
  size_t num_metadata;
} PJRT_AsyncHostToDeviceTransferManager_AddMetadata_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_AddMetadata_Args,
                  num_metadata);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_AddMetadata(
    PJRT_AsyncHostToDeviceTransferManager_AddMetadata_Args* args);

// ========================================================================
// Element types, host-buffer semantics, memory layouts
// ========================================================================

// Values follow xla::PrimitiveType order as fixed by the C API (not the
// proto numbers).
typedef enum {
  PJRT_Buffer_Type_INVALID = 0,
  PJRT_Buffer_Type_PRED = 1,
  PJRT_Buffer_Type_S8 = 2,
  PJRT_Buffer_Type_S16 = 3,
  PJRT_Buffer_Type_S32 = 4,
  PJRT_Buffer_Type_S64 = 5,
  PJRT_Buffer_Type_U8 = 6,
  PJRT_Buffer_Type_U16 = 7,
  PJRT_Buffer_Type_U32 = 8,
  PJRT_Buffer_Type_U64 = 9,
  PJRT_Buffer_Type_F16 = 10,
  PJRT_Buffer_Type_F32 = 11,
  PJRT_Buffer_Type_F64 = 12,
  PJRT_Buffer_Type_BF16 = 13,
  PJRT_Buffer_Type_C64 = 14,
  PJRT_Buffer_Type_C128 = 15,
  PJRT_Buffer_Type_F8E5M2 = 16,
  PJRT_Buffer_Type_F8E4M3FN = 17,
  PJRT_Buffer_Type_F8E4M3B11FNUZ = 18,
  PJRT_Buffer_Type_F8E5M2FNUZ = 19,
  PJRT_Buffer_Type_F8E4M3FNUZ = 20,
  PJRT_Buffer_Type_S4 = 21,
  PJRT_Buffer_Type_U4 = 22,
  PJRT_Buffer_Type_TOKEN = 23,
  PJRT_Buffer_Type_S2 = 24,
  PJRT_Buffer_Type_U2 = 25,
  PJRT_Buffer_Type_F8E4M3 = 26,
  PJRT_Buffer_Type_F8E3M4 = 27,
  PJRT_Buffer_Type_F8E8M0FNU = 28,
  PJRT_Buffer_Type_F4E2M1FN = 29,
  PJRT_Buffer_Type_S1 = 30,
  PJRT_Buffer_Type_U1 = 31,
} PJRT_Buffer_Type;

// How long the runtime may keep reading the host `data` pointer.
typedef enum {
  // Only during the BufferFromHostBuffer call.
  PJRT_HostBufferSemantics_kImmutableOnlyDuringCall = 0,
  // Until `done_with_host_buffer` fires.
  PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes = 1,
  // Aliased for the buffer's lifetime; the runtime will not write to it.
  PJRT_HostBufferSemantics_kImmutableZeroCopy = 2,
  // Aliased for the buffer's lifetime; the runtime may write to it.
  PJRT_HostBufferSemantics_kMutableZeroCopy = 3,
} PJRT_HostBufferSemantics;

typedef enum {
  PJRT_Buffer_MemoryLayout_Type_Tiled = 0,
  PJRT_Buffer_MemoryLayout_Type_Strides = 1,
} PJRT_Buffer_MemoryLayout_Type;

typedef struct PJRT_Buffer_MemoryLayout_Tiled {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const int64_t* minor_to_major;  // logical dim index per physical position
  size_t minor_to_major_size;
  const int64_t* tile_dims;       // all tiles' dims, concatenated
  const size_t* tile_dim_sizes;   // rank of each tile; `num_tiles` entries
  size_t num_tiles;
} PJRT_Buffer_MemoryLayout_Tiled;
JAXMTL_PJRT_SIZED(PJRT_Buffer_MemoryLayout_Tiled, num_tiles);

typedef struct PJRT_Buffer_MemoryLayout_Strides {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const int64_t* byte_strides;  // one per dim; may be negative
  size_t num_byte_strides;
} PJRT_Buffer_MemoryLayout_Strides;
JAXMTL_PJRT_SIZED(PJRT_Buffer_MemoryLayout_Strides, num_byte_strides);

// Either a tiled (minor-to-major) layout or a strided one, chosen by `type`.
typedef struct PJRT_Buffer_MemoryLayout {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  union {
    PJRT_Buffer_MemoryLayout_Tiled tiled;
    PJRT_Buffer_MemoryLayout_Strides strides;
  };
  PJRT_Buffer_MemoryLayout_Type type;  // note: after the union
} PJRT_Buffer_MemoryLayout;
JAXMTL_PJRT_SIZED(PJRT_Buffer_MemoryLayout, type);

typedef struct PJRT_AsyncHostToDeviceTransferManager_TransferLiteral_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;
  int buffer_index;
  const void* data;
  const int64_t* shape_dims;
  size_t shape_num_dims;
  PJRT_Buffer_Type shape_element_type;
  PJRT_Buffer_MemoryLayout* shape_layout;
  PJRT_Event* done_with_h2d_transfer;  // out
} PJRT_AsyncHostToDeviceTransferManager_TransferLiteral_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncHostToDeviceTransferManager_TransferLiteral_Args,
                  done_with_h2d_transfer);
typedef PJRT_Error* PJRT_AsyncHostToDeviceTransferManager_TransferLiteral(
    PJRT_AsyncHostToDeviceTransferManager_TransferLiteral_Args* args);

// ========================================================================
// Buffer creation on a client
// ========================================================================

typedef struct PJRT_Client_CreateUninitializedBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const int64_t* shape_dims;
  size_t shape_num_dims;
  PJRT_Buffer_Type shape_element_type;
  PJRT_Buffer_MemoryLayout* shape_layout;
  PJRT_Device* device;
  PJRT_Memory* memory;  // if non-null, used instead of `device`
  PJRT_Buffer* buffer;  // out, caller must destroy
} PJRT_Client_CreateUninitializedBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_CreateUninitializedBuffer_Args, buffer);
typedef PJRT_Error* PJRT_Client_CreateUninitializedBuffer(
    PJRT_Client_CreateUninitializedBuffer_Args* args);

typedef struct PJRT_Client_CreateErrorBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Error_Code error_code;
  const char* error_message;
  size_t error_message_size;
  const int64_t* shape_dims;
  size_t shape_num_dims;
  PJRT_Buffer_Type shape_element_type;
  PJRT_Buffer_MemoryLayout* shape_layout;
  PJRT_Memory* memory;
  PJRT_Buffer* buffer;  // out, caller must destroy
} PJRT_Client_CreateErrorBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_CreateErrorBuffer_Args, buffer);
typedef PJRT_Error* PJRT_Client_CreateErrorBuffer(
    PJRT_Client_CreateErrorBuffer_Args* args);

typedef struct PJRT_Client_CreateAliasBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Memory* memory;
  const int64_t* shape_dims;
  size_t shape_num_dims;
  PJRT_Buffer_Type shape_element_type;
  PJRT_Buffer_MemoryLayout* shape_layout;
  PJRT_Buffer* alias_buffer;                                 // out
  PJRT_FulfillAliasBufferCallback* fulfill_alias_buffer_cb;  // out
} PJRT_Client_CreateAliasBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_CreateAliasBuffer_Args, fulfill_alias_buffer_cb);
typedef PJRT_Error* PJRT_Client_CreateAliasBuffer(
    PJRT_Client_CreateAliasBuffer_Args* args);

typedef struct PJRT_Client_FulfillAliasBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_Buffer* buffer;
  PJRT_Error_Code status_code;
  const char* error_message;
  size_t error_message_size;
  PJRT_FulfillAliasBufferCallback* fulfill_alias_buffer_cb;
} PJRT_Client_FulfillAliasBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_FulfillAliasBuffer_Args,
                  fulfill_alias_buffer_cb);
typedef PJRT_Error* PJRT_Client_FulfillAliasBuffer(
    PJRT_Client_FulfillAliasBuffer_Args* args);

typedef struct PJRT_Client_BufferFromHostBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const void* data;
  PJRT_Buffer_Type type;
  const int64_t* dims;
  size_t num_dims;
  const int64_t* byte_strides;  // empty means dense major-to-minor
  size_t num_byte_strides;
  PJRT_HostBufferSemantics host_buffer_semantics;
  PJRT_Device* device;
  PJRT_Memory* memory;  // if non-null, used instead of `device`
  PJRT_Buffer_MemoryLayout* device_layout;  // null = dense major-to-minor
  PJRT_Event* done_with_host_buffer;        // out, caller must destroy
  PJRT_Buffer* buffer;                      // out, caller must destroy
} PJRT_Client_BufferFromHostBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_BufferFromHostBuffer_Args, buffer);
typedef PJRT_Error* PJRT_Client_BufferFromHostBuffer(
    PJRT_Client_BufferFromHostBuffer_Args* args);

typedef struct PJRT_Client_CreateViewOfDeviceBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  void* device_buffer_ptr;  // not owned by the resulting buffer
  const int64_t* dims;
  size_t num_dims;
  PJRT_Buffer_Type element_type;
  PJRT_Buffer_MemoryLayout* layout;
  PJRT_Device* device;  // deprecated; ignored when `memory` is set
  void (*on_delete_callback)(void* device_buffer_ptr, void* user_arg);
  void* on_delete_callback_arg;
  intptr_t stream;      // platform stream handle, may be 0
  PJRT_Buffer* buffer;  // out
  PJRT_Memory* memory;  // added after the out field
} PJRT_Client_CreateViewOfDeviceBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_CreateViewOfDeviceBuffer_Args, memory);
typedef PJRT_Error* PJRT_Client_CreateViewOfDeviceBuffer(
    PJRT_Client_CreateViewOfDeviceBuffer_Args* args);

struct PJRT_ShapeSpec {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const int64_t* dims;
  size_t num_dims;
  PJRT_Buffer_Type element_type;
};
JAXMTL_PJRT_SIZED(PJRT_ShapeSpec, element_type);

typedef struct PJRT_Client_CreateBuffersForAsyncHostToDevice_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  PJRT_ShapeSpec* shape_specs;
  size_t num_shape_specs;
  PJRT_Buffer_MemoryLayout** device_layouts;  // optional
  size_t num_device_layouts;
  PJRT_Memory* memory;
  PJRT_AsyncHostToDeviceTransferManager* transfer_manager;  // out
} PJRT_Client_CreateBuffersForAsyncHostToDevice_Args;
JAXMTL_PJRT_SIZED(PJRT_Client_CreateBuffersForAsyncHostToDevice_Args,
                  transfer_manager);
typedef PJRT_Error* PJRT_Client_CreateBuffersForAsyncHostToDevice(
    PJRT_Client_CreateBuffersForAsyncHostToDevice_Args* args);

// ========================================================================
// Device descriptions (may exist without live hardware)
// ========================================================================

typedef struct PJRT_DeviceDescription_Id_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  int id;  // out
} PJRT_DeviceDescription_Id_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_Id_Args, id);
typedef PJRT_Error* PJRT_DeviceDescription_Id(
    PJRT_DeviceDescription_Id_Args* args);

typedef struct PJRT_DeviceDescription_ProcessIndex_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  int process_index;  // out
} PJRT_DeviceDescription_ProcessIndex_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_ProcessIndex_Args, process_index);
typedef PJRT_Error* PJRT_DeviceDescription_ProcessIndex(
    PJRT_DeviceDescription_ProcessIndex_Args* args);

// Note: count comes BEFORE the array here (reverse of most other structs).
typedef struct PJRT_DeviceDescription_Attributes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  size_t num_attributes;              // out
  const PJRT_NamedValue* attributes;  // out, owned by the description
} PJRT_DeviceDescription_Attributes_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_Attributes_Args, attributes);
typedef PJRT_Error* PJRT_DeviceDescription_Attributes(
    PJRT_DeviceDescription_Attributes_Args* args);

typedef struct PJRT_DeviceDescription_Kind_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  const char* device_kind;  // out, owned by the description
  size_t device_kind_size;  // out
} PJRT_DeviceDescription_Kind_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_Kind_Args, device_kind_size);
typedef PJRT_Error* PJRT_DeviceDescription_Kind(
    PJRT_DeviceDescription_Kind_Args* args);

typedef struct PJRT_DeviceDescription_DebugString_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  const char* debug_string;  // out, owned by the description
  size_t debug_string_size;  // out
} PJRT_DeviceDescription_DebugString_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_DebugString_Args, debug_string_size);
typedef PJRT_Error* PJRT_DeviceDescription_DebugString(
    PJRT_DeviceDescription_DebugString_Args* args);

typedef struct PJRT_DeviceDescription_ToString_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_DeviceDescription* device_description;
  const char* to_string;  // out, owned by the description
  size_t to_string_size;  // out
} PJRT_DeviceDescription_ToString_Args;
JAXMTL_PJRT_SIZED(PJRT_DeviceDescription_ToString_Args, to_string_size);
typedef PJRT_Error* PJRT_DeviceDescription_ToString(
    PJRT_DeviceDescription_ToString_Args* args);

// ========================================================================
// Devices
// ========================================================================

typedef struct PJRT_Device_GetDescription_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  PJRT_DeviceDescription* device_description;  // out, owned by `device`
} PJRT_Device_GetDescription_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_GetDescription_Args, device_description);
typedef PJRT_Error* PJRT_Device_GetDescription(
    PJRT_Device_GetDescription_Args* args);

typedef struct PJRT_Device_IsAddressable_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  bool is_addressable;  // out
} PJRT_Device_IsAddressable_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_IsAddressable_Args, is_addressable);
typedef PJRT_Error* PJRT_Device_IsAddressable(
    PJRT_Device_IsAddressable_Args* args);

typedef struct PJRT_Device_LocalHardwareId_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  int local_hardware_id;  // out, -1 if none
} PJRT_Device_LocalHardwareId_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_LocalHardwareId_Args, local_hardware_id);
typedef PJRT_Error* PJRT_Device_LocalHardwareId(
    PJRT_Device_LocalHardwareId_Args* args);

typedef struct PJRT_Device_AddressableMemories_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  PJRT_Memory* const* memories;  // out, owned by `device`
  size_t num_memories;           // out
} PJRT_Device_AddressableMemories_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_AddressableMemories_Args, num_memories);
typedef PJRT_Error* PJRT_Device_AddressableMemories(
    PJRT_Device_AddressableMemories_Args* args);

typedef struct PJRT_Device_DefaultMemory_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  PJRT_Memory* memory;  // out, owned by `device`
} PJRT_Device_DefaultMemory_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_DefaultMemory_Args, memory);
typedef PJRT_Error* PJRT_Device_DefaultMemory(
    PJRT_Device_DefaultMemory_Args* args);

// All stats are outputs; each optional one has its own *_is_set flag.
typedef struct PJRT_Device_MemoryStats_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  int64_t bytes_in_use;  // always set
  int64_t peak_bytes_in_use;
  bool peak_bytes_in_use_is_set;
  int64_t num_allocs;
  bool num_allocs_is_set;
  int64_t largest_alloc_size;
  bool largest_alloc_size_is_set;
  int64_t bytes_limit;
  bool bytes_limit_is_set;
  int64_t bytes_reserved;
  bool bytes_reserved_is_set;
  int64_t peak_bytes_reserved;
  bool peak_bytes_reserved_is_set;
  int64_t bytes_reservable_limit;
  bool bytes_reservable_limit_is_set;
  int64_t largest_free_block_bytes;
  bool largest_free_block_bytes_is_set;
  int64_t pool_bytes;
  bool pool_bytes_is_set;
  int64_t peak_pool_bytes;
  bool peak_pool_bytes_is_set;
} PJRT_Device_MemoryStats_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_MemoryStats_Args, peak_pool_bytes_is_set);
typedef PJRT_Error* PJRT_Device_MemoryStats(PJRT_Device_MemoryStats_Args* args);

typedef struct PJRT_Device_PoisonExecution_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  int32_t launch_id;
  PJRT_Error_Code error_code;
  const char* error_message;
  size_t error_message_size;
  bool poisoned;  // out
} PJRT_Device_PoisonExecution_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_PoisonExecution_Args, poisoned);
typedef PJRT_Error* PJRT_Device_PoisonExecution(
    PJRT_Device_PoisonExecution_Args* args);

typedef struct PJRT_Device_GetAttributes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  const PJRT_NamedValue* attributes;          // out, see device_attributes
  size_t num_attributes;                      // out
  PJRT_Device_Attributes* device_attributes;  // out, free via deleter
  void (*attributes_deleter)(PJRT_Device_Attributes* device_attributes);  // out
} PJRT_Device_GetAttributes_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_GetAttributes_Args, attributes_deleter);
typedef PJRT_Error* PJRT_Device_GetAttributes(
    PJRT_Device_GetAttributes_Args* args);

// ========================================================================
// Async tracking events
// ========================================================================

typedef struct PJRT_Device_CreateAsyncTrackingEvent_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Device* device;
  const char* description;
  size_t description_size;
  PJRT_AsyncTrackingEvent* event;  // out, caller must destroy
} PJRT_Device_CreateAsyncTrackingEvent_Args;
JAXMTL_PJRT_SIZED(PJRT_Device_CreateAsyncTrackingEvent_Args, event);
typedef PJRT_Error* PJRT_Device_CreateAsyncTrackingEvent(
    PJRT_Device_CreateAsyncTrackingEvent_Args* args);

typedef struct PJRT_AsyncTrackingEvent_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_AsyncTrackingEvent* event;
} PJRT_AsyncTrackingEvent_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_AsyncTrackingEvent_Destroy_Args, event);
typedef PJRT_Error* PJRT_AsyncTrackingEvent_Destroy(
    PJRT_AsyncTrackingEvent_Destroy_Args* args);

// ========================================================================
// Memories
// ========================================================================

typedef struct PJRT_Memory_Id_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  int id;  // out
} PJRT_Memory_Id_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_Id_Args, id);
typedef PJRT_Error* PJRT_Memory_Id(PJRT_Memory_Id_Args* args);

typedef struct PJRT_Memory_Kind_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  const char* kind;  // out, owned by `memory`
  size_t kind_size;  // out
} PJRT_Memory_Kind_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_Kind_Args, kind_size);
typedef PJRT_Error* PJRT_Memory_Kind(PJRT_Memory_Kind_Args* args);

typedef struct PJRT_Memory_Kind_Id_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  int kind_id;  // out
} PJRT_Memory_Kind_Id_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_Kind_Id_Args, kind_id);
typedef PJRT_Error* PJRT_Memory_Kind_Id(PJRT_Memory_Kind_Id_Args* args);

typedef struct PJRT_Memory_DebugString_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  const char* debug_string;  // out, owned by `memory`
  size_t debug_string_size;  // out
} PJRT_Memory_DebugString_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_DebugString_Args, debug_string_size);
typedef PJRT_Error* PJRT_Memory_DebugString(PJRT_Memory_DebugString_Args* args);

typedef struct PJRT_Memory_ToString_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  const char* to_string;  // out, owned by `memory`
  size_t to_string_size;  // out
} PJRT_Memory_ToString_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_ToString_Args, to_string_size);
typedef PJRT_Error* PJRT_Memory_ToString(PJRT_Memory_ToString_Args* args);

typedef struct PJRT_Memory_AddressableByDevices_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Memory* memory;
  PJRT_Device* const* devices;  // out, owned by `memory`
  size_t num_devices;           // out
} PJRT_Memory_AddressableByDevices_Args;
JAXMTL_PJRT_SIZED(PJRT_Memory_AddressableByDevices_Args, num_devices);
typedef PJRT_Error* PJRT_Memory_AddressableByDevices(
    PJRT_Memory_AddressableByDevices_Args* args);

// ========================================================================
// Execute context (caller-owned extra state for an execution)
// ========================================================================

typedef struct PJRT_ExecuteContext_Create_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_ExecuteContext* context;  // out
} PJRT_ExecuteContext_Create_Args;
JAXMTL_PJRT_SIZED(PJRT_ExecuteContext_Create_Args, context);
typedef PJRT_Error* PJRT_ExecuteContext_Create(
    PJRT_ExecuteContext_Create_Args* args);

typedef struct PJRT_ExecuteContext_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_ExecuteContext* context;  // may be null
} PJRT_ExecuteContext_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_ExecuteContext_Destroy_Args, context);
typedef PJRT_Error* PJRT_ExecuteContext_Destroy(
    PJRT_ExecuteContext_Destroy_Args* args);

// ========================================================================
// Executables (unloaded and loaded)
// ========================================================================

typedef struct PJRT_Executable_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;  // may be null
} PJRT_Executable_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_Destroy_Args, executable);
typedef PJRT_Error* PJRT_Executable_Destroy(PJRT_Executable_Destroy_Args* args);

typedef struct PJRT_LoadedExecutable_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;  // may be null
} PJRT_LoadedExecutable_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_Destroy_Args, executable);
typedef PJRT_Error* PJRT_LoadedExecutable_Destroy(
    PJRT_LoadedExecutable_Destroy_Args* args);

typedef struct PJRT_LoadedExecutable_GetExecutable_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* loaded_executable;
  PJRT_Executable* executable;  // out, caller must destroy
} PJRT_LoadedExecutable_GetExecutable_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_GetExecutable_Args, executable);
typedef PJRT_Error* PJRT_LoadedExecutable_GetExecutable(
    PJRT_LoadedExecutable_GetExecutable_Args* args);

typedef struct PJRT_LoadedExecutable_GetDeviceAssignment_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
  const char* serialized_bytes;  // out, backed by the next field
  size_t serialized_bytes_size;  // out
  PJRT_DeviceAssignmentSerialized* serialized_device_assignment;  // out
  void (*serialized_device_assignment_deleter)(
      PJRT_DeviceAssignmentSerialized* da);  // out, call exactly once
} PJRT_LoadedExecutable_GetDeviceAssignment_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_GetDeviceAssignment_Args,
                  serialized_device_assignment_deleter);
typedef PJRT_Error* PJRT_LoadedExecutable_GetDeviceAssignment(
    PJRT_LoadedExecutable_GetDeviceAssignment_Args* args);

typedef struct PJRT_Executable_Name_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  const char* executable_name;  // out, owned by `executable`
  size_t executable_name_size;  // out
} PJRT_Executable_Name_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_Name_Args, executable_name_size);
typedef PJRT_Error* PJRT_Executable_Name(PJRT_Executable_Name_Args* args);

typedef struct PJRT_Executable_NumReplicas_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_replicas;  // out
} PJRT_Executable_NumReplicas_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_NumReplicas_Args, num_replicas);
typedef PJRT_Error* PJRT_Executable_NumReplicas(
    PJRT_Executable_NumReplicas_Args* args);

typedef struct PJRT_Executable_NumPartitions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_partitions;  // out
} PJRT_Executable_NumPartitions_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_NumPartitions_Args, num_partitions);
typedef PJRT_Error* PJRT_Executable_NumPartitions(
    PJRT_Executable_NumPartitions_Args* args);

typedef struct PJRT_LoadedExecutable_AddressableDevices_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
  PJRT_Device* const* addressable_devices;  // out, owned by `executable`
  size_t num_addressable_devices;           // out
} PJRT_LoadedExecutable_AddressableDevices_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_AddressableDevices_Args,
                  num_addressable_devices);
typedef PJRT_Error* PJRT_LoadedExecutable_AddressableDevices(
    PJRT_LoadedExecutable_AddressableDevices_Args* args);

// Two-call protocol: first with program->code == null to learn code_size,
// then again with a caller-allocated buffer of that size.
typedef struct PJRT_Executable_OptimizedProgram_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  PJRT_Program* program;  // in/out, struct owned by the caller
} PJRT_Executable_OptimizedProgram_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_OptimizedProgram_Args, program);
typedef PJRT_Error* PJRT_Executable_OptimizedProgram(
    PJRT_Executable_OptimizedProgram_Args* args);

typedef struct PJRT_LoadedExecutable_Delete_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
} PJRT_LoadedExecutable_Delete_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_Delete_Args, executable);
typedef PJRT_Error* PJRT_LoadedExecutable_Delete(
    PJRT_LoadedExecutable_Delete_Args* args);

typedef struct PJRT_LoadedExecutable_IsDeleted_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
  bool is_deleted;  // out
} PJRT_LoadedExecutable_IsDeleted_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_IsDeleted_Args, is_deleted);
typedef PJRT_Error* PJRT_LoadedExecutable_IsDeleted(
    PJRT_LoadedExecutable_IsDeleted_Args* args);

// A piece of host data; whoever consumes it calls deleter(data, deleter_arg).
// No struct_size / no size constant upstream.
typedef struct PJRT_Chunk {
  void* data;
  size_t size;
  void (*deleter)(void* data, void* deleter_arg);
  void* deleter_arg;
} PJRT_Chunk;

// Host send callback; must release `chunk` when done with it.
typedef PJRT_Error* (*PJRT_SendCallback)(PJRT_Chunk* chunk,
                                         PJRT_CallbackError* callback_error,
                                         size_t total_size_in_bytes, bool done,
                                         void* user_arg);
// Host recv callback; takes ownership of `stream`.
typedef void (*PJRT_RecvCallback)(PJRT_CopyToDeviceStream* stream,
                                  void* user_arg);

// No struct_size / extension_start here, but a size constant exists.
typedef struct PJRT_SendCallbackInfo {
  int64_t channel_id;
  void* user_arg;
  PJRT_SendCallback send_callback;
} PJRT_SendCallbackInfo;
JAXMTL_PJRT_SIZED(PJRT_SendCallbackInfo, send_callback);

typedef struct PJRT_RecvCallbackInfo {
  int64_t channel_id;
  void* user_arg;
  PJRT_RecvCallback recv_callback;
} PJRT_RecvCallbackInfo;
JAXMTL_PJRT_SIZED(PJRT_RecvCallbackInfo, recv_callback);

typedef struct PJRT_ExecuteOptions {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_SendCallbackInfo** send_callbacks;  // [num_devices][num_send_ops]
  PJRT_RecvCallbackInfo** recv_callbacks;  // [num_devices][num_recv_ops]
  size_t num_send_ops;
  size_t num_recv_ops;
  int launch_id;  // 0 = not part of a multi-device launch
  const int64_t* non_donatable_input_indices;
  size_t num_non_donatable_input_indices;
  PJRT_ExecuteContext* context;
  const char* call_location;  // NUL-terminated, borrowed for the call
  size_t num_tasks;
  int* task_ids;            // [num_tasks]
  int64_t* incarnation_ids;  // [num_tasks]
} PJRT_ExecuteOptions;
JAXMTL_PJRT_SIZED(PJRT_ExecuteOptions, incarnation_ids);

typedef struct PJRT_LoadedExecutable_Execute_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
  PJRT_ExecuteOptions* options;  // borrowed for the call
  PJRT_Buffer* const* const* argument_lists;  // [num_devices][num_args]
  size_t num_devices;
  size_t num_args;
  // [num_devices][num_outputs]; both levels allocated by the caller, the
  // callee writes new PJRT_Buffer* that the caller must destroy.
  PJRT_Buffer** const* output_lists;
  PJRT_Event** device_complete_events;  // optional [num_devices], out events
  PJRT_Device* execute_device;          // null = compile-time devices
} PJRT_LoadedExecutable_Execute_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_Execute_Args, execute_device);
typedef PJRT_Error* PJRT_LoadedExecutable_Execute(
    PJRT_LoadedExecutable_Execute_Args* args);

typedef struct PJRT_Executable_NumOutputs_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_outputs;  // out
} PJRT_Executable_NumOutputs_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_NumOutputs_Args, num_outputs);
typedef PJRT_Error* PJRT_Executable_NumOutputs(
    PJRT_Executable_NumOutputs_Args* args);

typedef struct PJRT_Executable_SizeOfGeneratedCodeInBytes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  int64_t size_in_bytes;  // out
} PJRT_Executable_SizeOfGeneratedCodeInBytes_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_SizeOfGeneratedCodeInBytes_Args,
                  size_in_bytes);
typedef PJRT_Error* PJRT_Executable_SizeOfGeneratedCodeInBytes(
    PJRT_Executable_SizeOfGeneratedCodeInBytes_Args* args);

typedef struct PJRT_Executable_Fingerprint_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  const char* executable_fingerprint;  // out, owned by `executable`
  size_t executable_fingerprint_size;  // out
} PJRT_Executable_Fingerprint_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_Fingerprint_Args,
                  executable_fingerprint_size);
typedef PJRT_Error* PJRT_Executable_Fingerprint(
    PJRT_Executable_Fingerprint_Args* args);

// Note: count comes BEFORE the array here.
typedef struct PJRT_Executable_GetCostAnalysis_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_properties;              // out
  const PJRT_NamedValue* properties;  // out, owned by `executable`
} PJRT_Executable_GetCostAnalysis_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_GetCostAnalysis_Args, properties);
typedef PJRT_Error* PJRT_Executable_GetCostAnalysis(
    PJRT_Executable_GetCostAnalysis_Args* args);

// All int64 fields are outputs (mirror xla::CompiledMemoryStats).
typedef struct PJRT_Executable_GetCompiledMemoryStats_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  int64_t generated_code_size_in_bytes;
  int64_t argument_size_in_bytes;
  int64_t output_size_in_bytes;
  int64_t alias_size_in_bytes;
  int64_t temp_size_in_bytes;
  int64_t host_generated_code_size_in_bytes;
  int64_t host_argument_size_in_bytes;
  int64_t host_output_size_in_bytes;
  int64_t host_alias_size_in_bytes;
  int64_t host_temp_size_in_bytes;
  int64_t peak_memory_in_bytes;
  int64_t total_size_in_bytes;
} PJRT_Executable_GetCompiledMemoryStats_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_GetCompiledMemoryStats_Args,
                  total_size_in_bytes);
typedef PJRT_Error* PJRT_Executable_GetCompiledMemoryStats(
    PJRT_Executable_GetCompiledMemoryStats_Args* args);

typedef struct PJRT_Executable_OutputElementTypes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  PJRT_Buffer_Type* output_types;  // out, owned by `executable`
  size_t num_output_types;         // out
} PJRT_Executable_OutputElementTypes_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_OutputElementTypes_Args, num_output_types);
typedef PJRT_Error* PJRT_Executable_OutputElementTypes(
    PJRT_Executable_OutputElementTypes_Args* args);

typedef struct PJRT_Executable_OutputDimensions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_outputs;       // out
  const int64_t* dims;      // out, all outputs' dims concatenated
  const size_t* dim_sizes;  // out, rank of each output
} PJRT_Executable_OutputDimensions_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_OutputDimensions_Args, dim_sizes);
typedef PJRT_Error* PJRT_Executable_OutputDimensions(
    PJRT_Executable_OutputDimensions_Args* args);

typedef struct PJRT_Executable_OutputMemoryKinds_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  size_t num_outputs;                // out
  const char* const* memory_kinds;   // out, [num_outputs]
  const size_t* memory_kind_sizes;   // out, [num_outputs]
} PJRT_Executable_OutputMemoryKinds_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_OutputMemoryKinds_Args, memory_kind_sizes);
typedef PJRT_Error* PJRT_Executable_OutputMemoryKinds(
    PJRT_Executable_OutputMemoryKinds_Args* args);

typedef struct PJRT_Executable_Serialize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_Executable* executable;  // const, unlike most handles
  const char* serialized_bytes;       // out, backed by the next field
  size_t serialized_bytes_size;       // out
  PJRT_SerializedExecutable* serialized_executable;  // out
  void (*serialized_executable_deleter)(
      PJRT_SerializedExecutable* exec);  // out, call exactly once
} PJRT_Executable_Serialize_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_Serialize_Args,
                  serialized_executable_deleter);
typedef PJRT_Error* PJRT_Executable_Serialize(
    PJRT_Executable_Serialize_Args* args);

typedef struct PJRT_Executable_GetCompileOptions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Executable* executable;
  const char* serialized_bytes;  // out, backed by the next field
  size_t serialized_bytes_size;  // out
  PJRT_SerializedCompileOptions* serialized_compile_options;  // out
  void (*serialized_compile_options_deleter)(
      PJRT_SerializedCompileOptions* options);  // out, call exactly once
} PJRT_Executable_GetCompileOptions_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_GetCompileOptions_Args,
                  serialized_compile_options_deleter);
typedef PJRT_Error* PJRT_Executable_GetCompileOptions(
    PJRT_Executable_GetCompileOptions_Args* args);

typedef struct PJRT_Executable_DeserializeAndLoad_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Client* client;
  const char* serialized_executable;
  size_t serialized_executable_size;
  PJRT_LoadedExecutable* loaded_executable;  // out
  // Optional CompileOptionsProto overriding the embedded one (added late,
  // after the out field).
  const char* overridden_serialized_compile_options;
  size_t overridden_serialized_compile_options_size;
} PJRT_Executable_DeserializeAndLoad_Args;
JAXMTL_PJRT_SIZED(PJRT_Executable_DeserializeAndLoad_Args,
                  overridden_serialized_compile_options_size);
typedef PJRT_Error* PJRT_Executable_DeserializeAndLoad(
    PJRT_Executable_DeserializeAndLoad_Args* args);

// Deprecated upstream in favour of PJRT_Executable_Fingerprint.
typedef struct PJRT_LoadedExecutable_Fingerprint_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_LoadedExecutable* executable;
  const char* executable_fingerprint;  // out, owned by `executable`
  size_t executable_fingerprint_size;  // out
} PJRT_LoadedExecutable_Fingerprint_Args;
JAXMTL_PJRT_SIZED(PJRT_LoadedExecutable_Fingerprint_Args,
                  executable_fingerprint_size);
typedef PJRT_Error* PJRT_LoadedExecutable_Fingerprint(
    PJRT_LoadedExecutable_Fingerprint_Args* args);

// ========================================================================
// Buffers
// ========================================================================

typedef struct PJRT_Buffer_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;  // may be null
} PJRT_Buffer_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_Destroy_Args, buffer);
typedef PJRT_Error* PJRT_Buffer_Destroy(PJRT_Buffer_Destroy_Args* args);

typedef struct PJRT_Buffer_ElementType_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Buffer_Type type;  // out
} PJRT_Buffer_ElementType_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_ElementType_Args, type);
typedef PJRT_Error* PJRT_Buffer_ElementType(PJRT_Buffer_ElementType_Args* args);

typedef struct PJRT_Buffer_Dimensions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  const int64_t* dims;  // out, owned by `buffer`
  size_t num_dims;      // out
} PJRT_Buffer_Dimensions_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_Dimensions_Args, num_dims);
typedef PJRT_Error* PJRT_Buffer_Dimensions(PJRT_Buffer_Dimensions_Args* args);

typedef struct PJRT_Buffer_UnpaddedDimensions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  const int64_t* unpadded_dims;  // out, owned by `buffer`
  size_t num_dims;               // out
} PJRT_Buffer_UnpaddedDimensions_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_UnpaddedDimensions_Args, num_dims);
typedef PJRT_Error* PJRT_Buffer_UnpaddedDimensions(
    PJRT_Buffer_UnpaddedDimensions_Args* args);

typedef struct PJRT_Buffer_DynamicDimensionIndices_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  const size_t* dynamic_dim_indices;  // out, owned by `buffer`
  size_t num_dynamic_dims;            // out
} PJRT_Buffer_DynamicDimensionIndices_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_DynamicDimensionIndices_Args, num_dynamic_dims);
typedef PJRT_Error* PJRT_Buffer_DynamicDimensionIndices(
    PJRT_Buffer_DynamicDimensionIndices_Args* args);

// Deprecated upstream (layouts extension preferred). `layout` is embedded by
// value, not a pointer.
typedef struct PJRT_Buffer_GetMemoryLayout_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Buffer_MemoryLayout layout;  // out, arrays owned by `buffer`
} PJRT_Buffer_GetMemoryLayout_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_GetMemoryLayout_Args, layout);
typedef PJRT_Error* PJRT_Buffer_GetMemoryLayout(
    PJRT_Buffer_GetMemoryLayout_Args* args);

typedef struct PJRT_Buffer_ToHostBuffer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* src;
  PJRT_Buffer_MemoryLayout* host_layout;  // optional, borrowed for the call
  void* dst;        // null = just report the needed size in dst_size
  size_t dst_size;  // in/out, bytes
  PJRT_Event* event;  // out, caller must destroy
} PJRT_Buffer_ToHostBuffer_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_ToHostBuffer_Args, event);
typedef PJRT_Error* PJRT_Buffer_ToHostBuffer(
    PJRT_Buffer_ToHostBuffer_Args* args);

typedef struct PJRT_Buffer_OnDeviceSizeInBytes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  size_t on_device_size_in_bytes;  // out
} PJRT_Buffer_OnDeviceSizeInBytes_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_OnDeviceSizeInBytes_Args,
                  on_device_size_in_bytes);
typedef PJRT_Error* PJRT_Buffer_OnDeviceSizeInBytes(
    PJRT_Buffer_OnDeviceSizeInBytes_Args* args);

typedef struct PJRT_Buffer_Delete_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
} PJRT_Buffer_Delete_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_Delete_Args, buffer);
typedef PJRT_Error* PJRT_Buffer_Delete(PJRT_Buffer_Delete_Args* args);

typedef struct PJRT_Buffer_IsDeleted_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  bool is_deleted;  // out
} PJRT_Buffer_IsDeleted_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_IsDeleted_Args, is_deleted);
typedef PJRT_Error* PJRT_Buffer_IsDeleted(PJRT_Buffer_IsDeleted_Args* args);

typedef struct PJRT_Buffer_CopyRawToHost_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  void* dst;
  int64_t offset;
  int64_t transfer_size;
  PJRT_Event* event;  // out
} PJRT_Buffer_CopyRawToHost_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_CopyRawToHost_Args, event);
typedef PJRT_Error* PJRT_Buffer_CopyRawToHost(
    PJRT_Buffer_CopyRawToHost_Args* args);

// Note: no extension_start in this struct.
typedef struct PJRT_Buffer_CopyRawToHostFuture_Callback_Args {
  size_t struct_size;
  void* callback_data;  // as returned by PJRT_Buffer_CopyRawToHostFuture
  PJRT_Error_Code error_code;
  const char* error_message;  // meaningful only when error_code != OK
  size_t error_message_size;
  void* dst;  // meaningful only when error_code == OK
} PJRT_Buffer_CopyRawToHostFuture_Callback_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_CopyRawToHostFuture_Callback_Args, dst);

typedef struct PJRT_Buffer_CopyRawToHostFuture_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  int64_t offset;
  int64_t transfer_size;
  PJRT_Event* event;    // out
  void* callback_data;  // out
  void (*future_ready_callback)(
      PJRT_Buffer_CopyRawToHostFuture_Callback_Args* args);  // out
} PJRT_Buffer_CopyRawToHostFuture_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_CopyRawToHostFuture_Args, future_ready_callback);
typedef PJRT_Error* PJRT_Buffer_CopyRawToHostFuture(
    PJRT_Buffer_CopyRawToHostFuture_Args* args);

typedef struct PJRT_Buffer_CopyToDevice_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Device* dst_device;
  PJRT_Buffer* dst_buffer;  // out, caller must destroy
} PJRT_Buffer_CopyToDevice_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_CopyToDevice_Args, dst_buffer);
typedef PJRT_Error* PJRT_Buffer_CopyToDevice(
    PJRT_Buffer_CopyToDevice_Args* args);

typedef struct PJRT_Buffer_CopyToMemory_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Memory* dst_memory;
  PJRT_Buffer* dst_buffer;  // out, caller must destroy
} PJRT_Buffer_CopyToMemory_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_CopyToMemory_Args, dst_buffer);
typedef PJRT_Error* PJRT_Buffer_CopyToMemory(
    PJRT_Buffer_CopyToMemory_Args* args);

typedef struct PJRT_Buffer_IsOnCpu_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  bool is_on_cpu;  // out
} PJRT_Buffer_IsOnCpu_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_IsOnCpu_Args, is_on_cpu);
typedef PJRT_Error* PJRT_Buffer_IsOnCpu(PJRT_Buffer_IsOnCpu_Args* args);

typedef struct PJRT_Buffer_Device_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Device* device;  // out
} PJRT_Buffer_Device_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_Device_Args, device);
typedef PJRT_Error* PJRT_Buffer_Device(PJRT_Buffer_Device_Args* args);

typedef struct PJRT_Buffer_Memory_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Memory* memory;  // out
} PJRT_Buffer_Memory_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_Memory_Args, memory);
typedef PJRT_Error* PJRT_Buffer_Memory(PJRT_Buffer_Memory_Args* args);

typedef struct PJRT_Buffer_ReadyEvent_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  PJRT_Event* event;  // out, caller must destroy
} PJRT_Buffer_ReadyEvent_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_ReadyEvent_Args, event);
typedef PJRT_Error* PJRT_Buffer_ReadyEvent(PJRT_Buffer_ReadyEvent_Args* args);

typedef struct PJRT_Buffer_UnsafePointer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  uintptr_t buffer_pointer;  // out
} PJRT_Buffer_UnsafePointer_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_UnsafePointer_Args, buffer_pointer);
typedef PJRT_Error* PJRT_Buffer_UnsafePointer(
    PJRT_Buffer_UnsafePointer_Args* args);

typedef struct PJRT_Buffer_IncreaseExternalReferenceCount_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
} PJRT_Buffer_IncreaseExternalReferenceCount_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_IncreaseExternalReferenceCount_Args, buffer);
typedef PJRT_Error* PJRT_Buffer_IncreaseExternalReferenceCount(
    PJRT_Buffer_IncreaseExternalReferenceCount_Args* args);

typedef struct PJRT_Buffer_DecreaseExternalReferenceCount_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
} PJRT_Buffer_DecreaseExternalReferenceCount_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_DecreaseExternalReferenceCount_Args, buffer);
typedef PJRT_Error* PJRT_Buffer_DecreaseExternalReferenceCount(
    PJRT_Buffer_DecreaseExternalReferenceCount_Args* args);

typedef struct PJRT_Buffer_OpaqueDeviceMemoryDataPointer_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  void* device_memory_ptr;  // out
} PJRT_Buffer_OpaqueDeviceMemoryDataPointer_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_OpaqueDeviceMemoryDataPointer_Args,
                  device_memory_ptr);
typedef PJRT_Error* PJRT_Buffer_OpaqueDeviceMemoryDataPointer(
    PJRT_Buffer_OpaqueDeviceMemoryDataPointer_Args* args);

// Note: no extension_start in this struct.
typedef struct PJRT_Buffer_DonateWithControlDependency_Callback_Args {
  size_t struct_size;
  void* callback_data;
  PJRT_Error_Code error_code;
  const char* error_message;
  size_t error_message_size;
} PJRT_Buffer_DonateWithControlDependency_Callback_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_DonateWithControlDependency_Callback_Args,
                  error_message_size);

typedef struct PJRT_Buffer_DonateWithControlDependency_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Buffer* buffer;
  void* callback_data;  // out
  void (*dependency_ready_callback)(
      PJRT_Buffer_DonateWithControlDependency_Callback_Args* args);  // out
  PJRT_Buffer* out_buffer;  // out
} PJRT_Buffer_DonateWithControlDependency_Args;
JAXMTL_PJRT_SIZED(PJRT_Buffer_DonateWithControlDependency_Args, out_buffer);
typedef PJRT_Error* PJRT_Buffer_DonateWithControlDependency(
    PJRT_Buffer_DonateWithControlDependency_Args* args);

// ========================================================================
// CopyToDeviceStream (used by host recv callbacks)
// ========================================================================

typedef struct PJRT_CopyToDeviceStream_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_CopyToDeviceStream* stream;  // may be null
} PJRT_CopyToDeviceStream_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_CopyToDeviceStream_Destroy_Args, stream);
typedef PJRT_Error* PJRT_CopyToDeviceStream_Destroy(
    PJRT_CopyToDeviceStream_Destroy_Args* args);

typedef struct PJRT_CopyToDeviceStream_AddChunk_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_CopyToDeviceStream* stream;
  PJRT_Chunk* chunk;              // ownership moves to the callee
  PJRT_Event* transfer_complete;  // out
} PJRT_CopyToDeviceStream_AddChunk_Args;
JAXMTL_PJRT_SIZED(PJRT_CopyToDeviceStream_AddChunk_Args, transfer_complete);
typedef PJRT_Error* PJRT_CopyToDeviceStream_AddChunk(
    PJRT_CopyToDeviceStream_AddChunk_Args* args);

typedef struct PJRT_CopyToDeviceStream_TotalBytes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_CopyToDeviceStream* stream;
  int64_t total_bytes;  // out
} PJRT_CopyToDeviceStream_TotalBytes_Args;
JAXMTL_PJRT_SIZED(PJRT_CopyToDeviceStream_TotalBytes_Args, total_bytes);
typedef PJRT_Error* PJRT_CopyToDeviceStream_TotalBytes(
    PJRT_CopyToDeviceStream_TotalBytes_Args* args);

typedef struct PJRT_CopyToDeviceStream_GranuleSize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_CopyToDeviceStream* stream;
  int64_t granule_size_in_bytes;  // out
} PJRT_CopyToDeviceStream_GranuleSize_Args;
JAXMTL_PJRT_SIZED(PJRT_CopyToDeviceStream_GranuleSize_Args,
                  granule_size_in_bytes);
typedef PJRT_Error* PJRT_CopyToDeviceStream_GranuleSize(
    PJRT_CopyToDeviceStream_GranuleSize_Args* args);

typedef struct PJRT_CopyToDeviceStream_CurrentBytes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_CopyToDeviceStream* stream;
  int64_t current_bytes;  // out
} PJRT_CopyToDeviceStream_CurrentBytes_Args;
JAXMTL_PJRT_SIZED(PJRT_CopyToDeviceStream_CurrentBytes_Args, current_bytes);
typedef PJRT_Error* PJRT_CopyToDeviceStream_CurrentBytes(
    PJRT_CopyToDeviceStream_CurrentBytes_Args* args);

// ========================================================================
// Topology descriptions and ahead-of-time compilation
// ========================================================================

typedef struct PJRT_TopologyDescription_Create_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* topology_name;
  size_t topology_name_size;
  const PJRT_NamedValue* create_options;
  size_t num_options;
  PJRT_TopologyDescription* topology;  // out, caller must destroy
} PJRT_TopologyDescription_Create_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_Create_Args, topology);
typedef PJRT_Error* PJRT_TopologyDescription_Create(
    PJRT_TopologyDescription_Create_Args* args);

typedef struct PJRT_TopologyDescription_Destroy_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_TopologyDescription* topology;  // may be null
} PJRT_TopologyDescription_Destroy_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_Destroy_Args, topology);
typedef PJRT_Error* PJRT_TopologyDescription_Destroy(
    PJRT_TopologyDescription_Destroy_Args* args);

typedef struct PJRT_TopologyDescription_PlatformVersion_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_TopologyDescription* topology;
  const char* platform_version;  // out, owned by `topology`
  size_t platform_version_size;  // out
} PJRT_TopologyDescription_PlatformVersion_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_PlatformVersion_Args,
                  platform_version_size);
typedef PJRT_Error* PJRT_TopologyDescription_PlatformVersion(
    PJRT_TopologyDescription_PlatformVersion_Args* args);

typedef struct PJRT_TopologyDescription_PlatformName_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_TopologyDescription* topology;  // const here
  const char* platform_name;  // out, owned by `topology`
  size_t platform_name_size;  // out
} PJRT_TopologyDescription_PlatformName_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_PlatformName_Args,
                  platform_name_size);
typedef PJRT_Error* PJRT_TopologyDescription_PlatformName(
    PJRT_TopologyDescription_PlatformName_Args* args);

typedef struct PJRT_TopologyDescription_GetDeviceDescriptions_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_TopologyDescription* topology;  // const here
  PJRT_DeviceDescription* const* descriptions;  // out, owned by `topology`
  size_t num_descriptions;                      // out
} PJRT_TopologyDescription_GetDeviceDescriptions_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_GetDeviceDescriptions_Args,
                  num_descriptions);
typedef PJRT_Error* PJRT_TopologyDescription_GetDeviceDescriptions(
    PJRT_TopologyDescription_GetDeviceDescriptions_Args* args);

typedef struct PJRT_TopologyDescription_Serialize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_TopologyDescription* topology;
  const char* serialized_bytes;  // out, backed by the next field
  size_t serialized_bytes_size;  // out
  PJRT_SerializedTopology* serialized_topology;  // out
  void (*serialized_topology_deleter)(
      PJRT_SerializedTopology* serialized_topology);  // out, call once
} PJRT_TopologyDescription_Serialize_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_Serialize_Args,
                  serialized_topology_deleter);
typedef PJRT_Error* PJRT_TopologyDescription_Serialize(
    PJRT_TopologyDescription_Serialize_Args* args);

typedef struct PJRT_TopologyDescription_Deserialize_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const char* serialized_topology;
  size_t serialized_topology_size;
  PJRT_TopologyDescription* topology;  // out, caller must destroy
} PJRT_TopologyDescription_Deserialize_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_Deserialize_Args, topology);
typedef PJRT_Error* PJRT_TopologyDescription_Deserialize(
    PJRT_TopologyDescription_Deserialize_Args* args);

typedef struct PJRT_TopologyDescription_Attributes_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_TopologyDescription* topology;
  const PJRT_NamedValue* attributes;  // out, owned by `topology`
  size_t num_attributes;              // out
} PJRT_TopologyDescription_Attributes_Args;
JAXMTL_PJRT_SIZED(PJRT_TopologyDescription_Attributes_Args, num_attributes);
typedef PJRT_Error* PJRT_TopologyDescription_Attributes(
    PJRT_TopologyDescription_Attributes_Args* args);

// Compile against a topology without a live client; load the result later.
typedef struct PJRT_Compile_Args {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  const PJRT_TopologyDescription* topology;
  const PJRT_Program* program;  // borrowed for the call
  const char* compile_options;  // serialized CompileOptionsProto
  size_t compile_options_size;
  PJRT_Client* client;          // optional
  PJRT_Executable* executable;  // out, caller must destroy
} PJRT_Compile_Args;
JAXMTL_PJRT_SIZED(PJRT_Compile_Args, executable);
typedef PJRT_Error* PJRT_Compile(PJRT_Compile_Args* args);

// ========================================================================
// The function table the plugin returns from GetPjrtApi().
// Slots are in upstream order; the tail after PJRT_Compile is append-only.
// ========================================================================

typedef struct PJRT_Api {
  size_t struct_size;
  PJRT_Extension_Base* extension_start;
  PJRT_Api_Version pjrt_api_version;

  JAXMTL_PJRT_SLOT(PJRT_Error_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Error_Message);
  JAXMTL_PJRT_SLOT(PJRT_Error_GetCode);

  JAXMTL_PJRT_SLOT(PJRT_Plugin_Initialize);
  JAXMTL_PJRT_SLOT(PJRT_Plugin_Attributes);

  JAXMTL_PJRT_SLOT(PJRT_Event_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Event_IsReady);
  JAXMTL_PJRT_SLOT(PJRT_Event_Error);
  JAXMTL_PJRT_SLOT(PJRT_Event_Await);
  JAXMTL_PJRT_SLOT(PJRT_Event_OnReady);

  JAXMTL_PJRT_SLOT(PJRT_Client_Create);
  JAXMTL_PJRT_SLOT(PJRT_Client_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Client_PlatformName);
  JAXMTL_PJRT_SLOT(PJRT_Client_ProcessIndex);
  JAXMTL_PJRT_SLOT(PJRT_Client_PlatformVersion);
  JAXMTL_PJRT_SLOT(PJRT_Client_Devices);
  JAXMTL_PJRT_SLOT(PJRT_Client_AddressableDevices);
  JAXMTL_PJRT_SLOT(PJRT_Client_LookupDevice);
  JAXMTL_PJRT_SLOT(PJRT_Client_LookupAddressableDevice);
  JAXMTL_PJRT_SLOT(PJRT_Client_AddressableMemories);
  JAXMTL_PJRT_SLOT(PJRT_Client_Compile);
  JAXMTL_PJRT_SLOT(PJRT_Client_DefaultDeviceAssignment);
  JAXMTL_PJRT_SLOT(PJRT_Client_BufferFromHostBuffer);

  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_Id);
  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_ProcessIndex);
  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_Attributes);
  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_Kind);
  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_DebugString);
  JAXMTL_PJRT_SLOT(PJRT_DeviceDescription_ToString);

  JAXMTL_PJRT_SLOT(PJRT_Device_GetDescription);
  JAXMTL_PJRT_SLOT(PJRT_Device_IsAddressable);
  JAXMTL_PJRT_SLOT(PJRT_Device_LocalHardwareId);
  JAXMTL_PJRT_SLOT(PJRT_Device_AddressableMemories);
  JAXMTL_PJRT_SLOT(PJRT_Device_DefaultMemory);
  JAXMTL_PJRT_SLOT(PJRT_Device_MemoryStats);

  JAXMTL_PJRT_SLOT(PJRT_Memory_Id);
  JAXMTL_PJRT_SLOT(PJRT_Memory_Kind);
  JAXMTL_PJRT_SLOT(PJRT_Memory_DebugString);
  JAXMTL_PJRT_SLOT(PJRT_Memory_ToString);
  JAXMTL_PJRT_SLOT(PJRT_Memory_AddressableByDevices);

  JAXMTL_PJRT_SLOT(PJRT_Executable_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Executable_Name);
  JAXMTL_PJRT_SLOT(PJRT_Executable_NumReplicas);
  JAXMTL_PJRT_SLOT(PJRT_Executable_NumPartitions);
  JAXMTL_PJRT_SLOT(PJRT_Executable_NumOutputs);
  JAXMTL_PJRT_SLOT(PJRT_Executable_SizeOfGeneratedCodeInBytes);
  JAXMTL_PJRT_SLOT(PJRT_Executable_GetCostAnalysis);
  JAXMTL_PJRT_SLOT(PJRT_Executable_OutputMemoryKinds);
  JAXMTL_PJRT_SLOT(PJRT_Executable_OptimizedProgram);
  JAXMTL_PJRT_SLOT(PJRT_Executable_Serialize);

  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_GetExecutable);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_AddressableDevices);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_Delete);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_IsDeleted);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_Execute);
  JAXMTL_PJRT_SLOT(PJRT_Executable_DeserializeAndLoad);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_Fingerprint);  // deprecated

  JAXMTL_PJRT_SLOT(PJRT_Buffer_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_ElementType);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_Dimensions);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_UnpaddedDimensions);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_DynamicDimensionIndices);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_GetMemoryLayout);  // deprecated
  JAXMTL_PJRT_SLOT(PJRT_Buffer_OnDeviceSizeInBytes);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_Device);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_Memory);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_Delete);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_IsDeleted);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_CopyToDevice);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_ToHostBuffer);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_IsOnCpu);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_ReadyEvent);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_UnsafePointer);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_IncreaseExternalReferenceCount);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_DecreaseExternalReferenceCount);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_OpaqueDeviceMemoryDataPointer);

  JAXMTL_PJRT_SLOT(PJRT_CopyToDeviceStream_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_CopyToDeviceStream_AddChunk);
  JAXMTL_PJRT_SLOT(PJRT_CopyToDeviceStream_TotalBytes);
  JAXMTL_PJRT_SLOT(PJRT_CopyToDeviceStream_GranuleSize);
  JAXMTL_PJRT_SLOT(PJRT_CopyToDeviceStream_CurrentBytes);

  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_Create);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_PlatformName);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_PlatformVersion);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_GetDeviceDescriptions);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_Serialize);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_Attributes);

  JAXMTL_PJRT_SLOT(PJRT_Compile);

  // ---- Appended over time, in the order they were added. ----
  JAXMTL_PJRT_SLOT(PJRT_Executable_OutputElementTypes);
  JAXMTL_PJRT_SLOT(PJRT_Executable_OutputDimensions);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_CopyToMemory);
  JAXMTL_PJRT_SLOT(PJRT_Client_CreateViewOfDeviceBuffer);
  JAXMTL_PJRT_SLOT(PJRT_Executable_Fingerprint);
  JAXMTL_PJRT_SLOT(PJRT_Client_TopologyDescription);
  JAXMTL_PJRT_SLOT(PJRT_Executable_GetCompiledMemoryStats);
  JAXMTL_PJRT_SLOT(PJRT_Memory_Kind_Id);
  JAXMTL_PJRT_SLOT(PJRT_ExecuteContext_Create);
  JAXMTL_PJRT_SLOT(PJRT_ExecuteContext_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_CopyRawToHost);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_TransferData);
  JAXMTL_PJRT_SLOT(PJRT_Client_CreateBuffersForAsyncHostToDevice);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_Device);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_BufferCount);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_BufferSize);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_SetBufferError);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_AddMetadata);
  JAXMTL_PJRT_SLOT(PJRT_Client_DmaMap);
  JAXMTL_PJRT_SLOT(PJRT_Client_DmaUnmap);
  JAXMTL_PJRT_SLOT(PJRT_Client_CreateUninitializedBuffer);
  JAXMTL_PJRT_SLOT(PJRT_Client_UpdateGlobalProcessInfo);
  JAXMTL_PJRT_SLOT(PJRT_TopologyDescription_Deserialize);
  JAXMTL_PJRT_SLOT(PJRT_Client_CreateAliasBuffer);
  JAXMTL_PJRT_SLOT(PJRT_Client_FulfillAliasBuffer);
  JAXMTL_PJRT_SLOT(PJRT_LoadedExecutable_GetDeviceAssignment);
  JAXMTL_PJRT_SLOT(PJRT_Client_CreateErrorBuffer);
  JAXMTL_PJRT_SLOT(PJRT_AsyncHostToDeviceTransferManager_TransferLiteral);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_CopyRawToHostFuture);
  JAXMTL_PJRT_SLOT(PJRT_Device_PoisonExecution);
  JAXMTL_PJRT_SLOT(PJRT_Device_CreateAsyncTrackingEvent);
  JAXMTL_PJRT_SLOT(PJRT_AsyncTrackingEvent_Destroy);
  JAXMTL_PJRT_SLOT(PJRT_Executable_GetCompileOptions);
  JAXMTL_PJRT_SLOT(PJRT_Buffer_DonateWithControlDependency);
  JAXMTL_PJRT_SLOT(PJRT_Event_Create);
  JAXMTL_PJRT_SLOT(PJRT_Event_Set);
  JAXMTL_PJRT_SLOT(PJRT_Device_GetAttributes);  // last slot at minor 94
} PJRT_Api;
JAXMTL_PJRT_SIZED(PJRT_Api, PJRT_Device_GetAttributes);

#ifdef __cplusplus
}  // extern "C"
#endif
