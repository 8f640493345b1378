"""Lowering rules for linear-algebra primitives JAX cannot lower for mps.

JAX lowers ``eigh``, ``svd``, ``lu``, ``eig``, ``tridiagonal``,
``hessenberg`` and ``schur`` through LAPACK custom calls on CPU and (all
but the last two) cuSOLVER on GPU; for any other platform it has no rule
(``svd``'s generic rule needs ``eigh``, and the generic ``lu`` and
``lu_pivots_to_permutation`` are ``while`` loops of gathers and scatters,
one iteration per row). Each rule below emits one ``stablehlo.custom_call``
whose target the plugin implements with MLX's LAPACK routines or, where
MLX has none, from MLX graph ops or (schur) a custom MLX primitive
(``src/runtime/ops/custom_call.cc``).

Contract of the targets (operand: a batch of matrices ``[..., m, n]``;
results in the order of the JAX primitive, types from its abstract values):

``metallib.eigh``
    ``backend_config = "lower=0|1"`` (which triangle is read); results
    ``(v [..., n, n], w [..., n])``, eigenvalues ascending, eigenvectors as
    columns. f32, f64, c64. ``subset_by_index`` slices these results.
``metallib.svd``
    results ``(s [..., k])`` or ``(s, u, vh)``; ``u``/``vh`` are full when
    their shapes are ``[..., m, m]``/``[..., n, n]``. f32, f64, c64.
    ``subset_by_index`` slices the reduced results (s descending).
``metallib.lu``
    results ``(lu [..., m, n], pivots [..., k] i32, permutation [..., m]
    i32)``, LAPACK's getrf with 0-based pivots. f32, f64, c64.
``metallib.lu_pivots_to_permutation``
    operand ``pivots [..., k]`` i32; result ``permutation [..., m]`` i32
    (``m`` from the result type): the row swaps applied in order.
``metallib.eig``
    ``backend_config = "left=0|1"``; results ``(w [..., n])``, then the left
    eigenvectors ``vl [..., n, n]`` when ``left=1``, then the right ones
    ``vr`` if one more result is asked for; complex, each vector of norm 1
    with its largest component real (LAPACK's geev). f32, c64.
``metallib.tridiagonal``
    ``backend_config = "lower=0|1"`` (which triangle is read and written);
    results ``(a [..., n, n], d [..., n], e [..., n-1], taus [..., n-1])``,
    LAPACK's sytrd/hetrd: the referenced triangle holds the tridiagonal
    ``d``/``e`` and the reflectors' tails, the other triangle is the
    input's; ``d`` and ``e`` are real. f32, f64, c64.
``metallib.hessenberg``
    results ``(a [..., n, n], taus [..., n-1])``, LAPACK's gehrd: the upper
    Hessenberg matrix with the reflectors' tails below its subdiagonal.
    f32, f64, c64.

``metallib.schur``
    ``backend_config = "vectors=0|1"``; results ``(t [..., n, n])``, then
    ``z [..., n, n]`` when ``vectors=1``, with ``a = z t z^H`` (LAPACK's
    gees without sorting): ``t`` upper triangular for c64, the real Schur
    form for f32 and f64 (2x2 blocks with equal diagonal entries for complex
    eigenvalue pairs). f32, f64, c64.

For eigh, svd, eig and schur, a matrix holding NaN or infinity yields NaN
in every output, as on CPU (schur also when its iteration does not
converge); lu, tridiagonal and hessenberg carry NaN wherever
LAPACK's arithmetic carries it.
"""

from __future__ import annotations

import logging

_logger = logging.getLogger(__name__)


def _flag(value) -> str:
    return "1" if value else "0"


def _subset(subset_by_index, count, total, what):
    """The start of the `count` entries that subset_by_index picks out of
    `total` (JAX's abstract values already hold `count`), refusing indices
    outside [0, total)."""
    if subset_by_index is None:
        return 0
    start, stop = (int(i) for i in subset_by_index)
    if not 0 <= start <= stop or start + count > total:
        raise ValueError(
            f"jax-metallib: {what} subset_by_index={tuple(subset_by_index)} is outside "
            f"[0, {total}]"
        )
    return start


def _take(mlir, ctx, value, aval, axis, start, count):
    """`value` (of `aval`) restricted to [start, start + count) along `axis`."""
    starts = [0] * len(aval.shape)
    limits = list(aval.shape)
    starts[axis], limits[axis] = start, start + count
    shape = tuple(limits[i] - starts[i] for i in range(len(limits)))
    return mlir.slice_op(ctx, value, aval.update(shape=shape), start_indices=starts,
                         limit_indices=limits, strides=[1] * len(limits))


