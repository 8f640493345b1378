// PJRT_Error and the guard every entry point runs its body in: struct-size
// and null checks, and the conversion of Status and exceptions into a
// PJRT_Error so that nothing throws across the C ABI.
#pragma once

#include <exception>
#include <string>

#include "base/status.h"
#include "pjrt/abi/pjrt_abi.h"

struct PJRT_Error {
  metallib::Status status;
};

namespace metallib::pjrt {

// A new PJRT_Error owned by the caller; null when `status` is ok.
PJRT_Error* to_pjrt_error(Status status);

// Fails when the caller's struct is smaller than the PJRT 0.94 layout we
// read and write (`expected`), naming the struct and both sizes.
Status check_struct_size(size_t actual, size_t expected, const char* struct_name);

// Fails when a required handle or pointer argument is null.
Status null_argument(const char* field);
template <typename Pointer>
Status check_not_null(const Pointer& pointer, const char* field) {
  return pointer != nullptr ? ok_status() : null_argument(field);
}

// Runs `body` (returning Status) and converts its outcome, including any
// exception, into the PJRT_Error the C ABI returns.
template <typename Body>
PJRT_Error* guarded(const char* function, Body&& body) noexcept {
  try {
    Status status = body();
    if (status.ok()) return nullptr;
    return to_pjrt_error(
        Status(status.code(), std::string(function) + ": " + status.message()));
  } catch (const std::exception& e) {
    return to_pjrt_error(
        internal_error(std::string(function) + ": unexpected internal error: " + e.what()));
  } catch (...) {
    return to_pjrt_error(
        internal_error(std::string(function) + ": unexpected non-standard exception"));
  }
}

}  // namespace metallib::pjrt

// Checks `args` itself and its struct_size at the top of an entry point.
#define METALLIB_CHECK_ARGS(args, ArgsType)                                      \
  do {                                                                           \
    METALLIB_RETURN_IF_ERROR(::metallib::pjrt::check_not_null(args, #ArgsType)); \
    METALLIB_RETURN_IF_ERROR(::metallib::pjrt::check_struct_size(                \
        (args)->struct_size, ArgsType##_STRUCT_SIZE, #ArgsType));                \
  } while (0)

// Checks that a required field of `args` is not null.
#define METALLIB_REQUIRE(args, field) \
  METALLIB_RETURN_IF_ERROR(::metallib::pjrt::check_not_null((args)->field, #field))
