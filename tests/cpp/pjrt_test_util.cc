#include "pjrt_test_util.h"

#include <dlfcn.h>

#include <cstdlib>

namespace metallib::testing {

const PJRT_Api* plugin_api() {
  static const PJRT_Api* api = []() -> const PJRT_Api* {
    void* library = dlopen(METALLIB_PLUGIN_PATH, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
      ADD_FAILURE() << "dlopen(" << METALLIB_PLUGIN_PATH << "): " << dlerror();
      return nullptr;
    }
    using GetApi = const PJRT_Api* (*)();
    auto get_api = reinterpret_cast<GetApi>(dlsym(library, "GetPjrtApi"));
    if (get_api == nullptr) {
      ADD_FAILURE() << "GetPjrtApi is not exported";
      return nullptr;
    }
    const PJRT_Api* table = get_api();
    auto init = METALLIB_ARGS(PJRT_Plugin_Initialize_Args);
    PJRT_Error* error = table->PJRT_Plugin_Initialize(&init);
    if (error != nullptr) ADD_FAILURE() << "PJRT_Plugin_Initialize failed";
    return table;
  }();
  return api;
}

ErrorInfo take_error(PJRT_Error* error) {
  ErrorInfo info;
  if (error == nullptr) return info;
  const PJRT_Api* api = plugin_api();
  auto code_args = METALLIB_ARGS(PJRT_Error_GetCode_Args);
  code_args.error = error;
  PJRT_Error* code_error = api->PJRT_Error_GetCode(&code_args);
  info.code = code_error == nullptr ? code_args.code : PJRT_Error_Code_UNKNOWN;
  auto message_args = METALLIB_ARGS(PJRT_Error_Message_Args);
  message_args.error = error;
  api->PJRT_Error_Message(&message_args);
  info.message.assign(message_args.message, message_args.message_size);
  auto destroy = METALLIB_ARGS(PJRT_Error_Destroy_Args);
  destroy.error = error;
  api->PJRT_Error_Destroy(&destroy);
  return info;
}

void PjrtClientTest::SetUp() {
  api_ = plugin_api();
  ASSERT_NE(api_, nullptr);
  auto create = METALLIB_ARGS(PJRT_Client_Create_Args);
  ASSERT_PJRT_OK(api_->PJRT_Client_Create(&create));
  client_ = create.client;
  auto devices = METALLIB_ARGS(PJRT_Client_AddressableDevices_Args);
  devices.client = client_;
  ASSERT_PJRT_OK(api_->PJRT_Client_AddressableDevices(&devices));
  ASSERT_EQ(devices.num_addressable_devices, 1u);
  device_ = devices.addressable_devices[0];
}

void PjrtClientTest::TearDown() {
  if (client_ == nullptr) return;
  auto destroy = METALLIB_ARGS(PJRT_Client_Destroy_Args);
  destroy.client = client_;
  EXPECT_PJRT_OK(api_->PJRT_Client_Destroy(&destroy));
}

}  // namespace metallib::testing
