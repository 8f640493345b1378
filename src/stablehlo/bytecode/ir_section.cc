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
  explicit IrReader(Container* container) : container_(container) {}

  Status read_top_level(ByteReader& reader) {
    Scope scope;
    RegionState state;
    state.num_blocks = 1;
    state.top_level = true;
    METALLIB_RETURN_IF_ERROR(read_block(reader, scope, state, 0, &container_->top_level));
    if (!reader.empty()) {
      return reader.error("the end of the IR section after the top-level block, found " +
                          std::to_string(reader.remaining()) + " more bytes");
    }
    return ok_status();
  }

 private:
  Status define_values(const ByteReader& reader, RegionState& state, uint64_t count,
                       uint32_t* first, const char* what) {
    if (count > state.end_value - state.next_value) {
      return reader.error_at(reader.offset(), std::string(what) + " define values " +
                                                  std::to_string(state.next_value) + " to " +
                                                  std::to_string(state.next_value + count) +
                                                  ", past the region's declared end " +
                                                  std::to_string(state.end_value));
    }
    *first = static_cast<uint32_t>(state.next_value);
    state.next_value += count;
    return ok_status();
  }

  // A count, then that many indices below `limit`, kept in the container.
  StatusOr<std::span<const uint32_t>> read_indices(ByteReader& reader,
                                                   std::string_view count_what,
                                                   std::string_view what, size_t limit) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count(count_what));
    std::span<uint32_t> indices = container_->allocate_indices(static_cast<size_t>(count));
    for (uint32_t& index : indices) {
      METALLIB_ASSIGN_OR_RETURN(index, reader.read_index(what, limit));
    }
    return std::span<const uint32_t>(indices);
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

  Status read_block(ByteReader& reader, Scope& scope, RegionState& state, int depth,
                    RawBlock* block) {
    block->offset = reader.offset();
    uint64_t num_ops = 0;
    bool has_args = false;
    METALLIB_RETURN_IF_ERROR(
        reader.read_varint_with_flag("a block header", &num_ops, &has_args));
    if (num_ops > reader.remaining() / kMinOpBytes) {
      return reader.error_at(block->offset,
                             "block of " + std::to_string(num_ops) + " ops, more than the " +
                                 std::to_string(reader.remaining()) + " bytes left can hold");
    }
    block->first_value = static_cast<uint32_t>(state.next_value);
    if (has_args) {
      METALLIB_ASSIGN_OR_RETURN(uint64_t num_args, reader.read_count("a block argument count"));
      block->args.reserve(static_cast<size_t>(std::min(num_args, kMaxReserve)));
      for (uint64_t i = 0; i < num_args; ++i) {
        const size_t start = reader.offset();
        uint64_t type = 0;
        bool has_location = false;
        METALLIB_RETURN_IF_ERROR(
            reader.read_varint_with_flag("a block argument type", &type, &has_location));
        if (type >= container_->types.size()) {
          return reader.error_at(
              start, "block argument type " + std::to_string(type) + " is out of range (" +
                         std::to_string(container_->types.size()) + " types)");
        }
        RawBlockArg arg;
        arg.type = static_cast<uint32_t>(type);
        if (has_location) {
          METALLIB_ASSIGN_OR_RETURN(
              arg.location,
              reader.read_index("a block argument location", container_->attributes.size()));
        }
        block->args.push_back(arg);
      }
      METALLIB_RETURN_IF_ERROR(
          define_values(reader, state, num_args, &block->first_value, "block arguments"));
      METALLIB_ASSIGN_OR_RETURN(uint8_t has_orders, reader.read_byte("a use-list order flag"));
      if (has_orders) METALLIB_RETURN_IF_ERROR(skip_use_list_orders(reader, num_args));
    }
    block->ops.reserve(static_cast<size_t>(std::min(num_ops, kMaxReserve)));
    for (uint64_t i = 0; i < num_ops; ++i) {
      block->ops.emplace_back();
      METALLIB_RETURN_IF_ERROR(read_op(reader, scope, state, depth, &block->ops.back()));
    }
    return ok_status();
  }

  Status read_op(ByteReader& reader, Scope& scope, RegionState& state, int depth, RawOp* op) {
    op->offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(op->name,
                              reader.read_index("an op name", container_->op_names.size()));
    const size_t mask_offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(uint8_t mask, reader.read_byte("an op encoding mask"));
    if (mask & ~kOpKnownBits) {
      return reader.error_at(mask_offset,
                             "op encoding mask " + std::to_string(mask) + " has unknown bits");
    }
    const size_t num_attributes = container_->attributes.size();
    METALLIB_ASSIGN_OR_RETURN(op->location,
                              reader.read_index("an op location", num_attributes));
    if (mask & kOpHasAttrs) {
      METALLIB_ASSIGN_OR_RETURN(
          op->attributes, reader.read_index("an op attribute dictionary", num_attributes));
    }
    if (mask & kOpHasProperties) {
      if (container_->op_names[op->name].registered) {
        METALLIB_ASSIGN_OR_RETURN(
            op->properties,
            reader.read_index("an op properties entry", container_->properties.size()));
      } else {
        METALLIB_ASSIGN_OR_RETURN(
            op->properties_attribute,
            reader.read_index("an op properties attribute", num_attributes));
      }
    }
    if (mask & kOpHasResults) {
      METALLIB_ASSIGN_OR_RETURN(op->result_types,
                                read_indices(reader, "an op result count", "a result type",
                                             container_->types.size()));
    }
    if (mask & kOpHasOperands) {
      METALLIB_ASSIGN_OR_RETURN(
          op->operands, read_indices(reader, "an op operand count", "an operand value number",
                                     static_cast<size_t>(scope.reserved)));
    }
    if (mask & kOpHasSuccessors) {
      METALLIB_ASSIGN_OR_RETURN(
          op->successors,
          read_indices(reader, "an op successor count", "a successor block", state.num_blocks));
    }
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
    if (num_regions == 0) return ok_status();
    if (depth >= kMaxRegionDepth) {
      return reader.error("regions nested at most " + std::to_string(kMaxRegionDepth) +
                          " deep");
    }
    op->regions.resize(static_cast<size_t>(num_regions));
    if (!op->isolated_from_above) {
      for (RawRegion& region : op->regions) {
        METALLIB_RETURN_IF_ERROR(read_region(reader, scope, depth + 1, &region));
      }
      return ok_status();
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
    for (RawRegion& region : op->regions) {
      METALLIB_RETURN_IF_ERROR(read_region(region_reader, isolated, depth + 1, &region));
    }
    if (!region_reader.empty()) {
      return region_reader.error("the end of an isolated region section, found " +
                                 std::to_string(region_reader.remaining()) + " more bytes");
    }
    return ok_status();
  }

  Status read_region(ByteReader& reader, Scope& scope, int depth, RawRegion* region) {
    region->first_value = static_cast<uint32_t>(scope.reserved);
    METALLIB_ASSIGN_OR_RETURN(uint64_t num_blocks, reader.read_count("a region's block count"));
    if (num_blocks == 0) return ok_status();
    const size_t values_offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(uint64_t num_values, reader.read_count("a region's value count"));
    if (scope.reserved + num_values > std::numeric_limits<uint32_t>::max()) {
      return reader.error_at(values_offset, "region values numbered past 2^32");
    }
    region->num_values = static_cast<uint32_t>(num_values);
    RegionState state;
    state.next_value = scope.reserved;
    state.end_value = scope.reserved + num_values;
    state.num_blocks = static_cast<size_t>(num_blocks);
    scope.reserved = state.end_value;
    region->blocks.reserve(static_cast<size_t>(std::min(num_blocks, kMaxReserve)));
    for (uint64_t i = 0; i < num_blocks; ++i) {
      region->blocks.emplace_back();
      METALLIB_RETURN_IF_ERROR(read_block(reader, scope, state, depth, &region->blocks.back()));
    }
    if (state.next_value != state.end_value) {
      return reader.error_at(values_offset,
                             "region declares " + std::to_string(num_values) +
                                 " values but defines " +
                                 std::to_string(state.next_value - region->first_value));
    }
    scope.reserved = region->first_value;
    return ok_status();
  }

  Container* container_;
};

}  // namespace

Status read_ir_section(const ByteRange& section, Container* container) {
  // Each index takes at least one byte of the section (nested isolated
  // sections included), so this one chunk holds them all.
  container->reserve_indices(section.bytes.size());
  ByteReader reader(section.bytes, section.offset);
  return IrReader(container).read_top_level(reader);
}

}  // namespace metallib::stablehlo::bytecode
