// PJRT_Buffer entry points and BufferFromHostBuffer: device arrays held by
// runtime::Buffer, and their transfers to and from host memory.
#include <numeric>
#include <string>
#include <vector>

#include "pjrt/element_types.h"
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

namespace metallib::pjrt {
namespace {

Status check_buffer(const PJRT_Buffer* buffer) {
  return check_not_null(buffer, "buffer");
}

// Converts a host layout to byte strides (empty: dense row-major). Tiled
// layouts are accepted when they are untiled permutations of the dims.
StatusOr<std::vector<int64_t>> host_byte_strides(const PJRT_Buffer_MemoryLayout* layout,
                                                 const runtime::Dims& dims,
                                                 int64_t element_bytes) {
  if (layout == nullptr) return std::vector<int64_t>{};
  if (layout->type == PJRT_Buffer_MemoryLayout_Type_Strides) {
    const auto& strides = layout->strides;
    if (strides.num_byte_strides > 0 && strides.byte_strides == nullptr) {
      return invalid_argument("host layout byte_strides is null");
    }
    return std::vector<int64_t>(strides.byte_strides,
                                strides.byte_strides + strides.num_byte_strides);
  }
  if (layout->type != PJRT_Buffer_MemoryLayout_Type_Tiled) {
    return invalid_argument("unknown host layout type " +
                            std::to_string(static_cast<int>(layout->type)));
  }
  const auto& tiled = layout->tiled;
  if (tiled.num_tiles > 0) {
    return unimplemented("tiled host layouts are not supported; use a dense layout");
  }
  if (tiled.minor_to_major_size != dims.size() ||
      (tiled.minor_to_major_size > 0 && tiled.minor_to_major == nullptr)) {
    return invalid_argument("host layout minor_to_major has " +
                            std::to_string(tiled.minor_to_major_size) +
                            " entries for an array of rank " + std::to_string(dims.size()));
  }
  std::vector<int64_t> strides(dims.size(), 0);
  std::vector<bool> seen(dims.size(), false);
  int64_t stride = element_bytes;
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t axis = tiled.minor_to_major[i];
    if (axis < 0 || axis >= static_cast<int64_t>(dims.size()) || seen[axis]) {
      return invalid_argument(
          "host layout minor_to_major is not a permutation of the "
          "array's dimensions");
    }
    seen[axis] = true;
    strides[axis] = stride;
    stride *= std::max<int64_t>(dims[axis], 1);
  }
  return strides;
}

// The device layout requested for a new buffer must be the dense row-major
// one, which is the only layout MLX arrays have.
Status check_device_layout(const PJRT_Buffer_MemoryLayout* layout, size_t rank) {
  if (layout == nullptr) return ok_status();
  if (layout->type == PJRT_Buffer_MemoryLayout_Type_Tiled && layout->tiled.num_tiles == 0 &&
      layout->tiled.minor_to_major_size == rank &&
      (rank == 0 || layout->tiled.minor_to_major != nullptr)) {
    bool row_major = true;
    for (size_t i = 0; i < rank; ++i) {
      row_major &= layout->tiled.minor_to_major[i] == static_cast<int64_t>(rank - 1 - i);
    }
    if (row_major) return ok_status();
  }
  return unimplemented(
      "device buffers have only the dense row-major layout; a different device_layout "
      "was requested");
}

StatusOr<PJRT_Device*> device_of_memory(PJRT_Memory* memory) {
  if (memory->devices.empty()) {
    return invalid_argument("memory " + memory->to_string + " has no device");
  }
  return memory->devices.front();
}

}  // namespace

PJRT_Error* client_buffer_from_host_buffer(PJRT_Client_BufferFromHostBuffer_Args* args) {
  return guarded("PJRT_Client_BufferFromHostBuffer", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_BufferFromHostBuffer_Args);
    METALLIB_REQUIRE(args, client);
    PJRT_Device* device = args->device;
    if (args->memory != nullptr) {
      METALLIB_ASSIGN_OR_RETURN(device, device_of_memory(args->memory));
    }
    if (device == nullptr) {
      return invalid_argument("neither a device nor a memory was given");
    }
    if (args->num_dims > 0) METALLIB_REQUIRE(args, dims);
    if (args->num_byte_strides > 0) METALLIB_REQUIRE(args, byte_strides);
    METALLIB_ASSIGN_OR_RETURN(ir::ElementType type, from_pjrt_type(args->type));
    runtime::Dims dims(args->dims, args->dims + args->num_dims);
    METALLIB_RETURN_IF_ERROR(check_device_layout(args->device_layout, dims.size()));
    // Every host-buffer semantics is served by copying now: the host memory
    // is free for the caller as soon as this returns, which satisfies all
    // four contracts (zero-copy is a permission, not a requirement).
    METALLIB_ASSIGN_OR_RETURN(
        auto buffer, runtime::Buffer::from_host(
                         device->device, type, std::move(dims), args->data,
                         std::span<const int64_t>(args->byte_strides, args->num_byte_strides)));
    args->done_with_host_buffer = new_event(runtime::Event::ready());
    args->buffer = wrap_buffer(device, std::move(buffer));
    return ok_status();
  });
}

