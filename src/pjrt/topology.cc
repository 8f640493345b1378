// PJRT_TopologyDescription entry points. A client's topology lists its one
// device; TopologyDescription_Create builds the same description without a
// client (for compile-only use).
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

namespace metallib::pjrt {

PJRT_Error* client_topology_description(PJRT_Client_TopologyDescription_Args* args) {
  return guarded("PJRT_Client_TopologyDescription", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_TopologyDescription_Args);
    METALLIB_REQUIRE(args, client);
    // Owned by the client; jaxlib does not destroy a client's topology.
    args->topology = &args->client->topology;
    return ok_status();
  });
}

PJRT_Error* topology_create(PJRT_TopologyDescription_Create_Args* args) {
  return guarded("PJRT_TopologyDescription_Create", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_Create_Args);
    METALLIB_ASSIGN_OR_RETURN(auto device, runtime::Device::create(0, {}));
    auto topology = std::make_unique<PJRT_TopologyDescription>();
    topology->platform_name = kPlatformName;
    topology->platform_version = "jax-metallib (MLX " + device->description().mlx_version +
                                 ", " + device->description().backend + ")";
    auto description = std::make_unique<PJRT_DeviceDescription>();
    fill_device_description(device->description(), description.get());
    topology->descriptions.push_back(description.get());
    topology->owned_descriptions.push_back(std::move(description));
    args->topology = topology.release();
    return ok_status();
  });
}

PJRT_Error* topology_destroy(PJRT_TopologyDescription_Destroy_Args* args) {
  return guarded("PJRT_TopologyDescription_Destroy", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_Destroy_Args);
    // A client's own topology is freed with the client, never here.
    if (args->topology != nullptr && !args->topology->owned_descriptions.empty()) {
      delete args->topology;
    }
    return ok_status();
  });
}

PJRT_Error* topology_platform_name(PJRT_TopologyDescription_PlatformName_Args* args) {
  return guarded("PJRT_TopologyDescription_PlatformName", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_PlatformName_Args);
    METALLIB_REQUIRE(args, topology);
    args->platform_name = args->topology->platform_name.data();
    args->platform_name_size = args->topology->platform_name.size();
    return ok_status();
  });
}

PJRT_Error* topology_platform_version(PJRT_TopologyDescription_PlatformVersion_Args* args) {
  return guarded("PJRT_TopologyDescription_PlatformVersion", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_PlatformVersion_Args);
    METALLIB_REQUIRE(args, topology);
    args->platform_version = args->topology->platform_version.data();
    args->platform_version_size = args->topology->platform_version.size();
    return ok_status();
  });
}

PJRT_Error* topology_get_device_descriptions(
    PJRT_TopologyDescription_GetDeviceDescriptions_Args* args) {
  return guarded("PJRT_TopologyDescription_GetDeviceDescriptions", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_GetDeviceDescriptions_Args);
    METALLIB_REQUIRE(args, topology);
    args->descriptions = args->topology->descriptions.data();
    args->num_descriptions = args->topology->descriptions.size();
    return ok_status();
  });
}

PJRT_Error* topology_attributes(PJRT_TopologyDescription_Attributes_Args* args) {
  return guarded("PJRT_TopologyDescription_Attributes", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_TopologyDescription_Attributes_Args);
    METALLIB_REQUIRE(args, topology);
    args->attributes = args->topology->attributes.data();
    args->num_attributes = args->topology->attributes.size();
    return ok_status();
  });
}

}  // namespace metallib::pjrt
