"""D007: clusters of pages generated from one text with slot words swapped.

The clusters are found once per corpus (`doorway_clusters`, from the shared candidate
pairs of fingerprints.py) and read by D007, which reports them, and by D002 and D003,
which leave their members to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from contentlint.model.corpus import Corpus
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import canon, claims, excused, subject_of
from contentlint.rules.duplication.fingerprints import (
    DOORWAY_SIMILARITY,
    Analysis,
    analysis,
    copies_of,
    pct,
    template_holders,
)
from contentlint.rules.duplication.templates import neutral_slot
from contentlint.signals import similarity as sim

#: Pages of one cluster still share this much literal text, slot words unmasked (guards
#: against short, generic pages).
DOORWAY_MIN_LITERAL = 0.25

# ----- D007 doorway-pages ----------------------------------------------------------------


def doorway_clusters(corpus: Corpus, a: Analysis, min_size: int = 5) -> list[list[int]]:
    """Groups of pages generated from one text with slot words swapped."""
    return corpus.shared(f"dup:doorway:{a.k}:{min_size}", lambda: _doorways(a, min_size))


def _doorways(a: Analysis, min_size: int) -> list[list[int]]:
    n = len(a.recs)
    uf = sim.UnionFind(n)
    linked: set[int] = set()
    for (i, j), est in zip(a.pairs.tolist(), a.masked_sim.tolist(), strict=True):
        if est < DOORWAY_SIMILARITY:
            continue
        if a.jaccard(i, j) < DOORWAY_MIN_LITERAL:
            continue
        for x in copies_of(a, i):
            for y in copies_of(a, j):
                uf.union(x, y)
                linked.update((x, y))
    out = []
    for members in uf.groups(linked):
        if len(members) < min_size:
            continue
        varying = varying_slots(a, members)
        if len(varying) == 0:
            continue  # identical pages, not generated ones: D001/D002 report them
        if all(map(neutral_slot, varying)):
            continue  # only versions, dates, counts or identifiers: a template, not a doorway
        out.append(members)
    return out


def varying_slots(a: Analysis, members: list[int]) -> list[str]:
    """Slot words that differ between members, most widespread first."""
    sets = [set(a.recs[i].slots) for i in members]
    common = set.intersection(*sets) if sets else set()
    counts: Counter[str] = Counter(w for s in sets for w in s - common)
    # A slot filled differently on every page appears on few of them; words on nearly
    # every page are part of the shared text.
    return [w for w, c in sorted(counts.items(), key=lambda t: (t[1], t[0])) if c < len(members)]


@rule(
    code="D007",
    applies_to=("article", "landing"),
    name="doorway-pages",
    severity="error",
    scope="corpus",
    needs_text=template_holders,
    options={"min_cluster": 5},
    option_schema={"min_cluster": {"minimum": 2}},
)
def doorway_pages(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """The page is one of many generated from the same text with a few words swapped.

    Why: "plumber in {city}" pages that differ only in a place, product or year are
    doorway pages, which search engines' spam policies demote, often site-wide.
    How to fix: keep one strong page (with a list of the places or products it covers),
    or give each page real local or specific content; redirect the rest.
    Options: `min_cluster` (5): pages generated from one text before it is reported.
    Slot words are names and numbers (capitalised words inside a sentence, digits);
    pages whose varying slots are only versions, dates, counts or identifiers share a
    template (release and pre-release announcements) and are not doorways.
    Fails: twelve "Emergency plumber in Leeds/York/Hull..." pages.  Passes: a series of
    release notes that share headings but describe different releases; pre-release
    announcements that differ only in their version and date.
    """
    a = analysis(corpus)
    for members in doorway_clusters(corpus, a, int(opts.min_cluster)):
        claims(corpus).add_group(a.docs[i].path for i in members)
        slots = [w for w in varying_slots(a, members) if not neutral_slot(w)]
        shown = ", ".join(slots[:8]) + (", …" if len(slots) > 8 else "")
        for i in members:
            d = a.docs[i]
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            others = [j for j in members if j != i and not excused(corpus, d, a.docs[j])]
            if not others:
                continue
            sample = others[:5]
            p = d.problem(
                "D007",
                f"one of {len(members)} pages generated from the same text with slot words "
                f"swapped (varying: {shown})",
                subject=subject_of([a.docs[j].path for j in others]),
                whole_document=True,
            )
            p.related = tuple(
                Related(
                    a.docs[j].path,
                    a.docs[j].title_line,
                    f"{pct(a.jaccard(i, j))} similar before slots are masked",
                )
                for j in sample
            )
            if len(others) > len(sample):
                p.message += f"; {len(others) - len(sample)} more not listed"
            yield p
