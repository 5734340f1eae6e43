"""Baselines: adopt the linter on an existing site without fixing every old page first.

`--write-baseline FILE` records the current problems; `--baseline FILE` then reports only
problems that are not in it. Entries are keyed by the problem's stable identity (path
relative to the baseline file, rule, and the offending text or related documents), never
by line numbers, so edits elsewhere in a file do not resurrect old problems. A count per
identity lets a third copy of an already-baselined phrase still be reported. Entries that
no longer match anything are stale: reported so the baseline shrinks over time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contentlint import __version__
from contentlint.model.problem import Problem

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


def _rel(path: str, base: Path) -> str:
    if path.startswith(("http://", "https://")):
        return path
    try:
        return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def identity(p: Problem, base: Path) -> tuple[str, str, str]:
    subject = p.subject or p.message
    if not p.subject and p.related:
        subject = "|".join(sorted(_rel(r.path, base) for r in p.related))
    return _rel(p.path, base), p.code, " ".join(subject.lower().split())


def key(ident: tuple[str, str, str]) -> str:
    return hashlib.sha256("\x1f".join(ident).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def rel_for(path: str, baseline: Path) -> str:
    """A document's path as a baseline file next to `baseline` records it."""
    return _rel(path, baseline.resolve().parent)


def _scores(data: dict[str, Any]) -> dict[str, float]:
    raw = data.get("scores")
    if not isinstance(raw, dict):
        return {}
    return {str(k): float(v) for k, v in raw.items() if isinstance(v, (int, float))}


def write(path: Path, problems: list[Problem], doc_scores: dict[str, float] | None = None) -> int:
    """Record the problems (and documents' overall scores, for `--min-score`)."""
    base = path.resolve().parent
    counts: Counter[tuple[str, str, str]] = Counter(identity(p, base) for p in problems)
    messages = {identity(p, base): p.message for p in problems}
    entries = [
        {
            "path": ident[0],
            "code": ident[1],
            "key": key(ident),
            "count": n,
            "message": messages[ident],
        }
        for ident, n in sorted(counts.items())
    ]
    data = {
        "tool": "contentlint",
        "version": __version__,
        "format": FORMAT_VERSION,
        "problems": entries,
    }
    if doc_scores:
        data["scores"] = {_rel(p, base): s for p, s in sorted(doc_scores.items())}
    text = json.dumps(data, indent=2, ensure_ascii=False)
    # A file name that is not UTF-8 holds lone surrogates: as JSON escapes, which read
    # back to the exact name (UTF-8 cannot encode them).
    text = re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group(0)):04x}", text)
    path.write_text(text + "\n", encoding="utf-8")
    return len(entries)


@dataclass
class Filtered:
    problems: list[Problem]
    suppressed: int = 0
    stale: list[dict[str, Any]] = field(default_factory=list)
    #: Overall scores recorded with the baseline, by path relative to it (for `--min-score`).
    scores: dict[str, float] = field(default_factory=dict)


def apply(path: Path, problems: list[Problem], reported_paths: set[str] | None = None) -> Filtered:
    """Drop problems the baseline knows; list baseline entries that matched nothing.

    `reported_paths` limits staleness to files this run looked at (a run on one file
    must not call every other file's entries stale).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(
            f"{path}: baseline file not found (create it with --write-baseline)"
        ) from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a contentlint baseline: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("problems"), list):
        raise BaselineError(f"{path}: not a contentlint baseline (no 'problems' list)")
    base = path.resolve().parent
    budget: dict[str, int] = {}
    entries: dict[str, dict[str, Any]] = {}
    for e in data["problems"]:
        if isinstance(e, dict) and isinstance(e.get("key"), str):
            budget[e["key"]] = budget.get(e["key"], 0) + int(e.get("count", 1))
            entries[e["key"]] = e
    out = Filtered([], scores=_scores(data))
    used: Counter[str] = Counter()
    for p in problems:
        k = key(identity(p, base))
        if used[k] < budget.get(k, 0):
            used[k] += 1
            out.suppressed += 1
        else:
            out.problems.append(p)
    scope = {_rel(r, base) for r in reported_paths} if reported_paths is not None else None
    for k, e in entries.items():
        if used[k] < budget[k] and (scope is None or e.get("path") in scope):
            out.stale.append({**e, "unmatched": budget[k] - used[k]})
    return out
