// Device buffers through the C ABI: host transfers in dense and strided
// layouts, metadata, deletion, copies and memory accounting.
#include <gtest/gtest.h>

#include <cstring>
#include <numeric>
#include <string>
#include <vector>

#include "pjrt_test_util.h"

namespace metallib::testing {
namespace {

class BufferTest : public PjrtClientTest {
 protected:
  // Uploads `data` and returns the buffer; awaits and frees the host event.
  PJRT_Buffer* upload(const void* data, PJRT_Buffer_Type type, std::vector<int64_t> dims,
                      std::vector<int64_t> byte_strides = {}) {
    auto args = METALLIB_ARGS(PJRT_Client_BufferFromHostBuffer_Args);
    args.client = client_;
    args.data = data;
    args.type = type;
    args.dims = dims.data();
    args.num_dims = dims.size();
    args.byte_strides = byte_strides.empty() ? nullptr : byte_strides.data();
    args.num_byte_strides = byte_strides.size();
    args.host_buffer_semantics = PJRT_HostBufferSemantics_kImmutableOnlyDuringCall;
    args.device = device_;
    ErrorInfo info = take_error(api_->PJRT_Client_BufferFromHostBuffer(&args));
    EXPECT_EQ(info.code, PJRT_Error_Code_OK) << info.message;
    if (info.code != PJRT_Error_Code_OK) return nullptr;
    await_and_destroy(args.done_with_host_buffer);
    return args.buffer;
  }

  // Awaits `event`, destroys it and returns its outcome.
  ErrorInfo await_and_destroy(PJRT_Event* event) {
    auto await = METALLIB_ARGS(PJRT_Event_Await_Args);
    await.event = event;
    ErrorInfo info = take_error(api_->PJRT_Event_Await(&await));
    auto destroy = METALLIB_ARGS(PJRT_Event_Destroy_Args);
    destroy.event = event;
    EXPECT_PJRT_OK(api_->PJRT_Event_Destroy(&destroy));
    return info;
  }

  ErrorInfo download(PJRT_Buffer* buffer, void* dst, size_t dst_size,
                     PJRT_Buffer_MemoryLayout* layout = nullptr) {
    auto args = METALLIB_ARGS(PJRT_Buffer_ToHostBuffer_Args);
    args.src = buffer;
    args.dst = dst;
    args.dst_size = dst_size;
    args.host_layout = layout;
    ErrorInfo call = take_error(api_->PJRT_Buffer_ToHostBuffer(&args));
    if (call.code != PJRT_Error_Code_OK) return call;
    return await_and_destroy(args.event);
  }

  void destroy(PJRT_Buffer* buffer) {
    auto args = METALLIB_ARGS(PJRT_Buffer_Destroy_Args);
    args.buffer = buffer;
    EXPECT_PJRT_OK(api_->PJRT_Buffer_Destroy(&args));
  }

  int64_t bytes_in_use() {
    auto stats = METALLIB_ARGS(PJRT_Device_MemoryStats_Args);
    stats.device = device_;
    EXPECT_PJRT_OK(api_->PJRT_Device_MemoryStats(&stats));
    return stats.bytes_in_use;
  }
};

TEST_F(BufferTest, RoundTripsAndReportsItsMetadata) {
  std::vector<float> host = {1.5f, -0.0f, 3.25f, 1e30f, -7.0f, 0.125f};
  PJRT_Buffer* buffer = upload(host.data(), PJRT_Buffer_Type_F32, {2, 3});
  ASSERT_NE(buffer, nullptr);

  auto type = METALLIB_ARGS(PJRT_Buffer_ElementType_Args);
  type.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ElementType(&type));
  EXPECT_EQ(type.type, PJRT_Buffer_Type_F32);
  auto dims = METALLIB_ARGS(PJRT_Buffer_Dimensions_Args);
  dims.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_Dimensions(&dims));
  EXPECT_EQ(std::vector<int64_t>(dims.dims, dims.dims + dims.num_dims),
            (std::vector<int64_t>{2, 3}));
  auto size = METALLIB_ARGS(PJRT_Buffer_OnDeviceSizeInBytes_Args);
  size.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_OnDeviceSizeInBytes(&size));
  EXPECT_EQ(size.on_device_size_in_bytes, 24u);
  auto device = METALLIB_ARGS(PJRT_Buffer_Device_Args);
  device.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_Device(&device));
  EXPECT_EQ(device.device, device_);
  auto ready = METALLIB_ARGS(PJRT_Buffer_ReadyEvent_Args);
  ready.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ReadyEvent(&ready));
  EXPECT_EQ(await_and_destroy(ready.event).code, PJRT_Error_Code_OK);

  // A null destination asks for the size.
  auto query = METALLIB_ARGS(PJRT_Buffer_ToHostBuffer_Args);
  query.src = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ToHostBuffer(&query));
  EXPECT_EQ(query.dst_size, 24u);

  std::vector<float> back(6, 0.0f);
  ASSERT_EQ(download(buffer, back.data(), 24).code, PJRT_Error_Code_OK);
  EXPECT_EQ(std::memcmp(back.data(), host.data(), 24), 0);
  destroy(buffer);
}

