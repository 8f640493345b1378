#include "runtime/executor.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>

#include "base/log.h"

namespace metallib::runtime {

struct Executor::State {
  explicit State(std::string n) : name(std::move(n)) {}
  const std::string name;
  std::mutex mutex;
  std::condition_variable wake;
  std::deque<std::function<void()>> queue;
  bool stopping = false;
};

Executor::Executor(std::string name)
    : state_(std::make_shared<State>(std::move(name))), thread_(&Executor::loop, state_) {}

Executor::~Executor() {
  shutdown();
}

Status Executor::enqueue(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->stopping) {
      return failed_precondition("the " + state_->name +
                                 " executor has shut down (its client was "
                                 "destroyed); no more work can run on it");
    }
    state_->queue.push_back(std::move(task));
  }
  state_->wake.notify_one();
  return ok_status();
}

void Executor::shutdown() {
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->stopping = true;
  }
  state_->wake.notify_one();
  if (!thread_.joinable()) return;
  if (thread_.get_id() == std::this_thread::get_id()) {
    thread_.detach();  // called from a task; the loop ends once drained
  } else {
    thread_.join();
  }
}

void Executor::loop(std::shared_ptr<State> state) {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(state->mutex);
      state->wake.wait(lock, [&] { return state->stopping || !state->queue.empty(); });
      if (state->queue.empty()) return;  // stopping and drained
      task = std::move(state->queue.front());
      state->queue.pop_front();
    }
    try {
      task();
    } catch (const std::exception& e) {
      METALLIB_LOG(kError) << state->name << " executor task threw: " << e.what();
    } catch (...) {
      METALLIB_LOG(kError) << state->name << " executor task threw a non-standard exception";
    }
  }
}

}  // namespace metallib::runtime
