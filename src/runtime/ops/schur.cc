// The Schur decomposition A = Z T Z^H (JAX's schur primitive), as the CPU
// backend's LAPACK gees returns it: for real input T is quasi upper
// triangular (the real Schur form), for complex input upper triangular.
//
// MLX has no Schur routine, and the QR algorithm is iterative with
// data-dependent convergence, which a static MLX graph cannot express
// without running a fixed, pessimistic number of sweeps. So the
// decomposition is a custom MLX primitive whose eval_cpu runs the textbook
// algorithm (Golub & Van Loan, "Matrix Computations", ch. 7) in plain C++
// on the CPU stream:
// - a Householder reduction to upper Hessenberg form, accumulating Z;
// - real input: Francis' implicit double-shift QR steps; each 2x2 block
//   left at the end is rotated to standard form (upper triangular when its
//   eigenvalues are real, equal diagonal entries when they are a complex
//   pair), the form LAPACK's gees returns;
// - complex input: implicit single-shift QR steps with Wilkinson shifts.
// Everything is computed in double (complex<double>) and rounded once.
// A matrix holding NaN or infinity, or one whose iteration does not
// converge, gets NaN in every output, as the CPU backend reports a failed
// gees.
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "mlx/backend/cpu/encoder.h"
#include "mlx/primitives.h"
#include "runtime/ops/linalg.h"

