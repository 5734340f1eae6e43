"""One row per document, for a spreadsheet: scores, counts and the top problem.

Cells come from untrusted pages: a title starting with `=`, `+`, `-`, `@` would run as a
formula when the file is opened in a spreadsheet, so such cells get a leading `'`
(OWASP's advice for CSV injection).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any, TextIO

from contentlint.engine.core import RunResult
from contentlint.report.options import ReportOptions
from contentlint.report.paths import bytes_escaped
from contentlint.scores.formula import FAMILIES

COLUMNS = (
    "path", "url", "title", "language", "kind", "words", "section", *FAMILIES, "overall",
    "errors", "warnings", "infos", "top_code", "top_message", "judged",
    "not_judged_reason", "inbound_links", "priority",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RANK = {"error": 0, "warning": 1, "info": 2}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    # A bare CR ends a record for CSV readers but the writer (LF line ends) leaves it
    # unquoted; inside a cell it is a line break like any other.
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def row(doc: Mapping[str, Any]) -> list[str]:
    scores = doc["scores"] or {}
    top = min(
        doc["problems"],
        key=lambda p: (_RANK.get(p["severity"], 3), p["line"] or 0, p["code"]),
        default=None,
    )
    values: dict[str, Any] = {
        "path": doc["path"],
        "url": doc["url"],
        "title": doc["title"],
        "language": doc["language"],
        "kind": doc["kind"],
        "words": doc["words"],
        "section": doc["section"],
        **{f: scores.get(f) for f in (*FAMILIES, "overall")},
        "errors": doc["counts"]["error"],
        "warnings": doc["counts"]["warning"],
        "infos": doc["counts"]["info"],
        "top_code": top["code"] if top else None,
        "top_message": top["message"] if top else None,
        "judged": doc["judged"],
        "not_judged_reason": doc["not_judged_reason"],
        "inbound_links": doc["inbound_links"],
        "priority": doc["priority"],
    }
    return [_cell(values[c]) for c in COLUMNS]


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    assert opts.audit is not None, "the CSV reporter reads the audit report"
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for doc in opts.audit["documents"]:
        writer.writerow([bytes_escaped(c) if isinstance(c, str) else c for c in row(doc)])
