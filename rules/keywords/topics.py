"""Topic vectors: what K002 compares to find pages competing for one query.

Each page gets a compact `Topic` in the workers (`@feature("topic")`: its strongest
weighted terms and two-word phrases, title and H1 weighing most, and the hashes of its
title's head words). The corpus stage weighs them by TF-IDF into one `TopicIndex`, and
`title_candidates` finds the pairs worth comparing, never all pairs.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import itemgetter
from typing import Any

import numpy as np
from contentlint.model import text as textmod
from contentlint.model.codec import stored
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.joins import IN_PROCESS, Joins, PairJoin
from contentlint.model.registry import feature
from contentlint.rules._shared.crossdoc import canon
from contentlint.rules.keywords.terms import block_terms, doc_terms, page_slug, wordlist
from contentlint.signals import similarity as sim

#: Terms and two-word phrases a topic record keeps, the strongest.
TOP_TERMS = 48
#: Title terms shared by more pages than this are the site's vocabulary, not a query.
MAX_TITLE_BUCKET = 60


@stored("topic")
class Topic:
    """Compact topic record, computed in the workers.

    One uint32 array holds the strongest hashed terms (sorted), their weights (float32
    bits) and the hashes of the title's head words (sorted, numbers left out), so the
    corpus stage finds candidates and compares vectors without touching text. The title's
    words (for messages), its numbers and a hash of the normalised title are kept too.
    """

    __slots__ = ("_numbers", "_title", "data", "n", "title_hash")

    def __init__(
        self,
        ids: np.ndarray,
        weights: np.ndarray,
        title: tuple[tuple[str, str], ...],
        numbers: frozenset[str],
        title_hash: int,
    ) -> None:
        stems = sorted({s for s, _ in title if not s.replace(".", "").isdigit()})
        heads = np.unique(np.array([_term_hash(s) for s in stems], np.uint32))
        self.n = len(ids)
        self.data = np.concatenate(
            [ids.astype(np.uint32), weights.astype(np.float32).view(np.uint32), heads]
        )
        self._title = "\x1e".join(f"{a}\x1f{b}" for a, b in title)
        self._numbers = "\x1f".join(sorted(numbers))
        self.title_hash = title_hash

    def __getstate__(self) -> tuple[np.ndarray, int, str, str, int]:
        return (self.data, self.n, self._title, self._numbers, self.title_hash)

    def __setstate__(self, state: tuple[np.ndarray, int, str, str, int]) -> None:
        self.data, self.n, self._title, self._numbers, self.title_hash = state

    @property
    def ids(self) -> np.ndarray:
        """Hashed terms and two-word phrases, sorted (uint32)."""
        return self.data[: self.n]

    @property
    def weights(self) -> np.ndarray:
        return self.data[self.n : 2 * self.n].view(np.float32)

    @property
    def heads(self) -> np.ndarray:
        """Hashes of the title's head words (content words, not numbers), sorted."""
        return self.data[2 * self.n :]

    @property
    def title(self) -> list[tuple[str, str]]:
        """(stem, surface word) of the title's content words, in order."""
        if not self._title:
            return []
        return [tuple(x.split("\x1f", 1)) for x in self._title.split("\x1e")]  # type: ignore[misc]

    @property
    def numbers(self) -> str:
        """Numbers, versions and periods in the title ("2024", "1.2", "March"), sorted and
        joined: pages for different ones target different queries."""
        return self._numbers


