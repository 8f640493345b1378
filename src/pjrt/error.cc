#include "pjrt/error.h"

namespace metallib::pjrt {

PJRT_Error* to_pjrt_error(Status status) {
  if (status.ok()) return nullptr;
  return new PJRT_Error{std::move(status)};
}

Status check_struct_size(size_t actual, size_t expected, const char* struct_name) {
  if (actual >= expected) return ok_status();
  return invalid_argument(
      std::string(struct_name) + ".struct_size is " + std::to_string(actual) +
      " but jax-metallib needs at least " + std::to_string(expected) + " (PJRT C API 0." +
      std::to_string(PJRT_API_MINOR) +
      "); the caller was built against an older PJRT C API than this plugin "
      "supports");
}

Status null_argument(const char* field) {
  return invalid_argument(std::string("argument '") + field + "' is null");
}

// Entry points for PJRT_Error itself. Error_Destroy and Error_Message return
// nothing, so they tolerate bad arguments instead of reporting them.
void error_destroy(PJRT_Error_Destroy_Args* args) {
  if (args == nullptr || args->struct_size < PJRT_Error_Destroy_Args_STRUCT_SIZE) return;
  delete args->error;
}

void error_message(PJRT_Error_Message_Args* args) {
  if (args == nullptr || args->struct_size < PJRT_Error_Message_Args_STRUCT_SIZE) return;
  if (args->error == nullptr) {
    args->message = "";
    args->message_size = 0;
    return;
  }
  const std::string& message = args->error->status.message();
  args->message = message.data();
  args->message_size = message.size();
}

PJRT_Error* error_get_code(PJRT_Error_GetCode_Args* args) {
  return guarded("PJRT_Error_GetCode", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Error_GetCode_Args);
    METALLIB_REQUIRE(args, error);
    args->code = static_cast<PJRT_Error_Code>(args->error->status.code());
    return ok_status();
  });
}

}  // namespace metallib::pjrt
