// libFuzzer target for the StableHLO reader: any input must give a module
// or a Status, never a crash, hang, leak or undefined behaviour. Run by
// scripts/test.sh for a bounded time under AddressSanitizer and UBSan,
// starting from the golden corpus and the bytecode test artifacts.
#include <cstddef>
#include <cstdint>
#include <span>

#include "ir/printer.h"
#include "ir/verifier.h"
#include "ir/walk.h"
#include "stablehlo/module_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto module = metallib::stablehlo::read_module(std::span<const uint8_t>(data, size));
  if (!module.ok()) return 0;
  // Op locations are decoded when first asked for, not by read_module():
  // every op's is asked for, whether or not the module verifies.
  metallib::ir::for_each_op(**module,
                            [](const metallib::ir::Op& op) { (void)op.location().text(); });
  if (metallib::ir::verify(**module).ok()) {
    // Printing walks every op, attribute and type the reader produced.
    (void)metallib::ir::print_module(**module);
  }
  return 0;
}
