// The MLX side of a Buffer. Internal to runtime/: includes MLX.
#pragma once

#include <memory>
#include <mutex>

#include "mlx/array.h"
#include "runtime/buffer.h"

namespace metallib::runtime {

struct Buffer::Storage {
  Storage(mlx::core::array a, bool complete) : array(std::move(a)), complete(complete) {}
  mlx::core::array array;
  // True when the array's bytes exist (uploads, and evaluated execution
  // results), so any thread may read them without asking MLX, whose array
  // status is written by the evaluating thread.
  const bool complete;
};

struct Buffer::Cell {
  std::mutex mutex;
  std::shared_ptr<Storage> storage;  // null while pending
};

}  // namespace metallib::runtime
