"""Shape and slicing ops against the CPU backend, bit for bit: broadcasts,
reshape, transpose, concatenate, reverse, pad (negative and interior),
slice, dynamic_slice and dynamic_update_slice with out-of-range starts."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad
from values import ALL, edge_values, name, shaped

X = np.arange(60, dtype=np.float32).reshape(3, 4, 5)


@pytest.mark.parametrize("dtype", ALL, ids=name)
def test_shape_ops_move_every_dtype_exactly(dtype):
    x = shaped(edge_values(dtype), (3, 4, 5))

    def f(v):
        return (
            lax.broadcast_in_dim(v[0], (2, 4, 5, 3), (1, 2)),
            v.reshape(5, 12),
            v.transpose(2, 0, 1),
            jnp.concatenate([v, v[:, :1]], axis=1),
            lax.slice(lax.rev(v, (0,)), (0, 0, 0), (3, 4, 5), (1, 1, 2)),
            lax.pad(v, jnp.zeros((), v.dtype), [(1, -1, 1), (0, 2, 0), (-2, 1, 2)]),
            lax.dynamic_slice(v, (1, 2, 0), (2, 2, 3)),
            lax.dynamic_update_slice(v, v[:1, :2, :2], (2, 1, 3)),
        )

    check(f, x, exact=True)


def test_broadcast_in_dim_with_unordered_and_expanded_dimensions():
    y = np.arange(6, dtype=np.int32).reshape(2, 3)
    try:  # StableHLO allows any order; JAX before 0.10 only builds increasing ones
        jax.eval_shape(lambda v: lax.broadcast_in_dim(v, (3, 4, 2), (2, 0)), y)
    except TypeError:
        pass
    else:
        check(lambda v: lax.broadcast_in_dim(v, (3, 4, 2), (2, 0)), y, exact=True)
    check(lambda v: lax.broadcast_in_dim(v, (4, 2, 3), (1, 2)), y, exact=True)
    check(lambda v: lax.broadcast_in_dim(v[:1], (5, 2, 3), (1, 2)), y, exact=True)
    check(lambda v: lax.broadcast(v, (2, 2)), y, exact=True)
    check(lambda s: jnp.broadcast_to(s, (3, 2)), np.float32(2.5), exact=True)


@pytest.mark.parametrize("config", [
    [(0, 0, 0)] * 3,
    [(2, 3, 0), (0, 0, 1), (1, 1, 3)],
    [(-1, -1, 0), (-2, 0, 0), (0, -3, 0)],
    [(-2, 4, 2), (3, -5, 1), (0, 0, 4)],
    [(-5, 0, 1), (0, -4, 0), (0, 0, 0)],
], ids=str)
def test_pad_with_negative_and_interior_padding(config):
    check(lambda v: lax.pad(v, np.float32(-1.5), config), X, exact=True)


def test_pad_of_empty_and_scalar_like_arrays():
    check(lambda v: lax.pad(v, np.int32(7), [(1, 2, 3), (2, 0, 1)]), np.zeros((0, 3), np.int32),
          exact=True)
    check(lambda v: lax.pad(v, np.int32(7), [(1, 2, 3)]), np.ones((1,), np.int32), exact=True)


def test_jnp_functions_built_on_shape_ops():
    check(lambda v: (jnp.roll(v, 2, axis=1), jnp.flip(v), jnp.tile(v, (2, 1, 1)),
                     jnp.repeat(v, 2, axis=2), jnp.stack([v, v]), jnp.pad(v, 1, mode="reflect"),
                     jnp.pad(v, ((0, 1), (2, 0), (1, 1)), mode="edge")),
          X, exact=True)
    # Older JAX lowers strided indexing to gather (issue 5); lax spells out
    # the slices it means.
    check(lambda v: lax.slice(lax.rev(v, (1,)), (0, 0, 1), (3, 4, 4), (1, 2, 2)), X, exact=True)


@pytest.mark.parametrize("start", [-100, -1, 0, 1, 2, 3, 4, 100, 2**31 - 1, -(2**31)])
def test_dynamic_slices_clamp_their_starts(start):
    check(lambda v, i: lax.dynamic_slice(v, (i, i, i * 0), (2, 3, 5)), X, np.int32(start), exact=True)
    check(lambda v, i: lax.dynamic_update_slice(v, -v[:2, :3, :2], (i, i, i)), X, np.int32(start),
          exact=True)


@pytest.mark.parametrize("index_dtype", [np.int8, np.uint8, np.int16, np.uint32, np.int64, np.uint64],
                         ids=name)
def test_dynamic_slice_accepts_every_index_type(index_dtype):
    check(lambda v, i: lax.dynamic_slice(v, (i, i * 0, i), (1, 4, 2)), X, index_dtype(2), exact=True)
    check(lambda v, i: v[i], X, index_dtype(1), exact=True)
    check(lambda v, i: lax.dynamic_update_slice(v, v[:1] * 0, (i, i * 0, i * 0)), X,
          index_dtype(2), exact=True)


def test_large_arrays():
    big = np.random.default_rng(0).standard_normal((1000, 700)).astype(np.float32)
    check(lambda v: (lax.slice(v.T, (0, 0), (700, 1000), (3, 1)),
                     jnp.concatenate([v, v], 0)[500:1500],
                     lax.pad(v, np.float32(0), [(1, 1, 1), (0, 0, 0)])),
          big, exact=True)


def test_gradients_through_shape_ops():
    def f(v):
        w = lax.pad(v, np.float32(0), [(1, -1, 1), (0, 2, 0), (-2, 1, 2)])
        w = jnp.concatenate([w, w[:, :1]], axis=1).transpose(1, 0, 2)
        w = lax.dynamic_update_slice(w, jnp.ones((1, 2, 2), np.float32) * v[0, 0, 0], (1, 1, 1))
        return jnp.sin(lax.dynamic_slice(w, (1, 1, 2), (3, 2, 4))) * jnp.broadcast_to(v[0, :2, :1], (3, 2, 4))

    check_grad(f, X / 10)


@pytest.mark.parametrize("dtype", [d for d in ALL if d != np.bool_ and np.dtype(d).kind != "c"],
                         ids=name)
def test_iota_along_every_dimension(dtype):
    for dimension in range(3):
        check(lambda: lax.broadcasted_iota(dtype, (3, 4, 5), dimension), exact=True)
    check(lambda: lax.iota(dtype, 0), exact=True)
    if np.dtype(dtype).itemsize > 1:
        check(lambda: lax.iota(dtype, 300), exact=True)


def test_constants_of_every_dtype():
    for dtype in ALL:
        values = edge_values(dtype, 12).reshape(3, 4)
        check(lambda v=values: (jnp.asarray(v), jnp.full((2, 2), v[0, 0])), exact=True)
