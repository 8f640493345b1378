// The compiler's passes on small hand-built programs, and the whole pipeline
// on every program of the golden corpus.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "compiler/loop_analysis.h"
#include "compiler/pass.h"
#include "compiler/pipeline.h"
#include "ir/verifier.h"
#include "stablehlo/module_reader.h"

namespace metallib::compiler {
namespace {

ir::Type i32(std::vector<int64_t> dims = {}) {
  return ir::Type::tensor(ir::ElementType::kS32, std::move(dims));
}
ir::Type f32(std::vector<int64_t> dims = {}) {
  return ir::Type::tensor(ir::ElementType::kF32, std::move(dims));
}

ir::Op& constant(ir::Block& block, const ir::Type& type, int32_t value) {
  std::string bytes(4, '\0');
  std::memcpy(bytes.data(), &value, 4);
  ir::Op& op = block.add_op(ir::OpCode::kConstant, {}, {type});
  op.set_attribute("value", ir::Attribute{ir::DenseElementsAttr{type, bytes, true}});
  return op;
}

int count(const ir::Region& region, ir::OpCode code) {
  int n = 0;
  for (const auto& block : region.blocks()) {
    for (const auto& op : block->ops()) {
      n += op->code() == code;
      for (const auto& nested : op->regions()) n += count(*nested, code);
    }
  }
  return n;
}

// A module whose @main has one argument of `type` and returns what `body`
// builds from it.
template <typename Body>
std::unique_ptr<ir::Module> program(const ir::Type& type, Body body) {
  auto module = std::make_unique<ir::Module>();
  ir::Function& main = module->add_function("main");
  ir::Block& block = main.body.add_block();
  ir::Value& argument = block.add_argument(type);
  std::vector<ir::Value*> results = body(*module, block, argument);
  for (ir::Value* result : results) main.result_types.push_back(result->type());
  block.add_op(ir::OpCode::kFuncReturn, results, {});
  return module;
}

const ir::Region& body_of(const ir::Module& module) {
  return module.functions.front()->body;
}

TEST(InlineCalls, InlinesNestedCallsAndCallsUsedTwice) {
  auto module = program(f32(), [](ir::Module& m, ir::Block& block, ir::Value& x) {
    ir::Function& twice = m.add_function("twice");
    twice.result_types = {f32()};
    ir::Block& t = twice.body.add_block();
    ir::Value& a = t.add_argument(f32());
    ir::Op& sum = t.add_op(ir::OpCode::kAdd, {&a, &a}, {f32()});
    t.add_op(ir::OpCode::kFuncReturn, {&sum.result()}, {});
    ir::Function& four = m.add_function("four");
    four.result_types = {f32()};
    ir::Block& f = four.body.add_block();
    ir::Value& b = f.add_argument(f32());
    ir::Op& inner = f.add_op(ir::OpCode::kFuncCall, {&b}, {f32()});
    inner.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"twice"}});
    ir::Op& outer = f.add_op(ir::OpCode::kFuncCall, {&inner.result()}, {f32()});
    outer.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"twice"}});
    f.add_op(ir::OpCode::kFuncReturn, {&outer.result()}, {});
    ir::Op& call = block.add_op(ir::OpCode::kFuncCall, {&x}, {f32()});
    call.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"four"}});
    ir::Op& again = block.add_op(ir::OpCode::kFuncCall, {&call.result()}, {f32()});
    again.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"four"}});
    return std::vector<ir::Value*>{&again.result()};
  });
  ASSERT_TRUE(inline_calls(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok()) << ir::verify(*module).message();
  EXPECT_EQ(module->functions.size(), 1u);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kFuncCall), 0);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kAdd), 4);
}

TEST(InlineCalls, RefusesRecursion) {
  auto module = program(f32(), [](ir::Module& m, ir::Block& block, ir::Value& x) {
    ir::Function& self = m.add_function("self");
    self.result_types = {f32()};
    ir::Block& s = self.body.add_block();
    ir::Value& a = s.add_argument(f32());
    ir::Op& call = s.add_op(ir::OpCode::kFuncCall, {&a}, {f32()});
    call.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"self"}});
    s.add_op(ir::OpCode::kFuncReturn, {&call.result()}, {});
    ir::Op& top = block.add_op(ir::OpCode::kFuncCall, {&x}, {f32()});
    top.set_attribute("callee", ir::Attribute{ir::SymbolRefAttr{"self"}});
    return std::vector<ir::Value*>{&top.result()};
  });
  Status status = inline_calls(*module);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("recursion"), std::string::npos) << status.message();
}

