"""Client options passed to PJRT_Client_Create, read from the environment."""

from __future__ import annotations

import os

# environment variable -> client option name; values are integers (bytes).
_INTEGER_OPTIONS = {
    "MPS_MEMORY_LIMIT_BYTES": "memory_limit_bytes",
    "MPS_CACHE_LIMIT_BYTES": "cache_limit_bytes",
}


def client_options() -> dict[str, int]:
    options: dict[str, int] = {}
    for env, name in _INTEGER_OPTIONS.items():
        text = os.environ.get(env)
        if text is None or text == "":
            continue
        try:
            options[name] = int(text)
        except ValueError:
            raise ValueError(f"{env}={text!r} is not an integer number of bytes") from None
    return options
