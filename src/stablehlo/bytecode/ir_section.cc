// The IR section: a top-level block whose ops nest regions, blocks and ops.
// Regions are read recursively, bounded by kMaxRegionDepth. Value numbers are
// tracked as ranges only (never per-value storage), so a region's declared
// value count allocates nothing; see container.h for the numbering rules.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>

#include "stablehlo/bytecode/format.h"
#include "stablehlo/bytecode/sections.h"

namespace metallib::stablehlo::bytecode {
namespace {

// Counts come from the artifact: reserve at most this many entries up front.
constexpr uint64_t kMaxReserve = 65536;
// An op costs at least a name, a mask byte and a location.
constexpr size_t kMinOpBytes = 3;

// The values of one isolated-from-above scope: numbers below `reserved` belong
// to the regions currently open in it.
struct Scope {
  uint64_t reserved = 0;
};

// The region being read: its next unassigned value number and its end.
struct RegionState {
  uint64_t next_value = 0;
  uint64_t end_value = 0;
  size_t num_blocks = 0;
  // The top-level block numbers no op results (as MLIR's reader does).
  bool top_level = false;
};

class IrReader {
 public:
  IrReader(const Container& container, IrVisitor& visitor)
      : container_(container), visitor_(visitor) {}

  Status read_top_level(ByteReader& reader) {
    Scope scope;
    RegionState state;
    state.num_blocks = 1;
    state.top_level = true;
    METALLIB_RETURN_IF_ERROR(read_block(reader, scope, state, 0));
    if (!reader.empty()) {
      return reader.error("the end of the IR section after the top-level block, found " +
                          std::to_string(reader.remaining()) + " more bytes");
    }
    return ok_status();
  }

 private:
  // Every op runs define_values() and read_indices() two or three times.
  // Inlined into the op loop, where their results stay in registers, they
  // cut the instructions of reading a large program by about 6%. Their
  // errors are built out of line.
  [[gnu::always_inline]] Status define_values(const ByteReader& reader, RegionState& state,
                                              uint64_t count, uint32_t* first,
                                              const char* what) {
    if (count > state.end_value - state.next_value) {
      return values_past_end(reader, state, count, what);
    }
    *first = static_cast<uint32_t>(state.next_value);
    state.next_value += count;
    return ok_status();
  }

  static Status values_past_end(const ByteReader& reader, const RegionState& state,
                                uint64_t count, const char* what) {
    return reader.error_at(reader.offset(), std::string(what) + " define values " +
                                                std::to_string(state.next_value) + " to " +
                                                std::to_string(state.next_value + count) +
                                                ", past the region's declared end " +
                                                std::to_string(state.end_value));
  }

  // A count, then that many indices below `limit`, appended to the scratch
  // list; returns where they start in it.
  [[gnu::always_inline]] StatusOr<size_t> read_indices(ByteReader& reader,
                                                       std::string_view count_what,
                                                       std::string_view what, size_t limit) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count(count_what));
    const size_t start = scratch_used_;
    const size_t end = start + static_cast<size_t>(count);
    // Grown, never shrunk: no per-op clearing of the new elements.
    if (end > scratch_.size()) scratch_.resize(std::max(end, 2 * scratch_.size()));
    for (size_t i = start; i < end; ++i) {
      METALLIB_ASSIGN_OR_RETURN(scratch_[i], reader.read_index(what, limit));
    }
    scratch_used_ = end;
    return start;
  }

  // Use-list orders only restore the order of a value's uses; read and drop.
  Status skip_use_list_orders(ByteReader& reader, uint64_t range_size) {
    uint64_t entries = 1;
    if (range_size > 1) {
      METALLIB_ASSIGN_OR_RETURN(entries, reader.read_count("a use-list order count"));
    }
    for (uint64_t i = 0; i < entries; ++i) {
      if (range_size > 1) {
        METALLIB_RETURN_IF_ERROR(
            reader.read_index("a use-list order's value", static_cast<size_t>(range_size))
                .status());
      }
      const size_t start = reader.offset();
      uint64_t count = 0;
      bool pairs = false;
      METALLIB_RETURN_IF_ERROR(
          reader.read_varint_with_flag("a use-list order size", &count, &pairs));
      if (count > reader.remaining()) {
        return reader.error_at(start, "use-list order of " + std::to_string(count) +
                                          " indices, more than the " +
                                          std::to_string(reader.remaining()) + " bytes left");
      }
      for (uint64_t j = 0; j < count; ++j) {
        METALLIB_RETURN_IF_ERROR(reader.read_varint("a use-list index").status());
      }
    }
    return ok_status();
  }

