"""Reporters only format problems (and the scores computed from them); none of them
decides what counts as a problem."""

from __future__ import annotations

import importlib

from contentlint.report.options import Reporter, ReportOptions

__all__ = ["FORMATS", "ReportOptions", "Reporter", "get_reporter"]

#: Output format -> reporter module. Imported on use: a run loads only its own reporter
#: (the HTML one alone takes ~10 ms to import, a tenth of a warm pre-commit run).
_MODULES = {
    "text": "text",
    "json": "json_report",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "github": "github",
    "csv": "csv_report",
    "html": "html_report",
    "report-json": "report_json",
}
FORMATS = tuple(_MODULES)


def get_reporter(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    reporter: Reporter = module.report
    return reporter
