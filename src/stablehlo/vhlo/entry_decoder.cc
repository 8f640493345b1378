#include "stablehlo/vhlo/entry_decoder.h"

#include <utility>

#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

constexpr size_t kMaxQuotedText = 200;

// Entries without a custom encoding hold MLIR's text of the attribute or type
// (dialects without a bytecode interface, e.g. sdy). None of the kinds the IR
// holds is written that way, so the text is only reported.
Status text_entry(std::string_view dialect, std::string_view kind, ByteReader& reader) {
  const size_t offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(std::string_view text, reader.read_cstring("entry text"));
  std::string shown(text.substr(0, kMaxQuotedText));
  if (text.size() > kMaxQuotedText) shown += "...";
  return unsupported(offset,
                     std::string(dialect) + " " + std::string(kind) + " '" + shown + "'",
                     "entries stored as MLIR text are not read");
}

Status unknown_dialect(size_t offset, std::string_view dialect, std::string_view kind,
                       uint64_t code) {
  return unsupported(offset,
                     std::string(kind) + " code " + std::to_string(code) + " of dialect '" +
                         std::string(dialect) + "'",
                     "only vhlo and builtin entries are read");
}

std::string join(const std::vector<ir::Type>& types) {
  std::string text;
  for (const ir::Type& type : types) text += (text.empty() ? "" : ", ") + type.to_string();
  return text;
}

}  // namespace

Status unexpected_bytes(const ByteReader& reader, std::string_view dialect,
                        std::string_view kind, uint64_t code) {
  return reader.error_at(reader.offset(), std::to_string(reader.remaining()) +
                                              " unexpected bytes after " +
                                              std::string(dialect) + " " + std::string(kind) +
                                              " code " + std::to_string(code));
}

StatusOr<DecodedAttribute> decode_attribute(std::string_view dialect, bool has_custom_encoding,
                                            ByteReader reader, EntryResolver& resolver) {
  if (!has_custom_encoding) return text_entry(dialect, "attribute", reader);
  const size_t code_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t code, reader.read_varint("attribute code"));
  // The error is built only when needed: this runs once per table entry.
  StatusOr<DecodedAttribute> result =
      dialect == "vhlo"      ? decode_vhlo_attribute(code, code_offset, reader, resolver)
      : dialect == "builtin" ? decode_builtin_attribute(code, code_offset, reader, resolver)
                             : StatusOr<DecodedAttribute>(
                                   unknown_dialect(code_offset, dialect, "attribute", code));
  if (result.ok()) {
    // Set in place rather than returned: with one return of `result` the
    // compiler builds it in the caller's slot instead of moving it there.
    Status consumed = check_consumed(reader, dialect, "attribute", code);
    if (!consumed.ok()) result = std::move(consumed);
  }
  return result;
}

StatusOr<DecodedType> decode_type(std::string_view dialect, bool has_custom_encoding,
                                  ByteReader reader, EntryResolver& resolver) {
  if (!has_custom_encoding) return text_entry(dialect, "type", reader);
  const size_t code_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint64_t code, reader.read_varint("type code"));
  // The error is built only when needed: this runs once per table entry.
  StatusOr<DecodedType> result =
      dialect == "vhlo" ? decode_vhlo_type(code, code_offset, reader, resolver)
      : dialect == "builtin"
          ? decode_builtin_type(code, code_offset, reader, resolver)
          : StatusOr<DecodedType>(unknown_dialect(code_offset, dialect, "type", code));
  if (result.ok()) {
    Status consumed = check_consumed(reader, dialect, "type", code);
    if (!consumed.ok()) result = std::move(consumed);
  }
  return result;
}

std::string decoded_type_to_string(const DecodedType& type) {
  if (const auto* value = std::get_if<ir::Type>(&type)) return value->to_string();
  if (const auto* element = std::get_if<ir::ElementType>(&type)) {
    return std::string(ir::element_type_name(*element));
  }
  if (const auto* f = std::get_if<FunctionSignature>(&type)) {
    return "(" + join(f->inputs) + ") -> (" + join(f->results) + ")";
  }
  return std::get<OtherType>(type) == OtherType::kNone ? "none" : "index";
}

}  // namespace metallib::stablehlo::vhlo
