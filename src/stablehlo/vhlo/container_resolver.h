// An EntryResolver over the attribute, type and string tables of a read
// bytecode Container: decodes each entry on first use and remembers the
// result (or the error), refuses entries that refer to themselves, and bounds
// how deeply entries may nest.
//
// Ownership: borrows the Container (and through it the artifact bytes), which
// must outlive the resolver.
#pragma once

#include <cstdint>
#include <vector>

#include "ir/arena.h"
#include "stablehlo/bytecode/container.h"
#include "stablehlo/vhlo/entry_decoder.h"

namespace metallib::stablehlo::vhlo {

class ContainerResolver final : public EntryResolver {
 public:
  // Deep enough for long call-site location chains, shallow enough for the
  // stack: each level costs a few frames of the decoders.
  static constexpr int kMaxDepth = 128;

  explicit ContainerResolver(const bytecode::Container& container);

  // Any attribute entry, locations and function types included.
  StatusOr<DecodedAttribute> decoded_attribute(uint64_t index);
  // The same without copying: the resolver keeps every decoded entry, so
  // callers that only read it may borrow it for the resolver's lifetime.
  StatusOr<const DecodedAttribute*> borrow_attribute(uint64_t index);
  StatusOr<const DecodedType*> borrow_type(uint64_t index);
  // Entry `index` for a caller that keeps it itself (an op's properties): an
  // entry decoded already is copied, any other is decoded and not kept, which
  // spares a copy of each constant's data. The guards are those of
  // borrow_attribute().
  StatusOr<DecodedAttribute> take_attribute(uint64_t index);

  StatusOr<const ir::Attribute*> attribute(uint64_t index) override;
  StatusOr<DecodedType> type(uint64_t index) override;
  StatusOr<const ir::Location*> location(uint64_t index) override;
  // Writes builtin location entries that are not `shared` straight from
  // their bytes without keeping them; other entries go through location().
  Status append_location(uint64_t index, bool shared, std::string* out) override;
  StatusOr<std::string_view> string(uint64_t index) override;

  struct Depth {
    int current = 0;     // entries being decoded, one inside the other
    int limit_hits = 0;  // times kMaxDepth stopped a decoding
  };

 private:
  StatusOr<DecodedAttribute> decode_attribute_entry(const bytecode::RawAttrOrType& entry);
  // A slot per entry, small: a large artifact has thousands of entries
  // (each constant is one), and the table is cleared and freed per read.
  // Results live in `results_`, where they stay in place.
  template <typename T>
  struct Slot {
    bool in_progress = false;
    const StatusOr<T>* result = nullptr;
  };

  const bytecode::Container& container_;
  ir::Arena results_;
  std::vector<Slot<DecodedAttribute>> attributes_;
  std::vector<Slot<DecodedType>> types_;
  Depth depth_;
};

}  // namespace metallib::stablehlo::vhlo
