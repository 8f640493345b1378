// PJRT_Client_Compile. Programs arrive as VHLO portable artifacts (format
// "mlir"). Each is read into our IR, taken through the compiler's pipeline
// and planned for the client's device. With MPS_DUMP_DIR set, the artifact,
// the IR as read and the IR after each pass are written there.
#include <string>
#include <string_view>

#include "base/dump.h"
#include "base/log.h"
#include "compiler/cost_analysis.h"
#include "compiler/pipeline.h"
#include "ir/printer.h"
#include "ir/verifier.h"
#include "pjrt/element_types.h"
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"
#include "runtime/executable.h"
#include "stablehlo/module_reader.h"

namespace metallib::pjrt {
namespace {

// The plugin's version is part of the fingerprint: a new release may plan
// the same program differently.
#ifndef METALLIB_VERSION
#define METALLIB_VERSION "unknown"
#endif

StatusOr<std::string_view> program_code(const PJRT_Program& program) {
  METALLIB_RETURN_IF_ERROR(
      check_struct_size(program.struct_size, PJRT_Program_STRUCT_SIZE, "PJRT_Program"));
  std::string_view format(program.format ? program.format : "",
                          program.format ? program.format_size : 0);
  if (format != "mlir") {
    return invalid_argument("program format '" + std::string(format) +
                            "' is not supported; jax-metallib reads StableHLO "
                            "portable artifacts (format 'mlir')");
  }
  if (program.code_size > 0) METALLIB_RETURN_IF_ERROR(check_not_null(program.code, "code"));
  return std::string_view(program.code, program.code_size);
}

StatusOr<std::unique_ptr<ir::Module>> read_and_optimize(std::string_view code) {
  const std::string hash = dump::content_hash(code);
  METALLIB_ASSIGN_OR_RETURN(auto dumped, dump::write(hash + ".mlir.bc", code));
  if (dumped) {
    METALLIB_LOG(kInfo) << "wrote the program to " << *dumped;
  }
  METALLIB_ASSIGN_OR_RETURN(std::unique_ptr<ir::Module> module,
                            stablehlo::read_module(std::span<const uint8_t>(
                                reinterpret_cast<const uint8_t*>(code.data()), code.size())));
  METALLIB_RETURN_IF_ERROR(ir::verify(*module));
  compiler::PipelineOptions options;
  if (dumped) {
    METALLIB_RETURN_IF_ERROR(
        dump::write(hash + ".0-read.ir.txt", ir::print_module(*module)).status());
    options.after_pass = [hash, index = 1](std::string_view pass,
                                           const ir::Module& m) mutable -> Status {
      std::string name =
          hash + "." + std::to_string(index++) + "-" + std::string(pass) + ".ir.txt";
      return dump::write(name, ir::print_module(m)).status();
    };
  }
  METALLIB_RETURN_IF_ERROR(compiler::run_pipeline(*module, options));
  return module;
}

// Memory an array of `type` takes in its dense form.
int64_t dense_bytes(const ir::Type& type) {
  int64_t bytes = ir::host_element_bytes(type.element_type());
  for (int64_t d : type.dims()) bytes *= d;
  return bytes;
}

int64_t dense_bytes(const std::vector<ir::Type>& types) {
  int64_t total = 0;
  for (const ir::Type& type : types) total += dense_bytes(type);
  return total;
}

std::shared_ptr<ExecutableInfo> describe(std::shared_ptr<runtime::Executable> executable,
                                         std::string_view code) {
  auto info = std::make_shared<ExecutableInfo>();
  const ir::Module& module = executable->module();
  info->name = module.name.empty() ? "main" : module.name;
  info->fingerprint = dump::content_hash(std::string(code) + "\n" + METALLIB_VERSION);
  info->optimized_program = ir::print_module(module);
  static const char kDeviceMemory[] = "device";
  for (const ir::Type& type : executable->result_types()) {
    info->output_types.push_back(to_pjrt_type(type.element_type()));
    info->output_dims.insert(info->output_dims.end(), type.dims().begin(), type.dims().end());
    info->output_ranks.push_back(type.dims().size());
    info->output_memory_kinds.push_back(kDeviceMemory);
    info->output_memory_kind_sizes.push_back(sizeof(kDeviceMemory) - 1);
  }
  if (const ir::Function* entry = module.find_function(compiler::kEntryFunction)) {
    compiler::CostEstimate cost = compiler::estimate_cost(*entry);
    info->cost_analysis.add_float("flops", static_cast<float>(cost.flops));
    info->cost_analysis.add_float("transcendentals", static_cast<float>(cost.transcendentals));
    info->cost_analysis.add_float("bytes accessed", static_cast<float>(cost.bytes_accessed));
  }
  info->argument_bytes = dense_bytes(executable->parameter_types());
  info->output_bytes = dense_bytes(executable->result_types());
  for (size_t i = 0; i < executable->parameter_types().size(); ++i) {
    if (executable->donatable_parameters()[i]) {
      info->alias_bytes += dense_bytes(executable->parameter_types()[i]);
    }
  }
  info->executable = std::move(executable);
  return info;
}

}  // namespace

PJRT_Error* client_compile(PJRT_Client_Compile_Args* args) {
  return guarded("PJRT_Client_Compile", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_Compile_Args);
    METALLIB_REQUIRE(args, client);
    METALLIB_REQUIRE(args, program);
    METALLIB_ASSIGN_OR_RETURN(std::string_view code, program_code(*args->program));
    METALLIB_ASSIGN_OR_RETURN(std::unique_ptr<ir::Module> module, read_and_optimize(code));
    const auto& device_set = args->client->device_set;
    if (device_set->devices.empty()) return internal_error("the client has no device");
    PJRT_Device* device = device_set->devices.front();
    METALLIB_ASSIGN_OR_RETURN(
        auto executable,
        runtime::Executable::create(std::move(module), device->device,
                                    runtime::default_executable_options(*device->device)));
    auto loaded = std::make_unique<PJRT_LoadedExecutable>();
    loaded->info = describe(std::move(executable), code);
    loaded->device_set = device_set;
    loaded->addressable_devices = {device};
    args->executable = loaded.release();
    return ok_status();
  });
}

}  // namespace metallib::pjrt
