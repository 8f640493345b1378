// Event: a one-shot completion signal carrying a Status. Cheap to copy (a
// shared handle). A callback registered before the event is ready runs on
// the single process-wide completion thread, never on the thread that sets
// the event, so a slow or re-entrant callback cannot stall the executor; one
// registered after it is ready runs at once on the registering thread.
#pragma once

#include <functional>
#include <memory>

#include "base/status.h"

namespace metallib::runtime {

class Event {
 public:
  // A new event that is not yet ready.
  static Event create();
  // An event that is already ready with `status`.
  static Event ready(Status status = ok_status());

  // Marks the event ready. Only the first call has an effect.
  void set(Status status) const;

  bool is_ready() const;
  // Blocks until ready; returns the event's status.
  Status await() const;
  // The event's status; only meaningful once is_ready().
  Status status() const;
  // Runs `callback(status)` once the event is ready: on the completion thread
  // if it is not ready yet, otherwise immediately on this thread.
  void on_ready(std::function<void(Status)> callback) const;

 private:
  struct State;
  explicit Event(std::shared_ptr<State> state) : state_(std::move(state)) {}
  std::shared_ptr<State> state_;
};

// Runs `work` on the completion thread. Exposed for tests and for code that
// must hand a notification to the user without blocking.
void run_on_completion_thread(std::function<void()> work);

}  // namespace metallib::runtime