TEST_F(BufferTest, ReadsStridedHostDataAndWritesStridedHostLayouts) {
  std::vector<int32_t> host(12);
  std::iota(host.begin(), host.end(), 0);
  // The transpose of a [3][4] host array: dims [4, 3], byte strides {4, 16}.
  PJRT_Buffer* buffer = upload(host.data(), PJRT_Buffer_Type_S32, {4, 3}, {4, 16});
  ASSERT_NE(buffer, nullptr);
  std::vector<int32_t> dense(12, -1);
  ASSERT_EQ(download(buffer, dense.data(), 48).code, PJRT_Error_Code_OK);
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 3; ++j) EXPECT_EQ(dense[i * 3 + j], j * 4 + i);

  // Column-major host layout given as minor_to_major {0, 1}.
  int64_t minor_to_major[2] = {0, 1};
  PJRT_Buffer_MemoryLayout layout{};
  layout.struct_size = PJRT_Buffer_MemoryLayout_STRUCT_SIZE;
  layout.type = PJRT_Buffer_MemoryLayout_Type_Tiled;
  layout.tiled.struct_size = PJRT_Buffer_MemoryLayout_Tiled_STRUCT_SIZE;
  layout.tiled.minor_to_major = minor_to_major;
  layout.tiled.minor_to_major_size = 2;
  std::vector<int32_t> column_major(12, -1);
  ASSERT_EQ(download(buffer, column_major.data(), 48, &layout).code, PJRT_Error_Code_OK);
  EXPECT_EQ(column_major, host);  // the transpose of the transpose
  destroy(buffer);
}

TEST_F(BufferTest, DeletedBuffersFailClearlyAndFreeMemory) {
  const size_t count = (64u << 20) / sizeof(float);
  std::vector<float> host(count, 2.0f);
  const int64_t before = bytes_in_use();
  PJRT_Buffer* buffer = upload(host.data(), PJRT_Buffer_Type_F32, {int64_t(count)});
  ASSERT_NE(buffer, nullptr);
  EXPECT_GE(bytes_in_use() - before, int64_t(count * sizeof(float)));

  auto del = METALLIB_ARGS(PJRT_Buffer_Delete_Args);
  del.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_Delete(&del));
  EXPECT_LE(bytes_in_use(), before);
  auto is_deleted = METALLIB_ARGS(PJRT_Buffer_IsDeleted_Args);
  is_deleted.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_IsDeleted(&is_deleted));
  EXPECT_TRUE(is_deleted.is_deleted);

  float one = 0;
  ErrorInfo info = download(buffer, &one, sizeof(one));
  EXPECT_EQ(info.code, PJRT_Error_Code_FAILED_PRECONDITION);
  EXPECT_NE(info.message.find("deleted"), std::string::npos) << info.message;
  destroy(buffer);
}