def _ir_type(mlir, ctx, aval):
    # jax 0.9 takes the aval alone; newer versions take the module context
    # first.
    try:
        return mlir.aval_to_ir_type(ctx.module_context, aval)
    except TypeError:
        return mlir.aval_to_ir_type(aval)


def _emit(mlir, target, ctx, operand, backend_config="", avals_out=None):
    avals_out = ctx.avals_out if avals_out is None else avals_out
    result_types = [_ir_type(mlir, ctx, aval) for aval in avals_out]
    op = mlir.custom_call(
        target,
        result_types=result_types,
        operands=[operand],
        backend_config=backend_config,
    )
    return list(op.results)


def _rules(mlir):
    # subset_by_index (which JAX's CPU and GPU rules refuse) is the full
    # decomposition, sliced: eigenvalues ascending and singular values
    # descending, so [start, stop) of that order.
    def eigh_rule(ctx, operand, *, lower=True, subset_by_index=None, **_):
        v_aval, w_aval = ctx.avals_out
        n, count = ctx.avals_in[0].shape[-1], w_aval.shape[-1]
        start = _subset(subset_by_index, count, n, "eigh")
        config = f"lower={_flag(lower)}"
        if count == n:
            return _emit(mlir, "metallib.eigh", ctx, operand, config)
        batch = w_aval.shape[:-1]
        full = [v_aval.update(shape=batch + (n, n)), w_aval.update(shape=batch + (n,))]
        v, w = _emit(mlir, "metallib.eigh", ctx, operand, config, full)
        return [_take(mlir, ctx, v, full[0], -1, start, count),
                _take(mlir, ctx, w, full[1], -1, start, count)]

    def svd_rule(ctx, operand, *, subset_by_index=None, **_):
        m, n = ctx.avals_in[0].shape[-2:]
        k, count = min(m, n), ctx.avals_out[0].shape[-1]
        start = _subset(subset_by_index, count, k, "svd")
        if count == k:
            return _emit(mlir, "metallib.svd", ctx, operand)
        # JAX allows a subset only with full_matrices=False: U [..., m, k],
        # V^H [..., k, n].
        batch = ctx.avals_out[0].shape[:-1]
        full = [ctx.avals_out[0].update(shape=batch + (k,))]
        if len(ctx.avals_out) == 3:
            full += [ctx.avals_out[1].update(shape=batch + (m, k)),
                     ctx.avals_out[2].update(shape=batch + (k, n))]
        results = _emit(mlir, "metallib.svd", ctx, operand, avals_out=full)
        axes = [-1, -1, -2][: len(full)]
        return [_take(mlir, ctx, value, aval, axis, start, count)
                for value, aval, axis in zip(results, full, axes)]

    def lu_rule(ctx, operand, **_):
        return _emit(mlir, "metallib.lu", ctx, operand)

    def permutation_rule(ctx, pivots, **_):
        return _emit(mlir, "metallib.lu_pivots_to_permutation", ctx, pivots)

    def eig_rule(ctx, operand, *, compute_left_eigenvectors=True, **_):
        return _emit(mlir, "metallib.eig", ctx, operand,
                     f"left={_flag(compute_left_eigenvectors)}")

    def tridiagonal_rule(ctx, operand, *, lower=True, **_):
        return _emit(mlir, "metallib.tridiagonal", ctx, operand, f"lower={_flag(lower)}")

    def hessenberg_rule(ctx, operand, **_):
        return _emit(mlir, "metallib.hessenberg", ctx, operand)

    def schur_rule(ctx, operand, *, compute_schur_vectors=True, sort_eig_vals=False, **_):
        # JAX's CPU rule refuses sorting too; select_callable only matters
        # with it.
        if sort_eig_vals:
            raise NotImplementedError(
                "jax-metallib: schur with sort_eig_vals=True is not implemented on mps"
            )
        return _emit(mlir, "metallib.schur", ctx, operand,
                     f"vectors={_flag(compute_schur_vectors)}")

    return {"eigh_p": eigh_rule, "svd_p": svd_rule, "lu_p": lu_rule,
        "lu_pivots_to_permutation_p": permutation_rule,
        "eig_p": eig_rule,
        "tridiagonal_p": tridiagonal_rule,
        "hessenberg_p": hessenberg_rule,
        "schur_p": schur_rule,
    }


def register(platform: str) -> None:
    """Registers the rules above for `platform` (idempotent)."""
    try:
        from jax._src.interpreters import mlir
        from jax._src.lax import linalg
    except ImportError as error:  # a JAX without these modules
        _logger.warning("jax-metallib: linear-algebra lowerings not registered: %s", error)
        return
    for name, rule in _rules(mlir).items():
        primitive = getattr(linalg, name, None)
        if primitive is None:
            _logger.warning("jax-metallib: jax has no primitive %s to lower", name)
            continue
        mlir.register_lowering(primitive, rule, platform=platform)
