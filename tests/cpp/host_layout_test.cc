#include "runtime/host_layout.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

namespace metallib::runtime {
namespace {

std::vector<int32_t> iota_vector(size_t n) {
  std::vector<int32_t> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

TEST(ElementCount, CountsAndRejectsBadDims) {
  EXPECT_EQ(element_count(std::vector<int64_t>{}).value(), 1);
  EXPECT_EQ(element_count(std::vector<int64_t>{3, 0, 2}).value(), 0);
  EXPECT_EQ(element_count(std::vector<int64_t>{2, 3, 4}).value(), 24);
  EXPECT_FALSE(element_count(std::vector<int64_t>{2, -1}).ok());
  EXPECT_FALSE(element_count(std::vector<int64_t>{INT64_MAX, 3}).ok());
}

TEST(DenseByteStrides, RowMajor) {
  EXPECT_EQ(dense_byte_strides(std::vector<int64_t>{2, 3, 4}, 4),
            (std::vector<int64_t>{48, 16, 4}));
  EXPECT_EQ(dense_byte_strides(std::vector<int64_t>{}, 8), std::vector<int64_t>{});
}

TEST(CopyStridedToDense, Transpose) {
  // Host array [3][4] viewed as its transpose [4][3].
  std::vector<int32_t> host = iota_vector(12);
  std::vector<int64_t> dims = {4, 3};
  std::vector<int64_t> strides = {4, 16};
  std::vector<int32_t> dense(12, -1);
  copy_strided_to_dense(host.data(), dims, strides, 4, dense.data());
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 3; ++j) EXPECT_EQ(dense[i * 3 + j], j * 4 + i);
}

TEST(CopyStridedToDense, NegativeAndZeroStrides) {
  std::vector<int32_t> host = iota_vector(6);
  // Reversed view: element 0 is host[5], stride -4.
  std::vector<int32_t> dense(6, -1);
  copy_strided_to_dense(host.data() + 5, std::vector<int64_t>{6}, std::vector<int64_t>{-4}, 4,
                        dense.data());
  EXPECT_EQ(dense, (std::vector<int32_t>{5, 4, 3, 2, 1, 0}));
  // Broadcast view: a [2][3] array whose rows are the same host row.
  std::vector<int32_t> broadcast(6, -1);
  copy_strided_to_dense(host.data(), std::vector<int64_t>{2, 3}, std::vector<int64_t>{0, 4}, 4,
                        broadcast.data());
  EXPECT_EQ(broadcast, (std::vector<int32_t>{0, 1, 2, 0, 1, 2}));
}

TEST(CopyStridedToDense, ScalarAndEmpty) {
  int64_t scalar = 42, out = 0;
  copy_strided_to_dense(&scalar, {}, {}, 8, &out);
  EXPECT_EQ(out, 42);
  int32_t untouched = 7;
  copy_strided_to_dense(nullptr, std::vector<int64_t>{3, 0, 2}, std::vector<int64_t>{0, 8, 4},
                        4, &untouched);
  EXPECT_EQ(untouched, 7);
}

TEST(CopyDenseToStrided, RoundTripsThroughAPaddedLayout) {
  std::vector<int32_t> dense = iota_vector(6);  // [2][3]
  std::vector<int32_t> padded(2 * 5, -1);       // rows padded to 5 elements
  std::vector<int64_t> dims = {2, 3};
  std::vector<int64_t> strides = {20, 4};
  copy_dense_to_strided(dense.data(), dims, strides, 4, padded.data());
  EXPECT_EQ(padded, (std::vector<int32_t>{0, 1, 2, -1, -1, 3, 4, 5, -1, -1}));
  std::vector<int32_t> back(6, -1);
  copy_strided_to_dense(padded.data(), dims, strides, 4, back.data());
  EXPECT_EQ(back, dense);
}

TEST(CheckByteStrides, RejectsWrongRankAndOverflow) {
  using V = std::vector<int64_t>;
  EXPECT_TRUE(check_byte_strides(V{2, 3}, V{12, 4}, 4).ok());
  EXPECT_FALSE(check_byte_strides(V{2, 3}, V{4}, 4).ok());
  EXPECT_FALSE(check_byte_strides(V{1 << 30, 1 << 30}, V{INT64_MAX / 4, 8}, 4).ok());
  // The last element's own bytes count: a span ending at INT64_MAX - 2 plus
  // a 4-byte element does not fit.
  EXPECT_FALSE(check_byte_strides(V{2}, V{INT64_MAX - 2}, 4).ok());
  EXPECT_TRUE(check_byte_strides(V{2}, V{INT64_MAX - 8}, 4).ok());
}

TEST(DenseByteSize, RejectsByteCountsBeyond64Bits) {
  using V = std::vector<int64_t>;
  EXPECT_EQ(dense_byte_size(V{2, 3}, 8).value(), 48);
  // 2^61 + 4 elements of 8 bytes: the count fits, the bytes do not.
  EXPECT_FALSE(dense_byte_size(V{1824726041, 1263665316}, 8).ok());
}

TEST(TouchedBytes, SpansNegativeAndPositiveStrides) {
  using V = std::vector<int64_t>;
  ByteRange dense = touched_bytes(V{2, 3}, V{12, 4}, 4);
  EXPECT_EQ(dense.begin, 0);
  EXPECT_EQ(dense.end, 24);
  ByteRange reversed = touched_bytes(V{3}, V{-8}, 8);
  EXPECT_EQ(reversed.begin, -16);
  EXPECT_EQ(reversed.end, 8);
  ByteRange empty = touched_bytes(V{4, 0}, V{4, 4}, 4);
  EXPECT_EQ(empty.begin, 0);
  EXPECT_EQ(empty.end, 0);
}

}  // namespace
}  // namespace metallib::runtime
