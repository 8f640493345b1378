// Dense tensor constants (vhlo TensorV1Attr, builtin DenseIntOrFPElementsAttr):
// MLIR's raw element data made into the IR's host layout. Internal.
#pragma once

#include <cstdint>

#include "base/status.h"
#include "ir/attribute.h"
#include "ir/type.h"
#include "stablehlo/bytecode/byte_reader.h"

namespace metallib::stablehlo::vhlo {

// Reads a blob (varint size, then the bytes) holding the elements of `type`
// and checks its size against the type. MLIR stores every element in whole
// bytes (sub-byte types one per byte, complex as two parts), except i1
// tensors, whose blob is bit-packed (bit i % 8 of byte i / 8), or a single
// 0xFF byte for an all-true splat. Either may also be a single element,
// meaning a splat. `type_offset` is where the type reference was, for errors.
StatusOr<ir::DenseElementsAttr> read_dense_elements(bytecode::ByteReader& reader,
                                                    const ir::Type& type, size_t type_offset);

}  // namespace metallib::stablehlo::vhlo
