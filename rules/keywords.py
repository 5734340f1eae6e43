"""K: keyword targeting: pages that chase the same query, and pages that overdo it.

Topic vectors are computed per document in the workers (`@feature("topic")`: the
strongest weighted terms and phrases, title and H1 weighing most) and combined with
corpus-wide TF-IDF in the corpus stage. Candidates for cannibalization are pages whose
titles share two head terms; only those pairs are compared, never all pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, combinations, compress, pairwise
from operator import itemgetter
from typing import Any

import numpy as np
from contentlint.model import text as textmod
from contentlint.model.corpus import Corpus
from contentlint.model.document import PROSE_KINDS, Document
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, feature, rule
from contentlint.rules._shared.crossdoc import (
    MAX_RELATED,
    canon,
    claims,
    excused,
    group_problems,
    link_graph,
    subject_of,
)
from contentlint.signals import analysis
from contentlint.signals import similarity as sim

KEYWORD_KEYS = ["keyword", "keywords", "focus_keyword", "focus_keyphrase", "target_keyword"]
TOP_TERMS = 48
#: Title terms shared by more pages than this are the site's vocabulary, not a query.
MAX_TITLE_BUCKET = 60


def _wordlist(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS_EN = _wordlist(
    """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he her here hers herself him himself his how i if in into is isn't
    it it's its itself just let's me more most mustn't my myself no nor not now of off on
    once only or other ought our ours ourselves out over own same shan't she should
    shouldn't so some such than that that's the their theirs them themselves then there
    there's these they this those through to too under until up very was wasn't we were
    weren't what what's when where which while who whom why will with won't would wouldn't
    you your yours yourself yourselves also may might must shall us via vs etc e.g i.e get
    got new use using used make makes made way ways like many much well even still back
    see s t ll ve re d m
    """
)


def stopwords(lang: str) -> frozenset[str]:
    base = textmod.base_language(lang)
    if base == "en":
        return STOPWORDS_EN
    found: frozenset[str] = textmod._STOPWORDS.get(base, frozenset())
    return found


def stem(word: str, lang: str = "en") -> str:
    """Light English stemming: plural, -ing, -ed and a final e folded ("caching" = "cache")."""
    w = word.lower().replace("’", "'")
    if lang != "en" or len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # running -> run
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


class _Terms(dict[str, str]):
    """Token -> its stem, or "" for a word that is not a content word (a stop word, a
    single character, no letter), for one language.

    A site's vocabulary is small: each distinct token is judged and stemmed once per
    process, and a text's tokens are looked up with one C-level `map`. (A content
    word's stem is never empty: it keeps at least three letters, or the word as it is.)
    """

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base
        self.stop = stopwords(base)

    def __missing__(self, tok: str) -> str:
        if len(self) > 200_000:
            self.clear()
        low = tok.lower()
        if low in self.stop or len(low) < 2 or not any(c.isalpha() for c in low):
            found = ""
        else:
            found = stem(low, self.base)
        self[tok] = found
        return found


_TERMS: dict[str, _Terms] = {}


def _table(base: str) -> _Terms:
    table = _TERMS.get(base)
    if table is None:
        table = _TERMS[base] = _Terms(base)
    return table


def _terms_of(toks: list[str], base: str) -> tuple[list[str], list[str]]:
    """(stems, surface words) of the content words among `toks`, in order."""
    stems = list(map(_table(base).__getitem__, toks))
    if "" not in stems:
        return stems, toks
    return list(filter(None, stems)), list(compress(toks, stems))


def doc_terms(doc: Document, text: str) -> tuple[list[str], list[str]]:
    """`content_terms` of a short text of `doc` (title, heading, keyword) as (stems,
    surface words), memoised per document (do not modify the lists)."""
    memo = doc.memo.get("kw_terms")
    if memo is None:
        memo = doc.memo["kw_terms"] = {}
    found: tuple[list[str], list[str]] | None = memo.get(text)
    if found is None:
        base = textmod.base_language(doc.lang)
        found = memo[text] = _terms_of(analysis.words(doc, text), base)
    return found


def block_terms(doc: Document) -> list[tuple[list[str], list[str]] | None]:
    """Per block of `doc.blocks`, for prose and heading blocks: (words, the stem of each
    word or "" where it is not a content word); None for other blocks.

    Computed once per document for K004 and the topic feature, a block at a time in a
    tight loop: the words come from the shared tokenisation (`analysis.words`), the
    stems from the process-wide memo, each with one C-level call.
    """
    found: list[tuple[list[str], list[str]] | None] | None = doc.memo.get("kw_blocks")
    if found is not None:
        return found
    get = _table(textmod.base_language(doc.lang)).__getitem__
    words = analysis.words
    out: list[tuple[list[str], list[str]] | None] = []
    for b in doc.blocks:
        if b.kind == "heading" or b.kind in PROSE_KINDS:
            toks = words(doc, b.text)
            out.append((toks, list(map(get, toks))))
        else:
            out.append(None)
    doc.memo["kw_blocks"] = out
    return out


def content_terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(stem, surface) for every content word of `text`, in order."""
    stems, surfaces = _terms_of(textmod.words(text), textmod.base_language(lang))
    return list(zip(stems, surfaces, strict=True))


