"""D001 and D002: pages whose main text is a copy or a near-copy of another page's.

Both read the shared `Analysis` (fingerprints.py): exact-copy groups for D001, candidate
pairs verified by shingle Jaccard for D002. D002 leaves pages inside one doorway cluster
to D007 (doorways.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from contentlint.model.corpus import Corpus
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import (
    MAX_RELATED,
    canon,
    claims,
    excused,
    subject_of,
    unaway,
)
from contentlint.rules.duplication.doorways import doorway_clusters
from contentlint.rules.duplication.fingerprints import (
    SHINGLE_SIZE,
    Analysis,
    analysis,
    copies_of,
    pct,
    template_holders,
)
from contentlint.signals import similarity as sim

# ----- D001 duplicate-content ----------------------------------------------------------


@rule(
    code="D001",
    applies_to=("article", "landing"),
    name="duplicate-content",
    severity="error",
    scope="corpus",
    needs_text=template_holders,
    options={"min_words": 20},
    option_schema={"min_words": {"minimum": 1}},
)
def duplicate_content(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The main text is identical to another document's.

    Why: search engines index one of the copies and ignore the others, and not
    necessarily the one you want; links and signals are split between them.
    How to fix: delete one copy and redirect it to the other, or point its
    `canonical` at the page that should rank.
    Options: `min_words` (20): shorter texts are left to the thin-content rules.
    Text is compared after case, whitespace and punctuation are folded and after site
    template text (navigation, calls to action, legal notes) is left out.
    Fails: the same guide published under two URLs.  Passes: a copy whose front matter
    sets `canonical` to the original.
    """
    a = analysis(corpus)
    claimed = claims(corpus)
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(a.exact):
        if g >= 0 and a.words[i] >= opts.min_words:
            groups.setdefault(int(g), []).append(i)
    for members in groups.values():
        claimed.add_group(a.docs[i].path for i in members)
        for i in members:
            d = a.docs[i]
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            others = unaway(
                corpus, [a.docs[j] for j in members if j != i and not excused(corpus, d, a.docs[j])]
            )
            if not others:
                continue
            related = tuple(Related(o.path, o.title_line, "identical") for o in others)
            p = d.problem(
                "D001",
                f"main text is identical to {others[0].path}"
                + (f" and {len(others) - 1} more" if len(others) > 1 else "")
                + f" ({a.words[i]} words)",
                subject=subject_of([o.path for o in others]),
                whole_document=True,
            )
            p.related = related[:MAX_RELATED]
            yield p


# ----- D002 near-duplicate --------------------------------------------------------------


@rule(
    code="D002",
    applies_to=("article", "landing"),
    name="near-duplicate",
    severity="error",
    scope="corpus",
    needs_text=template_holders,
    options={"threshold": 0.9, "shingle_size": SHINGLE_SIZE, "min_words": 50},
    option_schema={
        "threshold": {"minimum": 0.5, "maximum": 1.0},
        "shingle_size": {"minimum": 2, "maximum": 12},
        "min_words": {"minimum": 1},
    },
)
def near_duplicate(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The main text is almost the same as another document's.

    Why: near-copies (a rewritten intro, a swapped paragraph, light AI paraphrase) are
    treated as duplicates: one is indexed, the others compete with it or are dropped.
    How to fix: merge the pages into the strongest one and redirect the others, make
    each page answer a different question, or set `canonical` on the copies.
    Options: `threshold` (0.9): Jaccard similarity of word `shingle_size`-shingles (5)
    at or above which two pages are near-duplicates (Screaming Frog uses 90%, Semrush
    85%); `min_words` (50) of main text for a page to be compared at all. Site template
    text is left out first. Pages inside a doorway cluster are reported by D007.
    Fails: two "best CI tools" posts that differ by one paragraph.  Passes: two release
    announcements that share a template but describe different changes.
    """
    a = analysis(corpus, int(opts.shingle_size))
    claimed = claims(corpus)
    doorway = doorway_clusters(corpus, a)
    in_cluster = {i: c for c, members in enumerate(doorway) for i in members}
    edges: dict[int, list[tuple[int, float]]] = {}
    rows = [
        (i, j)
        for i, j in a.pairs.tolist()
        if a.words[i] >= opts.min_words
        and a.words[j] >= opts.min_words
        and not (i in in_cluster and in_cluster.get(i) == in_cluster.get(j))
    ]
    for (i, j), s in zip(rows, similarities(a, rows), strict=True):
        if s < opts.threshold:
            continue
        for x in copies_of(a, i):
            for y in copies_of(a, j):
                edges.setdefault(x, []).append((y, s))
                edges.setdefault(y, []).append((x, s))
    for i, found in edges.items():
        for j, _ in found:
            claimed.add_pair(a.docs[i].path, a.docs[j].path)
        d = a.docs[i]
        if not corpus.is_reported(d) or canon(corpus, d).away:
            continue
        kept = {
            o.path
            for o in unaway(
                corpus, [a.docs[j] for j, _ in found if not excused(corpus, d, a.docs[j])]
            )
        }
        others = sorted(
            ((a.docs[j], s) for j, s in found if a.docs[j].path in kept),
            key=lambda t: (-t[1], t[0].path),
        )
        if not others:
            continue
        top, s = others[0]
        p = d.problem(
            "D002",
            f"near-duplicate of {top.path} ({pct(s)} similar)"
            + (f" and of {len(others) - 1} more" if len(others) > 1 else ""),
            subject=subject_of([o.path for o, _ in others]),
            whole_document=True,
        )
        p.related = tuple(
            Related(o.path, o.title_line, f"{pct(s)} similar") for o, s in others[:MAX_RELATED]
        )
        yield p


def similarities(a: Analysis, rows: list[tuple[int, int]]) -> list[float]:
    """Shingle Jaccard of each candidate pair, verified by the corpus's executor where the
    pages' shingles are (`joins.verify`); pairs the doorway search already measured are
    not measured again."""
    out = [a.known_jaccard(i, j) for i, j in rows]
    todo = [r for r, s in enumerate(out) if s is None]
    if todo:
        left = np.array([rows[r][0] for r in todo], dtype=np.int64)
        right = np.array([rows[r][1] for r in todo], dtype=np.int64)
        held = a.joins.hold(np.unique(np.r_[left, right]), a.content_shingles)
        try:
            for at, found in a.joins.verify(held, left, right, jaccard_rows):
                for r, s in zip(at.tolist(), found.tolist(), strict=True):
                    out[todo[r]] = s
        finally:
            a.joins.release(held)
    return [float(s) for s in out]  # type: ignore[arg-type]


def jaccard_rows(
    left: np.ndarray, right: np.ndarray, _columns: tuple[np.ndarray, ...], records: Any
) -> np.ndarray:
    """D002's verification of a partition of candidate pairs: the Jaccard similarity of
    the two pages' content shingles (`records[i]`, sorted and unique), per row. Pure,
    so either executor runs it where the records are."""
    jaccard = sim.jaccard
    return np.array(
        [
            jaccard(records[i], records[j])
            for i, j in zip(left.tolist(), right.tolist(), strict=True)
        ],
        dtype=np.float64,
    )
