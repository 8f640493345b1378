// Executables below the C ABI: planning, running, errors reaching the
// output events, donation.
#include <gtest/gtest.h>

#include <cstring>

#include "compiler/pipeline.h"
#include "runtime/executable.h"

namespace metallib::runtime {
namespace {

ir::Type f32(std::vector<int64_t> dims) {
  return ir::Type::tensor(ir::ElementType::kF32, std::move(dims));
}

ir::Attribute f32_splat(float value, std::vector<int64_t> dims) {
  std::string bytes(sizeof(float), '\0');
  std::memcpy(bytes.data(), &value, sizeof(float));
  return ir::Attribute{ir::DenseElementsAttr{f32(std::move(dims)), bytes, /*splat=*/true}};
}

// main(%a: f32[3]) -> f32[3] { %c = constant; return add(%a, %c) }, where
// `constant_value` is the constant's attribute (none when null).
std::unique_ptr<ir::Module> add_constant(const ir::Attribute* constant_value,
                                         bool donatable = false) {
  auto module = std::make_unique<ir::Module>();
  module->name = "jit_add";
  ir::Function& main = module->add_function("main");
  main.is_public = true;
  main.result_types = {f32({3})};
  if (donatable) {
    main.argument_attributes = {
        {{"tf.aliasing_output", ir::Attribute{ir::IntegerAttr{0, ir::ElementType::kS32}}}}};
  }
  ir::Block& body = main.body.add_block();
  ir::Value& a = body.add_argument(f32({3}));
  ir::Op& constant =
      body.add_op(ir::OpCode::kConstant, {}, {f32({3})}, ir::Location::file("model.py", 7, 5));
  if (constant_value) constant.set_attribute("value", *constant_value);
  ir::Op& add = body.add_op(ir::OpCode::kAdd, {&a, &constant.result()}, {f32({3})});
  body.add_op(ir::OpCode::kFuncReturn, {&add.result()}, {});
  return module;
}

class ExecutableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto device = Device::create(0, EngineOptions{});
    ASSERT_TRUE(device.ok()) << device.status().message();
    device_ = *device;
  }

  std::shared_ptr<Buffer> upload(std::vector<float> values) {
    auto buffer = Buffer::from_host(device_, ir::ElementType::kF32,
                                    {static_cast<int64_t>(values.size())}, values.data(), {});
    EXPECT_TRUE(buffer.ok());
    return *buffer;
  }

  std::vector<float> download(Buffer& buffer) {
    std::vector<float> values(3);
    EXPECT_TRUE(buffer.to_host(values.data(), 12, {}).await().ok());
    return values;
  }

  StatusOr<std::shared_ptr<Executable>> compile(std::unique_ptr<ir::Module> module) {
    METALLIB_RETURN_IF_ERROR(compiler::run_pipeline(*module, {}));
    return Executable::create(std::move(module), device_, ExecutableOptions{false});
  }

  std::shared_ptr<Device> device_;
};

TEST_F(ExecutableTest, RunsAndReturnsOutputsThatBecomeReady) {
  ir::Attribute two = f32_splat(2.0f, {3});
  auto executable = compile(add_constant(&two));
  ASSERT_TRUE(executable.ok()) << executable.status().message();
  std::shared_ptr<Buffer> input = upload({1, 2, 3});
  Event done = Event::ready();
  auto outputs = (*executable)->execute({&input, 1}, {}, &done);
  ASSERT_TRUE(outputs.ok()) << outputs.status().message();
  ASSERT_EQ(outputs->size(), 1u);
  EXPECT_TRUE(done.await().ok());
  EXPECT_EQ(download(*(*outputs)[0]), (std::vector<float>{3, 4, 5}));
  EXPECT_FALSE(input->is_released());
}

