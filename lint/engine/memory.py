"""Memory the parent process gives back before the cross-document stage."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


def release_memory() -> None:
    """Give the heap freed since the documents arrived back to the system (glibc only).

    The parent decodes every worker's output and drops most of it (blocks, encoded
    bytes) as documents arrive, so the documents it keeps sit among freed chunks that
    glibc's malloc does not return on its own; `malloc_trim` releases those pages before
    the corpus stage adds its own peak on top. Elsewhere (macOS, musl, Windows) nothing.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        fn: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return fn
