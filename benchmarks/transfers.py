"""Host <-> device transfer speed: jax-metallib vs JAX's CPU backend vs MLX.

    JAX_PLATFORMS=mps,cpu python benchmarks/transfers.py [--json out.json]

For each size it times, in one process:
  upload    jax.device_put(x, device).block_until_ready()   (mx.array(x) for MLX)
  download  np.asarray(array_on_device)                      (np.array(a) for MLX)
and prints the median time per call, the bandwidth, and the ratio of our
time to the CPU backend's and to MLX's own (> 1 means we are slower).
"""

from __future__ import annotations

import argparse
import json

import mlx.core as mx
import numpy as np

import jax

from timing import median_seconds

SIZES = {"4 KiB": 4 << 10, "1 MiB": 1 << 20, "64 MiB": 64 << 20}


def measure(nbytes: int, repeats: int) -> dict[str, float]:
    x = np.random.default_rng(0).standard_normal(nbytes // 4).astype(np.float32)
    mps, cpu = jax.devices("mps")[0], jax.devices("cpu")[0]
    results = {}
    for name, device in (("mps", mps), ("cpu", cpu)):
        results[f"{name}_upload"] = median_seconds(
            lambda: jax.device_put(x, device).block_until_ready(), repeats)
        # np.asarray caches the host copy on a jax.Array: read fresh arrays.
        fresh = [jax.device_put(x, device).block_until_ready() for _ in range(repeats + 1)]
        results[f"{name}_download"] = median_seconds(lambda: np.asarray(fresh.pop()), repeats)
    def mlx_upload():
        a = mx.array(x)
        mx.eval(a)
    results["mlx_upload"] = median_seconds(mlx_upload, repeats)
    a = mx.array(x)
    mx.eval(a)
    results["mlx_download"] = median_seconds(lambda: np.array(a), repeats)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the results as JSON lines here")
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

    rows = []
    print(f"jax {jax.__version__}, device {jax.devices('mps')[0].device_kind}, MLX {mx.__version__}")
    header = f"{'case':<18}{'mps ms':>10}{'MiB/s':>10}{'cpu ms':>10}{'mlx ms':>10}{'vs cpu':>9}{'vs mlx':>9}"
    print(header)
    print("-" * len(header))
    for label, nbytes in SIZES.items():
        r = measure(nbytes, args.repeats if nbytes < (16 << 20) else max(3, args.repeats // 4))
        for direction in ("upload", "download"):
            ours, cpu, mlx = (r[f"{k}_{direction}"] for k in ("mps", "cpu", "mlx"))
            row = {
                "case": f"{direction} {label}", "bytes": nbytes,
                "mps_s": ours, "cpu_s": cpu, "mlx_s": mlx,
                "ratio_vs_cpu": ours / cpu, "ratio_vs_mlx": ours / mlx,
            }
            rows.append(row)
            print(f"{row['case']:<18}{ours * 1e3:>10.3f}{nbytes / ours / (1 << 20):>10,.0f}"
                  f"{cpu * 1e3:>10.3f}{mlx * 1e3:>10.3f}{row['ratio_vs_cpu']:>9.2f}{row['ratio_vs_mlx']:>9.2f}")
    if args.json:
        with open(args.json, "w") as out:
            for row in rows:
                out.write(json.dumps({"benchmark": "transfers", **row}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
