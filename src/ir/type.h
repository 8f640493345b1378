// Types of values: ranked tensors (static or dynamic dimensions), the token
// type, and tuples. Value semantics and cheap to copy: the dimensions and
// tuple elements live in one immutable, shared representation (none at all
// for scalars and the token), so a copy costs a reference count, not a
// vector copy. Programs hold many values of few distinct types.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "ir/element_type.h"

namespace metallib::ir {

// A dimension whose size is known only at run time ("?" in MLIR text).
inline constexpr int64_t kDynamicDim = std::numeric_limits<int64_t>::min();

class Type {
 public:
  enum class Kind : uint8_t { kTensor, kToken, kTuple };

  Type() = default;  // tensor<invalid>, for containers
  static Type tensor(ElementType element, std::vector<int64_t> dims);
  // A tensor whose dynamic dimensions have upper bounds (StableHLO's
  // #stablehlo.bounds, from shape polymorphism): one bound per dimension,
  // kDynamicDim where a dimension has none. Empty `bounds` is a plain tensor.
  static Type bounded_tensor(ElementType element, std::vector<int64_t> dims,
                             std::vector<int64_t> bounds);
  static Type token();
  static Type tuple(std::vector<Type> elements);

  Kind kind() const { return kind_; }
  bool is_tensor() const { return kind_ == Kind::kTensor; }
  bool is_token() const { return kind_ == Kind::kToken; }
  bool is_tuple() const { return kind_ == Kind::kTuple; }

  ElementType element_type() const { return element_; }  // tensors only
  const std::vector<int64_t>& dims() const { return rep_ ? rep_->dims : empty_dims(); }
  int64_t rank() const { return rep_ ? static_cast<int64_t>(rep_->dims.size()) : 0; }
  bool has_static_shape() const;
  // Upper bounds of the dimensions, as given to bounded_tensor(); empty when
  // the type has none.
  const std::vector<int64_t>& bounds() const { return rep_ ? rep_->bounds : empty_dims(); }
  const std::vector<Type>& tuple_elements() const {
    return rep_ ? rep_->elements : empty_elements();
  }

  bool operator==(const Type& other) const;

  // MLIR spelling: "tensor<2x?xf32>", "tensor<i1>", "!stablehlo.token",
  // "tuple<tensor<f32>, !stablehlo.token>", "tensor<?xf32, #stablehlo.bounds<8>>".
  std::string to_string() const;

 private:
  // Never changed after construction, so copies may share it across threads.
  struct Rep {
    std::vector<int64_t> dims;
    std::vector<Type> elements;
    std::vector<int64_t> bounds;
  };
  static const std::vector<int64_t>& empty_dims();
  static const std::vector<Type>& empty_elements();

  Kind kind_ = Kind::kTensor;
  ElementType element_ = ElementType::kInvalid;
  std::shared_ptr<const Rep> rep_;  // null when all lists are empty
};

}  // namespace metallib::ir
