"""Whole models on mps against the CPU backend: losses and gradients of an
MLP, a softmax attention block and a layer norm, and an optax training loop."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import optax

from oracle import CPU, MPS, check

RNG = np.random.default_rng(0)

# float32 matmuls sum in a different order than XLA's CPU kernels; through a
# backward pass the differences reach a few 1e-5 relative.
RTOL, ATOL = 2e-4, 2e-5


def normal(*shape, scale=1.0):
    return (RNG.standard_normal(shape) * scale).astype(np.float32)


def mlp_params(sizes, rng=RNG):
    return [((rng.standard_normal((m, n)) * m**-0.5).astype(np.float32), np.zeros(n, np.float32))
            for m, n in zip(sizes, sizes[1:])]


def mlp(params, x):
    for w, b in params[:-1]:
        x = jax.nn.relu(x @ w + b)
    w, b = params[-1]
    return x @ w + b


def mlp_loss(params, x, y):
    logits = mlp(params, x)
    return -jnp.mean(jnp.sum(jax.nn.log_softmax(logits) * y, axis=-1))


def attention(params, x):
    wq, wk, wv = params
    q, k, v = x @ wq, x @ wk, x @ wv
    scores = q @ jnp.swapaxes(k, -1, -2) / jnp.sqrt(jnp.float32(q.shape[-1]))
    mask = jnp.tril(jnp.ones(scores.shape[-2:], bool))
    scores = jnp.where(mask, scores, -1e9)
    return jax.nn.softmax(scores, axis=-1) @ v


def layer_norm(params, x):
    scale, bias = params
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * jax.lax.rsqrt(var + 1e-5) * scale + bias


def test_mlp_value_and_grad():
    params = mlp_params([16, 32, 32, 10])
    x = normal(8, 16)
    y = np.eye(10, dtype=np.float32)[RNG.integers(0, 10, 8)]
    check(jax.value_and_grad(mlp_loss), params, x, y, rtol=RTOL, atol=ATOL)


def test_softmax_attention_block_value_and_grad():
    params = [normal(16, 16, scale=0.25) for _ in range(3)]
    x = normal(2, 6, 16)
    check(jax.value_and_grad(lambda p, x: jnp.sum(attention(p, x) ** 2)), params, x, rtol=RTOL, atol=ATOL)


def test_layer_norm_value_and_grad():
    params = [normal(24) + 1.0, normal(24)]
    x = normal(5, 24, scale=3.0)
    check(jax.value_and_grad(lambda p, x: jnp.sum(jnp.sin(layer_norm(p, x)))), params, x, rtol=RTOL, atol=ATOL)


def train(device, steps):
    data_rng = np.random.default_rng(1)  # the same data and start on both devices
    params = jax.device_put(mlp_params([8, 32, 3], data_rng), device)
    x = data_rng.standard_normal((128, 8)).astype(np.float32)
    labels = (x[:, 0] > 0).astype(int) + (x[:, 1] > 0.5).astype(int)
    # A quarter of the labels are noise, so the loss settles well above zero
    # instead of chasing ever smaller values, where float32 rounding
    # differences between backends are relatively large.
    noisy = data_rng.random(128) < 0.25
    labels[noisy] = data_rng.integers(0, 3, noisy.sum())
    y = np.eye(3, dtype=np.float32)[labels]
    x, y = jax.device_put((x, y), device)
    optimizer = optax.adam(3e-3)
    state = optimizer.init(params)

    @jax.jit
    def step(params, state):
        loss, grads = jax.value_and_grad(mlp_loss)(params, x, y)
        updates, state = optimizer.update(grads, state, params)
        return optax.apply_updates(params, updates), state, loss

    losses = []
    for _ in range(steps):
        params, state, loss = step(params, state)
        losses.append(loss)
    return np.asarray(jnp.stack([jax.device_put(l, device) for l in losses]))


def test_training_loop_with_optax_ends_at_the_cpu_loss():
    on_mps = train(MPS, 200)
    on_cpu = train(CPU, 200)
    assert on_mps[-1] < on_mps[0] * 0.8  # it learned
    np.testing.assert_allclose(on_mps[-1], on_cpu[-1], rtol=1e-3)
    np.testing.assert_allclose(on_mps, on_cpu, rtol=1e-3, atol=1e-5)
