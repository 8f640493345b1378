#include "base/status.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace metallib {
namespace {

StatusOr<int> half(int x) {
  if (x % 2) return invalid_argument("odd: " + std::to_string(x));
  return x / 2;
}

Status quarter(int x, int* out) {
  METALLIB_ASSIGN_OR_RETURN(int h, half(x));
  METALLIB_ASSIGN_OR_RETURN(*out, half(h));
  return ok_status();
}

TEST(Status, CarriesCodeAndMessage) {
  Status s = invalid_argument("bad shape");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.to_string(), "INVALID_ARGUMENT: bad shape");
  EXPECT_TRUE(ok_status().ok());
}

TEST(StatusOr, PropagatesThroughMacros) {
  int out = 0;
  EXPECT_TRUE(quarter(8, &out).ok());
  EXPECT_EQ(out, 2);
  Status s = quarter(6, &out);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "odd: 3");
}

// Counts its copies and moves.
struct Tracked {
  Tracked() = default;
  Tracked(const Tracked& other) : copies(other.copies + 1), moves(other.moves) {}
  Tracked(Tracked&& other) noexcept : copies(other.copies), moves(other.moves + 1) {}
  int copies = 0;
  int moves = 0;
};

StatusOr<Tracked> named_local() {
  Tracked value;
  return value;
}

TEST(StatusOr, BuildsItsValueWithOneMove) {
  StatusOr<Tracked> result = named_local();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->copies, 0);
  EXPECT_EQ(result->moves, 1);

  StatusOr<std::vector<int>> braced = std::vector<int>{1, 2};
  EXPECT_EQ(braced->size(), 2u);
  StatusOr<std::string> converted = "text";  // converts, as before
  EXPECT_EQ(*converted, "text");
}

StatusOr<Tracked> built_in_place() {
  StatusOr<Tracked> result(std::in_place);
  return result;  // a named StatusOr of the return type: elided
}

TEST(StatusOr, BuildsItsValueInPlace) {
  StatusOr<Tracked> result = built_in_place();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->copies, 0);
  EXPECT_EQ(result->moves, 0);

  StatusOr<std::vector<int>> filled(std::in_place, 3, 7);
  EXPECT_EQ(*filled, (std::vector<int>{7, 7, 7}));
}

}  // namespace
}  // namespace metallib
