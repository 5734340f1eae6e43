"""`--output-format report-json`: the whole audit report (site, sections, one record per
document with its scores and problems, clusters) as validated by
`contentlint/schemas/report.schema.json`. The `json` format stays the list of problems."""

from __future__ import annotations

import json
from typing import TextIO

from contentlint.engine.core import RunResult
from contentlint.report.options import ReportOptions
from contentlint.report.paths import json_safe


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    assert opts.audit is not None, "report-json prints the audit report"
    out.write(json_safe(json.dumps(opts.audit, indent=2, ensure_ascii=False)))
    out.write("\n")
