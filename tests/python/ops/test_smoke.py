"""The oracle itself: a passing and a failing comparison."""

import numpy as np
import pytest

from oracle import assert_same, check, check_grad


def test_matching_results_pass():
    check(lambda x, y: x * y + 1, np.arange(6, dtype=np.float32), np.float32(3))


def test_the_oracle_notices_a_wrong_sign_of_zero():
    with pytest.raises(AssertionError):
        assert_same(np.float32(-0.0), np.float32(0.0), exact=True)


def test_the_oracle_notices_a_wrong_value():
    with pytest.raises(AssertionError):
        assert_same(np.float32(1.0001), np.float32(1.0))


def test_gradients_are_compared():
    check_grad(lambda x: x * x, np.linspace(-1, 1, 5, dtype=np.float32))