PJRT_Error* buffer_destroy(PJRT_Buffer_Destroy_Args* args) {
  return guarded("PJRT_Buffer_Destroy", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_Destroy_Args);
    delete args->buffer;
    return ok_status();
  });
}

PJRT_Error* buffer_element_type(PJRT_Buffer_ElementType_Args* args) {
  return guarded("PJRT_Buffer_ElementType", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_ElementType_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->type = to_pjrt_type(args->buffer->buffer->element_type());
    return ok_status();
  });
}

PJRT_Error* buffer_dimensions(PJRT_Buffer_Dimensions_Args* args) {
  return guarded("PJRT_Buffer_Dimensions", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_Dimensions_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    const runtime::Dims& dims = args->buffer->buffer->dims();
    args->dims = dims.data();
    args->num_dims = dims.size();
    return ok_status();
  });
}

PJRT_Error* buffer_unpadded_dimensions(PJRT_Buffer_UnpaddedDimensions_Args* args) {
  return guarded("PJRT_Buffer_UnpaddedDimensions", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_UnpaddedDimensions_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    const runtime::Dims& dims = args->buffer->buffer->dims();  // never padded
    args->unpadded_dims = dims.data();
    args->num_dims = dims.size();
    return ok_status();
  });
}

PJRT_Error* buffer_dynamic_dimension_indices(PJRT_Buffer_DynamicDimensionIndices_Args* args) {
  return guarded("PJRT_Buffer_DynamicDimensionIndices", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_DynamicDimensionIndices_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->dynamic_dim_indices = nullptr;  // all dimensions are static
    args->num_dynamic_dims = 0;
    return ok_status();
  });
}

PJRT_Error* buffer_get_memory_layout(PJRT_Buffer_GetMemoryLayout_Args* args) {
  return guarded("PJRT_Buffer_GetMemoryLayout", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_GetMemoryLayout_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    const PJRT_Buffer* buffer = args->buffer;
    const size_t rank = buffer->minor_to_major.size();
    PJRT_Buffer_MemoryLayout layout{};
    layout.struct_size = PJRT_Buffer_MemoryLayout_STRUCT_SIZE;
    layout.type = PJRT_Buffer_MemoryLayout_Type_Tiled;
    layout.tiled.struct_size = PJRT_Buffer_MemoryLayout_Tiled_STRUCT_SIZE;
    layout.tiled.minor_to_major = buffer->minor_to_major.data();
    layout.tiled.minor_to_major_size = rank;
    layout.tiled.num_tiles = 0;
    args->layout = layout;
    return ok_status();
  });
}

PJRT_Error* buffer_on_device_size_in_bytes(PJRT_Buffer_OnDeviceSizeInBytes_Args* args) {
  return guarded("PJRT_Buffer_OnDeviceSizeInBytes", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_OnDeviceSizeInBytes_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->on_device_size_in_bytes =
        static_cast<size_t>(args->buffer->buffer->on_device_size_bytes());
    return ok_status();
  });
}

PJRT_Error* buffer_device(PJRT_Buffer_Device_Args* args) {
  return guarded("PJRT_Buffer_Device", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_Device_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->device = args->buffer->device;
    return ok_status();
  });
}

PJRT_Error* buffer_memory(PJRT_Buffer_Memory_Args* args) {
  return guarded("PJRT_Buffer_Memory", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_Memory_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->memory = args->buffer->device->default_memory;
    return ok_status();
  });
}

PJRT_Error* buffer_delete(PJRT_Buffer_Delete_Args* args) {
  return guarded("PJRT_Buffer_Delete", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_Delete_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->buffer->buffer->release();
    return ok_status();
  });
}

