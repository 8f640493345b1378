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
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace metallib::ir {

struct Location {
  enum class Kind : uint8_t {
    kUnknown,
    kFile,      // "file.py":12:3, or a range "file.py":12:3 to 14:1
    kName,      // name(child), or the name alone when the child is unknown
    kCallSite,  // callsite(callee at caller)
    kFused,     // fused[a, b, ...], two parts or more
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

  static Location file(std::string_view file, uint64_t line, uint64_t column);
  static Location named(std::string_view name, const Location* child = nullptr);
  static Location call_site(const Location* callee, const Location* caller);

  bool known() const { return kind != Kind::kUnknown; }
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
