"""The compiler pipeline as a JAX user sees it: dumped IR after each pass,
and programs the passes change still computing what the CPU computes."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from helpers import run_python
from oracle import check


def final_ir(tmp_path, code):
    result = run_python(code, env={"JAX_PLATFORMS": "mps", "MPS_DUMP_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    (last,) = tmp_path.glob("*-eliminate-dead-code.ir.txt")  # the last pass
    return last.read_text()


def test_transposes_cancel_and_duplicates_merge(tmp_path):
    text = final_ir(tmp_path, (
        "import jax, jax.numpy as jnp, numpy as np\n"
        "f = lambda x: jnp.exp(x.T.T) + jnp.exp(x)\n"
        "print(jax.jit(f)(np.ones((2, 3), np.float32)))\n"))
    assert text.count('"stablehlo.transpose"') == 0
    assert text.count('"stablehlo.exponential"') == 1


def test_integer_constant_arithmetic_is_folded(tmp_path):
    text = final_ir(tmp_path, (
        "import jax, jax.numpy as jnp, numpy as np\n"
        "f = lambda x: x + (jnp.int32(6) * jnp.int32(7))\n"
        "print(jax.jit(f)(np.ones(3, np.int32)))\n"))
    assert text.count('"stablehlo.multiply"') == 0
    assert "0x2A000000" in text  # 42


def test_rewritten_programs_compute_the_same():
    x = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
    check(lambda v: (jnp.transpose(jnp.transpose(v, (1, 2, 0)), (2, 0, 1)).reshape(6, 4)
                     .reshape(24) + jnp.sin(v).ravel() + jnp.sin(v).ravel()), x)
