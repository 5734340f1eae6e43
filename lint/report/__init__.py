"""Reporters only format problems; none of them decides what counts as a problem."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from contentlint.engine.core import RunResult

Reporter = Callable[[RunResult, TextIO, "ReportOptions"], None]


class ReportOptions:
    def __init__(self, color: bool = False, statistics: bool = False, root: str = ".") -> None:
        self.color = color
        self.statistics = statistics
        self.root = root


def get_reporter(name: str) -> Reporter:
    from contentlint.report import github, json_report, sarif, text

    return {
        "text": text.report,
        "json": json_report.report,
        "sarif": sarif.report,
        "github": github.report,
    }[name]


FORMATS = ("text", "json", "sarif", "github")
