#include "stablehlo/vhlo/locations.h"

#include <string_view>
#include <vector>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"

namespace metallib::stablehlo::vhlo {
namespace {

using ir::Location;
using ir::SharedLocation;

StatusOr<SharedLocation> read_location_ref(ByteReader& reader, EntryResolver& resolver,
                                           std::string_view what) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(what));
  return resolver.location(index);
}

StatusOr<SharedLocation> file_line_col(ByteReader& reader, EntryResolver& resolver,
                                       bool is_range) {
  Location location;
  location.kind = Location::Kind::kFile;
  METALLIB_ASSIGN_OR_RETURN(location.name,
                            read_string_attribute_view(reader, resolver, "location file name"));
  uint64_t count = 2;
  if (is_range) {
    const size_t offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(count, reader.read_count("location range size"));
    if (count > 4) return reader.error_at(offset, "a location range has at most 4 numbers");
  }
  location.number_count = static_cast<uint8_t>(count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(location.numbers[i],
                              reader.read_varint(i == 0 ? "location line" : "location column"));
  }
  return resolver.keep_location(location);
}

StatusOr<SharedLocation> fused(ByteReader& reader, EntryResolver& resolver, bool has_metadata) {
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("fused location count"));
  std::vector<SharedLocation> parts;
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(SharedLocation part,
                              read_location_ref(reader, resolver, "fused location"));
    if (part != nullptr) parts.push_back(part);
  }
  // The metadata says which pass fused them; it does not help a reader.
  if (has_metadata) METALLIB_RETURN_IF_ERROR(reader.read_varint("fused metadata").status());
  if (parts.size() <= 1) return parts.empty() ? nullptr : parts[0];
  Location location;
  location.kind = Location::Kind::kFused;
  location.parts = parts;
  return resolver.keep_location(location);
}

StatusOr<SharedLocation> name_loc(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(std::string_view name,
                            read_string_attribute_view(reader, resolver, "location name"));
  METALLIB_ASSIGN_OR_RETURN(SharedLocation child,
                            read_location_ref(reader, resolver, "named location"));
  // An empty name around nothing says nothing: unknown, as MLIR prints it.
  if (name.empty() && child == nullptr) return SharedLocation{nullptr};
  return resolver.keep_location(Location::named(name, child));
}

// JAX's op locations are a name around callsite(place in the op's function
// at the chain of calls to it): the callee differs from op to op, the
// caller chain is shared by every op of the function, as one node.
StatusOr<SharedLocation> call_site(ByteReader& reader, EntryResolver& resolver) {
  METALLIB_ASSIGN_OR_RETURN(SharedLocation callee,
                            read_location_ref(reader, resolver, "callee"));
  METALLIB_ASSIGN_OR_RETURN(SharedLocation caller,
                            read_location_ref(reader, resolver, "caller"));
  return resolver.keep_location(Location::call_site(callee, caller));
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

StatusOr<SharedLocation> decode_builtin_location(uint64_t code, ByteReader& reader,
                                                 EntryResolver& resolver) {
  switch (static_cast<BuiltinAttrCode>(code)) {
    case BuiltinAttrCode::kCallSiteLoc: return call_site(reader, resolver);
    case BuiltinAttrCode::kFileLineColLoc: return file_line_col(reader, resolver, false);
    case BuiltinAttrCode::kFileLineColRange: return file_line_col(reader, resolver, true);
    case BuiltinAttrCode::kFusedLoc: return fused(reader, resolver, false);
    case BuiltinAttrCode::kFusedLocWithMetadata: return fused(reader, resolver, true);
    case BuiltinAttrCode::kNameLoc: return name_loc(reader, resolver);
    case BuiltinAttrCode::kUnknownLoc: return SharedLocation{nullptr};
    default:
      return internal_error("builtin attribute code " + std::to_string(code) +
                            " is not a location");
  }
}

}  // namespace metallib::stablehlo::vhlo