PJRT_Error* buffer_is_deleted(PJRT_Buffer_IsDeleted_Args* args) {
  return guarded("PJRT_Buffer_IsDeleted", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_IsDeleted_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->is_deleted = args->buffer->buffer->is_released();
    return ok_status();
  });
}

PJRT_Error* buffer_copy_to_device(PJRT_Buffer_CopyToDevice_Args* args) {
  return guarded("PJRT_Buffer_CopyToDevice", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_CopyToDevice_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    METALLIB_REQUIRE(args, dst_device);
    METALLIB_ASSIGN_OR_RETURN(auto copy,
                              args->buffer->buffer->copy_to(args->dst_device->device));
    args->dst_buffer = wrap_buffer(args->dst_device, std::move(copy));
    return ok_status();
  });
}

PJRT_Error* buffer_copy_to_memory(PJRT_Buffer_CopyToMemory_Args* args) {
  return guarded("PJRT_Buffer_CopyToMemory", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_CopyToMemory_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    METALLIB_REQUIRE(args, dst_memory);
    METALLIB_ASSIGN_OR_RETURN(PJRT_Device * device, device_of_memory(args->dst_memory));
    METALLIB_ASSIGN_OR_RETURN(auto copy, args->buffer->buffer->copy_to(device->device));
    args->dst_buffer = wrap_buffer(device, std::move(copy));
    return ok_status();
  });
}

PJRT_Error* buffer_to_host_buffer(PJRT_Buffer_ToHostBuffer_Args* args) {
  return guarded("PJRT_Buffer_ToHostBuffer", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_ToHostBuffer_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->src));
    runtime::Buffer& buffer = *args->src->buffer;
    const int64_t element_bytes = ir::host_element_bytes(buffer.element_type());
    METALLIB_ASSIGN_OR_RETURN(
        std::vector<int64_t> strides,
        host_byte_strides(args->host_layout, buffer.dims(), element_bytes));
    if (args->dst == nullptr) {
      // A size query: report the bytes the host layout needs.
      if (strides.empty()) {
        args->dst_size = static_cast<size_t>(buffer.dense_host_bytes());
        return ok_status();
      }
      METALLIB_RETURN_IF_ERROR(
          runtime::check_byte_strides(buffer.dims(), strides, element_bytes));
      runtime::ByteRange range = runtime::touched_bytes(buffer.dims(), strides, element_bytes);
      if (range.begin < 0) {
        return invalid_argument("host layouts with negative byte strides are not supported");
      }
      args->dst_size = static_cast<size_t>(range.end);
      return ok_status();
    }
    runtime::Event done =
        buffer.to_host(args->dst, static_cast<int64_t>(args->dst_size), std::move(strides));
    args->event = new_event(std::move(done));
    return ok_status();
  });
}

PJRT_Error* buffer_is_on_cpu(PJRT_Buffer_IsOnCpu_Args* args) {
  return guarded("PJRT_Buffer_IsOnCpu", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_IsOnCpu_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    // Device arrays are reached only through transfers, never by pointer.
    args->is_on_cpu = false;
    return ok_status();
  });
}

PJRT_Error* buffer_unsafe_pointer(PJRT_Buffer_UnsafePointer_Args* args) {
  return guarded("PJRT_Buffer_UnsafePointer", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_UnsafePointer_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    METALLIB_ASSIGN_OR_RETURN(args->buffer_pointer, args->buffer->buffer->data_pointer());
    return ok_status();
  });
}

PJRT_Error* buffer_ready_event(PJRT_Buffer_ReadyEvent_Args* args) {
  return guarded("PJRT_Buffer_ReadyEvent", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Buffer_ReadyEvent_Args);
    METALLIB_RETURN_IF_ERROR(check_buffer(args->buffer));
    args->event = new_event(args->buffer->buffer->ready_event());
    return ok_status();
  });
}

PJRT_Buffer* wrap_buffer(PJRT_Device* device, std::shared_ptr<runtime::Buffer> buffer) {
  std::vector<int64_t> minor_to_major(buffer->dims().size());
  std::iota(minor_to_major.rbegin(), minor_to_major.rend(), 0);  // last dim fastest
  return new PJRT_Buffer{device->owner.lock(), device, std::move(buffer),
                         std::move(minor_to_major)};
}

}  // namespace metallib::pjrt
