"""D003: passages copied between pages, found through winnowed fingerprints.

Shared fingerprints point at candidate pairs of positions; exact runs of shingles are
extended from them and merged across small edits into passages (`find_passages`). Pages
already reported as copies (D001, D002) or doorway pages (D007) are skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from contentlint.model.corpus import Corpus
from contentlint.model.joins import PairJoin
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import MAX_RELATED, canon, claims, excused, subject_of
from contentlint.rules.duplication.doorways import doorway_clusters
from contentlint.rules.duplication.fingerprints import (
    Analysis,
    analysis,
    pct,
    template_holders,
)
from contentlint.rules.duplication.templates import release_template_problems

#: Fingerprints found in more documents than this are common phrases, not copies.
PASSAGE_MAX_DOCS = 40

# ----- D003 copied-passage ---------------------------------------------------------------


@dataclass(slots=True)
class Passage:
    a: int
    b: int
    #: Shingle ranges [start, end) in each document.
    sa: int
    ea: int
    sb: int
    eb: int
    words: int
    #: Set on every passage of a pair whose shared passages add up to `min_share` of the
    #: shorter page (the share of that page), else 0.
    share: float = 0.0


@rule(
    code="D003",
    applies_to=("article", "landing"),
    name="copied-passage",
    severity="warning",
    scope="corpus",
    needs_text=template_holders,
    options={"min_words": 50, "min_share": 0.3},
    option_schema={"min_words": {"minimum": 10}, "min_share": {"minimum": 0.05, "maximum": 1.0}},
)
def copied_passage(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """A passage of this page is copied from another page of the site.

    Why: copied paragraphs are duplicate content in small; they dilute what makes each
    page worth indexing, and a passage copied from a page you do not own is plagiarism.
    How to fix: link to the other page instead of repeating it, rewrite the passage for
    this page's reader, or quote it briefly with attribution.
    Options: `min_words` (50): a verbatim or near-verbatim passage at least this long is
    reported; `min_share` (0.3): shorter shared passages are reported when together they
    make up this share of the shorter page. Site template text is never a copied passage,
    and pages already reported as copies (D001, D002) or doorway pages are skipped.
    Release notes that share a template (install steps, an "Upgrading" paragraph) get
    one information problem for the whole template, on its first page, never one per page.
    Fails: a 70-word "About our method" paragraph pasted into two articles.
    Passes: a one-sentence quote; the same "How to upgrade" paragraph in every release note.
    """
    yield from release_template_problems(corpus, "D003")
    a = analysis(corpus)
    claimed = claims(corpus)
    doorway = {i for members in doorway_clusters(corpus, a) for i in members}
    min_words, min_share = int(opts.min_words), float(opts.min_share)
    by_pair: dict[tuple[int, int], list[Passage]] = {}
    keep = None
    if corpus.reported is not None:
        keep = np.fromiter((corpus.is_reported(d) for d in a.docs), bool, len(a.docs))
    for p in find_passages(a, min_words, min_share, keep):
        da, db = a.docs[p.a], a.docs[p.b]
        if claimed.covers(da.path, db.path) or excused(corpus, da, db):
            continue
        if p.a in doorway and p.b in doorway:
            continue
        by_pair.setdefault((p.a, p.b), []).append(p)
    places: dict[int, list[tuple[int, int, int, int, int, int]]] = {}
    shares: dict[int, dict[int, list[tuple[int, int, int, int, int]]]] = {}
    for (x, y), passages in by_pair.items():
        words = sum(p.words for p in passages)
        for i, j, flip in ((x, y, False), (y, x, True)):
            spans = [
                (p.sb, p.eb, p.sa, p.ea, p.words) if flip else (p.sa, p.ea, p.sb, p.eb, p.words)
                for p in passages
            ]
            if passages[0].share and words / max(1, int(a.words[i])) >= min_share:
                shares.setdefault(i, {})[j] = spans
                continue
            for s, e, sj, ej, w in spans:
                if w >= min_words:
                    places.setdefault(i, []).append((s, e, j, sj, ej, w))
    for i in sorted(set(places) | set(shares)):
        d = a.docs[i]
        if not corpus.is_reported(d) or canon(corpus, d).away:
            continue
        # Many shorter passages that add up: one problem per page, naming every source.
        if i in shares:
            yield _share_problem(a, i, shares[i])
        # One problem per long passage, however many pages it was copied into.
        if i in places:
            for s, e, others in _overlapping(places[i]):
                yield _passage_problem(a, i, s, e, others)


def _share_problem(
    a: Analysis, i: int, partners: dict[int, list[tuple[int, int, int, int, int]]]
) -> Problem:
    """A page much of whose text is spread over passages that also appear elsewhere."""
    first, last = 10**9, 0
    entries = []
    for j, spans in partners.items():
        spans.sort()
        f, _ = _lines(a, i, spans[0][0], spans[0][1])
        _, l_ = _lines(a, i, spans[-1][0], spans[-1][1])
        first, last = min(first, f), max(last, l_)
        words = sum(s[4] for s in spans)
        fj, _ = _lines(a, j, spans[0][2], spans[0][3])
        share = words / max(1, int(a.words[i]))
        entries.append((share, a.docs[j].path, fj, len(spans), words))
    entries.sort(key=lambda t: (-t[0], t[1]))
    top = entries[0]
    p = a.docs[i].problem(
        "D003",
        f"{pct(min(top[0], 1.0))} of this page's text ({top[4]} words in {top[3]} "
        f"passage{'s' if top[3] != 1 else ''}) "
        f"also appears in {top[1]}"
        + (f", and much of it in {len(entries) - 1} more" if len(entries) > 1 else ""),
        line=first,
        end_line=last,
        subject=subject_of([e[1] for e in entries]) + "#shared",
    )
    p.related = tuple(
        Related(path, fj, f"{pct(min(share, 1.0))} shared, {n} passage{'s' if n != 1 else ''}")
        for share, path, fj, n, _w in entries[:MAX_RELATED]
    )
    return p


def _overlapping(
    entries: list[tuple[int, int, int, int, int, int]],
) -> Iterator[tuple[int, int, list[tuple[int, int, int, int]]]]:
    """Merge passages of one page that overlap (the same text copied to several pages)."""
    entries.sort()
    cur_s, cur_e = entries[0][0], entries[0][1]
    group: list[tuple[int, int, int, int]] = []
    for s, e, j, sj, ej, w in entries:
        if group and s >= cur_e:
            yield cur_s, cur_e, group
            cur_s, cur_e, group = s, e, []
        cur_e = max(cur_e, e)
        group.append((j, sj, ej, w))
    yield cur_s, cur_e, group


def _passage_problem(
    a: Analysis, i: int, s: int, e: int, others: list[tuple[int, int, int, int]]
) -> Problem:
    d = a.docs[i]
    first, last = _lines(a, i, s, e)
    words = max(w for *_, w in others)
    seen: dict[int, Related] = {}
    for j, sj, ej, _w in others:
        if j not in seen:
            fj, lj = _lines(a, j, sj, ej)
            seen[j] = Related(a.docs[j].path, fj, f"lines {fj}-{lj}")
    related = sorted(seen.values(), key=lambda r: r.path)
    where = f"lines {first}-{last}" if last > first else f"line {first}"
    p = d.problem(
        "D003",
        f"passage of about {words} words ({where}) also appears in {related[0].path}"
        + (f" and {len(related) - 1} more" if len(related) > 1 else ""),
        line=first,
        end_line=last,
        subject=subject_of([r.path for r in related]) + f"#{int(a.recs[i].sh[s]):08x}",
    )
    p.related = tuple(related[:MAX_RELATED])
    return p


def _lines(a: Analysis, i: int, start: int, end: int) -> tuple[int, int]:
    rec = a.recs[i]
    b0 = int(np.searchsorted(rec.so, start, side="right")) - 1
    b1 = int(np.searchsorted(rec.so, max(start, end - 1), side="right")) - 1
    return int(rec.bl[b0, 0]), int(rec.bl[b1, 1])


def find_passages(
    a: Analysis, min_words: int, min_share: float, keep: np.ndarray | None = None
) -> list[Passage]:
    """Shared passages between pairs of documents, found through winnowed fingerprints.

    Fingerprints of non-template text are gathered into flat arrays (32-bit, a chunk of
    documents at a time) and joined by the corpus's executor (`model.joins`: hash
    partitions, in this process or on a cluster), so the memory of the stage stays a
    small multiple of the fingerprints themselves. Pairs of documents sharing at
    least two fingerprints are verified by extending exact runs of shingles. With
    `keep` (a mask over documents), only pairs with a kept document are verified: a
    pre-commit run reports the changed files only, and verifying the rest of the site's
    pairs was most of its cross-document time.
    """
    n = len(a.recs)
    if n < 2:
        return []
    f_hash, f_doc, f_pos = _fingerprints(a)
    # A join on fingerprints, run by the corpus's executor: fingerprints of common
    # phrases (in more than PASSAGE_MAX_DOCS documents) or of one document only are
    # left out before pairing.
    how = PairJoin(max_group=PASSAGE_MAX_DOCS * 4, max_owners=PASSAGE_MAX_DOCS)
    i, j = a.joins.pairs(f_hash, how, owner=f_doc)
    del f_hash
    da, db = f_doc[i], f_doc[j]
    cross = da != db
    if keep is not None:
        cross &= keep[da] | keep[db]
    da, db, pa, pb = da[cross], db[cross], f_pos[i][cross], f_pos[j][cross]
    del i, j, f_doc, f_pos
    swap = da > db
    key = np.where(swap, db, da).astype(np.int64) * n + np.where(swap, da, db)
    pa, pb = np.where(swap, pb, pa), np.where(swap, pa, pb)
    if len(key) == 0:
        return []
    order = np.argsort(key, kind="stable")
    key, pa, pb = key[order], pa[order], pb[order]
    # Pairs of documents sharing at least two fingerprints are verified, each where the
    # pages' shingles are (`joins.verify`), by `passages_of_rows`.
    new = np.r_[True, key[1:] != key[:-1]]
    group = np.cumsum(new) - 1
    rows = np.bincount(group)[group] >= 2
    key, pa, pb = key[rows], pa[rows], pb[rows]
    if len(key) == 0:
        return []
    left, right = np.divmod(key, n)
    held = a.joins.hold(np.unique(np.r_[left, right]), lambda i: passage_record(a, i))
    out: list[Passage] = []
    try:
        for _at, found in a.joins.verify(
            held, left, right, passages_of_rows, (pa, pb), (a.k, min_words, min_share)
        ):
            out += found
    finally:
        a.joins.release(held)
    # In pair order, as the pairs came (each partition keeps a pair's passages in order).
    out.sort(key=lambda p: (p.a, p.b))
    return out


#: What D003 verifies a document by: its shingles with template positions made unique
#: (`Analysis.clean`), the offsets of its blocks' first shingles, and its words.
PassageRecord = tuple[np.ndarray, np.ndarray, int]


def passage_record(a: Analysis, i: int) -> PassageRecord:
    return a.clean(i), a.recs[i].so, int(a.words[i])


def passages_of_rows(
    left: np.ndarray,
    right: np.ndarray,
    columns: tuple[np.ndarray, ...],
    records: Any,
    k: int,
    min_words: int,
    min_share: float,
) -> list[Passage]:
    """D003's verification of a partition of candidate rows: one row per shared
    fingerprint (positions `columns` in each page), the rows of a pair consecutive.
    Exact runs are extended from the fingerprints and merged into passages. Pure, so
    either executor runs it where the records (`PassageRecord`) are."""
    pa_all, pb_all = columns
    out: list[Passage] = []
    bounds = np.flatnonzero(np.r_[True, (left[1:] != left[:-1]) | (right[1:] != right[:-1]), True])
    # Pairs come sorted by their first document: its shingles and block starts are
    # read once for all its pairs.
    cur = -1
    sx: np.ndarray = np.empty(0, dtype=np.uint32)
    bx: set[int] = set()
    wx = 0
    for s, e in itertools.pairwise(bounds.tolist()):
        x, y = int(left[s]), int(right[s])
        if x != cur:
            sx, so_x, wx = records[x]
            cur, bx = x, set(so_x.tolist())
        sy, so_y, wy = records[y]
        out.extend(
            _pair_passages(
                x, y, pa_all[s:e], pb_all[s:e], k, min_words, min_share, sx, bx, wx, sy, so_y, wy
            )
        )
    return out


def _fingerprints(a: Analysis) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hash, document, position) of every winnowed fingerprint outside template blocks,
    written into preallocated 32-bit arrays a chunk of documents at a time."""
    total = sum(r.nw for r in a.recs)
    f_hash = np.empty(total, dtype=np.uint32)
    f_doc = np.empty(total, dtype=np.int32)
    f_pos = np.empty(total, dtype=np.int32)
    filled = 0
    for start in range(0, len(a.recs), 8192):
        recs = a.recs[start : start + 8192]
        sizes = np.array([r.nw for r in recs], dtype=np.int64)
        doc = np.repeat(np.arange(start, start + len(recs), dtype=np.int32), sizes)
        # Each record's arrays read once (a property read slices the record's buffer).
        wps = [r.wp for r in recs]
        pos = np.concatenate(wps)
        nb = np.array([r.nb for r in recs], dtype=np.int64)
        nsh = np.array([r.ns for r in recs], dtype=np.int64)
        sh_base = np.r_[0, np.cumsum(nsh)[:-1]]
        block_start = np.concatenate([r.so[:-1] for r in recs]).astype(np.int64)
        block_start += np.repeat(sh_base, nb)
        tmask = np.concatenate(a.template[start : start + 8192])
        block = np.searchsorted(block_start, sh_base[doc - start] + pos, side="right") - 1
        keep = ~tmask[block]
        m = int(keep.sum())
        hashes = np.concatenate([r.sh[wp] for r, wp in zip(recs, wps, strict=True)])
        f_hash[filled : filled + m] = hashes[keep]
        f_doc[filled : filled + m] = doc[keep]
        f_pos[filled : filled + m] = pos[keep]
        filled += m
    return f_hash[:filled], f_doc[:filled], f_pos[:filled]