  Status read_block(ByteReader& reader, Scope& scope, RegionState& state, int depth) {
    RawBlock block;
    block.offset = reader.offset();
    uint64_t num_ops = 0;
    bool has_args = false;
    METALLIB_RETURN_IF_ERROR(
        reader.read_varint_with_flag("a block header", &num_ops, &has_args));
    if (num_ops > reader.remaining() / kMinOpBytes) {
      return reader.error_at(block.offset,
                             "block of " + std::to_string(num_ops) + " ops, more than the " +
                                 std::to_string(reader.remaining()) + " bytes left can hold");
    }
    block.num_ops = static_cast<uint32_t>(num_ops);
    block.first_value = static_cast<uint32_t>(state.next_value);
    if (has_args) {
      METALLIB_ASSIGN_OR_RETURN(uint64_t num_args, reader.read_count("a block argument count"));
      block.args.reserve(static_cast<size_t>(std::min(num_args, kMaxReserve)));
      for (uint64_t i = 0; i < num_args; ++i) {
        const size_t start = reader.offset();
        uint64_t type = 0;
        bool has_location = false;
        METALLIB_RETURN_IF_ERROR(
            reader.read_varint_with_flag("a block argument type", &type, &has_location));
        if (type >= container_.types.size()) {
          return reader.error_at(
              start, "block argument type " + std::to_string(type) + " is out of range (" +
                         std::to_string(container_.types.size()) + " types)");
        }
        RawBlockArg arg;
        arg.type = static_cast<uint32_t>(type);
        if (has_location) {
          METALLIB_ASSIGN_OR_RETURN(
              arg.location,
              reader.read_index("a block argument location", container_.attributes.size()));
        }
        block.args.push_back(arg);
      }
      METALLIB_RETURN_IF_ERROR(
          define_values(reader, state, num_args, &block.first_value, "block arguments"));
      METALLIB_ASSIGN_OR_RETURN(uint8_t has_orders, reader.read_byte("a use-list order flag"));
      if (has_orders) METALLIB_RETURN_IF_ERROR(skip_use_list_orders(reader, num_args));
    }
    METALLIB_RETURN_IF_ERROR(visitor_.begin_block(block));
    for (uint64_t i = 0; i < num_ops; ++i) {
      METALLIB_RETURN_IF_ERROR(read_op(reader, scope, state, depth));
    }
    return visitor_.end_block();
  }

