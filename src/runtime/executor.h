// Executor: the one thread per device on which all MLX work for that device
// is built and evaluated. MLX keeps default streams and compile caches per
// thread, so funnelling every graph through one thread keeps them coherent.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
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
  void shutdown();

 private:
  void loop();

  std::string name_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace metallib::runtime