TEST_F(ExecutableTest, AnErrorWhileRunningReachesTheOutputEventsWithOpAndLocation) {
  // A constant without its value passes planning but cannot be lowered.
  auto executable = compile(add_constant(nullptr));
  ASSERT_TRUE(executable.ok()) << executable.status().message();
  std::shared_ptr<Buffer> input = upload({1, 2, 3});
  Event done = Event::ready();
  auto outputs = (*executable)->execute({&input, 1}, {}, &done);
  ASSERT_TRUE(outputs.ok());
  Status status = (*outputs)[0]->ready_event().await();
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("'stablehlo.constant' at model.py:7:5"), std::string::npos)
      << status.message();
  EXPECT_FALSE(done.await().ok());
  // The device keeps working after a failed run.
  ir::Attribute one = f32_splat(1.0f, {3});
  auto good = compile(add_constant(&one));
  ASSERT_TRUE(good.ok());
  auto again = (*good)->execute({&input, 1}, {}, nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(download(*(*again)[0]), (std::vector<float>{2, 3, 4}));
}

TEST_F(ExecutableTest, WrongArgumentsAreRefusedBeforeRunning) {
  ir::Attribute two = f32_splat(2.0f, {3});
  auto executable = compile(add_constant(&two));
  ASSERT_TRUE(executable.ok());
  std::vector<float> four = {1, 2, 3, 4};
  auto wrong = Buffer::from_host(device_, ir::ElementType::kF32, {4}, four.data(), {});
  ASSERT_TRUE(wrong.ok());
  auto outputs = (*executable)->execute({&*wrong, 1}, {}, nullptr);
  EXPECT_FALSE(outputs.ok());
  EXPECT_NE(
      outputs.status().message().find("argument 0 is f32[4] but the program expects f32[3]"),
      std::string::npos)
      << outputs.status().message();
  EXPECT_FALSE((*executable)->execute({}, {}, nullptr).ok());
}

TEST_F(ExecutableTest, DonationDeletesTheArgumentAndOnlyWhenTheProgramAllowsIt) {
  ir::Attribute two = f32_splat(2.0f, {3});
  const bool donate[] = {true};
  auto plain = compile(add_constant(&two));
  ASSERT_TRUE(plain.ok());
  std::shared_ptr<Buffer> kept = upload({1, 2, 3});
  ASSERT_TRUE((*plain)->execute({&kept, 1}, donate, nullptr).ok());
  EXPECT_FALSE(kept->is_released());

  auto donating = compile(add_constant(&two, /*donatable=*/true));
  ASSERT_TRUE(donating.ok());
  std::shared_ptr<Buffer> given = upload({1, 2, 3});
  auto outputs = (*donating)->execute({&given, 1}, donate, nullptr);
  ASSERT_TRUE(outputs.ok());
  EXPECT_TRUE(given->is_released());
  EXPECT_EQ(download(*(*outputs)[0]), (std::vector<float>{3, 4, 5}));
}

TEST_F(ExecutableTest, AnUnsupportedOpFailsAtCompileTimeNamingItAndItsLocation) {
  auto module = std::make_unique<ir::Module>();
  ir::Function& main = module->add_function("main");
  main.result_types = {f32({3})};
  ir::Block& body = main.body.add_block();
  ir::Op& token = body.add_op(ir::OpCode::kCreateToken, {}, {ir::Type::token()});
  ir::Op& infeed = body.add_op(ir::OpCode::kInfeed, {&token.result()}, {f32({3})},
                               ir::Location::file("model.py", 9, 1));
  body.add_op(ir::OpCode::kFuncReturn, {&infeed.result()}, {});
  auto executable = compile(std::move(module));
  ASSERT_FALSE(executable.ok());
  EXPECT_EQ(executable.status().code(), StatusCode::kUnimplemented);
  EXPECT_NE(
      executable.status().message().find("'stablehlo.infeed' at model.py:9:1 is not supported"),
      std::string::npos)
      << executable.status().message();
}

}  // namespace
}  // namespace metallib::runtime
