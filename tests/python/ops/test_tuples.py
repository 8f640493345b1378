"""stablehlo.tuple and get_tuple_element, which the reader reads but JAX no
longer emits: a get_tuple_element of a tuple is the element itself (the
simplify-shapes pass forwards it), so such programs run without tuple
values at run time."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from jax._src.lib.mlir.dialects import hlo

from oracle import check
from ops.emit_stablehlo import emit

RNG = np.random.default_rng(8)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_get_tuple_element_of_a_tuple(index):
    a = RNG.standard_normal((2, 3)).astype(np.float32)
    b = np.arange(4, dtype=np.int16)
    c = np.array(True)

    def build(x, y, z):
        tuple_value = hlo.TupleOp([x, y, z]).result
        return [hlo.GetTupleElementOp(tuple_value, index).result]

    args = (a, b, c)
    out = check(lambda *v: emit(build, [(args[index].shape, args[index].dtype)], *v)[0], *args,
                exact=True)
    np.testing.assert_array_equal(out, args[index])


def test_nested_tuples_and_computation_on_elements():
    a = RNG.standard_normal((3,)).astype(np.float32)
    b = RNG.standard_normal((3,)).astype(jnp.bfloat16)

    def build(x, y):
        inner = hlo.TupleOp([x, y]).result
        outer = hlo.TupleOp([inner, x]).result
        first = hlo.GetTupleElementOp(hlo.GetTupleElementOp(outer, 0).result, 1).result
        second = hlo.GetTupleElementOp(outer, 1).result
        return [hlo.AddOp(second, hlo.ConvertOp(x.type, first).result).result]

    check(lambda *v: emit(build, [((3,), np.float32)], *v)[0], a, b)
