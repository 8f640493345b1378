"""Loops and branches: while (counted and data-dependent), scan, cond,
switch, and gradients through them, against the CPU backend."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from oracle import check, check_grad

X = np.linspace(-1, 1, 12, dtype=np.float32).reshape(3, 4)


def test_fori_loop_with_static_bounds():
    check(lambda x: jax.lax.fori_loop(0, 10, lambda i, v: v * 0.9 + jnp.float32(i), x), X)


def test_fori_loop_with_traced_bounds():
    def f(x, n):
        return jax.lax.fori_loop(0, n, lambda i, v: v + v * 0.5, x)

    check(f, X, np.int32(7))
    check(f, X, np.int32(0))
    check(f, X, np.int32(-3))


def test_while_loop_with_a_data_dependent_condition():
    def f(x):
        return jax.lax.while_loop(lambda v: v.sum() < 100.0, lambda v: v * 2.0 + 1.0, x)

    check(f, np.abs(X))


def test_while_loop_that_never_runs():
    check(lambda x: jax.lax.while_loop(lambda v: False, lambda v: v + 1, x), X)


def test_scan_carries_and_stacks():
    def f(xs):
        def step(carry, x):
            carry = carry * 0.5 + x
            return carry, carry * 2.0

        return jax.lax.scan(step, jnp.zeros(4, jnp.float32), xs)

    check(f, X)


def test_nested_loops():
    def f(x):
        def outer(i, v):
            return jax.lax.fori_loop(0, 3, lambda j, w: w + jnp.float32(i * j), v)

        return jax.lax.fori_loop(0, 4, outer, x)

    check(f, X)


def test_long_counted_loop_is_exact():
    check(lambda n: jax.lax.fori_loop(0, 1000, lambda i, v: v + i, n), np.int32(0))


@pytest.mark.parametrize("predicate", [True, False])
def test_cond(predicate):
    check(lambda p, x: jax.lax.cond(p, lambda v: v * 2.0, lambda v: v - 1.0, x), np.bool_(predicate), X)


@pytest.mark.parametrize("index", [-5, 0, 1, 2, 3, 100])
def test_switch_clamps_its_index_like_the_cpu(index):
    branches = [lambda v: v + 1.0, lambda v: v * 3.0, lambda v: -v]
    check(lambda i, x: jax.lax.switch(i, branches, x), np.int32(index), X)


def test_cond_with_several_results_and_captured_values():
    def f(p, x, y):
        return jax.lax.cond(p, lambda: (x + y, x * y), lambda: (x - y, y))

    check(f, np.bool_(True), X, X * 2)
    check(f, np.bool_(False), X, X * 2)


def test_gradient_through_scan():
    def f(x):
        return jax.lax.scan(lambda c, v: (jnp.tanh(c * v), c), x[0], x)[0]

    check_grad(f, X, rtol=1e-5, atol=1e-6)


def test_gradient_through_cond_and_fori_loop():
    def f(x):
        y = jax.lax.fori_loop(0, 5, lambda i, v: jnp.sin(v) + v, x)
        return jax.lax.cond(y.sum() > 0, lambda v: v * v, lambda v: -v, y)

    # sin is a few ulps apart between the backends; five iterations of it
    # leave gradients near zero differing in absolute terms only.
    check_grad(f, X, rtol=1e-5, atol=1e-6)
