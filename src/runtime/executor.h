// Executor: the one thread per device on which all MLX work for that device
// is built and evaluated. MLX keeps default streams and compile caches per
// thread, so funnelling every graph through one thread keeps them coherent.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "base/status.h"

namespace metallib::runtime {

class Executor {
 public:
  explicit Executor(std::string name);
  ~Executor();  // runs what is queued, then joins the thread
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  // Queues `task`. Fails (and drops the task) once shutdown has begun.
  // An exception thrown by a task is logged; tasks report their own errors.
  Status enqueue(std::function<void()> task);

  // Stops accepting tasks, finishes the queued ones and joins the thread.
  // Safe to call from a task: the thread then finishes on its own.
  void shutdown();

 private:
  // Shared by this object and its thread, so that the thread can outlive
  // the Executor when a task drops the last owner.
  struct State;
  static void loop(std::shared_ptr<State> state);

  std::shared_ptr<State> state_;
  std::thread thread_;
};

}  // namespace metallib::runtime
