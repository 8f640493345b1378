// The reader leaves op locations to a DeferredLocations source of the
// module: decoded on first request, from the module's own copy of the
// artifact, to the same nodes the reader used to decode itself.
#include "stablehlo/deferred_locations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "ir/walk.h"
#include "stablehlo/bytecode/reader.h"
#include "stablehlo/module_reader.h"
#include "stablehlo/vhlo/container_resolver.h"

namespace metallib::stablehlo {
namespace {

std::vector<uint8_t> read_artifact(const std::string& name) {
  std::ifstream in(std::string(METALLIB_GOLDEN_CORPUS) + "/1.25.3/" + name, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

std::vector<const ir::Op*> all_ops(const ir::Module& module) {
  std::vector<const ir::Op*> ops;
  ir::for_each_op(module, [&](const ir::Op& op) { ops.push_back(&op); });
  return ops;
}

std::vector<std::string> location_texts(const std::vector<const ir::Op*>& ops) {
  std::vector<std::string> texts;
  for (const ir::Op* op : ops) texts.push_back(op->location().text());
  return texts;
}

// Every op of `artifact` has a deferred location that reads as the eager
// decoding of its entry, after the caller's bytes are gone. Returns how
// many ops name a source position.
int check_against_eager_decoding(const std::vector<uint8_t>& artifact) {
  std::vector<uint8_t> bytes = artifact;
  auto module = read_module(bytes);
  EXPECT_TRUE(module.ok()) << module.status().to_string();
  if (!module.ok()) return 0;
  // The module's locations must not read the caller's buffer.
  std::fill(bytes.begin(), bytes.end(), 0xFF);
  bytes.clear();
  bytes.shrink_to_fit();

  StatusOr<bytecode::Container> container = bytecode::read_container_tables(artifact);
  EXPECT_TRUE(container.ok());
  if (!container.ok()) return 0;
  vhlo::ContainerResolver eager(*container);
  int with_position = 0;
  for (const ir::Op* op : all_ops(**module)) {
    ir::SharedLocation node = op->shared_location();
    EXPECT_NE(node, nullptr);
    if (node == nullptr) continue;
    EXPECT_EQ(node->kind, ir::Location::Kind::kDeferred);
    StatusOr<ir::SharedLocation> expected = eager.location(node->numbers[0]);
    const bool known = expected.ok() && *expected != nullptr;
    EXPECT_EQ(op->location().text(), known ? (*expected)->text() : "");
    EXPECT_EQ(op->location().known(), known);
    if (op->location().brief().find(".py:") != std::string::npos) ++with_position;
  }
  return with_position;
}

TEST(DeferredLocations, OpLocationsOutliveTheArtifactAndMatchEagerDecoding) {
  const std::vector<uint8_t> mlp = read_artifact("value_and_grad_mlp.mlir.bc");
  ASSERT_FALSE(mlp.empty());
  // jaxlib gives ops the user's file and line.
  EXPECT_GT(check_against_eager_decoding(mlp), 10);
  int artifacts = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(METALLIB_GOLDEN_CORPUS) + "/1.25.3")) {
    if (!entry.path().string().ends_with(".mlir.bc")) continue;
    SCOPED_TRACE(entry.path().filename().string());
    check_against_eager_decoding(read_artifact(entry.path().filename().string()));
    ++artifacts;
  }
  EXPECT_GT(artifacts, 300);
}

TEST(DeferredLocations, OpsOfOneLocationEntryShareOneNode) {
  auto module = read_module(read_artifact("value_and_grad_mlp.mlir.bc"));
  ASSERT_TRUE(module.ok()) << module.status().to_string();
  std::vector<ir::SharedLocation> by_entry;
  for (const ir::Op* op : all_ops(**module)) {
    const uint64_t entry = op->shared_location()->numbers[0];
    if (by_entry.size() <= entry) by_entry.resize(entry + 1, nullptr);
    if (by_entry[entry] == nullptr) by_entry[entry] = op->shared_location();
    EXPECT_EQ(op->shared_location(), by_entry[entry]);
  }
}

// A compiled program's messages may be written from several threads at
// once, each the first to ask for some location.
TEST(DeferredLocations, ThreadsDecodingAtOnceAgree) {
  const std::vector<uint8_t> bytes = read_artifact("value_and_grad_mlp.mlir.bc");
  auto reference = read_module(bytes);
  ASSERT_TRUE(reference.ok()) << reference.status().to_string();
  const std::vector<std::string> expected = location_texts(all_ops(**reference));

  auto module = read_module(bytes);
  ASSERT_TRUE(module.ok()) << module.status().to_string();
  const std::vector<const ir::Op*> ops = all_ops(**module);
  std::vector<std::vector<std::string>> seen(4);
  std::vector<std::thread> threads;
  for (auto& texts : seen) {
    threads.emplace_back([&ops, &texts] { texts = location_texts(ops); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& texts : seen) EXPECT_EQ(texts, expected);
}

// As when the reader decoded them itself: an entry that is no location, or
// no entry at all, is an unknown location rather than an error.
TEST(DeferredLocations, EntriesThatAreNoLocationAreUnknown) {
  const std::vector<uint8_t> bytes = read_artifact("int_abs_i32.mlir.bc");
  StatusOr<bytecode::Container> container = bytecode::read_container_tables(bytes);
  ASSERT_TRUE(container.ok());
  ir::Storage storage;
  DeferredLocations source(bytes, storage);
  vhlo::ContainerResolver eager(*container);
  int locations = 0, others = 0;
  for (uint64_t i = 0; i < container->attributes.size(); ++i) {
    StatusOr<ir::SharedLocation> expected = eager.location(i);
    const ir::Location* resolved = source.resolve(i);
    if (expected.ok() && *expected != nullptr) {
      ++locations;
      ASSERT_NE(resolved, nullptr);
      EXPECT_EQ(resolved->text(), (*expected)->text());
    } else {
      ++others;
      EXPECT_EQ(resolved, nullptr) << "entry " << i;
    }
  }
  EXPECT_GT(locations, 0);
  EXPECT_GT(others, 0);
  EXPECT_EQ(source.resolve(container->attributes.size()), nullptr);
  EXPECT_EQ(source.resolve(~uint64_t{0}), nullptr);
}

// Bytes that are no artifact give unknown locations, not a crash.
TEST(DeferredLocations, UnreadableBytesGiveUnknownLocations) {
  ir::Storage storage;
  const std::vector<uint8_t> junk = {'M', 'L', 0xEF, 'R', 1, 2, 3};
  DeferredLocations source(junk, storage);
  EXPECT_EQ(source.resolve(0), nullptr);
  EXPECT_EQ(source.resolve(0), nullptr);
  EXPECT_FALSE(ir::Location::deferred(&source, 0).known());
}

}  // namespace
}  // namespace metallib::stablehlo
