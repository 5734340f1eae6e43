"""JSON Lines: one problem per line, written as it is formatted.

For runs with millions of problems (a web archive): no array to hold or parse whole,
and `jq`, DuckDB (`read_json('out.jsonl')`) and pandas read it line by line.
"""

from __future__ import annotations

import json
from typing import TextIO

from contentlint.engine.core import RunResult
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.report.json_report import page_kinds, problem_dict
from contentlint.report.options import ReportOptions
from contentlint.report.paths import json_safe


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    kinds = page_kinds(result)
    for p in result.problems:
        _line(out, p, kinds)


def _line(out: TextIO, p: Problem, kinds: dict[str, str]) -> None:
    out.write(json_safe(json.dumps(problem_dict(p, kinds), ensure_ascii=False, default=str)))
    out.write("\n")


class Stream:
    """Streamed JSON Lines: each document's problems as soon as it is linted (the
    engine's `stream` hook), the cross-document problems at the end (`rest`).

    The lines are those `report` writes, in another order: per-document problems in the
    order documents finish, then the rest sorted as usual. Each problem is written once
    (by identity: the engine hands over the same objects it later reports).
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.written: set[int] = set()

    def document(self, doc: Document, problems: list[Problem]) -> None:
        kinds = {doc.path: doc.kind}
        for p in problems:
            if id(p) not in self.written:
                self.written.add(id(p))
                _line(self.out, p, kinds)
        self.out.flush()

    def rest(self, result: RunResult, out: TextIO, opts: ReportOptions) -> None:
        kinds = page_kinds(result)
        for p in result.problems:
            if id(p) not in self.written:
                _line(out, p, kinds)
