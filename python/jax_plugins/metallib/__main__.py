"""`python -m jax_plugins.metallib`: says which library and versions are in use."""

from __future__ import annotations

import sys

from ._library import find_library


def main(argv: list[str]) -> int:
    if argv and argv[0] not in ("info",):
        print(f"usage: python -m jax_plugins.metallib [info]", file=sys.stderr)
        return 2
    import jax

    print(f"library: {find_library()}")
    print(f"jax {jax.__version__}")
    device = jax.devices("mps")[0]
    print(f"device: {device} ({device.device_kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
