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

const Location* first_position(const Location* location) {
  if (location == nullptr) return nullptr;
  switch (location->kind) {
    case Location::Kind::kUnknown: return nullptr;
    case Location::Kind::kFile: return has_line_and_column(*location) ? location : nullptr;
    case Location::Kind::kName: return first_position(location->first);
    case Location::Kind::kCallSite: {
      const Location* callee = first_position(location->first);
      return callee != nullptr ? callee : first_position(location->second);
    }
    case Location::Kind::kFused:
      for (const Location* part : location->parts) {
        if (const Location* found = first_position(part)) return found;
      }
      return nullptr;
  }
  return nullptr;
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

void Location::append_text(std::string* out) const {
  switch (kind) {
    case Kind::kUnknown: return;
    case Kind::kFile:
      out->append(1, '"').append(name).append(1, '"');
      // A range writes its end column alone ("to :9") when it ends on the
      // line it starts on.
      for (int i = 0; i < number_count && i < 2; ++i) {
        out->push_back(':');
        append_number(numbers[i], out);
      }
      if (number_count == 3) {
        out->append(" to :");
        append_number(numbers[2], out);
      } else if (number_count == 4) {
        out->append(" to ");
        append_number(numbers[2], out);
        out->push_back(':');
        append_number(numbers[3], out);
      }
      return;
    case Kind::kName:
      out->append(name);
      if (first != nullptr && first->known()) {
        out->push_back('(');
        first->append_text(out);
        out->push_back(')');
      }
      return;
    case Kind::kCallSite:
      out->append("callsite(");
      if (first != nullptr) first->append_text(out);
      out->append(" at ");
      if (second != nullptr) second->append_text(out);
      out->push_back(')');
      return;
    case Kind::kFused:
      for (size_t i = 0; i < parts.size(); ++i) {
        out->append(i == 0 ? "fused[" : ", ");
        parts[i]->append_text(out);
      }
      if (!parts.empty()) out->push_back(']');
      return;
  }
}

std::string Location::text() const {
  std::string out;
  append_text(&out);
  return out;
}

std::string Location::brief() const {
  const Location* position = first_position(this);
  if (position == nullptr) return text();
  std::string out(position->name);
  for (int i = 0; i < 2; ++i) {
    out.push_back(':');
    append_number(position->numbers[i], &out);
  }
  return out;
}

}  // namespace metallib::ir