def normalize_keyword(phrase: str, lang: str = "en") -> str:
    """Case, plural and word order folded: "CI tools" == "tool ci"."""
    base = textmod.base_language(lang)
    stems = [stem(w.lower(), base) for w in textmod.words(phrase)]
    return " ".join(sorted(stems))


def declared_keywords(doc: Document, keys: Iterable[str]) -> list[str]:
    """Target keywords from front matter; of a list, the first entry is the target."""
    out = []
    for key in keys:
        value = doc.front_matter.get(key)
        if isinstance(value, dict):  # seo: {focus_keyword: ...}
            continue
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and "," in value and key == "keywords":
            value = value.split(",")[0]
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    seo = doc.front_matter.get("seo")
    if isinstance(seo, dict):
        for key in keys:
            value = seo.get(key)
            if isinstance(value, str) and value.strip():
                out.append(value.strip())
    return out


# ----- K001 shared-target-keyword ---------------------------------------------------------


@rule(
    code="K001",
    name="shared-target-keyword",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"keys": KEYWORD_KEYS},
)
def shared_target_keyword(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page declares the same target keyword.

    Why: two pages optimised for one query compete with each other; search engines pick
    one (often the weaker) and the other barely ranks. Yoast calls this a "previously
    used keyphrase"; this rule checks the whole repository.
    How to fix: give each page its own keyword (a more specific variant, a different
    intent), or merge the pages.
    Options: `keys`: front-matter keys that hold the target keyword (`keyword`,
    `keywords`, `focus_keyword`, `focus_keyphrase`, `target_keyword`; also under
    `seo:`). Of a list, the first entry is the target. Keywords are compared without
    case, plural endings or word order.
    Fails: two posts with `focus_keyword: ci tools` and `keyword: CI tool`.
    Passes: `ci tools for monorepos` and `ci tools for startups`.
    """
    keys = list(opts["keys"])

    def key(d: Document) -> str | None:
        found = declared_keywords(d, keys)
        return normalize_keyword(found[0], d.lang) if found else None

    def message(d: Document, others: list[Document], _k: str) -> str:
        kw = declared_keywords(d, keys)[0]
        tail = f" and {len(others) - 1} more" if len(others) > 1 else ""
        return f'target keyword "{kw}" is also the target of {others[0].path}{tail}'

    yield from group_problems(corpus, "K001", corpus.judged, key, message)


# ----- K002 keyword-cannibalization ---------------------------------------------------------


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
_PERIODS = _wordlist(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    spring summer autumn fall winter q1 q2 q3 q4 h1 h2
    """
)
_FIELD_WEIGHTS = {"title": 5.0, "h1": 4.0, "slug": 3.0, "heading": 2.0, "lead": 1.5, "body": 1.0}


