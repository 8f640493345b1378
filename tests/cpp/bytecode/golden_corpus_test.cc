// Every artifact of the golden corpus (tests/golden/corpus: real jaxlib
// output at five VHLO versions) must be a valid bytecode container whose
// operands all resolve.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "stablehlo/bytecode/reader.h"

namespace metallib::stablehlo::bytecode {
namespace {

std::vector<uint8_t> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

TEST(GoldenCorpus, EveryArtifactIsAValidContainer) {
  const std::filesystem::path root = METALLIB_GOLDEN_CORPUS;
  ASSERT_TRUE(std::filesystem::is_directory(root)) << root;
  int artifacts = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.path().string().ends_with(".mlir.bc")) continue;
    ++artifacts;
    std::vector<uint8_t> bytes = read_file(entry.path());
    StatusOr<Container> container = read_container(bytes);
    ASSERT_TRUE(container.ok()) << entry.path() << ": " << container.status().to_string();
    const std::string version_folder = entry.path().parent_path().filename().string();
    EXPECT_EQ(container->producer, "StableHLO_v" + version_folder) << entry.path();
    EXPECT_EQ(container->top_level.ops.size(), 1u) << entry.path();
  }
  EXPECT_GT(artifacts, 1000);
}

}  // namespace
}  // namespace metallib::stablehlo::bytecode
