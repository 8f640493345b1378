// The objects behind PJRT's opaque handles. Each wraps a runtime object and
// keeps the strings and arrays the C API hands out by pointer alive for as
// long as the handle. Ownership: devices and memories live in a DeviceSet
// shared by the client and by every buffer on them, so a buffer stays valid
// after its client is destroyed; the client owns its topology; buffers and
// events are owned by whoever received them and freed through their
// Destroy entry points.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "pjrt/abi/pjrt_abi.h"
#include "pjrt/named_values.h"
#include "runtime/buffer.h"
#include "runtime/device.h"
#include "runtime/event.h"
#include "runtime/executable.h"

struct PJRT_Event {
  metallib::runtime::Event event;
  // Only events made by PJRT_Event_Create may be set by the caller; the
  // plugin's own events (transfers, readiness) complete only when the work does.
  bool settable = false;
};

struct PJRT_DeviceDescription {
  int id = 0;
  int process_index = 0;
  std::string kind;
  std::string debug_string;
  std::string to_string;
  metallib::pjrt::NamedValueList attributes;
};

namespace metallib::pjrt {
struct DeviceSet;
}

struct PJRT_Memory {
  int id = 0;
  std::string kind;  // "device": the only memory space, unified with the host on Apple silicon
  int kind_id = 0;
  std::string debug_string;
  std::string to_string;
  std::vector<PJRT_Device*> devices;
};

struct PJRT_Device {
  std::weak_ptr<metallib::pjrt::DeviceSet> owner;  // the set this device belongs to
  std::shared_ptr<metallib::runtime::Device> device;
  PJRT_DeviceDescription description;
  std::vector<PJRT_Memory*> memories;
  PJRT_Memory* default_memory = nullptr;
};

struct PJRT_TopologyDescription {
  std::string platform_name;
  std::string platform_version;
  // Descriptions owned elsewhere (by the client's devices) when the topology
  // belongs to a client; owned here for a topology made without one.
  std::vector<std::unique_ptr<PJRT_DeviceDescription>> owned_descriptions;
  std::vector<PJRT_DeviceDescription*> descriptions;
  metallib::pjrt::NamedValueList attributes;
};

namespace metallib::pjrt {
// A client's devices and memories, and the lists the C API hands out.
struct DeviceSet {
  std::vector<std::unique_ptr<PJRT_Device>> owned_devices;
  std::vector<PJRT_Device*> devices;
  std::vector<std::unique_ptr<PJRT_Memory>> owned_memories;
  std::vector<PJRT_Memory*> memories;
};
}  // namespace metallib::pjrt

struct PJRT_Client {
  std::string platform_name;
  std::string platform_version;
  std::shared_ptr<metallib::pjrt::DeviceSet> device_set;
  PJRT_TopologyDescription topology;
};

struct PJRT_Buffer {
  std::shared_ptr<metallib::pjrt::DeviceSet> device_set;  // keeps `device` alive
  PJRT_Device* device = nullptr;
  std::shared_ptr<metallib::runtime::Buffer> buffer;
  std::vector<int64_t> minor_to_major;  // row-major; backs PJRT_Buffer_GetMemoryLayout
};

// What PJRT_Executable and PJRT_LoadedExecutable hand out, computed once at
// compile time and shared by every handle of one executable.
namespace metallib::pjrt {
struct ExecutableInfo {
  std::shared_ptr<runtime::Executable> executable;
  std::string name;
  std::string fingerprint;
  std::string optimized_program;  // the module after our passes, as text
  std::vector<PJRT_Buffer_Type> output_types;
  std::vector<int64_t> output_dims;  // all outputs' dims, concatenated
  std::vector<size_t> output_ranks;
  std::vector<const char*> output_memory_kinds;
  std::vector<size_t> output_memory_kind_sizes;
  NamedValueList cost_analysis;
  int64_t argument_bytes = 0;
  int64_t output_bytes = 0;
  int64_t alias_bytes = 0;
};
}  // namespace metallib::pjrt

struct PJRT_Executable {
  std::shared_ptr<const metallib::pjrt::ExecutableInfo> info;
};

struct PJRT_LoadedExecutable {
  std::shared_ptr<const metallib::pjrt::ExecutableInfo> info;
  std::shared_ptr<metallib::pjrt::DeviceSet> device_set;  // keeps the devices alive
  std::vector<PJRT_Device*> addressable_devices;
  std::atomic<bool> deleted{false};
};

namespace metallib::pjrt {

// A new PJRT_Buffer handle for `buffer` on `device`, owned by the caller.
PJRT_Buffer* wrap_buffer(PJRT_Device* device, std::shared_ptr<runtime::Buffer> buffer);

// Fills a PJRT description (kind, strings, attributes) from the runtime's.
void fill_device_description(const runtime::DeviceDescription& from,
                             PJRT_DeviceDescription* to);

// The platform name jaxlib registers us under and the client reports.
inline constexpr const char kPlatformName[] = "mps";

}  // namespace metallib::pjrt
