"""Reporters only format problems (and the scores computed from them); none of them
decides what counts as a problem."""

from __future__ import annotations

from contentlint.report import (
    csv_report,
    github,
    html_report,
    json_report,
    report_json,
    sarif,
    text,
)
from contentlint.report.options import Reporter, ReportOptions
from contentlint.scores.gate import SCORE_FORMATS

__all__ = ["FORMATS", "SCORE_FORMATS", "ReportOptions", "Reporter", "get_reporter"]

_REPORTERS: dict[str, Reporter] = {
    "text": text.report,
    "json": json_report.report,
    "sarif": sarif.report,
    "github": github.report,
    "csv": csv_report.report,
    "html": html_report.report,
    "report-json": report_json.report,
}
FORMATS = tuple(_REPORTERS)


def get_reporter(name: str) -> Reporter:
    return _REPORTERS[name]
