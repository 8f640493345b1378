"""Finds the plugin's shared library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

LIBRARY_ENV = "JAX_METALLIB_LIBRARY_PATH"


def library_name() -> str:
    suffix = ".dylib" if sys.platform == "darwin" else ".so"
    return "libpjrt_plugin_metallib" + suffix


def candidate_paths() -> list[Path]:
    """Where the library may be, in the order they are tried.

    1. $JAX_METALLIB_LIBRARY_PATH (a file, or a directory holding it)
    2. this package's directory (an installed wheel)
    3. <package>/lib
    4. the source tree's CMake build directory, build/lib (a developer
       checkout used with PYTHONPATH=python)
    """
    name = library_name()
    package_dir = Path(__file__).resolve().parent
    candidates: list[Path] = []
    explicit = os.environ.get(LIBRARY_ENV)
    if explicit:
        path = Path(explicit)
        candidates.append(path / name if path.is_dir() else path)
    candidates.append(package_dir / name)
    candidates.append(package_dir / "lib" / name)
    # python/jax_plugins/metallib -> repository root
    candidates.append(package_dir.parents[2] / "build" / "lib" / name)
    return candidates


def find_library() -> Path:
    """The first candidate that exists, or an error naming every place tried."""
    tried = candidate_paths()
    explicit = os.environ.get(LIBRARY_ENV)
    if explicit and not tried[0].is_file():
        raise FileNotFoundError(
            f"{LIBRARY_ENV}={explicit!r} does not name the jax-metallib plugin "
            f"library (looked for {tried[0]})"
        )
    for path in tried:
        if path.is_file():
            return path
    listing = "\n  ".join(str(p) for p in tried)
    raise FileNotFoundError(
        f"jax-metallib could not find {library_name()}. Tried, in order:\n  "
        f"{listing}\nReinstall the package (pip install jax-metallib), or set "
        f"{LIBRARY_ENV} to the library built from source."
    )
