#include "ir/type.h"

namespace metallib::ir {

Type Type::tensor(ElementType element, std::vector<int64_t> dims) {
  Type type;
  type.kind_ = Kind::kTensor;
  type.element_ = element;
  type.dims_ = std::move(dims);
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
  type.elements_ = std::move(elements);
  return type;
}

bool Type::has_static_shape() const {
  if (!is_tensor()) return false;
  for (int64_t d : dims_) {
    if (d == kDynamicDim) return false;
  }
  return true;
}

bool Type::operator==(const Type& other) const {
  return kind_ == other.kind_ && element_ == other.element_ && dims_ == other.dims_ &&
         elements_ == other.elements_;
}

std::string Type::to_string() const {
  switch (kind_) {
    case Kind::kToken: return "!stablehlo.token";
    case Kind::kTuple: {
      std::string text = "tuple<";
      for (size_t i = 0; i < elements_.size(); ++i) {
        if (i) text += ", ";
        text += elements_[i].to_string();
      }
      return text + ">";
    }
    case Kind::kTensor: break;
  }
  std::string text = "tensor<";
  for (int64_t d : dims_) {
    text += d == kDynamicDim ? std::string("?") : std::to_string(d);
    text += 'x';
  }
  text += element_type_name(element_);
  return text + ">";
}

}  // namespace metallib::ir
