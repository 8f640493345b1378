#include "runtime/executable.h"

#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "base/log.h"
#include "compiler/pass.h"
#include "runtime/buffer_storage.h"
#include "runtime/plan.h"

namespace metallib::runtime {

struct Executable::State {
  std::unique_ptr<ir::Module> module;
  const ir::Function* entry = nullptr;
  std::shared_ptr<Device> device;
  std::unique_ptr<FunctionPlan> plan;
  std::vector<ir::Type> parameter_types;
  std::vector<ir::Type> result_types;
  std::vector<bool> donatable;
};

namespace {

bool marks_donation(const std::vector<ir::NamedAttribute>& attributes) {
  for (const ir::NamedAttribute& attribute : attributes) {
    if (attribute.name == "tf.aliasing_output" || attribute.name == "jax.buffer_donor") {
      return true;
    }
  }
  return false;
}

std::string describe_type(const ir::Type& type) {
  return type.is_tensor() ? describe_array(type.element_type(), type.dims()) : type.to_string();
}

Status check_argument(const Buffer& buffer, const ir::Type& expected, size_t index) {
  const bool matches = expected.is_tensor() &&
                       buffer.element_type() == expected.element_type() &&
                       buffer.dims() == expected.dims();
  if (!matches) {
    return invalid_argument("argument " + std::to_string(index) + " is " +
                            describe_array(buffer.element_type(), buffer.dims()) +
                            " but the program expects " + describe_type(expected));
  }
  if (buffer.is_released()) {
    return invalid_argument("argument " + std::to_string(index) + " (" +
                            describe_array(buffer.element_type(), buffer.dims()) +
                            ") has been deleted or donated");
  }
  return ok_status();
}

// The array of an input on the executor. Buffers made by earlier runs on
// this executor are already filled (runs are queued in order); anything
// else is waited for, which cannot deadlock because it does not depend on
// work queued behind this run.
mx::array input_array(const Buffer& buffer, size_t index) {
  Status ready = buffer.ready_event().await();
  if (!ready.ok()) {
    throw std::runtime_error("argument " + std::to_string(index) +
                             " is unavailable: " + ready.message());
  }
  auto storage = buffer.storage();
  if (!storage.ok()) throw std::runtime_error(storage.status().message());
  if (!*storage) throw std::runtime_error("argument " + std::to_string(index) + " has no data");
  return (*storage)->array;
}

void run_on_executor(const Executable::State& state,
                     std::vector<std::shared_ptr<Buffer>> inputs,
                     const std::vector<std::shared_ptr<Buffer>>& outputs,
                     const std::vector<Event>& ready, const Event& done) {
  Status status = ok_status();
  try {
    Arrays arguments;
    arguments.reserve(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) arguments.push_back(input_array(*inputs[i], i));
    inputs.clear();  // donated inputs now live only in `arguments`
    Arrays results = run_plan(*state.plan, std::move(arguments));
    for (mx::array& result : results) {
      if (!result.flags().row_contiguous) result = mx::contiguous(result);
    }
    mx::eval(results);
    for (size_t i = 0; i < outputs.size(); ++i) {
      outputs[i]->fulfil(std::make_shared<Buffer::Storage>(results[i], /*complete=*/true));
    }
  } catch (const std::exception& e) {
    status = internal_error("running @" + std::string(compiler::kEntryFunction) + " of " +
                            (state.module->name.empty() ? "the program" : state.module->name) +
                            " failed: " + e.what());
    METALLIB_LOG(kError) << status.message();
  }
  for (const Event& event : ready) event.set(status);
  done.set(status);
}

}  // namespace

ExecutableOptions default_executable_options(const Device& device) {
  ExecutableOptions options;
  options.fuse_segments = device.uses_gpu();
  const char* fuse = std::getenv("MPS_FUSE");
  if (fuse != nullptr) options.fuse_segments = std::string_view(fuse) == "1";
  return options;
}

Executable::Executable(std::shared_ptr<State> state) : state_(std::move(state)) {}

Executable::~Executable() {
  // Compiled segments live in the executor thread's mx::compile cache.
  if (!state_->plan || state_->plan->compile_ids.empty()) return;
  auto ids = state_->plan->compile_ids;
  Status queued = state_->device->executor()->enqueue([ids] { erase_compiled_segments(ids); });
  if (!queued.ok()) {
    METALLIB_LOG(kDebug) << "compiled segments not erased: " << queued.message();
  }
}

StatusOr<std::shared_ptr<Executable>> Executable::create(std::unique_ptr<ir::Module> module,
                                                         std::shared_ptr<Device> device,
                                                         const ExecutableOptions& options) {
  auto state = std::make_shared<State>();
  state->entry = module->find_function(compiler::kEntryFunction);
  if (state->entry == nullptr) {
    return invalid_argument("the program has no @" + std::string(compiler::kEntryFunction));
  }
  const ir::Function& entry = *state->entry;
  const ir::Block& block = *entry.body.blocks().front();
  for (size_t i = 0; i < block.arguments().size(); ++i) {
    state->parameter_types.push_back(block.arguments()[i]->type());
    state->donatable.push_back(i < entry.argument_attributes.size() &&
                               marks_donation(entry.argument_attributes[i]));
  }
  state->result_types = entry.result_types;
  for (const ir::Type& type : state->result_types) {
    if (!type.is_tensor() || !type.has_static_shape()) {
      return unimplemented("a program result of type " + type.to_string() +
                           " cannot be returned yet");
    }
  }
  PlanOptions plan_options;
  plan_options.fuse_segments = options.fuse_segments;
  plan_options.gpu = device->uses_gpu();
  METALLIB_ASSIGN_OR_RETURN(state->plan, build_plan(entry, plan_options));
  state->module = std::move(module);
  state->device = std::move(device);
  return std::shared_ptr<Executable>(new Executable(std::move(state)));
}

const ir::Module& Executable::module() const {
  return *state_->module;
}
const std::vector<ir::Type>& Executable::parameter_types() const {
  return state_->parameter_types;
}
const std::vector<ir::Type>& Executable::result_types() const {
  return state_->result_types;
}
const std::vector<bool>& Executable::donatable_parameters() const {
  return state_->donatable;
}

StatusOr<std::vector<std::shared_ptr<Buffer>>> Executable::execute(
    std::span<const std::shared_ptr<Buffer>> arguments, std::span<const bool> donate,
    Event* done) {
  const auto& parameters = state_->parameter_types;
  if (arguments.size() != parameters.size()) {
    return invalid_argument("the program takes " + std::to_string(parameters.size()) +
                            " arguments, got " + std::to_string(arguments.size()));
  }
  std::vector<std::shared_ptr<Buffer>> inputs;
  inputs.reserve(arguments.size());
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (!arguments[i]) return invalid_argument("argument " + std::to_string(i) + " is null");
    METALLIB_RETURN_IF_ERROR(check_argument(*arguments[i], parameters[i], i));
    // A donated argument is read through its own handle on the data, so the
    // caller's buffer can be deleted now.
    const bool donated = i < donate.size() && donate[i] && state_->donatable[i];
    if (donated) {
      METALLIB_ASSIGN_OR_RETURN(auto handle, arguments[i]->copy_to(state_->device));
      inputs.push_back(std::move(handle));
    } else {
      inputs.push_back(arguments[i]);
    }
  }
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (i < donate.size() && donate[i] && state_->donatable[i]) arguments[i]->release();
  }

  std::vector<std::shared_ptr<Buffer>> outputs;
  std::vector<Event> ready;
  for (const ir::Type& type : state_->result_types) {
    Event event = Event::create();
    outputs.push_back(Buffer::pending(state_->device, type.element_type(), type.dims(), event));
    ready.push_back(std::move(event));
  }
  Event finished = Event::create();
  if (done) *done = finished;
  Status queued = state_->device->executor()->enqueue(
      [state = state_, inputs = std::move(inputs), outputs, ready, finished]() mutable {
        run_on_executor(*state, std::move(inputs), outputs, ready, finished);
      });
  if (!queued.ok()) {
    for (const Event& event : ready) event.set(queued);
    finished.set(queued);
  }
  return outputs;
}

}  // namespace metallib::runtime
