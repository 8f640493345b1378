"""The plugin library's tooling entry point (metallib_read_artifact), via ctypes."""

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
    return read, free


def read_artifact(data: bytes, print_ir: bool = True) -> str:
    """Reads a StableHLO portable artifact; returns its IR text ('' if not printed)."""
    read, free = _functions()
    text = ctypes.c_void_p()
    code = read(data, len(data), 1 if print_ir else 0, ctypes.byref(text))
    message = ctypes.string_at(text.value).decode("utf-8", "replace") if text.value else ""
    if text.value:
        free(text)
    if code != 0:
        raise ReadError(message)
    return message
