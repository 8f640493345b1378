#include "runtime/buffer.h"

#include <climits>
#include <exception>
#include <string>

#include "base/log.h"
#include "mlx/mlx.h"
#include "runtime/buffer_storage.h"
#include "runtime/storage_type.h"

namespace metallib::runtime {
namespace mx = mlx::core;

namespace {

// MLX shapes hold int32 extents.
StatusOr<mx::Shape> mlx_shape(ir::ElementType type, std::span<const int64_t> dims, bool native,
                              int64_t element_bytes) {
  mx::Shape shape;
  for (int64_t d : dims) {
    if (d > INT32_MAX) {
      return invalid_argument("dimension " + std::to_string(d) + " of " +
                              describe_array(type, dims) +
                              " exceeds the 2^31-1 elements MLX allows per axis");
    }
    shape.push_back(static_cast<int32_t>(d));
  }
  // Non-native multi-byte types keep their bytes in a trailing axis.
  if (!native && element_bytes > 1) shape.push_back(static_cast<int32_t>(element_bytes));
  return shape;
}

// Fails when a strided host layout would write before `dst` or past
// `dst_size` bytes.
Status check_host_destination(std::span<const int64_t> dims,
                              std::span<const int64_t> byte_strides, int64_t element_bytes,
                              int64_t dst_size) {
  METALLIB_RETURN_IF_ERROR(check_byte_strides(dims, byte_strides, element_bytes));
  ByteRange range = touched_bytes(dims, byte_strides, element_bytes);
  if (range.begin < 0) {
    return invalid_argument(
        "host layouts with negative byte strides are not supported for copies to "
        "the host: they would write before the destination pointer");
  }
  if (range.end > dst_size) {
    return invalid_argument("destination holds " + std::to_string(dst_size) +
                            " bytes but the host layout needs " + std::to_string(range.end));
  }
  return ok_status();
}

// Writes a row-contiguous, evaluated array to host memory.
void write_to_host(const mx::array& array, std::span<const int64_t> dims,
                   std::span<const int64_t> byte_strides, int64_t element_bytes, void* dst) {
  if (array.nbytes() > 0) {
    copy_dense_to_strided(array.data<char>(), dims, byte_strides, element_bytes, dst);
  }
}

// Evaluates `array` (row-major) and writes it to host memory. Executor only:
// it may build and run MLX graph work.
Status evaluate_and_write(mx::array array, std::span<const int64_t> dims,
                          std::span<const int64_t> byte_strides, int64_t element_bytes,
                          void* dst, const std::string& what) {
  try {
    if (!array.flags().row_contiguous) array = mx::contiguous(array);
    array.eval();
    write_to_host(array, dims, byte_strides, element_bytes, dst);
    return ok_status();
  } catch (const std::exception& e) {
    return internal_error("copying " + what + " to the host failed in MLX: " + e.what());
  }
}

}  // namespace

std::string describe_array(ir::ElementType type, std::span<const int64_t> dims) {
  std::string text(ir::element_type_name(type));
  text += '[';
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(dims[i]);
  }
  return text + ']';
}

Buffer::Buffer(std::shared_ptr<Device> device, ir::ElementType type, Dims dims,
               int64_t dense_host_bytes, std::shared_ptr<Cell> cell, Event ready)
    : device_(std::move(device)),
      type_(type),
      dims_(std::move(dims)),
      dense_host_bytes_(dense_host_bytes),
      ready_(std::move(ready)),
      cell_(std::move(cell)) {}

std::shared_ptr<Buffer> Buffer::pending(std::shared_ptr<Device> device, ir::ElementType type,
                                        Dims dims, Event ready) {
  const int64_t bytes = dense_byte_size(dims, ir::host_element_bytes(type)).value_or(0);
  return std::shared_ptr<Buffer>(new Buffer(std::move(device), type, std::move(dims), bytes,
                                            std::make_shared<Cell>(), std::move(ready)));
}

Buffer::~Buffer() = default;

StatusOr<std::shared_ptr<Buffer>> Buffer::from_host(std::shared_ptr<Device> device,
                                                    ir::ElementType type, Dims dims,
                                                    const void* data,
                                                    std::span<const int64_t> byte_strides) {
  const int64_t element_bytes = ir::host_element_bytes(type);
  if (element_bytes == 0) {
    return invalid_argument("cannot transfer arrays of element type " +
                            std::string(ir::element_type_name(type)));
  }
  METALLIB_ASSIGN_OR_RETURN(int64_t bytes, dense_byte_size(dims, element_bytes));
  std::vector<int64_t> strides(byte_strides.begin(), byte_strides.end());
  if (strides.empty()) {
    strides = dense_byte_strides(dims, element_bytes);
  } else {
    METALLIB_RETURN_IF_ERROR(check_byte_strides(dims, strides, element_bytes));
  }
  if (data == nullptr && bytes > 0) {
    return invalid_argument("host data pointer is null for " + describe_array(type, dims));
  }
  const std::optional<mx::Dtype> native = native_mlx_dtype(type);
  METALLIB_ASSIGN_OR_RETURN(mx::Shape shape,
                            mlx_shape(type, dims, native.has_value(), element_bytes));
  try {
    mx::allocator::Data memory = mx::allocator::malloc(static_cast<size_t>(bytes));
    if (bytes > 0) {
      copy_strided_to_dense(data, dims, strides, element_bytes, memory.buffer().raw_ptr());
    }
    auto cell = std::make_shared<Cell>();
    cell->storage = std::make_shared<Storage>(
        mx::array(std::move(memory), std::move(shape), native.value_or(mx::uint8)),
        /*complete=*/true);
    return std::shared_ptr<Buffer>(new Buffer(std::move(device), type, std::move(dims), bytes,
                                              std::move(cell), Event::ready()));
  } catch (const std::exception& e) {
    return resource_exhausted("could not allocate " + std::to_string(bytes) + " bytes for " +
                              describe_array(type, dims) + ": " + e.what());
  }
}

