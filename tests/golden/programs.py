"""Registry of small JAX programs whose lowered StableHLO makes up the golden corpus.

Each entry is a name, a function and example arguments. Arguments are plain
NumPy arrays built here (never JAX arrays): making a JAX array on the plugin's
device would itself need a compile, which the capturing plugin refuses, so the
program under test would never be reached. Values are deterministic; only
shapes and dtypes matter for lowering, but indices are kept in range anyway.

Programs in the "x64" group are run by the generator with jax_enable_x64 on.
`jit_kwargs`, when given, is called at run time (it may need jax.devices())
and its result is passed to jax.jit.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Callable

import ml_dtypes
import numpy as np

import jax
import jax.numpy as jnp
from jax import lax


@dataclasses.dataclass
class Program:
    name: str
    fn: Callable
    args: tuple
    group: str = "default"
    jit_kwargs: Callable[[], dict] | None = None


REGISTRY: list[Program] = []

DT = {
    "f16": np.float16, "bf16": ml_dtypes.bfloat16, "f32": np.float32, "f64": np.float64,
    "i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64,
    "u8": np.uint8, "u16": np.uint16, "u32": np.uint32, "u64": np.uint64,
    "bool": np.bool_, "c64": np.complex64, "c128": np.complex128,
}


def add(name: str, fn: Callable, *args: Any, group: str = "default", jit_kwargs=None) -> None:
    assert all(p.name != name for p in REGISTRY), name
    REGISTRY.append(Program(name, fn, args, group, jit_kwargs))


def A(shape, dt="f32", lo=-2.0, hi=2.0, seed=0):
    """Deterministic example array of the given shape and dtype name."""
    shape = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
    rng = np.random.default_rng(seed + 7 * len(shape) + sum(shape))
    if dt == "bool":
        return rng.random(shape) > 0.5
    if dt in ("c64", "c128"):
        re, im = rng.uniform(lo, hi, shape), rng.uniform(lo, hi, shape)
        return (re + 1j * im).astype(DT[dt])
    if dt[0] in "iu":
        info = np.iinfo(DT[dt])
        lo_i, hi_i = max(int(lo), info.min), min(int(hi), info.max)
        return rng.integers(lo_i, hi_i + 1, shape).astype(DT[dt])
    return rng.uniform(lo, hi, shape).astype(DT[dt])


def I(shape, n):
    """Index array with values in [0, n)."""
    return A(shape, "i32", 0, n - 1, seed=3)


def spd(n, dt="f32"):
    a = A((n, n), "f64", seed=5)
    return (a @ a.T + n * np.eye(n)).astype(DT[dt])


def scalar(v, dt="i32"):
    return np.asarray(v, DT[dt])


# --- elementwise unary ------------------------------------------------------
UNARY_F = {
    "abs": lax.abs, "neg": lax.neg, "sign": lax.sign, "floor": lax.floor, "ceil": lax.ceil,
    "round_even": lambda x: lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN),
    "round_away": lambda x: lax.round(x, lax.RoundingMethod.AWAY_FROM_ZERO),
    "is_finite": lax.is_finite, "exp": lax.exp, "exp2": lax.exp2, "expm1": lax.expm1,
    "log": lambda x: lax.log(lax.abs(x) + 1), "log1p": lambda x: lax.log1p(lax.abs(x)),
    "sqrt": lambda x: lax.sqrt(lax.abs(x)), "rsqrt": lambda x: lax.rsqrt(lax.abs(x) + 1),
    "cbrt": lax.cbrt, "sin": lax.sin, "cos": lax.cos, "tan": lax.tan, "asin": lambda x: lax.asin(x / 4),
    "acos": lambda x: lax.acos(x / 4), "atan": lax.atan, "sinh": lax.sinh, "cosh": lax.cosh,
    "asinh": lax.asinh, "acosh": lambda x: lax.acosh(lax.abs(x) + 1), "atanh": lambda x: lax.atanh(x / 4),
    "tanh": lax.tanh, "logistic": lax.logistic, "erf": lax.erf, "erfc": lax.erfc,
    "erf_inv": lambda x: lax.erf_inv(x / 4), "lgamma": lax.lgamma, "digamma": lax.digamma,
    "bessel_i0e": lax.bessel_i0e, "bessel_i1e": lax.bessel_i1e, "square": lax.square,
    "reciprocal": lambda x: lax.integer_pow(x, -1), "integer_pow3": lambda x: lax.integer_pow(x, 3),
}
for op, f in UNARY_F.items():
    add(f"unary_{op}_f32", f, A((4, 8)))
for dt in ("f16", "bf16"):
    for op in ("abs", "exp", "log", "tanh", "sqrt", "sin", "logistic", "floor", "erf"):
        add(f"unary_{op}_{dt}", UNARY_F[op], A((4, 8), dt))

# --- elementwise binary -----------------------------------------------------
BINARY_F = {
    "add": lax.add, "sub": lax.sub, "mul": lax.mul, "div": lax.div, "rem": lax.rem,
    "pow": lambda x, y: lax.pow(lax.abs(x), y), "max": lax.max, "min": lax.min,
    "atan2": lax.atan2, "nextafter": lax.nextafter,
}
for op, f in BINARY_F.items():
    add(f"binary_{op}_f32", f, A((4, 8)), A((4, 8), seed=1))
for dt in ("f16", "bf16"):
    for op in ("add", "mul", "div", "max", "pow"):
        add(f"binary_{op}_{dt}", BINARY_F[op], A((4, 8), dt), A((4, 8), dt, seed=1))
pos = functools.partial(A, lo=0.5, hi=4.0)
add("special_igamma", lax.igamma, pos((8,)), pos((8,), seed=1))
add("special_igammac", lax.igammac, pos((8,)), pos((8,), seed=1))
add("special_polygamma", lambda x: lax.polygamma(jnp.full_like(x, 2.0), x), pos((8,)))
add("special_zeta", lax.zeta, pos((8,), lo=2.0), pos((8,), seed=1))
add("special_random_gamma_grad", lax.random_gamma_grad, pos((8,)), pos((8,), seed=1))
add("special_bessel_jn", lambda x: jax.scipy.special.bessel_jn(x, v=2), pos((8,)))
add("special_i0_i1", lambda x: (jax.scipy.special.i0(x), jax.scipy.special.i1(x)), pos((8,)))
add("special_betainc", lambda a, b, x: jax.scipy.special.betainc(a, b, x / 4),
    pos((8,)), pos((8,), seed=1), pos((8,), seed=2))

# --- integer and bool ops ---------------------------------------------------
INT_OPS = {
    "add": lax.add, "mul": lax.mul, "div": lambda x, y: lax.div(x, y | 1), "rem": lambda x, y: lax.rem(x, y | 1),
    "max": lax.max, "min": lax.min, "and": lax.bitwise_and, "or": lax.bitwise_or, "xor": lax.bitwise_xor,
    "shift_left": lambda x, y: lax.shift_left(x, y & 7),
    "shift_right_logical": lambda x, y: lax.shift_right_logical(x, y & 7),
    "shift_right_arithmetic": lambda x, y: lax.shift_right_arithmetic(x, y & 7),
}
for op, f in INT_OPS.items():
    add(f"int_{op}_i32", f, A((16,), "i32", -100, 100), A((16,), "i32", -100, 100, seed=1))
for op, f in {"not": lax.bitwise_not, "popcount": lax.population_count, "clz": lax.clz,
              "abs": lax.abs, "neg": lax.neg, "sign": lax.sign,
              "integer_pow": lambda x: lax.integer_pow(x, 3)}.items():
    add(f"int_{op}_i32", f, A((16,), "i32", -100, 100))


def int_mix(x, y):
    # Many integer ops in one program, to exercise one dtype broadly.
    y1 = y | 1
    return (x + y) * y - x // y1, x % y1, x & y | ~x ^ y, lax.population_count(x), lax.clz(y), jnp.maximum(x, y)


for dt in ("i8", "i16", "u8", "u16", "u32"):
    add(f"int_mix_{dt}", int_mix, A((16,), dt, 0, 100), A((16,), dt, 0, 100, seed=1))
add("bool_logic", lambda a, b: (a & b, a | b, a ^ b, ~a, jnp.logical_not(b)), A((16,), "bool"), A((16,), "bool", seed=1))


# --- compare / select / clamp -----------------------------------------------
def compare_all(x, y):
    return x == y, x != y, x < y, x <= y, x > y, x >= y


for dt in ("f32", "f16", "bf16", "i32", "u32", "i8", "bool"):
    add(f"compare_{dt}", compare_all, A((8,), dt, 0, 10), A((8,), dt, 0, 10, seed=1))
add("compare_c64_eq", lambda x, y: (x == y, x != y), A((8,), "c64"), A((8,), "c64", seed=1))
add("select_f32", lax.select, A((8,), "bool"), A((8,)), A((8,), seed=1))
add("select_i32_where_broadcast", lambda c, x: jnp.where(c, x, 7), A((4, 8), "bool"), A((4, 8), "i32", 0, 9))
add("clamp_f32", lambda x: lax.clamp(-0.5, x, 0.5), A((8,)))
add("clamp_i32_tensor_bounds", lax.clamp, A((8,), "i32", -5, 0), A((8,), "i32", -9, 9), A((8,), "i32", 1, 5))
add("jnp_clip_bf16", lambda x: jnp.clip(x, -1, 1), A((8,), "bf16"))

# --- convert / bitcast_convert / reduce_precision ---------------------------
CONVERTS = [("f32", "i32"), ("i32", "f32"), ("f32", "bf16"), ("bf16", "f16"), ("f16", "f32"),
            ("bool", "f32"), ("f32", "bool"), ("u8", "f32"), ("i8", "i16"), ("u32", "i32"),
            ("f32", "u8"), ("f32", "c64"), ("i16", "bf16"), ("u16", "f16")]
for src, dst in CONVERTS:
    add(f"convert_{src}_to_{dst}", functools.partial(lax.convert_element_type, new_dtype=DT[dst]), A((8,), src, 0, 50))
add("convert_c64_real_imag", lambda z: (jnp.real(z), jnp.imag(z)), A((8,), "c64"))
add("convert_f32_fp8_roundtrip", lambda x: (lax.convert_element_type(x, jnp.float8_e4m3fn).astype(jnp.float32),
                                            lax.convert_element_type(x, jnp.float8_e5m2).astype(jnp.float32)), A((8,)))
add("convert_f32_int4_roundtrip", lambda x: x.astype(jnp.int4).astype(jnp.float32), A((8,), lo=-7, hi=7))
add("bitcast_f32_to_i32", lambda x: lax.bitcast_convert_type(x, jnp.int32), A((8,)))
add("bitcast_i32_to_f32", lambda x: lax.bitcast_convert_type(x, jnp.float32), A((8,), "i32", 0, 1000))
add("bitcast_f32_to_u8_shape", lambda x: lax.bitcast_convert_type(x, jnp.uint8), A((8,)))
add("bitcast_u8_to_f32_shape", lambda x: lax.bitcast_convert_type(x, jnp.float32), A((8, 4), "u8", 0, 255))
add("bitcast_f16_to_i16", lambda x: lax.bitcast_convert_type(x, jnp.int16), A((8,), "f16"))
add("bitcast_bf16_to_u16", lambda x: lax.bitcast_convert_type(x, jnp.uint16), A((8,), "bf16"))
add("reduce_precision_f32", lambda x: lax.reduce_precision(x, exponent_bits=5, mantissa_bits=10), A((8,)))
add("reduce_precision_bf16_like", lambda x: lax.reduce_precision(x, exponent_bits=8, mantissa_bits=7), A((8,)))

# --- constants captured from NumPy -----------------------------------------
for dt in ("f32", "bf16", "i8", "bool", "c64", "u16"):
    const = A((3, 5), dt, 0, 9, seed=11)
    add(f"constant_{dt}", lambda x, c=const: (x, jnp.asarray(c)), A((2,)))
add("constant_splat_and_scalar", lambda x: x * jnp.full((4, 8), 3.5, jnp.float32) + 1.25, A((4, 8)))

# --- complex arithmetic -----------------------------------------------------
add("complex_arith", lambda a, b: (a * b, a / b, a + b, a - b, -a), A((8,), "c64"), A((8,), "c64", seed=1))
add("complex_unary", lambda z: (jnp.abs(z), jnp.conj(z), jnp.angle(z), jnp.exp(z), jnp.log(z), jnp.sqrt(z)),
    A((8,), "c64"))
add("complex_from_parts", lambda re, im: lax.complex(re, im) ** 2, A((8,)), A((8,), seed=1))
add("complex_trig_pow", lambda z: (jnp.sin(z), jnp.tanh(z), z ** 3, jnp.power(z, z)), A((8,), "c64"))
add("complex_matmul", lambda a, b: a @ b, A((4, 4), "c64"), A((4, 4), "c64", seed=1))

# --- reductions -------------------------------------------------------------
add("reduce_sum_f32_axis0", lambda x: jnp.sum(x, axis=0), A((4, 8)))
add("reduce_sum_f32_all", jnp.sum, A((4, 8)))
add("reduce_sum_i32", lambda x: jnp.sum(x, axis=1), A((4, 8), "i32", 0, 9))
add("reduce_sum_bf16", lambda x: jnp.sum(x, axis=-1), A((4, 8), "bf16"))
add("reduce_max_f32", lambda x: jnp.max(x, axis=1), A((4, 8)))
add("reduce_min_i8", lambda x: jnp.min(x, axis=0), A((4, 8), "i8", -9, 9))
add("reduce_prod_f32", lambda x: jnp.prod(x, axis=1), A((4, 8)))
add("reduce_and_all", lambda b: jnp.all(b, axis=1), A((4, 8), "bool"))
add("reduce_or_any", lambda b: jnp.any(b), A((4, 8), "bool"))
add("reduce_argmax", lambda x: jnp.argmax(x, axis=1), A((4, 8)))
add("reduce_argmin_keepdims", lambda x: jnp.argmin(x, axis=0, keepdims=True), A((4, 8)))
add("reduce_mean_var", lambda x: (jnp.mean(x, axis=0), jnp.var(x, axis=0), jnp.std(x)), A((4, 8)))
add("reduce_variadic_lax", lambda x, y: lax.reduce((x, y), (0.0, 0.0), lambda a, b: (a[0] + b[0], a[1] * b[1]), (0,)),
    A((4, 8)), A((4, 8), seed=1))
add("reduce_max_u32_multi_axis", lambda x: jnp.max(x, axis=(0, 2)), A((2, 3, 4), "u32", 0, 50))

# --- dot_general ------------------------------------------------------------
add("dot_matmul_f32", jnp.matmul, A((4, 8)), A((8, 3)))
add("dot_batch_matmul", jnp.matmul, A((2, 4, 8)), A((2, 8, 3)))
add("dot_vector", jnp.dot, A((8,)), A((8,), seed=1))
add("dot_matvec", jnp.dot, A((4, 8)), A((8,)))
add("dot_einsum_multi_contract", lambda a, b: jnp.einsum("bijk,bjkl->bil", a, b), A((2, 3, 4, 5)), A((2, 4, 5, 6)))
add("dot_int8_pref_i32", lambda a, b: lax.dot(a, b, preferred_element_type=jnp.int32), A((4, 8), "i8"), A((8, 3), "i8"))
add("dot_bf16_pref_f32", lambda a, b: lax.dot(a, b, preferred_element_type=jnp.float32), A((4, 8), "bf16"), A((8, 3), "bf16"))
add("dot_precision_highest", lambda a, b: jnp.matmul(a, b, precision=lax.Precision.HIGHEST), A((4, 8)), A((8, 3)))
add("dot_general_explicit", lambda a, b: lax.dot_general(a, b, (((2,), (1,)), ((0,), (0,)))), A((2, 3, 4)), A((2, 4, 5)))
add("dot_f16_outer", jnp.outer, A((4,), "f16"), A((5,), "f16"))

# --- convolution ------------------------------------------------------------
conv = lax.conv_general_dilated
add("conv_1d", lambda x, w: conv(x, w, (1,), "VALID"), A((1, 2, 10)), A((3, 2, 3)))
add("conv_2d_nhwc_same", lambda x, w: conv(x, w, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")),
    A((1, 6, 6, 3)), A((3, 3, 3, 4)))
add("conv_2d_strided_padded", lambda x, w: conv(x, w, (2, 2), ((1, 2), (0, 1))), A((2, 3, 9, 9)), A((4, 3, 3, 3)))
add("conv_2d_dilated", lambda x, w: conv(x, w, (1, 1), ((0, 1), (1, 0)), lhs_dilation=(2, 2), rhs_dilation=(2, 1)),
    A((1, 2, 6, 6)), A((3, 2, 2, 2)))
add("conv_2d_depthwise", lambda x, w: conv(x, w, (1, 1), "SAME", feature_group_count=4), A((1, 4, 6, 6)), A((4, 1, 3, 3)))
add("conv_3d", lambda x, w: conv(x, w, (1, 1, 1), "SAME"), A((1, 2, 4, 4, 4)), A((3, 2, 2, 2, 2)))
add("conv_batch_group_via_grad",
    jax.grad(lambda w, x: conv(x, w, (1, 1), "VALID", feature_group_count=2).sum()), A((4, 1, 3, 3)), A((2, 2, 6, 6)))
add("conv_transpose", lambda x, w: lax.conv_transpose(x, w, (2, 2), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")),
    A((1, 4, 4, 2)), A((3, 3, 2, 3)))
add("conv_bf16_pref_f32", lambda x, w: conv(x, w, (1,), "SAME", preferred_element_type=jnp.float32),
    A((1, 2, 8), "bf16"), A((3, 2, 3), "bf16"))
add("conv_grad_input", jax.grad(lambda x, w: conv(x, w, (2, 2), "SAME").sum()), A((1, 2, 6, 6)), A((3, 2, 3, 3)))
add("jnp_convolve", lambda a, b: jnp.convolve(a, b, mode="same"), A((16,)), A((5,)))

# --- reduce_window, pooling, cumulative ops, select_and_scatter --------------
def max_pool(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")


def avg_pool(x):
    return lax.reduce_window(x, 0.0, lax.add, (1, 3, 3, 1), (1, 1, 1, 1), "SAME") / 9.0


add("pool_max", max_pool, A((1, 6, 6, 2)))
add("pool_avg_same", avg_pool, A((1, 6, 6, 2)))
add("pool_dilated_padded", lambda x: lax.reduce_window(x, 0.0, lax.add, (2, 2), (1, 2), ((1, 0), (0, 1)),
                                                       base_dilation=(2, 1), window_dilation=(1, 2)), A((5, 6)))
add("pool_min_i32", lambda x: lax.reduce_window(x, np.int32(2**31 - 1), lax.min, (3,), (1,), "VALID"), A((10,), "i32"))
add("select_and_scatter_max_pool_grad", jax.grad(lambda x: max_pool(x).sum()), A((1, 6, 6, 2)))
add("avg_pool_grad", jax.grad(lambda x: avg_pool(x).sum()), A((1, 6, 6, 2)))
add("cumsum", lambda x: jnp.cumsum(x, axis=1), A((3, 8)))
add("cumsum_reverse_i32", lambda x: lax.cumsum(x, reverse=True), A((8,), "i32", 0, 9))
add("cummax", lambda x: lax.cummax(x, axis=0), A((8, 3)))
add("cummin_cumprod", lambda x: (lax.cummin(x), lax.cumprod(x)), A((8,)))
add("cumlogsumexp", lambda x: lax.cumlogsumexp(x), A((8,)))

# --- gather / scatter -------------------------------------------------------
add("gather_take_rows", lambda x, i: x[i], A((6, 4)), I((3,), 6))
add("gather_advanced_2d", lambda x, i, j: x[i, j], A((6, 5)), I((4,), 6), I((4,), 5))
add("gather_column", lambda x, i: x[:, i], A((6, 5)), I((2,), 5))
add("gather_take_clip", lambda x, i: jnp.take(x, i, axis=0, mode="clip"), A((6, 4)), I((3,), 9))
add("gather_take_fill", lambda x, i: jnp.take(x, i, axis=1, mode="fill", fill_value=-1.0), A((6, 4)), I((3,), 9))
add("gather_take_along_axis", lambda x, i: jnp.take_along_axis(x, i, axis=1), A((4, 5)), I((4, 2), 5))
add("gather_vmap_dynamic_slice", jax.vmap(lambda x, i: lax.dynamic_slice(x, (i,), (2,))), A((4, 6)), I((4,), 4))
add("scatter_add", lambda x, i, v: x.at[i].add(v), A((6, 4)), I((3,), 6), A((3, 4)))
add("scatter_mul", lambda x, i, v: x.at[i].mul(v), A((6,)), I((3,), 6), A((3,)))
add("scatter_min_i32", lambda x, i, v: x.at[i].min(v), A((6,), "i32", 0, 9), I((3,), 6), A((3,), "i32", 0, 9))
add("scatter_max", lambda x, i, v: x.at[i].max(v), A((6,)), I((3,), 6), A((3,)))
add("scatter_set", lambda x, i, v: x.at[i].set(v), A((6, 4)), I((2,), 6), A((2, 4)))
add("scatter_set_drop", lambda x, i, v: x.at[i].set(v, mode="drop"), A((6,)), I((3,), 9), A((3,)))
add("scatter_add_clip", lambda x, i, v: x.at[i].add(v, mode="clip"), A((6,)), I((3,), 9), A((3,)))
add("scatter_get_fill", lambda x, i: x.at[i].get(mode="fill", fill_value=0.0), A((6,)), I((3,), 9))
add("scatter_unique_sorted", lambda x, v: x.at[jnp.array([0, 2, 4])].set(v, unique_indices=True, indices_are_sorted=True),
    A((6,)), A((3,)))
add("scatter_2d_points", lambda x, i, j, v: x.at[i, j].add(v), A((4, 5)), I((3,), 4), I((3,), 5), A((3,)))
add("segment_sum", lambda d, s: jax.ops.segment_sum(d, s, num_segments=4), A((8, 2)), I((8,), 4))

# --- sort / top_k -----------------------------------------------------------
add("sort_f32", jnp.sort, A((10,)))
add("sort_i32_axis0", lambda x: jnp.sort(x, axis=0), A((5, 3), "i32", 0, 9))
add("sort_descending", lambda x: jnp.sort(x, descending=True), A((10,)))
add("sort_bf16", jnp.sort, A((10,), "bf16"))
add("argsort", jnp.argsort, A((10,)))
add("sort_multi_operand", lambda k, v: lax.sort((k, v), num_keys=1), A((10,)), A((10,), "i32", 0, 9))
add("sort_two_keys", lambda a, b, c: lax.sort((a, b, c), num_keys=2), A((10,), "i32", 0, 3), A((10,)), A((10,), "u8", 0, 9))
add("lexsort", lambda a, b: jnp.lexsort((a, b)), A((10,), "i32", 0, 3), A((10,), "i32", 0, 3, seed=1))
add("top_k_f32", lambda x: lax.top_k(x, 3), A((4, 10)))
add("top_k_i32", lambda x: lax.top_k(x, 2), A((10,), "i32", 0, 99))
add("approx_max_k", lambda x: lax.approx_max_k(x, 3), A((4, 16)))
add("median_percentile", lambda x: (jnp.median(x), jnp.percentile(x, 75.0)), A((11,)))
add("unique_sized", lambda x: jnp.unique(x, size=5, fill_value=0), A((10,), "i32", 0, 6))
add("searchsorted", lambda a, v: (jnp.searchsorted(a, v), jnp.searchsorted(a, v, method="sort"),
                                  jnp.searchsorted(a, v, method="compare_all")), np.arange(8, dtype=np.float32), A((5,), lo=0, hi=8))

# --- pad / reverse / slicing / shape ops ------------------------------------
add("pad_interior", lambda x: lax.pad(x, 0.0, [(1, 2, 1), (0, 0, 2)]), A((3, 4)))
add("pad_negative", lambda x: lax.pad(x, -1.0, [(-1, 2, 0), (2, -2, 0)]), A((4, 5)))
add("pad_reflect_edge", lambda x: (jnp.pad(x, 2, mode="reflect"), jnp.pad(x, (1, 3), mode="edge")), A((6,)))
add("reverse", lambda x: (jnp.flip(x, axis=1), lax.rev(x, (0, 2))), A((2, 3, 4)))
add("slice_strided", lambda x: x[1:5:2, ::3], A((6, 7)))
add("dynamic_slice", lambda x, i, j: lax.dynamic_slice(x, (i, j), (2, 3)), A((6, 7)), scalar(2), scalar(1))
add("dynamic_index_scalar", lambda x, i: x[i], A((6, 7)), scalar(4))
add("dynamic_update_slice", lambda x, u, i: lax.dynamic_update_slice(x, u, (i, 0)), A((6, 4)), A((2, 4)), scalar(3))
add("concatenate", lambda a, b, c: jnp.concatenate([a, b, c], axis=1), A((2, 3)), A((2, 1)), A((2, 4)))
add("stack_split", lambda x, y: jnp.split(jnp.stack([x, y]), 2, axis=2), A((3, 4)), A((3, 4)))
add("iota_arange", lambda x: x + jnp.arange(12, dtype=jnp.float32).reshape(3, 4), A((3, 4)))
add("iota_broadcasted_eye", lambda x: (lax.broadcasted_iota(jnp.int32, (3, 4), 1), jnp.eye(4) @ x), A((4, 4)))
add("broadcast_in_dim", lambda x, y: (x[:, None] + y[None, :], jnp.broadcast_to(x, (3, 4))), A((4,)), A((5,)))
add("reshape_transpose", lambda x: (x.reshape(6, 4), jnp.transpose(x, (2, 0, 1)), x.T), A((2, 3, 4)))
add("squeeze_expand", lambda x: jnp.expand_dims(jnp.squeeze(x, 1), 0), A((3, 1, 4)))
add("tril_triu_diag", lambda x: (jnp.tril(x), jnp.triu(x, 1), jnp.diag(x), jnp.trace(x)), A((4, 4)))
add("roll_tile_repeat", lambda x, s: (jnp.roll(x, s), jnp.roll(x, 2), jnp.tile(x, 2), jnp.repeat(x, 2)), A((5,)), scalar(3))
add("kron_meshgrid", lambda a, b: (jnp.kron(a, b), jnp.meshgrid(a, b)), A((2,)), A((3,)))
add("interp_diff_polyval", lambda x: (jnp.interp(x, jnp.arange(4.0), jnp.arange(4.0) ** 2), jnp.diff(x),
                                      jnp.polyval(jnp.array([1.0, -2.0, 3.0]), x)), A((6,), lo=0, hi=3))
add("nan_to_num_isnan", lambda x: (jnp.nan_to_num(x / 0.0), jnp.isnan(x), jnp.isinf(x)), A((6,)))
add("zero_sized", lambda x: (x[:0], jnp.sum(x[:0])), A((4,)))

# --- control flow -----------------------------------------------------------
add("while_loop", lambda n: lax.while_loop(lambda c: c[0] > 1, lambda c: (jnp.where(c[0] % 2 == 0, c[0] // 2, 3 * c[0] + 1), c[1] + 1),
                                           (n, 0)), scalar(27))
add("fori_loop_static", lambda x: lax.fori_loop(0, 5, lambda i, a: a * 2.0 + i, x), A((4,)))
add("fori_loop_dynamic", lambda x, n: lax.fori_loop(0, n, lambda i, a: a + jnp.sin(a), x), A((4,)), scalar(7))
add("scan_cumulative", lambda xs: lax.scan(lambda c, x: (c + x, c * x), 0.0, xs), A((6,)))
add("scan_reverse_pytree", lambda xs: lax.scan(lambda c, x: ({"s": c["s"] + x, "n": c["n"] + 1}, x * 2),
                                               {"s": jnp.zeros(3), "n": 0}, xs, reverse=True), A((5, 3)))
add("scan_nested_while", lambda xs: lax.scan(lambda c, x: (lax.while_loop(lambda v: v < x, lambda v: v + 1.0, c), c), 0.0, xs),
    A((4,), lo=0, hi=10))
add("cond", lambda p, x: lax.cond(p, lambda v: jnp.sin(v), lambda v: jnp.cos(v) * 2, x), scalar(True, "bool"), A((4,)))
add("cond_pytree", lambda p, x, y: lax.cond(p > 0, lambda a, b: (a + b, {"m": a * b}), lambda a, b: (a - b, {"m": b}), x, y),
    scalar(1), A((4,)), A((4,)))
add("switch_case", lambda i, x: lax.switch(i, [jnp.sin, jnp.cos, lambda v: v * 3.0], x), scalar(2), A((4,)))
add("lax_map", lambda xs: lax.map(lambda r: jnp.dot(r, r), xs), A((5, 3)))
_inner = jax.jit(lambda x, y: jnp.tanh(x @ y))
add("nested_jit_call", lambda x, y: _inner(_inner(x, y), y) + _inner(x, y), A((3, 3)), A((3, 3)))
add("nested_jit_two_levels", lambda x: jax.jit(lambda v: _inner(v, v) * 2)(x) + 1, A((3, 3)))
add("optimization_barrier", lambda x, y: lax.optimization_barrier((x * 2, y + 1)), A((4,)), A((4,), "i32"))
add("checkpoint_grad", jax.grad(lambda x: jax.checkpoint(lambda v: jnp.sin(jnp.sin(v)))(x).sum()), A((4,)))


# --- custom derivatives and transformations ----------------------------------
@jax.custom_jvp
def _softclip(x):
    return jnp.log1p(jnp.exp(x))


_softclip.defjvp(lambda p, t: (_softclip(p[0]), t[0] * jax.nn.sigmoid(p[0])))


@jax.custom_vjp
def _clip_grad(x):
    return x * 3


_clip_grad.defvjp(lambda x: (x * 3, x), lambda r, g: (jnp.clip(g * r, -1, 1),))


def _mlp(params, x):
    h = jax.nn.relu(x @ params["w1"] + params["b1"])
    return jnp.mean((h @ params["w2"]) ** 2)


_params = {"w1": A((4, 8)), "b1": A((8,)), "w2": A((8, 2))}
add("custom_jvp_primal", _softclip, A((4,)))
add("custom_jvp_grad", jax.grad(lambda x: _softclip(x).sum()), A((4,)))
add("custom_vjp_grad", jax.grad(lambda x: _clip_grad(x).sum()), A((4,)))
add("grad_mlp", jax.grad(_mlp), _params, A((3, 4)))
add("value_and_grad_mlp", jax.value_and_grad(_mlp, argnums=(0, 1)), _params, A((3, 4)))
add("jvp_sin_cos", lambda x, t: jax.jvp(lambda v: jnp.sin(v) * jnp.cos(v), (x,), (t,)), A((4,)), A((4,), seed=1))
add("vmap_matvec", jax.vmap(jnp.dot, in_axes=(None, 0)), A((3, 4)), A((5, 4)))
add("vmap_while_loop", jax.vmap(lambda n: lax.while_loop(lambda v: v < n, lambda v: v + 1, 0)), A((4,), "i32", 0, 9))
add("vmap_cond", jax.vmap(lambda p, x: lax.cond(p, jnp.sin, jnp.cos, x)), A((4,), "bool"), A((4,)))
add("hessian", jax.hessian(lambda x: jnp.sum(jnp.sin(x) * x ** 2)), A((3,)))
add("jacrev_jacfwd", lambda x: (jax.jacrev(jnp.tanh)(x), jax.jacfwd(jnp.exp)(x)), A((3,)))
add("grad_scan", jax.grad(lambda x: lax.scan(lambda c, v: (c * v, c), 1.0, x)[0]), A((5,)))
add("grad_cond", jax.grad(lambda x, p: lax.cond(p, jnp.sin, jnp.cos, x)), scalar(0.5, "f32"), scalar(True, "bool"))
add("grad_sort_gather", jax.grad(lambda x: jnp.sort(x)[:3].sum() + x[jnp.argmax(x)]), A((6,)))
add("grad_while_fori", jax.grad(lambda x: lax.fori_loop(0, 3, lambda i, v: v * x, 1.0)), scalar(1.5, "f32"))

# --- jax.random -------------------------------------------------------------
key = jax.random.PRNGKey
add("random_threefry_normal", lambda s: jax.random.normal(key(s), (4, 3)), scalar(0))
add("random_uniform_split", lambda s: [jax.random.uniform(k, (3,)) for k in jax.random.split(key(s), 3)], scalar(0))
add("random_bits_u32", lambda s: jax.random.bits(key(s), (8,), jnp.uint32), scalar(1))
add("random_categorical", lambda s, logits: jax.random.categorical(key(s), logits, axis=-1), scalar(2), A((3, 5)))
add("random_randint_permutation", lambda s: (jax.random.randint(key(s), (5,), 0, 10), jax.random.permutation(key(s), 8)),
    scalar(3))
add("random_bernoulli_fold_in", lambda s: jax.random.bernoulli(jax.random.fold_in(key(s), 7), 0.3, (6,)), scalar(4))
add("random_gamma", lambda s: jax.random.gamma(key(s), 2.0, (4,)), scalar(5))
add("random_truncated_normal", lambda s: jax.random.truncated_normal(key(s), -1.0, 1.0, (5,)), scalar(6))
add("random_typed_key_threefry", lambda s: jax.random.normal(jax.random.key(s), (3,)), scalar(7))
add("random_rbg_normal", lambda s: jax.random.normal(jax.random.key(s, impl="rbg"), (4,)), scalar(8))
add("random_unsafe_rbg_uniform", lambda s: jax.random.uniform(jax.random.key(s, impl="unsafe_rbg"), (4,)), scalar(9))
add("rng_bit_generator_direct", lambda k: lax.rng_bit_generator(k, (4, 2), dtype=jnp.uint32), A((4,), "u32", 0, 1000))
add("rng_uniform_stablehlo_rng", lambda lo: lax.rng_uniform(lo, lo + 1.0, (3,)), scalar(0.0, "f32"))

# --- jax.nn -----------------------------------------------------------------
nn = jax.nn
add("nn_softmax", lambda x: nn.softmax(x, axis=-1), A((3, 5)))
add("nn_log_softmax", lambda x: nn.log_softmax(x), A((3, 5)))
add("nn_gelu_tanh", lambda x: nn.gelu(x, approximate=True), A((8,)))
add("nn_gelu_erf", lambda x: nn.gelu(x, approximate=False), A((8,)))
add("nn_relu_family", lambda x: (nn.relu(x), nn.relu6(x), nn.leaky_relu(x), nn.elu(x), nn.silu(x), nn.softplus(x)), A((8,)))
add("nn_logsumexp", lambda x: nn.logsumexp(x, axis=1), A((3, 5)))
add("nn_one_hot", lambda i: nn.one_hot(i, 5), I((4,), 5))
add("nn_layer_norm", lambda x, g: (x - x.mean(-1, keepdims=True)) * lax.rsqrt(x.var(-1, keepdims=True) + 1e-5) * g,
    A((3, 8)), A((8,)))
add("nn_dot_product_attention", lambda q, k, v: nn.dot_product_attention(q, k, v, is_causal=True),
    A((1, 4, 2, 8)), A((1, 4, 2, 8), seed=1), A((1, 4, 2, 8), seed=2))

# --- linear algebra ---------------------------------------------------------
# eig, eigh (so svd, pinv, lstsq), schur and hessenberg have no lowering for
# the mps platform in jax 0.9-0.12; they are listed as dropped in README.md.
la = jnp.linalg
add("linalg_cholesky", la.cholesky, spd(4))
add("linalg_triangular_solve", lambda a, b: lax.linalg.triangular_solve(a, b, left_side=True, lower=True),
    np.tril(spd(4)), A((4, 2)))
add("linalg_qr", la.qr, A((4, 3)))
add("linalg_lu", jax.scipy.linalg.lu, A((4, 4)))
add("linalg_inv", la.inv, spd(4))
add("linalg_solve", la.solve, spd(4), A((4,)))
add("linalg_det_slogdet", lambda a: (la.det(a), la.slogdet(a)), spd(4))
add("linalg_expm", jax.scipy.linalg.expm, A((3, 3), lo=-0.5, hi=0.5))
add("linalg_cho_solve", lambda a, b: jax.scipy.linalg.cho_solve(jax.scipy.linalg.cho_factor(a), b), spd(4), A((4,)))
add("linalg_norms", lambda a: (la.norm(a), la.norm(a, ord=1), la.norm(a, ord=jnp.inf), la.norm(a[0], ord=3)), A((3, 3)))
add("linalg_tridiagonal_solve", lambda dl, d, du, b: lax.linalg.tridiagonal_solve(dl, d, du, b),
    A((4,)), A((4,), lo=4, hi=5), A((4,)), A((4, 1)))
add("linalg_matrix_power", lambda a: la.matrix_power(a, 5), A((3, 3)))

# --- fft --------------------------------------------------------------------
fft = jnp.fft
add("fft_fft", fft.fft, A((8,), "c64"))
add("fft_ifft", fft.ifft, A((8,), "c64"))
add("fft_rfft", fft.rfft, A((8,)))
add("fft_irfft", fft.irfft, A((5,), "c64"))
add("fft_fft2", fft.fft2, A((4, 4), "c64"))
add("fft_fftn_3d", fft.fftn, A((2, 4, 4), "c64"))
add("fft_rfft2_irfft2", lambda x: fft.irfft2(fft.rfft2(x)), A((4, 6)))


# --- collectives in shard_map, sharded jit ------------------------------------
def _mesh(names=("x",)):
    return jax.sharding.Mesh(np.array(jax.devices()[:1]).reshape((1,) * len(names)), names)


def _smap(body, in_specs, out_specs):
    # The mesh needs the devices, so it is made when the program is traced.
    P = jax.sharding.PartitionSpec

    def run(*args):
        return jax.shard_map(body, mesh=_mesh(), in_specs=in_specs(P), out_specs=out_specs(P))(*args)
    return run


add("collective_psum", _smap(lambda x: lax.psum(x, "x"), lambda P: P("x"), lambda P: P()), A((4, 3)))
add("collective_pmax_pmin_pmean", _smap(lambda x: (lax.pmax(x, "x"), lax.pmin(x, "x"), lax.pmean(x, "x")),
                                        lambda P: P("x"), lambda P: (P(), P(), P())), A((4,)))
add("collective_all_gather", _smap(lambda x: lax.all_gather(x, "x", tiled=True), lambda P: P("x"), lambda P: P("x")), A((4, 3)))
add("collective_ppermute", _smap(lambda x: lax.ppermute(x, "x", [(0, 0)]), lambda P: P("x"), lambda P: P("x")), A((4,)))
add("collective_all_to_all", _smap(lambda x: lax.all_to_all(x, "x", 0, 1, tiled=True), lambda P: P("x"), lambda P: P("x")),
    A((4, 4)))
add("collective_psum_scatter", _smap(lambda x: lax.psum_scatter(x, "x", tiled=True), lambda P: P(), lambda P: P("x")), A((4,)))
add("collective_axis_index", _smap(lambda x: x + lax.axis_index("x"), lambda P: P("x"), lambda P: P("x")), A((4,), "i32"))


def _named(spec):
    return lambda: jax.sharding.NamedSharding(_mesh(("a", "b")), jax.sharding.PartitionSpec(*spec))


add("sharded_jit_in_out", lambda x, y: (x @ y, x.sum()), A((4, 4)), A((4, 2)),
    jit_kwargs=lambda: dict(in_shardings=(_named(("a", None))(), _named((None, "b"))()), out_shardings=(_named(("a", "b"))(), _named(())())))
add("sharding_constraint", lambda x: lax.with_sharding_constraint(jnp.sin(x), _named(("a",))()) * 2, A((4, 4)))
add("donated_argument", lambda x, y: (x + y, y), A((4,)), A((4,)), jit_kwargs=lambda: dict(donate_argnums=(0,)))


# --- shape-polymorphic export (host callbacks do not lower for mps) --------
def _exported_call(x):
    # Exported with a symbolic batch, then called (and so inlined) at a concrete shape.
    from jax import export
    spec = jax.ShapeDtypeStruct(export.symbolic_shape("b, 4"), jnp.float32)
    exp = export.export(jax.jit(lambda v: jnp.sum(jnp.sin(v), axis=0) * v.shape[0]))(spec)
    return exp.call(x)


add("export_shape_polymorphic_call", _exported_call, A((3, 4)))

# --- multi-output / pytree --------------------------------------------------
add("pytree_dict_io", lambda d: {"sum": d["a"] + d["b"], "prod": d["a"] * d["b"], "nested": [d["a"], (d["b"],)]},
    {"a": A((3,)), "b": A((3,), seed=1)})
add("multi_output_mixed_dtypes", lambda x: (x, x.astype(jnp.int32), x > 0, jnp.sum(x), x.astype(jnp.bfloat16)), A((4,)))
add("no_inputs_constant_output", lambda: jnp.arange(6.0).reshape(2, 3))
add("unused_arg_and_passthrough", lambda x, y, z: (z, x), A((2,)), A((3,), "i32"), A((4,), "bool"))


def _large(x):
    # Python-unrolled chain: ~3 ops per iteration, over 10,000 ops in total.
    for i in range(3400):
        x = jnp.sin(x * 1.0001 + i)
    return x


add("large_unrolled", _large, A((4,)))

# --- ops of StableHLO 1.23/1.24 (exp2, log2, fma), emitted from jax 0.12.1 on;
# generated only at 1.25.3 (older versions lower exp2/log2 to exp/log and
# cannot hold fma) ---------------------------------------------------------
add("log2_f32", lambda x: jnp.log2(jnp.abs(x) + 0.5), A((2, 3)))
if hasattr(lax, "fma"):
    add("fma_f32", lax.fma, A((2, 3)), A((2, 3), seed=1), A((2, 3), seed=2))
    add("fmuladd_f16", lax.fmuladd, A((5,), "f16"), A((5,), "f16", seed=1), A((5,), "f16", seed=2))

# --- x64 group (run with jax_enable_x64) ------------------------------------
X = dict(group="x64")
add("x64_f64_arith", lambda a, b: (a * b + a / b, jnp.exp(a), jnp.sqrt(jnp.abs(b))), A((8,), "f64"), A((8,), "f64", seed=1), **X)
add("x64_i64_arith", lambda a, b: (a * b, a // (b | 1), a >> 3, lax.population_count(a)), A((8,), "i64", -99, 99),
    A((8,), "i64", -99, 99, seed=1), **X)
add("x64_u64_ops", lambda a, b: (a + b, a ^ b, jnp.maximum(a, b), a.astype(jnp.float64)), A((8,), "u64", 0, 99),
    A((8,), "u64", 0, 99, seed=1), **X)
add("x64_c128_arith", lambda a, b: (a * b, a / b, jnp.abs(a)), A((8,), "c128"), A((8,), "c128", seed=1), **X)
add("x64_convert_f64_f32_i64", lambda x: (x.astype(jnp.float32), x.astype(jnp.int64), x.astype(jnp.complex128)), A((8,), "f64"), **X)
add("x64_dot_f64", jnp.matmul, A((4, 8), "f64"), A((8, 3), "f64"), **X)
add("x64_reduce_f64_i64", lambda x, y: (jnp.sum(x), jnp.max(y), jnp.argmax(x)), A((4, 8), "f64"), A((8,), "i64", 0, 9), **X)
add("x64_arange_iota_i64", lambda x: x + jnp.arange(8), A((8,), "i64", 0, 9), **X)
add("x64_fft_c128", jnp.fft.fft, A((8,), "c128"), **X)
add("x64_cholesky_f64", jnp.linalg.cholesky, spd(4, "f64"), **X)
add("x64_random_normal_f64", lambda s: jax.random.normal(key(s), (4,), jnp.float64), scalar(0, "i64"), **X)
add("x64_bitcast_f64_u32", lambda x: lax.bitcast_convert_type(x, jnp.uint32), A((4,), "f64"), **X)
add("x64_gather_scatter_i64_idx", lambda x, i: x.at[i].add(1.0)[i], A((6,), "f64"), A((3,), "i64", 0, 5), **X)
add("x64_cumsum_sort_f64", lambda x: (jnp.cumsum(x), jnp.sort(x)), A((8,), "f64"), **X)


def get(names=None) -> list[Program]:
    if not names:
        return list(REGISTRY)
    by_name = {p.name: p for p in REGISTRY}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise KeyError(f"unknown programs: {missing}")
    return [by_name[n] for n in names]
