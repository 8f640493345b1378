// A list of PJRT_NamedValue whose strings and arrays live as long as the
// list, for the attribute getters that hand out pointers.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pjrt/abi/pjrt_abi.h"

namespace metallib::pjrt {

class NamedValueList {
 public:
  NamedValueList() = default;
  NamedValueList(const NamedValueList&) = delete;
  NamedValueList& operator=(const NamedValueList&) = delete;

  void add_string(std::string_view name, std::string_view value);
  void add_int64(std::string_view name, int64_t value);
  void add_int64_list(std::string_view name, std::span<const int64_t> values);
  void add_float(std::string_view name, float value);
  void add_bool(std::string_view name, bool value);

  const PJRT_NamedValue* data() const { return values_.data(); }
  size_t size() const { return values_.size(); }

 private:
  PJRT_NamedValue& add(std::string_view name, PJRT_NamedValue_Type type);

  std::deque<std::string> strings_;  // deque: growth never moves elements
  std::deque<std::vector<int64_t>> arrays_;
  std::vector<PJRT_NamedValue> values_;
};

}  // namespace metallib::pjrt
