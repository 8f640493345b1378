"""The mps platform as JAX users see it: registration, devices, metadata."""

import jax
import pytest

from helpers import run_python


def test_mps_device_is_listed_beside_cpu(mps_device, cpu_device):
    assert mps_device.platform == "mps"
    assert mps_device.id == 0
    assert mps_device.process_index == 0
    assert cpu_device.platform == "cpu"
    assert mps_device in jax.devices("mps")


def test_device_kind_and_strings_are_truthful(mps_device):
    kind = mps_device.device_kind
    assert kind == "MLX CPU" or kind.endswith("(Metal)") or kind.endswith("(CUDA)")
    assert repr(mps_device) == f"MpsDevice(id=0, kind={kind})"
    assert str(mps_device) == "mps:0"


def test_device_attributes_describe_the_mlx_backend(mps_device):
    client = mps_device.client
    assert client.platform == "mps"
    assert "jax-metallib" in client.platform_version
    assert "MLX" in client.platform_version
    # Device attributes surface as Python attributes of the device.
    assert mps_device.backend in ("cpu", "metal", "cuda")
    assert isinstance(mps_device.mlx_version, str) and mps_device.mlx_version
    assert mps_device.memory_size > 0


def test_one_memory_space_is_the_default(mps_device):
    memory = mps_device.default_memory()
    assert memory.kind == "device"
    assert [m.kind for m in mps_device.addressable_memories()] == ["device"]
    assert memory.addressable_by_devices() == [mps_device]


def test_jax_platforms_mps_alone_selects_the_plugin():
    result = run_python(
        "import jax; d = jax.devices(); print(d[0].platform, len(d))",
        env={"JAX_PLATFORMS": "mps"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["mps", "1"]


def test_cpu_stays_default_when_platforms_are_not_chosen():
    env = {"JAX_PLATFORMS": ""}
    result = run_python(
        "import jax; print(jax.default_backend(), jax.devices('mps')[0].platform)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cpu", "mps"]


def test_a_jitted_function_runs_on_mps(mps_device):
    x = jax.device_put(1.0, mps_device)
    y = jax.jit(lambda v: v + 1)(x)
    assert y.devices() == {mps_device}
    assert float(y) == 2.0


def test_dump_dir_receives_each_program_as_a_portable_artifact(tmp_path):
    code = (
        "import jax, jax.numpy as jnp\n"
        "print(jax.jit(lambda x: jnp.exp(x) * 2)(jnp.ones(3)))\n"
    )
    result = run_python(code, env={"JAX_PLATFORMS": "mps", "MPS_DUMP_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    files = list(tmp_path.glob("*.mlir.bc"))
    assert len(files) >= 1
    data = files[0].read_bytes()
    assert data.startswith(b"ML\xefR") and b"StableHLO_v" in data[:32]
