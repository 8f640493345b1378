// Decodes one attribute or type entry of a StableHLO portable artifact (the
// attribute/type tables of its MLIR bytecode) into IR values. Entries of the
// "vhlo" and "builtin" dialects are understood; references from one entry to
// others (nested attributes, element types, strings) go through an
// EntryResolver that the caller provides, so this layer needs no table and
// never recurses by itself.
//
// Errors: malformed bytes are INVALID_ARGUMENT and name the artifact byte
// offset; kinds the IR cannot hold (unranked tensors, quantized types,
// attributes of other dialects, entries stored as MLIR text) are
// UNIMPLEMENTED, so a caller may choose to skip, for example, discardable
// attributes it does not need.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/status.h"
#include "ir/attribute.h"
#include "ir/element_type.h"
#include "ir/module.h"
#include "ir/type.h"
#include "stablehlo/bytecode/byte_reader.h"

namespace metallib::stablehlo::vhlo {

// A function type (func_v1's function_type), which is not a value type.
struct FunctionSignature {
  std::vector<ir::Type> inputs, results;
  bool operator==(const FunctionSignature&) const = default;
};

// MLIR types that are neither value types nor element types of the IR.
enum class OtherType : uint8_t {
  kNone,   // MLIR's `none`, e.g. dot_general_v2's unset precision types
  kIndex,  // MLIR's `index`, only seen as the type of an integer attribute
};

// A decoded type entry: a value type (tensor, token, tuple), an element type
// (what tensor and integer/float attribute entries refer to), a function type,
// or one of the others.
using DecodedType = std::variant<ir::Type, ir::ElementType, FunctionSignature, OtherType>;

// A decoded attribute entry. Locations are attributes in MLIR; they decode to
// a kept ir::Location node (null: unknown). A type attribute holding a
// function type decodes to the FunctionSignature itself, since ir::TypeAttr
// holds only value types.
using DecodedAttribute = std::variant<ir::Attribute, ir::SharedLocation, FunctionSignature>;

// Resolves references to other entries by their table index, decoding them on
// demand. Implementations guard against cycles and unbounded depth.
class EntryResolver {
 public:
  virtual ~EntryResolver() = default;
  // An attribute entry that decodes to an ir::Attribute, owned by the
  // resolver (callers copy what they keep).
  virtual StatusOr<const ir::Attribute*> attribute(uint64_t index) = 0;
  // A type entry, owned by the resolver likewise.
  virtual StatusOr<const DecodedType*> type(uint64_t index) = 0;
  // An attribute entry that is a location: a node kept by keep_location(),
  // or null when unknown. Nodes are shared, since location entries refer to
  // each other (call sites of call sites) and many ops to one entry.
  virtual StatusOr<ir::SharedLocation> location(uint64_t index) = 0;
  // Keeps a copy of `location` (its name and parts list; the nodes it points
  // to come from location() and are kept already) for as long as the
  // decoded entries are used; for a module reader, as long as the module.
  virtual ir::SharedLocation keep_location(const ir::Location& location) = 0;
  // The text of attribute entry `index` when it is a plain string, read
  // without decoding and keeping the entry; nothing when it is not, or when
  // the resolver cannot tell cheaply (callers then go through attribute()).
  // Location names and dictionary keys are such strings.
  virtual std::optional<std::string_view> plain_string(uint64_t /*index*/) {
    return std::nullopt;
  }
  // An entry of the string section.
  virtual StatusOr<std::string_view> string(uint64_t index) = 0;
};

// Decodes the attribute entry whose bytes `reader` covers exactly, written by
// `dialect` ("vhlo" or "builtin"). `has_custom_encoding` is the entry's flag:
// when false the bytes are the entry's MLIR text.
StatusOr<DecodedAttribute> decode_attribute(std::string_view dialect, bool has_custom_encoding,
                                            bytecode::ByteReader reader,
                                            EntryResolver& resolver);

// Decodes a type entry, likewise.
StatusOr<DecodedType> decode_type(std::string_view dialect, bool has_custom_encoding,
                                  bytecode::ByteReader reader, EntryResolver& resolver);

// "tensor<2xf32>", "f32", "(tensor<f32>) -> tensor<f32>", "none", "index".
std::string decoded_type_to_string(const DecodedType& type);

}  // namespace metallib::stablehlo::vhlo