def _pair_passages(
    x: int,
    y: int,
    pa: np.ndarray,
    pb: np.ndarray,
    k: int,
    min_words: int,
    min_share: float,
    sx: np.ndarray,
    bx: set[int],
    wx: int,
    sy: np.ndarray,
    so_y: np.ndarray,
    wy: int,
) -> list[Passage]:
    """Exact runs around shared fingerprints, merged into near-verbatim passages (`sx`,
    `bx`, `wx`: x's clean shingles, block starts and words; `sy`, `so_y`, `wy`: y's)."""
    order = np.lexsort((pa, pa - pb))
    runs: list[tuple[int, int, int]] = []  # (start in x, end in x, diagonal)
    for idx in order.tolist():
        p, q = int(pa[idx]), int(pb[idx])
        diag = p - q
        if runs and runs[-1][2] == diag and runs[-1][0] <= p < runs[-1][1]:
            continue
        if sx[p] != sy[q]:
            continue
        start, end = _extend(sx, sy, p, q)
        runs.append((start, end, diag))
    if not runs:
        return []
    runs += _bridges(so_y, sx, sy, bx, runs, k)
    # Merge runs that continue each other (small edits: a changed or inserted word).
    runs.sort()
    gap = 3 * k + 6
    # start, end, last diagonal, copied words, start in y. A run of m shingles covers
    # m + k - 1 words; runs split by an edit or a paragraph break add up.
    merged: list[list[int]] = []
    for start, end, diag in runs:
        if merged:
            m = merged[-1]
            if start - m[1] <= gap and abs(diag - m[2]) <= 6:
                new = max(0, end - max(start, m[1]))
                m[3] += new + (k - 1 if new else 0)
                m[1] = max(m[1], end)
                m[2] = diag
                continue
        merged.append([start, end, diag, end - start + k - 1, start - diag])
    passages = [
        Passage(x, y, start, end, start_y, end - diag, words)
        for start, end, diag, words, start_y in merged
    ]
    counted = [p for p in passages if p.words >= 2 * k]
    shared = sum(p.words for p in counted)
    share = shared / max(1, min(wx, wy))
    # "Passages adding up": one passage alone is judged by its own length.
    if share >= min_share and shared >= min_words / 2 and len(counted) >= 2:
        for passage in counted:
            passage.share = share
        return counted
    return [p for p in passages if p.words >= min_words]


