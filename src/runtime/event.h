// Event: a one-shot completion signal carrying a Status. Cheap to copy (a
// shared handle). Callbacks registered with on_ready run on the single
// process-wide completion thread, never on the thread that sets the event,
// so a slow or re-entrant callback cannot stall the executor.
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
  // Runs `callback(status)` on the completion thread once the event is ready
  // (soon after this call if it already is).
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