#: Words that date a title: "Lang team March update" and "... April update" are a series.
_PERIODS = wordlist(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    spring summer autumn fall winter q1 q2 q3 q4 h1 h2
    """
)
_FIELD_WEIGHTS = {"title": 5.0, "h1": 4.0, "slug": 3.0, "heading": 2.0, "lead": 1.5, "body": 1.0}


@feature("topic", used_by=["K002"])
def topic_feature(doc: Document, options: dict[str, Any]) -> Topic | None:
    """Weighted terms and two-word phrases of the page, strongest first; nothing for a
    page K002 does not compare (it compares `Corpus.judged`: indexable articles)."""
    return build_topic(doc) if doc.judged else None


def build_topic(doc: Document) -> Topic:
    """The topic record of `doc`.

    Field by field, a term's weight is the field's weight times 1 + log(count), summed
    over fields in `_FIELD_WEIGHTS` order. Most terms appear only in the body, where the
    weight is 1 + log(count) and rises with the count: only the body terms with the
    TOP_TERMS highest counts can make the top, so the others are never weighed. (Terms
    are content words, which always hold a letter, so no term is a number.)
    """
    uni: dict[str, list[str]] = {f: [] for f in _FIELD_WEIGHTS}
    bi: dict[str, list[str]] = {f: [] for f in _FIELD_WEIGHTS}
    body_blocks: list[list[str]] = []

    def add(text: str, field: str) -> None:
        add_terms(doc_terms(doc, text)[0], field)

    def add_terms(terms: list[str], field: str) -> None:
        uni[field] += terms
        if len(terms) > 1:
            bi[field] += map(" ".join, pairwise(terms))

    title = doc.title or ""
    add(title, "title")
    for h in doc.h1s:
        if h.text != title:
            add(h.text, "h1")
    slug = page_slug(doc)
    if slug:
        add(slug.replace("-", " ").replace("_", " "), "slug")
    lead = True
    for b, terms in zip(doc.blocks, block_terms(doc), strict=True):
        if terms is None:
            continue
        stems = list(filter(None, terms[1]))
        if b.kind == "heading":
            if b.level > 1:
                add_terms(stems, "heading")
        elif lead:
            add_terms(stems, "lead")
            lead = False
        else:
            body_blocks.append(stems)
    # Body terms and phrases counted apart, phrases as pairs of terms (joined only for
    # the few that are weighed): most of a page's text is body.
    body = Counter(chain.from_iterable(body_blocks))
    phrases = Counter(chain.from_iterable(map(pairwise, body_blocks)))
    # Sublinear counts within a field, then the field's weight: a term in the title
    # outweighs one repeated twenty times in the body.
    weights: dict[str, float] = {}
    log = math.log
    for field, fw in _FIELD_WEIGHTS.items():
        if field == "body":
            break
        bag = Counter(uni[field])
        bag.update(bi[field])
        for t, c in bag.items():
            weights[t] = weights.get(t, 0.0) + fw * (1 + log(c))
    for t in weights:
        # Terms and phrases never collide (a phrase holds a space, a term never does).
        first, _, second = t.partition(" ")
        in_body = phrases.get((first, second)) if second else body.get(t)
        if in_body:
            weights[t] += 1.0 * (1 + log(in_body))
    if len(body) + len(phrases) > TOP_TERMS:
        # Only body terms with the TOP_TERMS highest counts can make the top.
        floor = heapq.nlargest(TOP_TERMS, chain(body.values(), phrases.values()))[-1]
    else:
        floor = 1
    for term, c in body.items():
        if c >= floor and term not in weights:
            weights[term] = 1 + log(c)
    for pair, c in phrases.items():
        if c >= floor:
            phrase = " ".join(pair)
            if phrase not in weights:
                weights[phrase] = 1 + log(c)
    # Heaviest first, then by term: sorted by term, then (stably) by weight.
    top = sorted(sorted(weights.items()), key=itemgetter(1), reverse=True)[:TOP_TERMS]
    ids = np.array([_term_hash(t) for t, _ in top], dtype=np.uint32)
    w = np.array([v for _, v in top], dtype=np.float32)
    order = np.argsort(ids)
    numbers = frozenset(
        t.lower()
        for t in textmod.words(title)
        if any(c.isdigit() for c in t) or t.lower() in _PERIODS
    )
    stems, surfaces = doc_terms(doc, title)
    return Topic(
        ids[order],
        w[order],
        tuple(zip(stems, surfaces, strict=True)),
        numbers,
        sim.stable_hash64(textmod.normalize(title)),
    )


class _TermHashes(dict[str, int]):
    """Term -> the low 32 bits of its stable hash, memoised (common terms recur)."""

    def __missing__(self, term: str) -> int:
        if len(self) > 200_000:
            self.clear()
        h = self[term] = sim.stable_hash64(term) & 0xFFFFFFFF
        return h


_term_hash = _TermHashes().__getitem__


def topic_of(doc: Document) -> Topic:
    t = doc.features.get("topic")
    if not isinstance(t, Topic):
        t = build_topic(doc)
        doc.features["topic"] = t
    return t


@dataclass
class TopicIndex:
    """TF-IDF topic vectors of every judged page, in one CSR-like block of arrays."""

    docs: list[Document]
    topics: list[Topic]
    offsets: np.ndarray  # int64 (n + 1): page i's terms are ids[offsets[i]:offsets[i + 1]]
    ids: np.ndarray  # uint32, sorted within each page
    weights: np.ndarray  # float32, L2-normalised per page
    #: Small integer ids, equal when the pages' values are equal: normalised title,
    #: numbers and periods of the title (0: none), site, canonical target.
    title_ids: np.ndarray
    number_ids: np.ndarray
    site_ids: np.ndarray
    canon_ids: np.ndarray
    #: The title's head-word hashes of every page (`Topic.heads`), page i's at
    #: heads[head_offsets[i]:head_offsets[i + 1]].
    heads: np.ndarray
    head_offsets: np.ndarray

    def cosines(self, x: np.ndarray, y: np.ndarray, chunk: int = 20_000) -> np.ndarray:
        """Cosine similarity of many pairs at once (vectorised, a chunk at a time)."""
        out = np.zeros(len(x), dtype=np.float32)
        for s in range(0, len(x), chunk):
            xs, ys = x[s : s + chunk], y[s : s + chunk]
            px, ix = self._rows(xs)
            py, iy = self._rows(ys)
            kx = (px.astype(np.uint64) << np.uint64(32)) | self.ids[ix]
            ky = (py.astype(np.uint64) << np.uint64(32)) | self.ids[iy]
            _, ia, ib = np.intersect1d(kx, ky, assume_unique=True, return_indices=True)
            prod = self.weights[ix[ia]] * self.weights[iy[ib]]
            out[s : s + chunk] = np.bincount(px[ia], weights=prod, minlength=len(xs))
        return out

    def _rows(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(pair number, index into ids) of every term of every page in `docs`."""
        starts = self.offsets[docs]
        lengths = self.offsets[docs + 1] - starts
        total = int(lengths.sum())
        pair = np.repeat(np.arange(len(docs)), lengths)
        first = np.repeat(np.cumsum(lengths) - lengths, lengths)
        return pair, np.arange(total) - first + np.repeat(starts, lengths)


def topic_index(corpus: Corpus) -> TopicIndex:
    return corpus.shared("kw:topics", lambda: _topic_index(corpus))


def _interned(values: list[str], empty_is_zero: bool = False) -> np.ndarray:
    table: dict[str, int] = {"": 0} if empty_is_zero else {}
    return np.array([table.setdefault(v, len(table)) for v in values], dtype=np.int64)


def _topic_index(corpus: Corpus) -> TopicIndex:
    docs = corpus.judged
    topics = list(map(topic_of, docs))
    n = len(docs)
    # Every record's array (terms, weights, heads) in one, split by position: no
    # per-page slicing in Python.
    data = [t.data for t in topics]
    sizes = np.fromiter((t.n for t in topics), np.int64, n)
    lengths = np.fromiter(map(len, data), np.int64, n)
    merged = np.concatenate(data) if n else np.empty(0, np.uint32)
    del data
    # Which part of its record each entry is (0 terms, 1 weights, 2 heads): steps of +1
    # where a record's weights and heads begin, -2 where the next record begins, summed
    # along (int8 throughout: a few bytes an entry at 100k pages, no int64 positions).
    ends = np.cumsum(lengths)
    starts = ends - lengths
    steps = np.zeros(len(merged) + 1, dtype=np.int8)
    np.add.at(steps, starts + sizes, 1)
    np.add.at(steps, starts + 2 * sizes, 1)
    np.add.at(steps, ends, -2)
    part = np.cumsum(steps[:-1], dtype=np.int8)
    del steps
    ids, raw, heads = merged[part == 0], merged[part == 1].view(np.float32), merged[part == 2]
    del merged, part
    offsets = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    head_offsets = np.r_[0, np.cumsum(lengths - 2 * sizes)].astype(np.int64)
    weights = raw * (np.log((n + 1) / (_document_frequency(ids) + 1)) + 1.0)
    # Per-page sums by page number: unlike reduceat, a page with no terms (an empty
    # article, last or not) sums to 0 instead of borrowing its neighbour's (or failing).
    owner = np.repeat(np.arange(n), sizes)
    norms = np.sqrt(np.bincount(owner, weights=weights**2, minlength=n))
    weights = (weights / np.repeat(np.where(norms > 0, norms, 1.0), sizes)).astype(np.float32)
    canons = []
    sites = []
    for d in docs:
        if d.canonical:
            key = canon(corpus, d).key
            canons.append(key)
        else:  # indexed at its own URL
            key = d.url or ""
            canons.append(f"\x00{d.path}")
        sites.append(key.partition("://")[2].partition("/")[0].lower().removeprefix("www."))
    return TopicIndex(
        docs,
        topics,
        offsets,
        ids,
        weights,
        np.fromiter((t.title_hash for t in topics), np.uint64, n),
        _interned([t.numbers for t in topics], empty_is_zero=True),
        _interned(sites),
        _interned(canons),
        heads,
        head_offsets,
    )


#: Bits of a term hash that pick its bucket in `_document_frequency`'s table.
_DF_BITS = 22


def _document_frequency(ids: np.ndarray) -> np.ndarray:
    """For each entry of `ids` (uint32), how many entries hold the same id (pages, as a
    page lists a term once).

    The distinct ids and their counts come from one sort. Each entry then finds its id
    in a table of the distinct ids' first positions, indexed by the id's top bits: one
    gather instead of a binary search over the whole vocabulary (the binary search was
    most of the time at 100,000 pages); the few entries whose bucket holds several ids
    fall back to the search. (`np.unique(return_inverse=True)` argsorts, slower still.)
    """
    if len(ids) == 0:
        return np.zeros(0, dtype=np.int64)
    ordered = np.sort(ids)
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.r_[starts, len(ordered)])
    distinct = ordered[starts]
    del ordered, first, starts
    shift = np.uint32(32 - _DF_BITS)
    bucket = distinct >> shift
    lead = np.flatnonzero(np.r_[True, bucket[1:] != bucket[:-1]])
    table = np.zeros(1 << _DF_BITS, dtype=np.int32)
    table[bucket[lead]] = lead
    where = table[ids >> shift]
    miss = np.flatnonzero(distinct[where] != ids)
    where[miss] = np.searchsorted(distinct, ids[miss])
    found: np.ndarray = counts[where]
    return found