@feature("topic", used_by=["K002"])
def topic_feature(doc: Document, options: dict[str, Any]) -> Topic:
    """Weighted terms and two-word phrases of the page, strongest first."""
    return build_topic(doc)


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
    slug = _slug(doc)
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
        else:
            add_terms(stems, "lead" if lead else "body")
            lead = False
    # Terms and phrases never collide (a phrase holds a space, a term never does).
    body = Counter(uni["body"])
    body.update(bi["body"])
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
        in_body = body.get(t)
        if in_body:
            weights[t] += 1.0 * (1 + log(in_body))
    if body:
        body_terms, counts = list(body), list(body.values())
        at: Iterable[int] = range(len(counts))
        if len(counts) > TOP_TERMS:
            floor = sorted(counts, reverse=True)[TOP_TERMS - 1]
            at = np.flatnonzero(np.array(counts) >= floor).tolist()
        for i in at:
            term = body_terms[i]
            if term not in weights:
                weights[term] = 1 + log(counts[i])
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


def _slug(doc: Document) -> str:
    """The last path segment of the page URL (or the file name), without extension."""
    source = doc.url or doc.path
    path = source.split("://", 1)[-1]
    segs = [s for s in path.split("/")[1 if "://" in source else 0 :] if s]
    if not segs:
        return ""
    last = segs[-1]
    if last.lower() in ("index.html", "index.htm", "index.md", "_index.md") and len(segs) > 1:
        last = segs[-2]
    return re.sub(r"\.(html?|mdx?|markdown)$", "", last, flags=re.IGNORECASE)


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
    topics = [topic_of(d) for d in docs]
    n = len(docs)
    sizes = np.array([t.n for t in topics], dtype=np.int64)
    offsets = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    ids = np.concatenate([t.ids for t in topics]) if n else np.empty(0, np.uint32)
    raw = np.concatenate([t.weights for t in topics]) if n else np.empty(0, np.float32)
    weights = raw * (np.log((n + 1) / (_document_frequency(ids) + 1)) + 1.0)
    norms = np.sqrt(np.add.reduceat(weights**2, offsets[:-1])) if n else np.empty(0)
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
        np.array([t.title_hash for t in topics], dtype=np.uint64),
        _interned([t.numbers for t in topics], empty_is_zero=True),
        _interned(sites),
        _interned(canons),
    )


def _document_frequency(ids: np.ndarray) -> np.ndarray:
    """For each entry of `ids`, how many entries hold the same id (pages, as a page lists
    a term once). A sort and a binary search: `np.unique(return_inverse=True)` argsorts,
    several times slower on the 10 million terms of 100,000 pages."""
    if len(ids) == 0:
        return np.zeros(0, dtype=np.int64)
    ordered = np.sort(ids)
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.r_[starts, len(ordered)])
    found: np.ndarray = counts[np.searchsorted(ordered[starts], ids)]
    return found


