// stablehlo.custom_call: a table from call_target_name to the check and
// lowering of that target. These kinds of targets reach us:
// - XLA's own names that JAX emits for platforms other than CPU and GPU:
//   "Qr" and "ProductOfElementaryHouseholderReflectors" (jnp.linalg.qr);
// - "dce_sink" (lax.dce_sink), which only keeps its operand alive;
// - sharding and placement annotations ("Sharding", "SPMDFullToShardShape",
//   "SPMDShardToFullShape", "annotate_device_placement", "MoveToHost",
//   "MoveToDevice"), which on one device with one memory space leave every
//   value as it is;
// - "metallib.*": the targets our Python package emits for the linear
//   algebra primitives JAX has no lowering for on mps (eigh, svd, lu,
//   lu_pivots_to_permutation, eig with left and right eigenvectors,
//   tridiagonal, hessenberg, schur); their contract is in
//   docs/architecture.md and python/jax_plugins/metallib/_lowerings.py;
//   schur is a custom MLX primitive running our own QR iteration on the
//   CPU stream (schur.cc);
// - "mhlo.sinh", "mhlo.cosh", "mhlo.asin", "mhlo.acos", "mhlo.asinh",
//   "mhlo.acosh", "mhlo.atanh" and "mhlo.erf": CHLO functions as jaxlib 0.9
//   serializes them (chlo_math.cc).
// "mhlo.topk" and "ApproxTopK" never get here: the compiler writes them as
// sorts and slices (compiler/expand_top_k.cc).
// Any other target fails at compile time, naming the target and the op.
#include <optional>
#include <string>
#include <string_view>

#include "runtime/ops/chlo_math.h"
#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

std::string_view target_name(const ir::Op& op) {
  const ir::Attribute* found = op.attribute("call_target_name");
  const ir::StringAttr* name = found ? found->get<ir::StringAttr>() : nullptr;
  return name ? std::string_view(name->value) : std::string_view();
}

// The value of `key` in a "key=value;key=value" backend_config string.
std::optional<std::string_view> config_value(const ir::Op& op, std::string_view key) {
  const ir::Attribute* found = op.attribute("backend_config");
  const ir::StringAttr* config = found ? found->get<ir::StringAttr>() : nullptr;
  if (config == nullptr) return std::nullopt;
  std::string_view rest = config->value;
  while (!rest.empty()) {
    const size_t end = rest.find(';');
    std::string_view item = rest.substr(0, end);
    const size_t equals = item.find('=');
    if (equals != std::string_view::npos && item.substr(0, equals) == key) {
      return item.substr(equals + 1);
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return std::nullopt;
}

// A "0"/"1" flag of the backend_config; nullopt when absent or malformed.
std::optional<bool> config_flag(const ir::Op& op, std::string_view key) {
  std::optional<std::string_view> value = config_value(op, key);
  if (value == "0") return false;
  if (value == "1") return true;
  return std::nullopt;
}

Status arity(const ir::Op& op, size_t operands, std::initializer_list<size_t> results) {
  bool results_ok = false;
  for (size_t r : results) results_ok |= op.results().size() == r;
  if (op.operands().size() != operands || !results_ok) {
    return invalid_argument(
        describe_op(op) + ": custom_call target '" + std::string(target_name(op)) + "' takes " +
        std::to_string(operands) + " operand(s); got " + std::to_string(op.operands().size()) +
        " operand(s) and " + std::to_string(op.results().size()) + " result(s)");
  }
  return ok_status();
}

// The operand is a batch of matrices of one of `dtypes`.
Status matrix_operand(const ir::Op& op, std::initializer_list<mx::Dtype> dtypes,
                      const char* why) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::Type& type = op.operand(0)->type();
  if (type.dims().size() < 2) {
    return invalid_argument(describe_op(op) + ": custom_call target '" +
                            std::string(target_name(op)) + "' needs a matrix operand, got " +
                            type.to_string());
  }
  const mx::Dtype dtype = mlx_dtype(type.element_type());
  for (mx::Dtype allowed : dtypes) {
    if (dtype == allowed) return ok_status();
  }
  return unimplemented(describe_op(op) + ": custom_call target '" +
                       std::string(target_name(op)) + "' does not support " +
                       std::string(ir::element_type_name(type.element_type())) + " (" + why +
                       ")");
}

// --- identities on one device -------------------------------------------

Status check_identity(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  bool same = op.operands().size() == op.results().size();
  for (size_t i = 0; same && i < op.results().size(); ++i) {
    same = op.operand(i)->type() == op.result(i).type();
  }
  if (!same) {
    return unimplemented(describe_op(op) + ": custom_call target '" +
                         std::string(target_name(op)) +
                         "' changes its operands' types, which has no meaning on one device");
  }
  return ok_status();
}

Arrays lower_identity(const ir::Op&, const Arrays& x) {
  return x;
}

// --- lax.dce_sink ---------------------------------------------------------

// "dce_sink" keeps a value alive through MLIR's dead-code elimination and
// has no results. The executor already runs every op whose results it
// needs; the sink's operand is computed (it is a use) and dropped.
Status check_dce_sink(const ir::Op& op) {
  if (!op.results().empty()) {
    return invalid_argument(describe_op(op) +
                            ": custom_call target 'dce_sink' has no results, got " +
                            std::to_string(op.results().size()));
  }
  return require_native_types(op);
}

Arrays lower_dce_sink(const ir::Op&, const Arrays&) {
  return {};
}

// --- XLA's QR targets ----------------------------------------------------

Status check_qr(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {2}));
  return matrix_operand(op,
                        {mx::float16, mx::bfloat16, mx::float32, mx::float64, mx::complex64},
                        "QR needs a float or complex matrix");
}