  Status read_op(ByteReader& reader, Scope& scope, RegionState& state, int depth) {
    // One header reused op after op: clearing a fresh RawOp (a block copy of
    // 128 bytes) cost more than reading the op. Nested ops overwrite it once
    // begin_op() has seen it, so what the regions below need is kept apart.
    RawOp* op = &op_;
    op->attributes.reset();
    op->properties.reset();
    op->properties_attribute.reset();
    op->isolated_from_above = false;
    op->has_use_list_orders = false;
    op->first_result = 0;
    op->offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(op->name,
                              reader.read_index("an op name", container_.op_names.size()));
    const size_t mask_offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(uint8_t mask, reader.read_byte("an op encoding mask"));
    if (mask & ~kOpKnownBits) {
      return reader.error_at(mask_offset,
                             "op encoding mask " + std::to_string(mask) + " has unknown bits");
    }
    const size_t num_attributes = container_.attributes.size();
    METALLIB_ASSIGN_OR_RETURN(op->location,
                              reader.read_index("an op location", num_attributes));
    if (mask & kOpHasAttrs) {
      METALLIB_ASSIGN_OR_RETURN(
          op->attributes, reader.read_index("an op attribute dictionary", num_attributes));
    }
    if (mask & kOpHasProperties) {
      if (container_.op_names[op->name].registered) {
        METALLIB_ASSIGN_OR_RETURN(
            op->properties,
            reader.read_index("an op properties entry", container_.properties.size()));
      } else {
        METALLIB_ASSIGN_OR_RETURN(
            op->properties_attribute,
            reader.read_index("an op properties attribute", num_attributes));
      }
    }
    // The three index lists land in the scratch list one after the other;
    // their spans are taken once it has stopped growing.
    scratch_used_ = 0;
    size_t results_start = 0, operands_start = 0, successors_start = 0;
    if (mask & kOpHasResults) {
      METALLIB_ASSIGN_OR_RETURN(
          results_start,
          read_indices(reader, "an op result count", "a result type", container_.types.size()));
    }
    operands_start = scratch_used_;
    if (mask & kOpHasOperands) {
      METALLIB_ASSIGN_OR_RETURN(
          operands_start, read_indices(reader, "an op operand count", "an operand value number",
                                       static_cast<size_t>(scope.reserved)));
    }
    successors_start = scratch_used_;
    if (mask & kOpHasSuccessors) {
      METALLIB_ASSIGN_OR_RETURN(
          successors_start,
          read_indices(reader, "an op successor count", "a successor block", state.num_blocks));
    }
    const std::span<const uint32_t> indices(scratch_.data(), scratch_used_);
    op->result_types = indices.subspan(results_start, operands_start - results_start);
    op->operands = indices.subspan(operands_start, successors_start - operands_start);
    op->successors = indices.subspan(successors_start);
    if (mask & kOpHasUseListOrders) {
      op->has_use_list_orders = true;
      METALLIB_RETURN_IF_ERROR(skip_use_list_orders(reader, op->result_types.size()));
    }
    uint64_t num_regions = 0;
    if (mask & kOpHasInlineRegions) {
      const size_t start = reader.offset();
      METALLIB_RETURN_IF_ERROR(reader.read_varint_with_flag("an op region count", &num_regions,
                                                            &op->isolated_from_above));
      if (num_regions > reader.remaining()) {
        return reader.error_at(start, "op with " + std::to_string(num_regions) +
                                          " regions, more than the " +
                                          std::to_string(reader.remaining()) + " bytes left");
      }
    }
    if (!state.top_level) {
      METALLIB_RETURN_IF_ERROR(define_values(reader, state, op->result_types.size(),
                                             &op->first_result, "op results"));
    }
    op->num_regions = static_cast<uint32_t>(num_regions);
    if (num_regions != 0 && depth >= kMaxRegionDepth) {
      return reader.error("regions nested at most " + std::to_string(kMaxRegionDepth) +
                          " deep");
    }
    const bool isolated_from_above = op->isolated_from_above;
    METALLIB_RETURN_IF_ERROR(visitor_.begin_op(*op));
    if (num_regions == 0) return visitor_.end_op();
    if (!isolated_from_above) {
      for (uint64_t i = 0; i < num_regions; ++i) {
        METALLIB_RETURN_IF_ERROR(read_region(reader, scope, depth + 1));
      }
      return visitor_.end_op();
    }
    // Regions isolated from above sit in their own IR section and number their
    // values from zero.
    const size_t section_start = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(Section section, read_section(reader));
    if (section.id != SectionId::kIr) {
      return reader.error_at(
          section_start,
          "an IR section holding isolated regions, found the " + section_name(section.id));
    }
    ByteReader region_reader(section.data.bytes, section.data.offset);
    Scope isolated;
    for (uint64_t i = 0; i < num_regions; ++i) {
      METALLIB_RETURN_IF_ERROR(read_region(region_reader, isolated, depth + 1));
    }
    if (!region_reader.empty()) {
      return region_reader.error("the end of an isolated region section, found " +
                                 std::to_string(region_reader.remaining()) + " more bytes");
    }
    return visitor_.end_op();
  }