namespace metallib::runtime::ops {
namespace {

using Complex = std::complex<double>;

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kSafeMin = std::numeric_limits<double>::min();

double conj(double x) {
  return x;
}
Complex conj(const Complex& x) {
  return std::conj(x);
}

// An n x n matrix, row-major, in the working precision.
template <typename S>
struct Matrix {
  int n = 0;
  std::vector<S> data;
  explicit Matrix(int size) : n(size), data(static_cast<size_t>(size) * size, S(0)) {}
  S& operator()(int i, int j) { return data[static_cast<size_t>(i) * n + j]; }
  S operator()(int i, int j) const { return data[static_cast<size_t>(i) * n + j]; }
};

template <typename S>
Matrix<S> identity(int n) {
  Matrix<S> m(n);
  for (int i = 0; i < n; ++i) m(i, i) = S(1);
  return m;
}

// --- reflectors and rotations ----------------------------------------------

// P = I - tau v v^H acting on the rows [first, first + size) of `h`, columns
// [c0, c1): h <- P h.
template <typename S>
void reflect_rows(Matrix<S>& h, int first, const S* v, int size, S tau, int c0, int c1) {
  for (int c = c0; c < c1; ++c) {
    S dot(0);
    for (int s = 0; s < size; ++s) dot += conj(v[s]) * h(first + s, c);
    dot *= tau;
    for (int s = 0; s < size; ++s) h(first + s, c) -= v[s] * dot;
  }
}

// h <- h P on the columns [first, first + size), rows [r0, r1).
template <typename S>
void reflect_columns(Matrix<S>& h, int first, const S* v, int size, S tau, int r0, int r1) {
  for (int r = r0; r < r1; ++r) {
    S dot(0);
    for (int s = 0; s < size; ++s) dot += h(r, first + s) * v[s];
    dot *= tau;
    for (int s = 0; s < size; ++s) h(r, first + s) -= dot * conj(v[s]);
  }
}

// The Householder reflector P = I - tau v v^H (Hermitian and unitary) with
// P x = beta e_1. v overwrites x; returns false (P = I) when x is already a
// multiple of e_1 with a real head, since there is nothing to annihilate.
template <typename S>
bool householder(S* x, int size, S* tau, S* beta) {
  double tail = 0;
  for (int s = 1; s < size; ++s) tail += std::norm(x[s]);
  const S alpha = x[0];
  if (tail == 0 && std::imag(Complex(alpha)) == 0) return false;
  const double norm = std::sqrt(std::norm(alpha) + tail);
  // beta opposite in phase to alpha, so alpha - beta does not cancel.
  const double magnitude = std::abs(alpha);
  *beta = magnitude == 0 ? S(-norm) : -(alpha / magnitude) * norm;
  x[0] = alpha - *beta;
  *tau = S(2.0 / (std::norm(x[0]) + tail));
  return true;
}

// --- Hessenberg reduction ---------------------------------------------------

// Q^H A Q = H upper Hessenberg; z <- z Q when given.
template <typename S>
void reduce_to_hessenberg(Matrix<S>& h, Matrix<S>* z) {
  const int n = h.n;
  std::vector<S> v(n);
  for (int k = 0; k + 2 < n; ++k) {
    const int size = n - k - 1;
    for (int s = 0; s < size; ++s) v[s] = h(k + 1 + s, k);
    S tau, beta;
    if (!householder(v.data(), size, &tau, &beta)) continue;
    reflect_rows(h, k + 1, v.data(), size, tau, k + 1, n);
    reflect_columns(h, k + 1, v.data(), size, tau, 0, n);
    if (z) reflect_columns(*z, k + 1, v.data(), size, tau, 0, n);
    h(k + 1, k) = beta;
    for (int r = k + 2; r < n; ++r) h(r, k) = S(0);
  }
}

// --- deflation --------------------------------------------------------------

// Whether the subdiagonal entry h[k, k-1] is negligible beside its diagonal
// neighbours (or, when both are zero, beside the matrix's scale).
template <typename S>
bool negligible(const Matrix<S>& h, int k, double scale) {
  const double sub = std::abs(h(k, k - 1));
  if (sub <= kSafeMin) return true;
  double neighbours = std::abs(h(k - 1, k - 1)) + std::abs(h(k, k));
  if (neighbours == 0) neighbours = scale;
  return sub <= kEps * neighbours;
}

// The first row of the active window ending at row `hi`: the row below the
// last negligible subdiagonal entry, which is set to exactly zero.
template <typename S>
int active_window_start(Matrix<S>& h, int hi, double scale) {
  int lo = hi;
  while (lo > 0 && !negligible(h, lo, scale)) --lo;
  if (lo > 0) h(lo, lo - 1) = S(0);
  return lo;
}

template <typename S>
double frobenius_norm(const Matrix<S>& h) {
  double sum = 0;
  for (const S& x : h.data) sum += std::norm(x);
  return std::sqrt(sum);
}

// LAPACK's bound: 30 iterations per eigenvalue on average, and never less
// than 10 eigenvalues' worth, before a window is declared not converging.
int iteration_limit(int n) {
  return 30 * std::max(10, n);
}

// Shifts every so many iterations without deflation are exceptional, to
// break the cycles the standard shifts can fall into.
bool exceptional_iteration(int iterations) {
  return iterations > 0 && iterations % 10 == 0;
}

// --- real Schur form: Francis double-shift QR -------------------------------

// A plane rotation G = [[c, -s], [s, c]] of rows/columns (p, p+1) applied as
// T <- G^T T G to the whole Schur form, and Z <- Z G.
void rotate_real(Matrix<double>& t, Matrix<double>* z, int p, double c, double s) {
  const int n = t.n;
  for (int j = 0; j < n; ++j) {
    const double x = t(p, j), y = t(p + 1, j);
    t(p, j) = c * x + s * y;
    t(p + 1, j) = -s * x + c * y;
  }
  auto columns = [&](Matrix<double>& m) {
    for (int i = 0; i < n; ++i) {
      const double x = m(i, p), y = m(i, p + 1);
      m(i, p) = c * x + s * y;
      m(i, p + 1) = -s * x + c * y;
    }
  };
  columns(t);
  if (z) columns(*z);
}

// Rotates the 2x2 diagonal block at (p, p) to standard form: upper
// triangular when its eigenvalues are real, equal diagonal entries (and
// off-diagonal entries of opposite signs) when they are a complex pair.
void standardize_block(Matrix<double>& t, Matrix<double>* z, int p) {
  const double a = t(p, p), b = t(p, p + 1), c = t(p + 1, p), d = t(p + 1, p + 1);
  if (c == 0) return;
  const double half_gap = (a - d) / 2;
  const double discriminant = half_gap * half_gap + b * c;
  if (discriminant >= 0) {
    // (lambda - d, c) is an eigenvector for the eigenvalue lambda farther
    // from d; rotating it onto e_1 makes the block upper triangular. The
    // sign choice keeps lambda - d free of cancellation.
    const double root = std::copysign(std::sqrt(discriminant), half_gap);
    const double x = half_gap + root, y = c;
    const double r = std::hypot(x, y);
    rotate_real(t, z, p, x / r, y / r);
    t(p + 1, p) = 0;
    return;
  }
  // Complex pair: the rotation by theta changes a - d into
  // (a - d) cos 2theta + (b + c) sin 2theta, zero for the angle below.
  const double theta = 0.5 * std::atan2(-(a - d), b + c);
  rotate_real(t, z, p, std::cos(theta), std::sin(theta));
  const double mean = (t(p, p) + t(p + 1, p + 1)) / 2;
  t(p, p) = t(p + 1, p + 1) = mean;
}

// One implicit double-shift (Francis) QR step on the window [lo, hi] of the
// Hessenberg matrix t (at least 3 x 3), applied to the whole Schur form and
// to z. The shifts s1, s2 are the eigenvalues of the trailing 2x2 block (or
// exceptional ones), written as the roots m +- sqrt(q) of (x - m)^2 - q:
// m and q are real even when the shifts are complex.
void francis_step(Matrix<double>& t, Matrix<double>* z, int lo, int hi, bool exceptional) {
  const int n = t.n;
  double m, q;
  if (exceptional) {
    const double w = std::abs(t(hi, hi - 1)) + std::abs(t(hi - 1, hi - 2));
    m = t(hi, hi) + 0.75 * w;
    q = -0.4375 * w * w;
  } else {
    const double a = t(hi - 1, hi - 1), b = t(hi - 1, hi), c = t(hi, hi - 1), d = t(hi, hi);
    const double half_gap = (a - d) / 2;
    m = (a + d) / 2;
    q = half_gap * half_gap + b * c;
  }
  // The first column of (T - s1 I)(T - s2 I), nonzero in three rows only.
  // It is formed from the differences t - m rather than from s1 + s2 and
  // s1 s2: when the window's eigenvalues cluster, the latter cancel to
  // rounding noise and the shifts stop steering the iteration.
  const double d0 = t(lo, lo) - m, d1 = t(lo + 1, lo + 1) - m;
  double v[3];
  v[0] = d0 * d0 - q + t(lo, lo + 1) * t(lo + 1, lo);
  v[1] = t(lo + 1, lo) * (d0 + d1);
  v[2] = t(lo + 1, lo) * t(lo + 2, lo + 1);
  for (int k = lo; k <= hi - 1; ++k) {
    const int size = std::min(3, hi - k + 1);
    double tau, beta;
    if (k > lo) {
      // The bulge the previous reflector left below column k - 1.
      for (int s = 0; s < size; ++s) v[s] = t(k + s, k - 1);
    }
    if (householder(v, size, &tau, &beta)) {
      reflect_rows(t, k, v, size, tau, std::max(lo, k - 1), n);
      reflect_columns(t, k, v, size, tau, 0, std::min(k + 3, hi) + 1);
      if (z) reflect_columns(*z, k, v, size, tau, 0, n);
      if (k > lo) {
        t(k, k - 1) = beta;
        for (int s = 1; s < size; ++s) t(k + s, k - 1) = 0;
      }
    }
  }
}

// The real Schur form of the Hessenberg matrix t; false when an active
// window does not converge.
bool real_schur(Matrix<double>& t, Matrix<double>* z) {
  const double scale = frobenius_norm(t);
  int hi = t.n - 1;
  int iterations = 0;
  while (hi >= 0) {
    const int lo = active_window_start(t, hi, scale);
    if (lo == hi) {  // a real eigenvalue deflated
      --hi;
      iterations = 0;
    } else if (lo == hi - 1) {  // a 2x2 block deflated
      standardize_block(t, z, lo);
      hi -= 2;
      iterations = 0;
    } else {
      if (iterations >= iteration_limit(t.n)) return false;
      francis_step(t, z, lo, hi, exceptional_iteration(iterations));
      ++iterations;
    }
  }
  return true;
}

// --- complex Schur form: single-shift QR ------------------------------------

// The rotation G = [[c, s], [-conj(s), c]] (c real) with G [x, y]^T =
// [r, 0]^T.
struct Rotation {
  double c;
  Complex s;
};

Rotation rotation_zeroing(Complex x, Complex y) {
  const double ax = std::abs(x), ay = std::abs(y);
  if (ay == 0) return {1.0, Complex(0)};
  if (ax == 0) return {0.0, std::conj(y) / ay};
  const double r = std::hypot(ax, ay);
  return {ax / r, (x / ax) * std::conj(y) / r};
}

// T <- G T on rows (p, p+1), columns [c0, n).
void rotate_rows(Matrix<Complex>& t, int p, const Rotation& g, int c0) {
  for (int j = c0; j < t.n; ++j) {
    const Complex x = t(p, j), y = t(p + 1, j);
    t(p, j) = g.c * x + g.s * y;
    t(p + 1, j) = -std::conj(g.s) * x + g.c * y;
  }
}

// M <- M G^H on columns (p, p+1), rows [0, r1).
void rotate_columns(Matrix<Complex>& m, int p, const Rotation& g, int r1) {
  for (int i = 0; i < r1; ++i) {
    const Complex x = m(i, p), y = m(i, p + 1);
    m(i, p) = g.c * x + std::conj(g.s) * y;
    m(i, p + 1) = -g.s * x + g.c * y;
  }
}

// The eigenvalue of the trailing 2x2 block of the window nearer its last
// diagonal entry (Wilkinson's shift), or an exceptional shift.
Complex complex_shift(const Matrix<Complex>& t, int hi, bool exceptional) {
  const Complex a = t(hi - 1, hi - 1), b = t(hi - 1, hi), c = t(hi, hi - 1), d = t(hi, hi);
  if (exceptional) return d + 0.75 * std::abs(c) * Complex(1, 1);
  const Complex half_gap = (a - d) / 2.0;
  const Complex root = std::sqrt(half_gap * half_gap + b * c);
  const Complex mean = (a + d) / 2.0;
  const Complex first = mean + root, second = mean - root;
  return std::abs(first - d) <= std::abs(second - d) ? first : second;
}

// One implicit single-shift QR step on the window [lo, hi] (at least 2x2),
// chasing the bulge down with rotations.
void complex_qr_step(Matrix<Complex>& t, Matrix<Complex>* z, int lo, int hi, bool exceptional) {
  const Complex shift = complex_shift(t, hi, exceptional);
  for (int k = lo; k < hi; ++k) {
    const Rotation g = k == lo ? rotation_zeroing(t(lo, lo) - shift, t(lo + 1, lo))
                               : rotation_zeroing(t(k, k - 1), t(k + 1, k - 1));
    rotate_rows(t, k, g, k == lo ? lo : k - 1);
    if (k > lo) t(k + 1, k - 1) = Complex(0);
    rotate_columns(t, k, g, std::min(k + 2, hi) + 1);
    if (z) rotate_columns(*z, k, g, z->n);
  }
}

bool complex_schur(Matrix<Complex>& t, Matrix<Complex>* z) {
  const double scale = frobenius_norm(t);
  int hi = t.n - 1;
  int iterations = 0;
  while (hi >= 0) {
    const int lo = active_window_start(t, hi, scale);
    if (lo == hi) {
      --hi;
      iterations = 0;
    } else {
      if (iterations >= iteration_limit(t.n)) return false;
      complex_qr_step(t, z, lo, hi, exceptional_iteration(iterations));
      ++iterations;
    }
  }
  return true;
}

// --- one matrix -------------------------------------------------------------

template <typename S>
bool all_finite(const Matrix<S>& m) {
  for (const S& x : m.data) {
    if (!std::isfinite(std::real(x)) || !std::isfinite(std::imag(Complex(x)))) return false;
  }
  return true;
}

// The power of two that brings the largest entry's magnitude near 1 when it
// is so large that squares overflow (or so small that they underflow) in
// the reflectors' norms; 1 otherwise. Powers of two scale exactly.
template <typename S>
double exact_scale(const Matrix<S>& m) {
  double largest = 0;
  for (const S& x : m.data) largest = std::max(largest, std::abs(x));
  if (largest == 0 || (largest > 1e-150 && largest < 1e150)) return 1;
  return std::ldexp(1.0, -std::ilogb(largest));
}

// Whether the decomposition succeeded; t holds the Schur form with every
// entry below the (block) diagonal exactly zero.
template <typename S>
bool schur_in_place(Matrix<S>& t, Matrix<S>* z) {
  if (!all_finite(t)) return false;
  // A Z T Z^H = (a A): Z is unchanged and T scales back.
  const double scale = exact_scale(t);
  for (S& x : t.data) x *= scale;
  reduce_to_hessenberg(t, z);
  bool converged;
  if constexpr (std::is_same_v<S, double>) {
    converged = real_schur(t, z);
  } else {
    converged = complex_schur(t, z);
  }
  for (int i = 0; i < t.n; ++i) {
    for (int j = 0; j + 1 < i; ++j) t(i, j) = S(0);
  }
  for (S& x : t.data) x /= scale;
  return converged && all_finite(t) && (z == nullptr || all_finite(*z));
}

// --- the MLX primitive ------------------------------------------------------

template <typename T>
using Work = std::conditional_t<std::is_same_v<T, mx::complex64_t>, Complex, double>;

template <typename T>
Work<T> widen(T x) {
  if constexpr (std::is_same_v<T, mx::complex64_t>) {
    return Complex(x.real(), x.imag());
  } else {
    return static_cast<double>(x);
  }
}

template <typename T>
T narrow(const Work<T>& x) {
  if constexpr (std::is_same_v<T, mx::complex64_t>) {
    return T(static_cast<float>(x.real()), static_cast<float>(x.imag()));
  } else {
    return static_cast<T>(x);
  }
}

template <typename T>
T quiet_nan() {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  if constexpr (std::is_same_v<T, mx::complex64_t>) {
    return T(static_cast<float>(nan), static_cast<float>(nan));
  } else {
    return static_cast<T>(nan);
  }
}

// Decomposes every matrix of `a` (any strides) into the row-major outputs
// `t_out` and, when given, `z_out`. Never throws: a failure is NaN.
template <typename T>
void schur_batch(const mx::array& a, T* t_out, T* z_out) {
  const int ndim = static_cast<int>(a.ndim());
  const int n = a.shape(-1);
  const size_t matrix_size = static_cast<size_t>(n) * n;
  const size_t batch = matrix_size == 0 ? 0 : a.size() / matrix_size;
  const T* base = a.data<T>();
  const int64_t row_stride = a.strides()[ndim - 2], column_stride = a.strides()[ndim - 1];
  for (size_t b = 0; b < batch; ++b) {
    // The offset of matrix b from the batch dimensions' strides.
    int64_t offset = 0;
    size_t rest = b;
    for (int axis = ndim - 3; axis >= 0; --axis) {
      offset += static_cast<int64_t>(rest % a.shape(axis)) * a.strides()[axis];
      rest /= a.shape(axis);
    }
    T* t_dst = t_out + b * matrix_size;
    T* z_dst = z_out ? z_out + b * matrix_size : nullptr;
    bool ok = false;
    try {
      Matrix<Work<T>> t(n);
      for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
          t(i, j) = widen(base[offset + i * row_stride + j * column_stride]);
        }
      }
      std::unique_ptr<Matrix<Work<T>>> z;
      if (z_dst) z = std::make_unique<Matrix<Work<T>>>(identity<Work<T>>(n));
      ok = schur_in_place(t, z.get());
      if (ok) {
        for (size_t i = 0; i < matrix_size; ++i) t_dst[i] = narrow<T>(t.data[i]);
        if (z_dst) {
          for (size_t i = 0; i < matrix_size; ++i) z_dst[i] = narrow<T>(z->data[i]);
        }
      }
    } catch (...) {  // out of memory: reported as NaN like any failure
      ok = false;
    }
    if (!ok) {
      std::fill(t_dst, t_dst + matrix_size, quiet_nan<T>());
      if (z_dst) std::fill(z_dst, z_dst + matrix_size, quiet_nan<T>());
    }
  }
}

