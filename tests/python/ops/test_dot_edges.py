"""stablehlo.dot_general: layouts, dtypes, exact integers, against the CPU backend."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import CPU, MPS, assert_same, check, check_grad, run_on

BF16 = jnp.bfloat16
INTS = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
FLOATS = [np.float16, BF16, np.float32, np.float64, np.complex64]


def values(shape, dtype, seed=0, full_range=False):
    """Random values of `dtype`: small magnitudes, or the whole integer range."""
    rng = np.random.RandomState(seed)
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return np.asarray(rng.rand(*shape)) < 0.5
    if dtype.kind in "iu":
        if full_range:
            raw = rng.randint(0, 2**63 - 1, size=shape, dtype=np.int64).astype(np.uint64)
            return (raw * np.uint64(0x9E3779B97F4A7C15)).astype(dtype)
        low = max(int(np.iinfo(dtype).min), -9)
        return rng.randint(low, 10, size=shape).astype(dtype)
    if dtype.kind == "c":
        return np.asarray(rng.randn(*shape) + 1j * rng.randn(*shape)).astype(dtype)
    return np.asarray(rng.randn(*shape)).astype(dtype)


def dot_atol(a, b, scale=4.0):
    """Slack for a float product: a few ulps of sum |a||b| (the order of the
    additions differs between BLAS and XLA's CPU backend)."""
    a, b = np.asarray(a), np.asarray(b)
    if not jnp.issubdtype(a.dtype, jnp.inexact):
        return 0.0
    eps = float(jnp.finfo(a.dtype).eps)
    magnitude = np.abs(a.astype(np.complex128)).sum() * np.abs(b.astype(np.complex128)).max()
    return scale * eps * float(magnitude) / max(1, a.shape[0] if a.ndim > 1 else 1)


def check_dot(fn, a, b, **kw):
    return check(fn, a, b, atol=dot_atol(a, b), **kw)


# ---- every dtype through jnp.dot ------------------------------------------

@pytest.mark.parametrize("dtype", [np.bool_] + INTS + FLOATS, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shapes", [((3, 4), (4, 5)), ((4,), (4,)), ((3, 4), (4,)), ((4,), (4, 5)),
                                    ((1, 7), (7, 1))], ids=str)
def test_dot_dtypes(dtype, shapes):
    a, b = values(shapes[0], dtype, seed=1), values(shapes[1], dtype, seed=2)
    check_dot(jnp.dot, a, b)


@pytest.mark.parametrize("dtype", INTS, ids=lambda d: np.dtype(d).name)
def test_integer_dot_wraps_like_xla(dtype):
    # Full-range values overflow every product and sum: only exact modular
    # arithmetic matches.
    a = values((5, 33), dtype, seed=3, full_range=True)
    b = values((33, 6), dtype, seed=4, full_range=True)
    check(jnp.dot, a, b)


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int16, np.int32],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("k", [1, 255, 1025, 3000], ids=lambda k: f"k{k}")
def test_integer_dot_long_contractions(dtype, k):
    # Extreme values through the float32 path's k chunks and the wide path.
    info = np.iinfo(dtype)
    a = np.full((2, k), info.min if info.min < 0 else info.max, dtype)
    a[1] = info.max
    b = np.full((k, 3), info.max, dtype)
    b[:, 1] = info.min
    b[::7, 2] = 1
    for preferred in [None, np.int32, np.int64]:
        check(lambda a, b: jnp.dot(a, b, preferred_element_type=preferred), a, b)


@pytest.mark.parametrize("operand,result", [
    (BF16, np.float32), (np.float16, np.float32), (np.float32, np.float64),
    (np.int8, np.int32), (np.uint8, np.int32), (np.int8, np.int64), (np.int16, np.int32),
    (np.uint16, np.uint32), (np.int32, np.int64), (np.int8, np.float32), (np.float32, BF16),
], ids=str)
def test_preferred_element_type(operand, result):
    a, b = values((6, 40), operand, seed=5), values((40, 7), operand, seed=6)
    check(lambda a, b: jnp.dot(a, b, preferred_element_type=result), a, b,
          atol=dot_atol(a.astype(np.float32) if operand == BF16 else a, b))


