#include "runtime/ops/common.h"

#include <algorithm>
#include <limits>

#include "compiler/narrow_types.h"
#include "runtime/storage_type.h"

namespace metallib::runtime::ops {

mx::Dtype mlx_dtype(ir::ElementType type) {
  std::optional<mx::Dtype> dtype = storage_mlx_dtype(type);
  if (!dtype) {
    throw LoweringError("element type " + std::string(ir::element_type_name(type)) +
                        " has no MLX equivalent");
  }
  return *dtype;
}

mx::Shape mlx_shape(const ir::Type& type) {
  mx::Shape shape;
  shape.reserve(type.dims().size());
  for (int64_t d : type.dims()) {
    if (d < 0 || d > std::numeric_limits<int32_t>::max()) {
      throw LoweringError("dimension of " + type.to_string() +
                          " is dynamic or exceeds MLX's 2^31-1 limit");
    }
    shape.push_back(static_cast<int32_t>(d));
  }
  return shape;
}

ir::ElementType result_element_type(const ir::Op& op, size_t i) {
  return op.result(i).type().element_type();
}
mx::Dtype result_dtype(const ir::Op& op, size_t i) {
  return mlx_dtype(result_element_type(op, i));
}
mx::Shape result_shape(const ir::Op& op, size_t i) {
  return mlx_shape(op.result(i).type());
}
ir::ElementType operand_element_type(const ir::Op& op, size_t i) {
  return op.operand(i)->type().element_type();
}

std::string describe_op(const ir::Op& op) {
  std::string text = "'" + std::string(op.name()) + "'";
  if (op.location().known()) text += " at " + op.location().brief();
  return text;
}

const std::vector<int64_t>& i64_array(const ir::Op& op, std::string_view name) {
  return attribute<ir::DenseI64ArrayAttr>(op, name).values;
}

std::vector<int64_t> i64_array_or(const ir::Op& op, std::string_view name,
                                  std::vector<int64_t> fallback) {
  const ir::Attribute* found = op.attribute(name);
  if (found == nullptr) return fallback;
  return attribute<ir::DenseI64ArrayAttr>(op, name).values;
}

int64_t integer(const ir::Op& op, std::string_view name) {
  return attribute<ir::IntegerAttr>(op, name).value;
}

std::vector<int> to_ints(const std::vector<int64_t>& values) {
  return std::vector<int>(values.begin(), values.end());
}

mx::Shape to_shape(const std::vector<int64_t>& values) {
  return mx::Shape(values.begin(), values.end());
}

bool is_integral(mx::Dtype dtype) {
  return mx::issubdtype(dtype, mx::integer);
}
bool is_signed_integral(mx::Dtype dtype) {
  return mx::issubdtype(dtype, mx::signedinteger);
}
int bit_width(mx::Dtype dtype) {
  return static_cast<int>(dtype.size()) * 8;
}

mx::array scalar(int64_t value, mx::Dtype dtype) {
  // Through the widest type of the same signedness, so 64-bit limits survive.
  if (dtype == mx::uint64) return mx::array(static_cast<uint64_t>(value), mx::uint64);
  if (is_integral(dtype) || dtype == mx::bool_) {
    return mx::astype(mx::array(value, mx::int64), dtype);
  }
  return mx::array(static_cast<double>(value), dtype);
}

mx::array scalar(double value, mx::Dtype dtype) {
  return mx::astype(mx::array(value, mx::float64 == dtype ? mx::float64 : mx::float32), dtype);
}

mx::array integer_min(mx::Dtype dtype) {
  if (!is_signed_integral(dtype)) return scalar(int64_t{0}, dtype);
  int64_t min = -(int64_t{1} << (bit_width(dtype) - 1));
  return scalar(min, dtype);
}

mx::array integer_max(mx::Dtype dtype) {
  if (dtype == mx::uint64) return mx::array(std::numeric_limits<uint64_t>::max(), mx::uint64);
  int bits = bit_width(dtype) - (is_signed_integral(dtype) ? 1 : 0);
  return scalar(static_cast<int64_t>((uint64_t{1} << bits) - 1), dtype);
}

mx::array broadcast_into(const mx::array& x, const std::vector<int64_t>& dims,
                         const mx::Shape& shape) {
  if (dims.size() != x.ndim()) {
    throw LoweringError("broadcast_dimensions has " + std::to_string(dims.size()) +
                        " entries for an operand of rank " + std::to_string(x.ndim()));
  }
  // Order the operand's axes by where they land, then give the result's
  // other axes size 1 and broadcast.
  std::vector<int> order(dims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return dims[a] < dims[b]; });
  mx::Shape expanded(shape.size(), 1);
  for (size_t i = 0; i < dims.size(); ++i) expanded[dims[i]] = x.shape()[i];
  return mx::broadcast_to(mx::reshape(mx::transpose(x, order), expanded), shape);
}

namespace {

Status check_type(const ir::Type& type, const ir::Op& op, const char* role, size_t index,
                  bool narrow_allowed) {
  if (type.is_token()) return ok_status();
  if (!type.is_tensor()) {
    return unimplemented(describe_op(op) + ": " + role + " " + std::to_string(index) +
                         " is a " + type.to_string() + "; tuples are not supported yet");
  }
  const bool stored_narrow = narrow_allowed && compiler::is_narrow(type.element_type());
  if (!native_mlx_dtype(type.element_type()) && !stored_narrow) {
    return unimplemented(describe_op(op) + ": " + role + " " + std::to_string(index) +
                         " has element type " +
                         std::string(ir::element_type_name(type.element_type())) +
                         ", which jax-metallib cannot compute with yet");
  }
  if (!type.has_static_shape()) {
    return unimplemented(describe_op(op) + ": " + role + " " + std::to_string(index) +
                         " has a dynamic shape " + type.to_string());
  }
  for (int64_t d : type.dims()) {
    if (d > std::numeric_limits<int32_t>::max()) {
      return unimplemented(describe_op(op) + ": " + role + " " + std::to_string(index) + " (" +
                           type.to_string() + ") has a dimension above MLX's 2^31-1 limit");
    }
  }
  return ok_status();
}

}  // namespace

Status require_native_types(const ir::Op& op) {
  // The compiler widens every op that computes on a narrow type; those left
  // only move its bytes.
  const bool narrow_allowed = compiler::moves_narrow_data(op.code());
  for (size_t i = 0; i < op.operands().size(); ++i) {
    METALLIB_RETURN_IF_ERROR(
        check_type(op.operand(i)->type(), op, "operand", i, narrow_allowed));
  }
  for (size_t i = 0; i < op.results().size(); ++i) {
    METALLIB_RETURN_IF_ERROR(check_type(op.result(i).type(), op, "result", i, narrow_allowed));
  }
  return ok_status();
}

}  // namespace metallib::runtime::ops
