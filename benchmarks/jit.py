"""Speed of jitted programs on mps, beside JAX's CPU backend and MLX itself.

    JAX_PLATFORMS=mps,cpu python benchmarks/jit.py [--list] [--case NAME ...]
                                                   [--repeats N] [--json out.jsonl]

Each case builds one computation three ways, in one process: a jax.jit
function run on the mps device, the same function on JAX's CPU backend,
and the same computation written directly with mlx.core. It prints the
median time per call and the ratios (ours / CPU, ours / MLX; > 1 means we
are slower), and with --json writes one JSON line per case.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from typing import Callable

import jax
import jax.numpy as jnp
import mlx.core as mx
import numpy as np

from timing import median_seconds


@dataclass
class Case:
    name: str
    what: str
    jax_fn: Callable  # jitted
    args: tuple  # numpy arrays
    mlx_fn: Callable
    repeats_scale: float = 1.0


def dispatch_case() -> Case:
    return Case("dispatch", "x + 1 on a scalar: per-call overhead",
                jax.jit(lambda x: x + 1), (np.float32(1),), lambda x: x + 1, 5)


def elementwise_case(n: int) -> Case:
    def chain(x, y):
        return jnp.tanh(x * 1.5 + y) * jnp.exp(-x * x) + jnp.maximum(x, y)

    def mlx_chain(x, y):
        return mx.tanh(x * 1.5 + y) * mx.exp(-x * x) + mx.maximum(x, y)

    rng = np.random.default_rng(0)
    args = tuple(rng.standard_normal(n).astype(np.float32) for _ in range(2))
    return Case(f"elementwise_{n}", f"chain of 7 elementwise ops on {n:,} floats",
                jax.jit(chain), args, mlx_chain)


def matmul_case(n: int) -> Case:
    rng = np.random.default_rng(0)
    args = tuple(rng.standard_normal((n, n)).astype(np.float32) for _ in range(2))
    return Case(f"matmul_{n}", f"{n}x{n} @ {n}x{n} float32", jax.jit(jnp.matmul), args,
                mx.matmul, 0.5 if n >= 1024 else 1.0)


def mlp_step_case() -> Case:
    sizes, batch, lr = [784, 256, 256, 10], 128, 0.01
    rng = np.random.default_rng(0)
    params = [(rng.standard_normal((m, n)).astype(np.float32) * m**-0.5, np.zeros(n, np.float32))
              for m, n in zip(sizes, sizes[1:])]
    x = rng.standard_normal((batch, sizes[0])).astype(np.float32)
    y = np.eye(10, dtype=np.float32)[rng.integers(0, 10, batch)]

    def loss(params, x, y):
        for w, b in params[:-1]:
            x = jax.nn.relu(x @ w + b)
        w, b = params[-1]
        return -jnp.mean(jnp.sum(jax.nn.log_softmax(x @ w + b) * y, axis=-1))

    @jax.jit
    def step(params, x, y):
        value, grads = jax.value_and_grad(loss)(params, x, y)
        return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads), value

    def mlx_loss(params, x, y):
        for w, b in params[:-1]:
            x = mx.maximum(x @ w + b, 0)
        w, b = params[-1]
        logits = x @ w + b
        return -mx.mean(mx.sum((logits - mx.logsumexp(logits, axis=-1, keepdims=True)) * y, axis=-1))

    mlx_grad = mx.value_and_grad(mlx_loss)

    def mlx_step(params, x, y):
        value, grads = mlx_grad(params, x, y)
        return [(w - lr * gw, b - lr * gb) for (w, b), (gw, gb) in zip(params, grads)], value

    return Case("mlp_train_step", "SGD step of a 784-256-256-10 MLP, batch 128", step,
                (params, x, y), mlx_step)


CASES = {c.name: c for c in (
    [dispatch_case()] + [elementwise_case(n) for n in (1_000, 1_000_000)] +
    [matmul_case(n) for n in (64, 256, 1024)] + [mlp_step_case()])}


def to_mlx(tree):
    return jax.tree_util.tree_map(mx.array, tree)


def measure(case: Case, repeats: int) -> dict:
    results = {}
    for label in ("mps", "cpu"):
        device = jax.devices(label)[0]
        args = jax.device_put(case.args, device)
        results[f"{label}_s"] = median_seconds(
            lambda: jax.block_until_ready(case.jax_fn(*args)), repeats, warmup=3)
    mlx_args = to_mlx(case.args)
    results["mlx_s"] = median_seconds(lambda: mx.eval(case.mlx_fn(*mlx_args)), repeats, warmup=3)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--json", help="write the results as JSON lines here")
    args = parser.parse_args()
    if args.list:
        for case in CASES.values():
            print(f"{case.name:<22}{case.what}")
        return 0
    names = args.case or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s) {unknown}; --list shows them")

    print(f"jax {jax.__version__}, device {jax.devices('mps')[0].device_kind}, MLX {mx.__version__}")
    header = f"{'case':<22}{'mps ms':>11}{'cpu ms':>11}{'mlx ms':>11}{'vs cpu':>9}{'vs mlx':>9}"
    print(header)
    print("-" * len(header))
    rows = []
    for name in names:
        case = CASES[name]
        r = measure(case, max(5, int(args.repeats * case.repeats_scale)))
        row = {"case": name, "what": case.what, **r,
               "ratio_vs_cpu": r["mps_s"] / r["cpu_s"], "ratio_vs_mlx": r["mps_s"] / r["mlx_s"]}
        rows.append(row)
        print(f"{name:<22}{r['mps_s'] * 1e3:>11.4f}{r['cpu_s'] * 1e3:>11.4f}{r['mlx_s'] * 1e3:>11.4f}"
              f"{row['ratio_vs_cpu']:>9.2f}{row['ratio_vs_mlx']:>9.2f}")
    if args.json:
        with open(args.json, "w") as out:
            for row in rows:
                out.write(json.dumps({"benchmark": "jit", **row}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
