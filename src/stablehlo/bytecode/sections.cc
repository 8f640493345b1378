#include "stablehlo/bytecode/sections.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "stablehlo/bytecode/format.h"

namespace metallib::stablehlo::bytecode {
namespace {

// Counts come from the artifact: reserve at most this many entries up front
// and let real content grow the vectors beyond it.
constexpr uint64_t kMaxReserve = 4096;

ByteReader reader_for(const ByteRange& range) {
  return ByteReader(range.bytes, range.offset);
}

template <typename T>
void reserve_bounded(std::vector<T>& vector, uint64_t count) {
  vector.reserve(static_cast<size_t>(std::min(count, kMaxReserve)));
}

// `what` is a view: a std::string parameter cost every section a heap
// allocation for its name.
Status expect_consumed(const ByteReader& reader, std::string_view what) {
  if (reader.empty()) return ok_status();
  return reader.error("the end of the " + std::string(what) + ", found " +
                      std::to_string(reader.remaining()) + " more bytes");
}

}  // namespace

Status read_string_section(const ByteRange& section, Container* container) {
  ByteReader reader = reader_for(section);
  // Each string costs at least a length byte and its NUL.
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("the string count", 2));
  container->strings.resize(static_cast<size_t>(count));
  // Lengths come last string first; the strings' bytes fill the section's end.
  size_t data_start = section.bytes.size();
  for (size_t i = static_cast<size_t>(count); i > 0; --i) {
    const size_t length_offset = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(uint64_t length, reader.read_varint("a string length"));
    if (length == 0 || length > data_start) {
      return reader.error_at(length_offset, "string " + std::to_string(i - 1) + " has length " +
                                                std::to_string(length) + ", but 1 to " +
                                                std::to_string(data_start) + " bytes fit");
    }
    data_start -= static_cast<size_t>(length);
    const char* text = reinterpret_cast<const char*>(section.bytes.data()) + data_start;
    const size_t size = static_cast<size_t>(length) - 1;
    if (text[size] != '\0') {
      return reader.error_at(section.offset + data_start + size,
                             "a NUL at the end of string " + std::to_string(i - 1));
    }
    container->strings[i - 1] = std::string_view(text, size);
  }
  const size_t lengths_end = reader.offset() - section.offset;
  if (lengths_end != data_start) {
    return reader.error("string data to start right after the lengths, at byte " +
                        std::to_string(section.offset + data_start));
  }
  return ok_status();
}

Status read_dialect_section(const ByteRange& section, Container* container) {
  ByteReader reader = reader_for(section);
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("the dialect count"));
  reserve_bounded(container->dialects, count);
  for (uint64_t i = 0; i < count; ++i) {
    const size_t start = reader.offset();
    uint64_t name = 0;
    bool has_version = false;
    METALLIB_RETURN_IF_ERROR(
        reader.read_varint_with_flag("a dialect name", &name, &has_version));
    if (name >= container->strings.size()) {
      return reader.error_at(
          start, "dialect name string " + std::to_string(name) + " is out of range (" +
                     std::to_string(container->strings.size()) + " strings)");
    }
    RawDialect dialect;
    dialect.name = container->strings[static_cast<size_t>(name)];
    if (has_version) {
      const size_t version_start = reader.offset();
      METALLIB_ASSIGN_OR_RETURN(Section version, read_section(reader));
      if (version.id != SectionId::kDialectVersions) {
        return reader.error_at(version_start, "a dialect version section for dialect '" +
                                                  std::string(dialect.name) + "', found the " +
                                                  section_name(version.id));
      }
      dialect.version = version.data;
    }
    container->dialects.push_back(dialect);
  }

  // Op names come in groups by dialect, after their total count.
  METALLIB_ASSIGN_OR_RETURN(uint64_t op_count, reader.read_count("the op name count"));
  reserve_bounded(container->op_names, op_count);
  while (!reader.empty()) {
    METALLIB_ASSIGN_OR_RETURN(uint32_t dialect, reader.read_index("an op name group's dialect",
                                                                  container->dialects.size()));
    METALLIB_ASSIGN_OR_RETURN(uint64_t group_size,
                              reader.read_count("an op name group's size"));
    for (uint64_t i = 0; i < group_size; ++i) {
      const size_t start = reader.offset();
      uint64_t name = 0;
      bool registered = false;
      METALLIB_RETURN_IF_ERROR(reader.read_varint_with_flag("an op name", &name, &registered));
      if (name >= container->strings.size()) {
        return reader.error_at(start,
                               "op name string " + std::to_string(name) + " is out of range (" +
                                   std::to_string(container->strings.size()) + " strings)");
      }
      container->op_names.push_back(
          RawOpName{dialect, container->strings[static_cast<size_t>(name)], registered});
    }
  }
  return ok_status();
}

