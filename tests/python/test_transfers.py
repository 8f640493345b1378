"""Host <-> mps transfers are bit-exact for every dtype, shape and layout."""

import ml_dtypes
import numpy as np
import pytest

import jax

# Every dtype JAX arrays can hold. Those MLX computes with are stored
# natively; the others are kept as raw bytes, so all must round-trip.
DTYPES = [
    np.bool_, np.int8, np.int16, np.int32, np.int64,
    np.uint8, np.uint16, np.uint32, np.uint64,
    np.float16, ml_dtypes.bfloat16, np.float32, np.float64,
    np.complex64, np.complex128,
    ml_dtypes.int2, ml_dtypes.uint2, ml_dtypes.int4, ml_dtypes.uint4,
    ml_dtypes.float4_e2m1fn, ml_dtypes.float8_e3m4, ml_dtypes.float8_e4m3,
    ml_dtypes.float8_e4m3fn, ml_dtypes.float8_e4m3fnuz, ml_dtypes.float8_e4m3b11fnuz,
    ml_dtypes.float8_e5m2, ml_dtypes.float8_e5m2fnuz, ml_dtypes.float8_e8m0fnu,
]
SHAPES = [(), (0,), (3, 0, 2), (7,), (2, 3, 4)]


def _name(dtype):
    return np.dtype(dtype).name


def sample(dtype, shape, rng):
    """Values covering the dtype's edge cases (NaN, inf, -0.0, limits)."""
    dtype = np.dtype(dtype)
    n = int(np.prod(shape, dtype=np.int64))
    if dtype == np.bool_:
        return rng.integers(0, 2, size=shape).astype(bool)
    if dtype.itemsize >= 2 or dtype in (np.int8, np.uint8):
        # Random bit patterns, then edge values at the front.
        flat = rng.integers(0, 256, size=n * dtype.itemsize, dtype=np.uint8).view(dtype).copy()
        if np.issubdtype(dtype, np.integer):
            edges = [np.iinfo(dtype).min, np.iinfo(dtype).max, 0, -1 if dtype.kind == "i" else 1]
        else:
            edges = [np.nan, np.inf, -np.inf, -0.0]
        flat[: min(n, len(edges))] = np.array(edges[:n], dtype=object).astype(dtype)
        return flat.reshape(shape)
    # Sub-byte and fp8 types: every value the type can represent is fair.
    if "int" in dtype.name:
        info = ml_dtypes.iinfo(dtype)
        return rng.integers(info.min, info.max + 1, size=shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES, ids=_name)
def test_round_trip_is_bit_exact(mps_device, dtype, shape):
    x = sample(dtype, shape, np.random.default_rng(0))
    y = jax.device_put(x, mps_device)
    assert y.dtype == x.dtype and y.shape == x.shape
    assert y.devices() == {mps_device}
    back = np.asarray(y)
    assert back.dtype == x.dtype and back.shape == x.shape
    assert back.tobytes() == x.tobytes()


@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.complex128], ids=_name)
def test_large_array_round_trips(mps_device, dtype):
    nbytes = 64 << 20
    count = nbytes // np.dtype(dtype).itemsize + 3  # not a round size
    x = np.random.default_rng(1).integers(0, 255, size=count).astype(dtype)
    y = jax.device_put(x, mps_device)
    assert np.asarray(y).tobytes() == x.tobytes()


NON_CONTIGUOUS = {
    "transpose": lambda a: a.T,
    "reversed_and_stepped": lambda a: a[::-2, ::3],
    "fortran_order": np.asfortranarray,
    "broadcast": lambda a: np.broadcast_to(a[:1], (5,) + a.shape[1:]),
    "column": lambda a: a[:, 1],
    "swapped_3d": lambda a: a.reshape(2, 3, -1).transpose(2, 0, 1),
}


@pytest.mark.parametrize("view", NON_CONTIGUOUS, ids=str)
@pytest.mark.parametrize("dtype", [np.int8, np.float32, np.float64, ml_dtypes.bfloat16, np.complex64], ids=_name)
def test_non_contiguous_inputs(mps_device, view, dtype):
    base = (np.arange(6 * 8) * 3 - 7).reshape(6, 8).astype(dtype)
    x = NON_CONTIGUOUS[view](base)
    y = jax.device_put(x, mps_device)
    np.testing.assert_array_equal(np.asarray(y), np.ascontiguousarray(x))
    assert np.asarray(y).tobytes() == np.ascontiguousarray(x).tobytes()


def test_moves_between_mps_and_cpu(mps_device, cpu_device):
    x = np.linspace(-1, 1, 11, dtype=np.float32)
    on_mps = jax.device_put(x, mps_device)
    on_cpu = jax.device_put(on_mps, cpu_device)
    assert on_cpu.devices() == {cpu_device}
    back = jax.device_put(on_cpu, mps_device)
    assert back.devices() == {mps_device}
    assert np.asarray(back).tobytes() == x.tobytes()


def test_python_scalars_and_jax_arrays(mps_device):
    assert np.asarray(jax.device_put(3, mps_device)) == 3
    assert np.asarray(jax.device_put(2.5, mps_device)) == 2.5
    assert np.asarray(jax.device_put(True, mps_device)) == True  # noqa: E712
    arr = jax.device_put(np.arange(5), jax.devices("cpu")[0])
    np.testing.assert_array_equal(np.asarray(jax.device_put(arr, mps_device)), np.arange(5))


def test_deleted_array_raises_clearly(mps_device):
    y = jax.device_put(np.ones(4, np.float32), mps_device)
    y.delete()
    assert y.is_deleted()
    with pytest.raises(RuntimeError, match="deleted"):
        np.asarray(y)


def test_block_until_ready_and_readiness(mps_device):
    y = jax.device_put(np.arange(10), mps_device)
    assert y.block_until_ready() is y
    assert y.is_ready()


def test_on_device_size_reflects_storage(mps_device):
    y = jax.device_put(np.zeros((3, 5), np.float32), mps_device)
    assert y.addressable_shards[0].data.on_device_size_in_bytes() == 60


def test_concurrent_transfers_from_many_threads(mps_device):
    from concurrent.futures import ThreadPoolExecutor

    def worker(seed):
        rng = np.random.default_rng(seed)
        for i in range(40):
            rows = int(rng.integers(1, 300)) if i % 4 else int(rng.integers(40_000, 60_000))  # some take the executor path
            x = rng.standard_normal((rows, 7)).astype(np.float32)
            y = jax.device_put(x, mps_device)
            if np.asarray(y).tobytes() != x.tobytes():
                return f"thread {seed} transfer {i} differs"
        return None

    with ThreadPoolExecutor(max_workers=8) as pool:
        failures = [f for f in pool.map(worker, range(8)) if f]
    assert failures == []
