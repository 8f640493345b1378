"""stablehlo.fft (FFT, IFFT, RFFT, IRFFT) through jnp.fft against the CPU
backend: sizes odd and even, size 1, padding and truncation by n, 1 to 3
transformed axes, axes that are not trailing (JAX transposes), the three
normalisations, gradients, empty batches, and the refusal of complex128."""

from __future__ import annotations

import jax
import jax.scipy.signal
import jax.numpy as jnp
import numpy as np
import pytest

from oracle import MPS, check, check_grad

RNG = np.random.default_rng(5)


def real(shape):
    return RNG.standard_normal(shape).astype(np.float32)


def cplx(shape):
    return (RNG.standard_normal(shape) + 1j * RNG.standard_normal(shape)).astype(np.complex64)


def close(fn, x, n_points=1):
    # pocketfft (MLX) and ducc (XLA) sum in different orders: the error grows
    # with the magnitude of the sums, not of each output.
    check(fn, x, rtol=2e-5, atol=2e-5 * max(1.0, float(np.sqrt(n_points))))


SIZES = [1, 2, 3, 4, 5, 7, 8, 16, 17, 100, 128, 243]


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("name", ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"])
def test_one_dimensional(name, n):
    fn = getattr(jnp.fft, name)
    x = cplx((3, n)) if name in ("fft", "ifft", "irfft", "hfft") else real((3, n))
    close(fn, x, n)


@pytest.mark.parametrize("name,size,n", [
    ("fft", 8, 5), ("fft", 5, 8), ("ifft", 6, 9), ("rfft", 7, 7), ("rfft", 8, 3),
    ("rfft", 4, 11), ("irfft", 5, 8), ("irfft", 5, 9), ("irfft", 5, 3), ("irfft", 4, 1),
    ("irfft", 9, 16), ("irfft", 1, 1), ("hfft", 4, 7), ("ihfft", 6, 4),
])
def test_length_pads_and_truncates(name, size, n):
    fn = getattr(jnp.fft, name)
    x = cplx((2, size)) if name in ("fft", "ifft", "irfft", "hfft") else real((2, size))
    close(lambda v: fn(v, n=n), x, n)


@pytest.mark.parametrize("norm", [None, "backward", "ortho", "forward"])
@pytest.mark.parametrize("name", ["fft", "ifft", "rfft", "irfft", "fft2", "irfftn"])
def test_normalisations(name, norm):
    fn = getattr(jnp.fft, name)
    x = real((4, 6)) if name == "rfft" else cplx((4, 6))
    close(lambda v: fn(v, norm=norm), x, 24)


SHAPES_2D = [(1, 1), (2, 3), (4, 6), (5, 7), (3, 8, 9), (16, 16)]


@pytest.mark.parametrize("shape", SHAPES_2D, ids=str)
@pytest.mark.parametrize("name", ["fft2", "ifft2", "rfft2", "irfft2"])
def test_two_dimensional(name, shape):
    fn = getattr(jnp.fft, name)
    x = real(shape) if name == "rfft2" else cplx(shape)
    close(fn, x, shape[-1] * shape[-2])


SHAPES_ND = [(1, 1, 1), (2, 3, 4), (3, 5, 6), (2, 4, 4, 3)]


@pytest.mark.parametrize("shape", SHAPES_ND, ids=str)
@pytest.mark.parametrize("name", ["fftn", "ifftn", "rfftn", "irfftn"])
def test_three_dimensional(name, shape):
    fn = getattr(jnp.fft, name)
    x = real(shape) if name == "rfftn" else cplx(shape)
    axes = (-3, -2, -1)
    close(lambda v: fn(v, axes=axes), x, int(np.prod(shape[-3:])))


AXES = [(0,), (1,), (0, 2), (2, 0), (-1, -3), (0, 1, 2), (1, 0, 2)]


@pytest.mark.parametrize("axes", AXES, ids=str)
@pytest.mark.parametrize("name", ["fftn", "ifftn", "rfftn", "irfftn"])
def test_non_trailing_axes(name, axes):
    fn = getattr(jnp.fft, name)
    x = real((4, 3, 6)) if name == "rfftn" else cplx((4, 3, 6))
    close(lambda v: fn(v, axes=axes), x, 72)


@pytest.mark.parametrize("name,s", [("fftn", (3, 5)), ("rfftn", (4, 7)), ("irfftn", (6, 5)),
                                    ("irfftn", (2, 2)), ("ifftn", (8, 1)), ("irfft2", (5, 9))])
def test_shape_argument(name, s):
    fn = getattr(jnp.fft, name)
    x = real((2, 4, 6)) if name == "rfftn" else cplx((2, 4, 6))
    close(lambda v: fn(v, s=s), x, int(np.prod(s)))


def test_large_transform():
    close(jnp.fft.fft, cplx((4, 4096)), 4096)
    close(jnp.fft.rfft2, real((64, 96)), 64 * 96)


def test_special_values_propagate():
    x = cplx((8,))
    x[3] = np.nan
    check(jnp.fft.fft, x)
    y = real((8,))
    y[0] = np.inf
    check(lambda v: jnp.isnan(jnp.fft.rfft(v)), y)


@pytest.mark.parametrize("shape", [(0, 4), (3, 0, 8), (0, 5, 6)], ids=str)
@pytest.mark.parametrize("name", ["fft", "ifft", "rfft", "irfft", "fft2"])
def test_empty_batches(name, shape):
    fn = getattr(jnp.fft, name)
    x = real(shape) if name == "rfft" else cplx(shape)
    check(fn, x)


def _real_loss(fn):
    def loss(v):
        out = fn(v)
        weights = jnp.cos(jnp.arange(out.size, dtype=jnp.float32)).reshape(out.shape)
        if jnp.iscomplexobj(out):
            return jnp.real(out) * weights + jnp.imag(out) * weights[..., ::-1]
        return out * weights
    return loss


@pytest.mark.parametrize("name,shape", [
    ("rfft", (3, 8)), ("rfft", (7,)), ("irfft", (2, 5)), ("fft2", (4, 6)), ("rfft2", (3, 5)),
    ("irfftn", (2, 3, 4)), ("rfftn", (2, 3, 5)), ("hfft", (6,)),
], ids=str)
def test_gradients_of_real_inputs(name, shape):
    fn = getattr(jnp.fft, name)
    x = real(shape)
    if name in ("irfft", "irfftn", "hfft", "fft2"):
        check_grad(_real_loss(lambda v: fn(v.astype(jnp.complex64))), x, rtol=1e-4, atol=1e-4)
    else:
        check_grad(_real_loss(fn), x, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("name", ["fft", "ifft", "fftn"])
def test_gradients_of_complex_parts(name):
    fn = getattr(jnp.fft, name)

    def f(re, im):
        return _real_loss(fn)(lax_complex(re, im))
    re, im = real((3, 6)), real((3, 6))
    check_grad(f, re, im, argnums=(0, 1), rtol=1e-4, atol=1e-4)


def lax_complex(re, im):
    return jax.lax.complex(re, im)


@pytest.mark.parametrize("name,dtype", [("fft", np.complex128), ("ifft", np.complex128),
                                        ("rfft", np.float64), ("irfft", np.complex128),
                                        ("fft2", np.complex128)])
def test_double_precision_is_refused(name, dtype):
    fn = jax.jit(getattr(jnp.fft, name))
    x = jax.device_put(np.ones((4, 4), dtype), MPS)
    with pytest.raises(Exception, match="complex128/float64 FFTs are unsupported"):
        jax.block_until_ready(fn(x))


def test_roundtrips_of_jnp_helpers():
    x = real((6, 10))
    close(lambda v: jnp.fft.irfft2(jnp.fft.rfft2(v), s=v.shape), x, 60)
    close(lambda v: jnp.fft.fftshift(jnp.fft.fft2(v.astype(jnp.complex64))), x, 60)
    close(lambda v: jax.scipy.signal.fftconvolve(v[0], v[1]), x, 20)