Status read_attr_type_sections(const ByteRange& data, const ByteRange& offsets,
                               Container* container) {
  ByteReader reader = reader_for(offsets);
  METALLIB_ASSIGN_OR_RETURN(uint64_t attr_count, reader.read_count("the attribute count"));
  METALLIB_ASSIGN_OR_RETURN(uint64_t type_count, reader.read_count("the type count"));
  if (attr_count + type_count > reader.remaining()) {
    return reader.error("room for " + std::to_string(attr_count + type_count) +
                        " attribute and type sizes, " + std::to_string(reader.remaining()) +
                        " bytes left");
  }
  // Entries are stored back to back in the data section, in table order; the
  // offset section holds their sizes, grouped by dialect.
  size_t data_position = 0;
  // The fields as errors name them, spelled out: made per read, the names
  // cost small artifacts more than the fields.
  struct EntryKind {
    const char* name;
    std::string_view dialect_what, group_what, size_what;
  };
  static constexpr EntryKind kAttribute{"attribute", "an attribute group's dialect",
                                        "an attribute group's size", "an attribute size"};
  static constexpr EntryKind kType{"type", "a type group's dialect", "a type group's size",
                                   "a type size"};
  auto read_entries = [&](std::vector<RawAttrOrType>& entries, uint64_t count,
                          const EntryKind& entry_kind) -> Status {
    reserve_bounded(entries, count);
    const char* kind = entry_kind.name;
    const std::string_view dialect_what = entry_kind.dialect_what;
    const std::string_view group_what = entry_kind.group_what;
    const std::string_view size_what = entry_kind.size_what;
    while (entries.size() < count) {
      METALLIB_ASSIGN_OR_RETURN(uint32_t dialect,
                                reader.read_index(dialect_what, container->dialects.size()));
      const size_t group_start = reader.offset();
      METALLIB_ASSIGN_OR_RETURN(uint64_t group_size, reader.read_count(group_what));
      if (group_size > count - entries.size()) {
        return reader.error_at(group_start, std::string(kind) + " group of " +
                                                std::to_string(group_size) + " overruns the " +
                                                std::to_string(count) + " " + kind +
                                                "s declared");
      }
      for (uint64_t i = 0; i < group_size; ++i) {
        const size_t start = reader.offset();
        uint64_t size = 0;
        bool custom = false;
        METALLIB_RETURN_IF_ERROR(reader.read_varint_with_flag(size_what, &size, &custom));
        if (size > data.bytes.size() - data_position) {
          return reader.error_at(
              start, std::string(kind) + " " + std::to_string(entries.size()) + " of " +
                         std::to_string(size) + " bytes overruns its section (" +
                         std::to_string(data.bytes.size() - data_position) + " bytes left)");
        }
        ByteRange entry{data.bytes.subspan(data_position, static_cast<size_t>(size)),
                        data.offset + data_position};
        if (!custom) {
          // The textual form: exactly one NUL, at the end.
          const void* nul = std::memchr(entry.bytes.data(), 0, entry.bytes.size());
          if (nul == nullptr || static_cast<const uint8_t*>(nul) != &entry.bytes.back()) {
            return reader.error_at(entry.offset, std::string("the textual ") + kind +
                                                     " to be one NUL-terminated string");
          }
        }
        entries.push_back(RawAttrOrType{dialect, custom, entry});
        data_position += static_cast<size_t>(size);
      }
    }
    return ok_status();
  };
  METALLIB_RETURN_IF_ERROR(read_entries(container->attributes, attr_count, kAttribute));
  METALLIB_RETURN_IF_ERROR(read_entries(container->types, type_count, kType));
  return expect_consumed(reader, "attribute/type offset section");
}

