"""stablehlo.convolution against the CPU backend: every layout, 1 to 3
spatial dimensions, strides, explicit, SAME and negative padding, lhs and
rhs dilation, feature and batch groups, transposed convolutions,
jnp.convolve/correlate, flax's Conv layers, gradients wrt input and kernel,
and float, integer and complex dtypes."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from flax import linen as nn
from jax import lax

from oracle import check, check_grad
from values import name


def normal(shape, dtype=np.float32, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


# layout strings, lhs shape in that layout, rhs shape in that layout
LAYOUTS = [
    (("NCH", "OIH", "NCH"), (2, 4, 9), (6, 4, 3)),
    (("NWC", "WIO", "NWC"), (2, 9, 4), (3, 4, 6)),
    (("NCHW", "OIHW", "NCHW"), (2, 4, 7, 8), (6, 4, 3, 2)),
    (("NHWC", "HWIO", "NHWC"), (2, 7, 8, 4), (3, 2, 4, 6)),
    (("NHWC", "OIHW", "NCHW"), (2, 7, 8, 4), (6, 4, 3, 2)),
    (("CHWN", "IOHW", "WHNC"), (4, 7, 8, 2), (4, 6, 3, 2)),
    (("HNCW", "WHOI", "CWNH"), (7, 2, 4, 8), (2, 3, 6, 4)),
    (("NCDHW", "OIDHW", "NCDHW"), (2, 4, 5, 6, 5), (6, 4, 2, 3, 2)),
    (("NDHWC", "DHWIO", "NDHWC"), (2, 5, 6, 5, 4), (2, 3, 2, 4, 6)),
]


def spatial(layout):
    return len(layout[0][0]) - 2


# (strides, padding, lhs dilation, rhs dilation) for 2 spatial dims; cut or
# repeated for others.
WINDOWS = [
    ((1, 1), "VALID", None, None),
    ((2, 1), "SAME", None, None),
    ((1, 2), ((1, 2), (0, 1)), None, None),
    ((1, 1), ((-1, 1), (2, -1)), None, None),
    ((1, 1), "VALID", None, (2, 1)),
    ((2, 2), ((2, 1), (1, 1)), (2, 3), None),
    ((1, 2), ((1, -1), (-2, 2)), (2, 2), (1, 2)),
    ((3, 2), "SAME", None, (2, 2)),
]


def fit(values, n):
    if values is None or isinstance(values, str):
        return values
    values = list(values)
    return tuple((values * 3)[:n])


def conv(lhs, rhs, layout, window, **kwargs):
    strides, padding, lhs_dil, rhs_dil = window
    n = spatial(layout)
    return lax.conv_general_dilated(lhs, rhs, fit(strides, n), fit(padding, n), fit(lhs_dil, n),
                                    fit(rhs_dil, n), dimension_numbers=layout[0], **kwargs)


@pytest.mark.parametrize("window", WINDOWS, ids=str)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda l: "-".join(l[0]))
def test_layouts_and_windows(layout, window):
    lhs, rhs = normal(layout[1], seed=1), normal(layout[2], seed=2)
    check(lambda a, b: conv(a, b, layout, window), lhs, rhs, rtol=2e-5, atol=1e-5)


@pytest.mark.parametrize("window", WINDOWS[::2], ids=str)
@pytest.mark.parametrize("layout", LAYOUTS[1::2], ids=lambda l: "-".join(l[0]))
def test_gradients_wrt_input_and_kernel(layout, window):
    lhs, rhs = normal(layout[1], seed=3), normal(layout[2], seed=4)
    # Gradients sum many products: allow for cancellation in float32.
    check_grad(lambda a, b: jnp.sin(conv(a, b, layout, window)), lhs, rhs, argnums=(0, 1),
               rtol=2e-5, atol=5e-5)


@pytest.mark.parametrize("groups", [1, 2, 4])
@pytest.mark.parametrize("dims", [1, 2, 3])
@pytest.mark.parametrize("window", [WINDOWS[0], WINDOWS[2], WINDOWS[5]], ids=str)
def test_feature_groups(dims, groups, window):
    layout = {1: ("NWC", "WIO", "NWC"), 2: ("NHWC", "HWIO", "NHWC"),
              3: ("NDHWC", "DHWIO", "NDHWC")}[dims]
    lhs = normal((2,) + (6, 5, 4)[:dims] + (4,), seed=5)
    rhs = normal((3, 2, 2)[:dims] + (4 // groups, 8), seed=6)
    f = lambda a, b: conv(a, b, (layout,), window, feature_group_count=groups)
    check(f, lhs, rhs, rtol=2e-5, atol=1e-5)
    # The kernel gradient of a grouped convolution is a batch-grouped one.
    check_grad(lambda a, b: f(a, b) ** 2, lhs, rhs, argnums=(0, 1), rtol=2e-5, atol=1e-4)


@pytest.mark.parametrize("dims", [1, 2, 3])
def test_depthwise(dims):
    layout = {1: ("NCH", "OIH", "NCH"), 2: ("NCHW", "OIHW", "NCHW"),
              3: ("NCDHW", "OIDHW", "NCDHW")}[dims]
    lhs = normal((2, 6) + (7, 6, 5)[:dims], seed=7)
    rhs = normal((12, 1) + (3, 2, 2)[:dims], seed=8)
    f = lambda a, b: lax.conv_general_dilated(a, b, (1,) * dims, "SAME",
                                              dimension_numbers=layout, feature_group_count=6)
    check(f, lhs, rhs, rtol=2e-5, atol=1e-5)
    check_grad(lambda a, b: jnp.tanh(f(a, b)), lhs, rhs, argnums=(0, 1), rtol=2e-5, atol=1e-5)


@pytest.mark.parametrize("groups", [2, 3])
@pytest.mark.parametrize("layout", [("NCHW", "OIHW", "NCHW"), ("HWNC", "IOHW", "CHWN")], ids=str)
def test_batch_groups(layout, groups):
    lhs_shape = {"NCHW": (groups * 2, 3, 5, 6), "HWNC": (5, 6, groups * 2, 3)}[layout[0]]
    rhs_shape = {"OIHW": (groups * 2, 3, 2, 3), "IOHW": (3, groups * 2, 2, 3)}[layout[1]]
    lhs, rhs = normal(lhs_shape, seed=9), normal(rhs_shape, seed=10)
    check(lambda a, b: lax.conv_general_dilated(a, b, (1, 2), ((1, 0), (0, 1)),
                                                dimension_numbers=layout,
                                                batch_group_count=groups), lhs, rhs,
          rtol=2e-5, atol=1e-5)


FLOAT_DTYPES = [np.float16, jnp.bfloat16, np.float64]
INT_DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint32]


@pytest.mark.parametrize("window", WINDOWS[:6], ids=str)
@pytest.mark.parametrize("dtype", FLOAT_DTYPES, ids=name)
def test_float_dtypes(dtype, window):
    layout = LAYOUTS[3]
    lhs, rhs = normal(layout[1], dtype, 11), normal(layout[2], dtype, 12)
    rtol = {np.float16: 5e-3, jnp.bfloat16: 3e-2, np.float64: 1e-12}[dtype]
    atol = {np.float16: 1e-2, jnp.bfloat16: 5e-2, np.float64: 1e-12}[dtype]
    check(lambda a, b: conv(a, b, layout, window), lhs, rhs, rtol=rtol, atol=atol)
    check(lambda a, b: conv(a, b, layout, window, feature_group_count=2), lhs,
          rhs[:, :, :2, :], rtol=rtol, atol=atol)


@pytest.mark.parametrize("window", WINDOWS[:6], ids=str)
@pytest.mark.parametrize("dtype", INT_DTYPES, ids=name)
def test_integer_dtypes_are_exact(dtype, window):
    layout = LAYOUTS[2]
    info = np.iinfo(dtype)
    rng = np.random.default_rng(13)
    lhs = rng.integers(info.min, info.max, layout[1], endpoint=True).astype(dtype)
    rhs = rng.integers(info.min, info.max, layout[2], endpoint=True).astype(dtype)
    # Products and sums wrap around, as XLA's do.
    check(lambda a, b: conv(a, b, layout, window), lhs, rhs, exact=True)
    wide = np.int64 if info.min < 0 else np.uint64
    check(lambda a, b: conv(a, b, layout, window, preferred_element_type=wide), lhs, rhs,
          exact=True)


def test_preferred_element_types():
    layout = LAYOUTS[3]
    lhs, rhs = normal(layout[1], jnp.bfloat16, 14), normal(layout[2], jnp.bfloat16, 15)
    check(lambda a, b: conv(a, b, layout, WINDOWS[1], preferred_element_type=np.float32), lhs,
          rhs, rtol=1e-5, atol=1e-5)
    i8 = (np.arange(np.prod(layout[1])) % 251 - 125).astype(np.int8).reshape(layout[1])
    k8 = (np.arange(np.prod(layout[2])) % 13 - 6).astype(np.int8).reshape(layout[2])
    check(lambda a, b: conv(a, b, layout, WINDOWS[2], preferred_element_type=np.int32), i8, k8,
          exact=True)
    h = normal(layout[1], np.float16, 16)
    check(lambda a, b: conv(a, b, layout, WINDOWS[0], preferred_element_type=np.float32), h,
          normal(layout[2], np.float16, 17), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("window", WINDOWS[:4], ids=str)
def test_complex64(window):
    layout = LAYOUTS[2]
    lhs = (normal(layout[1], seed=18) + 1j * normal(layout[1], seed=19)).astype(np.complex64)
    rhs = (normal(layout[2], seed=20) + 1j * normal(layout[2], seed=21)).astype(np.complex64)
    check(lambda a, b: conv(a, b, layout, window), lhs, rhs, rtol=2e-5, atol=1e-5)


@pytest.mark.parametrize("window", [WINDOWS[0], WINDOWS[1], WINDOWS[3], WINDOWS[5], WINDOWS[6]],
                         ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.float64], ids=name)
def test_nan_and_inf_propagate(dtype, window):
    layout = LAYOUTS[2]
    lhs, rhs = normal(layout[1], dtype, 22), normal(layout[2], dtype, 23)
    lhs[0, 0, 1, 1] = np.nan
    lhs[1, 2, 3, 4] = np.inf
    lhs[1, 3, 5, 6] = -np.inf
    check(lambda a, b: conv(a, b, layout, window), lhs, rhs, rtol=1e-5, atol=1e-5)
    # An infinite kernel element meeting padding: the spec pads with zeros,
    # so 0 * inf = NaN; XLA's CPU backend skips padding for some dtypes and
    # windows and not for others, so only unpadded windows are compared.
    if window == WINDOWS[0]:
        rhs[2, 1, 0, 0] = np.inf
        rhs[4, 3, 2, 1] = -np.inf
        rhs[5, 0, 1, 0] = np.nan
        check(lambda a, b: conv(a, b, layout, window), lhs, rhs, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("strides", [(1, 1), (2, 2), (2, 3)], ids=str)
@pytest.mark.parametrize("padding", ["SAME", "VALID", ((1, 2), (0, 1))], ids=str)
@pytest.mark.parametrize("transpose_kernel", [False, True])
def test_conv_transpose(strides, padding, transpose_kernel):
    lhs = normal((2, 5, 6, 4), seed=24)
    rhs = normal((3, 3, 4, 5) if not transpose_kernel else (3, 3, 5, 4), seed=25)
    f = lambda a, b: lax.conv_transpose(a, b, strides, padding,
                                        dimension_numbers=("NHWC", "HWIO", "NHWC"),
                                        transpose_kernel=transpose_kernel)
    check(f, lhs, rhs, rtol=2e-5, atol=1e-5)
    check_grad(lambda a, b: f(a, b) ** 2, lhs, rhs, argnums=(0, 1), rtol=2e-5, atol=1e-4)


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.complex64], ids=name)
@pytest.mark.parametrize("sizes", [(9, 4), (4, 9), (1, 1), (7, 7)], ids=str)
def test_jnp_convolve_and_correlate(sizes, dtype, mode):
    rng = np.random.default_rng(26)
    a, v = (rng.integers(-9, 9, n) for n in sizes)
    if np.dtype(dtype).kind == "c":
        a, v = a + 1j * rng.integers(-9, 9, sizes[0]), v - 2j * rng.integers(-9, 9, sizes[1])
    a, v = a.astype(dtype), v.astype(dtype)
    exact = np.dtype(dtype).kind == "i"
    check(lambda x, y: (jnp.convolve(x, y, mode), jnp.correlate(x, y, mode)), a, v, exact=exact,
          rtol=None if exact else 1e-6)


CONV_LAYERS = [
    dict(features=5, kernel_size=(3, 3)),
    dict(features=4, kernel_size=(3, 2), strides=(2, 1), padding="VALID"),
    dict(features=6, kernel_size=(2, 2), padding=((1, 0), (2, 1)), kernel_dilation=(2, 1)),
    dict(features=6, kernel_size=(3, 3), feature_group_count=3),
    dict(features=4, kernel_size=(2, 3), input_dilation=(2, 1), padding=((1, 1), (0, 2))),
    dict(features=5, kernel_size=(3, 3), padding="CIRCULAR"),
    dict(features=3, kernel_size=(3,), padding="CAUSAL"),
    dict(features=2, kernel_size=(2, 2, 2), strides=2),
]


@pytest.mark.parametrize("layer", CONV_LAYERS, ids=str)
def test_flax_conv(layer):
    dims = len(layer["kernel_size"])
    x = normal((2,) + (8, 7, 6)[:dims] + (6,), seed=27)
    module = nn.Conv(**layer)
    with jax.default_device(jax.devices("cpu")[0]):
        params = module.init(jax.random.key(0), x)
    check(lambda p, v: module.apply(p, v), params, x, rtol=2e-5, atol=1e-5)
    check_grad(lambda p, v: jnp.tanh(module.apply(p, v)), params, x, argnums=(0, 1), rtol=2e-5,
               atol=5e-5)


@pytest.mark.parametrize("strides", [(1, 1), (2, 2)], ids=str)
@pytest.mark.parametrize("padding", ["SAME", "VALID"])
def test_flax_conv_transpose(strides, padding):
    x = normal((2, 5, 6, 3), seed=28)
    module = nn.ConvTranspose(features=4, kernel_size=(3, 3), strides=strides, padding=padding)
    with jax.default_device(jax.devices("cpu")[0]):
        params = module.init(jax.random.key(1), x)
    check(lambda p, v: module.apply(p, v), params, x, rtol=2e-5, atol=1e-5)
    check_grad(lambda p, v: module.apply(p, v) ** 2, params, x, argnums=(0, 1), rtol=2e-5,
               atol=1e-4)


def test_float64_convolution_gradients():
    layout = LAYOUTS[3]
    lhs, rhs = normal(layout[1], np.float64, 29), normal(layout[2], np.float64, 30)
    check_grad(lambda a, b: jnp.sin(conv(a, b, layout, WINDOWS[5])), lhs, rhs, argnums=(0, 1),
               rtol=1e-11, atol=1e-12)


def test_empty_operands_and_results():
    layout = LAYOUTS[3]
    check(lambda a, b: conv(a, b, layout, WINDOWS[0]), np.zeros((0, 7, 8, 4), np.float32),
          normal(layout[2]), exact=True)
    check(lambda a, b: conv(a, b, layout, WINDOWS[1]), np.zeros((2, 7, 8, 0), np.float32),
          np.zeros((3, 2, 0, 6), np.float32), exact=True)
    check(lambda a, b: conv(a, b, layout, ((1, 1), ((2, 2), (1, 1)), None, None)),
          np.zeros((2, 0, 8, 4), np.float32), normal(layout[2]), exact=True)


def test_large_convolution():
    lhs, rhs = normal((8, 32, 32, 16), seed=31), normal((3, 3, 16, 32), seed=32)
    f = lambda a, b: lax.conv_general_dilated(a, b, (1, 1), "SAME",
                                              dimension_numbers=("NHWC", "HWIO", "NHWC"))
    check(f, lhs, rhs, rtol=1e-4, atol=1e-4)
    check_grad(lambda a, b: f(a, b) ** 2, lhs, rhs, argnums=(0, 1), rtol=1e-4, atol=1e-2)


@pytest.mark.parametrize("shapes", [((1, 1, 4), (1, 1, 2)), ((2, 3, 5), (4, 3, 3)), ((), ())],
                         ids=["1d", "channels", "0d"])
def test_boolean_convolution_is_or_of_ands(shapes):
    # XLA convolves booleans with AND as the product and OR as the sum.
    rng = np.random.default_rng(11)
    lhs_shape, rhs_shape = shapes
    if not lhs_shape:  # no spatial dimensions: a plain contraction over features
        lhs, rhs = rng.random((3, 4)) < 0.3, rng.random((5, 4)) < 0.3
        f = lambda a, b: lax.conv_general_dilated(a, b, (), ())  # noqa: E731
    else:
        lhs, rhs = rng.random(lhs_shape) < 0.3, rng.random(rhs_shape) < 0.3
        f = lambda a, b: lax.conv_general_dilated(a, b, (1,), "SAME")  # noqa: E731
    out = check(f, lhs, rhs, exact=True)
    assert out.dtype == np.bool_