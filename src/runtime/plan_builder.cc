// Building a plan from a function: ops are grouped into segments between
// control-flow ops, every value that crosses a step boundary gets a slot,
// and each slot is released after its last use.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "compiler/loop_analysis.h"
#include "ir/walk.h"
#include "runtime/op_census.h"
#include "runtime/ops/common.h"
#include "runtime/plan.h"

namespace metallib::runtime {
namespace {

bool is_control_flow(ir::OpCode code) {
  return code == ir::OpCode::kWhile || code == ir::OpCode::kCase || code == ir::OpCode::kIf;
}

bool is_terminator(ir::OpCode code) {
  return code == ir::OpCode::kReturn || code == ir::OpCode::kFuncReturn;
}

// Every value `op` reads, its nested regions included.
void collect_uses(const ir::Op& op, std::vector<const ir::Value*>& uses) {
  ir::for_each_op(op, [&](const ir::Op& each) {
    for (const ir::Value* operand : each.operands()) uses.push_back(operand);
  });
}

// A constant with data for every element: worth materialising once.
bool is_dense_constant(const ir::Op& op) {
  if (op.code() != ir::OpCode::kConstant) return false;
  const ir::Attribute* value = op.attribute("value");
  const auto* dense = value ? value->get<ir::DenseElementsAttr>() : nullptr;
  return dense != nullptr && !dense->splat;
}

bool touches_float64(const ir::Op& op) {
  auto is_f64 = [](const ir::Type& type) {
    return type.is_tensor() && type.element_type() == ir::ElementType::kF64;
  };
  for (const ir::Value* operand : op.operands()) {
    if (is_f64(operand->type())) return true;
  }
  for (const auto& result : op.results()) {
    if (is_f64(result->type())) return true;
  }
  return false;
}

// Ops MLX's compiler can fuse into one elementwise kernel.
bool is_fusable(ir::OpCode code) {
  switch (code) {
    case ir::OpCode::kAbs:
    case ir::OpCode::kAdd:
    case ir::OpCode::kAnd:
    case ir::OpCode::kAtan2:
    case ir::OpCode::kBroadcastInDim:
    case ir::OpCode::kCbrt:
    case ir::OpCode::kCeil:
    case ir::OpCode::kClamp:
    case ir::OpCode::kCompare:
    case ir::OpCode::kConvert:
    case ir::OpCode::kCosine:
    case ir::OpCode::kDivide:
    case ir::OpCode::kExp2:
    case ir::OpCode::kExponential:
    case ir::OpCode::kExponentialMinusOne:
    case ir::OpCode::kFloor:
    case ir::OpCode::kIsFinite:
    case ir::OpCode::kLog:
    case ir::OpCode::kLog2:
    case ir::OpCode::kLogPlusOne:
    case ir::OpCode::kLogistic:
    case ir::OpCode::kMaximum:
    case ir::OpCode::kMinimum:
    case ir::OpCode::kMultiply:
    case ir::OpCode::kNegate:
    case ir::OpCode::kNot:
    case ir::OpCode::kOr:
    case ir::OpCode::kPower:
    case ir::OpCode::kRemainder:
    case ir::OpCode::kRoundNearestEven:
    case ir::OpCode::kRsqrt:
    case ir::OpCode::kSelect:
    case ir::OpCode::kSign:
    case ir::OpCode::kSine:
    case ir::OpCode::kSqrt:
    case ir::OpCode::kSubtract:
    case ir::OpCode::kTan:
    case ir::OpCode::kTanh:
    case ir::OpCode::kXor: return true;
    default: return false;
  }
}

constexpr int kMinFusableOps = 2;

int count_fusable(const Segment& segment) {
  int count = 0;
  for (const SegmentOp& op : segment.ops) count += is_fusable(op.op->code()) ? 1 : 0;
  return count;
}

// The error for an op with no lowering: a deliberate refusal says why, a
// missing lowering says where to ask for it.
Status unsupported_op(const ir::Op& op) {
  census_record(op, /*accepted=*/false);
  if (const char* reason = lowering_table().refusal(op.code())) {
    return unimplemented(ops::describe_op(op) + " is not supported: " + reason);
  }
  return unimplemented(ops::describe_op(op) +
                       " is not supported by jax-metallib yet; please report the "
                       "program that needs it on the jax-metallib issue tracker");
}

class PlanBuilder {
 public:
  explicit PlanBuilder(const PlanOptions& options) : options_(options) {}

  StatusOr<std::unique_ptr<FunctionPlan>> build(const ir::Function& function) {
    auto plan = std::make_unique<FunctionPlan>();
    if (function.body.blocks().size() != 1) {
      return invalid_argument("function @" + function.name + " must have one block");
    }
    const ir::Block& block = *function.body.blocks().front();
    for (const auto& argument : block.arguments()) plan->parameters.push_back(slot(argument));
    METALLIB_RETURN_IF_ERROR(build_block(block, plan->body, &plan->results));
    plan->num_slots = next_slot_;
    if (options_.fuse_segments) {
      attach_compiled_functions(plan->body, plan->compile_ids);
    } else {
      attach_interpreted_functions(plan->body);
    }
    return plan;
  }

