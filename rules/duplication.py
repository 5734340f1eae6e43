"""D: duplicated content across documents.

Exact copies (D001), near-copies (D002), doorway pages (D007), copied passages (D003)
and duplicate titles, descriptions and H1s (D004-D006).

How it scales: every document gets a compact record in the workers (`@feature("dup")`:
block hashes, word-shingle hashes, a MinHash of slot-masked shingles and winnowed
fingerprints, all numpy arrays). The corpus stage learns the site template from block
hashes, finds candidate pairs with banded MinHash (LSH), and verifies each candidate
with the exact shingle Jaccard; it never compares all pairs.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from contentlint.model import text as textmod
from contentlint.model.corpus import Corpus
from contentlint.model.document import PROSE_KINDS, Document, Heading
from contentlint.model.problem import Problem, Related
from contentlint.model.registry import Options, feature, rule
from contentlint.rules._shared.crossdoc import (
    MAX_RELATED,
    canon,
    claims,
    excused,
    group_problems,
    subject_of,
    unaway,
)
from contentlint.signals import similarity as sim
from contentlint.signals.analysis import token_split

SHINGLE_SIZE = 5
NUM_PERM = 128
#: A block repeated in at least this many documents (and this share of the corpus) may be
#: site template.
TEMPLATE_MIN_DOCS = 5
TEMPLATE_MIN_FRACTION = 0.005
#: Repeated text that makes up more than this share of a page's words is its content.
TEMPLATE_MAX_SHARE = 0.5
#: Pages whose slot-masked text is this similar are generated from one text (D007).
DOORWAY_SIMILARITY = 0.85
#: ... and they still share this much literal text (guards against short, generic pages).
DOORWAY_MIN_LITERAL = 0.25
#: Fingerprints found in more documents than this are common phrases, not copies.
PASSAGE_MAX_DOCS = 40
_BLOCK_KINDS = PROSE_KINDS | {"heading"}
_CODE = {"D001", "D002", "D003", "D007"}


# ----- per-document record (computed in the workers) -----------------------------------


class DupRecord:
    """Compact per-document fingerprints, packed into one uint32 array.

    One array instead of nine saves about a third of the record's memory at 100k
    documents (each numpy array costs ~100 bytes of header) and pickles in one piece.
    The fields are views into it:

    * per main-content block (prose and headings, in order): `bh`, hash of its
      normalised text; `bm`, the same with slot words masked (the template learner
      matches boilerplate that differs only by a version, date or name); `bw`, words;
      `bl`, first and last source line; `so`, offset of its first shingle in `sh`;
    * `sh`: word k-shingle hashes in document order. Shingles never cross a block
      boundary, so template blocks can be left out later; a block shorter than k is one
      shingle;
    * `mm`: MinHash of the shingles with slot words (names, numbers) masked: near-copies
      and generated pages both score high, so one LSH finds candidates for D002 and D007;
    * `wp`: winnowed fingerprints, as positions in `sh` (D003).
    """

    __slots__ = ("_slots", "data", "k", "nb", "ns", "nw")

    def __init__(
        self,
        k: int,
        bh: np.ndarray,
        bm: np.ndarray,
        bw: np.ndarray,
        bl: np.ndarray,
        so: np.ndarray,
        sh: np.ndarray,
        mm: np.ndarray,
        wp: np.ndarray,
        slots: tuple[str, ...] = (),
    ) -> None:
        self.k = k
        self.nb, self.ns, self.nw = len(bh), len(sh), len(wp)
        parts = [bh, bm, sh, mm, wp, bw, so, bl.reshape(-1)]
        self.data = np.concatenate([np.ascontiguousarray(x).view(np.uint32) for x in parts])
        self._slots = "\x1f".join(slots)

    def __getstate__(self) -> tuple[int, int, int, int, np.ndarray, str]:
        return (self.k, self.nb, self.ns, self.nw, self.data, self._slots)

    def __setstate__(self, state: tuple[int, int, int, int, np.ndarray, str]) -> None:
        self.k, self.nb, self.ns, self.nw, self.data, self._slots = state

    def _at(self, part: int) -> int:
        nb, ns, nw = self.nb, self.ns, self.nw
        return (0, 2 * nb, 4 * nb, 4 * nb + ns, 4 * nb + ns + NUM_PERM,
                4 * nb + ns + NUM_PERM + nw, 5 * nb + ns + NUM_PERM + nw,
                6 * nb + ns + NUM_PERM + nw + 1)[part]  # fmt: skip

    @property
    def bh(self) -> np.ndarray:
        return self.data[: 2 * self.nb].view(np.uint64)

    @property
    def bm(self) -> np.ndarray:
        return self.data[2 * self.nb : 4 * self.nb].view(np.uint64)

    @property
    def sh(self) -> np.ndarray:
        return self.data[self._at(2) : self._at(3)]

    @property
    def mm(self) -> np.ndarray:
        return self.data[self._at(3) : self._at(4)]

    @property
    def wp(self) -> np.ndarray:
        return self.data[self._at(4) : self._at(5)].view(np.int32)

    @property
    def bw(self) -> np.ndarray:
        return self.data[self._at(5) : self._at(6)]

    @property
    def so(self) -> np.ndarray:
        return self.data[self._at(6) : self._at(7)].view(np.int32)

    @property
    def bl(self) -> np.ndarray:
        return self.data[self._at(7) :].view(np.int32).reshape(-1, 2)

    @property
    def slots(self) -> list[str]:
        """Slot words in order of appearance (for D007 messages)."""
        return self._slots.split("\x1f") if self._slots else []

    @property
    def words(self) -> int:
        return int(self.bw.sum())


def _options(options: dict[str, Any]) -> tuple[int, int]:
    k = int(options.get("D002", {}).get("shingle_size", SHINGLE_SIZE))
    min_words = int(options.get("D003", {}).get("min_words", 50))
    return k, winnow_window(min_words, k)


def winnow_window(min_words: int, k: int) -> int:
    """Window that guarantees a passage of `min_words` shares at least three fingerprints."""
    return max(4, (min_words - k + 1) // 3)


@feature("dup", used_by=sorted(_CODE))
def dup_feature(doc: Document, options: dict[str, Any]) -> DupRecord:
    """Block hashes, shingles, slot-masked MinHash and winnowed fingerprints of the main text."""
    k, w = _options(options)
    return build_record(doc, k, w)


def build_record(doc: Document, k: int = SHINGLE_SIZE, w: int = 15) -> DupRecord:
    """The record of `doc`'s main text (prose and heading blocks with tokens, in order).

    All blocks are tokenised and hashed together (`sim.BlockTokens`,
    `sim.block_shingle_hashes`): per-block Python and numpy calls on small arrays were
    most of the cost.
    """
    blocks = [b for b in doc.blocks if b.kind in _BLOCK_KINDS]
    bt = sim.BlockTokens([token_split(doc, b.text) for b in blocks])
    kept = [blocks[i] for i in bt.kept]
    if not kept:
        empty = np.empty(0, dtype=np.uint32)
        return DupRecord(
            k=k,
            bh=np.empty(0, dtype=np.uint64),
            bm=np.empty(0, dtype=np.uint64),
            bw=empty,
            bl=np.empty((0, 2), dtype=np.int32),
            so=np.zeros(1, dtype=np.int32),
            sh=empty,
            mm=sim.minhash(empty, NUM_PERM),
            wp=sim.winnow(empty, w),
        )
    slots = bt.slots
    slot_at = np.flatnonzero(slots).tolist()
    # Block texts with slot words masked, case-folded (casefold works character by
    # character, so folding the joined tokens is folding each token).
    masked = bt.raw
    slot_words: dict[str, None] = {}
    if slot_at:
        masked = list(bt.raw)
        for i in slot_at:
            if len(slot_words) < 16:
                slot_words.setdefault(bt.raw[i], None)
            masked[i] = "\x00"
        th = np.stack([bt.hashes, bt.hashes])
        th[1, slots] = _SLOT_HASH
        sh_all, msh = sim.block_shingle_hashes(th, bt.counts, k)
    else:
        sh_all = msh = sim.block_shingle_hashes(bt.hashes, bt.counts, k)
    bounds = np.r_[0, np.cumsum(bt.counts)].tolist()
    bh: list[int] = []
    bm: list[int] = []
    for b, s, e in zip(kept, bounds, bounds[1:], strict=False):
        bh.append(sim.stable_hash64(textmod.normalize(b.text)))
        bm.append(sim.stable_hash64(" ".join(masked[s:e]).casefold()))
    per_block = np.maximum(bt.counts - k + 1, 1)
    return DupRecord(
        k=k,
        bh=np.array(bh, dtype=np.uint64),
        bm=np.array(bm, dtype=np.uint64),
        bw=bt.counts.astype(np.uint32),
        bl=np.array([(b.line, b.end_line) for b in kept], dtype=np.int32).reshape(-1, 2),
        so=np.r_[0, np.cumsum(per_block)].astype(np.int32),
        sh=sh_all,
        mm=sim.minhash(msh, NUM_PERM),
        wp=sim.winnow(sh_all, w),
        slots=tuple(slot_words),
    )


#: What a slot word's token hash becomes in the slot-masked shingles.
_SLOT_HASH = np.uint64(sim.stable_hash64("\x00slot"))


def template_holders(docs: list[Document]) -> list[Document]:
    """The documents whose blocks the duplicate rules read in the corpus stage.

    Everything they compare is in the records; only the `--statistics` line on site
    template quotes text, from the documents holding the first occurrence of the most
    repeated template blocks. The template is learned here from the records exactly as
    the analysis will (`_template_mask`), so those few documents keep their blocks and
    the engine drops every other's (`needs_text`). If a record will be rebuilt from its
    document's blocks (missing, or of another shingle size than the analysis uses),
    every document keeps them.
    """
    judged = [d for d in docs if d.readable and d.judged]
    recs = [d.features.get("dup") for d in judged]
    if not all(isinstance(r, DupRecord) and r.k == SHINGLE_SIZE for r in recs):
        return judged
    kept = [(d, r) for d, r in zip(judged, recs, strict=True) if isinstance(r, DupRecord) and r.nb]
    if not kept:
        return []
    mask, bh, _bw, doc_of, starts, _nblocks = _template_mask([r for _, r in kept])
    if not mask.any():
        return []
    return [kept[i][0] for i in dict.fromkeys(i for i, _ in _quoted(bh, mask, doc_of, starts))]


# ----- corpus analysis (shared by D001, D002, D003, D007) -------------------------------


@dataclass
class Analysis:
    """What the duplicate rules share: records, the learned template and candidate pairs."""

    docs: list[Document]
    recs: list[DupRecord]
    k: int
    #: Per document: which of its blocks are site template.
    template: list[np.ndarray]
    #: Per document: words of main text once template is left out.
    words: np.ndarray
    #: Per document: exact-copy group id (-1: no copy).
    exact: np.ndarray
    #: Candidate pairs (i < j) from LSH and their estimated slot-masked similarity.
    pairs: np.ndarray = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))
    masked_sim: np.ndarray = field(default_factory=lambda: np.empty(0))
    #: Members of each exact-copy group (filled on first use).
    groups: dict[int, list[int]] = field(default_factory=dict)
    _unique: dict[int, np.ndarray] = field(default_factory=dict)
    _jaccard: dict[tuple[int, int], float] = field(default_factory=dict)

    def content_shingles(self, i: int) -> np.ndarray:
        """Sorted unique shingles of document i without its template blocks."""
        got = self._unique.get(i)
        if got is None:
            rec = self.recs[i]
            got = np.unique(rec.sh[self.shingle_keep(i)])
            self._unique[i] = got
        return got

    def shingle_keep(self, i: int) -> np.ndarray:
        rec = self.recs[i]
        counts = np.diff(rec.so)
        return np.repeat(~self.template[i], counts)

    def clean(self, i: int) -> np.ndarray:
        """Shingles with template positions replaced by a value particular to document i,
        so runs of equal shingles never extend into template text (not cached: a pass over
        candidate pairs would otherwise keep a copy of every candidate's shingles)."""
        rec = self.recs[i]
        keep = self.shingle_keep(i)
        sh: np.ndarray = rec.sh
        if keep.all():
            return sh
        got: np.ndarray = sh.copy()
        got[~keep] = np.uint32((0x9E3779B1 * (i + 1)) & 0xFFFFFFFF)
        return got

    def jaccard(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        got = self._jaccard.get(key)
        if got is None:
            got = sim.jaccard(self.content_shingles(i), self.content_shingles(j))
            self._jaccard[key] = got
        return got


def record_of(doc: Document, k: int = SHINGLE_SIZE) -> DupRecord:
    """The cached record, or one built now (tests, documents built in memory)."""
    rec = doc.features.get("dup")
    if not isinstance(rec, DupRecord) or rec.k != k:
        rec = build_record(doc, k, winnow_window(50, k))
        doc.features["dup"] = rec
    return rec


def analysis(corpus: Corpus, k: int = SHINGLE_SIZE) -> Analysis:
    return corpus.shared(f"dup:analysis:{k}", lambda: _analyse(corpus, k))


def _analyse(corpus: Corpus, k: int) -> Analysis:
    docs = [d for d in corpus.judged]
    recs = [record_of(d, k) for d in docs]
    keep = [i for i, r in enumerate(recs) if len(r.bh)]
    docs = [docs[i] for i in keep]
    recs = [recs[i] for i in keep]
    n = len(docs)
    template, words, stats = _learn_template(docs, recs)
    corpus.stats.update(stats)
    exact = _exact_groups(recs, template)
    a = Analysis(docs, recs, k, template, words, exact)
    if n >= 2:
        _candidates(a)
    return a


def _learn_template(
    docs: list[Document], recs: list[DupRecord]
) -> tuple[list[np.ndarray], np.ndarray, dict[str, Any]]:
    """Blocks a site repeats around its articles (navigation text, CTAs, legal notes):
    per document, which of its blocks are template; its words without them; and the
    `--statistics` line saying what was left out (see `_template_mask`)."""
    n = len(recs)
    if n == 0:
        return [], np.zeros(0, dtype=np.int64), {}
    mask, bh, bw, doc_of, starts, nblocks = _template_mask(recs)
    template = [mask[s : s + c] for s, c in zip(starts, nblocks, strict=True)]
    words = np.add.reduceat(bw * ~mask, starts) if len(bw) else np.zeros(n, dtype=np.int64)
    stats: dict[str, Any] = {}
    if mask.any():
        distinct = len(np.unique(bh[mask]))
        ndocs = len(np.unique(doc_of[mask]))
        left_out = int((bw * mask).sum())
        sample = _template_sample(docs, _quoted(bh, mask, doc_of, starts))
        stats["template"] = (
            f"{distinct} repeated block{'s' if distinct != 1 else ''} in {ndocs} documents "
            f"({left_out} words) left out before comparing documents{sample}"
        )
    return template, words, stats


def _template_mask(
    recs: list[DupRecord],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Which blocks of the records (all concatenated, in order) are site template.

    A block is template when the same normalised text (slot words such as versions, dates
    and names aside) appears in many documents, mostly at their start or end (before or
    after the unique content), and mostly as a small part of the page. Text that is most
    of many pages' content is what duplicate rules exist to catch, so it is never
    template. Returns the mask, and the blocks' slot-masked hashes, words and
    documents, each document's first block and its number of blocks.
    """
    n = len(recs)
    nblocks = np.array([len(r.bh) for r in recs], dtype=np.int64)
    doc_of = np.repeat(np.arange(n), nblocks)
    bh = np.concatenate([r.bm for r in recs])
    bw = np.concatenate([r.bw for r in recs]).astype(np.int64)
    starts = np.r_[0, np.cumsum(nblocks)[:-1]]
    min_docs = max(TEMPLATE_MIN_DOCS, math.ceil(TEMPLATE_MIN_FRACTION * n))
    # Document frequency of each block hash (a block repeated inside a page counts once).
    order = np.lexsort((doc_of, bh))
    sorted_bh, sorted_doc = bh[order], doc_of[order]
    new_hash = np.r_[True, sorted_bh[1:] != sorted_bh[:-1]]
    first_in_doc = new_hash | np.r_[True, sorted_doc[1:] != sorted_doc[:-1]]
    group = np.cumsum(new_hash) - 1
    df = np.bincount(group, weights=first_in_doc)
    freq = np.empty(len(bh), dtype=bool)
    freq[order] = df[group] >= min_docs
    del order, sorted_bh, sorted_doc, new_hash, first_in_doc, group, df
    mask = np.zeros(len(bh), dtype=bool)
    if freq.any():
        # Unique (non-repeated) blocks before and after each block, within its document.
        unique_block = (~freq).astype(np.int64)
        csum = np.cumsum(unique_block)
        before = csum - unique_block - np.repeat(csum[starts] - unique_block[starts], nblocks)
        total = np.repeat(np.add.reduceat(unique_block, starts), nblocks)
        after = total - before - unique_block
        edge = (before <= 1) | (after <= 1)
        total_words = np.maximum(np.add.reduceat(bw, starts), 1)
        repeated_words = np.add.reduceat(bw * freq, starts)
        dominant = np.repeat(repeated_words / total_words > TEMPLATE_MAX_SHARE, nblocks)
        idx = np.flatnonzero(freq)
        _keys, inverse = np.unique(bh[idx], return_inverse=True)
        occ = np.bincount(inverse)
        edge_occ = np.bincount(inverse, weights=edge[idx])
        dom_occ = np.bincount(inverse, weights=dominant[idx])
        is_template = (edge_occ >= 0.5 * occ) & (dom_occ < 0.5 * occ)
        mask[idx] = is_template[inverse]
    return mask, bh, bw, doc_of, starts, nblocks


def _quoted(
    hashes: np.ndarray, mask: np.ndarray, doc_of: np.ndarray, first: np.ndarray
) -> list[tuple[int, int]]:
    """Where the three most repeated template blocks first occur: (document, block of its
    record)."""
    idx = np.flatnonzero(mask)
    _keys, first_at, counts = np.unique(hashes[idx], return_index=True, return_counts=True)
    out = []
    for k in np.argsort(-counts, kind="stable")[:3].tolist():
        at = int(idx[first_at[k]])
        i = int(doc_of[at])
        out.append((i, at - int(first[i])))
    return out


def _template_sample(docs: list[Document], quoted: list[tuple[int, int]]) -> str:
    """The most repeated template blocks, quoted, so users can see what was left out.

    Only the few documents that hold them are read again (a block of the record is the
    n-th non-empty prose or heading block of the document); they are the only ones
    whose blocks the duplicate rules read (`template_holders`).
    """
    shown = []
    for i, j in quoted:
        texts = [b.text for b in docs[i].blocks if b.kind in _BLOCK_KINDS and sim.tokens(b.text)]
        if j < len(texts):
            shown.append(f'"{_clip(texts[j], 50)}"')
    return ", e.g. " + ", ".join(shown) if shown else ""


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _exact_groups(recs: list[DupRecord], template: list[np.ndarray]) -> np.ndarray:
    """Group id per document whose non-template blocks are identical to another's, else -1.

    Each document's key mixes its content block hashes with their rank, summed (so the
    order counts), computed for all documents at once.
    """
    n = len(recs)
    out = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return out
    nblocks = np.array([r.nb for r in recs], dtype=np.int64)
    bh = np.concatenate([r.bh for r in recs])
    keep = ~np.concatenate(template)
    starts = np.r_[0, np.cumsum(nblocks)[:-1]]
    kept = keep.astype(np.int64)
    csum = np.cumsum(kept)
    rank = csum - np.repeat(csum[starts] - kept[starts], nblocks)  # 1-based among kept
    with np.errstate(over="ignore"):
        mixed = sim.mix64(bh ^ sim.mix64(rank.astype(np.uint64))) * keep.astype(np.uint64)
        key = np.add.reduceat(mixed, starts)
        key = sim.mix64(key ^ np.add.reduceat(kept, starts).astype(np.uint64))
    has_content = np.add.reduceat(kept, starts) > 0
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    dup = has_content & (counts[inverse] > 1)
    _, gid = np.unique(inverse[dup], return_inverse=True)
    out[dup] = gid
    return out


def _candidates(a: Analysis) -> None:
    """Candidate pairs from banded MinHash over one representative per exact-copy group."""
    n = len(a.recs)
    seen: set[int] = set()
    reps = []
    for i in range(n):
        g = int(a.exact[i])
        if g < 0 or g not in seen:
            seen.add(g)
            reps.append(i)
    sigs = np.stack([a.recs[i].mm for i in reps])
    bands, rows = sim.choose_bands(NUM_PERM, min(DOORWAY_SIMILARITY, 0.9) - 0.05)
    local = sim.lsh_pairs(sigs, bands, rows)
    if len(local) == 0:
        return
    rep_arr = np.array(reps, dtype=np.int64)
    pairs = rep_arr[local]
    est = (sigs[local[:, 0]] == sigs[local[:, 1]]).mean(axis=1)
    a.pairs = pairs
    a.masked_sim = est


def _members(a: Analysis, i: int) -> list[int]:
    """Document i and its exact copies."""
    g = int(a.exact[i])
    if g < 0:
        return [i]
    if not a.groups:
        for x, gx in enumerate(a.exact.tolist()):
            if gx >= 0:
                a.groups.setdefault(gx, []).append(x)
    return a.groups[g]


# ----- D001 duplicate-content ----------------------------------------------------------


@rule(
    code="D001",
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
    for (i, j), _est in zip(a.pairs.tolist(), a.masked_sim.tolist(), strict=True):
        if a.words[i] < opts.min_words or a.words[j] < opts.min_words:
            continue
        if i in in_cluster and in_cluster.get(i) == in_cluster.get(j):
            continue
        s = a.jaccard(i, j)
        if s < opts.threshold:
            continue
        for x in _members(a, i):
            for y in _members(a, j):
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
            f"near-duplicate of {top.path} ({_pct(s)} similar)"
            + (f" and of {len(others) - 1} more" if len(others) > 1 else ""),
            subject=subject_of([o.path for o, _ in others]),
            whole_document=True,
        )
        p.related = tuple(
            Related(o.path, o.title_line, f"{_pct(s)} similar") for o, s in others[:MAX_RELATED]
        )
        yield p


def _pct(s: float) -> str:
    """Similarity as a percentage that never rounds up to 100% unless it is."""
    return f"{math.floor(s * 100)}%"


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
        for x in _members(a, i):
            for y in _members(a, j):
                uf.union(x, y)
                linked.update((x, y))
    out = []
    for members in uf.groups(linked):
        if len(members) < min_size:
            continue
        if len(varying_slots(a, members)) == 0:
            continue  # identical pages, not generated ones: D001/D002 report them
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
    Slot words are names and numbers (capitalised words inside a sentence, digits).
    Fails: twelve "Emergency plumber in Leeds/York/Hull..." pages.  Passes: a series of
    release notes that share headings but describe different releases.
    """
    a = analysis(corpus)
    for members in doorway_clusters(corpus, a, int(opts.min_cluster)):
        claims(corpus).add_group(a.docs[i].path for i in members)
        slots = varying_slots(a, members)
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
                    f"{_pct(a.jaccard(i, j))} similar before slots are masked",
                )
                for j in sample
            )
            if len(others) > len(sample):
                p.message += f"; {len(others) - len(sample)} more not listed"
            yield p


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
    Fails: a 70-word "About our method" paragraph pasted into two articles.
    Passes: a one-sentence quote.
    """
    a = analysis(corpus)
    claimed = claims(corpus)
    doorway = {i for members in doorway_clusters(corpus, a) for i in members}
    min_words, min_share = int(opts.min_words), float(opts.min_share)
    by_pair: dict[tuple[int, int], list[Passage]] = {}
    for p in find_passages(a, min_words, min_share):
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
        f"{_pct(min(top[0], 1.0))} of this page's text ({top[4]} words in {top[3]} "
        f"passage{'s' if top[3] != 1 else ''}) "
        f"also appears in {top[1]}"
        + (f", and much of it in {len(entries) - 1} more" if len(entries) > 1 else ""),
        line=first,
        end_line=last,
        subject=subject_of([e[1] for e in entries]) + "#shared",
    )
    p.related = tuple(
        Related(path, fj, f"{_pct(min(share, 1.0))} shared, {n} passage{'s' if n != 1 else ''}")
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


def find_passages(a: Analysis, min_words: int, min_share: float) -> list[Passage]:
    """Shared passages between pairs of documents, found through winnowed fingerprints.

    Fingerprints of non-template text are gathered into flat arrays (32-bit, a chunk of
    documents at a time) and processed in hash partitions, so the memory of the stage
    stays a small multiple of the fingerprints themselves. Pairs of documents sharing at
    least two fingerprints are verified by extending exact runs of shingles.
    """
    n = len(a.recs)
    if n < 2:
        return []
    f_hash, f_doc, f_pos = _fingerprints(a)
    parts = 8 if len(f_hash) > 1_000_000 else 1
    found_key: list[np.ndarray] = []
    found_pa: list[np.ndarray] = []
    found_pb: list[np.ndarray] = []
    for part in range(parts):
        sel = np.flatnonzero((f_hash & (parts - 1)) == part) if parts > 1 else None
        h = f_hash[sel] if sel is not None else f_hash
        d = f_doc[sel] if sel is not None else f_doc
        q = f_pos[sel] if sel is not None else f_pos
        order = np.argsort((h.astype(np.uint64) << np.uint64(32)) | d.astype(np.uint64))
        h, d, q = h[order], d[order], q[order]
        del order
        # Drop fingerprints of common phrases (in many documents).
        new_hash = np.r_[True, h[1:] != h[:-1]]
        first_in_doc = new_hash | np.r_[True, d[1:] != d[:-1]]
        group = np.cumsum(new_hash) - 1
        df = np.bincount(group, weights=first_in_doc)
        ok = (df[group] >= 2) & (df[group] <= PASSAGE_MAX_DOCS)
        h, d, q = h[ok], d[ok], q[ok]
        del new_hash, first_in_doc, group, df, ok
        i, j = sim.self_join(h, PASSAGE_MAX_DOCS * 4)
        da, db = d[i], d[j]
        cross = da != db
        da, db, pa, pb = da[cross], db[cross], q[i][cross], q[j][cross]
        swap = da > db
        found_key.append(np.where(swap, db, da).astype(np.int64) * n + np.where(swap, da, db))
        found_pa.append(np.where(swap, pb, pa))
        found_pb.append(np.where(swap, pa, pb))
    key = np.concatenate(found_key)
    pa, pb = np.concatenate(found_pa), np.concatenate(found_pb)
    if len(key) == 0:
        return []
    order = np.argsort(key, kind="stable")
    key, pa, pb = key[order], pa[order], pb[order]
    bounds = np.flatnonzero(np.r_[True, key[1:] != key[:-1], True])
    out: list[Passage] = []
    k = a.k
    for s, e in itertools.pairwise(bounds.tolist()):
        if e - s < 2:
            continue
        x, y = divmod(int(key[s]), n)
        out.extend(_pair_passages(a, x, y, pa[s:e], pb[s:e], k, min_words, min_share))
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
        pos = np.concatenate([r.wp for r in recs])
        nb = np.array([r.nb for r in recs], dtype=np.int64)
        nsh = np.array([r.ns for r in recs], dtype=np.int64)
        sh_base = np.r_[0, np.cumsum(nsh)[:-1]]
        block_start = np.concatenate([r.so[:-1] for r in recs]).astype(np.int64)
        block_start += np.repeat(sh_base, nb)
        tmask = np.concatenate(a.template[start : start + 8192])
        block = np.searchsorted(block_start, sh_base[doc - start] + pos, side="right") - 1
        keep = ~tmask[block]
        m = int(keep.sum())
        f_hash[filled : filled + m] = np.concatenate([r.sh[r.wp] for r in recs])[keep]
        f_doc[filled : filled + m] = doc[keep]
        f_pos[filled : filled + m] = pos[keep]
        filled += m
    return f_hash[:filled], f_doc[:filled], f_pos[:filled]


def _pair_passages(
    a: Analysis,
    x: int,
    y: int,
    pa: np.ndarray,
    pb: np.ndarray,
    k: int,
    min_words: int,
    min_share: float,
) -> list[Passage]:
    """Exact runs around shared fingerprints, merged into near-verbatim passages."""
    sx, sy = a.clean(x), a.clean(y)
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
    runs += _bridges(a, x, y, sx, sy, runs, k)
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
    wx, wy = int(a.words[x]), int(a.words[y])
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
    a: Analysis,
    x: int,
    y: int,
    sx: np.ndarray,
    sy: np.ndarray,
    runs: list[tuple[int, int, int]],
    k: int,
) -> list[tuple[int, int, int]]:
    """Runs that continue a run across a paragraph break in one document only.

    Shingles never cross blocks: where a passage spans two paragraphs in x but one in
    y, y has k - 1 shingles that x lacks, and the copy goes on k - 1 shingles later.
    Short continuations hold no fingerprint, so they are probed here.
    """
    bx, by = set(a.recs[x].so.tolist()), set(a.recs[y].so.tolist())
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


# ----- D004-D006 duplicate title, description, H1 ----------------------------------------


def _norm(value: str | None) -> str | None:
    if not value:
        return None
    key = textmod.normalize(value)
    return key or None


def _page_h1(doc: Document) -> Heading | None:
    """The page's own H1: in the main content when there is one (a site logo wrapped in an
    H1 is not the page's heading), never the front-matter title the theme renders (D004
    reports duplicate titles)."""
    own = [
        h
        for h in doc.headings
        if h.level == 1 and not (doc.title_is_h1 and h.text == doc.title and not h.in_main)
    ]
    return next((h for h in own if h.in_main), own[0] if own else None)


def _page_h1_text(doc: Document) -> str | None:
    h = _page_h1(doc)
    return h.text if h else None


def _page_h1_line(doc: Document) -> int:
    h = _page_h1(doc)
    return h.line if h else doc.title_line


@rule(code="D004", name="duplicate-title", severity="warning", scope="corpus", needs_text=False)
def duplicate_title(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same title.

    Why: the title is the headline of the search result; two results with one headline
    compete for the same query and readers cannot tell them apart.
    How to fix: make each title say what is specific to its page (the date of the
    meeting, the version, the audience).
    Titles are compared after case, whitespace and punctuation are folded.
    Fails: two posts titled "Weekly meeting notes".  Passes: "Meeting notes, 3 May 2024".
    """
    yield from group_problems(
        corpus,
        "D004",
        corpus.judged,
        lambda d: _norm(d.title),
        lambda d, others, _k: (
            f'title "{d.title}" is also used by {others[0].path}'
            + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
    )


@rule(
    code="D005", name="duplicate-description", severity="warning", scope="corpus", needs_text=False
)
def duplicate_description(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same meta description.

    Why: the description is the snippet under the search result; a copied one says
    nothing about what this page offers, and search engines replace it.
    How to fix: write a description for each page (one or two sentences on what a
    reader gets from it).
    Fails: every post using the site's tagline as `description`.
    Passes: a description written for the post.
    """
    yield from group_problems(
        corpus,
        "D005",
        corpus.judged,
        lambda d: _norm(d.description),
        lambda d, others, _k: (
            f'description "{_clip(d.description or "", 60)}" is also used by '
            f"{others[0].path}" + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
        line=lambda d: d.description_line,
    )


@rule(code="D006", name="duplicate-h1", severity="warning", scope="corpus", needs_text=False)
def duplicate_h1(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same H1 heading.

    Why: the H1 tells readers and search engines what the page is about; two pages with
    one H1 look like one topic split in two.
    How to fix: make the H1 specific to the page. (When the theme renders the title as
    the H1, D004 reports duplicates instead.)
    Fails: two pages whose `# Heading` is "Getting started".  Passes: "Getting started
    with the CLI" and "Getting started with the API".
    """
    yield from group_problems(
        corpus,
        "D006",
        corpus.judged,
        lambda d: _norm(_page_h1_text(d)),
        lambda d, others, _k: (
            f'H1 "{_page_h1_text(d)}" is also used by {others[0].path}'
            + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
        line=_page_h1_line,
    )
