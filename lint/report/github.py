"""GitHub Actions workflow commands: one annotation per problem on the pull request."""

from __future__ import annotations

from typing import TextIO

from contentlint.engine.core import RunResult
from contentlint.model.problem import Severity
from contentlint.report.options import ReportOptions
from contentlint.report.paths import shown

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    for p in result.problems:
        level = _LEVEL[p.severity or Severity.WARNING]
        props = [f"file={_escape_prop(shown(p.path))}", f"line={p.line}", f"col={p.column}"]
        if p.end_line:
            props.append(f"endLine={p.end_line}")
        if p.end_column and (p.end_line in (None, p.line)):
            props.append(f"endColumn={p.end_column}")
        props.append(f"title={_escape_prop(f'{p.code} {p.rule}')}")
        message = p.message
        if p.related:
            message += "\n" + "\n".join(
                f"  {shown(r.path)}{f':{r.line}' if r.line else ''} {r.message}".rstrip()
                for r in p.related
            )
        out.write(f"::{level} {','.join(props)}::{_escape_data(message)}\n")
