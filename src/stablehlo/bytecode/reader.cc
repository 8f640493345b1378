#include "stablehlo/bytecode/reader.h"

#include <array>
#include <optional>
#include <string>

#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/bytecode/format.h"
#include "stablehlo/bytecode/sections.h"

namespace metallib::stablehlo::bytecode {
namespace {

using SectionTable = std::array<std::optional<ByteRange>, kNumSections>;

Status read_header(ByteReader& reader, Container* container) {
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> magic,
                            reader.read_bytes(4, "the MLIR bytecode magic 'ML\\xefR'"));
  for (size_t i = 0; i < 4; ++i) {
    if (magic[i] != kMagic[i]) {
      return reader.error_at(i,
                             "expected the MLIR bytecode magic 'ML\\xefR' (not MLIR bytecode)");
    }
  }
  const size_t version_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(container->version, reader.read_varint("the bytecode version"));
  if (container->version < kOldestReadVersion || container->version > kNewestReadVersion) {
    return reader.error_at(version_offset,
                           "bytecode version " + std::to_string(container->version) +
                               " is not supported (this reader reads versions " +
                               std::to_string(kOldestReadVersion) + " to " +
                               std::to_string(kNewestReadVersion) + ")");
  }
  METALLIB_ASSIGN_OR_RETURN(container->producer, reader.read_cstring("the producer string"));
  return ok_status();
}

StatusOr<SectionTable> read_sections(ByteReader& reader) {
  SectionTable sections;
  while (!reader.empty()) {
    const size_t start = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(Section section, read_section(reader));
    std::optional<ByteRange>& slot = sections[static_cast<size_t>(section.id)];
    if (slot) return reader.error_at(start, "a second " + section_name(section.id));
    slot = section.data;
  }
  for (SectionId id : {SectionId::kString, SectionId::kDialect, SectionId::kAttrType,
                       SectionId::kAttrTypeOffset, SectionId::kIr, SectionId::kProperties}) {
    if (!sections[static_cast<size_t>(id)]) {
      return reader.error("a " + section_name(id) + " before the end of the artifact");
    }
  }
  return sections;
}

}  // namespace

Status read_container_tables(std::span<const uint8_t> bytes, Container* container) {
  container->clear();
  ByteReader reader(bytes);
  METALLIB_RETURN_IF_ERROR(read_header(reader, container));
  METALLIB_ASSIGN_OR_RETURN(SectionTable sections, read_sections(reader));
  auto section = [&](SectionId id) -> const ByteRange& {
    return *sections[static_cast<size_t>(id)];
  };
  METALLIB_RETURN_IF_ERROR(read_string_section(section(SectionId::kString), container));
  METALLIB_RETURN_IF_ERROR(read_dialect_section(section(SectionId::kDialect), container));
  METALLIB_RETURN_IF_ERROR(read_properties_section(section(SectionId::kProperties), container));
  METALLIB_RETURN_IF_ERROR(read_resource_sections(
      sections[static_cast<size_t>(SectionId::kResource)],
      sections[static_cast<size_t>(SectionId::kResourceOffset)], container));
  METALLIB_RETURN_IF_ERROR(read_attr_type_sections(
      section(SectionId::kAttrType), section(SectionId::kAttrTypeOffset), container));
  container->ir_section = section(SectionId::kIr);
  return ok_status();
}

StatusOr<Container> read_container_tables(std::span<const uint8_t> bytes) {
  Container container;
  METALLIB_RETURN_IF_ERROR(read_container_tables(bytes, &container));
  return container;
}

StatusOr<Container> read_container(std::span<const uint8_t> bytes) {
  METALLIB_ASSIGN_OR_RETURN(Container container, read_container_tables(bytes));
  // Each index takes at least one byte of the section (nested isolated
  // sections included), so this one chunk holds them all.
  container.reserve_indices(container.ir_section.bytes.size());
  METALLIB_RETURN_IF_ERROR(read_ir_tree(&container));
  return container;
}

}  // namespace metallib::stablehlo::bytecode
