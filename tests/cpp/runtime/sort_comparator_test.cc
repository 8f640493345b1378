// Recognising lexicographic sort comparators (the fast path of
// stablehlo.sort) on comparators shaped as JAX writes them, and refusing
// those that are not lexicographic over single operands.
#include "runtime/ops/sort_comparator.h"

#include <gtest/gtest.h>

namespace metallib::runtime::ops {
namespace {

ir::Type scalar_of(ir::ElementType type) {
  return ir::Type::tensor(type, {});
}

// A sort whose comparator takes two arguments for each of `operands`.
struct Comparator {
  explicit Comparator(std::vector<ir::ElementType> operands) {
    ir::Block& outer = function_body.add_block();
    std::vector<ir::Value*> inputs;
    std::vector<ir::Type> types;
    for (ir::ElementType type : operands) {
      ir::Type tensor = ir::Type::tensor(type, {4});
      inputs.push_back(&outer.add_argument(tensor));
      types.push_back(tensor);
    }
    sort = &outer.add_op(ir::OpCode::kSort, inputs, types);
    block = &sort->add_region().add_block();
    for (ir::ElementType type : operands) {
      block->add_argument(scalar_of(type));
      block->add_argument(scalar_of(type));
    }
  }

  ir::Value* arg(int i) { return block->arguments()[i]; }

  ir::Value* compare(ir::ComparisonDirection direction, ir::Value* a, ir::Value* b,
                     ir::ComparisonType type = ir::ComparisonType::kTotalOrder) {
    ir::Op& op =
        block->add_op(ir::OpCode::kCompare, {a, b}, {scalar_of(ir::ElementType::kPred)});
    op.set_attribute("comparison_direction",
                     ir::Attribute{ir::ComparisonDirectionAttr{direction}});
    op.set_attribute("compare_type", ir::Attribute{ir::ComparisonTypeAttr{type}});
    return &op.result();
  }

  ir::Value* binary(ir::OpCode code, ir::Value* a, ir::Value* b) {
    return &block->add_op(code, {a, b}, {a->type()}).result();
  }

  ir::Value* unary(ir::OpCode code, ir::Value* a) {
    return &block->add_op(code, {a}, {a->type()}).result();
  }

  // less(k0) | (equal(k0) & rest), as jax's lexicographic comparator.
  ir::Value* then(ir::Value* lhs, ir::Value* rhs, ir::Value* rest) {
    ir::Value* less = compare(ir::ComparisonDirection::kLt, lhs, rhs);
    ir::Value* equal = compare(ir::ComparisonDirection::kEq, lhs, rhs);
    return binary(ir::OpCode::kOr, less, binary(ir::OpCode::kAnd, equal, rest));
  }

  std::optional<std::vector<SortKey>> keys(ir::Value* result) {
    block->add_op(ir::OpCode::kReturn, {result}, {});
    return lexicographic_keys(*sort->regions()[0]);
  }

  ir::Storage storage;
  ir::Region function_body{nullptr, storage};
  ir::Op* sort = nullptr;
  ir::Block* block = nullptr;
};

using ir::ComparisonDirection;
using ir::ElementType;
using ir::OpCode;

TEST(SortComparator, OneKeyLessThan) {
  Comparator c({ElementType::kS32});
  auto keys = c.keys(
      c.compare(ComparisonDirection::kLt, c.arg(0), c.arg(1), ir::ComparisonType::kSigned));
  ASSERT_TRUE(keys);
  ASSERT_EQ(keys->size(), 1u);
  EXPECT_EQ((*keys)[0].operand, 0);
  EXPECT_FALSE((*keys)[0].descending);
  EXPECT_EQ((*keys)[0].type, ir::ComparisonType::kSigned);
  EXPECT_EQ((*keys)[0].expression, c.arg(0));
}

TEST(SortComparator, SwappedArgumentsMeanDescending) {
  Comparator c({ElementType::kF32, ElementType::kS32});
  auto keys = c.keys(c.compare(ComparisonDirection::kLt, c.arg(3), c.arg(2)));
  ASSERT_TRUE(keys);
  ASSERT_EQ(keys->size(), 1u);
  EXPECT_EQ((*keys)[0].operand, 1);
  EXPECT_TRUE((*keys)[0].descending);
}

TEST(SortComparator, TransformedKeysOverTwoOperands) {
  // The second operand is the most significant key, through negate, as in
  // lexsort; the first is compared as is.
  Comparator c({ElementType::kF32, ElementType::kF32, ElementType::kS64});
  ir::Value* minor = c.compare(ComparisonDirection::kLt, c.arg(0), c.arg(1));
  ir::Value* major_lhs = c.unary(OpCode::kNegate, c.arg(2));
  ir::Value* major_rhs = c.unary(OpCode::kNegate, c.arg(3));
  auto keys = c.keys(c.then(major_lhs, major_rhs, minor));
  ASSERT_TRUE(keys);
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_EQ((*keys)[0].operand, 1);
  EXPECT_EQ((*keys)[0].expression, major_lhs);
  EXPECT_EQ((*keys)[1].operand, 0);
}

TEST(SortComparator, RefusesKeysMixingOperands) {
  Comparator c({ElementType::kS32, ElementType::kS32});
  ir::Value* lhs = c.binary(OpCode::kAdd, c.arg(0), c.arg(2));
  ir::Value* rhs = c.binary(OpCode::kAdd, c.arg(1), c.arg(3));
  EXPECT_FALSE(c.keys(c.compare(ComparisonDirection::kLt, lhs, rhs)));
}

TEST(SortComparator, RefusesNonStrictOrUnmatchedComparisons) {
  Comparator le({ElementType::kF32});
  EXPECT_FALSE(le.keys(le.compare(ComparisonDirection::kLe, le.arg(0), le.arg(1))));
  Comparator same_side({ElementType::kF32});
  EXPECT_FALSE(same_side.keys(
      same_side.compare(ComparisonDirection::kLt, same_side.arg(0), same_side.arg(0))));
  // or(less, and(equal of other values, rest)) is not lexicographic.
  Comparator c({ElementType::kF32, ElementType::kF32});
  ir::Value* less = c.compare(ComparisonDirection::kLt, c.arg(0), c.arg(1));
  ir::Value* equal = c.compare(ComparisonDirection::kEq, c.arg(2), c.arg(3));
  ir::Value* rest = c.compare(ComparisonDirection::kLt, c.arg(2), c.arg(3));
  EXPECT_FALSE(c.keys(c.binary(OpCode::kOr, less, c.binary(OpCode::kAnd, equal, rest))));
}

}  // namespace
}  // namespace metallib::runtime::ops
