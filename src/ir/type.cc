#include "ir/type.h"

namespace metallib::ir {

const std::vector<int64_t>& Type::empty_dims() {
  static const std::vector<int64_t> empty;
  return empty;
}

const std::vector<Type>& Type::empty_elements() {
  static const std::vector<Type> empty;
  return empty;
}

Type Type::tensor(ElementType element, std::vector<int64_t> dims) {
  Type type;
  type.kind_ = Kind::kTensor;
  type.element_ = element;
  if (!dims.empty()) type.rep_ = std::make_shared<const Rep>(Rep{std::move(dims), {}, {}});
  return type;
}

Type Type::bounded_tensor(ElementType element, std::vector<int64_t> dims,
                          std::vector<int64_t> bounds) {
  if (bounds.empty()) return tensor(element, std::move(dims));
  Type type;
  type.kind_ = Kind::kTensor;
  type.element_ = element;
  type.rep_ = std::make_shared<const Rep>(Rep{std::move(dims), {}, std::move(bounds)});
  return type;
}

Type Type::token() {
  Type type;
  type.kind_ = Kind::kToken;
  return type;
}

Type Type::tuple(std::vector<Type> elements) {
  Type type;
  type.kind_ = Kind::kTuple;
  if (!elements.empty())
    type.rep_ = std::make_shared<const Rep>(Rep{{}, std::move(elements), {}});
  return type;
}

bool Type::has_static_shape() const {
  if (!is_tensor()) return false;
  for (int64_t d : dims()) {
    if (d == kDynamicDim) return false;
  }
  return true;
}

bool Type::operator==(const Type& other) const {
  if (kind_ != other.kind_ || element_ != other.element_) return false;
  // Copies of one type share their representation: no need to compare lists.
  return rep_ == other.rep_ ||
         (dims() == other.dims() && tuple_elements() == other.tuple_elements() &&
          bounds() == other.bounds());
}

std::string Type::to_string() const {
  switch (kind_) {
    case Kind::kToken: return "!stablehlo.token";
    case Kind::kTuple: {
      std::string text = "tuple<";
      const std::vector<Type>& elements = tuple_elements();
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i) text += ", ";
        text += elements[i].to_string();
      }
      return text + ">";
    }
    case Kind::kTensor: break;
  }
  std::string text = "tensor<";
  for (int64_t d : dims()) {
    text += d == kDynamicDim ? std::string("?") : std::to_string(d);
    text += 'x';
  }
  text += element_type_name(element_);
  const std::vector<int64_t>& limits = bounds();
  if (!limits.empty()) {
    text += ", #stablehlo.bounds<";
    for (size_t i = 0; i < limits.size(); ++i) {
      if (i) text += ", ";
      text += limits[i] == kDynamicDim ? std::string("?") : std::to_string(limits[i]);
    }
    text += ">";
  }
  return text + ">";
}

}  // namespace metallib::ir
