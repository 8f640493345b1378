#include "stablehlo/bytecode/format.h"

#include <array>
#include <string>

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

namespace {

// What a section header's fields are called in errors, made once: every
// artifact has eight or so sections, and making the names for each header
// cost more than reading it.
struct SectionFieldNames {
  std::string length, alignment, padding, data;
};

const SectionFieldNames& field_names(uint8_t id) {
  static const std::array<SectionFieldNames, kNumSections> names = [] {
    std::array<SectionFieldNames, kNumSections> made;
    for (uint8_t i = 0; i < kNumSections; ++i) {
      const std::string name = section_name(static_cast<SectionId>(i));
      made[i] = {"the length of the " + name, "the alignment of the " + name, "the " + name,
                 "the data of the " + name};
    }
    return made;
  }();
  return names[id];
}

}  // namespace

StatusOr<Section> read_section(ByteReader& reader) {
  const size_t start = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(uint8_t id_and_aligned, reader.read_byte("a section id"));
  const uint8_t id = id_and_aligned & 0x7F;
  if (id >= kNumSections) {
    return reader.error_at(start, "unknown section id " + std::to_string(id) +
                                      " (ids are 0 to " + std::to_string(kNumSections - 1) +
                                      ")");
  }
  const SectionFieldNames& names = field_names(id);
  METALLIB_ASSIGN_OR_RETURN(uint64_t length, reader.read_varint(names.length));
  if (id_and_aligned & 0x80) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t alignment, reader.read_varint(names.alignment));
    METALLIB_RETURN_IF_ERROR(reader.align_to(alignment, names.padding));
  }
  const size_t data_offset = reader.offset();
  METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> data,
                            reader.read_bytes(length, names.data));
  return Section{static_cast<SectionId>(id), ByteRange{data, data_offset}};
}

}  // namespace metallib::stablehlo::bytecode