def _bridges(
    so_y: np.ndarray,
    sx: np.ndarray,
    sy: np.ndarray,
    bx: set[int],
    runs: list[tuple[int, int, int]],
    k: int,
) -> list[tuple[int, int, int]]:
    """Runs that continue a run across a paragraph break in one document only.

    Shingles never cross blocks: where a passage spans two paragraphs in x but one in
    y, y has k - 1 shingles that x lacks, and the copy goes on k - 1 shingles later.
    Short continuations hold no fingerprint, so they are probed here.
    """
    by = set(so_y.tolist())
    out: list[tuple[int, int, int]] = []
    for start, end, diag in runs:
        q_end, q_start = end - diag, start - diag
        probes = []
        if end in bx and q_end + k - 1 < len(sy):
            probes.append((end, q_end + k - 1))
        if q_end in by and end + k - 1 < len(sx):
            probes.append((end + k - 1, q_end))
        if start in bx and q_start - k >= 0:
            probes.append((start - 1, q_start - k))
        if q_start in by and start - k >= 0:
            probes.append((start - k, q_start - 1))
        for p, q in probes:
            if 0 <= p < len(sx) and 0 <= q < len(sy) and sx[p] == sy[q]:
                s2, e2 = _extend(sx, sy, p, q)
                out.append((s2, e2, p - q))
    return out


def _extend(sx: np.ndarray, sy: np.ndarray, p: int, q: int) -> tuple[int, int]:
    """The maximal run of equal shingles through x[p] == y[q] (vectorised in chunks)."""
    end_p, end_q = p, q
    step = 64
    while end_p < len(sx) and end_q < len(sy):
        m = min(step, len(sx) - end_p, len(sy) - end_q)
        diff = np.flatnonzero(sx[end_p : end_p + m] != sy[end_q : end_q + m])
        if len(diff):
            end_p += int(diff[0])
            break
        end_p += m
        end_q += m
        step *= 2
    start_p, start_q = p, q
    step = 64
    while start_p > 0 and start_q > 0:
        m = min(step, start_p, start_q)
        diff = np.flatnonzero(sx[start_p - m : start_p] != sy[start_q - m : start_q])
        if len(diff):
            start_p -= m - 1 - int(diff[-1])
            break
        start_p -= m
        start_q -= m
        step *= 2
    return start_p, end_p
