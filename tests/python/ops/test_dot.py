"""dot_general against the CPU backend: dimension layouts, preferred result
types, integer exactness, empty contractions, sizes and gradients."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from oracle import check, check_grad

RNG = np.random.default_rng(0)


def rand(shape, dtype=np.float32):
    if np.dtype(dtype).kind in "iu":
        info = np.iinfo(dtype)
        return RNG.integers(max(info.min, -100), min(info.max, 100), shape, endpoint=True).astype(dtype)
    return RNG.standard_normal(shape).astype(dtype)


LAYOUTS = {
    "matmul": ((4, 5), (5, 3), (((1,), (0,)), ((), ()))),
    "vector_vector": ((7,), (7,), (((0,), (0,)), ((), ()))),
    "matrix_vector": ((4, 7), (7,), (((1,), (0,)), ((), ()))),
    "outer": ((3,), (4,), (((), ()), ((), ()))),
    "batched": ((2, 4, 5), (2, 5, 3), (((2,), (1,)), ((0,), (0,)))),
    "batch_last": ((4, 5, 2), (3, 5, 2), (((1,), (1,)), ((2,), (2,)))),
    "two_contracting": ((3, 4, 5), (5, 4, 6), (((1, 2), (1, 0)), ((), ()))),
    "two_batches": ((2, 3, 4, 5), (3, 2, 5, 6), (((3,), (2,)), ((0, 1), (1, 0)))),
    "empty_contraction": ((3, 0), (0, 4), (((1,), (0,)), ((), ()))),
    "empty_result": ((0, 5), (5, 4), (((1,), (0,)), ((), ()))),
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.int8, np.uint16,
                                   np.complex64], ids=lambda d: np.dtype(d).name)
def test_dimension_layouts(layout, dtype):
    lhs, rhs, numbers = LAYOUTS[layout]
    exact = np.dtype(dtype).kind in "iu"
    check(lambda a, b: lax.dot_general(a, b, numbers), rand(lhs, dtype), rand(rhs, dtype),
          exact=exact, rtol=None if exact else 1e-5, atol=0 if exact else 1e-5)


@pytest.mark.parametrize("pair", [(jnp.bfloat16, np.float32), (np.float16, np.float32),
                                  (np.int8, np.int32), (np.uint8, np.uint32), (np.int16, np.int64),
                                  (np.float32, np.float64)], ids=str)
def test_preferred_element_type(pair):
    source, result = pair
    a, b = rand((6, 9), source), rand((9, 5), source)
    exact = np.dtype(result).kind in "iu"
    check(lambda x, y: lax.dot(x, y, preferred_element_type=result), a, b, exact=exact,
          rtol=None if exact else 1e-5, atol=0 if exact else 1e-5)


def test_integer_products_wrap_like_xla():
    a = np.full((3, 70), 100, np.int8)
    check(lambda x, y: lax.dot(x, y), a, a.T.copy(), exact=True)
    big = np.full((2, 3), 2**30, np.int32)
    check(lambda x, y: x @ y, big, big.T.copy(), exact=True)


@pytest.mark.parametrize("n", [1, 64, 255, 512])
def test_square_matmuls(n):
    check(jnp.matmul, rand((n, n)), rand((n, n)), rtol=1e-4, atol=1e-4)


def test_jnp_front_ends():
    a, b = rand((2, 3, 4)), rand((4, 5))
    check(lambda x, y: (jnp.einsum("bij,jk->bik", x, y), jnp.tensordot(x, y, 1), jnp.dot(x, y),
                        jnp.einsum("bij,bij->b", x, x), jnp.inner(x, x), jnp.outer(y, y)), a, b,
          rtol=1e-5, atol=1e-5)
    check(lambda x, y: jnp.matmul(x, y), rand((3, 1, 4, 5)), rand((2, 5, 6)), rtol=1e-5, atol=1e-5)


def test_gradients_of_matmuls():
    a, b = rand((4, 6)), rand((6, 3))
    check_grad(lambda x, y: jnp.tanh(x @ y), a, b, argnums=(0, 1), rtol=1e-5, atol=1e-6)
    check_grad(lambda x: jnp.einsum("ij,kj->ik", x, x), a, rtol=1e-5, atol=1e-6)
