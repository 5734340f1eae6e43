"""What every reporter is given besides the result: how to print it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from contentlint.engine.core import RunResult


class ReportOptions:
    def __init__(self, color: bool = False, statistics: bool = False, root: str = ".") -> None:
        self.color = color
        self.statistics = statistics
        self.root = root


Reporter = Callable[[RunResult, TextIO, ReportOptions], None]