def title_candidates(index: TopicIndex, joins: Joins = IN_PROCESS) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of pages whose titles share the head terms: at least two title words (one for
    one-word titles) and at least half of the words of each title.

    Every pair of a title's words is a key; two titles sharing s words share s(s-1)/2
    keys, so the overlap is counted with one sort of all keys, never all pairs of pages.
    Keys shared by more than MAX_TITLE_BUCKET titles are the site's vocabulary. The join
    on keys is run by `joins` (the corpus's executor).
    """
    empty = np.empty(0, dtype=np.int64)
    sizes = np.diff(index.head_offsets)
    keys: list[np.ndarray] = []
    docs: list[np.ndarray] = []
    for m in np.unique(sizes).tolist():
        if m == 0:
            continue
        members = np.flatnonzero(sizes == m)
        at = index.head_offsets[members][:, None] + np.arange(m)
        table = index.heads[at].astype(np.uint64)  # (docs, m)
        if m == 1:
            keys.append((table[:, 0] << np.uint64(32)) | np.uint64(0xFFFFFFFF))
            docs.append(members)
            continue
        a, b = np.triu_indices(m, 1)
        keys.append(((table[:, a] << np.uint64(32)) | table[:, b]).ravel())
        docs.append(np.repeat(members, len(a)))
    if not keys:
        return empty, empty
    doc = np.concatenate(docs)
    i, j = joins.pairs(np.concatenate(keys), PairJoin(max_rows=MAX_TITLE_BUCKET))
    if len(i) == 0:
        return empty, empty
    n = len(index.topics)
    x, y = np.minimum(doc[i], doc[j]), np.maximum(doc[i], doc[j])
    codes, shared_keys = np.unique(x * n + y, return_counts=True)
    x, y = codes // n, codes % n
    # s shared words give s(s-1)/2 shared keys (one key for one-word titles).
    shared = np.where(shared_keys == 1, 2, (1 + np.sqrt(1 + 8 * shared_keys)) / 2)
    single = (sizes[x] == 1) | (sizes[y] == 1)
    need = np.maximum(2, np.ceil(0.5 * np.maximum(sizes[x], sizes[y])))
    keep = single | (np.round(shared) >= need)
    return x[keep], y[keep]
