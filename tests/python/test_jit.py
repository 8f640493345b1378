"""jax.jit on mps: executables, their metadata, donation, errors, threads."""

from __future__ import annotations

import threading

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from helpers import run_python
from oracle import MPS, check


def test_several_results_and_nested_jit_calls():
    @jax.jit
    def inner(a):
        return a * 3.0

    def f(x, y):
        return inner(x) + y, inner(y), x

    check(f, np.arange(6, dtype=np.float32).reshape(2, 3), np.float32(0.5))


def test_optimization_barrier_passes_values_through():
    check(lambda x, y: jax.lax.optimization_barrier((x * 2, y)), np.ones(3, np.float32), np.int32(7))


def test_a_program_without_arguments_runs():
    check(lambda: jnp.float32(2.5) * 2)


def test_donated_argument_is_deleted_and_its_memory_reused():
    x = jax.device_put(np.ones(1 << 16, np.float32), MPS)
    pointer = x.unsafe_buffer_pointer()
    y = jax.jit(lambda a: a * 2 + 1, donate_argnums=0)(x)
    assert x.is_deleted()
    np.testing.assert_array_equal(np.asarray(y), np.full(1 << 16, 3, np.float32))
    assert y.unsafe_buffer_pointer() == pointer


def test_argument_that_is_not_donated_survives():
    x = jax.device_put(np.ones(8, np.float32), MPS)
    y = jax.jit(lambda a: a * 2 + 1)(x)
    assert not x.is_deleted()
    assert y.unsafe_buffer_pointer() != x.unsafe_buffer_pointer()
    np.testing.assert_array_equal(np.asarray(x), np.ones(8, np.float32))


def test_a_donated_array_cannot_be_used_again():
    x = jax.device_put(np.ones(4, np.float32), MPS)
    f = jax.jit(lambda a: a + 1, donate_argnums=0)
    f(x)
    with pytest.raises((RuntimeError, ValueError), match="deleted|donated"):
        f(x)


def test_compiled_metadata_is_truthful():
    x = jax.device_put(np.ones((32, 16), np.float32), MPS)
    w = jax.device_put(np.ones((16, 8), np.float32), MPS)
    compiled = jax.jit(lambda a, b: (a @ b, a.sum())).lower(x, w).compile()
    text = compiled.as_text()
    assert "dot" in text and "reduce" in text
    cost = compiled.cost_analysis()
    if isinstance(cost, list):  # older jax returns one dict per program
        cost = cost[0]
    assert cost["flops"] >= 2 * 32 * 16 * 8
    memory = compiled.memory_analysis()
    assert memory.argument_size_in_bytes == (32 * 16 + 16 * 8) * 4
    assert memory.output_size_in_bytes == 32 * 8 * 4 + 4
    out = compiled(x, w)
    assert out[0].shape == (32, 8) and out[0].dtype == np.float32
    assert out[1].shape == () and out[0].sharding.memory_kind == "device"


def test_fingerprint_is_stable_across_processes():
    code = (
        "import jax, numpy as np\n"
        "c = jax.jit(lambda a: a * 2).lower(np.ones(3, np.float32)).compile()\n"
        "print(c.runtime_executable().fingerprint.hex())\n"
    )
    first = run_python(code, env={"JAX_PLATFORMS": "mps"})
    second = run_python(code, env={"JAX_PLATFORMS": "mps"})
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() and first.stdout == second.stdout


def test_unsupported_op_fails_at_compile_time_naming_op_and_location():
    # complex128 FFTs are refused (MLX computes FFTs in complex64 only).
    x = jax.device_put(np.ones(8, np.complex128), MPS)
    with pytest.raises(Exception) as info:
        jax.jit(jnp.fft.fft)(x)
    message = str(info.value)
    assert "UNIMPLEMENTED" in message
    assert "'stablehlo.fft' at " in message
    assert "test_jit.py" in message  # where the user wrote it
    assert "complex64 only" in message


def test_concurrent_calls_from_many_threads_are_correct():
    f = jax.jit(lambda a, k: jnp.tanh(a * k).sum())
    base = np.linspace(0, 1, 1000, dtype=np.float32)
    expected = {k: float(np.tanh(base * k).sum(dtype=np.float64)) for k in range(16)}
    results, errors = {}, []

    def work(k):
        try:
            for _ in range(20):
                value = float(f(jax.device_put(base, MPS), np.float32(k)))
            results[k] = value
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for k, value in results.items():
        assert value == pytest.approx(expected[k], rel=1e-5, abs=1e-6)
    assert len(results) == 16


def test_results_chain_into_later_calls_without_waiting():
    f = jax.jit(lambda a: a * 1.5 + 1)
    x = jax.device_put(np.zeros(1000, np.float32), MPS)
    for _ in range(50):
        x = f(x)
    expected = np.zeros(1000, np.float32)
    for _ in range(50):
        expected = expected * np.float32(1.5) + np.float32(1)
    np.testing.assert_allclose(np.asarray(x), expected, rtol=1e-6)
