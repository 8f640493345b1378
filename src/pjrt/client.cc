// PJRT_Client entry points: creation from options, the device and memory
// lists, and lookups. The plugin drives exactly one device.
#include <string>
#include <string_view>

#include "base/log.h"
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

#ifndef METALLIB_VERSION
#error "METALLIB_VERSION must be defined by the build"
#endif

namespace metallib::pjrt {
namespace {

std::string_view name_of(const PJRT_NamedValue& value) {
  return std::string_view(value.name, value.name_size);
}

StatusOr<int64_t> integer_option(const PJRT_NamedValue& value) {
  if (value.type != PJRT_NamedValue_kInt64) {
    return invalid_argument("client option '" + std::string(name_of(value)) +
                            "' must be an integer");
  }
  return value.int64_value;
}

// Known options: memory_limit_bytes, cache_limit_bytes (MLX allocator
// limits) and log_level (0-3, like MPS_LOG_LEVEL). Unknown names are logged
// and ignored, since newer jaxlib versions may pass options of their own.
StatusOr<runtime::EngineOptions> parse_options(const PJRT_NamedValue* options, size_t count) {
  runtime::EngineOptions engine;
  for (size_t i = 0; i < count; ++i) {
    const PJRT_NamedValue& option = options[i];
    std::string_view name = name_of(option);
    if (name == "memory_limit_bytes") {
      METALLIB_ASSIGN_OR_RETURN(engine.memory_limit_bytes, integer_option(option));
    } else if (name == "cache_limit_bytes") {
      METALLIB_ASSIGN_OR_RETURN(engine.cache_limit_bytes, integer_option(option));
    } else if (name == "log_level") {
      METALLIB_ASSIGN_OR_RETURN(int64_t level, integer_option(option));
      if (level < 0 || level > 3) {
        return invalid_argument("client option log_level must be 0-3, got " +
                                std::to_string(level));
      }
      log::set_level(static_cast<log::Level>(level));
    } else {
      METALLIB_LOG(kWarn) << "ignoring unknown client option '" << name << "'";
    }
  }
  return engine;
}

void add_device_memory(DeviceSet* set, PJRT_Device* device) {
  auto memory = std::make_unique<PJRT_Memory>();
  memory->id = static_cast<int>(set->memories.size());
  memory->kind = "device";
  memory->kind_id = 0;
  memory->to_string = "MpsMemory(id=" + std::to_string(memory->id) + ", kind=device)";
  memory->debug_string = "mps:" + std::to_string(device->description.id) + " memory " +
                         std::to_string(memory->id) +
                         " kind=device (unified with the host on Apple silicon)";
  memory->devices.push_back(device);
  device->memories.push_back(memory.get());
  device->default_memory = memory.get();
  set->memories.push_back(memory.get());
  set->owned_memories.push_back(std::move(memory));
}

StatusOr<std::unique_ptr<PJRT_Client>> build_client(const runtime::EngineOptions& options) {
  auto client = std::make_unique<PJRT_Client>();
  client->platform_name = kPlatformName;
  METALLIB_ASSIGN_OR_RETURN(auto runtime_device, runtime::Device::create(0, options));
  const runtime::DeviceDescription& description = runtime_device->description();
  client->platform_version = std::string("jax-metallib ") + METALLIB_VERSION + " (MLX " +
                             description.mlx_version + ", " + description.backend + ")";

  auto set = std::make_shared<DeviceSet>();
  auto device = std::make_unique<PJRT_Device>();
  device->owner = set;
  device->device = std::move(runtime_device);
  fill_device_description(device->device->description(), &device->description);
  add_device_memory(set.get(), device.get());
  set->devices.push_back(device.get());
  set->owned_devices.push_back(std::move(device));
  client->device_set = std::move(set);

  PJRT_TopologyDescription& topology = client->topology;
  topology.platform_name = client->platform_name;
  topology.platform_version = client->platform_version;
  for (PJRT_Device* d : client->device_set->devices)
    topology.descriptions.push_back(&d->description);
  return client;
}

Status check_client(const PJRT_Client* client) {
  return check_not_null(client, "client");
}

}  // namespace

PJRT_Error* client_create(PJRT_Client_Create_Args* args) {
  return guarded("PJRT_Client_Create", [&]() -> Status {
    METALLIB_RETURN_IF_ERROR(check_not_null(args, "args"));
    // Fields after `client` (kv_try_get_*) are optional and unused here.
    METALLIB_RETURN_IF_ERROR(check_struct_size(
        args->struct_size, JAXMTL_PJRT_SIZE_THROUGH(PJRT_Client_Create_Args, client),
        "PJRT_Client_Create_Args"));
    if (args->num_options > 0) METALLIB_REQUIRE(args, create_options);
    METALLIB_ASSIGN_OR_RETURN(auto options,
                              parse_options(args->create_options, args->num_options));
    METALLIB_ASSIGN_OR_RETURN(auto client, build_client(options));
    METALLIB_LOG(kInfo) << "created client: " << client->platform_version;
    args->client = client.release();
    return ok_status();
  });
}

PJRT_Error* client_destroy(PJRT_Client_Destroy_Args* args) {
  return guarded("PJRT_Client_Destroy", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_Destroy_Args);
    delete args->client;
    return ok_status();
  });
}

