// stablehlo.fma: a * b + c rounded once, which lax.fma asks for and which
// lax.fmuladd (so jnp.polyval, erf_inv and with them jax.random.normal)
// emits for float32 and float64 from jax 0.12.1 on.
//
// MLX has no fused multiply-add, and a multiply followed by an add rounds
// twice, so fma is a custom MLX primitive evaluated on the CPU stream:
//  - float32 and float64: std::fma, exact by definition.
//  - float16 and bfloat16 (which XLA's CPU backend refuses): the product of
//    two such numbers is exact in double, their sum with c is rounded to
//    double by round-to-odd, and that value rounded once to the narrow
//    format is the correctly rounded fma, since double carries more than
//    two bits beyond either format's significand.
// Narrower floats keep their type through the compiler (see
// widen_narrow_types.cc) and are refused here, as XLA refuses them.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "mlx/backend/cpu/encoder.h"
#include "mlx/primitives.h"
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

// p + c rounded to double by round-to-odd: the neighbour of the exact sum
// whose last significand bit is odd, or the sum itself when it is exact.
double sum_rounded_to_odd(double p, double c) {
  const double s = p + c;
  if (!std::isfinite(s)) return s;
  // Knuth's two-sum: the rounding error of s, exactly.
  const double p_part = s - c;
  const double c_part = s - p_part;
  const double error = (p - p_part) + (c - c_part);
  if (error == 0) return s;
  int64_t bits;
  std::memcpy(&bits, &s, sizeof bits);
  if (bits & 1) return s;  // s is already the odd neighbour
  return std::nextafter(s, error > 0 ? std::numeric_limits<double>::infinity()
                                     : -std::numeric_limits<double>::infinity());
}

// `value` rounded to nearest-even on a format with `significand_bits`
// (counting the implicit bit), smallest normal exponent `min_exponent` and
// largest finite value `max_finite`; the result is exact in that format.
double round_to_format(double value, int significand_bits, int min_exponent,
                       double max_finite) {
  if (value == 0 || !std::isfinite(value)) return value;
  const int exponent = std::max(std::ilogb(value), min_exponent);
  const double quantum = std::ldexp(1.0, exponent - (significand_bits - 1));
  // Dividing by a power of two is exact; nearbyint rounds to nearest-even.
  const double rounded = std::nearbyint(value / quantum) * quantum;
  if (std::fabs(rounded) > max_finite) return std::copysign(INFINITY, value);
  return rounded;
}

template <typename T>
T fused_multiply_add(T a, T b, T c) {
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
    return std::fma(a, b, c);
  } else {
    const double product = static_cast<double>(static_cast<float>(a)) * static_cast<float>(b);
    const double sum = sum_rounded_to_odd(product, static_cast<float>(c));
    const bool half = std::is_same_v<T, mx::float16_t>;
    const double rounded = half ? round_to_format(sum, 11, -14, 65504.0)
                                : round_to_format(sum, 8, -126, 0x1.fep127);
    return static_cast<T>(static_cast<float>(rounded));  // both conversions exact
  }
}

template <typename T>
void fma_elements(const mx::array& a, const mx::array& b, const mx::array& c, T* out) {
  const T* x = a.data<T>();
  const T* y = b.data<T>();
  const T* z = c.data<T>();
  for (size_t i = 0, n = a.size(); i < n; ++i) out[i] = fused_multiply_add(x[i], y[i], z[i]);
}

// Inputs are row-contiguous arrays of one shape (see lower_fma).
class FusedMultiplyAdd : public mx::Primitive {
 public:
  explicit FusedMultiplyAdd(mx::Stream stream) : mx::Primitive(stream) {}

  void eval_cpu(const std::vector<mx::array>& inputs,
                std::vector<mx::array>& outputs) override {
    mx::array& out = outputs[0];
    out.set_data(mx::allocator::malloc(out.nbytes()));
    auto& encoder = mx::cpu::get_command_encoder(stream());
    for (const mx::array& input : inputs) encoder.set_input_array(input);
    encoder.set_output_array(out);
    encoder.dispatch([a = inputs[0], b = inputs[1], c = inputs[2], out = out.data<void>()]() {
      switch (a.dtype()) {
        case mx::float64: fma_elements(a, b, c, static_cast<double*>(out)); break;
        case mx::float32: fma_elements(a, b, c, static_cast<float*>(out)); break;
        case mx::float16: fma_elements(a, b, c, static_cast<mx::float16_t*>(out)); break;
        default: fma_elements(a, b, c, static_cast<mx::bfloat16_t*>(out)); break;
      }
    });
  }

  void eval_gpu(const std::vector<mx::array>&, std::vector<mx::array>&) override {
    throw std::runtime_error("fma runs on the CPU stream only");
  }

  const char* name() const override { return "MetallibFusedMultiplyAdd"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    return dynamic_cast<const FusedMultiplyAdd*>(&other) != nullptr;
  }
};

Status check_fma(const ir::Op& op) {
  const ir::ElementType type = result_element_type(op);
  if (type == ir::ElementType::kF64 || type == ir::ElementType::kF32 ||
      type == ir::ElementType::kF16 || type == ir::ElementType::kBF16) {
    return ok_status();
  }
  return unimplemented(describe_op(op) + " on " + std::string(ir::element_type_name(type)) +
                       " is not supported: a fused multiply-add is computed for float16, "
                       "bfloat16, float32 and float64 (XLA's CPU backend refuses narrower "
                       "types too); compute it in float32 and convert");
}

Arrays lower_fma(const ir::Op& op, const Arrays& x) {
  const mx::Shape shape = result_shape(op);
  const mx::Dtype dtype = result_dtype(op);
  if (x[0].size() == 0) return {mx::zeros(shape, dtype)};
  const mx::Stream cpu = mx::default_stream(mx::Device::cpu);
  std::vector<mx::array> inputs;
  for (const mx::array& operand : x) {
    inputs.push_back(mx::contiguous(mx::broadcast_to(operand, shape), false, cpu));
  }
  return {mx::array(shape, dtype, std::make_shared<FusedMultiplyAdd>(cpu), std::move(inputs))};
}

}  // namespace

void register_fused_multiply_add_ops(LoweringTable& table) {
  table.add(ir::OpCode::kFma, lower_fma, check_fma);
}

}  // namespace metallib::runtime::ops
