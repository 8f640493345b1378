// The pass pipeline every program goes through between the reader and the
// runtime's plan.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "compiler/pass.h"

namespace metallib::compiler {

struct PipelineOptions {
  // Runs the verifier after each pass (debug builds do by default), so that
  // a pass that breaks the program is named at once.
  bool verify_each_pass = kVerifyByDefault;
  // Called after each pass, e.g. to dump the IR; an error stops the pipeline.
  std::function<Status(std::string_view pass, const ir::Module& module)> after_pass;

#ifdef NDEBUG
  static constexpr bool kVerifyByDefault = false;
#else
  static constexpr bool kVerifyByDefault = true;
#endif
};

// The passes, in the order they run.
std::span<const Pass> default_pipeline();

Status run_pipeline(ir::Module& module, const PipelineOptions& options);

}  // namespace metallib::compiler
