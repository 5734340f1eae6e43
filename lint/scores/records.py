"""The audit report: one record per document with its scores, and the site around them.

Built once per run from the problems and the documents, and validated by
`contentlint/schemas/report.schema.json`. It is the one place every score-reading output
reads from: CSV, the HTML report, `--output-format report-json`, the GitHub job summary
and `--min-score`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from contentlint import __version__
from contentlint.engine.core import RunResult
from contentlint.model import registry
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem, Severity
from contentlint.rules._shared.crossdoc import link_graph
from contentlint.scores.formula import (
    CONTENT_FAMILIES,
    FAMILIES,
    Weights,
    describe,
    family_of,
    priority,
    score,
)

#: Which cross-document rules form clusters, and what the report calls them.
CLUSTER_TYPES = {
    "D001": "duplicate",
    "D002": "near-duplicate",
    "D007": "doorway",
    "D003": "copied-passage",
    "K001": "cannibalization",
    "K002": "cannibalization",
}
#: Folder levels a section name keeps (`content/posts/`, not `content/posts/2024/`).
SECTION_DEPTH = 2
#: File names that make their folder one page (Hugo/Zola leaf bundles, `index.html`).
BUNDLE_INDEX = frozenset({"index"})
_PERCENT_RE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%")
_QUOTED_RE = re.compile(r"[\"“«](.{12,400}?)[\"”»]")


def build_report(
    result: RunResult,
    *,
    weights: Weights | None = None,
    source: str = ".",
    thin_min_words: int = 300,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The report dict of a finished run (see the module docstring)."""
    weights = weights or Weights()
    reported = result.reported_paths
    docs = [d for d in result.documents if not reported or d.path in reported]
    by_path: dict[str, list[Problem]] = defaultdict(list)
    for p in result.problems:
        by_path[p.path].append(p)
    # Problems for paths with no document (a failed fetch) still get a record.
    known = {d.path for d in docs}
    for path in sorted(by_path):
        if path not in known:
            docs.append(Document(path=path, format="html"))
            known.add(path)
    inbound = _inbound_links(result)
    sections = _section_names([d.path for d in docs])
    records: list[dict[str, Any]] = []
    for i, doc in enumerate(sorted(docs, key=lambda d: d.path)):
        records.append(_record(i, doc, by_path.get(doc.path, []), inbound, sections, weights))
    ids = {r["path"]: r["id"] for r in records}
    judged = [r for r in records if r["judged"]]
    return {
        "version": 1,
        "tool": {"name": "contentlint", "version": __version__},
        "generated_at": (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": source,
        "site": _site(records, judged, weights),
        "sections": _sections(records),
        "documents": records,
        "clusters": _clusters(result.problems, ids, {r["id"]: r for r in records}),
        "rules": _rules(result.problems),
        "thresholds": {"thin_min_words": thin_min_words},
    }


def _record(
    i: int,
    doc: Document,
    problems: Sequence[Problem],
    inbound: Mapping[str, int],
    sections: Mapping[str, str],
    weights: Weights,
) -> dict[str, Any]:
    reason = _not_judged(doc, problems)
    counts = Counter(str(p.severity or Severity.WARNING) for p in problems)
    links_in = inbound.get(doc.path, 0)
    scores: dict[str, float] | None = None
    deductions: list[dict[str, Any]] = []
    prio: float | None = None
    if reason is None:
        s = score(problems, weights)
        scores = {**s.families, "overall": s.overall}
        deductions = [
            {"family": d.family, "code": d.code, "points": d.points, "reason": d.reason}
            for d in s.deductions
        ]
        prio = priority(s.overall, links_in, weights)
    return {
        "id": i,
        "path": doc.path,
        "url": doc.url,
        "title": doc.title,
        "language": doc.lang if doc.readable else None,
        "kind": _kind(doc),
        "section": sections[doc.path],
        "words": doc.word_count if doc.readable else 0,
        "judged": reason is None,
        "not_judged_reason": reason,
        "inbound_links": links_in,
        "scores": scores,
        "deductions": deductions,
        "priority": prio,
        "counts": {s: counts.get(s, 0) for s in ("error", "warning", "info")},
        "problems": [_problem(p) for p in problems],
    }


def _kind(doc: Document) -> str:
    if doc.draft:
        return "draft"
    if doc.noindex:
        return "noindex"
    return doc.kind


def _not_judged(doc: Document, problems: Sequence[Problem]) -> str | None:
    for p in sorted(problems, key=lambda p: p.code):
        if p.code.startswith("F"):
            return f"{p.code} {p.rule}: {p.message}".strip()
    if not doc.readable:
        return "unreadable"
    if doc.draft:
        return "draft (not published)"
    if doc.noindex:
        return "noindex (kept out of search)"
    if doc.kind != "article":
        return f"not an article ({doc.kind} page)"
    return None


def _problem(p: Problem) -> dict[str, Any]:
    quoted = _QUOTED_RE.search(p.message)
    return {
        "code": p.code,
        "rule": p.rule,
        "severity": str(p.severity or Severity.WARNING),
        "family": family_of(p.code),
        "message": p.message,
        "line": p.line if p.line and p.line > 0 else None,
        "column": p.column if p.column and p.column > 0 else None,
        "excerpt": quoted.group(1) if quoted else None,
        "related": [{"path": r.path, "line": r.line, "message": r.message} for r in p.related],
    }


def _inbound_links(result: RunResult) -> Mapping[str, int]:
    """Other pages linking to each document, by path: the link graph the link rules use
    (one per linking page, relative and Markdown-file links resolved as they do)."""
    corpus = result.corpus or Corpus(result.documents)
    return link_graph(corpus).inbound


def _section_names(paths: Sequence[str]) -> dict[str, str]:
    """Each document's section: its folder below the folder all files share, at most
    SECTION_DEPTH levels deep (`content/posts/`), or for a crawl the first URL path
    segment, so a repo's posts and docs compare."""
    local = [p for p in paths if not p.startswith(("http://", "https://"))]
    common = ""
    if local:
        try:
            common = os.path.commonpath([os.path.dirname(p) or "." for p in local])
        except ValueError:
            common = ""
    out: dict[str, str] = {}
    for p in paths:
        if p.startswith(("http://", "https://")):
            parts = [s for s in urlsplit(p).path.split("/") if s]
            out[p] = f"/{parts[0]}/" if len(parts) > 1 else "/"
            continue
        rel = PurePosixPath(os.path.relpath(p, common or ".").replace(os.sep, "/"))
        folders = rel.parts[:-1]
        if folders and PurePosixPath(rel.name).stem in BUNDLE_INDEX:
            folders = folders[:-1]  # a page bundle's folder is the page, not a section
        folders = folders[:SECTION_DEPTH]
        out[p] = "/".join(folders) + "/" if folders else "./"
    return out


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _families(judged: Sequence[Mapping[str, Any]]) -> dict[str, float | None]:
    return {f: _mean([r["scores"][f] for r in judged]) for f in FAMILIES}


def _site(
    records: Sequence[Mapping[str, Any]], judged: Sequence[Mapping[str, Any]], weights: Weights
) -> dict[str, Any]:
    with_problems: dict[str, float | None] = {}
    for f in FAMILIES:
        hit = sum(1 for r in judged if any(d["family"] == f for d in r["deductions"]))
        with_problems[f] = round(hit / len(judged), 4) if judged else None
    articles = [r for r in judged if r["kind"] == "article"]

    def share(code: str) -> float | None:
        """Share of judged articles without a `code` problem (the signal is there)."""
        if not articles:
            return None
        ok = sum(1 for r in articles if not any(p["code"] == code for p in r["problems"]))
        return round(ok / len(articles), 4)

    return {
        "score": _mean([r["scores"]["overall"] for r in judged]),
        "documents": len(records),
        "judged": len(judged),
        "not_judged": len(records) - len(judged),
        "formula": describe(weights),
        "families": _families(judged),
        "with_problems": with_problems,
        "coverage": {
            "author": share("E001"),
            "date": share("E002"),
            "citations": share("E004"),
            "structured_data": share("E007"),
        },
        "priority_formula": (
            f"(100 − overall score) × (1 + {weights.inbound_link_weight:g} × inbound internal links)"
        ),
    }


def _sections(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in records:
        groups[r["section"]].append(r)
    out = []
    for name, members in sorted(groups.items()):
        judged = [r for r in members if r["judged"]]
        out.append(
            {
                "name": name,
                "documents": len(members),
                "judged": len(judged),
                "score": _mean([r["scores"]["overall"] for r in judged]),
                "families": _families(judged),
            }
        )
    return out


def _clusters(
    problems: Sequence[Problem], ids: Mapping[str, int], records: Mapping[int, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Groups of documents a cross-document rule relates, one group per connected set."""
    out: list[dict[str, Any]] = []
    for code, kind in CLUSTER_TYPES.items():
        parent: dict[int, int] = {}
        sims: dict[int, list[float]] = defaultdict(list)
        shared: dict[int, list[str]] = defaultdict(list)
        for p in problems:
            if p.code != code or p.path not in ids:
                continue
            a = ids[p.path]
            for r in p.related:
                if r.path in ids:
                    parent[_find(parent, ids[r.path])] = _find(parent, a)
                    m = _PERCENT_RE.search(r.message or "") or _PERCENT_RE.search(p.message)
                    if m:
                        sims[a].append(min(100.0, float(m.group(1))) / 100)
            shared[a].extend(_shared(p))
        groups: dict[int, list[int]] = defaultdict(list)
        for x in list(parent):
            groups[_find(parent, x)].append(x)
        for members in groups.values():
            if len(members) < 2:
                continue
            members.sort()
            values = [s for m in members for s in sims.get(m, [])]
            identical = 1.0 if code == "D001" else 0.0  # D001 names no percentage
            passages = list(dict.fromkeys(s for m in members for s in shared.get(m, [])))[:5]
            out.append(
                {
                    "id": f"{code}-{members[0]}",
                    "type": kind,
                    "code": code,
                    "similarity": round(max(values), 4) if values else identical,
                    "members": members,
                    "keep": _keep(members, records),
                    "shared": passages,
                }
            )
    return out


def _shared(p: Problem) -> list[str]:
    """What a cluster's members share, as the problem names it: a quoted title or
    keyword, or for a copied passage where it sits on each page. (Passage text itself is
    not kept: the corpus stage drops the text it does not need, to bound memory.)"""
    quoted = _QUOTED_RE.search(p.message)
    if quoted:
        return [quoted.group(1)]
    if p.code == "D003" and p.related and p.related[0].message.startswith("lines "):
        where = f"lines {p.line}-{p.end_line or p.line}"
        return [f"{p.path} {where} = {r.path} {r.message}" for r in p.related[:3]]
    return []


def _find(parent: dict[int, int], x: int) -> int:
    """Union-find root, with path halving."""
    while parent.setdefault(x, x) != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _keep(members: Sequence[int], records: Mapping[int, Mapping[str, Any]]) -> int:
    """The page to keep: best score, then most linked to, then longest, then first."""

    def rank(i: int) -> tuple[float, int, int, int]:
        r = records[i]
        overall = r["scores"]["overall"] if r["scores"] else -1.0
        return (-overall, -r["inbound_links"], -r["words"], i)

    return min(members, key=rank)


def _rules(problems: Sequence[Problem]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for code in sorted({p.code for p in problems}):
        r = registry.get_rule(code)
        if r is None:
            continue
        out[code] = {
            "name": r.name,
            "family": family_of(code),
            "severity": str(r.severity),
            "summary": r.summary,
        }
    return out


def failing(report: Mapping[str, Any], min_score: float) -> list[Mapping[str, Any]]:
    """Judged documents whose overall score is below `min_score`."""
    return [
        r
        for r in report["documents"]
        if r["judged"] and r["scores"] and r["scores"]["overall"] < min_score
    ]


__all__ = ["CONTENT_FAMILIES", "build_report", "failing"]