def title_candidates(index: TopicIndex) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of pages whose titles share the head terms: at least two title words (one for
    one-word titles) and at least half of the words of each title.

    Every pair of a title's words is a key; two titles sharing s words share s(s-1)/2
    keys, so the overlap is counted with one sort of all keys, never all pairs of pages.
    Keys shared by more than MAX_TITLE_BUCKET titles are the site's vocabulary.
    """
    empty = np.empty(0, dtype=np.int64)
    heads = [t.heads for t in index.topics]
    sizes = np.array([len(h) for h in heads], dtype=np.int64)
    keys: list[np.ndarray] = []
    docs: list[np.ndarray] = []
    for m in np.unique(sizes).tolist():
        if m == 0:
            continue
        members = np.flatnonzero(sizes == m)
        table = np.stack([heads[i] for i in members]).astype(np.uint64)  # (docs, m)
        if m == 1:
            keys.append((table[:, 0] << np.uint64(32)) | np.uint64(0xFFFFFFFF))
            docs.append(members)
            continue
        a, b = np.triu_indices(m, 1)
        keys.append(((table[:, a] << np.uint64(32)) | table[:, b]).ravel())
        docs.append(np.repeat(members, len(a)))
    if not keys:
        return empty, empty
    key = np.concatenate(keys)
    doc = np.concatenate(docs)
    order = np.argsort(key, kind="stable")
    key, doc = key[order], doc[order]
    new = np.r_[True, key[1:] != key[:-1]]
    group = np.cumsum(new) - 1
    counts = np.bincount(group)
    ok = (counts[group] >= 2) & (counts[group] <= MAX_TITLE_BUCKET)
    key, doc = key[ok], doc[ok]
    i, j = sim.self_join(key)
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
    x, y = title_candidates(index)
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


# ----- K003 slug-overlap ----------------------------------------------------------------------


@rule(code="K003", name="slug-overlap", severity="warning", scope="corpus", needs_text=False)
def slug_overlap(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page's URL slug is made of the same words in another order.

    Why: `best-ci-tools` and `ci-tools-best` (or `ci-tool-best`) are the fingerprint of
    pages written for one keyword; they split the query between two URLs.
    How to fix: merge the pages, or give each a slug for its own topic.
    Slugs (the last URL segment, or the file name) are compared as sets of content words
    with plural endings folded; only a different order is reported: the same slug in
    different folders (a yearly series), or with a plural, is not.
    Fails: `/blog/best-ci-tools/` and `/guides/ci-tools-best/`.
    Passes: `/blog/ci-tools/` and `/blog/ci-caching/`.
    """

    slugs: dict[str, str] = {}
    orders: dict[str, tuple[str, ...]] = {}
    groups: dict[str, list[Document]] = {}
    for d in corpus.judged:
        slug = _slug(d).lower()
        words = [stem(w) for w in re.split(r"[-_\s]+", slug) if w and w not in STOPWORDS_EN]
        if len(words) >= 2:
            slugs[d.path] = slug
            orders[d.path] = tuple(words)
            groups.setdefault(" ".join(sorted(words)), []).append(d)
    for members in groups.values():
        if len({orders[d.path] for d in members}) < 2:
            continue  # one slug (give or take a plural) in several folders: a series
        for d in members:
            if not corpus.is_reported(d) or canon(corpus, d).away:
                continue
            mine = slugs[d.path]
            others = [
                o for o in members if orders[o.path] != orders[d.path] and not excused(corpus, d, o)
            ]
            if not others:
                continue
            variants = sorted({slugs[o.path] for o in others})
            where = others[0].path if len(others) == 1 else f"{len(others)} pages"
            p = d.problem(
                "K003",
                f'slug "{mine}" has the same words as '
                + ", ".join(f'"{v}"' for v in variants[:3])
                + f" ({where})",
                subject=subject_of([o.path for o in others]),
                whole_document=True,
            )
            p.related = tuple(
                Related(o.path, o.title_line, slugs[o.path]) for o in others[:MAX_RELATED]
            )
            yield p


# ----- K004 keyword-stuffing -------------------------------------------------------------------