Arrays lower_qr(const ir::Op&, const Arrays& x) {
  return householder_qr(x[0]);
}

Status check_householder_product(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 2, {1}));
  return matrix_operand(op,
                        {mx::float16, mx::bfloat16, mx::float32, mx::float64, mx::complex64},
                        "Householder reflectors need a float or complex matrix");
}

Arrays lower_householder_product(const ir::Op&, const Arrays& x) {
  return {householder_product(x[0], x[1])};
}

// --- metallib.* targets ----------------------------------------------------

constexpr const char* kLapackTypes =
    "MLX's LAPACK routines take float32, float64 and complex64";

Status check_eigh(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {2}));
  if (!config_flag(op, "lower")) {
    return invalid_argument(describe_op(op) +
                            ": metallib.eigh needs backend_config \"lower=0\" or \"lower=1\"");
  }
  return matrix_operand(op, {mx::float32, mx::float64, mx::complex64}, kLapackTypes);
}

Arrays lower_eigh(const ir::Op& op, const Arrays& x) {
  return hermitian_eigen(x[0], *config_flag(op, "lower"));
}

Status check_svd(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {1, 3}));
  METALLIB_RETURN_IF_ERROR(
      matrix_operand(op, {mx::float32, mx::float64, mx::complex64}, kLapackTypes));
  // LAPACK indexes one matrix with 32-bit integers; a full basis of a very
  // long side (U of a 400000 x 2 matrix) cannot be built at all.
  for (const auto& result : op.results()) {
    const std::vector<int64_t>& dims = result->type().dims();
    if (dims.size() >= 2 && dims.end()[-1] * dims.end()[-2] > INT32_MAX) {
      return unimplemented(describe_op(op) + ": an SVD result of " +
                           result->type().to_string() +
                           " has more elements per matrix than LAPACK can index (2^31 - 1); "
                           "use full_matrices=False");
    }
  }
  return ok_status();
}

