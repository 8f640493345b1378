// The generic structure of an MLIR bytecode artifact (format version 5 or 6),
// as read by read_container() (reader.h): tables of strings, dialects, op
// names, attributes, types and properties, and the operation tree. Nothing
// here knows VHLO; attribute, type and properties entries stay undecoded bytes
// for the layer above.
//
// Ownership: every string_view and ByteRange points into the artifact bytes
// passed to read_container(), which must outlive the Container. The index
// lists of ops (result types, operands, successors) are spans into storage
// the Container owns: a few large chunks instead of three small vectors per
// op, since programs have tens of thousands of ops.
//
// Every index stored here has been checked against its table (strings,
// dialects, op names, attributes, types, properties, successor blocks), so
// users may index without checking again.
//
// Value numbering (how operands name values), following the MLIR writer:
//  - Values are numbered per scope. The regions of an isolated-from-above op
//    start a new scope whose numbers start at 0; other regions share the scope
//    of the region that holds their op.
//  - A region owns the numbers [first_value, first_value + num_values). In it,
//    each block in order defines its arguments, then the results of its ops in
//    order (RawBlock::first_value, RawOp::first_result). Values of nested
//    regions are not part of the region's count.
//  - A nested region in the same scope starts where its enclosing regions'
//    ranges end: first_value = sum of num_values of the enclosing regions of
//    the scope. Sibling regions therefore reuse the same numbers.
//  - An operand number n of an op resolves to the innermost enclosing region of
//    the same scope whose range holds n; find_value() finds the definer there.
//    Operands may name values defined later (forward references, e.g. block
//    arguments of successors); the reader checks n is below the end of the
//    innermost enclosing range and that each region defines exactly
//    num_values values.
//  - Results of top-level ops (the module) are not numbered.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace metallib::stablehlo::bytecode {

// Bytes of the artifact and the offset of their first byte in it, so that a
// later decoder can report artifact offsets (ByteReader(bytes, offset)).
struct ByteRange {
  std::span<const uint8_t> bytes;
  size_t offset = 0;
};

struct RawDialect {
  std::string_view name;
  // The dialect's own version encoding; empty when it wrote none.
  std::optional<ByteRange> version;
};

struct RawOpName {
  uint32_t dialect = 0;   // index into Container::dialects
  std::string_view name;  // without the dialect prefix, e.g. "sine_v2"
  // Whether the op was registered in the writer's context: decides whether its
  // properties are a properties-table entry or an attribute.
  bool registered = false;
};

struct RawAttrOrType {
  uint32_t dialect = 0;
  // Custom encoding: the dialect's bytecode encoding. Otherwise the bytes are
  // the textual assembly form, NUL-terminated (checked by the reader).
  bool has_custom_encoding = false;
  ByteRange data;
};

struct RawBlockArg {
  uint32_t type = 0;                 // index into Container::types
  std::optional<uint32_t> location;  // attribute index; nullopt: unknown location
};

struct RawRegion;

struct RawOp {
  uint32_t name = 0;      // index into Container::op_names
  uint32_t location = 0;  // attribute index
  // Discardable attributes (a dictionary attribute), when present.
  std::optional<uint32_t> attributes;
  // Inherent attributes: an index into Container::properties for registered
  // ops, or an attribute index for unregistered ones (at most one is set).
  std::optional<uint32_t> properties;
  std::optional<uint32_t> properties_attribute;
  std::span<const uint32_t> result_types;  // type indices
  std::span<const uint32_t> operands;      // value numbers, see the top of this file
  std::span<const uint32_t> successors;    // block indices in the enclosing region
  uint32_t num_regions = 0;
  // Whether the writer encoded the regions as isolated from above (own value
  // scope). It marks every op whose regions use no outer value, so this is a
  // fact about the encoding (e.g. a reduce body), not the op's trait.
  bool isolated_from_above = false;
  // Number of the first result in the enclosing scope (0 at the top level).
  uint32_t first_result = 0;
  bool has_use_list_orders = false;  // the orders themselves are skipped
  size_t offset = 0;                 // of the op's encoding in the artifact
  // The regions, in a tree read by read_container(); empty when the op tree
  // is streamed to an IrVisitor.
  std::vector<RawRegion> regions;
};

