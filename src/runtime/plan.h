// Plan: what a compiled program runs. A function body becomes a list of
// steps over numbered value slots:
//   Segment  a run of pure tensor ops, lowered to MLX together (and wrapped
//            in mx::compile when fusion is on), from input slots to output slots;
//   Loop     stablehlo.while, with sub-plans for condition and body;
//   Branch   stablehlo.case / stablehlo.if, with one sub-plan per branch.
// Plans are built once per executable and run on the device's executor
// thread. Internal to runtime/: includes MLX.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "base/status.h"
#include "ir/module.h"
#include "runtime/lowering.h"

namespace metallib::runtime {

struct PlanOptions {
  // Wraps segments in mx::compile, which fuses elementwise chains into one
  // kernel and replays the traced graph on later calls.
  bool fuse_segments = true;
  // The device is a GPU: ops on float64 are then built on MLX's CPU stream,
  // since Apple GPUs have no float64 (unified memory makes that cheap).
  bool gpu = false;
};

// One op inside a segment; operands and results index the segment's local
// arrays (its inputs first, then every result in order).
struct SegmentOp {
  const ir::Op* op = nullptr;
  LowerFn lower = nullptr;
  std::vector<int> operands;
  int first_result = 0;
  bool on_cpu_stream = false;  // see PlanOptions::gpu
  // Results made once when the plan is built (dense constants), so a run
  // does not copy their data again.
  std::shared_ptr<const Arrays> precomputed;
};

struct Segment {
  std::vector<SegmentOp> ops;
  std::vector<int> inputs;         // slots read
  std::vector<int> outputs;        // slots written
  std::vector<int> output_locals;  // the local array of each output
  int num_locals = 0;
  // What runs the segment: run_segment itself, or its mx::compile wrapper,
  // whose cache entry is keyed by `compile_id` (0 when not compiled).
  std::function<Arrays(const Arrays&)> function;
  uintptr_t compile_id = 0;
};

struct Plan;

struct Loop {
  const ir::Op* op = nullptr;
  std::vector<int> init;  // slots of the initial carried values
  std::vector<int> results;
  std::vector<int> cond_arguments, body_arguments;
  std::unique_ptr<Plan> cond, body;
  int cond_result = -1;
  std::vector<int> body_results;
  std::optional<int64_t> trip_count;  // known for counted loops
};

struct Branch {
  const ir::Op* op = nullptr;
  int selector = -1;  // i32 index (case) or i1 predicate (if)
  bool is_if = false;
  std::vector<std::unique_ptr<Plan>> branches;
  std::vector<std::vector<int>> branch_results;
  std::vector<int> results;
};

using Step = std::variant<Segment, Loop, Branch>;

struct Plan {
  std::vector<Step> steps;
  // Slots defined at this level whose last use is step i, released after it
  // so MLX can free or reuse their memory during the run.
  std::vector<std::vector<int>> release_after;
};

// The plan of a whole function.
struct FunctionPlan {
  Plan body;
  std::vector<int> parameters;  // slots of the function's arguments
  std::vector<int> results;     // slots returned, in order
  int num_slots = 0;
  // Keys of the segments in the executor thread's mx::compile cache; they
  // must be erased on that thread when the plan is dropped.
  std::vector<uintptr_t> compile_ids;
};

// Builds the plan of `function`, checking that every op can be lowered.
// The plan points into `function`, which must outlive it.
StatusOr<std::unique_ptr<FunctionPlan>> build_plan(const ir::Function& function,
                                                   const PlanOptions& options);

// Lowers the segment's ops one after another on `inputs` (the trace that
// mx::compile records, or the whole work when fusion is off).
Arrays run_segment(const Segment& segment, const Arrays& inputs);

// Wraps `traced` in mx::compile under a fresh cache key, stored in `*id`.
std::function<Arrays(const Arrays&)> compile_segment(
    std::function<Arrays(const Arrays&)> traced, uintptr_t* id);
// Drops compiled segments from the calling thread's mx::compile cache.
void erase_compiled_segments(const std::vector<uintptr_t>& ids);

// Runs `plan` on the calling (executor) thread: builds the MLX graph of
// every step, evaluating only what control flow needs. The results are not
// yet evaluated. Throws on failure, with the op and location in the message.
Arrays run_plan(const FunctionPlan& plan, Arrays arguments);

}  // namespace metallib::runtime
