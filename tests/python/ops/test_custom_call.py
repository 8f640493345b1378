"""stablehlo.custom_call: targets that are identities on one device, and the
compile-time refusal of any target jax-metallib does not know."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from oracle import MPS, check, run_on


def custom_call_primitive(target):
    """A primitive lowered to one custom call to `target`, as a foreign
    library's primitive (or GSPMD's sharding hints) would be."""
    from jax._src import core
    from jax._src.interpreters import mlir

    primitive = core.Primitive(f"metallib_test_custom_call_{target}")
    primitive.def_abstract_eval(lambda x: x)

    def rule(ctx, x):
        aval = ctx.avals_out[0]
        try:
            result_type = mlir.aval_to_ir_type(ctx.module_context, aval)
        except TypeError:  # jax 0.9
            result_type = mlir.aval_to_ir_type(aval)
        return mlir.custom_call(target, result_types=[result_type], operands=[x]).results

    mlir.register_lowering(primitive, rule)
    return primitive


def test_unknown_target_is_a_compile_time_error_naming_it_and_the_line():
    primitive = custom_call_primitive("no_such_target_xyz")
    x = jax.device_put(np.ones(3, np.float32), MPS)
    with pytest.raises(Exception, match="no_such_target_xyz") as info:
        jax.jit(lambda v: primitive.bind(v) + 1).lower(x).compile()
    assert "test_custom_call.py" in str(info.value)


@pytest.fixture
def gspmd():
    """The partitioner that spells sharding hints as custom calls."""
    previous = jax.config.jax_use_shardy_partitioner
    jax.config.update("jax_use_shardy_partitioner", False)
    yield
    jax.config.update("jax_use_shardy_partitioner", previous)


def test_sharding_hint_is_an_identity():
    # GSPMD spells a sharding constraint as this custom call; jax 0.12.1
    # lowers constraints through Shardy only, so the call is written directly.
    hint = custom_call_primitive("Sharding")

    def fn(x):
        return hint.bind(x * 2) + 1

    x = jax.device_put(np.arange(4.0, dtype=np.float32), MPS)
    assert "@Sharding" in jax.jit(fn).lower(x).as_text()
    np.testing.assert_array_equal(np.asarray(jax.jit(fn)(x)), np.arange(4.0) * 2 + 1)


def test_sharding_constraint_on_one_device(gspmd):
    mesh = Mesh(np.array([MPS]), ("i",))

    def fn(x):
        return jax.lax.with_sharding_constraint(x * 2, NamedSharding(mesh, PartitionSpec("i"))) + 1

    x = jax.device_put(np.arange(4.0, dtype=np.float32), MPS)
    np.testing.assert_array_equal(np.asarray(jax.jit(fn)(x)), np.arange(4.0) * 2 + 1)


@pytest.mark.parametrize("shape", [(4,), (2, 3)], ids=str)
def test_shard_map_on_one_device(gspmd, shape):
    try:
        from jax import shard_map
    except ImportError:
        from jax.experimental.shard_map import shard_map
    mesh = Mesh(np.array([MPS]), ("i",))
    spec = PartitionSpec("i")
    fn = shard_map(lambda x: jnp.sin(x) * 2, mesh=mesh, in_specs=spec, out_specs=spec)
    x = np.arange(np.prod(shape), dtype=np.float32).reshape(shape)
    np.testing.assert_allclose(run_on(MPS, fn, x), np.sin(x) * 2, rtol=1e-6)


def test_dce_sink_keeps_its_operand_and_changes_nothing():
    # lax.dce_sink emits custom_call @dce_sink with no results and
    # operand_layouts = [dense<> : tensor<0xindex>], an index-typed tensor
    # attribute the reader must keep for jaxlib to re-read the program.
    import inspect

    if "prevent_mlir_dce" not in inspect.signature(jax.lax.dce_sink).parameters:
        pytest.skip("waits on a jax whose lax.dce_sink takes prevent_mlir_dce (jax 0.9's does "
                    "not, and MLIR removes its sink before the plugin sees a program)")

    def f(x):
        y = jnp.sin(x) + 1
        jax.lax.dce_sink(y, prevent_mlir_dce=True)
        return x * 3, y

    check(f, np.arange(5, dtype=np.float32))
    compiled = jax.jit(f).lower(jax.device_put(np.ones(5, np.float32), MPS)).compile()
    assert "dce_sink" in compiled.as_text()
