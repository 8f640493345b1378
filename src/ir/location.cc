#include "ir/location.h"

#include <charconv>

namespace metallib::ir {
namespace {

void append_number(uint64_t n, std::string* out) {
  char digits[20];
  out->append(digits, std::to_chars(digits, digits + sizeof(digits), n).ptr);
}

// A file position with both a line and a column, the form brief() reports.
bool has_line_and_column(const Location& location) {
  return location.kind == Location::Kind::kFile && location.number_count >= 2;
}

// Depth first in the text's order; `budget` counts the nodes left to visit.
const Location* first_position(const Location* location, int* budget) {
  if (location == nullptr || --*budget < 0) return nullptr;
  location = location->resolved();
  if (location == nullptr) return nullptr;
  switch (location->kind) {
    case Location::Kind::kDeferred: return nullptr;  // a source gives decoded nodes
    case Location::Kind::kUnknown: return nullptr;
    case Location::Kind::kFile: return has_line_and_column(*location) ? location : nullptr;
    case Location::Kind::kName: return first_position(location->first, budget);
    case Location::Kind::kCallSite: {
      const Location* callee = first_position(location->first, budget);
      return callee != nullptr ? callee : first_position(location->second, budget);
    }
    case Location::Kind::kFused:
      for (const Location* part : location->parts) {
        if (const Location* found = first_position(part, budget)) return found;
      }
      return nullptr;
  }
  return nullptr;
}

// Appends the text of `location` to `out` until `out` holds `limit` bytes.
// Every node that has children writes something of its own, so the limit
// also bounds how many nodes are visited.
void append_text(const Location* location, size_t limit, std::string* out) {
  if (location == nullptr || out->size() >= limit) return;
  location = location->resolved();
  if (location == nullptr) return;
  switch (location->kind) {
    case Location::Kind::kUnknown:
    case Location::Kind::kDeferred: return;  // a source gives decoded nodes
    case Location::Kind::kFile:
      out->append(1, '"').append(location->name).append(1, '"');
      // A range writes its end column alone ("to :9") when it ends on the
      // line it starts on.
      for (int i = 0; i < location->number_count && i < 2; ++i) {
        out->push_back(':');
        append_number(location->numbers[i], out);
      }
      if (location->number_count == 3) {
        out->append(" to :");
        append_number(location->numbers[2], out);
      } else if (location->number_count == 4) {
        out->append(" to ");
        append_number(location->numbers[2], out);
        out->push_back(':');
        append_number(location->numbers[3], out);
      }
      return;
    case Location::Kind::kName:
      out->append(location->name);
      if (location->first != nullptr && location->first->known()) {
        out->push_back('(');
        append_text(location->first, limit, out);
        out->push_back(')');
      }
      return;
    case Location::Kind::kCallSite:
      out->append("callsite(");
      append_text(location->first, limit, out);
      out->append(" at ");
      append_text(location->second, limit, out);
      out->push_back(')');
      return;
    case Location::Kind::kFused:
      for (size_t i = 0; i < location->parts.size(); ++i) {
        out->append(i == 0 ? "fused[" : ", ");
        append_text(location->parts[i], limit, out);
      }
      if (!location->parts.empty()) out->push_back(']');
      return;
  }
}

}  // namespace

Location Location::file(std::string_view file, uint64_t line, uint64_t column) {
  Location location;
  location.kind = Kind::kFile;
  location.name = file;
  location.number_count = 2;
  location.numbers[0] = line;
  location.numbers[1] = column;
  return location;
}

Location Location::named(std::string_view name, const Location* child) {
  Location location;
  location.kind = Kind::kName;
  location.name = name;
  location.first = child;
  return location;
}

Location Location::call_site(const Location* callee, const Location* caller) {
  Location location;
  location.kind = Kind::kCallSite;
  location.first = callee;
  location.second = caller;
  return location;
}

Location Location::deferred(const LocationSource* source, uint64_t index) {
  Location location;
  location.kind = Kind::kDeferred;
  location.source = source;
  location.numbers[0] = index;
  return location;
}

std::string Location::text() const {
  std::string out;
  append_text(this, kMaxTextBytes, &out);
  if (out.size() >= kMaxTextBytes) {
    out.resize(kMaxTextBytes);
    out += "...";
  }
  return out;
}

std::string Location::brief() const {
  int budget = kMaxBriefNodes;
  const Location* position = first_position(this, &budget);
  if (position == nullptr) return text();
  std::string out(position->name);
  for (int i = 0; i < 2; ++i) {
    out.push_back(':');
    append_number(position->numbers[i], &out);
  }
  return out;
}

}  // namespace metallib::ir
