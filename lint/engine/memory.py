"""The parent's memory and garbage collection around the map and cross-document stages."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import sys
from collections.abc import Callable, Iterator

#: Allocations between young-generation collections during a run (Python's default is
#: 700). Parsing allocates many short-lived containers and few cycles.
GC_THRESHOLD = 50_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while files are linted; what exists once the parsers
    are warm (imported modules, compiled rule data) is frozen (`gc.freeze`), never scanned.

    Collections were about a twentieth of the map stage, most of it full passes over
    objects that live for the whole run; forked workers also stop writing to the
    parent's pages when they collect, so those stay shared. Only the collector's timing
    changes: what is freed, and every result, stays the same.
    """
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def settle_before_stage() -> None:
    """Before the cross-document stage: the heap freed during the map goes back to the
    system, and the documents are frozen so no collection scans them again.

    At 100k documents the stage's one full collection walked every document and record
    (about 2 s of a 17 s stage, inside K002); the rules only read the documents, so
    leaving them out of the collector changes nothing but its timing.
    """
    release_memory()
    gc.freeze()


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
