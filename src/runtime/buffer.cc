#include "runtime/buffer.h"

#include <climits>
#include <exception>
#include <string>

#include "base/log.h"
#include "mlx/mlx.h"
#include "runtime/storage_type.h"

namespace metallib::runtime {
namespace mx = mlx::core;

struct Buffer::Storage {
  explicit Storage(mx::array a) : array(std::move(a)) {}
  mx::array array;
};

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

// Bytes of host memory that a strided layout touches, or an error when it
// would reach before `dst` or past `dst_size`.
Status check_host_destination(std::span<const int64_t> dims,
                              std::span<const int64_t> byte_strides, int64_t element_bytes,
                              int64_t dst_size) {
  METALLIB_RETURN_IF_ERROR(check_byte_strides(dims, byte_strides));
  int64_t low = 0, high = 0;
  for (size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] == 0) return ok_status();
    int64_t span = (dims[i] - 1) * byte_strides[i];
    (span < 0 ? low : high) += span;
  }
  if (low < 0) {
    return invalid_argument(
        "host layout with negative byte strides would "
        "write before the destination pointer");
  }
  if (high + element_bytes > dst_size) {
    return invalid_argument("destination holds " + std::to_string(dst_size) +
                            " bytes but the host layout needs " +
                            std::to_string(high + element_bytes));
  }
  return ok_status();
}

}  // namespace

// Writes `storage` into host memory at `dst` in the layout `byte_strides`.
Status Buffer::copy_out(const Storage& storage, std::span<const int64_t> dims,
                        std::span<const int64_t> byte_strides, int64_t element_bytes, void* dst,
                        ir::ElementType type) {
  try {
    mx::array array = storage.array;
    if (!array.flags().row_contiguous) array = mx::contiguous(array);
    array.eval();
    if (array.nbytes() > 0) {
      copy_dense_to_strided(array.data<char>(), dims, byte_strides, element_bytes, dst);
    }
    return ok_status();
  } catch (const std::exception& e) {
    return internal_error("copying " + describe_array(type, dims) +
                          " to the host failed in MLX: " + e.what());
  }
}

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
               std::shared_ptr<Storage> storage, Event ready)
    : device_(std::move(device)),
      type_(type),
      dims_(std::move(dims)),
      ready_(std::move(ready)),
      storage_(std::move(storage)) {
  int64_t count = element_count(dims_).value();
  dense_host_bytes_ = count * ir::host_element_bytes(type_);
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
  METALLIB_ASSIGN_OR_RETURN(int64_t count, element_count(dims));
  std::vector<int64_t> strides(byte_strides.begin(), byte_strides.end());
  if (strides.empty()) {
    strides = dense_byte_strides(dims, element_bytes);
  } else {
    METALLIB_RETURN_IF_ERROR(check_byte_strides(dims, strides));
  }
  if (data == nullptr && count > 0) {
    return invalid_argument("host data pointer is null for " + describe_array(type, dims));
  }
  const std::optional<mx::Dtype> native = native_mlx_dtype(type);
  METALLIB_ASSIGN_OR_RETURN(mx::Shape shape,
                            mlx_shape(type, dims, native.has_value(), element_bytes));
  const int64_t bytes = count * element_bytes;
  try {
    mx::allocator::Data memory = mx::allocator::malloc(static_cast<size_t>(bytes));
    if (bytes > 0) {
      copy_strided_to_dense(data, dims, strides, element_bytes, memory.buffer().raw_ptr());
    }
    auto storage = std::make_shared<Storage>(
        mx::array(std::move(memory), std::move(shape), native.value_or(mx::uint8)));
    return std::shared_ptr<Buffer>(new Buffer(std::move(device), type, std::move(dims),
                                              std::move(storage), Event::ready()));
  } catch (const std::exception& e) {
    return resource_exhausted("could not allocate " + std::to_string(bytes) + " bytes for " +
                              describe_array(type, dims) + ": " + e.what());
  }
}

int64_t Buffer::on_device_size_bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return storage_ ? static_cast<int64_t>(storage_->array.nbytes()) : 0;
}

StatusOr<std::shared_ptr<Buffer::Storage>> Buffer::storage_or_error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!storage_) {
    return failed_precondition("buffer " + describe_array(type_, dims_) +
                               " has been deleted (or donated)");
  }
  return storage_;
}

Event Buffer::to_host(void* dst, int64_t dst_size, std::vector<int64_t> byte_strides) {
  auto storage = storage_or_error();
  if (!storage.ok()) return Event::ready(storage.status());
  const int64_t element_bytes = ir::host_element_bytes(type_);
  if (byte_strides.empty()) byte_strides = dense_byte_strides(dims_, element_bytes);
  Status layout = check_host_destination(dims_, byte_strides, element_bytes, dst_size);
  if (!layout.ok()) {
    return Event::ready(Status(layout.code(), "copying " + describe_array(type_, dims_) +
                                                  " to the host: " + layout.message()));
  }
  if (ready_.is_ready() && !ready_.status().ok()) return Event::ready(ready_.status());
  // Small arrays whose data already exist in row-major order are copied
  // right here: a round trip through the executor would cost more than the
  // copy, and no MLX graph work is needed.
  const mx::array& array = (*storage)->array;
  const bool available =
      ready_.is_ready() && array.is_available() && array.flags().row_contiguous;
  if (available && dense_host_bytes_ <= kInlineCopyMaxBytes) {
    return Event::ready(copy_out(**storage, dims_, byte_strides, element_bytes, dst, type_));
  }
  Event done = Event::create();
  auto task = [storage = *storage, dst, dims = dims_, strides = std::move(byte_strides),
               element_bytes, done, ready = ready_, type = type_] {
    Status produced = ready.await();
    done.set(produced.ok() ? copy_out(*storage, dims, strides, element_bytes, dst, type)
                           : produced);
  };
  Status queued = device_->executor()->enqueue(std::move(task));
  if (!queued.ok()) done.set(queued);
  return done;
}

StatusOr<std::shared_ptr<Buffer>> Buffer::copy_to(std::shared_ptr<Device> device) {
  METALLIB_ASSIGN_OR_RETURN(auto storage, storage_or_error());
  return std::shared_ptr<Buffer>(
      new Buffer(std::move(device), type_, dims_, std::move(storage), ready_));
}

void Buffer::release() {
  std::shared_ptr<Storage> released;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    released.swap(storage_);
  }
  // The array is freed here, outside the lock, unless an in-flight transfer
  // still holds it; then it is freed when that transfer finishes.
}

bool Buffer::is_released() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return storage_ == nullptr;
}

}  // namespace metallib::runtime
