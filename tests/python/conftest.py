"""Shared setup: both the mps device and JAX's CPU backend (the oracle)."""

import os

# Must happen before jax is imported anywhere in the test session.
os.environ.setdefault("JAX_PLATFORMS", "mps,cpu")

import jax  # noqa: E402
import pytest  # noqa: E402

jax.config.update("jax_enable_x64", True)


@pytest.fixture(scope="session")
def mps_device():
    devices = jax.devices("mps")
    assert len(devices) == 1
    return devices[0]


@pytest.fixture(scope="session")
def cpu_device():
    return jax.devices("cpu")[0]
