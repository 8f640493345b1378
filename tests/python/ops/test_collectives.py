"""Collectives over one device, against the CPU backend: what shard_map,
pmap and the lax collectives emit over a one-device mesh (all_reduce,
all_gather, reduce_scatter, collective_permute, partition_id), the
collectives JAX cannot emit there (all_to_all, collective_broadcast,
replica_id), and the compile-time refusal of any group of more than one
process."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax._src.lib.mlir.dialects import hlo
from jax.sharding import Mesh
from jax.sharding import PartitionSpec as P

from oracle import CPU, MPS, assert_same, check, run_on
from ops.emit_stablehlo import add_body, dense_i64, emit

try:
    shard_map = jax.shard_map
except AttributeError:  # jax 0.9 keeps it in experimental
    from jax.experimental.shard_map import shard_map

RNG = np.random.default_rng(5)

NUMERIC = [np.float32, np.float16, jnp.bfloat16, np.float64, np.int8, np.int16, np.int32,
           np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.complex64]
ORDERED = [d for d in NUMERIC if d is not np.complex64]


def name(dtype):
    return np.dtype(dtype).name


def values(shape, dtype):
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return RNG.integers(info.min, info.max, shape, endpoint=True, dtype=dtype)
    if dtype.kind == "b":
        return RNG.integers(0, 2, shape).astype(bool)
    if dtype.kind == "c":
        return (RNG.standard_normal(shape) + 1j * RNG.standard_normal(shape)).astype(dtype)
    x = RNG.standard_normal(shape).astype(dtype)
    if x.size >= 4:
        x.flat[:4] = [np.nan, np.inf, -np.inf, -0.0]
    return x


def on_mesh(device, body, in_specs=P("x"), out_specs=P("x")):
    mesh = Mesh(np.array([device]), ("x",))
    return shard_map(body, mesh=mesh, in_specs=in_specs, out_specs=out_specs)


def check_mesh(body, *args, in_specs=P("x"), out_specs=P("x"), exact=True):
    """shard_map(body) over a one-device mesh of mps matches that of the CPU."""
    expected = run_on(CPU, on_mesh(CPU, body, in_specs, out_specs), *args)
    actual = run_on(MPS, on_mesh(MPS, body, in_specs, out_specs), *args)
    assert_same(actual, expected, exact=exact)
    return actual


REDUCTIONS = {"psum": lax.psum, "pmean": lax.pmean, "pmax": lax.pmax, "pmin": lax.pmin}


# JAX orders no complex numbers: pmax and pmin take the real dtypes only.
REDUCTION_CASES = [(op, dtype) for op in REDUCTIONS
                   for dtype in (ORDERED if op in ("pmax", "pmin") else NUMERIC)]


@pytest.mark.parametrize("op,dtype", REDUCTION_CASES,
                         ids=[f"{op}-{name(d)}" for op, d in REDUCTION_CASES])
def test_all_reduce(op, dtype):
    x = values((4, 3), dtype)
    out = check_mesh(lambda a: REDUCTIONS[op](a, "x"), x)
    if op != "pmean":  # one participant: the operand itself, bit for bit
        assert_same(out, x, exact=True)


@pytest.mark.parametrize("shape", [(), (0, 3), (1,), (7, 5, 3), (1000, 33)], ids=str)
def test_psum_shapes(shape):
    x = values(shape, np.float32)
    spec = P() if not shape else P("x")
    check_mesh(lambda a: lax.psum(a, "x"), x, in_specs=spec, out_specs=spec)


def test_psum_of_several_operands_and_a_tree():
    x, y = values((4, 2), np.float32), values((4,), np.int32)
    check_mesh(lambda a, b: lax.psum({"a": a, "b": (b, a * 2)}, "x"), x, y,
               in_specs=(P("x"), P("x")), out_specs={"a": P("x"), "b": (P("x"), P("x"))})


@pytest.mark.parametrize("dtype", [np.float32, np.int8, np.uint64, jnp.bfloat16, np.complex64,
                                   np.bool_], ids=name)
@pytest.mark.parametrize("axis", [0, 1])
@pytest.mark.parametrize("tiled", [False, True])
def test_all_gather(tiled, axis, dtype):
    x = values((4, 3), dtype)
    out = check_mesh(lambda a: lax.all_gather(a, "x", axis=axis, tiled=tiled), x)
    assert_same(out, x if tiled else np.expand_dims(x, axis), exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.uint16, np.float16],
                         ids=name)
@pytest.mark.parametrize("dimension", [0, 1])
def test_psum_scatter(dimension, dtype):
    x = values((4, 6), dtype)
    # XLA's CPU backend adds the one piece to a zero, turning -0.0 into +0.0;
    # StableHLO's reduction of one value is that value, which we keep. So
    # floats compare by value here, and the result must be the operand.
    out = check_mesh(lambda a: lax.psum_scatter(a, "x", scatter_dimension=dimension, tiled=True),
                     x, exact=False)
    assert_same(out, x, exact=True)


@pytest.mark.parametrize("perm", [[(0, 0)], []], ids=["to_itself", "nobody"])
@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.uint8, np.complex64], ids=name)
def test_ppermute(dtype, perm):
    x = values((4, 3), dtype)
    out = check_mesh(lambda a: lax.ppermute(a, "x", perm), x)
    np.testing.assert_array_equal(out, x if perm else np.zeros_like(x))


@pytest.mark.parametrize("dtype", [np.float32, np.int32, np.uint32], ids=name)
def test_axis_index_is_partition_zero(dtype):
    x = values((4,), dtype)
    # XLA's CPU backend folds a + 0 to a, keeping -0.0, where IEEE gives +0.0:
    # floats compare by value.
    out = check_mesh(lambda a: a + lax.axis_index("x").astype(dtype), x, exact=False)
    np.testing.assert_array_equal(out, x)


def test_axis_size_and_collectives_in_one_program():
    x = values((6, 4), np.float32)

    def body(a):
        total = lax.psum(jnp.sum(a), "x")
        biggest = lax.pmax(jnp.max(a), "x")
        gathered = lax.all_gather(a, "x", tiled=True)
        return (a - total / gathered.shape[0]) * lax.psum(1, "x") + biggest

    check_mesh(body, np.nan_to_num(x), exact=False)


def test_gradient_through_shard_map_collectives():
    x = RNG.standard_normal((5, 3)).astype(np.float32)

    def loss(a, device):
        def body(b):
            return lax.pmean(jnp.sin(b) * lax.psum(b, "x"), "x")
        return jnp.sum(on_mesh(device, body)(a) ** 2)

    expected = run_on(CPU, jax.grad(lambda a: loss(a, CPU)), x)
    actual = run_on(MPS, jax.grad(lambda a: loss(a, MPS)), x)
    assert_same(actual, expected, rtol=1e-5)


@pytest.mark.parametrize("op", ["psum", "pmax", "all_gather"])
def test_pmap_over_one_device(op):
    x = values((1, 5), np.float32)
    fns = {"psum": lambda a: lax.psum(a, "i"), "pmax": lambda a: lax.pmax(a, "i"),
           "all_gather": lambda a: lax.all_gather(a, "i")}
    expected = np.asarray(jax.pmap(fns[op], axis_name="i", devices=[CPU])(x))
    actual = np.asarray(jax.pmap(fns[op], axis_name="i", devices=[MPS])(x))
    assert_same(actual, expected, exact=True)


# Collectives JAX does not emit over one device, written directly.

def all_to_all(split_dimension, concat_dimension, split_count=1, groups=((0,),)):
    def build(x):
        return hlo.AllToAllOp([x], split_dimension, concat_dimension, split_count,
                              dense_i64(groups)).results
    return build


@pytest.mark.parametrize("dtype", [np.float32, np.int16, np.bool_], ids=name)
@pytest.mark.parametrize("dims", [(0, 0), (0, 1), (1, 0)], ids=str)
def test_all_to_all(dims, dtype):
    x = values((3, 4), dtype)
    out = check(lambda a: emit(all_to_all(*dims), [(a.shape, a.dtype)], a)[0], x, exact=True)
    np.testing.assert_array_equal(out, x)


def collective_broadcast(groups):
    def build(x):
        try:  # jaxlib 0.12's op is variadic, 0.9's takes one operand
            return hlo.CollectiveBroadcastOp([x], dense_i64(groups)).results
        except (TypeError, ValueError):
            return hlo.CollectiveBroadcastOp(x, dense_i64(groups)).results
    return build


@pytest.mark.parametrize("groups", [[[0]], []], ids=["group_of_zero", "no_groups"])
@pytest.mark.parametrize("dtype", [np.float32, np.uint64, np.complex64], ids=name)
def test_collective_broadcast(dtype, groups):
    x = values((2, 5), dtype)
    out = run_on(MPS, lambda a: emit(collective_broadcast(groups), [(a.shape, a.dtype)], a)[0], x)
    # XLA's CPU backend has no collective_broadcast; StableHLO: the operand of
    # the group's first process, which is this one.
    np.testing.assert_array_equal(out, x)


def all_reduce(groups, dtype):
    def build(*xs):
        op = hlo.AllReduceOp([x.type for x in xs], list(xs), replica_groups=dense_i64(groups))
        return add_body(op, dtype).results
    return build


@pytest.mark.parametrize("groups", [[[0]], [], [[0, -1]]], ids=["zero", "empty", "padded"])
def test_all_reduce_replica_groups_of_one(groups):
    x, y = values((3,), np.float32), values((2, 2), np.float32)
    out = run_on(MPS, lambda a, b: emit(all_reduce(groups, np.float32),
                                        [(a.shape, a.dtype), (b.shape, b.dtype)], a, b), x, y)
    assert_same(out, [x, y], exact=True)


@pytest.mark.parametrize("dtype", [np.float32, np.int32], ids=name)
def test_cross_replica_sum(dtype):
    if not hasattr(hlo, "CrossReplicaSumOp"):
        pytest.skip("this jaxlib has no Python builder for cross-replica-sum")
    x = values((3, 2), dtype)

    def build(a):
        return hlo.CrossReplicaSumOp(a, dense_i64([[0]])).results

    out = run_on(MPS, lambda a: emit(build, [(a.shape, a.dtype)], a)[0], x)
    assert_same(out, x, exact=True)


@pytest.mark.parametrize("op", ["replica_id", "partition_id"])
def test_process_ids_are_zero(op):
    def build(x):
        made = hlo.ReplicaIdOp() if op == "replica_id" else hlo.PartitionIdOp()
        return [made.result, x]
    out = check(lambda a: emit(build, [((), np.uint32), (a.shape, a.dtype)], a), np.ones(2))
    assert out[0].dtype == np.uint32 and out[0] == 0


# More than one participant: refused at compile time, naming the op.

REFUSED = {
    "all_reduce_pair": (lambda: all_reduce([[0, 1]], np.float32),
                        "stablehlo.all_reduce", "{0, 1} has 2 participants"),
    "all_reduce_other_process": (lambda: all_reduce([[0], [1]], np.float32),
                                 "stablehlo.all_reduce", "names process 1"),
    "all_to_all_split": (lambda: all_to_all(0, 0, split_count=2, groups=[[0, 1]]),
                         "stablehlo.all_to_all", "2 participants"),
    "collective_broadcast_pair": (lambda: collective_broadcast([[0, 1]]),
                                  "stablehlo.collective_broadcast", "2 participants"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_groups_of_several_processes_are_refused(case):
    make, op, detail = REFUSED[case]
    x = np.ones((4, 2), np.float32)
    with pytest.raises(Exception) as error:
        run_on(MPS, lambda a: emit(make(), [(a.shape, a.dtype)], a)[0], x)
    message = str(error.value)
    assert op in message and detail in message, message
    assert "one device (1 replica, 1 partition)" in message, message
    assert "issue tracker" in message, message


def test_collective_permute_to_another_process_is_refused():
    def build(x):
        return hlo.CollectivePermuteOp(x, dense_i64([[0, 1]])).results
    with pytest.raises(Exception, match=r"stablehlo.collective_permute.*process 0 to process 1"):
        run_on(MPS, lambda a: emit(build, [(a.shape, a.dtype)], a)[0], np.ones(3, np.float32))


@pytest.mark.parametrize("dtype", ["f32", "i32"])
def test_collective_reduce_over_one_process_is_the_operand(dtype):
    # JAX does not emit collective_reduce, and XLA's CPU backend has no
    # implementation to compare with: one participant reduces to itself.
    from mlir_programs import run_on as run_mlir_on

    module = f"""module @collective_reduce {{
  func.func public @main(%arg0: tensor<5x{dtype}>) -> tensor<5x{dtype}> {{
    %0 = "stablehlo.collective_reduce"(%arg0) ({{
    ^bb0(%a: tensor<{dtype}>, %b: tensor<{dtype}>):
      %s = stablehlo.add %a, %b : tensor<{dtype}>
      "stablehlo.return"(%s) : (tensor<{dtype}>) -> ()
    }}) {{replica_groups = dense<[[0]]> : tensor<1x1xi64>}} : (tensor<5x{dtype}>) -> tensor<5x{dtype}>
    return %0 : tensor<5x{dtype}>
  }}
}}"""
    x = (np.arange(5) - 2).astype(np.float32 if dtype == "f32" else np.int32)
    try:
        (out,) = run_mlir_on("mps", module, x)
    except Exception as error:  # noqa: BLE001 -- only the parser's refusal is a skip
        if "Unable to parse" in str(error) and "collective_reduce" in str(error):
            pytest.skip("this jaxlib's StableHLO has no collective_reduce: it cannot be written")
        raise
    np.testing.assert_array_equal(out, x)
