#include "stablehlo/vhlo/location_text.h"

#include <charconv>
#include <string_view>
#include <vector>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

// `shared`: whether other locations likely refer to the entry too, so that
// it is worth decoding once and keeping (see call_site).
Status append_location_ref(ByteReader& reader, EntryResolver& resolver, std::string_view what,
                           bool shared, std::string* out) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  return resolver.append_location(index, shared, out);
}

void append_number(uint64_t n, std::string* out) {
  char digits[20];
  out->append(digits, std::to_chars(digits, digits + sizeof(digits), n).ptr);
}

Status file_line_col(ByteReader& reader, EntryResolver& resolver, bool is_range,
                     std::string* out) {
  METALLIB_ASSIGN_OR_RETURN(std::string_view file,
                            read_string_attribute_view(reader, resolver, "location file name"));
  uint64_t numbers[4] = {};
  uint64_t count = 2;
  if (is_range) {
    const size_t offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(count, reader.read_count("location range size"));
    if (count > 4) return reader.error_at(offset, "a location range has at most 4 numbers");
    for (uint64_t i = 0; i < count; ++i) {
      METALLIB_ASSIGN_OR_RETURN(numbers[i], reader.read_varint("location line or column"));
    }
  } else {
    METALLIB_ASSIGN_OR_RETURN(numbers[0], reader.read_varint("location line"));
    METALLIB_ASSIGN_OR_RETURN(numbers[1], reader.read_varint("location column"));
  }
  out->append(1, '"').append(file).append(1, '"');
  // Range numbers: start line, start column, then end column (same line) or
  // end line and end column.
  for (uint64_t i = 0; i < count && i < 2; ++i) {
    out->push_back(':');
    append_number(numbers[i], out);
  }
  if (count == 3) {
    out->append(" to :");
    append_number(numbers[2], out);
  }
  if (count == 4) {
    out->append(" to ");
    append_number(numbers[2], out);
    out->push_back(':');
    append_number(numbers[3], out);
  }
  return ok_status();
}

Status fused(ByteReader& reader, EntryResolver& resolver, bool has_metadata, std::string* out) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("fused location count"));
  std::vector<std::string> parts;
  for (uint64_t i = 0; i < count; ++i) {
    std::string part;
    METALLIB_RETURN_IF_ERROR(
        append_location_ref(reader, resolver, "fused location", /*shared=*/true, &part));
    if (!part.empty()) parts.push_back(std::move(part));
  }
  // The metadata says which pass fused them; it does not help a reader.
  if (has_metadata) METALLIB_RETURN_IF_ERROR(reader.read_varint("fused metadata").status());
  if (parts.size() == 1) {
    out->append(parts[0]);
    return ok_status();
  }
  for (size_t i = 0; i < parts.size(); ++i)
    out->append(i == 0 ? "fused[" : ", ").append(parts[i]);
  if (!parts.empty()) out->push_back(']');
  return ok_status();
}

Status name_loc(ByteReader& reader, EntryResolver& resolver, std::string* out) {
  METALLIB_ASSIGN_OR_RETURN(std::string_view name,
                            read_string_attribute_view(reader, resolver, "location name"));
  out->append(name);
  // name(child), or just the name when the child is unknown.
  const size_t open = out->size();
  out->push_back('(');
  METALLIB_RETURN_IF_ERROR(
      append_location_ref(reader, resolver, "named location", /*shared=*/false, out));
  if (out->size() == open + 1) {
    out->pop_back();
  } else {
    out->push_back(')');
  }
  return ok_status();
}

// JAX's op locations are a name around callsite(place in the op's function
// at the chain of calls to it): the callee differs from op to op, the
// caller chain is shared by every op of the function.
Status call_site(ByteReader& reader, EntryResolver& resolver, std::string* out) {
  out->append("callsite(");
  METALLIB_RETURN_IF_ERROR(
      append_location_ref(reader, resolver, "callee", /*shared=*/false, out));
  out->append(" at ");
  METALLIB_RETURN_IF_ERROR(
      append_location_ref(reader, resolver, "caller", /*shared=*/true, out));
  out->push_back(')');
  return ok_status();
}

}  // namespace

bool is_builtin_location(uint64_t code) {
  switch (static_cast<BuiltinAttrCode>(code)) {
    case BuiltinAttrCode::kCallSiteLoc:
    case BuiltinAttrCode::kFileLineColLoc:
    case BuiltinAttrCode::kFileLineColRange:
    case BuiltinAttrCode::kFusedLoc:
    case BuiltinAttrCode::kFusedLocWithMetadata:
    case BuiltinAttrCode::kNameLoc:
    case BuiltinAttrCode::kUnknownLoc: return true;
    default: return false;
  }
}

Status append_builtin_location(uint64_t code, ByteReader& reader, EntryResolver& resolver,
                               std::string* out) {
  switch (static_cast<BuiltinAttrCode>(code)) {
    case BuiltinAttrCode::kCallSiteLoc: return call_site(reader, resolver, out);
    case BuiltinAttrCode::kFileLineColLoc: return file_line_col(reader, resolver, false, out);
    case BuiltinAttrCode::kFileLineColRange: return file_line_col(reader, resolver, true, out);
    case BuiltinAttrCode::kFusedLoc: return fused(reader, resolver, false, out);
    case BuiltinAttrCode::kFusedLocWithMetadata: return fused(reader, resolver, true, out);
    case BuiltinAttrCode::kNameLoc: return name_loc(reader, resolver, out);
    case BuiltinAttrCode::kUnknownLoc: return ok_status();
    default:
      return internal_error("builtin attribute code " + std::to_string(code) +
                            " is not a location");
  }
}

}  // namespace metallib::stablehlo::vhlo
