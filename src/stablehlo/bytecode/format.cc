#include "stablehlo/bytecode/format.h"

namespace metallib::stablehlo::bytecode {

std::string section_name(SectionId id) {
  switch (id) {
    case SectionId::kString: return "string section";
    case SectionId::kDialect: return "dialect section";
    case SectionId::kAttrType: return "attribute/type section";
    case SectionId::kAttrTypeOffset: return "attribute/type offset section";
    case SectionId::kIr: return "IR section";
    case SectionId::kResource: return "resource section";
    case SectionId::kResourceOffset: return "resource offset section";
    case SectionId::kDialectVersions: return "dialect version section";
    case SectionId::kProperties: return "properties section";
  }
  return "section " + std::to_string(static_cast<int>(id));
}

StatusOr<Section> read_section(ByteReader& reader) {
  const size_t start = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint8_t id_and_aligned, reader.read_byte("a section id"));
  const uint8_t id = id_and_aligned & 0x7F;
  if (id >= kNumSections) {
    return reader.error_at(start, "unknown section id " + std::to_string(id) +
                                      " (ids are 0 to " + std::to_string(kNumSections - 1) +
                                      ")");
  }
  const std::string name = section_name(static_cast<SectionId>(id));
  METALLIB_ASSIGN_OR_RETURN(uint64_t length, reader.read_varint("the length of the " + name));
  if (id_and_aligned & 0x80) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t alignment,
                              reader.read_varint("the alignment of the " + name));
    METALLIB_RETURN_IF_ERROR(reader.align_to(alignment, "the " + name));
  }
  const size_t data_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> data,
                            reader.read_bytes(length, "the data of the " + name));
  return Section{static_cast<SectionId>(id), ByteRange{data, data_offset}};
}

}  // namespace metallib::stablehlo::bytecode
