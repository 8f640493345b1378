// fft: FFT, IFFT, RFFT and IRFFT over the trailing len(fft_length) axes,
// with MLX's n-dimensional transforms. XLA's IFFT and IRFFT divide by the
// number of points, which is MLX's default ("backward") normalisation, and
// fft_length fixes the sizes along the transformed axes (for IRFFT, the real
// output's sizes; its operand holds fft_length[-1] / 2 + 1 coefficients).
//
// MLX transforms in complex64 only, so float64/complex128 transforms (jax
// x64) are refused at compile time rather than silently computed in single
// precision.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

bool is_double_precision(ir::ElementType type) {
  return type == ir::ElementType::kF64 || type == ir::ElementType::kC128;
}

Status check_fft(const ir::Op& op) {
  const std::vector<int64_t>& lengths = i64_array(op, "fft_length");
  if (lengths.empty() || lengths.size() > 3) {
    return unimplemented(describe_op(op) + ": fft_length must name 1 to 3 axes, got " +
                         std::to_string(lengths.size()));
  }
  if (is_double_precision(operand_element_type(op)) ||
      is_double_precision(result_element_type(op))) {
    return unimplemented(describe_op(op) +
                         ": complex128/float64 FFTs are unsupported (MLX computes FFTs in "
                         "complex64 only); use complex64/float32 inputs");
  }
  return require_native_types(op);
}

// MLX's CUDA backend has no FFT; there the transform runs on MLX's CPU
// stream, as float64 work does. Metal and the CPU backend transform natively.
mx::StreamOrDevice fft_stream() {
  if (mx::gpu::is_available() && !mx::metal::is_available()) return mx::Device::cpu;
  return {};
}

Arrays lower_fft(const ir::Op& op, const Arrays& x) {
  const mx::Shape lengths = to_shape(i64_array(op, "fft_length"));
  const mx::Shape shape = result_shape(op);
  const mx::Dtype dtype = result_dtype(op);
  // MLX refuses empty transforms; an empty result needs none.
  bool empty = x[0].size() == 0;
  for (int d : shape) empty = empty || d == 0;
  if (empty) return {mx::zeros(shape, dtype)};
  std::vector<int> axes;
  const int rank = static_cast<int>(shape.size());
  for (int i = 0; i < static_cast<int>(lengths.size()); ++i) {
    axes.push_back(rank - static_cast<int>(lengths.size()) + i);
  }
  const auto norm = mx::fft::FFTNorm::Backward;
  const mx::StreamOrDevice s = fft_stream();
  switch (attribute<ir::FftTypeAttr>(op, "fft_type").value) {
    case ir::FftType::kFft: return {mx::fft::fftn(x[0], lengths, axes, norm, s)};
    case ir::FftType::kIfft: return {mx::fft::ifftn(x[0], lengths, axes, norm, s)};
    case ir::FftType::kRfft: return {mx::fft::rfftn(x[0], lengths, axes, norm, s)};
    case ir::FftType::kIrfft: return {mx::fft::irfftn(x[0], lengths, axes, norm, s)};
  }
  throw LoweringError(describe_op(op) + ": unknown fft_type");
}

}  // namespace

void register_fft_ops(LoweringTable& table) {
  table.add(ir::OpCode::kFft, lower_fft, check_fft);
}

}  // namespace metallib::runtime::ops
