"""Running snippets in a fresh interpreter, for behaviour fixed at startup."""

from __future__ import annotations

import os
import subprocess
import sys


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 120):
    """Runs `code` in a new Python process with the test environment plus `env`."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", code],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
