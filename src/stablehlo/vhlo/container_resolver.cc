#include "stablehlo/vhlo/container_resolver.h"

#include <string>

#include "stablehlo/vhlo/codes.h"
#include "stablehlo/vhlo/decode_util.h"
#include "stablehlo/vhlo/dense_data.h"
#include "stablehlo/vhlo/locations.h"

namespace metallib::stablehlo::vhlo {
namespace {

// The refusal to start decoding an entry that is being decoded already (it
// refers to itself) or, failing that, that would nest past kMaxDepth; called
// only when check_can_decode() found one of the two.
template <typename Slot>
Status cannot_decode(const Slot& slot, const bytecode::RawAttrOrType& entry, uint64_t index,
                     std::string_view kind, ContainerResolver::Depth* depth) {
  const std::string what = "MLIR bytecode at byte " + std::to_string(entry.data.offset) + ": " +
                           std::string(kind) + " " + std::to_string(index);
  if (slot.in_progress) return invalid_argument(what + " refers to itself");
  ++depth->limit_hits;
  return invalid_argument(what + " nests deeper than " +
                          std::to_string(ContainerResolver::kMaxDepth) + " levels");
}

// Runs before every entry is decoded: the checks inline, the errors not.
template <typename Slot>
Status check_can_decode(const Slot& slot, const bytecode::RawAttrOrType& entry, uint64_t index,
                        std::string_view kind, ContainerResolver::Depth* depth) {
  if (!slot.in_progress && depth->current < ContainerResolver::kMaxDepth) return ok_status();
  return cannot_decode(slot, entry, index, kind, depth);
}

Status out_of_range(std::string_view kind, uint64_t index, size_t size) {
  return invalid_argument("MLIR bytecode: " + std::string(kind) + " index " +
                          std::to_string(index) + " is out of range (" + std::to_string(size) +
                          " entries)");
}

// Runs `decode` on the entry of `slot` between the guards' bookkeeping.
template <typename Slot, typename Decode>
auto decode_guarded(Slot& slot, ContainerResolver::Depth* depth, Decode decode) {
  slot.in_progress = true;
  ++depth->current;
  auto result = decode();
  --depth->current;
  slot.in_progress = false;
  return result;
}

// One table's decoding of entry `index`, memoized in `slots`; successes are
// always kept, so the returned pointer lives as long as the slots. Errors that
// hit the depth limit are not kept: reached from a shallower entry, the entry
// may fit.
template <typename T, typename Slots, typename Decode>
StatusOr<const T*> resolve(Slots& slots, ir::Arena& results,
                           const std::vector<bytecode::RawAttrOrType>& entries, uint64_t index,
                           std::string_view kind, ContainerResolver::Depth* depth,
                           Decode decode) {
  if (index >= entries.size()) return out_of_range(kind, index, entries.size());
  auto& slot = slots[index];
  if (slot.result != nullptr) {
    if (!slot.result->ok()) return slot.result->status();
    return &slot.result->value();
  }
  const bytecode::RawAttrOrType& entry = entries[index];
  METALLIB_RETURN_IF_ERROR(check_can_decode(slot, entry, index, kind, depth));
  const int limit_hits = depth->limit_hits;
  StatusOr<T> result = decode_guarded(slot, depth, [&] { return decode(entry); });
  if (!result.ok()) {
    if (depth->limit_hits == limit_hits) {
      slot.result = results.make<StatusOr<T>>(result.status());
    }
    return result.status();
  }
  slot.result = results.make<StatusOr<T>>(std::move(result));
  return &slot.result->value();
}

}  // namespace

ContainerResolver::ContainerResolver(const bytecode::Container& container,
                                     ir::Storage* locations)
    : container_(container),
      locations_(locations != nullptr ? locations : &own_locations_),
      attributes_(results_.make_array<Slot<DecodedAttribute>>(container.attributes.size())),
      types_(results_.make_array<Slot<DecodedType>>(container.types.size())) {
  for (uint32_t i = 0; i < container.dialects.size(); ++i) {
    if (container.dialects[i].name == "builtin") builtin_dialect_ = i;
    if (container.dialects[i].name == "vhlo") vhlo_dialect_ = i;
  }
}

StatusOr<DecodedAttribute> ContainerResolver::decode_attribute_entry(
    const bytecode::RawAttrOrType& entry) {
  return decode_attribute(container_.dialects[entry.dialect].name, entry.has_custom_encoding,
                          bytecode::ByteReader(entry.data.bytes, entry.data.offset), *this);
}

StatusOr<const DecodedAttribute*> ContainerResolver::borrow_attribute(uint64_t index) {
  return resolve<DecodedAttribute>(
      attributes_, results_, container_.attributes, index, "attribute", &depth_,
      [this](const bytecode::RawAttrOrType& entry) { return decode_attribute_entry(entry); });
}

StatusOr<DecodedAttribute> ContainerResolver::take_attribute(uint64_t index) {
  if (index >= container_.attributes.size()) {
    return out_of_range("attribute", index, container_.attributes.size());
  }
  auto& slot = attributes_[index];
  if (slot.result != nullptr) return *slot.result;
  const bytecode::RawAttrOrType& entry = container_.attributes[index];
  METALLIB_RETURN_IF_ERROR(check_can_decode(slot, entry, index, "attribute", &depth_));
  return decode_guarded(slot, &depth_, [&] { return decode_attribute_entry(entry); });
}

std::optional<std::vector<int64_t>> ContainerResolver::integer_list(uint64_t index) {
  std::optional<CodedEntry> entry = coded_entry(index, vhlo_dialect_);
  if (!entry || entry->code != static_cast<uint64_t>(VhloAttrCode::kTensorV1)) {
    return std::nullopt;
  }
  return read_integer_list(entry->rest, *this);
}

std::optional<std::vector<uint64_t>> ContainerResolver::array_elements(uint64_t index) {
  std::optional<CodedEntry> entry = coded_entry(index, vhlo_dialect_);
  if (!entry || entry->code != static_cast<uint64_t>(VhloAttrCode::kArrayV1)) {
    return std::nullopt;
  }
  bytecode::ByteReader& reader = entry->rest;
  StatusOr<uint64_t> count = reader.read_count("array element count");
  if (!count.ok()) return std::nullopt;
  std::vector<uint64_t> elements(*count);
  for (uint64_t& element : elements) {
    StatusOr<uint64_t> element_index = reader.read_varint("array element");
    if (!element_index.ok()) return std::nullopt;
    element = *element_index;
  }
  if (!reader.empty()) return std::nullopt;
  return elements;
}

std::optional<StatusOr<const DecodedType*>> ContainerResolver::type_of_type_attribute(
    uint64_t index) {
  std::optional<CodedEntry> entry = coded_entry(index, vhlo_dialect_);
  if (!entry || entry->code != static_cast<uint64_t>(VhloAttrCode::kTypeV1)) {
    return std::nullopt;
  }
  StatusOr<uint64_t> type_index = entry->rest.read_varint("type");
  if (!type_index.ok() || !entry->rest.empty()) return std::nullopt;
  return type(*type_index);
}

StatusOr<const DecodedType*> ContainerResolver::type(uint64_t index) {
  return resolve<DecodedType>(
      types_, results_, container_.types, index, "type", &depth_,
      [this](const bytecode::RawAttrOrType& entry) {
        return decode_type(container_.dialects[entry.dialect].name, entry.has_custom_encoding,
                           bytecode::ByteReader(entry.data.bytes, entry.data.offset), *this);
      });
}

StatusOr<DecodedAttribute> ContainerResolver::decoded_attribute(uint64_t index) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedAttribute* decoded, borrow_attribute(index));
  return *decoded;
}