Arrays lower_svd(const ir::Op& op, const Arrays& x) {
  const bool compute_uv = op.results().size() == 3;
  // The result shapes say which bases are wanted: U [..., m, m] and V^H
  // [..., n, n] are full, [..., m, k] and [..., k, n] reduced (the same when
  // m == n).
  const int m = x[0].shape(-2), n = x[0].shape(-1);
  const bool full = compute_uv && op.result(1).type().dims().back() == m &&
                    op.result(2).type().dims().end()[-2] == n;
  return singular_value_decomposition(x[0], full, compute_uv);
}

Status check_lu(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {3}));
  return matrix_operand(op, {mx::float32, mx::float64, mx::complex64},
                        "LU takes float32, float64 and complex64");
}

Arrays lower_lu(const ir::Op&, const Arrays& x) {
  return lu_decomposition(x[0]);
}

Status check_lu_pivots_to_permutation(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {1}));
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  if (operand_element_type(op, 0) != ir::ElementType::kS32 ||
      result_element_type(op, 0) != ir::ElementType::kS32 ||
      op.operand(0)->type().dims().empty()) {
    return invalid_argument(describe_op(op) +
                            ": metallib.lu_pivots_to_permutation maps i32[..., k] pivots to an "
                            "i32[..., m] permutation");
  }
  return ok_status();
}

Arrays lower_lu_pivots_to_permutation(const ir::Op& op, const Arrays& x) {
  return {permutation_from_pivots(x[0], result_shape(op).back())};
}

// Whether metallib.eig computes left eigenvectors. Programs our rule wrote
// before left eigenvectors were supported carry no backend_config.
std::optional<bool> eig_left_vectors(const ir::Op& op) {
  if (!config_value(op, "left")) return false;
  return config_flag(op, "left");
}

Status check_eig(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {1, 2, 3}));
  const std::optional<bool> left = eig_left_vectors(op);
  if (!left || (*left && op.results().size() == 1)) {
    return invalid_argument(describe_op(op) +
                            ": metallib.eig needs backend_config \"left=0\" or \"left=1\", "
                            "and with left=1 a result for the left eigenvectors");
  }
  // MLX computes float64 eigenproblems in complex64: refused rather than
  // silently losing precision.
  return matrix_operand(
      op, {mx::float32, mx::complex64},
      "MLX's eig returns complex64, so only float32 and complex64 inputs keep "
      "their precision");
}

Arrays lower_eig(const ir::Op& op, const Arrays& x) {
  const bool left = *eig_left_vectors(op);
  const bool right = op.results().size() == (left ? 3u : 2u);
  return general_eigen(x[0], left, right);
}

// The operand's matrices are square (a reduction to condensed form).
Status square_operand(const ir::Op& op) {
  const std::vector<int64_t>& dims = op.operand(0)->type().dims();
  if (dims.end()[-1] != dims.end()[-2]) {
    return invalid_argument(describe_op(op) + ": custom_call target '" +
                            std::string(target_name(op)) + "' needs square matrices, got " +
                            op.operand(0)->type().to_string());
  }
  return ok_status();
}

constexpr const char* kReductionTypes =
    "reductions to condensed form take float32, float64 and complex64";

Status check_tridiagonal(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {4}));
  if (!config_flag(op, "lower")) {
    return invalid_argument(
        describe_op(op) +
        ": metallib.tridiagonal needs backend_config \"lower=0\" or \"lower=1\"");
  }
  METALLIB_RETURN_IF_ERROR(
      matrix_operand(op, {mx::float32, mx::float64, mx::complex64}, kReductionTypes));
  return square_operand(op);
}

Arrays lower_tridiagonal(const ir::Op& op, const Arrays& x) {
  return tridiagonal_reduction(x[0], *config_flag(op, "lower"));
}

Status check_hessenberg(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {2}));
  METALLIB_RETURN_IF_ERROR(
      matrix_operand(op, {mx::float32, mx::float64, mx::complex64}, kReductionTypes));
  return square_operand(op);
}

Arrays lower_hessenberg(const ir::Op&, const Arrays& x) {
  return hessenberg_reduction(x[0]);
}

