// Constants of the MLIR bytecode format (mlir/docs/BytecodeFormat.md) and the
// section framing shared by the top level, dialect versions and isolated
// regions. Internal to the reader.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/bytecode/container.h"

namespace metallib::stablehlo::bytecode {

inline constexpr uint8_t kMagic[4] = {'M', 'L', 0xEF, 'R'};

// Versions 5 and 6 frame the container identically (6 only changed how ODS
// ops store segment sizes, which lives inside the properties encoding).
inline constexpr uint64_t kOldestReadVersion = 5;
inline constexpr uint64_t kNewestReadVersion = 6;

enum class SectionId : uint8_t {
  kString = 0,
  kDialect = 1,
  kAttrType = 2,
  kAttrTypeOffset = 3,
  kIr = 4,
  kResource = 5,
  kResourceOffset = 6,
  kDialectVersions = 7,
  kProperties = 8,
};
inline constexpr int kNumSections = 9;

std::string section_name(SectionId id);

// Bits of the byte that says which parts of an op's encoding follow.
inline constexpr uint8_t kOpHasAttrs = 0x01;
inline constexpr uint8_t kOpHasResults = 0x02;
inline constexpr uint8_t kOpHasOperands = 0x04;
inline constexpr uint8_t kOpHasSuccessors = 0x08;
inline constexpr uint8_t kOpHasInlineRegions = 0x10;
inline constexpr uint8_t kOpHasUseListOrders = 0x20;
inline constexpr uint8_t kOpHasProperties = 0x40;
inline constexpr uint8_t kOpKnownBits = 0x7F;

// Regions nest: ops in regions in ops. Bounds the reader's recursion.
inline constexpr int kMaxRegionDepth = 128;

struct Section {
  SectionId id = SectionId::kString;
  ByteRange data;
};

// Reads one section: id byte (high bit: aligned), varint length, optional
// varint alignment and 0xCB padding, then the data.
StatusOr<Section> read_section(ByteReader& reader);

}  // namespace metallib::stablehlo::bytecode
