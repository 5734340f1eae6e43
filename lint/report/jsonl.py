"""JSON Lines: one problem per line, written as it is formatted.

For runs with millions of problems (a web archive): no array to hold or parse whole,
and `jq`, DuckDB (`read_json('out.jsonl')`) and pandas read it line by line.
"""

from __future__ import annotations

import json
from typing import TextIO

from contentlint.engine.core import RunResult
from contentlint.report.json_report import page_kinds, problem_dict
from contentlint.report.options import ReportOptions
from contentlint.report.paths import json_safe


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    kinds = page_kinds(result)
    for p in result.problems:
        out.write(json_safe(json.dumps(problem_dict(p, kinds), ensure_ascii=False, default=str)))
        out.write("\n")