PJRT_Error* client_platform_name(PJRT_Client_PlatformName_Args* args) {
  return guarded("PJRT_Client_PlatformName", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_PlatformName_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->platform_name = args->client->platform_name.data();
    args->platform_name_size = args->client->platform_name.size();
    return ok_status();
  });
}

PJRT_Error* client_process_index(PJRT_Client_ProcessIndex_Args* args) {
  return guarded("PJRT_Client_ProcessIndex", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_ProcessIndex_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->process_index = 0;
    return ok_status();
  });
}

PJRT_Error* client_platform_version(PJRT_Client_PlatformVersion_Args* args) {
  return guarded("PJRT_Client_PlatformVersion", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_PlatformVersion_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->platform_version = args->client->platform_version.data();
    args->platform_version_size = args->client->platform_version.size();
    return ok_status();
  });
}

PJRT_Error* client_devices(PJRT_Client_Devices_Args* args) {
  return guarded("PJRT_Client_Devices", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_Devices_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->devices = args->client->device_set->devices.data();
    args->num_devices = args->client->device_set->devices.size();
    return ok_status();
  });
}

PJRT_Error* client_addressable_devices(PJRT_Client_AddressableDevices_Args* args) {
  return guarded("PJRT_Client_AddressableDevices", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_AddressableDevices_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->addressable_devices = args->client->device_set->devices.data();
    args->num_addressable_devices = args->client->device_set->devices.size();
    return ok_status();
  });
}

PJRT_Error* client_lookup_device(PJRT_Client_LookupDevice_Args* args) {
  return guarded("PJRT_Client_LookupDevice", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_LookupDevice_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    for (PJRT_Device* device : args->client->device_set->devices) {
      if (device->description.id == args->id) {
        args->device = device;
        return ok_status();
      }
    }
    return invalid_argument("no device with id " + std::to_string(args->id) +
                            " (this client has " +
                            std::to_string(args->client->device_set->devices.size()) + ")");
  });
}

PJRT_Error* client_lookup_addressable_device(PJRT_Client_LookupAddressableDevice_Args* args) {
  return guarded("PJRT_Client_LookupAddressableDevice", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_LookupAddressableDevice_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    // Local hardware ids equal device ids: one process, one host.
    for (PJRT_Device* device : args->client->device_set->devices) {
      if (device->description.id == args->local_hardware_id) {
        args->addressable_device = device;
        return ok_status();
      }
    }
    return invalid_argument("no addressable device with local hardware id " +
                            std::to_string(args->local_hardware_id));
  });
}

PJRT_Error* client_addressable_memories(PJRT_Client_AddressableMemories_Args* args) {
  return guarded("PJRT_Client_AddressableMemories", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_AddressableMemories_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    args->addressable_memories = args->client->device_set->memories.data();
    args->num_addressable_memories = args->client->device_set->memories.size();
    return ok_status();
  });
}

PJRT_Error* client_default_device_assignment(PJRT_Client_DefaultDeviceAssignment_Args* args) {
  return guarded("PJRT_Client_DefaultDeviceAssignment", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_DefaultDeviceAssignment_Args);
    METALLIB_RETURN_IF_ERROR(check_client(args->client));
    const int64_t wanted = int64_t{args->num_replicas} * args->num_partitions;
    const auto available = static_cast<int64_t>(args->client->device_set->devices.size());
    if (args->num_replicas < 1 || args->num_partitions < 1 || wanted > available) {
      return invalid_argument("cannot assign " + std::to_string(args->num_replicas) +
                              " replica(s) x " + std::to_string(args->num_partitions) +
                              " partition(s): the mps platform has " +
                              std::to_string(available) + " device(s)");
    }
    if (static_cast<int64_t>(args->default_assignment_size) < wanted) {
      return invalid_argument("default_assignment has room for " +
                              std::to_string(args->default_assignment_size) + " ids but " +
                              std::to_string(wanted) + " are needed");
    }
    if (wanted > 0) METALLIB_REQUIRE(args, default_assignment);
    for (int64_t i = 0; i < wanted; ++i) {
      args->default_assignment[i] = args->client->device_set->devices[i]->description.id;
    }
    return ok_status();
  });
}

}  // namespace metallib::pjrt