 private:
  int slot(const ir::Value* value) {
    auto [it, inserted] = slots_.try_emplace(value, next_slot_);
    if (inserted) ++next_slot_;
    return it->second;
  }

  // Plans the ops of `block` into `plan`; the terminator's operands become
  // `results`.
  Status build_block(const ir::Block& block, Plan& plan, std::vector<int>* results) {
    const auto& ops = block.ops();
    if (ops.empty() || !is_terminator(ops.back()->code())) {
      return invalid_argument("a block does not end in a return");
    }
    // Index of the last op at this level that reads each value.
    std::unordered_map<const ir::Value*, size_t> last_use;
    for (size_t i = 0; i < ops.size(); ++i) {
      std::vector<const ir::Value*> uses;
      collect_uses(*ops[i], uses);
      for (const ir::Value* value : uses) last_use[value] = i;
    }
    std::vector<size_t> step_of_op(ops.size(), 0);
    size_t i = 0;
    const size_t end = ops.size() - 1;
    while (i < end) {
      if (is_control_flow(ops[i]->code())) {
        METALLIB_ASSIGN_OR_RETURN(Step step, build_control_flow(*ops[i]));
        step_of_op[i] = plan.steps.size();
        plan.steps.push_back(std::move(step));
        ++i;
        continue;
      }
      size_t j = i;
      while (j < end && !is_control_flow(ops[j]->code())) ++j;
      for (size_t k = i; k < j; ++k) step_of_op[k] = plan.steps.size();
      METALLIB_ASSIGN_OR_RETURN(Segment segment, build_segment(ops, i, j, last_use));
      plan.steps.push_back(std::move(segment));
      i = j;
    }
    census_record(*ops.back(), /*accepted=*/true);
    for (const ir::Value* value : ops.back()->operands()) results->push_back(slot(value));

    // Release slots of values defined here after their last use here,
    // except those the terminator hands back.
    plan.release_after.assign(plan.steps.size(), {});
    auto schedule_release = [&](const ir::Value* value, size_t defining_step) {
      auto it = last_use.find(value);
      if (it != last_use.end() && it->second == end) return;
      auto found = slots_.find(value);
      if (found == slots_.end()) return;  // never left its segment
      size_t step = it == last_use.end() ? defining_step : step_of_op[it->second];
      if (step < plan.release_after.size()) plan.release_after[step].push_back(found->second);
    };
    for (const auto& argument : block.arguments()) schedule_release(argument, 0);
    for (size_t k = 0; k < end; ++k) {
      for (const auto& result : ops[k]->results()) schedule_release(result, step_of_op[k]);
    }
    return ok_status();
  }

  StatusOr<Segment> build_segment(
      const std::vector<ir::Op*>& ops, size_t begin, size_t end,
      const std::unordered_map<const ir::Value*, size_t>& last_use) {
    Segment segment;
    std::unordered_map<const ir::Value*, int> local;
    std::vector<const ir::Value*> inputs;
    for (size_t k = begin; k < end; ++k) {
      for (const ir::Value* operand : ops[k]->operands()) {
        if (!local.count(operand) &&
            std::find(inputs.begin(), inputs.end(), operand) == inputs.end()) {
          inputs.push_back(operand);
        }
      }
      // Results are numbered after all inputs, which are only known at the
      // end; record them relative for now.
      for (const auto& result : ops[k]->results()) {
        local.emplace(result, static_cast<int>(local.size()));
      }
    }
    const int num_inputs = static_cast<int>(inputs.size());
    for (auto& [value, index] : local) index += num_inputs;
    for (int k = 0; k < num_inputs; ++k) {
      local.emplace(inputs[k], k);
      segment.inputs.push_back(slot(inputs[k]));
    }
    segment.num_locals = static_cast<int>(local.size());

    const LoweringTable& table = lowering_table();
    for (size_t k = begin; k < end; ++k) {
      const ir::Op& op = *ops[k];
      const Lowering* lowering = table.find(op.code());
      if (lowering == nullptr) return unsupported_op(op);
      Status supported = lowering->check ? lowering->check(op) : ops::require_native_types(op);
      census_record(op, supported.ok());
      METALLIB_RETURN_IF_ERROR(supported);
      SegmentOp step;
      step.op = &op;
      step.lower = lowering->lower;
      step.on_cpu_stream = options_.gpu && touches_float64(op);
      for (const ir::Value* operand : op.operands()) step.operands.push_back(local.at(operand));
      step.first_result = op.results().empty() ? 0 : local.at(op.results().front());
      if (is_dense_constant(op)) {
        try {
          step.precomputed = std::make_shared<const Arrays>(step.lower(op, {}));
        } catch (const std::exception& e) {
          return invalid_argument(ops::describe_op(op) + ": " + e.what());
        }
      }
      segment.ops.push_back(std::move(step));
      for (const auto& result : op.results()) {
        auto it = last_use.find(result);
        if (it != last_use.end() && it->second >= end) {
          segment.outputs.push_back(slot(result));
          segment.output_locals.push_back(local.at(result));
        }
      }
    }
    return segment;
  }

