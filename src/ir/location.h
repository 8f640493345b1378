// Where an op came from in the user's program, for error messages and the
// printer. MLIR keeps a location as a tree (a name around a call site whose
// caller is another call site, ...), and so does the IR: jaxlib gives every
// op a call-site chain of a few hundred characters, and the ops of one
// function share all of it but the innermost position. Kept as a tree, each
// shared part is one node that many ops point to; the text is made only when
// a message or the printer asks for it.
//
// Nodes are trivially destructible and live in a module's arena (see
// Storage::keep_location); children and strings they point to must live as
// long. Null stands for an unknown location wherever a node is expected.
//
// A reader may also put off decoding: a deferred node names an entry of a
// LocationSource, which decodes it when a message or the printer first asks
// (over a tenth of reading a small program went to location trees that
// nothing ever reads). Deferred nodes are resolved wherever nodes are read:
// known(), text(), brief().
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace metallib::ir {

struct Location;

// Where deferred nodes are decoded. Owned by the module whose ops point to
// its nodes (Storage::keep_location_source); resolve() may be called from
// any thread.
class LocationSource {
 public:
  virtual ~LocationSource() = default;
  // The node of entry `index`, decoded on first request; null when the
  // entry is unknown or cannot be decoded (locations only serve messages).
  // The node lives as long as the source.
  virtual const Location* resolve(uint64_t index) const = 0;
};

struct Location {
  enum class Kind : uint8_t {
    kUnknown,
    kFile,      // "file.py":12:3, or a range "file.py":12:3 to 14:1
    kName,      // name(child), or the name alone when the child is unknown
    kCallSite,  // callsite(callee at caller)
    kFused,     // fused[a, b, ...], two parts or more
    kDeferred,  // entry numbers[0] of `source`, not decoded yet
  };

  Kind kind = Kind::kUnknown;
  // kFile: how many of `numbers` are set: line and column (2), or a range of
  // 0 to 4 numbers: start line, start column, end column or end line, end
  // column.
  uint8_t number_count = 0;
  uint64_t numbers[4] = {};
  std::string_view name;                   // kFile: the file; kName: the name
  const Location* first = nullptr;         // kName: the child; kCallSite: the callee
  const Location* second = nullptr;        // kCallSite: the caller
  std::span<const Location* const> parts;  // kFused
  const LocationSource* source = nullptr;  // kDeferred

  static Location file(std::string_view file, uint64_t line, uint64_t column);
  static Location named(std::string_view name, const Location* child = nullptr);
  static Location call_site(const Location* callee, const Location* caller);
  static Location deferred(const LocationSource* source, uint64_t index);

  // This node, or for a deferred one the node its source decodes (null when
  // it has none).
  const Location* resolved() const {
    return kind == Kind::kDeferred ? source->resolve(numbers[0]) : this;
  }
  bool known() const {
    if (kind != Kind::kDeferred) return kind != Kind::kUnknown;
    const Location* decoded = resolved();
    return decoded != nullptr && decoded->known();
  }
  // MLIR-like text: "file.py":12:3, sin("file.py":12:3),
  // callsite(a at b), fused[a, b]; empty when unknown. Shared nodes are
  // written out at each use, so a malformed artifact whose call sites refer
  // to one node twice, level after level, would write 2^depth copies: text
  // stops at kMaxTextBytes and ends in "...".
  static constexpr size_t kMaxTextBytes = 16 * 1024;
  std::string text() const;
  // The first source position in the text ("file.py":12:3 written as
  // file.py:12:3), which for JAX programs is the user's line; the whole text
  // when there is none. Searches at most kMaxBriefNodes nodes, for the
  // reason above.
  static constexpr int kMaxBriefNodes = 4096;
  std::string brief() const;
};

}  // namespace metallib::ir
