// PJRT_Event entry points: thin wrappers over runtime::Event.
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"

namespace metallib::pjrt {

PJRT_Event* new_event(runtime::Event event) {
  return new PJRT_Event{std::move(event)};
}

PJRT_Error* event_destroy(PJRT_Event_Destroy_Args* args) {
  return guarded("PJRT_Event_Destroy", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_Destroy_Args);
    delete args->event;
    return ok_status();
  });
}

PJRT_Error* event_is_ready(PJRT_Event_IsReady_Args* args) {
  return guarded("PJRT_Event_IsReady", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_IsReady_Args);
    METALLIB_REQUIRE(args, event);
    args->is_ready = args->event->event.is_ready();
    return ok_status();
  });
}

PJRT_Error* event_error(PJRT_Event_Error_Args* args) {
  PJRT_Error* own_error = guarded("PJRT_Event_Error", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_Error_Args);
    METALLIB_REQUIRE(args, event);
    if (!args->event->event.is_ready()) {
      return failed_precondition("the event is not ready yet");
    }
    return ok_status();
  });
  if (own_error != nullptr) return own_error;
  // The event's own status is returned as is, without a prefix of ours.
  return to_pjrt_error(args->event->event.status());
}

PJRT_Error* event_await(PJRT_Event_Await_Args* args) {
  PJRT_Error* own_error = guarded("PJRT_Event_Await", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_Await_Args);
    METALLIB_REQUIRE(args, event);
    return ok_status();
  });
  if (own_error != nullptr) return own_error;
  return to_pjrt_error(args->event->event.await());
}

PJRT_Error* event_on_ready(PJRT_Event_OnReady_Args* args) {
  return guarded("PJRT_Event_OnReady", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_OnReady_Args);
    METALLIB_REQUIRE(args, event);
    METALLIB_REQUIRE(args, callback);
    PJRT_Event_OnReadyCallback callback = args->callback;
    void* user_arg = args->user_arg;
    // The callback owns the PJRT_Error it receives.
    args->event->event.on_ready([callback, user_arg](Status status) {
      callback(to_pjrt_error(std::move(status)), user_arg);
    });
    return ok_status();
  });
}

PJRT_Error* event_create(PJRT_Event_Create_Args* args) {
  return guarded("PJRT_Event_Create", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_Create_Args);
    args->event = new PJRT_Event{runtime::Event::create(), /*settable=*/true};
    return ok_status();
  });
}

PJRT_Error* event_set(PJRT_Event_Set_Args* args) {
  return guarded("PJRT_Event_Set", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Event_Set_Args);
    METALLIB_REQUIRE(args, event);
    if (!args->event->settable) {
      return invalid_argument(
          "only events made by PJRT_Event_Create can be set; this one completes "
          "when the plugin's own work does");
    }
    if (args->error_code == PJRT_Error_Code_OK) {
      args->event->event.set(ok_status());
    } else {
      std::string message(args->error_message ? args->error_message : "",
                          args->error_message ? args->error_message_size : 0);
      args->event->event.set(Status(static_cast<StatusCode>(args->error_code), message));
    }
    return ok_status();
  });
}

}  // namespace metallib::pjrt
