// Exported entry points outside the PJRT ABI, for the plugin's own tools:
// reading an artifact with the plugin's reader (`python -m
// jax_plugins.metallib dump`, benchmarks/reader.py), and the op support table
// and compile census (`python -m jax_plugins.metallib ops`,
// scripts/op_coverage.py). Plain C types, no exceptions across the boundary.
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "ir/printer.h"
#include "ir/verifier.h"
#include "runtime/op_census.h"
#include "stablehlo/module_reader.h"

namespace {

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out != nullptr) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

}  // namespace

// Reads `size` bytes at `bytes`. Returns 0 on success and, when `text` is
// not null, stores the module's IR text there (when `print` is non-zero);
// otherwise returns the Status code and stores the error message. Strings
// are malloc'd: free them with metallib_free_text.
extern "C" __attribute__((visibility("default"))) int metallib_read_artifact(
    const unsigned char* bytes, size_t size, int print, char** text) {
  try {
    auto module = metallib::stablehlo::read_module(std::span<const uint8_t>(bytes, size));
    metallib::Status status = module.ok() ? metallib::ir::verify(**module) : module.status();
    if (!status.ok()) {
      if (text != nullptr) *text = copy_out(status.to_string());
      return static_cast<int>(status.code());
    }
    if (text != nullptr)
      *text = print ? copy_out(metallib::ir::print_module(**module)) : nullptr;
    return 0;
  } catch (const std::exception& e) {
    if (text != nullptr) *text = copy_out(std::string("INTERNAL: ") + e.what());
    return static_cast<int>(metallib::StatusCode::kInternal);
  } catch (...) {
    if (text != nullptr) *text = copy_out("INTERNAL: unexpected non-standard exception");
    return static_cast<int>(metallib::StatusCode::kInternal);
  }
}

extern "C" __attribute__((visibility("default"))) void metallib_free_text(char* text) {
  std::free(text);
}

// Every op the IR knows with what the runtime does with it, one per line:
// "mnemonic\tlowered|structural|refused|missing\treason". Free with
// metallib_free_text; null only when out of memory.
extern "C" __attribute__((visibility("default"))) char* metallib_op_support() {
  try {
    return copy_out(metallib::runtime::op_support_text());
  } catch (...) {
    return nullptr;
  }
}

// The ops this process has compiled so far, by element type:
// "mnemonic\ttype\taccepted\trefused" per line. Free with metallib_free_text.
extern "C" __attribute__((visibility("default"))) char* metallib_op_census() {
  try {
    return copy_out(metallib::runtime::census_text());
  } catch (...) {
    return nullptr;
  }
}