TEST_F(BufferTest, RejectsBadRequestsWithoutCrashing) {
  int8_t byte = 1;
  auto args = METALLIB_ARGS(PJRT_Client_BufferFromHostBuffer_Args);
  args.client = client_;
  args.data = &byte;
  args.type = PJRT_Buffer_Type_S1;
  args.device = device_;
  ErrorInfo info = take_error(api_->PJRT_Client_BufferFromHostBuffer(&args));
  EXPECT_EQ(info.code, PJRT_Error_Code_UNIMPLEMENTED);
  EXPECT_NE(info.message.find("S1"), std::string::npos) << info.message;

  int64_t negative = -3;
  args.type = PJRT_Buffer_Type_S8;
  args.dims = &negative;
  args.num_dims = 1;
  info = take_error(api_->PJRT_Client_BufferFromHostBuffer(&args));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(info.message.find("negative"), std::string::npos) << info.message;

  int32_t values[4] = {1, 2, 3, 4};
  PJRT_Buffer* buffer = upload(values, PJRT_Buffer_Type_S32, {4});
  ASSERT_NE(buffer, nullptr);
  int32_t small[2];
  info = download(buffer, small, sizeof(small));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(info.message.find("destination holds 8 bytes"), std::string::npos) << info.message;
  destroy(buffer);
}

TEST_F(BufferTest, CopiesToTheDeviceAndToItsMemory) {
  double values[3] = {1.0, -2.5, 1e300};
  PJRT_Buffer* buffer = upload(values, PJRT_Buffer_Type_F64, {3});
  ASSERT_NE(buffer, nullptr);
  auto to_device = METALLIB_ARGS(PJRT_Buffer_CopyToDevice_Args);
  to_device.buffer = buffer;
  to_device.dst_device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_CopyToDevice(&to_device));
  auto memory = METALLIB_ARGS(PJRT_Device_DefaultMemory_Args);
  memory.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_DefaultMemory(&memory));
  auto to_memory = METALLIB_ARGS(PJRT_Buffer_CopyToMemory_Args);
  to_memory.buffer = buffer;
  to_memory.dst_memory = memory.memory;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_CopyToMemory(&to_memory));
  destroy(buffer);  // the copies stay valid after the original is gone
  for (PJRT_Buffer* copy : {to_device.dst_buffer, to_memory.dst_buffer}) {
    double back[3] = {};
    ASSERT_EQ(download(copy, back, sizeof(back)).code, PJRT_Error_Code_OK);
    EXPECT_EQ(std::memcmp(back, values, sizeof(back)), 0);
    destroy(copy);
  }
}

TEST_F(BufferTest, LargeStridedDownloadsRunOnTheExecutor) {
  // 600 x 600 int32 (1.4 MB, above the inline-copy limit) written into rows
  // padded to 700 elements through a byte-strides host layout.
  const int64_t rows = 600, cols = 600, padded = 700;
  std::vector<int32_t> host(rows * cols);
  std::iota(host.begin(), host.end(), 0);
  PJRT_Buffer* buffer = upload(host.data(), PJRT_Buffer_Type_S32, {rows, cols});
  ASSERT_NE(buffer, nullptr);
  int64_t strides[2] = {padded * 4, 4};
  PJRT_Buffer_MemoryLayout layout{};
  layout.struct_size = PJRT_Buffer_MemoryLayout_STRUCT_SIZE;
  layout.type = PJRT_Buffer_MemoryLayout_Type_Strides;
  layout.strides.struct_size = PJRT_Buffer_MemoryLayout_Strides_STRUCT_SIZE;
  layout.strides.byte_strides = strides;
  layout.strides.num_byte_strides = 2;

  auto query = METALLIB_ARGS(PJRT_Buffer_ToHostBuffer_Args);
  query.src = buffer;
  query.host_layout = &layout;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ToHostBuffer(&query));
  EXPECT_EQ(query.dst_size, size_t(((rows - 1) * padded + cols) * 4));

  std::vector<int32_t> out(rows * padded, -1);
  ASSERT_EQ(download(buffer, out.data(), out.size() * 4, &layout).code, PJRT_Error_Code_OK);
  for (int64_t r = 0; r < rows; ++r) {
    ASSERT_EQ(std::memcmp(&out[r * padded], &host[r * cols], cols * 4), 0) << "row " << r;
    EXPECT_EQ(out[r * padded + cols], -1) << "padding of row " << r << " was written";
  }
  destroy(buffer);
}

