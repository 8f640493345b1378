// Dense tensor constants (vhlo TensorV1Attr, builtin DenseIntOrFPElementsAttr):
// MLIR's raw element data made into the IR's host layout. Internal.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/status.h"
#include "ir/attribute.h"
#include "ir/type.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

// Reads a reference to a tensor type, then a blob (varint size, then the
// bytes) holding its elements, and checks the blob's size against the type.
// MLIR stores every element in whole bytes (sub-byte types one per byte,
// complex as two parts), except i1 tensors, whose blob is bit-packed (bit
// i % 8 of byte i / 8), or a single 0xFF byte for an all-true splat. Either
// may also be a single element, meaning a splat.
StatusOr<DecodedAttribute> read_dense_elements(bytecode::ByteReader& reader,
                                               EntryResolver& resolver);

// The same fields read as a list of integers, for the integer tensors that
// VHLO writes where StableHLO holds an i64 array or a list of dimension
// numbers: a tensor of rank 0 or 1 whose elements are whole-byte integers,
// sign-extended when signed. Reads to the end of `reader` and gives the
// values as read_dense_elements() and AttributeSet::integers_of() would
// together, without the DenseElementsAttr between them. Nothing for any
// other tensor or malformed bytes: the general path decodes those and
// reports what is wrong.
std::optional<std::vector<int64_t>> read_integer_list(bytecode::ByteReader& reader,
                                                      EntryResolver& resolver);

}  // namespace metallib::stablehlo::vhlo