int64_t Buffer::on_device_size_bytes() const {
  auto storage = this->storage();
  // A pending buffer will hold its dense form.
  if (!storage.ok()) return 0;
  return *storage ? static_cast<int64_t>((*storage)->array.nbytes()) : dense_host_bytes_;
}

Status Buffer::released_error() const {
  return failed_precondition("buffer " + describe_array(type_, dims_) +
                             " has been deleted (or donated)");
}

StatusOr<std::shared_ptr<Buffer::Cell>> Buffer::cell_or_error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!cell_) return released_error();
  return cell_;
}

StatusOr<std::shared_ptr<Buffer::Storage>> Buffer::storage() const {
  METALLIB_ASSIGN_OR_RETURN(std::shared_ptr<Cell> cell, cell_or_error());
  std::lock_guard<std::mutex> lock(cell->mutex);
  return cell->storage;
}

void Buffer::fulfil(std::shared_ptr<Storage> storage) {
  auto cell = cell_or_error();
  if (!cell.ok()) return;  // released while pending: nothing to keep
  std::lock_guard<std::mutex> lock((*cell)->mutex);
  (*cell)->storage = std::move(storage);
}

Event Buffer::ready_event() const {
  if (is_released()) return Event::ready(released_error());
  return ready_;
}

Event Buffer::to_host(void* dst, int64_t dst_size, std::vector<int64_t> byte_strides) {
  auto storage = this->storage();
  if (!storage.ok()) return Event::ready(storage.status());
  const int64_t element_bytes = ir::host_element_bytes(type_);
  if (byte_strides.empty()) byte_strides = dense_byte_strides(dims_, element_bytes);
  const std::string what = describe_array(type_, dims_);
  Status layout = check_host_destination(dims_, byte_strides, element_bytes, dst_size);
  if (!layout.ok()) {
    return Event::ready(
        Status(layout.code(), "copying " + what + " to the host: " + layout.message()));
  }
  if (ready_.is_ready() && !ready_.status().ok()) return Event::ready(ready_.status());

  // Small arrays whose bytes exist (uploads, finished results) are copied
  // right here: a round trip through the executor would cost more than the
  // copy, and no MLX graph work is needed.
  if (*storage && (*storage)->complete && (*storage)->array.flags().row_contiguous &&
      dense_host_bytes_ <= kInlineCopyMaxBytes) {
    write_to_host((*storage)->array, dims_, byte_strides, element_bytes, dst);
    return Event::ready();
  }

  // Otherwise the executor evaluates and copies once the data are ready. The
  // executor never blocks on the ready event: the copy is queued only after
  // it fires, so it cannot wait on work queued behind it. A pending buffer's
  // storage is looked up then; a present one is held now, so that deleting
  // the buffer meanwhile does not cancel the copy.
  Event done = Event::create();
  std::shared_ptr<Executor> executor = device_->executor();
  auto copy = [self = shared_from_this(), held = *storage, dst, dims = dims_,
               strides = std::move(byte_strides), element_bytes, done, what] {
    std::shared_ptr<Storage> storage = held;
    if (!storage) {
      auto now = self->storage();
      if (!now.ok()) return done.set(now.status());
      storage = *now;
    }
    if (!storage) return done.set(internal_error(what + " has no data although it is ready"));
    done.set(evaluate_and_write(storage->array, dims, strides, element_bytes, dst, what));
  };
  ready_.on_ready([executor, done, copy = std::move(copy)](Status produced) mutable {
    if (!produced.ok()) {
      done.set(produced);
      return;
    }
    Status queued = executor->enqueue(std::move(copy));
    if (!queued.ok()) done.set(queued);
  });
  return done;
}

StatusOr<std::shared_ptr<Buffer>> Buffer::copy_to(std::shared_ptr<Device> device) {
  METALLIB_ASSIGN_OR_RETURN(std::shared_ptr<Cell> cell, cell_or_error());
  return std::shared_ptr<Buffer>(
      new Buffer(std::move(device), type_, dims_, dense_host_bytes_, std::move(cell), ready_));
}

StatusOr<uintptr_t> Buffer::data_pointer() const {
  METALLIB_RETURN_IF_ERROR(ready_event().await());
  METALLIB_ASSIGN_OR_RETURN(std::shared_ptr<Storage> storage, this->storage());
  if (!storage || !storage->complete) {
    return failed_precondition("buffer " + describe_array(type_, dims_) + " has no data yet");
  }
  return reinterpret_cast<uintptr_t>(storage->array.data<char>());
}

void Buffer::release() {
  std::shared_ptr<Cell> released;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    released.swap(cell_);
  }
  // The array is freed here, outside the lock, unless a copy or a transfer
  // in flight still holds it; then it is freed when they finish.
}

bool Buffer::is_released() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return cell_ == nullptr;
}

}  // namespace metallib::runtime
