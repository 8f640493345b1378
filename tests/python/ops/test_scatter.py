"""stablehlo.scatter against the CPU backend: x.at[...] set/add/mul/min/max/
apply in every mode, duplicate and out-of-bounds indices, NaN/-0.0/inf in
min/max, integer wrap-around, segment reductions, vmap (batching dims),
hand-written dimension numbers, bodies applied window by window, and
gradients."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from values import ALL, FLOATS, INTEGERS, edge_values, name, shaped

RNG = np.random.default_rng(11)
OPS = ["set", "add", "mul", "min", "max"]


def data(shape, dtype=np.float32, seed=0):
    return shaped(edge_values(dtype, n=97, seed=seed), shape)


def normal(shape, dtype=np.float32):
    return RNG.standard_normal(shape).astype(dtype)


def supports(op, dtype):
    """JAX refuses add/mul on booleans and min/max on complex numbers."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return op in ("set", "min", "max")
    if dtype.kind == "c":
        return op in ("set", "add", "mul")
    return True


def at_op(op, **kwargs):
    return lambda v, i, u: getattr(v.at[i], op)(u, **kwargs)


def moderate(x):
    """Finite values of modest size, so that sums and products in another
    association order (MLX's float sums) stay within tolerance."""
    if np.dtype(x.dtype).kind in "biuc":
        return x
    wide = x.astype(np.float64)
    return np.where(np.isfinite(wide) & (np.abs(wide) < 50), x, 2).astype(x.dtype)


# index array -> what it exercises
INDICES = {
    "unique": np.array([4, 0, 2]),
    "duplicates": np.array([1, 3, 1, 1, 0, 3]),
    "negative": np.array([-1, -5, 2, -1]),
    "out_of_bounds": np.array([5, -6, 100, 2, 2]),
}


@pytest.mark.parametrize("indices", INDICES)
@pytest.mark.parametrize("op,dtype", [(op, d) for op in OPS for d in ALL if supports(op, d)],
                         ids=lambda v: v if isinstance(v, str) else name(v))
def test_at_ops(op, indices, dtype):
    index = INDICES[indices]
    x = data((5, 3), dtype)
    updates = data((len(index), 3), dtype, seed=3)
    exact = op in ("set", "min", "max") or np.dtype(dtype).kind in "biu"
    if not exact:
        x, updates = moderate(x), moderate(updates)
    if op == "mul" and np.dtype(dtype).kind == "f":
        updates = np.clip(updates, -2, 2).astype(dtype)
    check(at_op(op, mode="drop" if indices == "out_of_bounds" else None), x, index, updates,
          exact=exact, rtol=1e-5 if np.dtype(dtype) == np.float32 else None)


@pytest.mark.parametrize("mode", ["clip", "drop", "fill", "promise_in_bounds", None], ids=str)
@pytest.mark.parametrize("op", OPS + ["apply"])
def test_modes(op, mode):
    x = normal((6, 4))
    index = np.array([[0, 2], [5, 3]]) if mode == "promise_in_bounds" else np.array(
        [[0, 2], [7, -9], [5, 3], [-1, 4]])
    if op == "apply":
        check(lambda v, i: v.at[i[:, 0], i[:, 1]].apply(jnp.sin, mode=mode), x, index)
        return
    updates = normal((len(index),))
    check(lambda v, i, u: getattr(v.at[i[:, 0], i[:, 1]], op)(u, mode=mode), x, index, updates,
          rtol=1e-6)


@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("dtype", INTEGERS, ids=name)
def test_duplicates_are_exact_for_integers(op, dtype):
    info = np.iinfo(dtype)
    x = np.array([info.max, info.min, 0, 5, info.max - 3], dtype)
    index = np.array([0, 0, 1, 1, 2, 3, 0, 4, 4, 4])
    updates = np.array([info.max, 7, info.min, info.max, 3, 2, 1, 5, info.max, 9], dtype)
    check(at_op(op), x, index, updates, exact=True)


