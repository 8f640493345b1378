// Reads every artifact of the golden corpus (real jaxlib output at five
// VHLO versions) into our IR and compares it with MLIR's own generic text
// of the same module: the same ops in the same order, and for every op
// written on one line, the same operand and result types.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "ir/printer.h"
#include "ir/verifier.h"
#include "stablehlo/module_reader.h"

namespace metallib::stablehlo {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Ops MLIR's text has that our IR represents otherwise: the module and
// functions are structure, Shardy ops and casts are layout hints dropped
// on one device.
bool is_structural(const std::string& name) {
  return name == "builtin.module" || name == "func.func" || name.starts_with("sdy.") ||
         name == "builtin.unrealized_conversion_cast";
}

struct OpLine {
  std::string name;
  std::string signature;  // "(operand types) -> result types", one-line ops only
  bool operator==(const OpLine&) const = default;
};

// "(T, T) -> R" at the end of a line, or "" when the line has none.
std::string signature_of(std::string line) {
  if (size_t comment = line.find("  // loc("); comment != std::string::npos)
    line.resize(comment);
  const size_t arrow = line.rfind(") -> ");
  if (arrow == std::string::npos) return "";
  int depth = 0;
  for (size_t i = arrow + 1; i-- > 0;) {
    if (line[i] == ')') ++depth;
    if (line[i] == '(' && --depth == 0) {
      return i >= 2 && line.compare(i - 2, 2, ": ") == 0 ? line.substr(i) : "";
    }
  }
  return "";
}

// The ops of a generic-form text in order; one-line ops carry their types.
std::vector<OpLine> op_lines(const std::string& text) {
  static const std::regex kOpStart(R"re("([a-z_]+\.[a-z_\-]+)"\()re");
  std::vector<OpLine> ops;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch match;
    if (!std::regex_search(line, match, kOpStart)) continue;
    const std::string name = match[1];
    if (is_structural(name)) continue;
    const bool one_line = line.find("({") == std::string::npos;
    ops.push_back({name, one_line ? signature_of(line) : ""});
  }
  return ops;
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
  int read = 0, compared = 0;
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
    std::vector<OpLine> expected = op_lines(read_text(reference));
    std::vector<OpLine> actual = op_lines(ir::print_module(**module));
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
      ASSERT_EQ(actual[i].name, expected[i].name) << "op " << i;
      if (!expected[i].signature.empty()) {
        ASSERT_EQ(actual[i].signature, expected[i].signature)
            << "op " << i << " " << expected[i].name;
      }
    }
    ++compared;
  }
  EXPECT_GT(read, 1700);
  EXPECT_GT(compared, 1700);
}

}  // namespace
}  // namespace metallib::stablehlo
