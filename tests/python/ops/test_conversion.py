"""convert between every pair of dtypes and bitcast_convert, against the
CPU backend, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from jax import lax

from oracle import check
from values import ALL, COMPLEX, FLOATS, INTEGERS, SHAPES, edge_values, name, shaped


@pytest.mark.parametrize("source", ALL, ids=name)
def test_convert_to_every_dtype(source):
    x = edge_values(source)
    targets = [t for t in ALL if not (np.dtype(source).kind == "c" and np.dtype(t).kind != "c")]
    for target in targets:
        check(lambda v, t=target: lax.convert_element_type(v, t), x, exact=True)


@pytest.mark.parametrize("source", COMPLEX, ids=name)
def test_complex_to_real_takes_the_real_part(source):
    x = edge_values(source)
    for target in FLOATS:
        check(lambda v, t=target: lax.real(v).astype(t), x, exact=True)


def test_float_to_integer_saturates_and_maps_nan_to_zero():
    x = np.array([np.nan, np.inf, -np.inf, 3e9, -3e9, 2**31 - 64, -(2**31), 255.9, -0.9, 1e19,
                  -1e19, 1.9e19], np.float64)
    for target in INTEGERS:
        check(lambda v, t=target: lax.convert_element_type(v, t), x, exact=True)
        check(lambda v, t=target: lax.convert_element_type(v, t), x.astype(np.float32), exact=True)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_convert_keeps_shapes(shape):
    check(lambda v: v.astype(np.int16), shaped(edge_values(np.float32), shape), exact=True)


SAME_WIDTH = [(np.float32, np.int32), (np.float32, np.uint32), (np.int64, np.float64),
              (np.float16, np.int16), (np.uint8, np.int8), (np.uint64, np.int64)]


@pytest.mark.parametrize("pair", SAME_WIDTH, ids=lambda p: f"{name(p[0])}-{name(p[1])}")
def test_bitcast_of_the_same_width(pair):
    source, target = pair
    check(lambda v: lax.bitcast_convert_type(v, target), edge_values(source), exact=True)
    check(lambda v: lax.bitcast_convert_type(v, target), edge_values(source)[:12].reshape(3, 4),
          exact=True)


def test_bitcast_between_widths_adds_or_removes_a_trailing_axis():
    x = edge_values(np.float32, 12).reshape(3, 4)
    check(lambda v: lax.bitcast_convert_type(v, np.uint8), x, exact=True)
    check(lambda v: lax.bitcast_convert_type(v, np.int16), x, exact=True)
    check(lambda v: lax.bitcast_convert_type(v, np.uint8), np.float32(1.5), exact=True)
    y = edge_values(np.uint8, 24).reshape(3, 2, 4)
    check(lambda v: lax.bitcast_convert_type(v, np.float32), y, exact=True)
    check(lambda v: lax.bitcast_convert_type(v, np.float64), edge_values(np.int32, 8).reshape(4, 2),
          exact=True)
