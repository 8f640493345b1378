"""Library discovery, logging and client options."""

import os
from pathlib import Path

import pytest

from helpers import run_python
from jax_plugins.metallib import _library, _options


def test_library_is_found(mps_device):
    path = _library.find_library()
    assert path.is_file() and path.name == _library.library_name()


def test_explicit_library_path_wins_and_is_checked(monkeypatch, tmp_path):
    real = _library.find_library()
    monkeypatch.setenv(_library.LIBRARY_ENV, str(real.parent))
    assert _library.find_library() == real
    monkeypatch.setenv(_library.LIBRARY_ENV, str(tmp_path / "nothing.so"))
    with pytest.raises(FileNotFoundError, match="does not name"):
        _library.find_library()


def test_missing_library_error_names_every_place_tried(monkeypatch, tmp_path):
    monkeypatch.delenv(_library.LIBRARY_ENV, raising=False)
    monkeypatch.setattr(_library, "__file__", str(tmp_path / "a" / "b" / "c" / "_library.py"))
    with pytest.raises(FileNotFoundError) as error:
        _library.find_library()
    for place in _library.candidate_paths():
        assert str(place) in str(error.value)


def test_options_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("MPS_MEMORY_LIMIT_BYTES", "123456789")
    monkeypatch.delenv("MPS_CACHE_LIMIT_BYTES", raising=False)
    assert _options.client_options() == {"memory_limit_bytes": 123456789}
    monkeypatch.setenv("MPS_CACHE_LIMIT_BYTES", "lots")
    with pytest.raises(ValueError, match="MPS_CACHE_LIMIT_BYTES"):
        _options.client_options()


def test_memory_limit_option_reaches_mlx():
    result = run_python(
        "import jax; print(jax.devices('mps')[0].memory_stats()['bytes_limit'])",
        env={"MPS_MEMORY_LIMIT_BYTES": str(3 << 30)},
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) == 3 << 30


@pytest.mark.parametrize("level,expect_info", [("2", True), ("1", False)])
def test_log_level_controls_messages(level, expect_info):
    result = run_python(
        "import jax, numpy as np; jax.device_put(np.ones(3), jax.devices('mps')[0])",
        env={"MPS_LOG_LEVEL": level},
    )
    assert result.returncode == 0, result.stderr
    assert ("created client" in result.stderr) == expect_info, result.stderr


def test_bad_log_level_is_reported_not_fatal():
    result = run_python(
        "import jax; print(jax.devices('mps')[0].platform)",
        env={"MPS_LOG_LEVEL": "loud"},
    )
    assert result.returncode == 0, result.stderr
    assert "MPS_LOG_LEVEL=loud" in result.stderr
    assert result.stdout.split()[-1] == "mps"


def test_module_main_reports_library_and_device():
    result = run_python("import runpy; runpy.run_module('jax_plugins.metallib', run_name='__main__')")
    assert result.returncode == 0, result.stderr
    assert "library:" in result.stdout and "device:" in result.stdout


@pytest.mark.parametrize("version", ["1.13.0", "1.16.3"])
def test_reported_stablehlo_version_can_be_lowered_for_tests(tmp_path, version):
    code = (
        "import jax, numpy as np\n"
        "print(jax.jit(lambda x: x * 2)(np.ones(3, np.float32)).tolist())\n"
    )
    env = {"JAX_PLATFORMS": "mps", "MPS_DUMP_DIR": str(tmp_path), "MPS_STABLEHLO_VERSION": version}
    result = run_python(code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[2.0, 2.0, 2.0]"
    # jaxlib emits min(reported version, its own current version).
    from jax._src.lib.mlir.dialects import hlo

    def parts(text):
        return tuple(int(p) for p in text.split("."))

    expected = min(parts(version), parts(hlo.get_current_version()))
    (artifact,) = tmp_path.glob("*.mlir.bc")
    assert "StableHLO_v{}.{}.{}".format(*expected).encode() in artifact.read_bytes()[:32]


GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "corpus"


def test_dump_prints_an_artifact_as_ir():
    artifact = GOLDEN / "1.22.0" / "dot_batch_matmul.mlir.bc"
    result = run_python(
        "import runpy, sys; sys.argv = ['x', 'dump', %r]; "
        "runpy.run_module('jax_plugins.metallib', run_name='__main__')" % str(artifact)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("module @jit_matmul")
    assert '"stablehlo.dot_general"(%arg0, %arg1)' in result.stdout
    assert "#stablehlo.dot<lhs_batching_dimensions = [0]" in result.stdout


def test_dump_reports_bad_input_with_its_byte_offset(tmp_path):
    truncated = tmp_path / "truncated.mlir.bc"
    truncated.write_bytes((GOLDEN / "1.22.0" / "dot_batch_matmul.mlir.bc").read_bytes()[:100])
    result = run_python(
        "import runpy, sys; sys.argv = ['x', 'dump', %r]; "
        "runpy.run_module('jax_plugins.metallib', run_name='__main__')" % str(truncated)
    )
    assert result.returncode == 1
    assert "at byte" in result.stderr


def test_dump_dir_also_receives_the_ir(tmp_path):
    code = (
        "import jax, jax.numpy as jnp, numpy as np\n"
        "print(jax.jit(lambda x: jnp.exp(x) + 1)(np.ones(3, np.float32)))\n"
    )
    result = run_python(code, env={"JAX_PLATFORMS": "mps", "MPS_DUMP_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    # The IR as read, then after each pass of the pipeline, in order.
    names = sorted(p.name.split(".", 1)[1] for p in tmp_path.glob("*.ir.txt"))
    assert names == ["0-read.ir.txt", "1-inline-calls.ir.txt", "2-sink-constants.ir.txt",
                     "3-simplify-shapes.ir.txt", "4-order-narrow-reductions.ir.txt",
                     "5-widen-narrow-types.ir.txt", "6-fold-constants.ir.txt", "7-cse.ir.txt",
                     "8-eliminate-dead-code.ir.txt"]
    (read,) = tmp_path.glob("*.0-read.ir.txt")
    assert '"stablehlo.exponential"' in read.read_text()


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_training_example_matches_the_cpu():
    result = run_python(
        "import runpy, sys; sys.argv = ['train_mlp.py', '--steps', '40']; "
        "runpy.run_path(%r, run_name='__main__')" % str(EXAMPLES / "train_mlp.py"),
        env={"JAX_PLATFORMS": "mps,cpu"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MpsDevice" in result.stdout
    assert "steps per second: mps" in result.stdout
    assert "final loss differs from the CPU's by" in result.stdout