TEST(InlineCalls, InlinesCompositesKeepingTheirName) {
  auto module = program(f32(), [](ir::Module& m, ir::Block& block, ir::Value& x) {
    ir::Function& impl = m.add_function("my.double.impl");
    impl.result_types = {f32()};
    ir::Block& b = impl.body.add_block();
    ir::Value& a = b.add_argument(f32());
    ir::Op& sum = b.add_op(ir::OpCode::kAdd, {&a, &a}, {f32()}, ir::Location::named("inner"));
    b.add_op(ir::OpCode::kFuncReturn, {&sum.result()}, {});
    ir::Op& composite = block.add_op(ir::OpCode::kComposite, {&x}, {f32()},
                                     ir::Location::file("user.py", 3, 4));
    composite.set_attribute("name", ir::Attribute{ir::StringAttr{"my.double"}});
    composite.set_attribute("decomposition",
                            ir::Attribute{ir::SymbolRefAttr{"my.double.impl"}});
    return std::vector<ir::Value*>{&composite.result()};
  });
  ASSERT_TRUE(inline_calls(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok()) << ir::verify(*module).message();
  EXPECT_EQ(module->functions.size(), 1u);
  const ir::Region& body = body_of(*module);
  EXPECT_EQ(count(body, ir::OpCode::kComposite), 0);
  ASSERT_EQ(count(body, ir::OpCode::kAdd), 1);
  const ir::Op& add = *body.blocks().front()->ops().front();
  EXPECT_EQ(add.location().text(), "callsite(inner at \"my.double\"(\"user.py\":3:4))");
  EXPECT_EQ(add.location().brief(), "user.py:3:4");
}

TEST(InlineCalls, RefusesACompositeWithoutItsDecomposition) {
  auto module = program(f32(), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& composite = block.add_op(ir::OpCode::kComposite, {&x}, {f32()});
    composite.set_attribute("name", ir::Attribute{ir::StringAttr{"my.op"}});
    composite.set_attribute("decomposition", ir::Attribute{ir::SymbolRefAttr{"missing"}});
    return std::vector<ir::Value*>{&composite.result()};
  });
  Status status = inline_calls(*module);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("'my.op' calls @missing"), std::string::npos)
      << status.message();
}

TEST(InlineCalls, ExpandsMhloTopKIntoASortAndSlices) {
  auto module = program(f32({2, 5}), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& top_k = block.add_op(ir::OpCode::kCustomCall, {&x}, {f32({2, 3}), i32({2, 3})});
    top_k.set_attribute("call_target_name", ir::Attribute{ir::StringAttr{"mhlo.topk"}});
    top_k.set_attribute("mhlo.attributes", ir::Attribute{ir::DictionaryAttr{{ir::NamedAttribute{
                                               "k", ir::Attribute{ir::IntegerAttr{3}}}}}});
    ir::Op& sum =
        block.add_op(ir::OpCode::kAdd, {&top_k.result(0), &top_k.result(0)}, {f32({2, 3})});
    return std::vector<ir::Value*>{&sum.result(), &top_k.result(1)};
  });
  ASSERT_TRUE(inline_calls(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok()) << ir::verify(*module).message();
  const ir::Region& body = body_of(*module);
  EXPECT_EQ(count(body, ir::OpCode::kCustomCall), 0);
  EXPECT_EQ(count(body, ir::OpCode::kIota), 1);
  EXPECT_EQ(count(body, ir::OpCode::kSlice), 2);
  ASSERT_EQ(count(body, ir::OpCode::kSort), 1);
  for (const auto& op : body.blocks().front()->ops()) {
    if (op->code() != ir::OpCode::kSort) continue;
    EXPECT_EQ(op->attribute("dimension")->get<ir::IntegerAttr>()->value, 1);
    const ir::Op& compare = *op->regions()[0]->blocks().front()->ops().front();
    EXPECT_EQ(
        compare.attribute("comparison_direction")->get<ir::ComparisonDirectionAttr>()->value,
        ir::ComparisonDirection::kGt);
    EXPECT_EQ(compare.attribute("compare_type")->get<ir::ComparisonTypeAttr>()->value,
              ir::ComparisonType::kTotalOrder);
  }
  // The add now reads the slice of the sorted values.
  const ir::Op& add = *body.blocks().front()->ops()[4];
  ASSERT_EQ(add.code(), ir::OpCode::kAdd);
  EXPECT_EQ(add.operand(0)->defining_op()->code(), ir::OpCode::kSlice);
}