class Schur : public mx::Primitive {
 public:
  Schur(mx::Stream stream, bool vectors) : mx::Primitive(stream), vectors_(vectors) {}

  void eval_cpu(const std::vector<mx::array>& inputs,
                std::vector<mx::array>& outputs) override {
    for (mx::array& out : outputs) out.set_data(mx::allocator::malloc(out.nbytes()));
    auto& encoder = mx::cpu::get_command_encoder(stream());
    encoder.set_input_array(inputs[0]);
    for (mx::array& out : outputs) encoder.set_output_array(out);
    // The task runs after eval_cpu returns, once the input is computed; it
    // holds the input (a handle sharing its data) and writes the outputs'
    // buffers, which MLX keeps until the task has run.
    void* t_out = outputs[0].data<void>();
    void* z_out = vectors_ ? outputs[1].data<void>() : nullptr;
    encoder.dispatch([a = inputs[0], t_out, z_out]() {
      switch (a.dtype()) {
        case mx::float32:
          schur_batch(a, static_cast<float*>(t_out), static_cast<float*>(z_out));
          break;
        case mx::float64:
          schur_batch(a, static_cast<double*>(t_out), static_cast<double*>(z_out));
          break;
        default:  // complex64: the only other dtype the check admits
          schur_batch(a, static_cast<mx::complex64_t*>(t_out),
                      static_cast<mx::complex64_t*>(z_out));
          break;
      }
    });
  }

  void eval_gpu(const std::vector<mx::array>&, std::vector<mx::array>&) override {
    throw std::runtime_error("the Schur decomposition runs on the CPU stream only");
  }

  const char* name() const override { return "MetallibSchur"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    const auto* schur = dynamic_cast<const Schur*>(&other);
    return schur != nullptr && schur->vectors_ == vectors_;
  }

 private:
  bool vectors_;
};

}  // namespace

Arrays schur_decomposition(const mx::array& a, bool compute_vectors) {
  const size_t count = compute_vectors ? 2 : 1;
  if (a.size() == 0) return Arrays(count, mx::zeros(a.shape(), a.dtype()));
  const mx::Stream cpu = mx::default_stream(mx::Device::cpu);
  auto primitive = std::make_shared<Schur>(cpu, compute_vectors);
  return mx::array::make_arrays(std::vector<mx::Shape>(count, a.shape()),
                                std::vector<mx::Dtype>(count, a.dtype()), primitive, {a});
}

}  // namespace metallib::runtime::ops
