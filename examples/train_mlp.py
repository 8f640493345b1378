"""Trains a small MLP classifier on mps and on JAX's CPU backend, side by side.

    JAX_PLATFORMS=mps,cpu python examples/train_mlp.py [--steps 300]

Prints the device, the loss every few steps on both backends, and the
steps per second of each (after the first, compiling, step).
"""

from __future__ import annotations

import argparse
import time

import jax
import jax.numpy as jnp
import numpy as np


def make_data(n=512, features=16, classes=4, seed=0):
    rng = np.random.default_rng(seed)
    centers = rng.standard_normal((classes, features)) * 2.0
    labels = rng.integers(0, classes, n)
    x = centers[labels] + rng.standard_normal((n, features))
    return x.astype(np.float32), np.eye(classes, dtype=np.float32)[labels]


def init_params(sizes, seed=0):
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((m, n)).astype(np.float32) * np.sqrt(2.0 / m),
             np.zeros(n, np.float32)) for m, n in zip(sizes, sizes[1:])]


def loss_fn(params, x, y):
    for w, b in params[:-1]:
        x = jax.nn.gelu(x @ w + b)
    w, b = params[-1]
    return -jnp.mean(jnp.sum(jax.nn.log_softmax(x @ w + b) * y, axis=-1))


def adam(lr=3e-3, b1=0.9, b2=0.999, eps=1e-8):
    def init(params):
        zeros = jax.tree_util.tree_map(jnp.zeros_like, params)
        return zeros, zeros, jnp.int32(0)

    def update(grads, state, params):
        m, v, t = state
        t = t + 1
        m = jax.tree_util.tree_map(lambda m, g: b1 * m + (1 - b1) * g, m, grads)
        v = jax.tree_util.tree_map(lambda v, g: b2 * v + (1 - b2) * g * g, v, grads)
        scale = lr * jnp.sqrt(1 - b2**t) / (1 - b1**t)
        params = jax.tree_util.tree_map(lambda p, m, v: p - scale * m / (jnp.sqrt(v) + eps),
                                        params, m, v)
        return params, (m, v, t)

    return init, update


def train(device, steps, x, y):
    init, update = adam()
    params = jax.device_put(init_params([x.shape[1], 64, 64, y.shape[1]]), device)
    state = jax.device_put(init(params), device)
    x, y = jax.device_put((x, y), device)

    @jax.jit
    def step(params, state):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
        params, state = update(grads, state, params)
        return params, state, loss

    losses = []
    params, state, loss = step(params, state)  # compiles
    losses.append(float(loss))
    start = time.perf_counter()
    for _ in range(steps - 1):
        params, state, loss = step(params, state)
        losses.append(loss)
    jax.block_until_ready(loss)
    elapsed = time.perf_counter() - start
    return [float(l) for l in losses], (steps - 1) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    mps, cpu = jax.devices("mps")[0], jax.devices("cpu")[0]
    print(f"jax {jax.__version__}; training on {mps!r} and on {cpu!r}")
    x, y = make_data()
    mps_losses, mps_speed = train(mps, args.steps, x, y)
    cpu_losses, cpu_speed = train(cpu, args.steps, x, y)
    print(f"{'step':>6}{'loss (mps)':>14}{'loss (cpu)':>14}")
    for i in list(range(0, args.steps, max(1, args.steps // 10))) + [args.steps - 1]:
        print(f"{i:>6}{mps_losses[i]:>14.6f}{cpu_losses[i]:>14.6f}")
    print(f"steps per second: mps {mps_speed:,.0f}, cpu {cpu_speed:,.0f}")
    final_gap = abs(mps_losses[-1] - cpu_losses[-1]) / abs(cpu_losses[-1])
    print(f"final loss differs from the CPU's by {final_gap:.1e} (relative)")
    return 0 if final_gap < 1e-3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
