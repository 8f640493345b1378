"""stablehlo.sort (and the composites JAX wraps top_k in) against the CPU
backend: every dtype, axis and size, float total order with NaN/inf/-0.0,
integer limits, several operands and keys, stability, descending order, and
what lowers to sort: argsort, lexsort, searchsorted, unique, median and
quantiles, partition, top_k; a comparator that is not lexicographic runs the
general merge-sort path; gradients and vmap."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np
import pytest
from jax import lax

from oracle import CPU, MPS, assert_same, check, check_grad, run_on

RNG = np.random.default_rng(5)


def check_uses_other_ops(fn, *args, grad=False, **options):
    """check (or check_grad) of fn, for programs that also use gather and
    scatter (searchsorted, unique, quantiles, partition, gradients)."""
    return (check_grad if grad else check)(fn, *args, **options)


FLOATS = [np.float16, jnp.bfloat16, np.float32, np.float64]
INTS = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
ALL = FLOATS + INTS + [np.bool_, np.complex64]


def name(dtype):
    return np.dtype(dtype).name


def limits(dtype):
    return ml_dtypes.finfo(dtype) if dtype == jnp.bfloat16 else np.finfo(dtype)


def values(shape, dtype, ties=True):
    """Random values with repeats (so stability shows) and, for floats and
    integers, the edge values of the dtype mixed in."""
    dtype = np.dtype(dtype)
    size = int(np.prod(shape))
    if dtype == np.bool_:
        return RNG.integers(0, 2, shape).astype(np.bool_)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        pool = np.array([info.min, info.max, 0, 1, info.max - 1, info.min + 1], dtype)
        if dtype.kind == "i":
            pool = np.concatenate([pool, np.array([-1], dtype)])
        x = RNG.integers(max(info.min, -50), min(info.max, 50), size, endpoint=True).astype(dtype)
    elif dtype.kind == "c":
        parts = values((2,) + tuple(shape), np.float32, ties)
        x = np.empty(shape, dtype)
        x.real, x.imag = parts[0], parts[1]
        return x
    else:
        pool = np.array([np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0,
                         float(limits(dtype).max), float(limits(dtype).tiny)]).astype(dtype)
        x = (RNG.integers(-6, 6, size) / 2.0 if ties else RNG.standard_normal(size)).astype(dtype)
    if size:
        where = RNG.random(size) < 0.3
        x[where] = RNG.choice(pool, int(where.sum()))
    return x.reshape(shape)


SHAPES = [(1,), (0,), (9,), (4, 7), (2, 0, 3)]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_sort_every_dtype_and_shape(dtype, shape):
    check(jnp.sort, values(shape, dtype), exact=True)


@pytest.mark.parametrize("axis", [-3, -2, -1, 0, 1, 2])
@pytest.mark.parametrize("dtype", [np.float32, np.int16, np.uint64], ids=name)
def test_sort_any_axis(dtype, axis):
    check(lambda x: jnp.sort(x, axis=axis), values((3, 5, 6), dtype), exact=True)


@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_float_total_order_with_nan_inf_and_signed_zeros(dtype):
    x = np.array([np.nan, 0.0, -np.inf, -0.0, 1.5, -np.nan, np.inf, -0.0, 0.0, -1.5, np.nan,
                  -2.0, 2.0, 0.0, -0.0], dtype)
    check(jnp.sort, x, exact=True)
    check(jnp.argsort, x, exact=True)
    check(lambda v: jnp.argsort(v, descending=True), x, exact=True)


@pytest.mark.parametrize("dtype", INTS, ids=name)
def test_integer_limits(dtype):
    info = np.iinfo(dtype)
    x = np.array([info.max, info.min, 0, info.max - 1, info.min + 1, 1, info.max, info.min, 2],
                 dtype)
    check(jnp.sort, x, exact=True)
    check(jnp.argsort, x, exact=True)
    check(lambda v: jnp.sort(v, descending=True), x, exact=True)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_argsort_stable_with_ties(dtype, descending):
    x = values((40,), dtype, ties=True)
    check(lambda v: jnp.argsort(v, stable=True, descending=descending), x, exact=True)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint8, np.float64], ids=name)
def test_argsort_unstable_distinct_values(dtype, descending):
    # Without ties an unstable sort has one answer.
    x = RNG.permutation(np.arange(-60, 60)).astype(dtype)[: 100 if dtype != np.uint8 else 60]
    if dtype == np.uint8:
        x = RNG.permutation(np.arange(200)).astype(dtype)[:60]
    check(lambda v: jnp.argsort(v, stable=False, descending=descending), x, exact=True)


@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_sort_descending(dtype):
    check(lambda v: jnp.sort(v, descending=True), values((5, 13), dtype), exact=True)


@pytest.mark.parametrize("stable", [True, False])
@pytest.mark.parametrize("num_keys", [1, 2, 3])
def test_lax_sort_several_operands(num_keys, stable):
    a = values((30,), np.int8)
    b = values((30,), np.float32)
    c = values((30,), np.uint16)
    d = np.arange(30, dtype=np.int32)
    # The index operand d makes every key tuple distinct, so unstable sorts
    # have one answer when it is a key; with fewer keys only stable sorts do.
    if stable:
        check(lambda *x: lax.sort(x, num_keys=num_keys, is_stable=True), a, b, c, d, exact=True)
    else:
        check(lambda *x: lax.sort(x, num_keys=4, is_stable=False), a, b, c, d, exact=True)


@pytest.mark.parametrize("dimension", [0, 1])
def test_lax_sort_two_keys_along_dimension(dimension):
    a = values((6, 8), np.int32)
    b = values((6, 8), np.float16)
    check(lambda x, y: lax.sort((x, y), dimension=dimension, num_keys=2), a, b, exact=True)


@pytest.mark.parametrize("dtypes", [(np.float32, np.int32), (np.int64, np.uint64, np.bool_),
                                    (np.float64, np.float16), (np.complex64, np.int8)], ids=str)
def test_lexsort(dtypes):
    keys = tuple(values((50,), d) for d in dtypes)
    check(lambda *k: jnp.lexsort(k), *keys, exact=True)


def test_lexsort_on_axis():
    keys = (values((4, 9), np.int16), values((4, 9), np.float32))
    check(lambda *k: jnp.lexsort(k, axis=0), *keys, exact=True)


def test_complex_sort_orders_real_then_imaginary():
    x = np.array([1 + 2j, 1 - 2j, -1 + 0j, complex(np.nan, 0), complex(0, np.nan), 1 + 2j, 0j,
                  complex(-0.0, 1), complex(0.0, -0.0), complex(np.inf, -np.inf)], np.complex64)
    check(jnp.sort, x, exact=True)
    check(jnp.argsort, x, exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.float16, np.int64], ids=name)
def test_large_sort(dtype):
    x = values((100_000,), dtype)
    check(jnp.sort, x, exact=True)
    check(jnp.argsort, x, exact=True)


# ---- searchsorted, unique, quantiles, partition ------------------------------

METHODS = ["scan", "scan_unrolled", "sort", "compare_all"]


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint8, np.float64], ids=name)
def test_searchsorted(dtype, method, side):
    if dtype == np.uint8:
        haystack = np.sort(RNG.integers(0, 255, 33)).astype(dtype)
        needles = np.concatenate([haystack[::3], np.array([0, 255], dtype)])
    else:
        haystack = np.sort(values((33,), dtype))
        needles = np.concatenate([values((12,), dtype), haystack[::4]])
        if np.dtype(dtype).kind == "f":
            haystack = haystack[~np.isnan(haystack)]  # a sorted array has its NaNs last
            haystack = np.concatenate([haystack, np.array([np.nan], dtype)])
    check_uses_other_ops(lambda a, v: jnp.searchsorted(a, v, side=side, method=method),
                         haystack, needles, exact=True)


@pytest.mark.parametrize("options", [{}, {"return_index": True}, {"return_inverse": True},
                                     {"return_counts": True},
                                     {"return_index": True, "return_inverse": True,
                                      "return_counts": True}],
                         ids=lambda o: "+".join(o) or "values")
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint16, np.bool_], ids=name)
def test_unique(dtype, options):
    x = values((40,), dtype)
    if np.dtype(dtype).kind == "f":
        x = np.where(np.isnan(x), np.float32(3), x).astype(dtype)  # NaN != NaN: keep it simple
    check_uses_other_ops(lambda v: jnp.unique(v, size=40, fill_value=0, **options), x, exact=True)


@pytest.mark.parametrize("q", [0.0, 0.25, 0.5, 0.9, 1.0])
@pytest.mark.parametrize("method", ["linear", "lower", "higher", "midpoint", "nearest"])
def test_quantile(method, q):
    x = values((6, 11), np.float32, ties=False)
    x = np.where(np.isnan(x), np.float32(0.5), x)
    check_uses_other_ops(lambda v: jnp.quantile(v, q, axis=1, method=method), x, rtol=1e-6)


@pytest.mark.parametrize("axis", [None, 0, 1])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32], ids=name)
def test_median_and_percentile(dtype, axis):
    x = values((7, 8), dtype, ties=False)
    if np.dtype(dtype).kind == "f":
        x = np.where(np.isinf(x) | (np.abs(x) > 1e30), dtype(2.5), x)
    check_uses_other_ops(lambda v: jnp.median(v, axis=axis), x, rtol=1e-6)
    check_uses_other_ops(lambda v: jnp.percentile(v, 30.0, axis=axis), x, rtol=1e-6)


def test_nanmedian_and_median_of_nan():
    x = np.array([[1.0, np.nan, 3.0, 2.0], [4.0, 5.0, -1.0, 0.0]], np.float32)
    check_uses_other_ops(lambda v: jnp.nanmedian(v, axis=1), x, exact=True)
    check_uses_other_ops(lambda v: jnp.median(v, axis=1), x, exact=True)


@pytest.mark.parametrize("kth", [0, 3, 8])
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.float16], ids=name)
def test_partition_and_argpartition(dtype, kth):
    x = RNG.permutation(np.arange(9 * 3)).reshape(3, 9).astype(dtype)
    check_uses_other_ops(lambda v: jnp.partition(v, kth, axis=1), x, exact=True)
    check_uses_other_ops(lambda v: jnp.argpartition(v, kth, axis=1), x, exact=True)


# ---- top_k -------------------------------------------------------------------


@pytest.mark.parametrize("k", [1, 3, 10])
@pytest.mark.parametrize("dtype", FLOATS + [np.int8, np.int32, np.int64, np.uint32, np.uint64],
                         ids=name)
def test_top_k(dtype, k):
    check(lambda v: lax.top_k(v, k), values((4, 10), dtype), exact=True)


def test_top_k_nan_and_ties_take_the_lower_index_first():
    x = np.array([1.0, np.nan, 3.0, 3.0, -np.inf, np.inf, -0.0, 0.0, 3.0, np.nan], np.float32)
    check(lambda v: lax.top_k(v, 10), x, exact=True)
    check(lambda v: lax.top_k(-v, 4), x, exact=True)


def test_top_k_large():
    check(lambda v: lax.top_k(v, 50), values((3, 20_000), np.float32, ties=False), exact=True)


# ---- a comparator that is not lexicographic: the general path ----------------


def _custom_sort_primitive():
    """A primitive that lowers to stablehlo.sort with any Python comparator,
    the same on mps and CPU: JAX itself only writes lexicographic ones."""
    from jax._src import core as jax_core
    from jax._src.lib.mlir import ir
    from jax._src.lib.mlir.dialects import hlo
    from jax.interpreters import mlir
    try:
        from jax.extend.core import Primitive
    except ImportError:  # pragma: no cover - older jax
        from jax.core import Primitive

    primitive = Primitive("test_comparator_sort")
    primitive.multiple_results = True
    primitive.def_abstract_eval(
        lambda *avals, comparator, dimension, stable:
        [jax_core.ShapedArray(a.shape, a.dtype) for a in avals])

    def ir_type(ctx, aval):
        # jax 0.12 takes the module context first, jax 0.9 only the aval.
        if mlir.aval_to_ir_type.__code__.co_argcount == 2:
            return mlir.aval_to_ir_type(ctx.module_context, aval)
        return mlir.aval_to_ir_type(aval)

    def flat(values):
        out = []
        for v in values:
            out += flat(v) if isinstance(v, (list, tuple)) else [v]
        return out

    def lower(ctx, *operands, comparator, dimension, stable):
        sort = hlo.SortOp([ir_type(ctx, a) for a in ctx.avals_out], operands,
                          dimension=mlir.i64_attr(dimension), is_stable=ir.BoolAttr.get(stable))
        scalars = [jax_core.ShapedArray((), a.dtype) for a in ctx.avals_in for _ in range(2)]
        block = sort.comparator.blocks.append(*[ir_type(ctx, s) for s in scalars])
        with ir.InsertionPoint(block):
            sub = ctx.replace(primitive=None, avals_in=scalars,
                              avals_out=[jax_core.ShapedArray((), np.bool_)])
            out = mlir.lower_fun(comparator, multiple_results=False)(sub, *block.arguments)
            hlo.return_(flat(out))
        return sort.results

    mlir.register_lowering(primitive, lower)
    return primitive


CUSTOM_SORT = _custom_sort_primitive()


def custom_sort(comparator, *operands, dimension=0, stable=True):
    return CUSTOM_SORT.bind(*operands, comparator=comparator, dimension=dimension, stable=stable)


COMPARATORS = {
    # The key depends on two operands: no single-operand key to argsort.
    "sum_of_operands": (lambda a0, b0, a1, b1: lax.lt(a0 + a1, b0 + b1), (np.int32, np.int32)),
    # "not (b <= a)" is a < b for integers, written so no LT appears.
    "not_less_equal": (lambda a0, b0, a1, b1: lax.bitwise_not(lax.le(b0, a0)),
                       (np.int16, np.float32)),
    # Even numbers first, then by value descending: a select-built order.
    "evens_first": (lambda a0, b0, a1, b1: lax.select(
        lax.eq(lax.rem(a0, 2), lax.rem(b0, 2)), lax.gt(a0, b0), lax.lt(lax.rem(a0, 2),
                                                                        lax.rem(b0, 2))),
        (np.int64, np.uint8)),
    # Lexicographic, but on the second operand first (args 2 and 3), via GT.
    "second_operand_descending": (lambda a0, b0, a1, b1: lax.gt(a1, b1), (np.float32, np.int32)),
    # Compare by absolute value only: many ties, so stability shows.
    "absolute_value": (lambda a0, b0, a1, b1: lax.lt(lax.abs(a0), lax.abs(b0)),
                       (np.float32, np.int32)),
}


@pytest.mark.parametrize("size", [1, 2, 5, 16, 33, 300])
@pytest.mark.parametrize("comparator", COMPARATORS)
def test_custom_comparators(comparator, size):
    fn, dtypes = COMPARATORS[comparator]
    a = values((size,), dtypes[0])
    if np.dtype(dtypes[0]).kind in "iu":
        a = (a % 17).astype(dtypes[0])
    if np.dtype(dtypes[0]).kind == "f":
        a = np.where(np.isnan(a), dtypes[0](1.5), a).astype(dtypes[0])
    b = np.arange(size).astype(dtypes[1])
    check(lambda x, y: custom_sort(fn, x, y), a, b, exact=True)


@pytest.mark.parametrize("dimension", [0, 1, 2])
def test_custom_comparator_along_dimension(dimension):
    fn = COMPARATORS["sum_of_operands"][0]
    a = (values((3, 4, 5), np.int32) % 5).astype(np.int32)
    b = (values((3, 4, 5), np.int32) % 3).astype(np.int32)
    check(lambda x, y: custom_sort(fn, x, y, dimension=dimension), a, b, exact=True)


# ---- transformations ---------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_sort_gradient(dtype):
    x = values((3, 9), dtype, ties=False)
    x = np.where(np.isfinite(x) & (np.abs(x) < 100), x, dtype(0.25)).astype(dtype)
    weights = np.arange(9, dtype=dtype)
    check_uses_other_ops(lambda v: jnp.sort(v, axis=1) * weights, x, grad=True)
    check_uses_other_ops(lambda v: lax.sort((v[0], v[1]), num_keys=1)[1] * weights, x,
                         grad=True)


def test_top_k_gradient():
    x = RNG.standard_normal((4, 12)).astype(np.float32)
    check_uses_other_ops(lambda v: lax.top_k(v, 5)[0] * np.arange(5, dtype=np.float32), x,
                         grad=True)


@pytest.mark.parametrize("fn", [jnp.sort, jnp.argsort, lambda v: lax.top_k(v, 3)],
                         ids=["sort", "argsort", "top_k"])
def test_vmap(fn):
    check(jax.vmap(fn), values((5, 11), np.float32), exact=True)
    check(jax.vmap(fn, in_axes=1), values((11, 5), np.float32), exact=True)


# ---- approx_max_k / approx_min_k: custom_call @ApproxTopK ---------------------
# Off TPU, XLA computes it exactly with a stable sort by the comparator JAX
# writes (GT or LT, float compare: -0.0 equal to +0.0; here every NaN sorts
# above every number). XLA's CPU backend runs float32 max-k with k below the
# axis size through its TopK kernel instead, which orders -0.0 below +0.0,
# and the sort of jaxlib 0.9's XLA scrambles rows holding NaN (the float
# comparator is no strict weak order) and does not keep ties in order, so the
# inputs hold neither NaN nor -0.0.


def approx_values(shape, dtype):
    x = values(shape, dtype, ties=False)
    x = np.where(np.isnan(x), 0.75, x)
    return np.where(x == 0, 0.0, x).astype(dtype)


def check_top_k(fn, x, axis=-1):
    """Values bit-exact; indices equal to the CPU's where the value occurs
    once in its row (jaxlib 0.9's XLA does not keep ties in order), and
    pointing at their values everywhere."""
    values_cpu, indices_cpu = run_on(CPU, fn, x)
    values_mps, indices_mps = run_on(MPS, fn, x)
    assert_same(values_mps, values_cpu, exact=True, what="values")
    assert indices_mps.dtype == indices_cpu.dtype and indices_mps.shape == indices_cpu.shape
    picked = np.take_along_axis(x, indices_mps, axis=axis)
    assert_same(picked, values_mps, exact=True, what="values at the indices")
    equal = (np.expand_dims(np.moveaxis(values_cpu, axis, -1), -1) ==
             np.expand_dims(np.moveaxis(x, axis, -1), -2))
    once = np.moveaxis(equal.sum(-1) == 1, -1, axis)
    np.testing.assert_array_equal(indices_mps[once], indices_cpu[once])


def approx_top_k(is_max, k, **options):
    fn = lax.approx_max_k if is_max else lax.approx_min_k
    return lambda v: fn(v, k, **options)


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
@pytest.mark.parametrize("dtype", FLOATS, ids=name)
@pytest.mark.parametrize("shape,k", [((50,), 4), ((3, 50), 7), ((2, 3, 20), 20)], ids=str)
def test_approx_top_k(shape, k, dtype, is_max):
    check_top_k(approx_top_k(is_max, k), approx_values(shape, dtype))


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
def test_approx_top_1_of_distinct_numbers(is_max):
    x = RNG.permutation(np.arange(-75, 75, dtype=np.float32)).reshape(3, 50) / 4
    check(approx_top_k(is_max, 1), x, exact=True)


@pytest.mark.xfail(
    strict=True,
    reason="issue 5: for k = 1 XLA's fallback is a reduce that folds each row in order, "
           "keeping the later of equal values; the sort here keeps the earlier one")
@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
def test_approx_top_1_with_nan_and_ties(is_max):
    x = np.array([[0.5, 1.0, 3.0, 3.0, -2.0, -2.0], [0.0, -1.0, -1.0, 1.0, 1.0, 0.5]],
                 np.float32)
    check(approx_top_k(is_max, 1), x, exact=True)


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
@pytest.mark.parametrize("recall_target", [0.5, 0.95, 1.0])
def test_approx_top_k_recall_target_is_exact(recall_target, is_max):
    x = RNG.standard_normal((4, 300)).astype(np.float32)
    expected = jnp.sort(x, axis=1)[:, ::-1][:, :5] if is_max else jnp.sort(x, axis=1)[:, :5]
    got = check(approx_top_k(is_max, 5, recall_target=recall_target), x, exact=True)
    np.testing.assert_array_equal(got[0], expected)
    np.testing.assert_array_equal(np.take_along_axis(x, got[1], axis=1), got[0])


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
@pytest.mark.parametrize("dimension", [0, 1, -3])
def test_approx_top_k_along_another_dimension(dimension, is_max):
    x = approx_values((6, 5, 4), np.float32)
    check_top_k(approx_top_k(is_max, 3, reduction_dimension=dimension), x, axis=dimension)


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
def test_approx_top_k_unaggregated(is_max):
    # Without aggregate_to_topk the result keeps more than k elements (as
    # many as the TPU algorithm would), still sorted.
    x = RNG.standard_normal((2, 3000)).astype(np.float32)
    out = check(approx_top_k(is_max, 3, aggregate_to_topk=False), x, exact=True)
    assert out[0].shape[1] > 3


@pytest.mark.parametrize("is_max", [True, False], ids=["max", "min"])
def test_approx_top_k_vmap_and_gradient(is_max):
    x = RNG.standard_normal((5, 3, 40)).astype(np.float32)
    check(jax.vmap(approx_top_k(is_max, 6)), x, exact=True)
    check(jax.vmap(approx_top_k(is_max, 3, reduction_dimension=0), in_axes=2), x, exact=True)
    weights = np.arange(6, dtype=np.float32)
    check_uses_other_ops(lambda v: approx_top_k(is_max, 6)(v)[0] * weights, x[0], grad=True)
