"""Reporters only format problems; none of them decides what counts as a problem."""

from __future__ import annotations

from contentlint.report import github, json_report, sarif, text
from contentlint.report.options import Reporter, ReportOptions

__all__ = ["FORMATS", "ReportOptions", "Reporter", "get_reporter"]

_REPORTERS: dict[str, Reporter] = {
    "text": text.report,
    "json": json_report.report,
    "sarif": sarif.report,
    "github": github.report,
}
FORMATS = tuple(_REPORTERS)


def get_reporter(name: str) -> Reporter:
    return _REPORTERS[name]
