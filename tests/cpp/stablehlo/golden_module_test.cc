// Reads every artifact of the golden corpus (real jaxlib output at five
// VHLO versions) into our IR and compares its printed text with MLIR's own
// generic text of the same module, op for op: names, operand and result
// types, and attribute values (canonicalized by generic_text.h where MLIR's
// spelling differs from ours), and each function's name, visibility, types
// and argument/result attributes. Locations are not compared.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ir/printer.h"
#include "ir/verifier.h"
#include "stablehlo/module_compare.h"
#include "stablehlo/module_reader.h"

namespace metallib::stablehlo {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The generic text of `program` at `version`; jax 0.12 output at 1.16.3 and
// 1.13.0 shares the 1.22.0 text (the corpus README says why).
fs::path generic_text(const fs::path& root, const std::string& version,
                      const std::string& program) {
  fs::path own = root / version / (program + ".generic.mlir");
  if (fs::exists(own)) return own;
  fs::path shared = root / "1.22.0" / (program + ".generic.mlir");
  if ((version == "1.16.3" || version == "1.13.0") && fs::exists(shared)) return shared;
  return {};
}

TEST(GoldenModules, EveryArtifactReadsVerifiesAndMatchesMlirText) {
  const fs::path root = METALLIB_GOLDEN_CORPUS;
  int read = 0, compared = 0, reported = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string file = entry.path().filename().string();
    if (!file.ends_with(".mlir.bc")) continue;
    const std::string version = entry.path().parent_path().filename().string();
    const std::string program = file.substr(0, file.size() - std::string(".mlir.bc").size());
    SCOPED_TRACE(version + "/" + program);

    std::string bytes = read_text(entry.path());
    auto module = read_module(
        std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
    ASSERT_TRUE(module.ok()) << module.status().to_string();
    Status verified = ir::verify(**module);
    ASSERT_TRUE(verified.ok()) << verified.to_string();
    ++read;

    fs::path reference = generic_text(root, version, program);
    if (reference.empty()) continue;  // text dropped for size (large_unrolled)
    std::vector<std::string> problems =
        testing::compare_with_mlir(**module, read_text(reference));
    // A few lines per artifact and at most 200 in all keep a regression readable.
    for (size_t i = 0; i < problems.size() && i < 5 && reported < 200; ++i, ++reported) {
      ADD_FAILURE() << problems[i];
    }
    ++compared;
  }
  EXPECT_GT(read, 1700);
  EXPECT_GT(compared, 1700);
}

}  // namespace
}  // namespace metallib::stablehlo
