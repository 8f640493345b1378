// batch_norm_inference, batch_norm_training and batch_norm_grad, built from
// MLX reductions and elementwise ops as StableHLO's spec decomposes them
// (the gradient follows XLA's batchnorm expander, which the spec quotes).
// JAX never emits these ops itself; other frontends and older exports do.
//
// Half-precision operands are computed in float32 and rounded once at the
// end: the spec's reference decomposition would round every intermediate,
// and a mean over many elements in float16 loses most of its digits.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

struct Features {
  int rank = 0;
  int index = 0;             // the feature dimension
  std::vector<int> reduced;  // every other dimension
  double per_feature = 1;    // elements per feature
  mx::Dtype compute = mx::float32;
};

Features features_of(const ir::Op& op, const mx::array& operand) {
  Features f;
  f.rank = static_cast<int>(operand.ndim());
  f.index = static_cast<int>(integer(op, "feature_index"));
  if (f.index < 0 || f.index >= f.rank) {
    throw LoweringError("feature_index " + std::to_string(f.index) + " is out of range");
  }
  for (int d = 0; d < f.rank; ++d) {
    if (d == f.index) continue;
    f.reduced.push_back(d);
    f.per_feature *= operand.shape()[d];
  }
  f.compute = operand.dtype() == mx::float64 ? mx::float64 : mx::float32;
  return f;
}

// A per-feature vector shaped to broadcast against the operand.
mx::array along_features(const mx::array& v, const Features& f) {
  mx::Shape shape(f.rank, 1);
  shape[f.index] = v.shape()[0];
  return mx::reshape(mx::astype(v, f.compute), shape);
}

mx::array epsilon_of(const ir::Op& op, const Features& f) {
  return mx::array(attribute<ir::FloatAttr>(op, "epsilon").value, f.compute);
}

// Sum over every dimension but the feature one, as a per-feature vector.
mx::array feature_sum(const mx::array& x, const Features& f) {
  return mx::sum(x, f.reduced, /*keepdims=*/false);
}

mx::array normalize(const mx::array& x, const mx::array& scale, const mx::array& offset,
                    const mx::array& mean, const mx::array& variance, const mx::array& epsilon,
                    const Features& f) {
  const mx::array stddev = mx::sqrt(along_features(variance, f) + epsilon);
  return (x - along_features(mean, f)) / stddev * along_features(scale, f) +
         along_features(offset, f);
}

// (operand, scale, offset, mean, variance) -> normalized operand.
Arrays lower_batch_norm_inference(const ir::Op& op, const Arrays& in) {
  const Features f = features_of(op, in[0]);
  const mx::array x = mx::astype(in[0], f.compute);
  return {mx::astype(normalize(x, in[1], in[2], in[3], in[4], epsilon_of(op, f), f),
                     in[0].dtype())};
}

// (operand, scale, offset) -> (normalized, batch mean, batch variance); the
// variance is the population variance, E[(x - mean)^2].
Arrays lower_batch_norm_training(const ir::Op& op, const Arrays& in) {
  const Features f = features_of(op, in[0]);
  const mx::array x = mx::astype(in[0], f.compute);
  const mx::array count(f.per_feature, f.compute);
  const mx::array mean = feature_sum(x, f) / count;
  const mx::array centered = x - along_features(mean, f);
  const mx::array variance = feature_sum(centered * centered, f) / count;
  const mx::array out = normalize(x, in[1], in[2], mean, variance, epsilon_of(op, f), f);
  const mx::Dtype dtype = in[0].dtype();
  return {mx::astype(out, dtype), mx::astype(mean, dtype), mx::astype(variance, dtype)};
}

// (operand, scale, mean, variance, grad_output) ->
// (grad_operand, grad_scale, grad_offset).
Arrays lower_batch_norm_grad(const ir::Op& op, const Arrays& in) {
  const Features f = features_of(op, in[0]);
  const mx::array x = mx::astype(in[0], f.compute);
  const mx::array dy = mx::astype(in[4], f.compute);
  const mx::array variance_eps = along_features(in[3], f) + epsilon_of(op, f);
  const mx::array centered = x - along_features(in[2], f);
  const mx::array stddev = mx::sqrt(variance_eps);
  const mx::array count(f.per_feature, f.compute);
  // The input gradient of y = scale * (x - mean) / stddev with the batch's
  // own mean and variance, as XLA's expander writes it.
  const mx::array sum_dy = feature_sum(dy, f);
  const mx::array sum_dy_centered = feature_sum(dy * centered, f);
  const mx::array inner = dy * count - along_features(sum_dy, f) -
                          along_features(sum_dy_centered, f) * centered / variance_eps;
  const mx::array grad_operand = along_features(in[1], f) / stddev / count * inner;
  const mx::array grad_scale = feature_sum(dy * (centered / stddev), f);
  const mx::Dtype dtype = in[0].dtype();
  return {mx::astype(grad_operand, dtype), mx::astype(grad_scale, dtype),
          mx::astype(sum_dy, dtype)};
}

// Floating-point operands only (the spec's constraint), each of a dtype MLX
// computes with.
Status check_batch_norm(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::ElementType type = operand_element_type(op, 0);
  const mx::Dtype dtype = mlx_dtype(type);
  if (!mx::issubdtype(dtype, mx::floating)) {
    return invalid_argument(describe_op(op) + " needs floating-point operands, not " +
                            std::string(ir::element_type_name(type)));
  }
  const ir::Attribute* index = op.attribute("feature_index");
  const ir::Attribute* epsilon = op.attribute("epsilon");
  if (!index || !index->get<ir::IntegerAttr>() || !epsilon || !epsilon->get<ir::FloatAttr>()) {
    return invalid_argument(describe_op(op) + " lacks its feature_index or epsilon attribute");
  }
  const int64_t feature = index->get<ir::IntegerAttr>()->value;
  if (feature < 0 || feature >= op.operand(0)->type().rank()) {
    return invalid_argument(describe_op(op) + ": feature_index " + std::to_string(feature) +
                            " is outside the operand's rank " +
                            std::to_string(op.operand(0)->type().rank()));
  }
  return ok_status();
}

}  // namespace

void register_batch_norm_ops(LoweringTable& table) {
  table.add(ir::OpCode::kBatchNormInference, lower_batch_norm_inference, check_batch_norm);
  table.add(ir::OpCode::kBatchNormTraining, lower_batch_norm_training, check_batch_norm);
  table.add(ir::OpCode::kBatchNormGrad, lower_batch_norm_grad, check_batch_norm);
}

}  // namespace metallib::runtime::ops
