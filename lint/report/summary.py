"""A Markdown job summary for GitHub Actions ($GITHUB_STEP_SUMMARY).

GitHub shows at most 10 annotations of each type per step, so the summary (and SARIF)
carry the full picture: counts per rule, the worst documents, and the clusters of
duplicated and cannibalizing pages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, TextIO

from contentlint.engine.core import RunResult
from contentlint.model import registry
from contentlint.model.problem import Problem, Severity
from contentlint.report.options import ReportOptions
from contentlint.report.paths import shown
from contentlint.report.text import summary as one_line

#: GitHub rejects summaries over 1 MiB; keep the full problem table well below.
MAX_ROWS = 500


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _clusters(problems: list[Problem]) -> dict[str, list[tuple[list[str], str]]]:
    """Problems that name other documents, grouped per rule into distinct clusters."""
    out: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for p in problems:
        if not p.related:
            continue
        members = tuple(sorted({p.path, *(r.path for r in p.related)}))
        if (p.code, members) in seen:
            continue
        seen.add((p.code, members))
        out[p.code].append((list(members), p.message))
    return out


def _scores(audit: dict[str, Any], out: TextIO) -> None:
    """The site score and the five documents to fix first."""
    site = audit["site"]
    if site["score"] is None:
        return
    fams = " · ".join(
        f"{f} {site['families'][f]:.0f}"
        for f in site["families"]
        if site["families"][f] is not None
    )
    out.write(
        f"**Site score {site['score']:.1f}/100** over {site['judged']} judged documents "
        f"({fams}).\n\n<details><summary>How it is computed</summary>\n\n"
        f"{_cell(site['formula'])}\n\n</details>\n\n"
    )
    worst = sorted(
        (d for d in audit["documents"] if d["judged"]),
        key=lambda d: (-(d["priority"] or 0), d["scores"]["overall"], d["path"]),
    )[:5]
    if not worst or worst[0]["scores"]["overall"] >= 100:
        return
    out.write("### Fix first\n\n| Document | Score | Biggest deduction |\n|---|---:|---|\n")
    for d in worst:
        top = max(d["deductions"], key=lambda x: x["points"], default=None)
        why = f"`{top['code']}` {_cell(top['reason'])} (−{top['points']:g})" if top else ""
        out.write(f"| `{_cell(shown(d['path']))}` | {d['scores']['overall']:.0f} | {why} |\n")
    out.write("\n")


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    problems = result.problems
    out.write("## contentlint\n\n")
    out.write(one_line(result) + "\n\n")
    if opts.audit is not None:
        _scores(opts.audit, out)
    if not problems:
        return
    by_code = Counter(p.code for p in problems)
    out.write("| Rule | Name | Severity | Problems |\n|---|---|---|---:|\n")
    for code, n in sorted(by_code.items(), key=lambda kv: (-kv[1], kv[0])):
        r = registry.get_rule(code)
        out.write(f"| `{code}` | {r.name if r else ''} | {r.severity if r else ''} | {n} |\n")
    per_doc: dict[str, Counter[Severity]] = defaultdict(Counter)
    for p in problems:
        per_doc[p.path][p.severity or Severity.WARNING] += 1
    worst = sorted(
        per_doc.items(),
        key=lambda kv: (
            -kv[1][Severity.ERROR],
            -kv[1][Severity.WARNING],
            -sum(kv[1].values()),
            kv[0],
        ),
    )[:10]
    out.write(
        "\n### Documents with the most problems\n\n| Document | Errors | Warnings | Info |\n|---|---:|---:|---:|\n"
    )
    for path, c in worst:
        out.write(
            f"| `{_cell(shown(path))}` | {c[Severity.ERROR]} | {c[Severity.WARNING]} | {c[Severity.INFO]} |\n"
        )
    clusters = _clusters(problems)
    if clusters:
        out.write("\n### Duplicated and overlapping content\n")
        for code in sorted(clusters):
            r = registry.get_rule(code)
            out.write(f"\n**{code} {r.name if r else ''}** ({len(clusters[code])} groups)\n\n")
            for members, message in clusters[code][:50]:
                out.write(f"- {', '.join(f'`{_cell(m)}`' for m in members)}: {_cell(message)}\n")
    out.write(f"\n<details><summary>All {len(problems)} problems</summary>\n\n")
    out.write("| Location | Rule | Severity | Message |\n|---|---|---|---|\n")
    for p in problems[:MAX_ROWS]:
        out.write(
            f"| `{_cell(shown(p.path))}:{p.line}:{p.column}` | `{p.code}` | {p.severity} | {_cell(p.message)} |\n"
        )
    if len(problems) > MAX_ROWS:
        out.write(f"\n{len(problems) - MAX_ROWS} more not shown: see the SARIF or JSON report.\n")
    out.write("\n</details>\n")