TEST_F(BufferTest, SizesThatOverflowAreRejected) {
  // 2^61 + 4 float64 elements, broadcast from one host value: the byte size
  // does not fit in 64 bits.
  double value = 1.0;
  std::vector<int64_t> dims = {1824726041, 1263665316}, zero_strides = {0, 0};
  auto args = METALLIB_ARGS(PJRT_Client_BufferFromHostBuffer_Args);
  args.client = client_;
  args.data = &value;
  args.type = PJRT_Buffer_Type_F64;
  args.dims = dims.data();
  args.num_dims = 2;
  args.byte_strides = zero_strides.data();
  args.num_byte_strides = 2;
  args.device = device_;
  ErrorInfo info = take_error(api_->PJRT_Client_BufferFromHostBuffer(&args));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT) << info.message;

  // A host layout whose last element would end past INT64_MAX.
  float pair[2] = {1, 2};
  PJRT_Buffer* buffer = upload(pair, PJRT_Buffer_Type_F32, {2});
  ASSERT_NE(buffer, nullptr);
  int64_t huge_stride = INT64_MAX - 2;
  PJRT_Buffer_MemoryLayout layout{};
  layout.struct_size = PJRT_Buffer_MemoryLayout_STRUCT_SIZE;
  layout.type = PJRT_Buffer_MemoryLayout_Type_Strides;
  layout.strides.struct_size = PJRT_Buffer_MemoryLayout_Strides_STRUCT_SIZE;
  layout.strides.byte_strides = &huge_stride;
  layout.strides.num_byte_strides = 1;
  float out[2];
  info = download(buffer, out, sizeof(out), &layout);
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT) << info.message;

  // A device layout with a null minor_to_major.
  PJRT_Buffer_MemoryLayout device_layout{};
  device_layout.struct_size = PJRT_Buffer_MemoryLayout_STRUCT_SIZE;
  device_layout.type = PJRT_Buffer_MemoryLayout_Type_Tiled;
  device_layout.tiled.minor_to_major_size = 1;
  auto with_layout = METALLIB_ARGS(PJRT_Client_BufferFromHostBuffer_Args);
  int64_t one = 2;
  with_layout.client = client_;
  with_layout.data = pair;
  with_layout.type = PJRT_Buffer_Type_F32;
  with_layout.dims = &one;
  with_layout.num_dims = 1;
  with_layout.device = device_;
  with_layout.device_layout = &device_layout;
  info = take_error(api_->PJRT_Client_BufferFromHostBuffer(&with_layout));
  EXPECT_EQ(info.code, PJRT_Error_Code_UNIMPLEMENTED) << info.message;
  destroy(buffer);
}

TEST_F(BufferTest, DeletingDuringATransferKeepsTheDataUntilItIsDone) {
  std::vector<float> host((4u << 20) / sizeof(float));
  std::iota(host.begin(), host.end(), 0.0f);
  PJRT_Buffer* buffer = upload(host.data(), PJRT_Buffer_Type_F32, {int64_t(host.size())});
  ASSERT_NE(buffer, nullptr);
  std::vector<float> back(host.size(), -1.0f);
  auto args = METALLIB_ARGS(PJRT_Buffer_ToHostBuffer_Args);
  args.src = buffer;
  args.dst = back.data();
  args.dst_size = back.size() * sizeof(float);
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ToHostBuffer(&args));
  auto del = METALLIB_ARGS(PJRT_Buffer_Delete_Args);
  del.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_Delete(&del));
  ASSERT_EQ(await_and_destroy(args.event).code, PJRT_Error_Code_OK);
  EXPECT_EQ(back, host);

  auto ready = METALLIB_ARGS(PJRT_Buffer_ReadyEvent_Args);
  ready.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ReadyEvent(&ready));
  EXPECT_EQ(await_and_destroy(ready.event).code, PJRT_Error_Code_FAILED_PRECONDITION);
  destroy(buffer);
}

