"""Command line tools of jax-metallib.

    python -m jax_plugins.metallib [info]      library, JAX version and device
    python -m jax_plugins.metallib dump FILE   print a StableHLO portable artifact
                                               (.mlir.bc; '-' reads stdin) as our IR
    python -m jax_plugins.metallib ops         every StableHLO op and what the plugin
                                               does with it (lowered, structural,
                                               refused with the reason, or missing)
"""

from __future__ import annotations

import sys

from ._library import find_library


def info() -> int:
    import jax

    print(f"library: {find_library()}")
    print(f"jax {jax.__version__}")
    device = jax.devices("mps")[0]
    print(f"device: {device} ({device.device_kind})")
    return 0


def dump(path: str) -> int:
    from ._tooling import ReadError, read_artifact

    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as error:
        print(f"cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    try:
        sys.stdout.write(read_artifact(data))
    except ReadError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    return 0


def ops() -> int:
    from ._tooling import op_support

    for op, (support, reason) in sorted(op_support().items()):
        print(f"{op:<40}{support:<12}{reason}".rstrip())
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv == ["info"]:
        return info()
    if argv[0] == "dump" and len(argv) == 2:
        return dump(argv[1])
    if argv == ["ops"]:
        return ops()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
