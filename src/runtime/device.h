// Device: the one MLX device this plugin drives (the Metal GPU on a Mac, the
// CUDA GPU on NVIDIA, MLX's CPU backend elsewhere), with its description,
// memory statistics and executor thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "base/status.h"
#include "runtime/executor.h"

namespace metallib::runtime {

struct DeviceDescription {
  int id = 0;
  std::string backend;       // "metal", "cuda" or "cpu": the MLX backend in use
  std::string device_name;   // as MLX reports it, e.g. "Apple M2 Max"
  std::string architecture;  // as MLX reports it, e.g. "applegpu_g14s" or "x86_64"
  int64_t memory_size = 0;   // bytes; 0 when MLX does not report it
  std::string kind;          // e.g. "Apple M2 Max (Metal)" or "MLX CPU"
  std::string mlx_version;
  std::string to_string;     // for repr(device): "MpsDevice(id=0, kind=...)"
  std::string debug_string;  // for str(device): "mps:0"
  std::string details;       // everything above in one line, for logs
};

// Numbers from MLX's allocator; they cover every array the engine holds.
struct MemoryStats {
  int64_t bytes_in_use = 0;       // live arrays
  int64_t peak_bytes_in_use = 0;  // since start or the last reset
  int64_t bytes_limit = 0;        // MLX's memory limit
  int64_t bytes_cached = 0;       // freed but kept for reuse
};

// Engine-wide settings a client may set when it is created.
struct EngineOptions {
  std::optional<int64_t> memory_limit_bytes;
  std::optional<int64_t> cache_limit_bytes;
};

class Device {
 public:
  // Picks MLX's GPU when one is available, its CPU backend otherwise.
  static StatusOr<std::shared_ptr<Device>> create(int id, const EngineOptions& options);
  ~Device();

  const DeviceDescription& description() const { return description_; }
  StatusOr<MemoryStats> memory_stats() const;
  const std::shared_ptr<Executor>& executor() const { return executor_; }
  bool uses_gpu() const { return description_.backend != "cpu"; }

 private:
  Device(DeviceDescription description, std::shared_ptr<Executor> executor)
      : description_(std::move(description)), executor_(std::move(executor)) {}

  DeviceDescription description_;
  std::shared_ptr<Executor> executor_;
};

}  // namespace metallib::runtime
