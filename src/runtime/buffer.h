// Buffer: one array on the device. It owns the MLX array that holds the data
// (hidden here so that callers need no MLX headers), the element type and
// dimensions as the program sees them, and the event that fires when the
// data is ready. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

#include "base/status.h"
#include "ir/element_type.h"
#include "runtime/device.h"
#include "runtime/event.h"
#include "runtime/host_layout.h"

namespace metallib::runtime {

class Buffer : public std::enable_shared_from_this<Buffer> {
 public:
  // Copies host data (element [0,...] at `data`, laid out by `byte_strides`,
  // or dense row-major when it is empty) into a new device buffer. The host
  // memory is no longer read once this returns.
  static StatusOr<std::shared_ptr<Buffer>> from_host(std::shared_ptr<Device> device,
                                                     ir::ElementType type, Dims dims,
                                                     const void* data,
                                                     std::span<const int64_t> byte_strides);

  // A buffer whose data an execution will produce: its storage is set by
  // fulfil() on the executor, after which `ready` fires.
  static std::shared_ptr<Buffer> pending(std::shared_ptr<Device> device, ir::ElementType type,
                                         Dims dims, Event ready);

  ~Buffer();

  ir::ElementType element_type() const { return type_; }
  const Dims& dims() const { return dims_; }
  const std::shared_ptr<Device>& device() const { return device_; }
  // Bytes the device holds for this buffer (0 once deleted).
  int64_t on_device_size_bytes() const;
  // Bytes of the dense row-major host form.
  int64_t dense_host_bytes() const { return dense_host_bytes_; }
  // Fires when the data are complete; an error event once released.
  Event ready_event() const;

  // Copies the data to `dst` (dense when `byte_strides` is empty) on the
  // device's executor; the returned event fires when the copy is done.
  Event to_host(void* dst, int64_t dst_size, std::vector<int64_t> byte_strides);

  // A buffer on `device` with the same contents. Arrays are immutable, so
  // this shares the data instead of copying it (also while it is pending).
  StatusOr<std::shared_ptr<Buffer>> copy_to(std::shared_ptr<Device> device);

  // The address of the data once it is ready (waits for it), for
  // jax.Array.unsafe_buffer_pointer. Fails for deleted or failed buffers.
  StatusOr<uintptr_t> data_pointer() const;

  // Frees the device memory now; later reads fail with a clear error.
  void release();
  bool is_released() const;

  // Opaque holder of the MLX array; defined in buffer_storage.h, which
  // only runtime/ includes.
  struct Storage;
  // Where the storage lives: shared by a buffer and its copies, so that a
  // pending buffer's copies see the array as soon as it is made.
  struct Cell;

  // For runtime/: the data, or null while pending; an error once released.
  StatusOr<std::shared_ptr<Storage>> storage() const;
  // For runtime/ (executor thread): sets the data of a pending buffer.
  void fulfil(std::shared_ptr<Storage> storage);

 private:
  Buffer(std::shared_ptr<Device> device, ir::ElementType type, Dims dims,
         int64_t dense_host_bytes, std::shared_ptr<Cell> cell, Event ready);

  // Arrays up to this size are copied to the host on the calling thread
  // when their data are ready.
  static constexpr int64_t kInlineCopyMaxBytes = 1 << 20;

  // The cell, or an error naming the buffer when it was released.
  StatusOr<std::shared_ptr<Cell>> cell_or_error() const;
  Status released_error() const;

  std::shared_ptr<Device> device_;
  ir::ElementType type_;
  Dims dims_;
  int64_t dense_host_bytes_ = 0;
  Event ready_;
  mutable std::mutex mutex_;
  std::shared_ptr<Cell> cell_;  // null once released
};

// Human-readable "f32[2,3]" for messages.
std::string describe_array(ir::ElementType type, std::span<const int64_t> dims);

}  // namespace metallib::runtime
