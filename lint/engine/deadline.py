"""A per-file time limit (`max-file-time`), so one pathological file cannot stall a run.

Unix: `setitimer` delivers SIGALRM to the process after the limit and the handler raises
`TimeLimit` in whatever Python code is parsing the file; the worker catches it, reports
the file (F001) and goes on with its next file, so the pool survives. The timer repeats
every half second until cleared, in case library code swallows the first exception
(one raised inside a `__del__` is swallowed by Python itself: it is then dropped
quietly instead of printed as "Exception ignored", and the next alarm stops the file).
Code running inside a C extension (lxml, the YAML scanner's C parts) is interrupted when
it returns to Python; `max-file-size` bounds how long that can be.

Windows has no SIGALRM: there, and in any thread but the main one (signals are only
delivered there), the limit is not enforced and files are read to the end.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds between repeated alarms once the limit has passed.
_REPEAT = 0.5


class TimeLimit(BaseException):
    """The file took longer than its limit. A BaseException, so that the parsers' and
    rules' own `except Exception` clauses cannot swallow it."""


def enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeLimit


def _quiet_time_limits(unraisable: sys.UnraisableHookArgs) -> None:
    if not isinstance(unraisable.exc_value, TimeLimit):
        sys.__unraisablehook__(unraisable)


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Raise `TimeLimit` in the body once `seconds` have passed (0: no limit)."""
    if seconds <= 0 or not enforceable():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    hook, sys.unraisablehook = sys.unraisablehook, _quiet_time_limits
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        # The timer first: an alarm already pending may still raise here, but none
        # can arrive after it, so a late TimeLimit means only "this file was too slow".
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = hook
