// The passes that compute narrow types as XLA's CPU backend does:
// widen_narrow_types (each op in a wider type, each result rounded back)
// and order_narrow_reductions (XLA's reduction order).
#include <gtest/gtest.h>

#include <cstring>

#include "compiler/narrow_types.h"
#include "compiler/pass.h"
#include "ir/verifier.h"

namespace metallib::compiler {
namespace {

using ir::ElementType;
using ir::OpCode;

ir::Type tensor(ElementType type, std::vector<int64_t> dims = {}) {
  return ir::Type::tensor(type, std::move(dims));
}

// A module whose @main takes one `type` argument and returns `body`'s values.
template <typename Body>
std::unique_ptr<ir::Module> program(const ir::Type& type, Body body) {
  auto module = std::make_unique<ir::Module>();
  ir::Function& main = module->add_function("main");
  ir::Block& block = main.body.add_block();
  ir::Value& argument = block.add_argument(type);
  std::vector<ir::Value*> results = body(block, argument);
  for (ir::Value* result : results) main.result_types.push_back(result->type());
  block.add_op(OpCode::kFuncReturn, results, {});
  return module;
}

const ir::Block& entry(const ir::Module& module) {
  return *module.functions.front()->body.blocks().front();
}

// The ops of `block`, nested ones excluded, as "opcode:result element type".
std::vector<std::string> listing(const ir::Block& block) {
  std::vector<std::string> out;
  for (const auto& op : block.ops()) {
    std::string line(op->name());
    if (!op->results().empty()) {
      line += ":" + std::string(ir::element_type_name(op->result().type().element_type()));
    }
    out.push_back(line);
  }
  return out;
}

// A reduce summing `x` over axis 0 from 0, whose body adds `scalar`s.
ir::Value& sum_over_first_axis(ir::Block& block, ir::Value& x, const ir::Type& scalar,
                               const ir::Type& result) {
  std::string zero(1, '\0');
  ir::Op& init = block.add_op(OpCode::kConstant, {}, {scalar});
  init.set_attribute("value", ir::Attribute{ir::DenseElementsAttr{scalar, zero, true}});
  ir::Op& reduce = block.add_op(OpCode::kReduce, {&x, &init.result()}, {result});
  reduce.set_attribute("dimensions", ir::Attribute{ir::DenseI64ArrayAttr{{0}}});
  ir::Block& body = reduce.add_region().add_block();
  ir::Value& a = body.add_argument(scalar);
  ir::Value& b = body.add_argument(scalar);
  ir::Op& sum = body.add_op(OpCode::kAdd, {&a, &b}, {scalar});
  body.add_op(OpCode::kReturn, {&sum.result()}, {});
  return reduce.result();
}

TEST(NarrowTypes, ComputationTypesAreXlas) {
  EXPECT_EQ(computation_type(ElementType::kF8E4M3FN), ElementType::kF16);
  EXPECT_EQ(computation_type(ElementType::kF4E2M1FN), ElementType::kF16);
  EXPECT_EQ(computation_type(ElementType::kF8E8M0FNU), ElementType::kF32);
  EXPECT_EQ(computation_type(ElementType::kS4), ElementType::kS8);
  EXPECT_EQ(computation_type(ElementType::kU2), ElementType::kU8);
  EXPECT_EQ(computation_type(ElementType::kBF16), ElementType::kBF16);
  EXPECT_FALSE(is_narrow(ElementType::kC128));
}

TEST(WidenNarrowTypes, EachOpRoundsItsResultAndOperandsConvertOnce) {
  const ir::Type f8 = tensor(ElementType::kF8E5M2, {4});
  auto module = program(f8, [&](ir::Block& block, ir::Value& x) {
    ir::Op& twice = block.add_op(OpCode::kAdd, {&x, &x}, {f8});
    ir::Op& product = block.add_op(OpCode::kMultiply, {&twice.result(), &x}, {f8});
    ir::Op& moved = block.add_op(OpCode::kReverse, {&product.result()}, {f8});
    moved.set_attribute("dimensions", ir::Attribute{ir::DenseI64ArrayAttr{{0}}});
    return std::vector<ir::Value*>{&moved.result()};
  });
  ASSERT_TRUE(widen_narrow_types(*module).ok());
  ASSERT_TRUE(ir::verify(*module).ok());
  // x converts up once; the sum is rounded to f8E5M2 and converted up again
  // before the product (its rounding is part of XLA's semantics); reverse
  // only moves bytes and stays narrow.
  EXPECT_EQ(listing(entry(*module)),
            (std::vector<std::string>{"stablehlo.convert:f16", "stablehlo.add:f16",
                                      "stablehlo.convert:f8E5M2", "stablehlo.convert:f16",
                                      "stablehlo.multiply:f16", "stablehlo.convert:f8E5M2",
                                      "stablehlo.reverse:f8E5M2", "func.return"}));
}

TEST(WidenNarrowTypes, BodiesTakeWideArgumentsAndRoundEveryStep) {
  const ir::Type s4 = tensor(ElementType::kS4, {8});
  const ir::Type scalar = tensor(ElementType::kS4);
  auto module = program(s4, [&](ir::Block& block, ir::Value& x) {
    return std::vector<ir::Value*>{&sum_over_first_axis(block, x, scalar, scalar)};
  });
  ASSERT_TRUE(order_narrow_reductions(*module).ok());  // integers keep their reduce
  ASSERT_TRUE(widen_narrow_types(*module).ok());
  ASSERT_TRUE(ir::verify(*module).ok());
  const ir::Op* reduce = nullptr;
  for (const auto& op : entry(*module).ops()) {
    if (op->code() == OpCode::kReduce) reduce = op;
  }
  ASSERT_NE(reduce, nullptr);
  EXPECT_EQ(reduce->result().type().element_type(), ElementType::kS8);
  const ir::Block& body = *reduce->regions()[0]->blocks().front();
  EXPECT_EQ(body.arguments()[0]->type().element_type(), ElementType::kS8);
  // The arguments feed the add directly (they hold s4 values exactly); the
  // sum wraps to s4 and comes back as s8. Unused converts of the arguments
  // are left for dead-code elimination.
  const std::vector<std::string> ops = listing(body);
  ASSERT_GE(ops.size(), 4u);
  EXPECT_EQ(std::vector<std::string>(ops.end() - 4, ops.end()),
            (std::vector<std::string>{"stablehlo.add:i8", "stablehlo.convert:i4",
                                      "stablehlo.convert:i8", "stablehlo.return"}));
}

TEST(WidenNarrowTypes, LogicalShiftOfSignedInt4ShiftsItsOwnBits) {
  const ir::Type s4 = tensor(ElementType::kS4, {3});
  auto module = program(s4, [&](ir::Block& block, ir::Value& x) {
    ir::Op& shift = block.add_op(OpCode::kShiftRightLogical, {&x, &x}, {s4});
    return std::vector<ir::Value*>{&shift.result()};
  });
  ASSERT_TRUE(widen_narrow_types(*module).ok());
  ASSERT_TRUE(ir::verify(*module).ok());
  EXPECT_EQ(
      listing(entry(*module)),
      (std::vector<std::string>{"stablehlo.bitcast_convert:ui4", "stablehlo.convert:ui8",
                                "stablehlo.bitcast_convert:ui4", "stablehlo.convert:ui8",
                                "stablehlo.shift_right_logical:ui8", "stablehlo.convert:ui4",
                                "stablehlo.bitcast_convert:i4", "func.return"}));
}

TEST(WidenNarrowTypes, LeavesProgramsWithoutNarrowTypesAlone) {
  const ir::Type f32 = tensor(ElementType::kF32, {2});
  auto module = program(f32, [&](ir::Block& block, ir::Value& x) {
    ir::Op& sum = block.add_op(OpCode::kAdd, {&x, &x}, {f32});
    return std::vector<ir::Value*>{&sum.result()};
  });
  ASSERT_TRUE(widen_narrow_types(*module).ok());
  EXPECT_EQ(listing(entry(*module)),
            (std::vector<std::string>{"stablehlo.add:f32", "func.return"}));
}

TEST(OrderNarrowReductions, FollowsXlasTreeOfWindowsOf32) {
  const ir::Type input = tensor(ElementType::kF8E4M3FN, {70, 3});
  const ir::Type scalar = tensor(ElementType::kF8E4M3FN);
  const ir::Type result = tensor(ElementType::kF8E4M3FN, {3});
  auto module = program(input, [&](ir::Block& block, ir::Value& x) {
    return std::vector<ir::Value*>{&sum_over_first_axis(block, x, scalar, result)};
  });
  ASSERT_TRUE(order_narrow_reductions(*module).ok());
  ASSERT_TRUE(ir::verify(*module).ok());
  std::vector<const ir::Op*> windows;
  for (const auto& op : entry(*module).ops()) {
    EXPECT_NE(op->code(), OpCode::kReduce);
    if (op->code() == OpCode::kReduceWindow) windows.push_back(op);
  }
  ASSERT_EQ(windows.size(), 2u);
  auto i64s = [](const ir::Op& op, const char* name) {
    return op.attribute(name)->get<ir::DenseI64ArrayAttr>()->values;
  };
  // 70 rows: three windows of 32 with SAME padding (26 = 13 + 13), then one
  // window over the three partial results.
  EXPECT_EQ(i64s(*windows[0], "window_dimensions"), (std::vector<int64_t>{32, 1}));
  EXPECT_EQ(i64s(*windows[0], "window_strides"), (std::vector<int64_t>{32, 1}));
  const auto* padding = windows[0]->attribute("padding")->get<ir::DenseElementsAttr>();
  int64_t pads[4];
  std::memcpy(pads, padding->data.data(), sizeof(pads));
  EXPECT_EQ(std::vector<int64_t>(pads, pads + 4), (std::vector<int64_t>{13, 13, 0, 0}));
  EXPECT_EQ(windows[0]->result().type().dims(), (std::vector<int64_t>{3, 3}));
  EXPECT_EQ(i64s(*windows[1], "window_dimensions"), (std::vector<int64_t>{3, 1}));
  EXPECT_EQ(windows[1]->result().type().dims(), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(entry(*module).ops()[entry(*module).ops().size() - 2]->code(), OpCode::kReshape);
}

}  // namespace
}  // namespace metallib::compiler
