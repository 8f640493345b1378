"""The plugin library's tooling entry points, via ctypes: the artifact
reader (metallib_read_artifact), the op support table (metallib_op_support)
and the compile census (metallib_op_census).

ctypes opens the same library file that JAX loaded, so the census seen here
is the one the running JAX process has been filling."""

from __future__ import annotations

import ctypes
from functools import lru_cache

from ._library import find_library


class ReadError(Exception):
    """The reader refused an artifact; the message says where and why."""


@lru_cache(maxsize=1)
def _functions():
    library = ctypes.CDLL(str(find_library()))
    read = library.metallib_read_artifact
    read.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]
    read.restype = ctypes.c_int
    free = library.metallib_free_text
    free.argtypes = [ctypes.c_void_p]
    free.restype = None
    for name in ("metallib_op_support", "metallib_op_census"):
        getattr(library, name).argtypes = []
        getattr(library, name).restype = ctypes.c_void_p
    return read, free, library


def read_artifact(data: bytes, print_ir: bool = True) -> str:
    """Reads a StableHLO portable artifact; returns its IR text ('' if not printed)."""
    read, free, _ = _functions()
    text = ctypes.c_void_p()
    code = read(data, len(data), 1 if print_ir else 0, ctypes.byref(text))
    message = ctypes.string_at(text.value).decode("utf-8", "replace") if text.value else ""
    if text.value:
        free(text)
    if code != 0:
        raise ReadError(message)
    return message


def _take_text(function) -> str:
    _, free, _ = _functions()
    pointer = function()
    if not pointer:
        raise MemoryError("the plugin could not allocate its answer")
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        free(pointer)


def op_support() -> dict[str, tuple[str, str]]:
    """Every op the reader knows -> (support, reason): support is 'lowered',
    'structural' (planned or removed by the compiler), 'refused' (with its
    reason) or 'missing'."""
    _, _, library = _functions()
    table = {}
    for line in _take_text(library.metallib_op_support).splitlines():
        op, support, reason = line.split("\t", 2)
        table[op] = (support, reason)
    return table


def op_census() -> dict[tuple[str, str], tuple[int, int]]:
    """(op, element type) -> (accepted, refused): how often this process's
    compilations planned or refused each op."""
    _, _, library = _functions()
    census = {}
    for line in _take_text(library.metallib_op_census).splitlines():
        op, dtype, accepted, refused = line.split("\t")
        census[(op, dtype)] = (int(accepted), int(refused))
    return census
