"""When a run is scored, and what `--min-score` fails.

Scoring needs every document (a warm run cannot answer from cached problems alone), so
the command line asks here before it builds the engine, and again once problems are in.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from contentlint.config.core import Config, Policy
from contentlint.engine import baseline as baseline_mod
from contentlint.engine.core import RunResult
from contentlint.model import registry

#: Formats that show the audit report with scores.
SCORE_FORMATS = frozenset({"csv", "html", "report-json"})


def needs_scores(
    output_format: str,
    min_score: float | None,
    summary_file: Path | None,
    write_baseline: Path | None,
) -> bool:
    """Whether the run must keep every document to score it."""
    return (
        output_format in SCORE_FORMATS
        or min_score is not None
        or summary_file is not None
        or write_baseline is not None
    )


def min_score_for(cfg: Config, given: float | None) -> float | None:
    """`--min-score` if given, else the config's `min-score`."""
    if given is not None:
        return given
    value = cfg.raw.get("min-score")
    return float(value) if value is not None else None


def audit_for(result: RunResult, cfg: Config, policy: Policy | None, source: str) -> dict[str, Any]:
    from contentlint.scores.formula import Weights  # only runs that score pay the import
    from contentlint.scores.records import build_report

    t001 = registry.get_rule("T001")
    min_words = 300
    if policy is not None and t001 is not None:
        min_words = int(policy.options_for(t001).get("min_words", 300))
    return build_report(
        result,
        weights=Weights.from_config(cfg.raw.get("scores")),
        source=source,
        thin_min_words=min_words,
    )


def overall_scores(audit: dict[str, Any] | None) -> dict[str, float]:
    if audit is None:
        return {}
    return {d["path"]: d["scores"]["overall"] for d in audit["documents"] if d["scores"]}


def below_min_score(
    audit: dict[str, Any],
    min_score: float,
    baseline: Path | None = None,
    known: Mapping[str, float] | None = None,
) -> list[dict[str, Any]]:
    """Judged documents under the minimum; with a baseline, a document it knows (`known`:
    its recorded scores) fails only when it is also below its baselined score."""
    from contentlint.scores.records import failing

    out = []
    for doc in failing(audit, min_score):
        before = None
        if baseline is not None and known:
            before = known.get(baseline_mod.rel_for(doc["path"], baseline))
        if before is not None and doc["scores"]["overall"] >= before:
            continue
        out.append(dict(doc))
    return out
