// The API table, errors, and the client/device/memory/event objects, used
// through the C ABI exactly as jaxlib uses them.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <future>
#include <string>
#include <string_view>

#include "pjrt_test_util.h"

namespace metallib::testing {
namespace {

TEST(ApiTable, DeclaresItsVersionAndSize) {
  const PJRT_Api* api = plugin_api();
  ASSERT_NE(api, nullptr);
  EXPECT_EQ(api->struct_size, PJRT_Api_STRUCT_SIZE);
  EXPECT_EQ(api->pjrt_api_version.major_version, 0);
  EXPECT_EQ(api->pjrt_api_version.minor_version, 94);
}

TEST(ApiTable, EverySlotIsFilled) {
  const PJRT_Api* api = plugin_api();
  ASSERT_NE(api, nullptr);
  // Slots are consecutive function pointers from the first to the end.
  const size_t first = offsetof(PJRT_Api, PJRT_Error_Destroy);
  const auto* bytes = reinterpret_cast<const unsigned char*>(api);
  size_t slots = 0;
  for (size_t offset = first; offset < PJRT_Api_STRUCT_SIZE; offset += sizeof(void*)) {
    void* slot = nullptr;
    std::memcpy(&slot, bytes + offset, sizeof(slot));
    EXPECT_NE(slot, nullptr) << "slot at byte offset " << offset << " is null";
    ++slots;
  }
  EXPECT_EQ(slots, 129u);
}

// Each unimplemented entry point answers UNIMPLEMENTED and names itself.
TEST(ApiTable, UnimplementedEntryPointsNameThemselves) {
  const PJRT_Api* api = plugin_api();
  ASSERT_NE(api, nullptr);
  int checked = 0;
#define METALLIB_UNIMPLEMENTED_ENTRY(name)                                  \
  {                                                                         \
    auto args = METALLIB_ARGS(name##_Args);                                 \
    ErrorInfo info = take_error(api->name(&args));                          \
    EXPECT_EQ(info.code, PJRT_Error_Code_UNIMPLEMENTED) << #name;           \
    EXPECT_NE(info.message.find(#name), std::string::npos) << info.message; \
    ++checked;                                                              \
  }
#include "pjrt/unimplemented_entry_points.inc"
#undef METALLIB_UNIMPLEMENTED_ENTRY
  EXPECT_GT(checked, 0);
}

TEST(Errors, NullArgsAndShortStructsAreRejectedWithContext) {
  const PJRT_Api* api = plugin_api();
  ErrorInfo null_args = take_error(api->PJRT_Client_PlatformName(nullptr));
  EXPECT_EQ(null_args.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(null_args.message.find("PJRT_Client_PlatformName"), std::string::npos);

  auto short_args = make_args<PJRT_Client_PlatformName_Args>(8);
  ErrorInfo too_small = take_error(api->PJRT_Client_PlatformName(&short_args));
  EXPECT_EQ(too_small.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(too_small.message.find("PJRT_Client_PlatformName_Args.struct_size is 8"),
            std::string::npos)
      << too_small.message;

  auto no_client = METALLIB_ARGS(PJRT_Client_PlatformName_Args);
  ErrorInfo null_handle = take_error(api->PJRT_Client_PlatformName(&no_client));
  EXPECT_EQ(null_handle.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(null_handle.message.find("'client' is null"), std::string::npos)
      << null_handle.message;
}

TEST(Plugin, ReportsTheStableHloVersionItReads) {
  const PJRT_Api* api = plugin_api();
  auto args = METALLIB_ARGS(PJRT_Plugin_Attributes_Args);
  ASSERT_PJRT_OK(api->PJRT_Plugin_Attributes(&args));
  bool found = false;
  for (size_t i = 0; i < args.num_attributes; ++i) {
    const PJRT_NamedValue& value = args.attributes[i];
    if (std::string_view(value.name, value.name_size) != "stablehlo_current_version") continue;
    found = true;
    ASSERT_EQ(value.type, PJRT_NamedValue_kInt64List);
    ASSERT_EQ(value.value_size, 3u);
    EXPECT_EQ(value.int64_array_value[0], 1);
  }
  EXPECT_TRUE(found);
}

TEST(ClientOptions, AreValidated) {
  const PJRT_Api* api = plugin_api();
  PJRT_NamedValue option{};
  option.struct_size = PJRT_NamedValue_STRUCT_SIZE;
  option.name = "memory_limit_bytes";
  option.name_size = std::strlen(option.name);
  option.type = PJRT_NamedValue_kString;
  option.string_value = "lots";
  option.value_size = 4;
  auto create = METALLIB_ARGS(PJRT_Client_Create_Args);
  create.create_options = &option;
  create.num_options = 1;
  ErrorInfo info = take_error(api->PJRT_Client_Create(&create));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(info.message.find("memory_limit_bytes"), std::string::npos) << info.message;

  option.name = "log_level";
  option.name_size = std::strlen(option.name);
  option.type = PJRT_NamedValue_kInt64;
  option.int64_value = 9;
  info = take_error(api->PJRT_Client_Create(&create));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(info.message.find("log_level"), std::string::npos) << info.message;
}

using ClientTest = PjrtClientTest;

TEST_F(ClientTest, NamesItsPlatformAndVersion) {
  auto name = METALLIB_ARGS(PJRT_Client_PlatformName_Args);
  name.client = client_;
  ASSERT_PJRT_OK(api_->PJRT_Client_PlatformName(&name));
  EXPECT_EQ(std::string(name.platform_name, name.platform_name_size), "mps");
  auto version = METALLIB_ARGS(PJRT_Client_PlatformVersion_Args);
  version.client = client_;
  ASSERT_PJRT_OK(api_->PJRT_Client_PlatformVersion(&version));
  std::string text(version.platform_version, version.platform_version_size);
  EXPECT_NE(text.find("jax-metallib"), std::string::npos) << text;
  EXPECT_NE(text.find("MLX"), std::string::npos) << text;
}

TEST_F(ClientTest, DescribesItsDevice) {
  auto get = METALLIB_ARGS(PJRT_Device_GetDescription_Args);
  get.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_GetDescription(&get));
  auto kind = METALLIB_ARGS(PJRT_DeviceDescription_Kind_Args);
  kind.device_description = get.device_description;
  ASSERT_PJRT_OK(api_->PJRT_DeviceDescription_Kind(&kind));
  std::string kind_text(kind.device_kind, kind.device_kind_size);
  EXPECT_TRUE(kind_text == "MLX CPU" || kind_text.find("(Metal)") != std::string::npos ||
              kind_text.find("(CUDA)") != std::string::npos)
      << kind_text;

  auto attributes = METALLIB_ARGS(PJRT_DeviceDescription_Attributes_Args);
  attributes.device_description = get.device_description;
  ASSERT_PJRT_OK(api_->PJRT_DeviceDescription_Attributes(&attributes));
  bool has_backend = false;
  for (size_t i = 0; i < attributes.num_attributes; ++i) {
    const PJRT_NamedValue& v = attributes.attributes[i];
    if (std::string_view(v.name, v.name_size) == "backend") {
      has_backend = v.type == PJRT_NamedValue_kString && v.value_size > 0;
    }
  }
  EXPECT_TRUE(has_backend);

  auto id = METALLIB_ARGS(PJRT_DeviceDescription_Id_Args);
  id.device_description = get.device_description;
  ASSERT_PJRT_OK(api_->PJRT_DeviceDescription_Id(&id));
  EXPECT_EQ(id.id, 0);

  auto device_attributes = METALLIB_ARGS(PJRT_Device_GetAttributes_Args);
  device_attributes.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_GetAttributes(&device_attributes));
  EXPECT_EQ(device_attributes.num_attributes, attributes.num_attributes);
  ASSERT_NE(device_attributes.attributes_deleter, nullptr);
  device_attributes.attributes_deleter(device_attributes.device_attributes);
}

TEST_F(ClientTest, HasOneDeviceMemoryAsTheDefault) {
  auto memories = METALLIB_ARGS(PJRT_Device_AddressableMemories_Args);
  memories.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_AddressableMemories(&memories));
  ASSERT_EQ(memories.num_memories, 1u);
  auto default_memory = METALLIB_ARGS(PJRT_Device_DefaultMemory_Args);
  default_memory.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_DefaultMemory(&default_memory));
  EXPECT_EQ(default_memory.memory, memories.memories[0]);
  auto kind = METALLIB_ARGS(PJRT_Memory_Kind_Args);
  kind.memory = default_memory.memory;
  ASSERT_PJRT_OK(api_->PJRT_Memory_Kind(&kind));
  EXPECT_EQ(std::string(kind.kind, kind.kind_size), "device");
  auto by = METALLIB_ARGS(PJRT_Memory_AddressableByDevices_Args);
  by.memory = default_memory.memory;
  ASSERT_PJRT_OK(api_->PJRT_Memory_AddressableByDevices(&by));
  ASSERT_EQ(by.num_devices, 1u);
  EXPECT_EQ(by.devices[0], device_);
  auto client_memories = METALLIB_ARGS(PJRT_Client_AddressableMemories_Args);
  client_memories.client = client_;
  ASSERT_PJRT_OK(api_->PJRT_Client_AddressableMemories(&client_memories));
  EXPECT_EQ(client_memories.num_addressable_memories, 1u);
}

TEST_F(ClientTest, ReportsMemoryStatsFromMlx) {
  auto stats = METALLIB_ARGS(PJRT_Device_MemoryStats_Args);
  stats.device = device_;
  ASSERT_PJRT_OK(api_->PJRT_Device_MemoryStats(&stats));
  EXPECT_GE(stats.bytes_in_use, 0);
  EXPECT_TRUE(stats.bytes_limit_is_set);
  EXPECT_GT(stats.bytes_limit, 0);
  EXPECT_TRUE(stats.peak_bytes_in_use_is_set);
  EXPECT_GE(stats.peak_bytes_in_use, stats.bytes_in_use);
  EXPECT_FALSE(stats.num_allocs_is_set);  // MLX does not count them
}

TEST_F(ClientTest, AssignsOnlyWhatOneDeviceCanRun) {
  int assignment[2] = {-1, -1};
  auto args = METALLIB_ARGS(PJRT_Client_DefaultDeviceAssignment_Args);
  args.client = client_;
  args.num_replicas = 1;
  args.num_partitions = 1;
  args.default_assignment_size = 2;
  args.default_assignment = assignment;
  ASSERT_PJRT_OK(api_->PJRT_Client_DefaultDeviceAssignment(&args));
  EXPECT_EQ(assignment[0], 0);
  args.num_replicas = 2;
  ErrorInfo info = take_error(api_->PJRT_Client_DefaultDeviceAssignment(&args));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
}

TEST_F(ClientTest, TopologyListsTheDevice) {
  auto topology = METALLIB_ARGS(PJRT_Client_TopologyDescription_Args);
  topology.client = client_;
  ASSERT_PJRT_OK(api_->PJRT_Client_TopologyDescription(&topology));
  auto name = METALLIB_ARGS(PJRT_TopologyDescription_PlatformName_Args);
  name.topology = topology.topology;
  ASSERT_PJRT_OK(api_->PJRT_TopologyDescription_PlatformName(&name));
  EXPECT_EQ(std::string(name.platform_name, name.platform_name_size), "mps");
  auto descriptions = METALLIB_ARGS(PJRT_TopologyDescription_GetDeviceDescriptions_Args);
  descriptions.topology = topology.topology;
  ASSERT_PJRT_OK(api_->PJRT_TopologyDescription_GetDeviceDescriptions(&descriptions));
  EXPECT_EQ(descriptions.num_descriptions, 1u);
}

TEST_F(ClientTest, CompileChecksTheFormatAndDumpsTheProgram) {
  char code[] = "ML\xefR not a real artifact";
  PJRT_Program program{};
  program.struct_size = PJRT_Program_STRUCT_SIZE;
  program.code = code;
  program.code_size = sizeof(code) - 1;
  program.format = "hlo";
  program.format_size = 3;
  auto compile = METALLIB_ARGS(PJRT_Client_Compile_Args);
  compile.client = client_;
  compile.program = &program;
  ErrorInfo info = take_error(api_->PJRT_Client_Compile(&compile));
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT);
  EXPECT_NE(info.message.find("'hlo'"), std::string::npos) << info.message;

  const std::string dir = ::testing::TempDir() + "/metallib_dump_test";
  setenv("MPS_DUMP_DIR", dir.c_str(), 1);
  program.format = "mlir";
  program.format_size = 4;
  info = take_error(api_->PJRT_Client_Compile(&compile));
  unsetenv("MPS_DUMP_DIR");
  // Not a real artifact: the reader refuses it, naming where it stopped,
  // after the bytes were dumped for inspection.
  EXPECT_EQ(info.code, PJRT_Error_Code_INVALID_ARGUMENT) << info.message;
  EXPECT_NE(info.message.find("at byte"), std::string::npos) << info.message;
  std::FILE* dumped = nullptr;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    dumped = std::fopen(entry.path().c_str(), "rb");
  }
  ASSERT_NE(dumped, nullptr);
  char head[4] = {};
  EXPECT_EQ(std::fread(head, 1, 4, dumped), 4u);
  std::fclose(dumped);
  EXPECT_EQ(std::memcmp(head, "ML\xefR", 4), 0);
  std::filesystem::remove_all(dir);
}

TEST(Events, CreateSetAwaitAndOnReady) {
  const PJRT_Api* api = plugin_api();
  auto create = METALLIB_ARGS(PJRT_Event_Create_Args);
  ASSERT_PJRT_OK(api->PJRT_Event_Create(&create));
  auto ready = METALLIB_ARGS(PJRT_Event_IsReady_Args);
  ready.event = create.event;
  ASSERT_PJRT_OK(api->PJRT_Event_IsReady(&ready));
  EXPECT_FALSE(ready.is_ready);

  struct Seen {
    std::promise<std::string> message;
  } seen;
  auto on_ready = METALLIB_ARGS(PJRT_Event_OnReady_Args);
  on_ready.event = create.event;
  on_ready.user_arg = &seen;
  on_ready.callback = [](PJRT_Error* error, void* user_arg) {
    static_cast<Seen*>(user_arg)->message.set_value(take_error(error).message);
  };
  ASSERT_PJRT_OK(api->PJRT_Event_OnReady(&on_ready));

  auto set = METALLIB_ARGS(PJRT_Event_Set_Args);
  set.event = create.event;
  set.error_code = PJRT_Error_Code_ABORTED;
  set.error_message = "stopped";
  set.error_message_size = 7;
  ASSERT_PJRT_OK(api->PJRT_Event_Set(&set));

  auto await = METALLIB_ARGS(PJRT_Event_Await_Args);
  await.event = create.event;
  ErrorInfo info = take_error(api->PJRT_Event_Await(&await));
  EXPECT_EQ(info.code, PJRT_Error_Code_ABORTED);
  EXPECT_EQ(info.message, "stopped");
  EXPECT_EQ(seen.message.get_future().get(), "stopped");

  auto destroy = METALLIB_ARGS(PJRT_Event_Destroy_Args);
  destroy.event = create.event;
  EXPECT_PJRT_OK(api->PJRT_Event_Destroy(&destroy));
}

}  // namespace
}  // namespace metallib::testing