TEST(DeadCode, RemovesUnusedChainsAndKeepsSideEffects) {
  auto module = program(f32(), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& unused = block.add_op(ir::OpCode::kExponential, {&x}, {f32()});
    block.add_op(ir::OpCode::kLog, {&unused.result()}, {f32()});
    block.add_op(ir::OpCode::kCustomCall, {&x}, {f32()});  // result unused, but kept
    ir::Op& used = block.add_op(ir::OpCode::kNegate, {&x}, {f32()});
    return std::vector<ir::Value*>{&used.result()};
  });
  ASSERT_TRUE(eliminate_dead_code(*module).ok());
  const ir::Region& body = body_of(*module);
  EXPECT_EQ(count(body, ir::OpCode::kExponential), 0);
  EXPECT_EQ(count(body, ir::OpCode::kLog), 0);
  EXPECT_EQ(count(body, ir::OpCode::kCustomCall), 1);
  EXPECT_EQ(count(body, ir::OpCode::kNegate), 1);
}

TEST(CommonSubexpressions, MergesIdenticalOpsOnly) {
  auto module = program(f32({4}), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& a = block.add_op(ir::OpCode::kExponential, {&x}, {f32({4})});
    ir::Op& b = block.add_op(ir::OpCode::kExponential, {&x}, {f32({4})});
    ir::Op& c = block.add_op(ir::OpCode::kLog, {&x}, {f32({4})});
    ir::Op& t1 = block.add_op(ir::OpCode::kTranspose, {&a.result()}, {f32({4})});
    t1.set_attribute("permutation", ir::Attribute{ir::DenseI64ArrayAttr{{0}}});
    ir::Op& sum = block.add_op(ir::OpCode::kAdd, {&b.result(), &c.result()}, {f32({4})});
    ir::Op& sum2 = block.add_op(ir::OpCode::kAdd, {&t1.result(), &sum.result()}, {f32({4})});
    return std::vector<ir::Value*>{&sum2.result()};
  });
  ASSERT_TRUE(eliminate_common_subexpressions(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok());
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kExponential), 1);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kLog), 1);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kAdd), 2);
}

TEST(CommonSubexpressions, KeepsEachRandomDraw) {
  auto module = program(f32({4}), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& a = block.add_op(ir::OpCode::kRng, {&x, &x, &x}, {f32({4})});
    ir::Op& b = block.add_op(ir::OpCode::kRng, {&x, &x, &x}, {f32({4})});
    ir::Op& sum = block.add_op(ir::OpCode::kAdd, {&a.result(), &b.result()}, {f32({4})});
    return std::vector<ir::Value*>{&sum.result()};
  });
  ASSERT_TRUE(eliminate_common_subexpressions(*module).ok());
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kRng), 2);
}

TEST(FoldConstants, FoldsIntegersExactlyAndLeavesFloatsAlone) {
  auto module = program(i32(), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& a = constant(block, i32(), 2147483647);
    ir::Op& b = constant(block, i32(), 1);
    ir::Op& sum = block.add_op(ir::OpCode::kAdd, {&a.result(), &b.result()}, {i32()});  // wraps
    ir::Op& fa = constant(block, f32(), 0x3f800000);
    ir::Op& fsum = block.add_op(ir::OpCode::kAdd, {&fa.result(), &fa.result()}, {f32()});
    ir::Op& use = block.add_op(ir::OpCode::kAdd, {&x, &sum.result()}, {i32()});
    return std::vector<ir::Value*>{&use.result(), &fsum.result()};
  });
  ASSERT_TRUE(fold_constants(*module).ok());
  ASSERT_TRUE(eliminate_dead_code(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok());
  const ir::Block& block = *body_of(*module).blocks().front();
  // The integer add became a constant holding INT32_MIN; the float add stays.
  const ir::Op& use = *block.ops()[block.ops().size() - 2];
  const ir::Op* folded = use.operand(1)->defining_op();
  ASSERT_NE(folded, nullptr);
  ASSERT_EQ(folded->code(), ir::OpCode::kConstant);
  const auto* value = folded->attribute("value")->get<ir::DenseElementsAttr>();
  int32_t wrapped = 0;
  std::memcpy(&wrapped, value->data.data(), 4);
  EXPECT_EQ(wrapped, INT32_MIN);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kAdd), 2);
}

