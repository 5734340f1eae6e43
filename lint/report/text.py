"""`path:line:col: CODE [severity] message`, as ruff and flake8 print, plus a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TextIO

import click
from contentlint.engine.core import RunResult
from contentlint.model import registry
from contentlint.model.problem import Severity
from contentlint.report.options import ReportOptions
from contentlint.report.paths import shown

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    if opts.statistics:
        statistics(result, out, opts)
        return
    c = opts.color
    for p in result.problems:
        sev = p.severity or Severity.WARNING
        loc = f"{shown(p.path)}:{p.line}:{p.column}:"
        code = click.style(p.code, fg=_COLORS[sev], bold=True) if c else p.code
        tag = click.style(f"[{sev}]", fg=_COLORS[sev]) if c else f"[{sev}]"
        out.write(f"{click.style(loc, bold=True) if c else loc} {code} {tag} {p.message}\n")
        for rel in p.related:
            where = f"{shown(rel.path)}:{rel.line}" if rel.line else shown(rel.path)
            note = f" {rel.message}" if rel.message else ""
            out.write(f"    = {where}{note}\n")
    out.write(summary(result) + "\n")


def summary(result: RunResult) -> str:
    if not result.problems:
        return f"All checks passed ({_docs(result.reported)})."
    counts = Counter(p.severity for p in result.problems)
    parts = [
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[s]
    ]
    files = len({p.path for p in result.problems})
    n = len(result.problems)
    return f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in {files} of {_docs(result.reported)}."


def _docs(n: int) -> str:
    return f"{n} document{'s' if n != 1 else ''}"


def statistics(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    counts = Counter(p.code for p in result.problems)
    # The severities the problems were reported at (a rule may lower one, as D007 does
    # for release templates, and config may change them), not the rule's default.
    severities: dict[str, Counter[str]] = {}
    for p in result.problems:
        severities.setdefault(p.code, Counter())[str(p.severity)] += 1
    width = max((len(str(n)) for n in counts.values()), default=1)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        r = registry.get_rule(code)
        name = r.name if r else ""
        found = severities[code]
        if len(found) == 1:
            sev = next(iter(found))
        else:
            order = ("error", "warning", "info")
            sev = ", ".join(f"{s} {found[s]}" for s in sorted(found, key=_rank(order)))
        out.write(f"{n:>{width}}\t{code}\t{name}\t[{sev}]\n")
    for key, value in sorted(result.stats.items()):
        out.write(f"{key}: {value}\n")
    out.write(summary(result) + "\n")


def _rank(order: tuple[str, ...]) -> Callable[[str], int]:
    return lambda s: order.index(s) if s in order else len(order)
