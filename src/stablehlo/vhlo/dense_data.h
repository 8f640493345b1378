// Dense tensor constants (vhlo TensorV1Attr, builtin DenseIntOrFPElementsAttr):
// MLIR's raw element data made into the IR's host layout. Internal.
#pragma once

#include <cstdint>

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

}  // namespace metallib::stablehlo::vhlo