StatusOr<const ir::Attribute*> ContainerResolver::attribute(uint64_t index) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedAttribute* decoded, borrow_attribute(index));
  if (auto* attribute = std::get_if<ir::Attribute>(decoded)) return attribute;
  return invalid_argument(
      "MLIR bytecode at byte " + std::to_string(container_.attributes[index].data.offset) +
      ": attribute " + std::to_string(index) + " is a " +
      (std::holds_alternative<ir::SharedLocation>(*decoded) ? "location" : "function type") +
      " where an attribute value is expected");
}

std::optional<ContainerResolver::CodedEntry> ContainerResolver::coded_entry(
    uint64_t index, std::optional<uint32_t> dialect) const {
  if (index >= container_.attributes.size()) return std::nullopt;
  const bytecode::RawAttrOrType& entry = container_.attributes[index];
  if (!entry.has_custom_encoding || entry.dialect != dialect) return std::nullopt;
  bytecode::ByteReader reader(entry.data.bytes, entry.data.offset);
  StatusOr<uint64_t> code = reader.read_varint("attribute code");
  if (!code.ok()) return std::nullopt;
  return CodedEntry{*code, reader};
}

StatusOr<ir::SharedLocation> ContainerResolver::decode_location(uint64_t index) {
  if (index < locations_by_index_.size() && locations_by_index_[index].error != nullptr) {
    return *locations_by_index_[index].error;
  }
  std::optional<CodedEntry> builtin = coded_entry(index, builtin_dialect_);
  if (builtin && is_builtin_location(builtin->code)) {
    if (locations_by_index_.empty()) {
      locations_by_index_ = results_.make_array<LocationSlot>(container_.attributes.size());
    }
    LocationSlot& kept = locations_by_index_[index];
    const bytecode::RawAttrOrType& entry = container_.attributes[index];
    auto& slot = attributes_[index];  // its guard against self-reference
    METALLIB_RETURN_IF_ERROR(check_can_decode(slot, entry, index, "attribute", &depth_));
    const int limit_hits = depth_.limit_hits;
    StatusOr<ir::SharedLocation> location =
        decode_guarded(slot, &depth_, [&]() -> StatusOr<ir::SharedLocation> {
          bytecode::ByteReader& reader = builtin->rest;
          StatusOr<ir::SharedLocation> decoded =
              decode_builtin_location(builtin->code, reader, *this);
          if (decoded.ok()) {
            METALLIB_RETURN_IF_ERROR(
                check_consumed(reader, "builtin", "attribute", builtin->code));
          }
          return decoded;
        });
    // As in resolve(): an error from the depth limit may not recur when the
    // entry is reached from a shallower one, so it is not kept.
    if (location.ok() || depth_.limit_hits == limit_hits) {
      kept.decoded = true;
      if (location.ok()) {
        kept.location = *location;
      } else {
        kept.error = results_.make<Status>(location.status());
      }
    }
    return location;
  }
  METALLIB_ASSIGN_OR_RETURN(const DecodedAttribute* decoded, borrow_attribute(index));
  if (auto* location = std::get_if<ir::SharedLocation>(decoded)) return *location;
  return invalid_argument("MLIR bytecode at byte " +
                          std::to_string(container_.attributes[index].data.offset) +
                          ": attribute " + std::to_string(index) +
                          " is not a location where a location is expected");
}