@pytest.mark.parametrize("op", ["min", "max"])
@pytest.mark.parametrize("dtype", FLOATS, ids=name)
def test_min_max_nan_and_signed_zero(op, dtype):
    x = np.array([0.0, -0.0, np.nan, 1.0, -np.inf, np.inf, 2.0, 0.0], dtype)
    index = np.array([0, 1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 0, 1])
    updates = np.array([-0.0, 0.0, 1.0, np.nan, 2.0, np.inf, -np.inf, np.nan, 3.0, -0.0, 0.0,
                        -0.0, 0.0], dtype)
    check(at_op(op), x, index, updates, exact=True)
    check(at_op(op), x, index[::-1].copy(), updates, exact=True)


def test_set_with_duplicates_keeps_last():
    x = np.zeros(4, np.int32)
    index = np.array([2, 1, 2, 2, 1, 3])
    check(at_op("set"), x, index, np.arange(6, dtype=np.int32), exact=True)
    check(lambda v, i: v.at[i].set(jnp.arange(6.0)), np.zeros(4), index, exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.float16, np.int32, np.float64], ids=name)
def test_apply_with_duplicates(dtype):
    x = data((6,), dtype)
    index = np.array([1, 3, 1, 1, 5, -1])
    fn = (lambda v: v * 3 - 1) if np.dtype(dtype).kind == "i" else (lambda v: jnp.sin(v) * 2 + 1)
    check(lambda v, i: v.at[i].apply(fn), x, index, exact=np.dtype(dtype).kind == "i",
          rtol=1e-5 if dtype == np.float32 else None)


def test_scatter_apply_mixing_ops():
    x = normal((4, 5))
    index = np.array([[0], [3], [0], [2]])
    dnums = lax.ScatterDimensionNumbers(update_window_dims=(1,), inserted_window_dims=(0,),
                                        scatter_dims_to_operand_dims=(0,))
    fn = lambda v: jnp.where(v > 0, jnp.sqrt(jnp.abs(v)) + 1, v * v - jnp.exp(v))
    check(lambda v, i: lax.scatter_apply(v, i, fn, dnums, update_shape=(4, 5)), x, index,
          rtol=1e-5)


@pytest.mark.parametrize("op,dtype", [
    (op, d) for op in OPS for d in [np.float32, np.int32, np.uint8, np.bool_, np.float16]
    if supports(op, d)], ids=lambda v: v if isinstance(v, str) else name(v))
def test_scatter_scalar_and_broadcast_updates(op, dtype):
    x = data((4, 3), dtype)
    value = data((1,), dtype, seed=9)[0]
    check(lambda v, i: getattr(v.at[i, 1:], op)(value), x, np.array([3, 0, 3]), exact=True)
    check(lambda v: getattr(v.at[2], op)(value), x, exact=True)


@pytest.mark.parametrize("case", ["empty_index", "empty_operand", "scalar_operand"])
def test_empty_and_scalar(case):
    if case == "empty_index":
        check(at_op("add"), normal((4, 3)), np.zeros((0,), np.int32), np.zeros((0, 3), np.float32),
              exact=True)
    elif case == "empty_operand":
        check(lambda v, i: v.at[:, i].set(1.0), np.zeros((0, 3), np.float32), np.array([1, 2]),
              exact=True)
    else:
        check(lambda v: v.at[()].add(2.0), np.float32(1.5), exact=True)


@pytest.mark.parametrize("fn", ["sum", "max", "min", "prod"])
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.float64, np.int8, np.uint16],
                         ids=name)
@pytest.mark.parametrize("sorted_ids", [False, True], ids=["unsorted", "sorted"])
def test_segment_reductions(fn, dtype, sorted_ids):
    ids = np.array([0, 2, 2, 1, 4, 0, 7, 2, -1, 3])
    if sorted_ids:
        ids = np.sort(np.abs(ids) % 5)
    x = data((10, 2), dtype)
    if np.dtype(dtype).kind == "f":
        x = moderate(x)
    seg = getattr(jax.ops, f"segment_{fn}")
    exact = fn in ("max", "min") or np.dtype(dtype).kind in "iu"
    check(lambda v, s: seg(v, s, num_segments=5, indices_are_sorted=sorted_ids), x, ids,
          exact=exact, rtol=1e-6)


