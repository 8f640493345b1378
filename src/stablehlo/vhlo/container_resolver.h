// An EntryResolver over the attribute, type and string tables of a read
// bytecode Container: decodes each entry on first use and remembers the
// result (or the error), refuses entries that refer to themselves, and bounds
// how deeply entries may nest.
//
// Ownership: borrows the Container (and through it the artifact bytes), which
// must outlive the resolver. Location nodes go to the Storage given (a module
// reader's module, whose ops point to them), else to the resolver's own.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "ir/arena.h"
#include "ir/module.h"
#include "stablehlo/bytecode/container.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

class ContainerResolver final : public EntryResolver {
 public:
  // Deep enough for long call-site location chains, shallow enough for the
  // stack: each level costs a few frames of the decoders.
  static constexpr int kMaxDepth = 128;

  explicit ContainerResolver(const bytecode::Container& container,
                             ir::Storage* locations = nullptr);

  // Any attribute entry, locations and function types included.
  StatusOr<DecodedAttribute> decoded_attribute(uint64_t index);
  // The same without copying: the resolver keeps every decoded entry, so
  // callers that only read it may borrow it for the resolver's lifetime.
  StatusOr<const DecodedAttribute*> borrow_attribute(uint64_t index);
  // Entry `index` for a caller that keeps it itself (an op's properties): an
  // entry decoded already is copied, any other is decoded and not kept, which
  // spares a copy of each constant's data. The guards are those of
  // borrow_attribute().
  StatusOr<DecodedAttribute> take_attribute(uint64_t index);
  // Entry `index` as a list of integers when it is a vhlo tensor that
  // read_integer_list() reads (see dense_data.h), decoded from its bytes and
  // not kept; nothing for any other entry, which callers then take.
  std::optional<std::vector<int64_t>> integer_list(uint64_t index);
  // The element indices of entry `index` when it is a vhlo array, read from
  // its bytes without decoding it or its elements; nothing for any other
  // entry or malformed bytes.
  std::optional<std::vector<uint64_t>> array_elements(uint64_t index);
  // The type entry that entry `index` refers to when it is a vhlo type
  // attribute, decoded and kept as type() keeps it: a function type is then
  // borrowed rather than copied out of the type table into the attribute.
  // Nothing for any other entry.
  std::optional<StatusOr<const DecodedType*>> type_of_type_attribute(uint64_t index);

  StatusOr<const ir::Attribute*> attribute(uint64_t index) override;
  StatusOr<const DecodedType*> type(uint64_t index) override;
  // Inline for the hot case, a location decoded already: every op asks.
  StatusOr<ir::SharedLocation> location(uint64_t index) override {
    if (index < locations_by_index_.size()) {
      const LocationSlot& kept = locations_by_index_[index];
      if (kept.decoded && kept.error == nullptr) return kept.location;
    }
    return decode_location(index);
  }
  ir::SharedLocation keep_location(const ir::Location& location) override;
  // An untyped builtin string entry, straight from the string table.
  // A builtin or a vhlo string entry.
  std::optional<std::string_view> plain_string(uint64_t index) override;
  StatusOr<std::string_view> string(uint64_t index) override;

  struct Depth {
    int current = 0;     // entries being decoded, one inside the other
    int limit_hits = 0;  // times kMaxDepth stopped a decoding
  };

 private:
  StatusOr<DecodedAttribute> decode_attribute_entry(const bytecode::RawAttrOrType& entry);
  // A custom-encoded attribute entry: its code, and a reader over the rest
  // of its bytes.
  struct CodedEntry {
    uint64_t code = 0;
    bytecode::ByteReader rest;
  };
  // Entry `index` when it is a custom-encoded entry of `dialect` (an index
  // in the dialect table); nothing for any other, or when its code cannot be
  // read (callers then take the general path, which says what is wrong).
  // Location entries, strings and the entries read straight into lists
  // are read this way.
  std::optional<CodedEntry> coded_entry(uint64_t index, std::optional<uint32_t> dialect) const;
  StatusOr<ir::SharedLocation> decode_location(uint64_t index);
  // A slot per entry, small: a large artifact has thousands of entries
  // (each constant is one), and the table is cleared and freed per read.
  // Results live in `results_`, where they stay in place.
  template <typename T>
  struct Slot {
    bool in_progress = false;
    const StatusOr<T>* result = nullptr;
  };

  // Location entries, kept apart from the general table: jaxlib writes a
  // few per op (a name, a call site, a file position), and the general
  // table's variant result costs more than the node. Sized on first use;
  // failures are kept too, so an entry that many others refer to is decoded
  // once however it fails.
  struct LocationSlot {
    bool decoded = false;
    ir::SharedLocation location = nullptr;
    const Status* error = nullptr;
  };

  const bytecode::Container& container_;
  std::optional<uint32_t> builtin_dialect_;  // its index in the dialect table
  std::optional<uint32_t> vhlo_dialect_;     // likewise
  // The tables by entry index live in results_: a program's take a few
  // kilobytes, which cost more from malloc than from a pooled arena chunk.
  std::span<LocationSlot> locations_by_index_;
  ir::Arena results_;
  ir::Storage own_locations_;
  ir::Storage* locations_;
  std::span<Slot<DecodedAttribute>> attributes_;
  std::span<Slot<DecodedType>> types_;
  Depth depth_;
};

}  // namespace metallib::stablehlo::vhlo
