// PJRT_Client_Compile. Programs arrive as VHLO portable artifacts (format
// "mlir"); each is written to MPS_DUMP_DIR when that is set, then read into
// our IR (also dumped). Turning the IR into executables is not implemented
// yet, so the call then fails with UNIMPLEMENTED.
#include <string>
#include <string_view>

#include "base/dump.h"
#include "base/log.h"
#include "ir/printer.h"
#include "ir/verifier.h"
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/handles.h"
#include "stablehlo/module_reader.h"

namespace metallib::pjrt {

PJRT_Error* client_compile(PJRT_Client_Compile_Args* args) {
  return guarded("PJRT_Client_Compile", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Client_Compile_Args);
    METALLIB_REQUIRE(args, client);
    METALLIB_REQUIRE(args, program);
    const PJRT_Program& program = *args->program;
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
    std::string_view code(program.code, program.code_size);
    METALLIB_ASSIGN_OR_RETURN(auto dumped,
                              dump::write(dump::content_hash(code) + ".mlir.bc", code));
    if (dumped) {
      METALLIB_LOG(kInfo) << "wrote the program to " << *dumped;
    }
    METALLIB_ASSIGN_OR_RETURN(std::unique_ptr<ir::Module> module,
                              stablehlo::read_module(std::span<const uint8_t>(
                                  reinterpret_cast<const uint8_t*>(code.data()), code.size())));
    METALLIB_RETURN_IF_ERROR(ir::verify(*module));
    if (dumped) {
      METALLIB_RETURN_IF_ERROR(
          dump::write(dump::content_hash(code) + ".ir.txt", ir::print_module(*module))
              .status());
    }
    return unimplemented(
        "compiling programs is not implemented by jax-metallib yet, so they cannot "
        "run on mps (the program was received intact, " +
        std::to_string(code.size()) + " bytes)");
  });
}

}  // namespace metallib::pjrt
