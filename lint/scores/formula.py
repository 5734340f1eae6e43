"""The score formula: 0–100 per family and overall, and every point it took away.

A score is a summary a content team can sort by, never a black box: each deduction is
one problem (its code, the points, and its message, which names the signal behind it,
e.g. "only 212 words of main text (minimum 300)").

    family score   = max(0, 100 − Σ deductions of that family's problems)
    deduction      = weight(problem) × repeat_factor^(k−1)   for its k-th problem of one rule
    weight         = the rule's weight if configured, else the weight of its severity
    overall        = Σ family_weight × family score / Σ family_weight

Defaults: error 25, warning 10, info 2 points; repeat factor 0.5 (a rule's problems on
one page take at most twice its weight: the tenth filler phrase says less than the
first); family weights thin, duplication, keywords, expertise 1, technical 0 (links and
metadata are shown beside the others but left out of the overall score, because they
are about the site's plumbing rather than the content's quality). An error costs a
quarter of a family: a page with one error in each content family scores 75; one with
a near-duplicate error and a missing author warning scores 75 for duplication and 90
for expertise, 91.25 overall.

Adding a problem never raises a score; a document with no problem scores 100.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from contentlint.model.problem import Problem, Severity

FAMILIES = ("thin", "duplication", "keywords", "expertise", "technical")
CONTENT_FAMILIES = FAMILIES[:4]

#: Which family a rule code's letter belongs to; F rules make a document not judged.
FAMILY_OF_PREFIX = {"T": "thin", "D": "duplication", "K": "keywords", "E": "expertise"}
TECHNICAL_PREFIXES = ("L", "M")

DEFAULT_SEVERITY_WEIGHTS = {"error": 25.0, "warning": 10.0, "info": 2.0}
DEFAULT_FAMILY_WEIGHTS = {
    "thin": 1.0,
    "duplication": 1.0,
    "keywords": 1.0,
    "expertise": 1.0,
    "technical": 0.0,
}
DEFAULT_REPEAT_FACTOR = 0.5
DEFAULT_INBOUND_LINK_WEIGHT = 1.0


def family_of(code: str) -> str | None:
    """The score family of a rule code, or None for F rules and user codes."""
    if code[:1] in FAMILY_OF_PREFIX:
        return FAMILY_OF_PREFIX[code[:1]]
    if code[:1] in TECHNICAL_PREFIXES:
        return "technical"
    return None


@dataclass(frozen=True)
class Weights:
    severity: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_SEVERITY_WEIGHTS))
    families: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_FAMILY_WEIGHTS))
    rules: Mapping[str, float] = field(default_factory=dict)
    repeat_factor: float = DEFAULT_REPEAT_FACTOR
    inbound_link_weight: float = DEFAULT_INBOUND_LINK_WEIGHT

    @classmethod
    def from_config(cls, raw: Mapping[str, Any] | None) -> Weights:
        raw = raw or {}
        return cls(
            severity={**DEFAULT_SEVERITY_WEIGHTS, **raw.get("severity", {})},
            families={**DEFAULT_FAMILY_WEIGHTS, **raw.get("families", {})},
            rules=dict(raw.get("rules", {})),
            repeat_factor=float(raw.get("repeat-factor", DEFAULT_REPEAT_FACTOR)),
            inbound_link_weight=float(raw.get("inbound-link-weight", DEFAULT_INBOUND_LINK_WEIGHT)),
        )

    def weight(self, p: Problem) -> float:
        if p.code in self.rules:
            return float(self.rules[p.code])
        return float(self.severity.get(str(p.severity or Severity.WARNING), 0.0))


@dataclass(frozen=True)
class Deduction:
    family: str
    code: str
    points: float
    reason: str


@dataclass(frozen=True)
class DocumentScore:
    families: dict[str, float]
    overall: float
    deductions: tuple[Deduction, ...]


def score(problems: Iterable[Problem], weights: Weights) -> DocumentScore:
    """Scores of one judged document from its problems."""
    taken = dict.fromkeys(FAMILIES, 0.0)
    seen: dict[str, int] = {}
    deductions: list[Deduction] = []
    for p in sorted(problems, key=lambda p: (-(p.severity or 0), p.code, p.line, p.column)):
        fam = family_of(p.code)
        if fam is None:
            continue
        k = seen.get(p.code, 0)
        seen[p.code] = k + 1
        points = weights.weight(p) * weights.repeat_factor**k
        if points <= 0:
            continue
        taken[fam] += points
        deductions.append(Deduction(fam, p.code, round(points, 2), p.message))
    families = {f: round(max(0.0, 100.0 - taken[f]), 2) for f in FAMILIES}
    return DocumentScore(families, overall(families, weights), tuple(deductions))


def overall(families: Mapping[str, float], weights: Weights) -> float:
    total = sum(weights.families.get(f, 0.0) for f in FAMILIES)
    if total <= 0:
        return round(sum(families[f] for f in CONTENT_FAMILIES) / len(CONTENT_FAMILIES), 2)
    return round(sum(weights.families.get(f, 0.0) * families[f] for f in FAMILIES) / total, 2)


def priority(overall_score: float, inbound_links: int, weights: Weights) -> float:
    """Which pages to fix first: the worst pages that the site itself links to most."""
    return round((100.0 - overall_score) * (1 + weights.inbound_link_weight * inbound_links), 2)


def describe(weights: Weights) -> str:
    """The formula with the weights in force, for `contentlint scores` and the report."""
    sev = ", ".join(f"{k} {v:g}" for k, v in weights.severity.items())
    fams = ", ".join(f"{k} {v:g}" for k, v in weights.families.items())
    rules = ", ".join(f"{k} {v:g}" for k, v in sorted(weights.rules.items())) or "none"
    return (
        "Each family score starts at 100 and loses the points of each of its problems: "
        f"by severity ({sev}) unless the rule has its own weight (rules: {rules}); "
        f"each further problem of the same rule on a page counts {weights.repeat_factor:g}× "
        "the one before; a score never goes below 0. "
        f"Overall = weighted mean of the family scores (weights: {fams}). "
        "Site score = mean overall score of the judged documents; a section's score is "
        "the same mean over its documents. "
        f"Priority = (100 − overall) × (1 + {weights.inbound_link_weight:g} × inbound "
        "internal links)."
    )