def test_one_hot_and_put():
    labels = np.array([3, 0, 3, 1])
    check(lambda l: jnp.zeros((4, 5), jnp.float32).at[jnp.arange(4), l].set(1.0), labels,
          exact=True)
    check(lambda a, i, v: jnp.put(a, i, v, inplace=False), np.arange(12.0).reshape(3, 4),
          np.array([0, 11, 5, 5]), np.array([-1.0, -2.0, -3.0, -4.0]), exact=True)
    check(lambda a: jnp.fill_diagonal(a, 9.0, inplace=False), np.zeros((4, 4)), exact=True)


@pytest.mark.parametrize("op", OPS)
def test_vmap_scatter(op):
    x = normal((3, 6, 2))
    index = np.array([[1, 1], [5, 0], [2, 4]])
    updates = normal((3, 2, 2))
    check(jax.vmap(at_op(op)), x, index, updates, rtol=1e-6)
    check(jax.vmap(at_op(op), in_axes=(None, 0, 0)), x[0], index, updates, rtol=1e-6)
    check(jax.vmap(at_op(op), in_axes=(2, None, 2), out_axes=2), normal((6, 3, 2)), index[0],
          normal((2, 3, 2)), rtol=1e-6)


def scatter(operand, indices, updates, *, window, inserted, to_operand, batching=(),
            index_batching=(), op=lax.scatter, mode="promise_in_bounds"):
    dnums = lax.ScatterDimensionNumbers(
        update_window_dims=window, inserted_window_dims=inserted,
        scatter_dims_to_operand_dims=to_operand, operand_batching_dims=batching,
        scatter_indices_batching_dims=index_batching)
    return op(operand, indices, updates, dnums, mode=mode)


# name -> (operand shape, indices, updates shape, keyword arguments of scatter)
LAX_SCATTERS = {
    "windows_2d": ((5, 6), [[0, 1], [3, 3], [4, 4], [-1, 0], [2, 1]], (5, 2, 3),
                   dict(window=(1, 2), inserted=(), to_operand=(0, 1))),
    "window_first": ((4, 5), [[1], [3], [1]], (4, 3),
                     dict(window=(0,), inserted=(1,), to_operand=(1,))),
    "reversed_map": ((4, 5), [[4, 3], [0, 0], [4, 3], [9, 1]], (4,),
                     dict(window=(), inserted=(0, 1), to_operand=(1, 0))),
    "middle_window": ((3, 4, 5), [[1, 2], [2, 0]], (2, 3),
                      dict(window=(1,), inserted=(0, 2), to_operand=(2, 0))),
    "window_offset_indexed": ((6, 4), [[1], [3], [5], [2]], (4, 2, 4),
                              dict(window=(1, 2), inserted=(), to_operand=(0,))),
    "batching": ((3, 5, 4), [[1], [4], [1]], (3, 4),
                 dict(window=(1,), inserted=(1,), to_operand=(1,), batching=(0,),
                      index_batching=(0,))),
    "batching_last": ((4, 5, 3), [[[2], [2]], [[0], [4]], [[3], [9]]], (3, 2, 4),
                      dict(window=(2,), inserted=(1,), to_operand=(1,), batching=(2,),
                           index_batching=(0,))),
    "two_batching": ((2, 3, 5), [[[4], [0], [4]], [[1], [1], [9]]], (2, 3),
                     dict(window=(), inserted=(2,), to_operand=(2,), batching=(0, 1),
                          index_batching=(0, 1))),
    "no_index_vector": ((4, 3), np.zeros((2, 0), np.int32), (2, 4, 3),
                        dict(window=(1, 2), inserted=(), to_operand=())),
}


@pytest.mark.parametrize("op", [lax.scatter, lax.scatter_add, lax.scatter_mul, lax.scatter_max,
                                lax.scatter_min], ids=lambda f: f.__name__)
