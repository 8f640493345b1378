#include "pjrt/named_values.h"

namespace metallib::pjrt {

PJRT_NamedValue& NamedValueList::add(std::string_view name, PJRT_NamedValue_Type type) {
  const std::string& stored = strings_.emplace_back(name);
  PJRT_NamedValue value{};
  value.struct_size = PJRT_NamedValue_STRUCT_SIZE;
  value.name = stored.data();
  value.name_size = stored.size();
  value.type = type;
  value.value_size = 1;
  return values_.emplace_back(value);
}

void NamedValueList::add_string(std::string_view name, std::string_view text) {
  const std::string& stored = strings_.emplace_back(text);
  PJRT_NamedValue& value = add(name, PJRT_NamedValue_kString);
  value.string_value = stored.data();
  value.value_size = stored.size();
}

void NamedValueList::add_int64(std::string_view name, int64_t number) {
  add(name, PJRT_NamedValue_kInt64).int64_value = number;
}

void NamedValueList::add_int64_list(std::string_view name, std::span<const int64_t> numbers) {
  const std::vector<int64_t>& stored = arrays_.emplace_back(numbers.begin(), numbers.end());
  PJRT_NamedValue& value = add(name, PJRT_NamedValue_kInt64List);
  value.int64_array_value = stored.data();
  value.value_size = stored.size();
}

void NamedValueList::add_float(std::string_view name, float number) {
  add(name, PJRT_NamedValue_kFloat).float_value = number;
}

void NamedValueList::add_bool(std::string_view name, bool flag) {
  add(name, PJRT_NamedValue_kBool).bool_value = flag;
}

}  // namespace metallib::pjrt