ir::SharedLocation ContainerResolver::keep_location(const ir::Location& location) {
  return locations_->keep_location(location);
}

std::optional<std::string_view> ContainerResolver::plain_string(uint64_t index) {
  // A builtin StringAttr or a vhlo StringV1Attr: both are a code, then the
  // string's index.
  std::optional<CodedEntry> entry = coded_entry(index, builtin_dialect_);
  if (entry) {
    if (entry->code != static_cast<uint64_t>(BuiltinAttrCode::kString)) return std::nullopt;
  } else {
    entry = coded_entry(index, vhlo_dialect_);
    if (!entry || entry->code != static_cast<uint64_t>(VhloAttrCode::kStringV1)) {
      return std::nullopt;
    }
  }
  bytecode::ByteReader& reader = entry->rest;
  StatusOr<uint64_t> string_index = reader.read_varint("string");
  if (!string_index.ok() || *string_index >= container_.strings.size() || !reader.empty()) {
    return std::nullopt;  // the general path reports what is wrong
  }
  return container_.strings[*string_index];
}

StatusOr<std::string_view> ContainerResolver::string(uint64_t index) {
  if (index < container_.strings.size()) return container_.strings[index];
  return invalid_argument("MLIR bytecode: string index " + std::to_string(index) +
                          " is out of range (" + std::to_string(container_.strings.size()) +
                          " strings)");
}

}  // namespace metallib::stablehlo::vhlo