@pytest.mark.parametrize("case", LAX_SCATTERS)
def test_lax_scatter(case, op):
    shape, indices, update_shape, kwargs = LAX_SCATTERS[case]
    indices = np.asarray(indices, np.int32)
    x = data(shape, np.int32)
    updates = data(update_shape, np.int32, seed=4)
    check(lambda v, i, u: scatter(v, i, u, op=op, **kwargs), x, indices, updates, exact=True)


@pytest.mark.parametrize("index_type", INTEGERS, ids=name)
def test_out_of_bounds_windows_are_skipped(index_type):
    """A window partly or wholly outside the operand is skipped (XLA's native
    scatter semantics), for every index type and its extreme values."""
    info = np.iinfo(index_type)
    values = [info.max, info.min, 0, 3, 4, 2, 1]
    if np.dtype(index_type).kind == "i":
        values += [-1, info.min + 1]
    indices = np.array(values, index_type)[:, None]
    x = np.zeros((5, 4), np.int32)
    updates = np.arange(len(values) * 2 * 4, dtype=np.int32).reshape(len(values), 2, 4) + 1
    check(lambda v, i, u: scatter(v, i, u, window=(1, 2), inserted=(), to_operand=(0,),
                                  op=lax.scatter_add), x, indices, updates, exact=True)
    check(lambda v, i, u: scatter(v, i, u[:, 0], window=(1,), inserted=(0,), to_operand=(0,)),
          x, indices, updates, exact=True)


def test_integer_add_wraps():
    for dtype in INTEGERS:
        info = np.iinfo(dtype)
        x = np.array([info.max, info.min], dtype)
        check(at_op("add"), x, np.array([0, 0, 1, 1]), np.array([1, info.max, info.min, -1 if
              info.min else 1], dtype), exact=True)


def test_large_scatter_add():
    x = normal((1000, 16))
    index = RNG.integers(-1000, 1000, 20000)
    updates = normal((20000, 16))
    check(at_op("add"), x, index, updates, rtol=1e-4, atol=1e-4)
    check(at_op("max"), x, index, updates, exact=True)
    check(at_op("set"), x, index, updates, exact=True)


@pytest.mark.parametrize("op", OPS)
def test_gradients(op):
    x = normal((5, 3))
    index = np.array([0, 4, 2, 0]) if op in ("set", "add") else np.array([0, 4, 2, 1])
    updates = normal((4, 3))
    # jax differentiates scatter_mul only when told the indices are unique.
    fn = at_op(op, unique_indices=True) if op == "mul" else at_op(op)
    check_grad(fn, x, index, updates, argnums=(0, 2), rtol=1e-5)


def test_gradient_of_segment_sum_and_vmapped_scatter():
    x = normal((8, 3))
    ids = np.array([0, 1, 1, 3, 2, 0, 3, 3])
    check_grad(lambda v, s: jax.ops.segment_sum(v * v, s, num_segments=4), x, ids, rtol=1e-5)
    check_grad(lambda v, s: jax.ops.segment_max(v, s, num_segments=4), x, ids)
    check_grad(jax.vmap(lambda v, i: v.at[i].add(v[0] * 2)), x.reshape(2, 4, 3),
               np.array([1, 3]), rtol=1e-5)


def test_scatter_in_a_training_step():
    """An embedding update with duplicates, as optimizers of sparse rows do."""
    table = normal((20, 4))
    ids = RNG.integers(0, 20, 12)

    def step(t, i):
        g = jax.grad(lambda tt: jnp.sum(jnp.tanh(tt[i]) ** 2))(t)
        return t.at[i].add(-0.1 * g[i])

    check(step, table, ids, rtol=1e-5, atol=1e-6)


def test_too_many_windows_for_a_general_body_is_refused():
    x = jax.device_put(np.zeros(10, np.float32), jax.devices("mps")[0])
    index = jax.device_put(np.zeros(40000, np.int32), jax.devices("mps")[0])
    with pytest.raises(Exception, match="update windows would be applied one after another"):
        jax.jit(lambda v, i: v.at[i].apply(jnp.sin))(x, index)
