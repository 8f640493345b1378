"""stablehlo.gather against the CPU backend: jnp indexing (basic, advanced,
negative, multi-dimensional), take and take_along_axis in every mode,
vmap (batching dims), hand-written dimension numbers, clamping of
out-of-bounds starts for every index type, and gradients (scatter-add)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from values import ALL, FLOATS, INTEGERS, edge_values, name, shaped

RNG = np.random.default_rng(5)
INDEX_TYPES = INTEGERS


def data(shape, dtype=np.float32, seed=0):
    return shaped(edge_values(dtype, n=97, seed=seed), shape)


def normal(shape, dtype=np.float32):
    return RNG.standard_normal(shape).astype(dtype)


# name -> (operand shape, function of (x, i), index array)
INDEXING = {
    "rows": ((6, 4), lambda x, i: x[i], np.array([0, 5, 2, 2])),
    "negative": ((6, 4), lambda x, i: x[i], np.array([-1, -6, 3])),
    "columns": ((6, 4), lambda x, i: x[:, i], np.array([3, 0, -1])),
    "matrix_index": ((6, 4), lambda x, i: x[i], np.array([[0, 1], [5, -2]])),
    "pair": ((6, 4), lambda x, i: x[i, i % 4], np.array([1, 4, -3])),
    "middle": ((3, 5, 4), lambda x, i: x[:, i, :], np.array([4, 0, 1, 1])),
    "split_advanced": ((3, 5, 4), lambda x, i: x[i % 3, :, i % 4], np.array([0, 2, 7])),
    "ellipsis": ((2, 3, 5), lambda x, i: x[..., i], np.array([4, 4, 0])),
    "with_slice": ((6, 4), lambda x, i: x[1:5:2][:, i % 4], np.array([3, 1])),
    "newaxis": ((6, 4), lambda x, i: x[None, i, None], np.array([2, 3])),
    "scalar_index": ((6, 4), lambda x, i: x[i[0], i[1] % 4], np.array([5, -1])),
    "empty": ((6, 4), lambda x, i: x[i], np.zeros((0,), np.int32)),
    "empty_operand": ((0, 4), lambda x, i: x[:, i], np.array([1, 3])),
    "one_hot": ((5,), lambda x, i: jnp.eye(5, dtype=x.dtype)[i], np.array([4, 0, 2])),
}


@pytest.mark.parametrize("case", INDEXING)
@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_jnp_indexing(case, dtype):
    shape, fn, index = INDEXING[case]
    check(fn, data(shape, dtype), index, exact=True)


@pytest.mark.parametrize("index_type", INDEX_TYPES, ids=name)
def test_index_types(index_type):
    x = data((7, 3), np.float32)
    index = np.array([6, 0, 3, 1], index_type)
    check(lambda v, i: v[i], x, index, exact=True)
    check(lambda v, i: jnp.take(v, i, axis=1, mode="clip"), x, index, exact=True)


MODES = ["clip", "fill", "wrap", None]


@pytest.mark.parametrize("mode", MODES, ids=str)
@pytest.mark.parametrize("axis", [0, 1, None], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint8, np.bool_, np.complex64],
                         ids=name)
def test_take_modes(mode, axis, dtype):
    x = data((5, 4), dtype)
    index = np.array([[0, 7, -1], [-9, 3, 100]], np.int32)
    kwargs = {"fill_value": 1} if mode == "fill" and dtype != np.bool_ else {}
    check(lambda v, i: jnp.take(v, i, axis=axis, mode=mode, **kwargs), x, index, exact=True)


@pytest.mark.parametrize("mode", ["clip", "fill", "promise_in_bounds"], ids=str)
def test_at_get_modes(mode):
    x = data((6, 3), np.float32)
    index = np.array([1, -2, 5, 0]) if mode == "promise_in_bounds" else np.array([1, 9, -8, 5])
    check(lambda v, i: v.at[i].get(mode=mode, fill_value=-7.0 if mode == "fill" else None),
          x, index, exact=True)


@pytest.mark.parametrize("axis", [0, 1, 2, -1])
@pytest.mark.parametrize("mode", ["clip", "fill", None], ids=str)
def test_take_along_axis(axis, mode):
    x = data((4, 5, 3), np.float32)
    shape = list(x.shape)
    shape[axis] = 6
    index = RNG.integers(-x.shape[axis], x.shape[axis], shape).astype(np.int32)
    if mode is not None:
        index[0] = 50  # out of bounds
    check(lambda v, i: jnp.take_along_axis(v, i, axis=axis, mode=mode), x, index, exact=True)


def test_take_along_axis_sorting_permutation():
    x = normal((5, 7))
    check(lambda v, p: jnp.take_along_axis(v, p, axis=1), x, np.argsort(x, axis=1), exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.float16], ids=name)
def test_vmap_indexing(dtype):
    x = data((4, 6, 3), dtype)
    index = np.array([5, 0, 2, -1])
    check(lambda v, i: jax.vmap(lambda a, b: a[b])(v, i), x, index, exact=True)
    check(lambda v, i: jax.vmap(lambda a, b: a[:, b % 3])(v, i), x, index, exact=True)
    check(lambda v, i: jax.vmap(jax.vmap(lambda a, b: a[b], (0, None)), (None, 0))(v, i[:2]),
          x, index, exact=True)
    matrix = np.array([[1, 2], [0, 0], [5, 4], [3, 3]])
    check(lambda v, i: jax.vmap(lambda a, b: jnp.take(a, b, axis=0, mode="clip"))(v, i),
          x, matrix, exact=True)


def gather(operand, indices, *, offset_dims, collapsed, start_index_map, slice_sizes,
           operand_batching_dims=(), start_indices_batching_dims=(), mode="promise_in_bounds"):
    dnums = lax.GatherDimensionNumbers(
        offset_dims=offset_dims, collapsed_slice_dims=collapsed, start_index_map=start_index_map,
        operand_batching_dims=operand_batching_dims,
        start_indices_batching_dims=start_indices_batching_dims)
    return lax.gather(operand, indices, dnums, slice_sizes, mode=mode)


# name -> (operand shape, indices, keyword arguments of gather)
LAX_GATHERS = {
    "windows_2d": ((5, 6), [[0, 1], [4, 5], [-3, 2]],
                   dict(offset_dims=(1, 2), collapsed=(), start_index_map=(0, 1),
                        slice_sizes=(2, 3))),
    "offset_in_middle": ((4, 5, 6), [[1, 2], [3, 0]],
                         dict(offset_dims=(1,), collapsed=(0, 2), start_index_map=(2, 0),
                              slice_sizes=(1, 3, 1))),
    "reversed_map": ((4, 5), [[4, 3], [0, 0], [2, 9]],
                     dict(offset_dims=(), collapsed=(0, 1), start_index_map=(1, 0),
                          slice_sizes=(1, 1))),
    "no_indexed_axes": ((4, 3), np.zeros((2, 0), np.int32),
                        dict(offset_dims=(1, 2), collapsed=(), start_index_map=(),
                             slice_sizes=(2, 3))),
    "whole_operand": ((3, 4), [[0], [5]],
                      dict(offset_dims=(1, 2), collapsed=(), start_index_map=(1,),
                           slice_sizes=(3, 4))),
    "zero_slice": ((3, 4), [[1], [2]],
                   dict(offset_dims=(1, 2), collapsed=(), start_index_map=(0,),
                        slice_sizes=(0, 4))),
    "batching": ((3, 5, 4), [[1], [4], [0]],
                 dict(offset_dims=(1,), collapsed=(1,), start_index_map=(1,), slice_sizes=(1, 1, 4),
                      operand_batching_dims=(0,), start_indices_batching_dims=(0,))),
    "batching_last": ((4, 5, 3), [[[2], [1]], [[0], [4]], [[3], [3]]],
                      dict(offset_dims=(2,), collapsed=(1,), start_index_map=(1,),
                           slice_sizes=(2, 1, 1), operand_batching_dims=(2,),
                           start_indices_batching_dims=(0,))),
    "two_batching": ((2, 3, 5), [[[4], [0], [2]], [[1], [1], [9]]],
                     dict(offset_dims=(), collapsed=(2,), start_index_map=(2,),
                          slice_sizes=(1, 1, 1), operand_batching_dims=(0, 1),
                          start_indices_batching_dims=(0, 1))),
    "batching_window": ((3, 6), [[1], [5], [3]],
                        dict(offset_dims=(1,), collapsed=(), start_index_map=(1,),
                             slice_sizes=(1, 3), operand_batching_dims=(0,),
                             start_indices_batching_dims=(0,))),
}


@pytest.mark.parametrize("case", LAX_GATHERS)
@pytest.mark.parametrize("dtype", [np.float32, np.int8, np.uint64, np.bool_, np.complex64,
                                   np.float64], ids=name)
def test_lax_gather(case, dtype):
    shape, indices, kwargs = LAX_GATHERS[case]
    indices = np.asarray(indices, np.int32)
    check(lambda v, i: gather(v, i, **kwargs), data(shape, dtype), indices, exact=True)


@pytest.mark.parametrize("index_type", INDEX_TYPES, ids=name)
def test_out_of_bounds_starts_clamp(index_type):
    """A start outside [0, dim - size] is clamped (promise_in_bounds emits a
    bare gather; XLA then clamps), for huge unsigned and negative values."""
    info = np.iinfo(index_type)
    values = [info.max, info.min, 0, 3, 1, 2]
    if np.dtype(index_type).kind == "i":
        values += [-1, info.min + 1]
    indices = np.array(values, index_type)[:, None]
    x = data((5, 4), np.float32)
    check(lambda v, i: gather(v, i, offset_dims=(1, 2), collapsed=(), start_index_map=(0,),
                              slice_sizes=(2, 4)), x, indices, exact=True)
    check(lambda v, i: gather(v, i, offset_dims=(1,), collapsed=(0,), start_index_map=(0,),
                              slice_sizes=(1, 4)), x, indices, exact=True)


def test_scalar_operand():
    check(lambda v, i: gather(v, i, offset_dims=(), collapsed=(), start_index_map=(),
                              slice_sizes=()), np.float32(3.5), np.zeros((4, 0), np.int32),
          exact=True)


def test_large_gather():
    x = normal((2000, 64))
    index = RNG.integers(-2000, 2000, 30000)
    check(lambda v, i: v[i], x, index, exact=True)


@pytest.mark.parametrize("dtype", FLOATS + [np.complex64], ids=name)
def test_gradient_of_gather_with_duplicates(dtype):
    x = normal((6, 3)).astype(dtype)
    index = np.array([0, 5, 0, 2, 0, -1])
    rtol = {np.float16: 1e-2, jnp.bfloat16: 5e-2}.get(dtype)
    if dtype == np.complex64:
        check(jax.grad(lambda v, i: jnp.sum(v[i]).real, holomorphic=False), x, index)
        return
    check_grad(lambda v, i: v[i] * jnp.arange(1, 4, dtype=v.dtype), x, index, rtol=rtol)
    check_grad(lambda v, i: jnp.take(v, i, axis=1, mode="clip"), x, index, rtol=rtol)
    check_grad(lambda v, i: jnp.take_along_axis(v, jnp.abs(i)[:, None] % 3, axis=1), x,
               index, rtol=rtol)


def test_gradient_of_vmapped_gather():
    x = normal((4, 6, 3))
    index = np.array([5, 0, 2, 5])
    check_grad(lambda v, i: jax.vmap(lambda a, b: a[b] ** 2)(v, i), x, index)
    check_grad(lambda v, i: jax.vmap(lambda a, b: a[:, b % 3])(v, i), x, index)


def test_embedding_lookup_in_a_model():
    table = normal((50, 8))
    tokens = RNG.integers(0, 50, (4, 7))

    def loss(t, ids):
        emb = t[ids]
        return jnp.sum(jnp.tanh(emb @ t.T)[..., :3])

    check(jax.value_and_grad(loss), table, tokens, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("dtype", INTEGERS, ids=name)
def test_gather_exact_integer_limits(dtype):
    x = data((16,), dtype)
    index = np.arange(15, -1, -1)
    check(lambda v, i: v[i].reshape(4, 4)[i[:4] % 4], x, index, exact=True)