  StatusOr<Step> build_control_flow(const ir::Op& op) {
    Status supported = ops::require_native_types(op);
    census_record(op, supported.ok());
    METALLIB_RETURN_IF_ERROR(supported);
    if (op.code() == ir::OpCode::kWhile) return build_loop(op);
    return build_branch(op);
  }

  StatusOr<Step> build_loop(const ir::Op& op) {
    Loop loop;
    loop.op = &op;
    if (op.regions().size() != 2)
      return invalid_argument(ops::describe_op(op) + " needs 2 regions");
    for (const ir::Value* operand : op.operands()) loop.init.push_back(slot(operand));
    for (const auto& result : op.results()) loop.results.push_back(slot(result));
    const ir::Block& cond = *op.regions()[0]->blocks().front();
    const ir::Block& body = *op.regions()[1]->blocks().front();
    for (const auto& argument : cond.arguments()) loop.cond_arguments.push_back(slot(argument));
    for (const auto& argument : body.arguments()) loop.body_arguments.push_back(slot(argument));
    loop.cond = std::make_unique<Plan>();
    loop.body = std::make_unique<Plan>();
    std::vector<int> cond_results;
    METALLIB_RETURN_IF_ERROR(build_block(cond, *loop.cond, &cond_results));
    if (cond_results.size() != 1) {
      return invalid_argument(ops::describe_op(op) + ": the condition must return one value");
    }
    loop.cond_result = cond_results.front();
    METALLIB_RETURN_IF_ERROR(build_block(body, *loop.body, &loop.body_results));
    if (loop.body_results.size() != loop.init.size() ||
        loop.cond_arguments.size() != loop.init.size() ||
        loop.body_arguments.size() != loop.init.size()) {
      return invalid_argument(ops::describe_op(op) + ": carried values do not line up");
    }
    loop.trip_count = compiler::counted_trip_count(op);
    return Step(std::move(loop));
  }

  StatusOr<Step> build_branch(const ir::Op& op) {
    Branch branch;
    branch.op = &op;
    branch.is_if = op.code() == ir::OpCode::kIf;
    branch.selector = slot(op.operand(0));
    for (const auto& result : op.results()) branch.results.push_back(slot(result));
    if (op.regions().empty())
      return invalid_argument(ops::describe_op(op) + " has no branches");
    for (const auto& region : op.regions()) {
      auto plan = std::make_unique<Plan>();
      std::vector<int> results;
      METALLIB_RETURN_IF_ERROR(build_block(*region->blocks().front(), *plan, &results));
      if (results.size() != branch.results.size()) {
        return invalid_argument(ops::describe_op(op) + ": a branch returns " +
                                std::to_string(results.size()) + " values, expected " +
                                std::to_string(branch.results.size()));
      }
      branch.branches.push_back(std::move(plan));
      branch.branch_results.push_back(std::move(results));
    }
    return Step(std::move(branch));
  }

  template <typename Attach>
  void for_each_segment(Plan& plan, const Attach& attach) {
    for (Step& step : plan.steps) {
      if (auto* segment = std::get_if<Segment>(&step)) {
        attach(*segment);
      } else if (auto* loop = std::get_if<Loop>(&step)) {
        for_each_segment(*loop->cond, attach);
        for_each_segment(*loop->body, attach);
      } else if (auto* branch = std::get_if<Branch>(&step)) {
        for (auto& nested : branch->branches) for_each_segment(*nested, attach);
      }
    }
  }

  void attach_interpreted_functions(Plan& plan) {
    for_each_segment(plan, [](Segment& segment) {
      segment.function = [&segment](const Arrays& inputs) {
        return run_segment(segment, inputs);
      };
    });
  }

  void attach_compiled_functions(Plan& plan, std::vector<uintptr_t>& ids) {
    for_each_segment(plan, [&ids](Segment& segment) {
      auto traced = [&segment](const Arrays& inputs) { return run_segment(segment, inputs); };
      // mx::compile pays for itself by fusing elementwise chains; a call
      // through it costs more than building a small graph directly, so
      // segments with nothing to fuse (or no inputs) are not compiled.
      if (segment.inputs.empty() || count_fusable(segment) < kMinFusableOps) {
        segment.function = traced;
      } else {
        segment.function = compile_segment(traced, &segment.compile_id);
        ids.push_back(segment.compile_id);
      }
    });
  }

  const PlanOptions& options_;
  std::unordered_map<const ir::Value*, int> slots_;
  int next_slot_ = 0;
};

}  // namespace

StatusOr<std::unique_ptr<FunctionPlan>> build_plan(const ir::Function& function,
                                                   const PlanOptions& options) {
  return PlanBuilder(options).build(function);
}

}  // namespace metallib::runtime
