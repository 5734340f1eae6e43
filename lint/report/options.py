"""What every reporter is given besides the result: how to print it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from contentlint.engine.core import RunResult


class ReportOptions:
    def __init__(
        self,
        color: bool = False,
        statistics: bool = False,
        root: str = ".",
        audit: dict[str, Any] | None = None,
    ) -> None:
        self.color = color
        self.statistics = statistics
        self.root = root
        #: The audit report with scores (`contentlint.scores.records`), for the reporters
        #: that show scores; None for the others.
        self.audit = audit


Reporter = Callable[[RunResult, TextIO, ReportOptions], None]