def test_bf16_products_accumulate_in_float32():
    # 1 + 2^-9 + ... exceeds bfloat16's precision if accumulated in bfloat16.
    a = np.ones((1, 512), BF16)
    b = np.full((512, 1), 2.0**-9, BF16)
    b[0] = 1
    check(lambda a, b: jnp.dot(a, b, preferred_element_type=np.float32), a, b, exact=True)


# ---- layouts --------------------------------------------------------------

LAYOUTS = [
    # (lhs shape, rhs shape, ((lhs contracting, rhs contracting), (lhs batch, rhs batch)))
    ((3, 4), (4, 5), (((1,), (0,)), ((), ()))),
    ((4, 3), (4, 5), (((0,), (0,)), ((), ()))),
    ((3, 4), (5, 4), (((1,), (1,)), ((), ()))),
    ((2, 3, 4), (2, 4, 5), (((2,), (1,)), ((0,), (0,)))),
    ((3, 2, 4), (4, 5, 2), (((2,), (0,)), ((1,), (2,)))),
    ((2, 3, 4, 5), (4, 5, 6), (((2, 3), (0, 1)), ((), ()))),
    ((2, 3, 4, 5), (5, 2, 4, 6), (((3, 2), (0, 2)), ((0,), (1,)))),
    ((3,), (5,), (((), ()), ((), ()))),
    ((2, 3), (2, 5), (((), ()), ((0,), (0,)))),
    ((2, 3, 7), (7, 3, 2), (((1, 2), (1, 0)), ((0,), (2,)))),
    ((2, 6, 3, 4), (6, 2, 4, 5), (((3,), (2,)), ((0, 1), (1, 0)))),
]


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.complex64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("lhs_shape,rhs_shape,numbers", LAYOUTS, ids=str)
def test_dot_general_layouts(dtype, lhs_shape, rhs_shape, numbers):
    a, b = values(lhs_shape, dtype, seed=7), values(rhs_shape, dtype, seed=8)
    check_dot(lambda a, b: lax.dot_general(a, b, numbers), a, b)


@pytest.mark.parametrize("precision", [lax.Precision.DEFAULT, lax.Precision.HIGH,
                                       lax.Precision.HIGHEST], ids=str)
def test_precision_is_accepted(precision):
    a, b = values((3, 4), np.float32, seed=9), values((4, 2), np.float32, seed=10)
    check_dot(lambda a, b: jnp.dot(a, b, precision=precision), a, b)


# Dot algorithms name the least precision a product may have. XLA's CPU
# backend computes the bfloat16 presets on float32 operands in full float32
# (and refuses the tf32 ones); the plugin computes every preset in the
# operand type, so each matches the CPU's default product.
ALGORITHMS = {
    np.float32: ["F32_F32_F32", "BF16_BF16_F32", "BF16_BF16_F32_X3", "BF16_BF16_F32_X6",
                 "BF16_BF16_F32_X9", "TF32_TF32_F32", "TF32_TF32_F32_X3"],
    np.float16: ["F16_F16_F16", "F16_F16_F32"],
    BF16: ["BF16_BF16_BF16", "BF16_BF16_F32"],
    np.float64: ["F64_F64_F64"],
}


@pytest.mark.parametrize("dtype,algorithm",
                         [(d, a) for d, names in ALGORITHMS.items() for a in names],
                         ids=lambda v: v if isinstance(v, str) else np.dtype(v).name)
def test_dot_algorithms(dtype, algorithm):
    a, b = values((3, 4), dtype, seed=11), values((4, 3), dtype, seed=12)
    expected = run_on(CPU, jnp.dot, a, b)
    actual = run_on(MPS, lambda a, b: lax.dot(a, b, precision=algorithm), a, b)
    assert_same(actual, expected, atol=dot_atol(a, b), what=algorithm)


