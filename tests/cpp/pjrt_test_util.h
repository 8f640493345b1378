// Helpers for tests that use the plugin only through its C ABI, the way
// jaxlib does: dlopen, GetPjrtApi, then calls through the table.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "pjrt/abi/pjrt_abi.h"

namespace metallib::testing {

// The table of the built plugin (METALLIB_PLUGIN_PATH), loaded once.
const PJRT_Api* plugin_api();

// Code and message of `error`, which is then destroyed. OK for null.
struct ErrorInfo {
  PJRT_Error_Code code = PJRT_Error_Code_OK;
  std::string message;
};
ErrorInfo take_error(PJRT_Error* error);

// Zero-initialized args with struct_size set, as jaxlib passes them.
template <typename Args>
Args make_args(size_t struct_size) {
  Args args{};
  args.struct_size = struct_size;
  return args;
}
#define METALLIB_ARGS(Type) ::metallib::testing::make_args<Type>(Type##_STRUCT_SIZE)

// Fails the test with the error's message when `error` is not null.
#define EXPECT_PJRT_OK(call)                                    \
  do {                                                          \
    auto info_ = ::metallib::testing::take_error(call);         \
    EXPECT_EQ(info_.code, PJRT_Error_Code_OK) << info_.message; \
  } while (0)
#define ASSERT_PJRT_OK(call)                                    \
  do {                                                          \
    auto info_ = ::metallib::testing::take_error(call);         \
    ASSERT_EQ(info_.code, PJRT_Error_Code_OK) << info_.message; \
  } while (0)

// A test fixture holding a client and its first device.
class PjrtClientTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  const PJRT_Api* api_ = nullptr;
  PJRT_Client* client_ = nullptr;
  PJRT_Device* device_ = nullptr;
};

}  // namespace metallib::testing
