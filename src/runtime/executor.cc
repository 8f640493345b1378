#include "runtime/executor.h"

#include <exception>

#include "base/log.h"

namespace metallib::runtime {

Executor::Executor(std::string name) : name_(std::move(name)), thread_([this] { loop(); }) {}

Executor::~Executor() {
  shutdown();
}

Status Executor::enqueue(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) {
      return failed_precondition("the " + name_ +
                                 " executor has shut down (its client was "
                                 "destroyed); no more work can run on it");
    }
    queue_.push_back(std::move(task));
  }
  wake_.notify_one();
  return ok_status();
}

void Executor::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (!thread_.joinable()) return;
  if (thread_.get_id() == std::this_thread::get_id()) {
    thread_.detach();  // a task dropped the last owner; the loop ends itself
  } else {
    thread_.join();
  }
}

void Executor::loop() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    try {
      task();
    } catch (const std::exception& e) {
      METALLIB_LOG(kError) << name_ << " executor task threw: " << e.what();
    } catch (...) {
      METALLIB_LOG(kError) << name_ << " executor task threw a non-standard exception";
    }
  }
}

}  // namespace metallib::runtime