@pytest.mark.parametrize("spec,shapes", [
    ("ij,jk->ik", [(3, 4), (4, 5)]),
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
    ("bhqd,bhkd->bhqk", [(2, 3, 5, 4), (2, 3, 6, 4)]),
    ("i,i->", [(7,), (7,)]),
    ("i,j->ij", [(3,), (4,)]),
    ("ijk,jkl->il", [(2, 3, 4), (3, 4, 5)]),
    ("bij,jb->ib", [(2, 3, 4), (4, 2)]),
    ("abc,cba->b", [(2, 3, 4), (4, 3, 2)]),
    ("ij,ij->i", [(3, 4), (3, 4)]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_einsum(spec, shapes):
    a, b = values(shapes[0], np.float32, seed=11), values(shapes[1], np.float32, seed=12)
    check_dot(lambda a, b: jnp.einsum(spec, a, b), a, b)


@pytest.mark.parametrize("axes", [1, 2, ([1, 0], [0, 1]), ([2], [0])], ids=str)
def test_tensordot(axes):
    a, b = values((3, 4, 5), np.float64, seed=13), values((4, 3, 5) if axes == ([1, 0], [0, 1])
                                                          else (5, 4, 2) if axes == ([2], [0])
                                                          else (4, 5, 2) if axes == 2
                                                          else (5, 2), np.float64, seed=14)
    check_dot(lambda a, b: jnp.tensordot(a, b, axes), a, b)


@pytest.mark.parametrize("shapes", [((2, 1, 3, 4), (5, 4, 6)), ((4,), (3, 4, 2)),
                                    ((3, 2, 4), (4,)), ((1, 3, 4), (7, 4, 2))], ids=str)
def test_matmul_batch_broadcasting(shapes):
    a, b = values(shapes[0], np.float32, seed=15), values(shapes[1], np.float32, seed=16)
    check_dot(jnp.matmul, a, b)


# ---- empty dimensions -----------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.bool_, np.complex64],
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shapes", [((3, 0), (0, 4)), ((0, 3), (3, 4)), ((3, 4), (4, 0)),
                                    ((0,), (0,)), ((2, 3, 0), (2, 0, 5))], ids=str)
def test_empty_dimensions(dtype, shapes):
    a, b = values(shapes[0], dtype), values(shapes[1], dtype)
    check(jnp.matmul, a, b, exact=True)


# ---- edge values ----------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=lambda d: np.dtype(d).name)
def test_nan_and_inf_propagate(dtype):
    a = np.array([[1, np.nan, 2], [np.inf, 1, 1], [np.inf, -np.inf, 0], [1, 2, 3]], dtype)
    b = np.array([[1, 0], [0, 1], [1, 1]], dtype)
    check(jnp.dot, a, b)


def test_signed_zero_result():
    a = np.array([[-0.0, -0.0]], np.float32)
    b = np.array([[1.0], [1.0]], np.float32)
    check(jnp.dot, a, b, exact=True)


# ---- large ----------------------------------------------------------------

def test_large_float_matmul():
    a, b = values((512, 512), np.float32, seed=17), values((512, 512), np.float32, seed=18)
    check_dot(jnp.matmul, a, b)


@pytest.mark.parametrize("dtype", [np.int32, np.int64], ids=lambda d: np.dtype(d).name)
def test_large_integer_matmul_is_exact(dtype):
    a = values((256, 512), dtype, seed=19, full_range=True)
    b = values((512, 128), dtype, seed=20, full_range=True)
    check(jnp.matmul, a, b)


def test_large_int8_matmul_into_int32():
    a = values((512, 512), np.int8, seed=21, full_range=True)
    b = values((512, 512), np.int8, seed=22, full_range=True)
    check(lambda a, b: jnp.matmul(a, b, preferred_element_type=np.int32), a, b)


def test_float64_is_computed_in_float64():
    # 1 + 1e-12 - 1 vanishes in float32.
    a = np.array([[1.0, 1e-12, -1.0]], np.float64)
    b = np.ones((3, 1), np.float64)
    check(jnp.dot, a, b, rtol=1e-9)


# ---- gradients ------------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("fn,shapes", [
    (jnp.matmul, [(3, 4), (4, 5)]),
    (jnp.matmul, [(2, 3, 4), (4, 5)]),
    (lambda a, b: jnp.einsum("bij,bjk->bik", a, b), [(2, 3, 4), (2, 4, 5)]),
    (lambda a, b: jnp.tensordot(a, b, 2), [(3, 4, 5), (4, 5, 2)]),
    (lambda a, b: jnp.tanh(a @ b) @ b.T, [(3, 4), (4, 4)]),
    (jnp.dot, [(6,), (6,)]),
], ids=["matmul", "batched-lhs", "einsum", "tensordot", "two-layers", "vector"])
def test_gradients(dtype, fn, shapes):
    a, b = values(shapes[0], dtype, seed=23), values(shapes[1], dtype, seed=24)
    atol = 16 * float(jnp.finfo(dtype).eps)
    check_grad(fn, a, b, argnums=0, atol=atol)
    check_grad(fn, a, b, argnums=1, atol=atol)
