#include "stablehlo/bytecode/container.h"

#include <algorithm>

namespace metallib::stablehlo::bytecode {

void Container::clear() {
  version = 0;
  producer = {};
  strings.clear();
  dialects.clear();
  op_names.clear();
  attributes.clear();
  types.clear();
  properties.clear();
  resource_groups.clear();
  ir_section = {};
  top_level = {};
  index_chunks_.clear();
  free_indices_ = {};
}

void Container::reserve_indices(size_t count) {
  if (count <= free_indices_.size()) return;
  // Left uninitialized: every index handed out is written before it is read.
  index_chunks_.push_back(std::make_unique_for_overwrite<uint32_t[]>(count));
  free_indices_ = std::span<uint32_t>(index_chunks_.back().get(), count);
}

std::span<uint32_t> Container::allocate_indices(size_t count) {
  // Most ops have one to three operands and a result: chunks of 16k indices
  // serve thousands of ops per allocation.
  constexpr size_t kChunk = 16384;
  if (count == 0) return {};
  if (count > free_indices_.size()) reserve_indices(std::max(count, kChunk));
  std::span<uint32_t> result = free_indices_.first(count);
  free_indices_ = free_indices_.subspan(count);
  return result;
}

std::string full_op_name(const Container& container, uint32_t op_name) {
  std::string full;
  assign_full_op_name(container, op_name, &full);
  return full;
}

void assign_full_op_name(const Container& container, uint32_t op_name, std::string* full) {
  const RawOpName& name = container.op_names.at(op_name);
  const std::string_view dialect = container.dialects.at(name.dialect).name;
  // Built in at most one allocation: the reader names every op name of an artifact.
  full->clear();
  full->reserve(dialect.size() + 1 + name.name.size());
  full->append(dialect).append(1, '.').append(name.name);
}

std::optional<ValueDef> find_value(const RawRegion& region, uint32_t value) {
  if (value < region.first_value || value - region.first_value >= region.num_values) {
    return std::nullopt;
  }
  // Blocks and ops are numbered in order, so the definer is the last block
  // (and then op) starting at or before `value`.
  auto block_it =
      std::upper_bound(region.blocks.begin(), region.blocks.end(), value,
                       [](uint32_t v, const RawBlock& block) { return v < block.first_value; });
  if (block_it == region.blocks.begin()) return std::nullopt;
  --block_it;
  const RawBlock& block = *block_it;
  const uint32_t block_index = static_cast<uint32_t>(block_it - region.blocks.begin());
  const uint32_t relative = value - block.first_value;
  if (relative < block.args.size()) return ValueDef{block_index, std::nullopt, relative};
  auto op_it =
      std::upper_bound(block.ops.begin(), block.ops.end(), value,
                       [](uint32_t v, const RawOp& op) { return v < op.first_result; });
  // Ops without results share first_result with the op after them, so the
  // last op starting at or before `value` is the only candidate.
  if (op_it == block.ops.begin()) return std::nullopt;
  --op_it;
  const uint32_t result = value - op_it->first_result;
  if (result >= op_it->result_types.size()) return std::nullopt;
  return ValueDef{block_index, static_cast<uint32_t>(op_it - block.ops.begin()), result};
}

}  // namespace metallib::stablehlo::bytecode
