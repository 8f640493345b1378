"""Shows the mps device and moves arrays to it and back.

    JAX_PLATFORMS=mps,cpu python examples/devices_and_transfers.py
"""

from __future__ import annotations

import time

import ml_dtypes
import numpy as np

import jax

jax.config.update("jax_enable_x64", True)


def show_device(device) -> None:
    print(f"JAX {jax.__version__}; devices: {jax.devices()}")
    print(f"  platform       {device.platform}")
    print(f"  kind           {device.device_kind}")
    print(f"  client         {device.client.platform_version.splitlines()[-1]}")
    print(f"  memory spaces  {[m.kind for m in device.addressable_memories()]}")


def round_trip_table(device) -> bool:
    print("\nround trips (host -> mps -> host, compared bit for bit)")
    print(f"  {'dtype':<16}{'shape':<14}{'exact':<7}")
    rng = np.random.default_rng(0)
    all_exact = True
    cases = [
        (np.float32, (2, 3)), (np.float64, (4,)), (ml_dtypes.bfloat16, (3, 3)),
        (np.float16, ()), (np.int64, (0,)), (np.uint8, (3, 0, 2)),
        (np.complex64, (5,)), (np.bool_, (7,)), (ml_dtypes.float8_e4m3fn, (2, 2)),
    ]
    for dtype, shape in cases:
        x = rng.standard_normal(shape).astype(dtype) if dtype != np.bool_ else rng.random(shape) > 0.5
        back = np.asarray(jax.device_put(x, device))
        exact = back.dtype == x.dtype and back.tobytes() == x.tobytes()
        all_exact &= exact
        print(f"  {np.dtype(dtype).name:<16}{str(shape):<14}{'yes' if exact else 'NO':<7}")
    return all_exact


def bandwidth(device) -> None:
    x = np.ones(64 << 20, np.uint8)
    start = time.perf_counter()
    y = jax.device_put(x, device).block_until_ready()
    upload = time.perf_counter() - start
    start = time.perf_counter()
    np.asarray(y)
    download = time.perf_counter() - start
    mib = x.nbytes / (1 << 20)
    print(f"\n64 MiB upload {mib / upload:,.0f} MiB/s, download {mib / download:,.0f} MiB/s")
    stats = device.memory_stats()
    print(f"memory in use {stats['bytes_in_use'] / (1 << 20):.1f} MiB "
          f"(peak {stats['peak_bytes_in_use'] / (1 << 20):.1f} MiB, "
          f"limit {stats['bytes_limit'] / (1 << 30):.1f} GiB)")


def main() -> int:
    device = jax.devices("mps")[0]
    show_device(device)
    exact = round_trip_table(device)
    bandwidth(device)
    return 0 if exact else 1


if __name__ == "__main__":
    raise SystemExit(main())
