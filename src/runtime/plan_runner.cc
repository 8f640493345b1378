// Running a plan: segments build (or replay) MLX graphs, loops and branches
// read on the host only what decides control flow.
#include <atomic>
#include <optional>
#include <string>

#include "mlx/compile_impl.h"
#include "runtime/ops/common.h"
#include "runtime/plan.h"

namespace metallib::runtime {
namespace {

using Slots = std::vector<std::optional<mx::array>>;

// How many iterations of a counted loop are queued before their work is
// handed to MLX, which bounds the graph without waiting for the device.
constexpr int64_t kIterationsPerAsyncEval = 1;

std::string shape_text(const mx::array& array) {
  std::string text = "[";
  for (size_t i = 0; i < array.shape().size(); ++i) {
    if (i) text += ",";
    text += std::to_string(array.shape()[i]);
  }
  return text + "]";
}

// A lowering must produce exactly the IR's result types; a mismatch is a bug
// in the lowering, reported instead of computing on a wrong shape.
void check_results(const ir::Op& op, const Arrays& results) {
  if (results.size() != op.results().size()) {
    throw LoweringError("internal error: lowering produced " + std::to_string(results.size()) +
                        " results, the op has " + std::to_string(op.results().size()));
  }
  for (size_t i = 0; i < results.size(); ++i) {
    const ir::Type& type = op.result(i).type();
    if (!type.is_tensor()) continue;
    if (results[i].dtype() != ops::mlx_dtype(type.element_type()) ||
        results[i].shape() != ops::mlx_shape(type)) {
      throw LoweringError("internal error: lowering produced a result of shape " +
                          shape_text(results[i]) + " for " + type.to_string());
    }
  }
}

const mx::array& read(const Slots& slots, int slot) {
  if (!slots[slot]) throw LoweringError("internal error: a value was read before it was made");
  return *slots[slot];
}

void run(const Plan& plan, Slots& slots);

void run_segment_step(const Segment& segment, Slots& slots) {
  Arrays inputs;
  inputs.reserve(segment.inputs.size());
  for (int slot : segment.inputs) inputs.push_back(read(slots, slot));
  Arrays outputs = segment.function(inputs);
  for (size_t i = 0; i < segment.outputs.size(); ++i) slots[segment.outputs[i]] = outputs[i];
}

Arrays read_all(const Slots& slots, const std::vector<int>& which) {
  Arrays arrays;
  arrays.reserve(which.size());
  for (int slot : which) arrays.push_back(read(slots, slot));
  return arrays;
}

void write_all(Slots& slots, const std::vector<int>& which, const Arrays& arrays) {
  for (size_t i = 0; i < which.size(); ++i) slots[which[i]] = arrays[i];
}

bool read_predicate(const mx::array& predicate) {
  mx::array value = predicate;
  value.eval();
  return value.item<bool>();
}

void run_loop(const Loop& loop, Slots& slots) {
  Arrays carried = read_all(slots, loop.init);
  if (loop.trip_count) {
    for (int64_t i = 0; i < *loop.trip_count; ++i) {
      write_all(slots, loop.body_arguments, carried);
      run(*loop.body, slots);
      carried = read_all(slots, loop.body_results);
      if ((i + 1) % kIterationsPerAsyncEval == 0) mx::async_eval(carried);
    }
  } else {
    while (true) {
      write_all(slots, loop.cond_arguments, carried);
      run(*loop.cond, slots);
      if (!read_predicate(read(slots, loop.cond_result))) break;
      write_all(slots, loop.body_arguments, carried);
      run(*loop.body, slots);
      carried = read_all(slots, loop.body_results);
      mx::async_eval(carried);
    }
  }
  write_all(slots, loop.results, carried);
}

void run_branch(const Branch& branch, Slots& slots) {
  mx::array selector = read(slots, branch.selector);
  selector.eval();
  size_t chosen;
  const size_t count = branch.branches.size();
  if (branch.is_if) {
    chosen = selector.item<bool>() ? 0 : 1;
  } else {
    // An index outside [0, N) selects the last branch (StableHLO case).
    int64_t index = mx::astype(selector, mx::int64).item<int64_t>();
    chosen = index < 0 || index >= static_cast<int64_t>(count) ? count - 1
                                                               : static_cast<size_t>(index);
  }
  run(*branch.branches[chosen], slots);
  write_all(slots, branch.results, read_all(slots, branch.branch_results[chosen]));
}

void run(const Plan& plan, Slots& slots) {
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& step = plan.steps[i];
    if (const auto* segment = std::get_if<Segment>(&step)) {
      run_segment_step(*segment, slots);
    } else if (const auto* loop = std::get_if<Loop>(&step)) {
      run_loop(*loop, slots);
    } else {
      run_branch(std::get<Branch>(step), slots);
    }
    for (int slot : plan.release_after[i]) slots[slot].reset();
  }
}

}  // namespace

Arrays run_segment(const Segment& segment, const Arrays& inputs) {
  Arrays locals;
  locals.reserve(static_cast<size_t>(segment.num_locals));
  locals.insert(locals.end(), inputs.begin(), inputs.end());
  Arrays operands;
  for (const SegmentOp& step : segment.ops) {
    operands.clear();
    for (int index : step.operands) operands.push_back(locals[index]);
    Arrays results;
    try {
      if (step.precomputed) {
        results = *step.precomputed;
      } else if (step.on_cpu_stream) {
        mx::StreamContext cpu(mx::Device::cpu);
        results = step.lower(*step.op, operands);
      } else {
        results = step.lower(*step.op, operands);
      }
      check_results(*step.op, results);
    } catch (const std::exception& e) {
      throw LoweringError(ops::describe_op(*step.op) + ": " + e.what());
    }
    for (mx::array& result : results) locals.push_back(std::move(result));
  }
  Arrays outputs;
  outputs.reserve(segment.output_locals.size());
  for (int index : segment.output_locals) outputs.push_back(locals[index]);
  return outputs;
}

std::function<Arrays(const Arrays&)> compile_segment(
    std::function<Arrays(const Arrays&)> traced, uintptr_t* id) {
  static std::atomic<uintptr_t> next_id{1};
  *id = next_id.fetch_add(1);
  return mx::detail::compile(std::move(traced), *id);
}

void erase_compiled_segments(const std::vector<uintptr_t>& ids) {
  auto cache = mx::detail::compile_cache();
  for (uintptr_t id : ids) mx::detail::compile_erase(cache, id);
}

Arrays run_plan(const FunctionPlan& plan, Arrays arguments) {
  Slots slots(static_cast<size_t>(plan.num_slots));
  if (arguments.size() != plan.parameters.size()) {
    throw LoweringError("the program takes " + std::to_string(plan.parameters.size()) +
                        " arguments, got " + std::to_string(arguments.size()));
  }
  for (size_t i = 0; i < arguments.size(); ++i)
    slots[plan.parameters[i]] = std::move(arguments[i]);
  arguments.clear();  // so donated inputs are held only by their slots
  run(plan.body, slots);
  return read_all(slots, plan.results);
}

}  // namespace metallib::runtime
