#include "stablehlo/vhlo/container_resolver.h"

#include <string>

#include "stablehlo/vhlo/decode_util.h"
#include "stablehlo/vhlo/location_text.h"

namespace metallib::stablehlo::vhlo {
namespace {

// One table's decoding of entry `index`, memoized in `slots`; successes are
// always kept, so the returned pointer lives as long as the slots. Errors that
// hit the depth limit are not kept: reached from a shallower entry, the entry
// may fit.
template <typename T, typename Slots, typename Decode>
StatusOr<const T*> resolve(Slots& slots, ir::Arena& results,
                           const std::vector<bytecode::RawAttrOrType>& entries, uint64_t index,
                           std::string_view kind, ContainerResolver::Depth* depth,
                           Decode decode) {
  if (index >= entries.size()) {
    return invalid_argument("MLIR bytecode: " + std::string(kind) + " index " +
                            std::to_string(index) + " is out of range (" +
                            std::to_string(entries.size()) + " entries)");
  }
  auto& slot = slots[index];
  if (slot.result != nullptr) {
    if (!slot.result->ok()) return slot.result->status();
    return &slot.result->value();
  }
  const bytecode::RawAttrOrType& entry = entries[index];
  if (slot.in_progress) {
    return invalid_argument("MLIR bytecode at byte " + std::to_string(entry.data.offset) +
                            ": " + std::string(kind) + " " + std::to_string(index) +
                            " refers to itself");
  }
  if (depth->current >= ContainerResolver::kMaxDepth) {
    ++depth->limit_hits;
    return invalid_argument("MLIR bytecode at byte " + std::to_string(entry.data.offset) +
                            ": " + std::string(kind) + " " + std::to_string(index) +
                            " nests deeper than " +
                            std::to_string(ContainerResolver::kMaxDepth) + " levels");
  }
  slot.in_progress = true;
  const int limit_hits = depth->limit_hits;
  ++depth->current;
  StatusOr<T> result = decode(entry);
  --depth->current;
  slot.in_progress = false;
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

ContainerResolver::ContainerResolver(const bytecode::Container& container)
    : container_(container),
      attributes_(container.attributes.size()),
      types_(container.types.size()) {}

StatusOr<const DecodedAttribute*> ContainerResolver::borrow_attribute(uint64_t index) {
  return resolve<DecodedAttribute>(
      attributes_, results_, container_.attributes, index, "attribute", &depth_,
      [this](const bytecode::RawAttrOrType& entry) {
        return decode_attribute(
            container_.dialects[entry.dialect].name, entry.has_custom_encoding,
            bytecode::ByteReader(entry.data.bytes, entry.data.offset), *this);
      });
}

StatusOr<const DecodedType*> ContainerResolver::borrow_type(uint64_t index) {
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

StatusOr<DecodedType> ContainerResolver::type(uint64_t index) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedType* decoded, borrow_type(index));
  return *decoded;
}

StatusOr<const ir::Attribute*> ContainerResolver::attribute(uint64_t index) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedAttribute* decoded, borrow_attribute(index));
  if (auto* attribute = std::get_if<ir::Attribute>(decoded)) return attribute;
  return invalid_argument(
      "MLIR bytecode at byte " + std::to_string(container_.attributes[index].data.offset) +
      ": attribute " + std::to_string(index) + " is a " +
      (std::holds_alternative<ir::Location>(*decoded) ? "location" : "function type") +
      " where an attribute value is expected");
}

StatusOr<const ir::Location*> ContainerResolver::location(uint64_t index) {
  METALLIB_ASSIGN_OR_RETURN(const DecodedAttribute* decoded, borrow_attribute(index));
  if (auto* location = std::get_if<ir::Location>(decoded)) return location;
  return invalid_argument("MLIR bytecode at byte " +
                          std::to_string(container_.attributes[index].data.offset) +
                          ": attribute " + std::to_string(index) +
                          " is not a location where a location is expected");
}

Status ContainerResolver::append_location(uint64_t index, bool shared, std::string* out) {
  // Shared entries, entries decoded already and anything but a builtin
  // location (which location() then refuses) take the general path.
  if (shared || index >= attributes_.size() || attributes_[index].result != nullptr) {
    return EntryResolver::append_location(index, shared, out);
  }
  const bytecode::RawAttrOrType& entry = container_.attributes[index];
  if (!entry.has_custom_encoding || container_.dialects[entry.dialect].name != "builtin") {
    return EntryResolver::append_location(index, shared, out);
  }
  bytecode::ByteReader reader(entry.data.bytes, entry.data.offset);
  StatusOr<uint64_t> code = reader.read_varint("attribute code");
  if (!code.ok() || !is_builtin_location(*code))
    return EntryResolver::append_location(index, shared, out);
  // The same guards as resolve(), without keeping the result.
  auto& slot = attributes_[index];
  if (slot.in_progress) {
    return invalid_argument("MLIR bytecode at byte " + std::to_string(entry.data.offset) +
                            ": attribute " + std::to_string(index) + " refers to itself");
  }
  if (depth_.current >= kMaxDepth) {
    ++depth_.limit_hits;
    return invalid_argument("MLIR bytecode at byte " + std::to_string(entry.data.offset) +
                            ": attribute " + std::to_string(index) + " nests deeper than " +
                            std::to_string(kMaxDepth) + " levels");
  }
  slot.in_progress = true;
  ++depth_.current;
  Status status = append_builtin_location(*code, reader, *this, out);
  if (status.ok()) status = check_consumed(reader, "builtin", "attribute", *code);
  --depth_.current;
  slot.in_progress = false;
  return status;
}

StatusOr<std::string_view> ContainerResolver::string(uint64_t index) {
  if (index < container_.strings.size()) return container_.strings[index];
  return invalid_argument("MLIR bytecode: string index " + std::to_string(index) +
                          " is out of range (" + std::to_string(container_.strings.size()) +
                          " strings)");
}

}  // namespace metallib::stablehlo::vhlo
