"""A JSON array of problems (or of rule counts with `--statistics`)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from contentlint.engine.core import RunResult
from contentlint.model.problem import Problem
from contentlint.report.options import ReportOptions
from contentlint.report.paths import json_safe


def page_kinds(result: RunResult) -> dict[str, str]:
    """The page kind of each document (article, release-note, reference...), by path."""
    return {d.path: d.kind for d in result.documents}


def problem_dict(p: Problem, kinds: dict[str, str] | None = None) -> dict[str, Any]:
    """One problem; `kind` is its document's page kind (null when the document is unknown,
    as for a problem about the site as a whole)."""
    return {
        "code": p.code,
        "rule": p.rule,
        "severity": str(p.severity),
        "message": p.message,
        "path": p.path,
        "kind": p.page_kind or (kinds or {}).get(p.path),
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line if p.end_line is not None else p.line,
        "end_column": p.end_column if p.end_column is not None else p.column,
        "related": [{"path": r.path, "line": r.line, "message": r.message} for r in p.related],
        "fingerprint": p.fingerprint,
        "fix": _fix(p),
    }


def _fix(p: Problem) -> dict[str, Any] | None:
    """A suggested edit, in ruff's JSON shape; for prose it always needs a human look."""
    found = p.suggestion
    if found is None:
        return None
    text, line, column, end_line, end_column = found
    return {
        "applicability": "unsafe",
        "message": f'Replace with "{text}"',
        "edits": [
            {
                "content": text,
                "location": {"row": line, "column": column},
                "end_location": {"row": end_line, "column": end_column},
            }
        ],
    }


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    if opts.statistics:
        counts = Counter((p.code, p.rule) for p in result.problems)
        data: Any = {
            "rules": [{"code": c, "rule": r, "count": n} for (c, r), n in sorted(counts.items())],
            "stats": result.stats,
            "documents": result.reported,
        }
    else:
        kinds = page_kinds(result)
        data = [problem_dict(p, kinds) for p in result.problems]
    out.write(json_safe(json.dumps(data, indent=2, ensure_ascii=False, default=str)))
    out.write("\n")
