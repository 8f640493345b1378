// Field readers shared by the vhlo and builtin entry decoders: references to
// other entries, lists, and MLIR's APInt/APFloat encodings. Internal.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "ir/attribute.h"
#include "ir/element_type.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

using bytecode::ByteReader;

// The error for bytes an entry's decoder left unread.
Status unexpected_bytes(const ByteReader& reader, std::string_view dialect,
                        std::string_view kind, uint64_t code);
// An error unless the entry's decoder used all of its bytes; inline, as it
// runs once per entry.
inline Status check_consumed(const ByteReader& reader, std::string_view dialect,
                             std::string_view kind, uint64_t code) {
  if (reader.empty()) return ok_status();
  return unexpected_bytes(reader, dialect, kind, code);
}

// The decoders of each dialect, dispatched to by entry_decoder.cc after it
// read the code at `code_offset`.
StatusOr<DecodedAttribute> decode_vhlo_attribute(uint64_t code, size_t code_offset,
                                                 ByteReader& reader, EntryResolver& resolver);
StatusOr<DecodedType> decode_vhlo_type(uint64_t code, size_t code_offset, ByteReader& reader,
                                       EntryResolver& resolver);
StatusOr<DecodedAttribute> decode_builtin_attribute(uint64_t code, size_t code_offset,
                                                    ByteReader& reader,
                                                    EntryResolver& resolver);
StatusOr<DecodedType> decode_builtin_type(uint64_t code, size_t code_offset, ByteReader& reader,
                                          EntryResolver& resolver);

// An attribute entry's result; `value` is an ir::Attribute or one of its
// alternatives.
// Forwarded, not taken by value: each move of a variant visits its
// alternatives, and a constant's value passes through here.
inline DecodedAttribute decoded(ir::Attribute&& attribute) {
  return DecodedAttribute(std::move(attribute));
}
template <typename T>
DecodedAttribute decoded(T&& value) {
  return DecodedAttribute(ir::Attribute{std::forward<T>(value)});
}

// References: a varint index resolved through the resolver. The `what` names
// the field for errors.
StatusOr<ir::Attribute> read_attribute_ref(ByteReader& reader, EntryResolver& resolver,
                                           std::string_view what);
StatusOr<std::string> read_string_attribute_ref(ByteReader& reader, EntryResolver& resolver,
                                                std::string_view what);
// The same, lent by the resolver.
StatusOr<std::string_view> read_string_attribute_view(ByteReader& reader,
                                                      EntryResolver& resolver,
                                                      std::string_view what);
// The resolver's decoded type entry, not copied: element types and tensor
// types are read for every tensor type and constant, and a copy of the
// whole variant cost as much as the rest of the lookup.
StatusOr<const DecodedType*> borrow_type_ref(ByteReader& reader, EntryResolver& resolver,
                                             std::string_view what);
StatusOr<DecodedType> read_type_ref(ByteReader& reader, EntryResolver& resolver,
                                    std::string_view what);
// A type that must be a value type (tensor, token or tuple).
StatusOr<ir::Type> read_value_type_ref(ByteReader& reader, EntryResolver& resolver,
                                       std::string_view what);
StatusOr<ir::ElementType> read_element_type_ref(ByteReader& reader, EntryResolver& resolver,
                                                std::string_view what);
StatusOr<std::string_view> read_string_ref(ByteReader& reader, EntryResolver& resolver,
                                           std::string_view what);

// A varint count, then that many zigzag varints.
StatusOr<std::vector<int64_t>> read_signed_list(ByteReader& reader, std::string_view what);
// A varint count, then that many value type references.
StatusOr<std::vector<ir::Type>> read_value_type_list(ByteReader& reader,
                                                     EntryResolver& resolver,
                                                     std::string_view what);
// A varint count, then that many attribute references.
StatusOr<std::vector<ir::Attribute>> read_attribute_list(ByteReader& reader,
                                                         EntryResolver& resolver,
                                                         std::string_view what);

// MLIR's APInt of a known width: one raw byte up to 8 bits, a zigzag varint
// up to 64 bits. Returns the low `bit_width` bits, zero-extended.
StatusOr<uint64_t> read_apint_bits(ByteReader& reader, int bit_width, std::string_view what);
int64_t sign_extend(uint64_t bits, int bit_width);

// An integer attribute value of `type` (an integer element type, or index
// when `type` is kInvalid), sign-extended for signed and signless types.
StatusOr<ir::IntegerAttr> read_integer_value(ByteReader& reader, ir::ElementType type,
                                             std::string_view what);
// A float attribute value of the float element type `type`.
StatusOr<ir::FloatAttr> read_float_value(ByteReader& reader, ir::ElementType type,
                                         std::string_view what);

// A ranked tensor type from its dims and element type, checking the dims.
StatusOr<ir::Type> make_tensor_type(const ByteReader& reader, size_t offset,
                                    std::vector<int64_t> dims, const DecodedType& element);

// The IR's type attribute for a decoded type: value types as they are,
// element types as rank-0 tensors, none as the default ir::Type()
// (tensor<invalid>); a function type is returned as a FunctionSignature.
StatusOr<DecodedAttribute> type_attribute(size_t offset, DecodedType type);

// "unknown vhlo attribute code 99" at `offset`.
Status unknown_code(const ByteReader& reader, size_t offset, std::string_view dialect,
                    std::string_view kind, uint64_t code);
// UNIMPLEMENTED "<what> (at byte N) is not supported: <why>".
Status unsupported(size_t offset, std::string_view what, std::string_view why);

// The entries of a dictionary (builtin or vhlo), sorted by name. Values of
// kinds the IR cannot hold (UNIMPLEMENTED, e.g. Shardy's sdy.sharding
// metadata) are left out: dictionaries carry discardable metadata, and one
// unknown entry must not make the whole program unreadable. Any other error
// is returned.
StatusOr<std::vector<ir::NamedAttribute>> read_dictionary_entries(ByteReader& reader,
                                                                  EntryResolver& resolver);

// A ranked tensor type, encoded alike by vhlo and builtin: an optional
// encoding attribute, the signed dims, then the element type. The encoding
// must be the bounds of dynamic dimensions, which the type keeps; any other
// (e.g. sparsity) is UNIMPLEMENTED.
StatusOr<DecodedType> read_ranked_tensor(ByteReader& reader, EntryResolver& resolver,
                                         bool has_encoding);

// An unranked tensor type (vhlo and builtin encode it alike: its element
// type), which the IR cannot hold: UNIMPLEMENTED naming it, e.g.
// "tensor<*xf32>", and its byte offset.
Status unranked_tensor(ByteReader& reader, EntryResolver& resolver, size_t code_offset,
                       std::string_view dialect);

// An integer attribute, encoded alike by vhlo and builtin: a reference to
// its integer type (or index), then its value.
StatusOr<ir::IntegerAttr> read_typed_integer(ByteReader& reader, EntryResolver& resolver);

}  // namespace metallib::stablehlo::vhlo
