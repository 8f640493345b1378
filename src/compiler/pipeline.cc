#include "compiler/pipeline.h"

#include <array>
#include <string>

#include "ir/verifier.h"

namespace metallib::compiler {

std::span<const Pass> default_pipeline() {
  static constexpr std::array kPasses = {
      Pass{"inline-calls", inline_calls},
      Pass{"sink-constants", sink_constants_into_bodies},
      Pass{"simplify-shapes", simplify_shape_chains},
      Pass{"order-narrow-reductions", order_narrow_reductions},
      Pass{"widen-narrow-types", widen_narrow_types},
      Pass{"fold-constants", fold_constants},
      Pass{"cse", eliminate_common_subexpressions},
      Pass{"eliminate-dead-code", eliminate_dead_code},
  };
  return kPasses;
}

Status run_pipeline(ir::Module& module, const PipelineOptions& options) {
  for (const Pass& pass : default_pipeline()) {
    Status status = pass.run(module);
    if (!status.ok()) {
      return Status(status.code(), "pass " + std::string(pass.name) + ": " + status.message());
    }
    if (options.verify_each_pass) {
      Status valid = ir::verify(module);
      if (!valid.ok()) {
        return internal_error("pass " + std::string(pass.name) +
                              " left an invalid program: " + valid.message());
      }
    }
    if (options.after_pass) METALLIB_RETURN_IF_ERROR(options.after_pass(pass.name, module));
  }
  return ok_status();
}

}  // namespace metallib::compiler
