#include "runtime/device.h"

#include <exception>
#include <sstream>
#include <string>
#include <variant>

#include <unistd.h>

#include "base/log.h"
#include "mlx/mlx.h"

namespace metallib::runtime {
namespace mx = mlx::core;
namespace {

using InfoMap = std::unordered_map<std::string, std::variant<std::string, size_t>>;

std::string info_string(const InfoMap& info, const char* key) {
  auto it = info.find(key);
  if (it == info.end()) return "";
  if (auto* text = std::get_if<std::string>(&it->second)) return *text;
  return std::to_string(std::get<size_t>(it->second));
}

int64_t info_integer(const InfoMap& info, const char* key) {
  auto it = info.find(key);
  if (it == info.end()) return 0;
  if (auto* number = std::get_if<size_t>(&it->second)) {
    return static_cast<int64_t>(*number);
  }
  return 0;
}

// MLX's CPU backend does not report memory; for it the device's memory is
// the machine's RAM.
int64_t physical_memory_bytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGESIZE);
  return pages > 0 && page_size > 0 ? int64_t{pages} * page_size : 0;
}

DeviceDescription describe(int id, bool gpu) {
  DeviceDescription d;
  d.id = id;
  d.backend = !gpu ? "cpu" : mx::metal::is_available() ? "metal" : "cuda";
  const InfoMap& info =
      mx::device_info(gpu ? mx::Device(mx::Device::gpu) : mx::Device(mx::Device::cpu));
  d.device_name = info_string(info, "device_name");
  d.architecture = info_string(info, "architecture");
  d.memory_size = info_integer(info, "memory_size");
  if (d.memory_size == 0) d.memory_size = info_integer(info, "total_memory");
  if (d.memory_size == 0 && !gpu) d.memory_size = physical_memory_bytes();
  d.mlx_version = mx::version();
  if (d.backend == "cpu") {
    d.kind = "MLX CPU";
  } else {
    d.kind = (d.device_name.empty() ? std::string("GPU") : d.device_name) +
             (d.backend == "metal" ? " (Metal)" : " (CUDA)");
  }
  d.to_string = "MpsDevice(id=" + std::to_string(id) + ", kind=" + d.kind + ")";
  d.debug_string = "mps:" + std::to_string(id);
  std::ostringstream details;
  details << "mps:" << id << " kind=\"" << d.kind << "\" backend=" << d.backend
          << " device_name=\"" << d.device_name << "\" architecture=\"" << d.architecture
          << "\" memory_size=" << d.memory_size << " mlx=" << d.mlx_version;
  d.details = details.str();
  return d;
}

Status apply_engine_options(const EngineOptions& options) {
  if (options.memory_limit_bytes) {
    if (*options.memory_limit_bytes <= 0) {
      return invalid_argument("memory_limit_bytes must be positive, got " +
                              std::to_string(*options.memory_limit_bytes));
    }
    mx::set_memory_limit(static_cast<size_t>(*options.memory_limit_bytes));
  }
  if (options.cache_limit_bytes) {
    if (*options.cache_limit_bytes < 0) {
      return invalid_argument("cache_limit_bytes must not be negative, got " +
                              std::to_string(*options.cache_limit_bytes));
    }
    mx::set_cache_limit(static_cast<size_t>(*options.cache_limit_bytes));
  }
  return ok_status();
}

}  // namespace

StatusOr<std::shared_ptr<Device>> Device::create(int id, const EngineOptions& options) {
  try {
    METALLIB_RETURN_IF_ERROR(apply_engine_options(options));
    const bool gpu = mx::gpu::is_available();
    DeviceDescription description = describe(id, gpu);
    METALLIB_LOG(kInfo) << "device " << description.details;
    auto executor = std::make_shared<Executor>("mps:" + std::to_string(id));
    return std::shared_ptr<Device>(new Device(std::move(description), std::move(executor)));
  } catch (const std::exception& e) {
    return internal_error(std::string("MLX failed while setting up the device: ") + e.what());
  }
}

Device::~Device() {
  executor_->shutdown();
}

StatusOr<MemoryStats> Device::memory_stats() const {
  try {
    MemoryStats stats;
    stats.bytes_in_use = static_cast<int64_t>(mx::get_active_memory());
    stats.peak_bytes_in_use = static_cast<int64_t>(mx::get_peak_memory());
    stats.bytes_limit = static_cast<int64_t>(mx::get_memory_limit());
    stats.bytes_cached = static_cast<int64_t>(mx::get_cache_memory());
    return stats;
  } catch (const std::exception& e) {
    return internal_error(std::string("MLX memory statistics failed: ") + e.what());
  }
}

}  // namespace metallib::runtime
