"""K002: groups of pages competing for one query, and the strongest page of each.

Candidate pairs and their similarity come from the topic vectors (topics.py); this
module groups them (never chaining pages that name different numbers or periods),
picks the page to keep and words the problems.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from itertools import combinations

import numpy as np
from contentlint.model.corpus import Corpus
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import MAX_RELATED, canon, claims, link_graph, subject_of
from contentlint.rules.keywords.topics import TopicIndex, title_candidates, topic_index
from contentlint.signals import similarity as sim

# ----- K002 keyword-cannibalization ---------------------------------------------------------


@rule(
    code="K002",
    name="keyword-cannibalization",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"threshold": 0.65},
    option_schema={"threshold": {"minimum": 0.1, "maximum": 1.0}},
)
def keyword_cannibalization(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Several pages compete for the same search query.

    Why: when two pages answer one query, search engines alternate between them or rank
    neither well; links and engagement are split. It happens without any declared
    keyword: "How to speed up CI builds" and "Cutting CI build times" are one topic.
    How to fix: merge the pages into the strongest one (named in the message: most
    internal links, then most words) and redirect the others, or refocus each page on
    a distinct intent.
    Options: `threshold` (0.65): cosine similarity of topic vectors at or above which
    pages with titles sharing head terms compete. Topic vectors are TF-IDF over the
    corpus of each page's terms and two-word phrases, title and H1 weighing most, then
    slug, subheadings, first paragraph and body. Titles that name different numbers or
    versions or periods ("Rust 1.2" and "Rust 1.3", "March update" and "April update")
    target different queries. Pages already reported as copies (D001, D002) or with the
    same title (D004) are left to those rules.
    Fails: "Best CI tools in 2024" and "Top CI tools compared" with similar content.
    Passes: "CI tools for monorepos" and "Caching in CI" (different topics).
    """
    index = topic_index(corpus)
    n = len(index.docs)
    claimed = claims(corpus)
    x, y = title_candidates(index, corpus.joins)
    nx, ny = index.number_ids[x], index.number_ids[y]
    keep = ~((nx != 0) & (ny != 0) & (nx != ny))  # different numbers or periods
    keep &= index.title_ids[x] != index.title_ids[y]  # the same title: D004 reports it
    keep &= index.site_ids[x] == index.site_ids[y]  # saved copies of two sites
    keep &= index.canon_ids[x] != index.canon_ids[y]  # consolidated by canonical
    x, y = x[keep], y[keep]
    sims = index.cosines(x, y)
    close = sims >= opts.threshold
    pairs: dict[tuple[int, int], float] = {}
    for i, j, c in zip(x[close].tolist(), y[close].tolist(), sims[close].tolist(), strict=True):
        if not claimed.covers(index.docs[i].path, index.docs[j].path):
            pairs[(i, j)] = c
    if not pairs:
        return
    # Strongest pairs first; a page joins a group only if no page of the group names a
    # different number or period (no chaining "2024" and "2025" through an undated page).
    uf = sim.UnionFind(n)
    nodes = {i for p in pairs for i in p}
    marks: dict[int, set[str]] = {i: {index.topics[i].numbers} - {""} for i in nodes}
    for px, py in sorted(pairs, key=lambda p: -pairs[p]):
        rx, ry = uf.find(px), uf.find(py)
        if rx == ry:
            continue
        merged = marks[rx] | marks[ry]
        if len(merged) > 1:
            continue
        uf.union(px, py)
        marks[uf.find(px)] = merged
    pairs = {p: v for p, v in pairs.items() if uf.find(p[0]) == uf.find(p[1])}
    graph = link_graph(corpus)
    groups = uf.groups(nodes)
    # Every pair of each group of up to 100 pages, in one vectorised call for all groups.
    small = [list(combinations(m, 2)) for m in groups if len(m) <= 100]
    if small:
        gx, gy = np.array([pair for pairs_ in small for pair in pairs_]).T
        for a, b, c in zip(gx.tolist(), gy.tolist(), index.cosines(gx, gy).tolist(), strict=True):
            pairs[(a, b)] = c
    for members in groups:
        strongest = max(
            members,
            key=lambda i: (
                graph.inbound.get(index.docs[i].path, 0),
                index.docs[i].word_count,
                index.docs[i].path,
            ),
        )
        phrase = _shared_phrase(index, members)
        for i in members:
            d = index.docs[i]
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            others = [j for j in members if j != i]
            sim_of = {j: pairs.get((min(i, j), max(i, j)), 0.0) for j in others}
            others.sort(key=lambda j: (-sim_of[j], index.docs[j].path))
            if i == strongest:
                advice = "merge the others into this page, the strongest"
            else:
                advice = f"consolidate into {index.docs[strongest].path}, the strongest page"
            p = d.problem(
                "K002",
                f'{len(members)} pages compete for "{phrase}": {advice}',
                subject=subject_of([index.docs[j].path for j in others]),
                whole_document=True,
            )
            p.related = tuple(
                Related(
                    index.docs[j].path,
                    index.docs[j].title_line,
                    f"topic {round(sim_of[j] * 100)}% similar"
                    + (" (strongest)" if j == strongest else ""),
                )
                for j in others[:MAX_RELATED]
            )
            yield p


def _shared_phrase(index: TopicIndex, members: list[int]) -> str:
    """The title words most of the competing pages share, in title order."""
    counts: Counter[str] = Counter()
    for i in members:
        counts.update({s for s, _ in index.topics[i].title})
    shared = {s for s, c in counts.items() if c >= max(2, math.ceil(len(members) / 2))}
    first = index.topics[members[0]].title
    words: list[str] = []
    for s, surface in first:
        if s in shared:
            words.append(surface)
            shared.discard(s)
    return " ".join(words).lower() or (index.docs[members[0]].title or "")