TEST_F(BufferTest, PluginEventsCannotBeSetByTheCaller) {
  int32_t value = 5;
  PJRT_Buffer* buffer = upload(&value, PJRT_Buffer_Type_S32, {});
  ASSERT_NE(buffer, nullptr);
  auto ready = METALLIB_ARGS(PJRT_Buffer_ReadyEvent_Args);
  ready.buffer = buffer;
  ASSERT_PJRT_OK(api_->PJRT_Buffer_ReadyEvent(&ready));
  auto set = METALLIB_ARGS(PJRT_Event_Set_Args);
  set.event = ready.event;
  set.error_code = PJRT_Error_Code_CANCELLED;
  EXPECT_EQ(take_error(api_->PJRT_Event_Set(&set)).code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_EQ(await_and_destroy(ready.event).code, PJRT_Error_Code_OK);
  destroy(buffer);
}

TEST(BufferLifetime, BuffersOutliveTheirClient) {
  const PJRT_Api* api = plugin_api();
  auto create = METALLIB_ARGS(PJRT_Client_Create_Args);
  ASSERT_PJRT_OK(api->PJRT_Client_Create(&create));
  auto devices = METALLIB_ARGS(PJRT_Client_AddressableDevices_Args);
  devices.client = create.client;
  ASSERT_PJRT_OK(api->PJRT_Client_AddressableDevices(&devices));
  PJRT_Device* device = devices.addressable_devices[0];

  std::vector<int16_t> host(300000, 7);  // above the inline-copy limit
  int64_t dims = int64_t(host.size());
  auto upload = METALLIB_ARGS(PJRT_Client_BufferFromHostBuffer_Args);
  upload.client = create.client;
  upload.data = host.data();
  upload.type = PJRT_Buffer_Type_S16;
  upload.dims = &dims;
  upload.num_dims = 1;
  upload.device = device;
  ASSERT_PJRT_OK(api->PJRT_Client_BufferFromHostBuffer(&upload));
  auto destroy_event = METALLIB_ARGS(PJRT_Event_Destroy_Args);
  destroy_event.event = upload.done_with_host_buffer;
  ASSERT_PJRT_OK(api->PJRT_Event_Destroy(&destroy_event));

  auto destroy_client = METALLIB_ARGS(PJRT_Client_Destroy_Args);
  destroy_client.client = create.client;
  ASSERT_PJRT_OK(api->PJRT_Client_Destroy(&destroy_client));

  auto memory = METALLIB_ARGS(PJRT_Buffer_Memory_Args);
  memory.buffer = upload.buffer;
  ASSERT_PJRT_OK(api->PJRT_Buffer_Memory(&memory));
  auto kind = METALLIB_ARGS(PJRT_Memory_Kind_Args);
  kind.memory = memory.memory;
  ASSERT_PJRT_OK(api->PJRT_Memory_Kind(&kind));
  EXPECT_EQ(std::string(kind.kind, kind.kind_size), "device");

  std::vector<int16_t> back(host.size(), 0);
  auto to_host = METALLIB_ARGS(PJRT_Buffer_ToHostBuffer_Args);
  to_host.src = upload.buffer;
  to_host.dst = back.data();
  to_host.dst_size = back.size() * sizeof(int16_t);
  ASSERT_PJRT_OK(api->PJRT_Buffer_ToHostBuffer(&to_host));
  auto await = METALLIB_ARGS(PJRT_Event_Await_Args);
  await.event = to_host.event;
  EXPECT_PJRT_OK(api->PJRT_Event_Await(&await));
  destroy_event.event = to_host.event;
  EXPECT_PJRT_OK(api->PJRT_Event_Destroy(&destroy_event));
  EXPECT_EQ(back, host);

  auto destroy_buffer = METALLIB_ARGS(PJRT_Buffer_Destroy_Args);
  destroy_buffer.buffer = upload.buffer;
  EXPECT_PJRT_OK(api->PJRT_Buffer_Destroy(&destroy_buffer));
}

}  // namespace
}  // namespace metallib::testing
