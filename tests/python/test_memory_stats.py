"""device.memory_stats() reports MLX's real numbers."""

import gc

import numpy as np

import jax


def test_stats_grow_with_arrays_and_shrink_when_deleted(mps_device):
    # Arrays of earlier tests may still be collected; measure differences
    # caused by this test's own arrays only.
    gc.collect()
    before = mps_device.memory_stats()
    assert before["bytes_in_use"] >= 0
    assert before["bytes_limit"] > 0
    assert before["peak_bytes_in_use"] >= before["bytes_in_use"]

    size = 32 << 20
    arrays = [jax.device_put(np.ones(size, np.uint8), mps_device) for _ in range(2)]
    grown = mps_device.memory_stats()
    assert grown["bytes_in_use"] - before["bytes_in_use"] >= 2 * size
    assert grown["peak_bytes_in_use"] >= grown["bytes_in_use"]

    arrays[0].delete()
    one_left = mps_device.memory_stats()["bytes_in_use"]
    assert grown["bytes_in_use"] - one_left >= size

    del arrays
    after = mps_device.memory_stats()["bytes_in_use"]
    assert grown["bytes_in_use"] - after >= 2 * size