// metallib.schur: backend_config "vectors=0|1" says whether Z is computed,
// which the result count must match.
Status check_schur(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(arity(op, 1, {1, 2}));
  const std::optional<bool> vectors = config_flag(op, "vectors");
  if (!vectors || op.results().size() != (*vectors ? 2u : 1u)) {
    return invalid_argument(describe_op(op) +
                            ": metallib.schur needs backend_config \"vectors=0\" with one "
                            "result or \"vectors=1\" with two");
  }
  METALLIB_RETURN_IF_ERROR(matrix_operand(op, {mx::float32, mx::float64, mx::complex64},
                                          "the Schur decomposition takes float32, float64 "
                                          "and complex64"));
  return square_operand(op);
}

Arrays lower_schur(const ir::Op& op, const Arrays& x) {
  return schur_decomposition(x[0], *config_flag(op, "vectors"));
}

struct Target {
  std::string_view name;
  CheckFn check;
  LowerFn lower;
};

constexpr Target kTargets[] = {
    {"Sharding", check_identity, lower_identity},
    {"SPMDFullToShardShape", check_identity, lower_identity},
    {"SPMDShardToFullShape", check_identity, lower_identity},
    {"annotate_device_placement", check_identity, lower_identity},
    {"MoveToHost", check_identity, lower_identity},
    {"MoveToDevice", check_identity, lower_identity},
    {"dce_sink", check_dce_sink, lower_dce_sink},
    {"Qr", check_qr, lower_qr},
    {"ProductOfElementaryHouseholderReflectors", check_householder_product,
     lower_householder_product},
    {"metallib.eigh", check_eigh, lower_eigh},
    {"metallib.svd", check_svd, lower_svd},
    {"metallib.lu", check_lu, lower_lu},
    {"metallib.lu_pivots_to_permutation", check_lu_pivots_to_permutation,
     lower_lu_pivots_to_permutation},
    {"metallib.eig", check_eig, lower_eig},
    {"metallib.tridiagonal", check_tridiagonal, lower_tridiagonal},
    {"metallib.hessenberg", check_hessenberg, lower_hessenberg},
    {"metallib.schur", check_schur, lower_schur},
    {"mhlo.sinh", check_mhlo_function, lower_mhlo_sinh},
    {"mhlo.cosh", check_mhlo_function, lower_mhlo_cosh},
    {"mhlo.asin", check_mhlo_function, lower_mhlo_asin},
    {"mhlo.acos", check_mhlo_function, lower_mhlo_acos},
    {"mhlo.asinh", check_mhlo_function, lower_mhlo_asinh},
    {"mhlo.acosh", check_mhlo_function, lower_mhlo_acosh},
    {"mhlo.atanh", check_mhlo_function, lower_mhlo_atanh},
    {"mhlo.erf", check_mhlo_real_function, lower_mhlo_erf},
};

const Target* find_target(const ir::Op& op) {
  const std::string_view name = target_name(op);
  for (const Target& target : kTargets) {
    if (target.name == name) return &target;
  }
  return nullptr;
}

Status check_custom_call(const ir::Op& op) {
  const Target* target = find_target(op);
  if (target == nullptr) {
    return unimplemented(describe_op(op) + ": custom_call target '" +
                         std::string(target_name(op)) + "' is not supported by jax-metallib");
  }
  return target->check(op);
}

Arrays lower_custom_call(const ir::Op& op, const Arrays& x) {
  const Target* target = find_target(op);
  if (target == nullptr) {
    throw LoweringError("custom_call target '" + std::string(target_name(op)) +
                        "' is not supported by jax-metallib");
  }
  return target->lower(op, x);
}

}  // namespace

void register_custom_call_ops(LoweringTable& table) {
  table.add(ir::OpCode::kCustomCall, lower_custom_call, check_custom_call);
}

}  // namespace metallib::runtime::ops
