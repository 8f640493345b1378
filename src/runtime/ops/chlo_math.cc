#include "runtime/ops/chlo_math.h"

#include <cmath>

#include "runtime/ops/complex_math.h"
#include "runtime/ops/float64_math.h"
#include "runtime/ops/numeric.h"

namespace metallib::runtime::ops {
namespace {

using MlxUnary = mx::array (*)(const mx::array&, mx::StreamOrDevice);

Status check_unary(const ir::Op& op, bool complex_allowed) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const ir::Attribute* found = op.attribute("call_target_name");
  const ir::StringAttr* name = found ? found->get<ir::StringAttr>() : nullptr;
  const std::string target = name ? name->value : "?";
  if (op.operands().size() != 1 || op.results().size() != 1 ||
      !(op.operand(0)->type() == op.result(0).type())) {
    return invalid_argument(describe_op(op) + ": custom_call target '" + target +
                            "' maps one operand to one result of its type");
  }
  const mx::Dtype dtype = mlx_dtype(op.result(0).type().element_type());
  if (is_floating(dtype) || (complex_allowed && dtype == mx::complex64)) return ok_status();
  return invalid_argument(describe_op(op) + ": custom_call target '" + target + "' takes " +
                          (complex_allowed ? "float or complex" : "float") + " operands, not " +
                          op.result(0).type().to_string());
}

bool is_half(mx::Dtype dtype) {
  return dtype == mx::float16 || dtype == mx::bfloat16;
}

// MLX's real versions agree with XLA's within a few ulps (float64 ones
// too, unlike exp/sin/cos); half-precision types are computed in float32
// and rounded once, as XLA's expansions do. Complex operands take
// complex_math.h's versions, which follow XLA's algorithms.
mx::array apply(MlxUnary f, const mx::array& x) {
  if (is_half(x.dtype())) return mx::astype(f(mx::astype(x, mx::float32), {}), x.dtype());
  return f(x, {});
}

using ComplexFunction = mx::array (*)(const mx::array&);

mx::array real_or_complex(MlxUnary f, ComplexFunction c, const mx::array& x) {
  return is_complex(x.dtype()) ? c(x) : apply(f, x);
}

// --- erf ------------------------------------------------------------------
// MLX's erf is off by several percent for tiny arguments, so erf is built
// from arithmetic and exp, in the operand's precision.

struct ErfPlan {
  double split;        // the series below, the continued fraction above
  int series_terms;    // enough for the precision at |x| = split
  int fraction_terms;  // enough at |x| = split
  double saturation;   // erf(x) rounds to +-1 beyond this
};

// Term counts measured against a float64 reference: relative error below
// 1e-8 (float32) and 3e-16 (float64) on each side of the split.
constexpr ErfPlan kErfFloat32 = {2.0, 22, 12, 4.0};
constexpr ErfPlan kErfFloat64 = {2.5, 40, 36, 6.0};

mx::array exp_of(const mx::array& x) {
  return x.dtype() == mx::float64 ? exp_f64(x) : mx::exp(x);
}

// erf(x) = 2/sqrt(pi) e^(-x^2) sum_n 2^n x^(2n+1) / (1 * 3 * ... * (2n+1)):
// every term has x's sign, so nothing cancels, and -0.0 stays -0.0.
mx::array erf_series(const mx::array& x, int terms) {
  const mx::Dtype dtype = x.dtype();
  const mx::array x2 = mx::square(x);
  const mx::array two_x2 = mx::multiply(x2, scalar(2.0, dtype));
  mx::array term = x;
  mx::array sum = x;
  for (int n = 1; n <= terms; ++n) {
    term = mx::divide(mx::multiply(term, two_x2), scalar(2.0 * n + 1.0, dtype));
    sum = mx::add(sum, term);
  }
  const mx::array scale = mx::multiply(exp_of(mx::negative(x2)), scalar(M_2_SQRTPI, dtype));
  return mx::multiply(sum, scale);
}

// erfc(a) = e^(-a^2) / sqrt(pi) / (a + (1/2) / (a + 1 / (a + (3/2) / ...)))
// for a >= split, evaluated from the innermost level out.
mx::array erfc_fraction(const mx::array& a, int terms) {
  const mx::Dtype dtype = a.dtype();
  mx::array f = a;
  for (int k = terms; k >= 1; --k) f = mx::add(a, mx::divide(scalar(0.5 * k, dtype), f));
  const mx::array e = exp_of(mx::negative(mx::square(a)));
  return mx::divide(mx::multiply(e, scalar(0.5 * M_2_SQRTPI, dtype)), f);
}

mx::array erf_in(const mx::array& x, const ErfPlan& plan) {
  const mx::Dtype dtype = x.dtype();
  const mx::array magnitude = mx::abs(x);
  const mx::array small = mx::less(magnitude, scalar(plan.split, dtype));
  const mx::array series =
      erf_series(mx::where(small, x, scalar(0.0, dtype)), plan.series_terms);
  const mx::array a =
      mx::clip(magnitude, scalar(plan.split, dtype), scalar(plan.saturation, dtype));
  const mx::array tail =
      mx::subtract(scalar(1.0, dtype), erfc_fraction(a, plan.fraction_terms));
  const mx::array large = mx::where(mx::less(x, scalar(0.0, dtype)), mx::negative(tail), tail);
  return mx::where(mx::isnan(x), x, mx::where(small, series, large));
}

mx::array erf_any(const mx::array& x) {
  if (x.dtype() == mx::float64) return erf_in(x, kErfFloat64);
  if (is_half(x.dtype()))
    return mx::astype(erf_in(mx::astype(x, mx::float32), kErfFloat32), x.dtype());
  return erf_in(x, kErfFloat32);
}

}  // namespace

Status check_mhlo_real_function(const ir::Op& op) {
  return check_unary(op, false);
}

Status check_mhlo_function(const ir::Op& op) {
  return check_unary(op, true);
}

Arrays lower_mhlo_sinh(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::sinh, complex_sinh, x[0])};
}

Arrays lower_mhlo_cosh(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::cosh, complex_cosh, x[0])};
}

Arrays lower_mhlo_asin(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::arcsin, complex_asin, x[0])};
}

Arrays lower_mhlo_acos(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::arccos, complex_acos, x[0])};
}

Arrays lower_mhlo_asinh(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::arcsinh, complex_asinh, x[0])};
}

Arrays lower_mhlo_acosh(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::arccosh, complex_acosh, x[0])};
}

Arrays lower_mhlo_atanh(const ir::Op&, const Arrays& x) {
  return {real_or_complex(mx::arctanh, complex_atanh, x[0])};
}

Arrays lower_mhlo_erf(const ir::Op&, const Arrays& x) {
  return {erf_any(x[0])};
}

}  // namespace metallib::runtime::ops