TEST(SimplifyShapes, ComposesTransposesAndDropsNoOps) {
  auto module = program(f32({2, 3, 4}), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& t1 = block.add_op(ir::OpCode::kTranspose, {&x}, {f32({3, 4, 2})});
    t1.set_attribute("permutation", ir::Attribute{ir::DenseI64ArrayAttr{{1, 2, 0}}});
    ir::Op& t2 = block.add_op(ir::OpCode::kTranspose, {&t1.result()}, {f32({2, 3, 4})});
    t2.set_attribute("permutation", ir::Attribute{ir::DenseI64ArrayAttr{{2, 0, 1}}});
    ir::Op& r1 = block.add_op(ir::OpCode::kReshape, {&t2.result()}, {f32({6, 4})});
    ir::Op& r2 = block.add_op(ir::OpCode::kReshape, {&r1.result()}, {f32({24})});
    ir::Op& same = block.add_op(ir::OpCode::kConvert, {&r2.result()}, {f32({24})});
    return std::vector<ir::Value*>{&same.result()};
  });
  ASSERT_TRUE(simplify_shape_chains(*module).ok());
  ASSERT_TRUE(eliminate_dead_code(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok()) << ir::verify(*module).message();
  // The two transposes compose to the identity and vanish, the reshapes
  // become one reshape of the argument, the convert is gone.
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kTranspose), 0);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kReshape), 1);
  EXPECT_EQ(count(body_of(*module), ir::OpCode::kConvert), 0);
}

TEST(SinkConstants, CopiesOuterConstantsIntoReduceBodies) {
  auto module = program(i32({4}), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& one = constant(block, i32(), 1);
    ir::Op& init = constant(block, i32(), 0);
    ir::Op& reduce = block.add_op(ir::OpCode::kReduce, {&x, &init.result()}, {i32()});
    reduce.set_attribute("dimensions", ir::Attribute{ir::DenseI64ArrayAttr{{0}}});
    ir::Block& body = reduce.add_region().add_block();
    ir::Value& a = body.add_argument(i32());
    ir::Value& b = body.add_argument(i32());
    ir::Op& sum = body.add_op(ir::OpCode::kAdd, {&a, &b}, {i32()});
    ir::Op& plus = body.add_op(ir::OpCode::kAdd, {&sum.result(), &one.result()}, {i32()});
    body.add_op(ir::OpCode::kReturn, {&plus.result()}, {});
    return std::vector<ir::Value*>{&reduce.result()};
  });
  ASSERT_TRUE(sink_constants_into_bodies(*module).ok());
  ASSERT_TRUE(eliminate_dead_code(*module).ok());
  EXPECT_TRUE(ir::verify(*module).ok());
  const ir::Block& block = *body_of(*module).blocks().front();
  const ir::Op& reduce = *block.ops()[block.ops().size() - 2];
  const ir::Block& body = *reduce.regions()[0]->blocks().front();
  EXPECT_EQ(body.ops().front()->code(), ir::OpCode::kConstant);
  // The outer constant 1 is no longer used and is gone; the init stays.
  EXPECT_EQ(block.ops().size(), 3u);
}

TEST(LoopAnalysis, CountsAForiLoop) {
  auto module = program(f32(), [](ir::Module&, ir::Block& block, ir::Value& x) {
    ir::Op& start = constant(block, i32(), 3);
    ir::Op& loop = block.add_op(ir::OpCode::kWhile, {&start.result(), &x}, {i32(), f32()});
    ir::Block& cond = loop.add_region().add_block();
    ir::Value& ci = cond.add_argument(i32());
    cond.add_argument(f32());
    ir::Op& limit = constant(cond, i32(), 10);
    ir::Op& less = cond.add_op(ir::OpCode::kCompare, {&ci, &limit.result()},
                               {ir::Type::tensor(ir::ElementType::kPred, {})});
    less.set_attribute(
        "comparison_direction",
        ir::Attribute{ir::ComparisonDirectionAttr{ir::ComparisonDirection::kLt}});
    cond.add_op(ir::OpCode::kReturn, {&less.result()}, {});
    ir::Block& body = loop.add_region().add_block();
    ir::Value& bi = body.add_argument(i32());
    ir::Value& bx = body.add_argument(f32());
    ir::Op& one = constant(body, i32(), 1);
    ir::Op& next = body.add_op(ir::OpCode::kAdd, {&bi, &one.result()}, {i32()});
    body.add_op(ir::OpCode::kReturn, {&next.result(), &bx}, {});
    return std::vector<ir::Value*>{&loop.result(1)};
  });
  const ir::Block& block = *body_of(*module).blocks().front();
  EXPECT_EQ(counted_trip_count(*block.ops()[1]), 7);
}

TEST(Pipeline, EveryCorpusProgramStaysValidThroughEveryPass) {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(METALLIB_GOLDEN_CORPUS) / "1.22.0";
  int programs = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".bc") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    auto module = stablehlo::read_module(
        std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
    ASSERT_TRUE(module.ok()) << entry.path() << ": " << module.status().message();
    PipelineOptions options;
    options.verify_each_pass = true;
    Status status = run_pipeline(**module, options);
    EXPECT_TRUE(status.ok()) << entry.path() << ": " << status.message();
    ++programs;
  }
  EXPECT_GT(programs, 300);
}

}  // namespace
}  // namespace metallib::compiler
