// Programs with dynamic shapes, made by jaxlib (data/make_dynamic_artifacts.py):
// a shape-polymorphic jax.export and a module with bounded dynamic dimensions.
// Each reads, verifies and matches MLIR's generic text like the golden corpus,
// and the bounds survive into the IR.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>

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

std::unique_ptr<ir::Module> read(const std::string& file) {
  const std::string bytes = read_text(fs::path(METALLIB_STABLEHLO_TEST_DATA) / file);
  auto module = read_module(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  EXPECT_TRUE(module.ok()) << file << ": " << module.status().to_string();
  if (!module.ok()) return nullptr;
  Status verified = ir::verify(**module);
  EXPECT_TRUE(verified.ok()) << file << ": " << verified.to_string();
  return std::move(*module);
}

TEST(DynamicShapes, EveryArtifactMatchesMlirText) {
  for (const char* program : {"shape_poly", "bounded"}) {
    const std::string text = read_text(fs::path(METALLIB_STABLEHLO_TEST_DATA) /
                                       (std::string(program) + ".generic.mlir"));
    ASSERT_FALSE(text.empty()) << program;
    for (const char* version : {"v1_22_0", "v1_13_0"}) {
      SCOPED_TRACE(std::string(program) + "." + version);
      auto module = read(std::string(program) + "." + version + ".mlir.bc");
      ASSERT_NE(module, nullptr);
      for (const std::string& problem : testing::compare_with_mlir(*module, text)) {
        ADD_FAILURE() << problem;
      }
    }
  }
}

TEST(DynamicShapes, BoundsReachTheIr) {
  auto module = read("bounded.v1_22_0.mlir.bc");
  ASSERT_NE(module, nullptr);
  const ir::Function* main = module->find_function("main");
  ASSERT_NE(main, nullptr);
  const ir::Type& input = main->body.blocks().front()->arguments()[0]->type();
  EXPECT_EQ(input.dims(), (std::vector<int64_t>{ir::kDynamicDim, 4}));
  EXPECT_EQ(input.bounds(), (std::vector<int64_t>{8, ir::kDynamicDim}));
  EXPECT_EQ(input.to_string(), "tensor<?x4xf32, #stablehlo.bounds<8, ?>>");
  ASSERT_EQ(main->result_types.size(), 1u);
  EXPECT_EQ(main->result_types[0], input);
  // A static tensor stays unbounded.
  const ir::Op& broadcast = *main->body.blocks().front()->ops()[4];
  EXPECT_EQ(broadcast.name(), "stablehlo.broadcast_in_dim");
  EXPECT_TRUE(broadcast.result().type().bounds().empty());
}

TEST(DynamicShapes, ShapePolymorphicExportHasUnboundedDynamicDims) {
  auto module = read("shape_poly.v1_13_0.mlir.bc");
  ASSERT_NE(module, nullptr);
  const ir::Function* main = module->find_function("main");
  ASSERT_NE(main, nullptr);
  const ir::Type& input = main->body.blocks().front()->arguments()[0]->type();
  EXPECT_EQ(input.to_string(), "tensor<?x4xf32>");
  EXPECT_TRUE(input.bounds().empty());
}

}  // namespace
}  // namespace metallib::stablehlo
