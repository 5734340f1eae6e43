"""A progress bar on stderr for runs longer than about two seconds (tqdm).

Only on a terminal and without `-q`: CI logs and machine-readable output on stdout never
see it. tqdm's `delay` keeps short runs (a pre-commit hook) silent.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import Any

#: Seconds before the bar appears (`CONTENTLINT_PROGRESS_DELAY` overrides it).
DELAY = 2.0


def _delay() -> float:
    try:
        return float(os.environ.get("CONTENTLINT_PROGRESS_DELAY", DELAY))
    except ValueError:
        return DELAY


class Bar:
    """Implements the engine's `Progress`: documents linted, rate and ETA."""

    def __init__(self, enabled: bool, unit: str = "doc", desc: str = "linting") -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            # No monitor thread: with a thread alive, the parse pool cannot fork and
            # would start its workers the slow way (spawn).
            tqdm.monitor_interval = 0
            self._bar = tqdm(
                total=None, unit=unit, desc=desc, delay=_delay(), file=sys.stderr, leave=False
            )

    def total(self, n: int) -> None:
        if self._bar is not None:
            self._bar.total = n
            self._bar.refresh()

    def done(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Bar:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def wanted(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()
