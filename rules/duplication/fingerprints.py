"""Fingerprints of each document's main text, and what the corpus stage learns from them.

D001, D002, D003 and D007 compare the same records, so they are built and analysed once,
here: the per-document record (`DupRecord`, `@feature("dup")`, computed in the workers),
the site template learned from block hashes (left out before any comparison), exact-copy
groups, and candidate pairs from banded MinHash, all in one `Analysis` per corpus
(`analysis(corpus)`). `template_holders` names the few documents whose text those rules
still read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from contentlint.model import text as textmod
from contentlint.model.codec import stored
from contentlint.model.corpus import Corpus
from contentlint.model.document import PROSE_KINDS, Block, Document
from contentlint.model.joins import IN_PROCESS, Joins
from contentlint.model.registry import feature
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
_BLOCK_KINDS = PROSE_KINDS | {"heading"}
#: Page kinds the copy, near-copy, passage and doorway rules compare.
COMPARED_KINDS = frozenset({"article", "landing"})
#: Page kinds whose records need block hashes only: release notes, for the release
#: template rule (`templates.TEMPLATE_KINDS`).
BLOCKS_ONLY_KINDS = frozenset({"release-note"})
_CODE = {"D001", "D002", "D003", "D007"}


# ----- per-document record (computed in the workers) -----------------------------------


@stored("dup")
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
def dup_feature(doc: Document, options: dict[str, Any]) -> DupRecord | None:
    """Block hashes, shingles, slot-masked MinHash and winnowed fingerprints of the main
    text, for the pages the corpus stage compares (`compared`); block hashes only for
    release notes (`BLOCKS_ONLY_KINDS`); nothing for the other pages, which no rule reads
    a record of (a third of the Rust blog's pages need no shingles)."""
    if doc.draft or doc.noindex:
        return None
    if doc.kind in COMPARED_KINDS:
        k, w = _options(options)
        return build_record(doc, k, w)
    if doc.kind in BLOCKS_ONLY_KINDS:
        return build_record(doc, BLOCKS_ONLY)
    return None


#: `DupRecord.k` of a record with block hashes only (no shingles, MinHash or fingerprints).
BLOCKS_ONLY = 0


def build_record(doc: Document, k: int = SHINGLE_SIZE, w: int = 15) -> DupRecord:
    """The record of `doc`'s main text (prose and heading blocks with tokens, in order);
    with k = `BLOCKS_ONLY`, only its block fields (`bh`, `bm`, `bw`, `bl`).

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
    if k == BLOCKS_ONLY:
        return _blocks_only(kept, bt)
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
    per_block = np.maximum(bt.counts - k + 1, 1)
    so = np.zeros(len(kept) + 1, dtype=np.int32)
    np.cumsum(per_block, out=so[1:])
    return DupRecord(
        k=k,
        bh=_block_hashes(kept),
        bm=_masked_block_hashes(masked, bt.counts),
        bw=bt.counts.astype(np.uint32),
        bl=_block_lines(kept),
        so=so,
        sh=sh_all,
        mm=sim.minhash(msh, NUM_PERM),
        wp=sim.winnow(sh_all, w),
        slots=tuple(slot_words),
    )


def _block_hashes(kept: list[Block]) -> np.ndarray:
    """Hash of each block's normalised text (`bh`)."""
    normalize = textmod.normalize
    return sim.stable_hashes64(normalize(b.text) for b in kept)


def _masked_block_hashes(masked: list[str], counts: np.ndarray) -> np.ndarray:
    """Hash of each block's tokens, slot words masked, case-folded (`bm`)."""
    ends = np.cumsum(counts).tolist()
    join = " ".join
    return sim.stable_hashes64(
        join(masked[s:e]).casefold() for s, e in zip([0, *ends], ends, strict=False)
    )


def _block_lines(kept: list[Block]) -> np.ndarray:
    """First and last source line of each block (`bl`)."""
    lines = [x for b in kept for x in (b.line, b.end_line)]
    return np.array(lines, dtype=np.int32).reshape(-1, 2)


def _blocks_only(kept: list[Block], bt: sim.BlockTokens) -> DupRecord:
    """The block fields of `build_record` (slot words masked in `bm` as there), with
    no shingles, an empty set's MinHash and no fingerprints."""
    masked = list(bt.raw)
    for i in np.flatnonzero(bt.slots).tolist():
        masked[i] = "\x00"
    empty = np.empty(0, dtype=np.uint32)
    return DupRecord(
        k=BLOCKS_ONLY,
        bh=_block_hashes(kept),
        bm=_masked_block_hashes(masked, bt.counts),
        bw=bt.counts.astype(np.uint32),
        bl=_block_lines(kept),
        so=np.zeros(len(kept) + 1, dtype=np.int32),
        sh=empty,
        mm=sim.minhash(empty, NUM_PERM),
        wp=np.empty(0, dtype=np.int32),
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
    #: Who runs the key joins (the corpus's executor).
    joins: Joins = IN_PROCESS
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

    def known_jaccard(self, i: int, j: int) -> float | None:
        """`jaccard(i, j)` if it was already measured, else None (nothing is read)."""
        return self._jaccard.get((i, j) if i < j else (j, i))

    def jaccard(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        got = self._jaccard.get(key)
        if got is None:
            got = sim.jaccard(self.content_shingles(i), self.content_shingles(j))
            self._jaccard[key] = got
        return got


def record_of(doc: Document, k: int = SHINGLE_SIZE) -> DupRecord:
    """The cached record, or one built now (tests, documents built in memory).

    A page that is not compared (a release note, whose template rule reads block
    hashes only) may hold a record with block fields only (`BLOCKS_ONLY`).
    """
    rec = doc.features.get("dup")
    if isinstance(rec, DupRecord) and (rec.k == k or (rec.k == BLOCKS_ONLY and not compared(doc))):
        return rec
    rec = build_record(doc, k, winnow_window(50, k))
    doc.features["dup"] = rec
    return rec


def compared(doc: Document) -> bool:
    """Whether the copy, near-copy, passage and doorway rules compare `doc`
    (`Corpus.indexable(COMPARED_KINDS)`)."""
    return doc.kind in COMPARED_KINDS and not doc.draft and not doc.noindex


def analysis(corpus: Corpus, k: int = SHINGLE_SIZE) -> Analysis:
    return corpus.shared(f"dup:analysis:{k}", lambda: _analyse(corpus, k))


def _analyse(corpus: Corpus, k: int) -> Analysis:
    docs = corpus.indexable(COMPARED_KINDS)
    recs = [record_of(d, k) for d in docs]
    keep = [i for i, r in enumerate(recs) if len(r.bh)]
    docs = [docs[i] for i in keep]
    recs = [recs[i] for i in keep]
    n = len(docs)
    template, words, stats = _learn_template(docs, recs)
    corpus.stats.update(stats)
    exact = _exact_groups(recs, template)
    a = Analysis(docs, recs, k, template, words, exact, joins=corpus.joins)
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
            shown.append(f'"{clip(texts[j], 50)}"')
    return ", e.g. " + ", ".join(shown) if shown else ""


def clip(text: str, n: int) -> str:
    """`text` cut to `n` characters, with an ellipsis (for messages)."""
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
    local = sim.lsh_pairs(sigs, bands, rows, joins=a.joins)
    if len(local) == 0:
        return
    rep_arr = np.array(reps, dtype=np.int64)
    pairs = rep_arr[local]
    est = (sigs[local[:, 0]] == sigs[local[:, 1]]).mean(axis=1)
    a.pairs = pairs
    a.masked_sim = est


def copies_of(a: Analysis, i: int) -> list[int]:
    """Document i and its exact copies."""
    g = int(a.exact[i])
    if g < 0:
        return [i]
    if not a.groups:
        for x, gx in enumerate(a.exact.tolist()):
            if gx >= 0:
                a.groups.setdefault(gx, []).append(x)
    return a.groups[g]


def pct(s: float) -> str:
    """Similarity as a percentage that never rounds up to 100% unless it is."""
    return f"{math.floor(s * 100)}%"
