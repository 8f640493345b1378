#include "runtime/event.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "base/log.h"

namespace metallib::runtime {
namespace {

// One thread for all event callbacks in the process. It is created on first
// use and intentionally never destroyed: events may outlive every client, and
// joining a thread from a static destructor at exit can deadlock.
class CompletionThread {
 public:
  static CompletionThread& instance() {
    static CompletionThread* thread = new CompletionThread();
    return *thread;
  }

  void post(std::function<void()> work) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(work));
    }
    wake_.notify_one();
  }

 private:
  CompletionThread() : thread_([this] { loop(); }) { thread_.detach(); }

  void loop() {
    for (;;) {
      std::function<void()> work;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return !queue_.empty(); });
        work = std::move(queue_.front());
        queue_.pop_front();
      }
      try {
        work();
      } catch (const std::exception& e) {
        METALLIB_LOG(kError) << "event callback threw: " << e.what();
      } catch (...) {
        METALLIB_LOG(kError) << "event callback threw a non-standard exception";
      }
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  std::thread thread_;
};

}  // namespace

struct Event::State {
  std::mutex mutex;
  std::condition_variable became_ready;
  bool ready = false;
  Status status;
  std::vector<std::function<void(Status)>> callbacks;
};

void run_on_completion_thread(std::function<void()> work) {
  CompletionThread::instance().post(std::move(work));
}

Event Event::create() {
  return Event(std::make_shared<State>());
}

Event Event::ready(Status status) {
  Event event = create();
  event.set(std::move(status));
  return event;
}

void Event::set(Status status) const {
  std::vector<std::function<void(Status)>> callbacks;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (state_->ready) return;
    state_->ready = true;
    state_->status = std::move(status);
    callbacks.swap(state_->callbacks);
  }
  state_->became_ready.notify_all();
  for (auto& callback : callbacks) {
    run_on_completion_thread(
        [callback = std::move(callback), status = state_->status] { callback(status); });
  }
}

bool Event::is_ready() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->ready;
}

Status Event::await() const {
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->became_ready.wait(lock, [this] { return state_->ready; });
  return state_->status;
}

Status Event::status() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->status;
}

void Event::on_ready(std::function<void(Status)> callback) const {
  Status status;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    if (!state_->ready) {
      state_->callbacks.push_back(std::move(callback));
      return;
    }
    status = state_->status;
  }
  // Already ready: the caller is not the completing thread, so running the
  // callback here is safe and spares a thread hop on the hot path.
  callback(std::move(status));
}

}  // namespace metallib::runtime