  Status read_region(ByteReader& reader, Scope& scope, int depth) {
    RawRegion region;
    region.first_value = static_cast<uint32_t>(scope.reserved);
    METALLIB_ASSIGN_OR_RETURN(uint64_t num_blocks, reader.read_count("a region's block count"));
    if (num_blocks == 0) {
      METALLIB_RETURN_IF_ERROR(visitor_.begin_region(region));
      return visitor_.end_region();
    }
    const size_t values_offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(uint64_t num_values, reader.read_count("a region's value count"));
    if (scope.reserved + num_values > std::numeric_limits<uint32_t>::max()) {
      return reader.error_at(values_offset, "region values numbered past 2^32");
    }
    region.num_values = static_cast<uint32_t>(num_values);
    region.num_blocks = static_cast<uint32_t>(num_blocks);
    RegionState state;
    state.next_value = scope.reserved;
    state.end_value = scope.reserved + num_values;
    state.num_blocks = static_cast<size_t>(num_blocks);
    scope.reserved = state.end_value;
    METALLIB_RETURN_IF_ERROR(visitor_.begin_region(region));
    for (uint64_t i = 0; i < num_blocks; ++i) {
      METALLIB_RETURN_IF_ERROR(read_block(reader, scope, state, depth));
    }
    if (state.next_value != state.end_value) {
      return reader.error_at(values_offset,
                             "region declares " + std::to_string(num_values) +
                                 " values but defines " +
                                 std::to_string(state.next_value - region.first_value));
    }
    scope.reserved = region.first_value;
    return visitor_.end_region();
  }

  const Container& container_;
  IrVisitor& visitor_;
  RawOp op_;                       // the header of the op being read
  std::vector<uint32_t> scratch_;  // its index lists, in the first
  size_t scratch_used_ = 0;        // scratch_used_ elements
};

// Builds Container::top_level from the streamed op tree.
class TreeBuilder final : public IrVisitor {
 public:
  explicit TreeBuilder(Container* container) : container_(container) {}

  Status begin_block(const RawBlock& header) override {
    RawBlock* block = blocks_.empty() ? &container_->top_level
                                      : &regions_.back()->blocks.emplace_back(header);
    if (blocks_.empty()) *block = header;
    block->ops.reserve(std::min<size_t>(header.num_ops, kMaxReserve));
    blocks_.push_back(block);
    return ok_status();
  }
  Status end_block() override {
    blocks_.pop_back();
    return ok_status();
  }
  Status begin_op(const RawOp& header) override {
    RawOp& op = blocks_.back()->ops.emplace_back(header);
    op.result_types = keep(header.result_types);
    op.operands = keep(header.operands);
    op.successors = keep(header.successors);
    op.regions.reserve(header.num_regions);
    ops_.push_back(&op);
    return ok_status();
  }
  Status end_op() override {
    ops_.pop_back();
    return ok_status();
  }
  Status begin_region(const RawRegion& header) override {
    RawRegion& region = ops_.back()->regions.emplace_back(header);
    region.blocks.reserve(std::min<size_t>(header.num_blocks, kMaxReserve));
    regions_.push_back(&region);
    return ok_status();
  }
  Status end_region() override {
    regions_.pop_back();
    return ok_status();
  }

 private:
  std::span<const uint32_t> keep(std::span<const uint32_t> indices) {
    std::span<uint32_t> kept = container_->allocate_indices(indices.size());
    std::copy(indices.begin(), indices.end(), kept.begin());
    return kept;
  }

  Container* container_;
  // The open blocks, ops and regions; their vectors are reserved to their
  // final sizes up front, so these pointers stay valid.
  std::vector<RawBlock*> blocks_;
  std::vector<RawOp*> ops_;
  std::vector<RawRegion*> regions_;
};

}  // namespace

Status read_ir(const Container& container, IrVisitor& visitor) {
  ByteReader reader(container.ir_section.bytes, container.ir_section.offset);
  return IrReader(container, visitor).read_top_level(reader);
}

Status read_ir_tree(Container* container) {
  TreeBuilder builder(container);
  return read_ir(*container, builder);
}

}  // namespace metallib::stablehlo::bytecode
