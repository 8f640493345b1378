// complex64 elementwise functions built from float32 operations on the real
// and imaginary parts, with the formulas and special cases of XLA's CPU
// backend (the oracle). MLX's own complex kernels follow C99's Annex G at
// infinities and NaN (tan(inf + 0i) = NaN + 0i where XLA gives NaN + NaN i,
// sign(inf + i) = NaN + NaN i where XLA gives NaN + 0i). jaxlib itself
// expands complex exp, log, log1p, sqrt, sin, cos and (from 0.10) abs into
// real ops before the plugin sees them; what arrives complex is below.
// Internal to runtime/: includes MLX.
#pragma once

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

// e^z, with XLA's answers at b = 0 and where e^a alone overflows.
mx::array complex_exp(const mx::array& z);
mx::array complex_expm1(const mx::array& z);
mx::array complex_rsqrt(const mx::array& z);
mx::array complex_tan(const mx::array& z);
mx::array complex_tanh(const mx::array& z);
mx::array complex_sign(const mx::array& z);
// |z| as a float32, NaN where a part is NaN (also for inf + NaN i).
mx::array complex_abs(const mx::array& z);
// 2^z as XLA computes it: C's cexp of (a ln 2) + (b ln 2) i, so C99's
// values where a scaled part is infinite or NaN, complex_exp elsewhere.
mx::array complex_exp2(const mx::array& z);
// log2 z = (log|z| + i arg z) / ln 2 with XLA's |z| (complex_abs): NaN in a
// part makes both parts NaN, and |z| overflows past the largest float.
mx::array complex_log2(const mx::array& z);
// The arcsine family and atanh as StableHLO's CHLO decompositions compute
// them (complex_arc.cc), for the custom calls of jaxlib 0.9.
mx::array complex_asin(const mx::array& z);
mx::array complex_acos(const mx::array& z);
mx::array complex_asinh(const mx::array& z);
mx::array complex_acosh(const mx::array& z);
mx::array complex_atanh(const mx::array& z);
// sinh and cosh as JAX writes them for complex operands (e^(z + log 1/2)
// -+ e^(log 1/2 - z)), for the custom calls of jaxlib 0.9.
mx::array complex_sinh(const mx::array& z);
mx::array complex_cosh(const mx::array& z);

// (a + bi)(c + di) by the textbook formula, without MLX's recovery of
// infinities. XLA's CPU backend fuses one product of a*c - b*d (which one
// varies between its kernels) into a multiply-add, so where a product
// overflows its answer can be -inf where this one is NaN.
mx::array complex_multiply(const mx::array& x, const mx::array& y);
// x / y by Smith's algorithm with XLA's answers for zero and infinite parts.
mx::array complex_divide(const mx::array& x, const mx::array& y);
// x ** y = |x|^c e^(-d arg x) (cos q + i sin q), q = c arg x + d log|x|,
// with XLA's answers for 0, 1 and infinite bases and zero exponents.
mx::array complex_power(const mx::array& x, const mx::array& y);

}  // namespace metallib::runtime::ops