@rule(
    code="K004",
    name="keyword-stuffing",
    severity="warning",
    options={"max_density": 0.03, "max_heading_share": 0.5, "min_words": 300, "keys": KEYWORD_KEYS},
    option_schema={
        "max_density": {"minimum": 0.005, "maximum": 0.5},
        "max_heading_share": {"minimum": 0.1, "maximum": 1.0},
        "min_words": {"minimum": 1},
    },
)
def keyword_stuffing(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page repeats its keyword far more often than natural writing does.

    Why: keyword stuffing reads badly and is a spam signal; search engines demote pages
    that repeat a phrase instead of covering the topic.
    How to fix: use the keyword where it helps the reader (title, intro, one or two
    headings) and write the rest naturally, with synonyms and related terms.
    Options: `max_density` (0.03): occurrences per word of main text; `max_heading_share`
    (0.5): share of subheadings that may contain the keyword (checked with 4 or more
    subheadings); `min_words` (300): shorter pages are not judged (a short note naming
    its subject a few times is not stuffing); `keys`: front-matter
    keys holding the target keyword. Without a declared keyword, the title's most used
    two- or three-word phrase is checked, unless it is a name (capitalised in the text:
    an article about "Star Trek" names its subject often).
    Fails: "best running shoes" 14 times in 300 words.  Passes: 4 times in 1,200 words.
    """
    total = doc.word_count
    if total < opts.min_words:
        return
    prose = [
        terms
        for b, terms in zip(doc.blocks, block_terms(doc), strict=True)
        if b.kind in PROSE_KINDS
    ]
    mapped = list(chain.from_iterable(terms[1] for terms in prose if terms is not None))
    body = list(filter(None, mapped))
    if not body:
        return
    declared = declared_keywords(doc, opts["keys"])
    candidates: list[tuple[str, list[str]]] = []
    if declared:
        candidates = [(declared[0], doc_terms(doc, declared[0])[0])]
    else:
        stems, words = doc_terms(doc, doc.title or "")
        for n in (3, 2):
            for k in range(len(stems) - n + 1):
                candidates.append((" ".join(words[k : k + n]).lower(), stems[k : k + n]))
    text = _Joined(body)
    best: tuple[int, str, list[str]] | None = None
    for phrase, stems in candidates:
        if not stems:
            continue
        count = text.occurrences(stems)
        if best is None or count > best[0]:
            best = (count, phrase, stems)
    if best is None:
        return
    count, phrase, stems = best
    if not declared:
        # Surface words of the body, aligned with its stems.
        surfaces = list(compress(chain.from_iterable(t[0] for t in prose if t is not None), mapped))
        if _is_name(text, surfaces, stems):
            return  # an article about "Star Trek" names it often: its subject, not stuffing
    density = count / total
    if density > opts.max_density and count >= 5:
        yield doc.problem(
            "K004",
            f'"{phrase}" appears {count} times in {total} words ({density:.1%}; '
            f"natural use stays under {opts.max_density:.0%})",
            subject=f"keyword-stuffing:{phrase}",
            whole_document=True,
        )
    heads = [
        (b, terms)
        for b, terms in zip(doc.blocks, block_terms(doc), strict=True)
        if b.kind == "heading" and b.level >= 2
    ]
    if len(heads) >= 4:
        hits = sum(
            1
            for _, terms in heads
            if terms is not None and _Joined(list(filter(None, terms[1]))).occurrences(stems)
        )
        if hits > opts.max_heading_share * len(heads):
            yield doc.problem(
                "K004",
                f'"{phrase}" is in {hits} of {len(heads)} subheadings; use headings to say '
                "what each section covers",
                line=heads[0][0].line,
                subject=f"keyword-stuffing-headings:{phrase}",
            )


class _Joined:
    """A sequence of stems as one string, " a b c ", searched with `str.find`.

    Stems hold no spaces, so " x y " is found exactly where the stems x, y follow each
    other: phrase searches run in C instead of comparing list slices at every position.
    """

    __slots__ = ("text",)

    def __init__(self, seq: list[str]) -> None:
        self.text = " " + " ".join(seq) + " "

    def starts(self, phrase: list[str]) -> list[int]:
        """Every index where `phrase` starts in the sequence (overlapping ones too)."""
        needle = " " + " ".join(phrase) + " "
        text = self.text
        out: list[int] = []
        at = text.find(needle)
        index = seen = 0
        while at >= 0:
            index += text.count(" ", seen, at)  # spaces before `at`: the stem index
            seen = at
            out.append(index)
            at = text.find(needle, at + 1)
        return out

    def occurrences(self, phrase: list[str]) -> int:
        """Occurrences of `phrase`, not overlapping, counted from the start."""
        if not phrase:
            return 0
        needle = " " + " ".join(phrase) + " "
        text = self.text
        count = 0
        at = text.find(needle)
        while at >= 0:
            count += 1
            # The match's last space starts the stem after it.
            at = text.find(needle, at + len(needle) - 1)
        return count


def _is_name(text: _Joined, surfaces: list[str], phrase: list[str]) -> bool:
    """The inferred phrase is a proper name: capitalised in most of its occurrences."""
    n = len(phrase)
    hits = text.starts(phrase)
    if not hits:
        return False
    capital = sum(1 for i in hits if all(w[:1].isupper() for w in surfaces[i : i + n]))
    return capital >= 0.8 * len(hits)