struct RawBlock {
  std::vector<RawBlockArg> args;
  std::vector<RawOp> ops;    // empty when streamed
  uint32_t first_value = 0;  // number of the first argument
  uint32_t num_ops = 0;
  size_t offset = 0;
};

struct RawRegion {
  std::vector<RawBlock> blocks;  // empty for an empty region, or when streamed
  uint32_t num_blocks = 0;
  uint32_t first_value = 0;
  uint32_t num_values = 0;
};

// Receives the op tree of the IR section as it is read, in program order:
// begin_block, then for each op begin_op, its regions (begin_region, their
// blocks, end_region) and end_op, then end_block. The structs passed hold
// the header of what begins (no nested ops, regions or blocks); their spans
// stay valid only during the call. A non-ok Status stops the reading.
class IrVisitor {
 public:
  virtual ~IrVisitor() = default;
  virtual Status begin_block(const RawBlock& block) = 0;
  virtual Status end_block() = 0;
  virtual Status begin_op(const RawOp& op) = 0;
  virtual Status end_op() = 0;
  virtual Status begin_region(const RawRegion& region) = 0;
  virtual Status end_region() = 0;
};

struct RawResource {
  std::string_view key;
  uint8_t kind = 0;  // MLIR's AsmResourceEntryKind: 0 blob, 1 bool, 2 string
  ByteRange data;    // undecoded
};

struct RawResourceGroup {
  // External groups are named by a key; dialect groups by a dialect index.
  std::optional<std::string_view> external_key;
  std::optional<uint32_t> dialect;
  std::vector<RawResource> resources;
};

struct Container {
  uint64_t version = 0;       // bytecode format version (5 or 6)
  std::string_view producer;  // e.g. "StableHLO_v1.22.0"
  std::vector<std::string_view> strings;
  std::vector<RawDialect> dialects;
  std::vector<RawOpName> op_names;
  std::vector<RawAttrOrType> attributes;
  std::vector<RawAttrOrType> types;
  std::vector<ByteRange> properties;  // each an op's encoded inherent attributes
  std::vector<RawResourceGroup> resource_groups;
  // The IR section, whose op tree read_ir() streams.
  ByteRange ir_section;
  // The top-level block: the ops (normally one module) the artifact holds;
  // filled by read_container() only.
  RawBlock top_level;

  // Forgets the artifact read, keeping the tables' memory for the next one.
  // Resets each field by name: a field added to Container must be added
  // there too.
  void clear();

  // Returns room for `count` indices that stays valid as long as the
  // Container (the Container may be moved).
  std::span<uint32_t> allocate_indices(size_t count);
  // Makes room for `count` indices in one chunk, so that as many later
  // allocate_indices() calls need no further allocation.
  void reserve_indices(size_t count);

 private:
  // Storage of the ops' index lists; chunks never move once allocated.
  std::vector<std::unique_ptr<uint32_t[]>> index_chunks_;
  std::span<uint32_t> free_indices_;  // unused tail of the newest chunk
};

// "dialect.name", e.g. "vhlo.sine_v2".
std::string full_op_name(const Container& container, uint32_t op_name);
// The same written into `full`, whose memory a reader naming the op names of
// artifact after artifact reuses.
void assign_full_op_name(const Container& container, uint32_t op_name, std::string* full);

// What defines a value number inside one region (not its nested regions).
struct ValueDef {
  uint32_t block = 0;          // index in region.blocks
  std::optional<uint32_t> op;  // index in the block's ops; nullopt: an argument
  uint32_t index = 0;          // argument or result number
};
std::optional<ValueDef> find_value(const RawRegion& region, uint32_t value);

}  // namespace metallib::stablehlo::bytecode
