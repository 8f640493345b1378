"""Shared setup: both the mps device and JAX's CPU backend (the oracle)."""

import os

# Must happen before jax is imported anywhere in the test session.
os.environ.setdefault("JAX_PLATFORMS", "mps,cpu")

import jax  # noqa: E402
import pytest  # noqa: E402

jax.config.update("jax_enable_x64", True)


def pytest_runtest_teardown(item, nextitem):
    """Drops JAX's caches of compiled programs after every test.

    JAX keeps each jitted function's executables while the function lives,
    and many tests jit functions that live for the whole session (tables of
    ops at module level). On jax 0.9 each cached program holds about 1.2 MB
    on either backend, and the growing heap made the suite several times
    slower than on the newest JAX. No test relies on a cache filled by
    another test."""
    jax.clear_caches()


@pytest.fixture(scope="session")
def mps_device():
    devices = jax.devices("mps")
    assert len(devices) == 1
    return devices[0]


@pytest.fixture(scope="session")
def cpu_device():
    return jax.devices("cpu")[0]


def pytest_sessionfinish(session, exitstatus):
    """With METALLIB_OP_CENSUS=FILE, writes which ops this session compiled
    on mps, by element type, as JSON; scripts/op_coverage.py checks it."""
    path = os.environ.get("METALLIB_OP_CENSUS")
    if not path:
        return
    import json

    from jax_plugins.metallib._tooling import op_census

    rows = [{"op": op, "type": dtype, "accepted": accepted, "refused": refused}
            for (op, dtype), (accepted, refused) in sorted(op_census().items())]
    with open(path, "w") as out:
        json.dump({"jax": jax.__version__, "census": rows}, out, indent=0)