Status read_properties_section(const ByteRange& section, Container* container) {
  if (section.bytes.empty()) return ok_status();
  ByteReader reader = reader_for(section);
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, reader.read_count("the properties count"));
  reserve_bounded(container->properties, count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(uint64_t size, reader.read_varint("a properties entry size"));
    const size_t start = reader.offset();
    METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> bytes,
                              reader.read_bytes(size, "a properties entry"));
    container->properties.push_back(ByteRange{bytes, start});
  }
  return expect_consumed(reader, "properties section");
}

namespace {

Status read_resource_group(ByteReader& offsets, ByteReader& data, Container* container,
                           RawResourceGroup* group) {
  // Each entry costs at least a key, a size and a kind byte.
  METALLIB_ASSIGN_OR_RETURN(uint64_t count, offsets.read_count("a resource group's size", 3));
  reserve_bounded(group->resources, count);
  for (uint64_t i = 0; i < count; ++i) {
    METALLIB_ASSIGN_OR_RETURN(uint32_t key,
                              offsets.read_index("a resource key", container->strings.size()));
    METALLIB_ASSIGN_OR_RETURN(uint64_t size, offsets.read_varint("a resource size"));
    const size_t kind_offset = offsets.offset();
    METALLIB_ASSIGN_OR_RETURN(uint8_t kind, offsets.read_byte("a resource kind"));
    if (kind > 2) {
      return offsets.error_at(kind_offset, "resource kind " + std::to_string(kind) +
                                               " is not blob (0), bool (1) or string (2)");
    }
    const size_t start = data.offset();
    METALLIB_ASSIGN_OR_RETURN(std::span<const uint8_t> bytes,
                              data.read_bytes(size, "a resource"));
    group->resources.push_back(
        RawResource{container->strings[key], kind, ByteRange{bytes, start}});
  }
  return ok_status();
}

}  // namespace

Status read_resource_sections(const std::optional<ByteRange>& data,
                              const std::optional<ByteRange>& offsets, Container* container) {
  if (data.has_value() != offsets.has_value()) {
    const ByteRange& present = data ? *data : *offsets;
    return ByteReader(present.bytes, present.offset)
        .error("both the resource and resource offset sections, found only one");
  }
  if (!data) return ok_status();
  ByteReader offset_reader = reader_for(*offsets);
  ByteReader data_reader = reader_for(*data);
  METALLIB_ASSIGN_OR_RETURN(uint64_t external_count,
                            offset_reader.read_count("the external resource group count", 2));
  for (uint64_t i = 0; i < external_count; ++i) {
    RawResourceGroup group;
    METALLIB_ASSIGN_OR_RETURN(
        uint32_t key,
        offset_reader.read_index("a resource group key", container->strings.size()));
    group.external_key = container->strings[key];
    METALLIB_RETURN_IF_ERROR(
        read_resource_group(offset_reader, data_reader, container, &group));
    container->resource_groups.push_back(std::move(group));
  }
  while (!offset_reader.empty()) {
    RawResourceGroup group;
    METALLIB_ASSIGN_OR_RETURN(
        uint32_t dialect,
        offset_reader.read_index("a resource group's dialect", container->dialects.size()));
    group.dialect = dialect;
    METALLIB_RETURN_IF_ERROR(
        read_resource_group(offset_reader, data_reader, container, &group));
    container->resource_groups.push_back(std::move(group));
  }
  return ok_status();
}

}  // namespace metallib::stablehlo::bytecode
