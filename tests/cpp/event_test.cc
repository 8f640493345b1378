#include "runtime/event.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "runtime/executor.h"

namespace metallib::runtime {
namespace {

Status aborted_for_test() {
  return Status(StatusCode::kAborted, "stop");
}

TEST(Event, AwaitReturnsTheStatusSetOnAnotherThread) {
  Event event = Event::create();
  EXPECT_FALSE(event.is_ready());
  std::thread setter([event] { event.set(invalid_argument("boom")); });
  Status status = event.await();
  setter.join();
  EXPECT_TRUE(event.is_ready());
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "boom");
}

TEST(Event, OnlyTheFirstSetCounts) {
  Event event = Event::create();
  event.set(ok_status());
  event.set(internal_error("late"));
  EXPECT_TRUE(event.status().ok());
}

TEST(Event, PendingCallbacksRunOnTheCompletionThread) {
  Event first = Event::create(), second = Event::create();
  std::promise<std::thread::id> first_id, second_id;
  first.on_ready([&](Status) { first_id.set_value(std::this_thread::get_id()); });
  second.on_ready([&](Status) { second_id.set_value(std::this_thread::get_id()); });
  first.set(ok_status());
  second.set(ok_status());
  auto a = first_id.get_future().get();
  auto b = second_id.get_future().get();
  EXPECT_NE(a, std::this_thread::get_id());  // not the thread that set it
  EXPECT_EQ(a, b);                           // one completion thread for all
}

TEST(Event, CallbacksOnAReadyEventRunAtOnce) {
  Event event = Event::ready(aborted_for_test());
  bool ran = false;
  event.on_ready([&](Status status) {
    ran = true;
    EXPECT_EQ(status.code(), StatusCode::kAborted);
  });
  EXPECT_TRUE(ran);
}

TEST(Executor, RunsTasksInOrderAndRefusesAfterShutdown) {
  Executor executor("test");
  std::vector<int> order;
  Event done = Event::create();
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(executor.enqueue([&order, i] { order.push_back(i); }).ok());
  }
  ASSERT_TRUE(executor.enqueue([done] { done.set(ok_status()); }).ok());
  ASSERT_TRUE(done.await().ok());
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
  executor.shutdown();
  Status refused = executor.enqueue([] {});
  EXPECT_EQ(refused.code(), StatusCode::kFailedPrecondition);
}

TEST(Executor, ATaskThatThrowsDoesNotStopTheThread) {
  Executor executor("test");
  ASSERT_TRUE(executor.enqueue([] { throw std::runtime_error("task failed"); }).ok());
  Event done = Event::create();
  ASSERT_TRUE(executor.enqueue([done] { done.set(ok_status()); }).ok());
  EXPECT_TRUE(done.await().ok());
}

TEST(Executor, ATaskMayDropTheLastOwner) {
  auto executor = std::make_shared<Executor>("self-owned");
  Event released = Event::create(), done = Event::create();
  std::weak_ptr<Executor> watch = executor;
  // The task waits until it holds the only reference, then drops it: the
  // Executor is destroyed on its own thread.
  ASSERT_TRUE(executor
                  ->enqueue([owner = executor, released, done]() mutable {
                    (void)released.await();
                    owner.reset();
                    done.set(ok_status());
                  })
                  .ok());
  executor.reset();
  released.set(ok_status());
  EXPECT_TRUE(done.await().ok());
  for (int i = 0; i < 1000 && !watch.expired(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  EXPECT_TRUE(watch.expired());
}

}  // namespace
}  // namespace metallib::runtime
