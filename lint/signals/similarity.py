"""Text fingerprints for cross-document rules: shingles, MinHash, LSH and winnowing.

Everything per document is a small numpy array (cheap to pickle into the cache and
to concatenate across 100k documents); everything across documents is vectorised,
so the corpus stage never compares all pairs. Hashes are deterministic (no Python
`hash()`, which is salted per process) because they are cached between runs.

Per document, no Python code runs per token: `BlockTokens` turns every block of a
document into token ids with one `re.split` per block and one `map` over a
process-wide vocabulary, and `block_shingle_hashes` hashes the shingles of all blocks
in one pass of array operations. The plain per-block definitions (`tokens_with_slots`,
`token_hashes`, `shingle_hashes`) are kept: they are the reference the fast forms are
tested against.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from hashlib import blake2b as _blake2b

import numpy as np
from contentlint.model import text as textmod
from contentlint.model.joins import IN_PROCESS, Joins, PairJoin, sorted_pairs

#: Words and single CJK characters (scripts without spaces shingle by character).
_TOKEN_RE = re.compile(rf"{textmod._WORD_RE.pattern}|[{textmod._CJK}]", re.UNICODE)
#: `_TOKEN_RE` as one capturing group, for `re.split`: the text between tokens (which
#: says whether a token starts a sentence) comes with the tokens, in one C-level call.
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
#: The same for ASCII text, where `text._ASCII_WORD_RE` finds exactly `_TOKEN_RE`'s
#: tokens, faster.
_ASCII_TOKEN_SPLIT_RE = re.compile(f"({textmod._ASCII_WORD_RE.pattern})")
_SENTENCE_END = frozenset(".!?:;…。！？")
#: Characters skipped when looking back from a token for the end of a sentence.
_SLOT_GAP = " \t\n\"'“‘([*_"
_MASK = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(0x100000001B3)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_HAS_DIGIT = 1
_CAPITALISED = 2

_token_cache: dict[str, int] = {}


def tokens(text: str) -> list[str]:
    """Case-folded words (and CJK characters) of `text`, in order."""
    return [m.group(0).casefold() for m in _TOKEN_RE.finditer(text)]


def tokens_with_slots(text: str) -> tuple[list[str], list[bool]]:
    """Case-folded tokens and, for each, whether it looks like a slot a generator fills in.

    Slots are what doorway pages swap: numbers and capitalised words that do not start a
    sentence (places, product and brand names, years). The plain definition: `BlockTokens`
    computes the same for all blocks of a document at once.
    """
    out: list[str] = []
    slots: list[bool] = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        start = m.start()
        j = start - 1
        while j >= 0 and text[j] in _SLOT_GAP:
            j -= 1
        sentence_start = j < 0 or text[j] in _SENTENCE_END
        is_slot = any(c.isdigit() for c in tok) or (
            tok[:1].isupper() and not sentence_start and tok != "I"
        )
        out.append(tok.casefold())
        slots.append(is_slot)
    return out, slots


def stable_hash64(value: str) -> int:
    """A 64-bit hash that is the same in every process and every run."""
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "little")


def stable_hashes64(texts: Iterable[str]) -> np.ndarray:
    """`stable_hash64` of each text, as a uint64 array (the digests are joined and read
    as one array: no Python int per text)."""
    digests = b"".join(_blake2b(t.encode("utf-8"), digest_size=8).digest() for t in texts)
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


def token_hashes(toks: Sequence[str]) -> np.ndarray:
    """uint64 hash per token (memoised: a site's vocabulary is small)."""
    cache = _token_cache
    if len(cache) > 500_000:
        cache.clear()
    out = np.empty(len(toks), dtype=np.uint64)
    for i, t in enumerate(toks):
        h = cache.get(t)
        if h is None:
            h = cache[t] = stable_hash64(t)
        out[i] = h
    return out


class _Vocabulary(dict[str, int]):
    """Token (as written) -> small id, with the hash of its case-folded form and its slot
    flags in numpy arrays indexed by id.

    Each distinct token of the process is hashed (blake2b) and classified once; a
    document's tokens become an array of ids with one C-level `map` (`ids`). A miss
    only takes the next id (`__missing__`): the new tokens are hashed and classified
    together afterwards, a third of the cost of doing it token by token.
    """

    def __init__(self) -> None:
        super().__init__()
        self.hashes = np.empty(4096, dtype=np.uint64)
        self.flags = np.empty(4096, dtype=np.uint8)
        self._new: list[str] = []

    def __missing__(self, tok: str) -> int:
        i = self[tok] = len(self)
        self._new.append(tok)
        return i

    def ids(self, toks: list[str]) -> np.ndarray:
        """The id of each token (`hashes` and `flags` cover them on return)."""
        ids = np.fromiter(map(self.__getitem__, toks), dtype=np.intp, count=len(toks))
        if self._new:
            self._learn(self._new)
            self._new = []
        return ids

    def _learn(self, new: list[str]) -> None:
        first = len(self) - len(new)
        size = len(self.hashes)
        if len(self) > size:
            while size < len(self):
                size *= 2
            self.hashes = np.concatenate(
                [self.hashes, np.empty(size - len(self.hashes), np.uint64)]
            )
            self.flags = np.concatenate([self.flags, np.empty(size - len(self.flags), np.uint8)])
        self.hashes[first : len(self)] = stable_hashes64(t.casefold() for t in new)
        isdigit = str.isdigit
        digits = np.fromiter((any(map(isdigit, t)) for t in new), dtype=bool, count=len(new))
        capitalised = np.fromiter(
            (t[:1].isupper() and t != "I" for t in new), dtype=bool, count=len(new)
        )
        self.flags[first : len(self)] = digits * _HAS_DIGIT | capitalised * _CAPITALISED


_vocabulary = _Vocabulary()


def _vocab() -> _Vocabulary:
    global _vocabulary
    if len(_vocabulary) > 500_000:  # bounded, like the token-hash memo
        _vocabulary = _Vocabulary()
    return _vocabulary


def split_tokens(text: str) -> list[str]:
    """`text` split around its tokens: [between, token, between, ..., token, between]."""
    return (_ASCII_TOKEN_SPLIT_RE if text.isascii() else _TOKEN_SPLIT_RE).split(text)


class BlockTokens:
    """The tokens of several texts (a document's blocks), with hashes and slot flags.

    Text by text, `hashes` are `token_hashes` of the case-folded tokens and `slots`
    the flags of `tokens_with_slots`, computed for all texts at once: one `re.split`
    per text gives its tokens and the text between them, ids come from the process-wide
    vocabulary, and only capitalised tokens (about one in ten) look back at the text
    before them for the end of a sentence. The splits are taken as arguments so that
    they can be shared (`analysis.token_split`).

    * `kept`: indices of the texts that have tokens (the others are left out);
    * `counts`: tokens of each kept text; `raw`: the tokens as written, in order;
    * `hashes`: uint64 hash of each case-folded token; `slots`: bool per token.
    """

    __slots__ = ("counts", "hashes", "kept", "raw", "slots")

    def __init__(self, splits: Iterable[list[str]]) -> None:
        """`splits`: `split_tokens` of each text."""
        raw: list[str] = []
        gaps: list[str] = []
        counts: list[int] = []
        kept: list[int] = []
        for i, parts in enumerate(splits):
            if len(parts) < 2:
                continue
            raw += parts[1::2]
            gaps += parts[0:-1:2]
            counts.append(len(parts) // 2)
            kept.append(i)
        vocab = _vocab()
        ids = vocab.ids(raw)
        flags = vocab.flags[ids]
        self.raw = raw
        self.kept = kept
        self.counts = np.array(counts, dtype=np.int64)
        self.hashes: np.ndarray = vocab.hashes[ids]
        self.slots: np.ndarray = (flags & _HAS_DIGIT) != 0
        capitalised = np.flatnonzero(flags == _CAPITALISED).tolist()
        if capitalised:
            firsts = set((np.cumsum(self.counts) - self.counts).tolist())
            named = []
            for i in capitalised:
                # Back from the token over spaces, quotes and markup: the start of its
                # text or a sentence end makes it a sentence start, not a name. (A gap
                # of only such characters leads back into the token before, which never
                # ends with a sentence mark.)
                before = gaps[i].rstrip(_SLOT_GAP)
                if not (before[-1] in _SENTENCE_END if before else i in firsts):
                    named.append(i)
            self.slots[named] = True

    def __len__(self) -> int:
        return len(self.raw)


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the output (vectorised)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * _M1
        x = x ^ (x >> np.uint64(27))
        x = x * _M2
        mixed: np.ndarray = x ^ (x >> np.uint64(31))
        return mixed


def shingle_hashes(th: np.ndarray, k: int) -> np.ndarray:
    """uint32 hash of every run of `k` consecutive tokens; a shorter text is one shingle."""
    n = len(th)
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    k = min(k, n)
    with np.errstate(over="ignore"):
        h = np.zeros(n - k + 1, dtype=np.uint64)
        for j in range(k):
            h = h * _PRIME + th[j : n - k + 1 + j]
        h = mix64(h ^ _MASK)
    top: np.ndarray = (h >> np.uint64(32)).astype(np.uint32)
    return top


def block_shingle_hashes(th: np.ndarray, counts: np.ndarray, k: int) -> np.ndarray:
    """`shingle_hashes` of consecutive blocks of tokens, concatenated, in one pass.

    `th` holds the token hashes of all blocks (`counts` tokens each, every count >= 1)
    in its last axis; leading axes (e.g. plain and slot-masked hashes) are hashed
    alike. Each block is preceded by k - 1 zero hashes: a window that starts in them
    hashes like the block's first tokens alone (leading zeros add nothing to the
    polynomial), which is exactly the single shingle of a block shorter than k. Block
    b gives max(1, counts[b] - k + 1) shingles, so one array pass replaces a dozen
    small array operations per block.
    """
    nb = len(counts)
    pad = k - 1
    n = th.shape[-1]
    length = n + pad * nb
    block = np.repeat(np.arange(nb), counts)
    padded = np.zeros((*th.shape[:-1], length), dtype=np.uint64)
    padded[..., np.arange(n) + pad * (block + 1)] = th
    starts = np.cumsum(counts) - counts + pad * np.arange(1, nb + 1)  # in `padded`
    per_block = np.maximum(counts - k + 1, 1)
    first = starts + np.minimum(counts, k) - k  # first window of each block
    windows = np.arange(int(per_block.sum())) + np.repeat(
        first - (np.cumsum(per_block) - per_block), per_block
    )
    m = length - k + 1
    with np.errstate(over="ignore"):
        h = padded[..., :m].copy()
        for j in range(1, k):
            h *= _PRIME
            h += padded[..., j : m + j]
        h = mix64(h[..., windows] ^ _MASK)
    out: np.ndarray = (h >> np.uint64(32)).astype(np.uint32)
    return out


_PERM_CACHE: dict[int, tuple[np.ndarray, np.ndarray]] = {}
#: Shingles per step of `minhash`.
_MINHASH_CHUNK = 256


def _perms(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    if num_perm not in _PERM_CACHE:
        rng = np.random.default_rng(0x5EED)
        a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        _PERM_CACHE[num_perm] = (a[:, None], b[:, None])
    return _PERM_CACHE[num_perm]


def minhash(sh: np.ndarray, num_perm: int = 128) -> np.ndarray:
    """MinHash signature (uint32 per permutation) of a set of uint32 shingle hashes.

    Permutations are multiply-add-shift hashes; an empty set gets all-max values. The
    shift commutes with the minimum (it never reverses an order), so it is applied to
    the minima only; and a repeated shingle cannot change a minimum, so the set need
    not be deduplicated first.
    """
    if len(sh) == 0:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    a, b = _perms(num_perm)
    x = sh.astype(np.uint64)
    low = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    # Into one reused buffer of (num_perm, 256): small enough to stay in cache, and no
    # temporary array per step (2.7x faster than 1024 columns with temporaries).
    buf = np.empty((num_perm, min(len(x), _MINHASH_CHUNK)), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(x), _MINHASH_CHUNK):
            part = x[start : start + _MINHASH_CHUNK]
            v = buf[:, : len(part)]
            np.multiply(a, part[None, :], out=v)
            v += b
            np.minimum(low, v.min(axis=1), out=low)
    sig: np.ndarray = (low >> np.uint64(32)).astype(np.uint32)
    return sig


def winnow(sh: np.ndarray, w: int) -> np.ndarray:
    """Winnowing (Schleimer et al. 2003): positions of the minimum hash in every window.

    Any run of `w + k - 1` shared tokens between two documents is guaranteed to share at
    least one selected position, at about 2/(w+1) of the storage of all shingles.
    """
    n = len(sh)
    if n == 0:
        return np.empty(0, dtype=np.int32)
    if n <= w:
        return np.array([int(np.argmin(sh))], dtype=np.int32)
    # The minimum of every window in O(n) (van Herk / Gil-Werman): minima from the start
    # and from the end of each block of w, a window spans at most two blocks. A key
    # holds the hash above the position, so the least key is the leftmost minimum.
    blocks = -(-n // w)
    keys = np.full(blocks * w, np.iinfo(np.uint64).max, dtype=np.uint64)
    keys[:n] = sh.astype(np.uint64) << np.uint64(32)
    keys[:n] |= np.arange(n, dtype=np.uint64)
    grid = keys.reshape(blocks, w)
    prefix = np.minimum.accumulate(grid, axis=1).reshape(-1)
    suffix = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].reshape(-1)
    m = n - w + 1
    least = np.minimum(suffix[:m], prefix[w - 1 : w - 1 + m])
    pos = (least & np.uint64(0xFFFFFFFF)).astype(np.int32)
    # Never decreasing: the leftmost minimum of the next window is the same position or
    # the new element. So the distinct positions are where the value changes.
    changed = np.empty(m, dtype=bool)
    changed[0] = True
    np.not_equal(pos[1:], pos[:-1], out=changed[1:])
    picked: np.ndarray = pos[changed]
    return picked


def choose_bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """LSH bands x rows so pairs at `threshold` are almost surely candidates.

    Picks the most selective split (fewest spurious candidates at lower similarity)
    among those that still find a pair at the threshold with probability >= 0.995.
    """
    best: tuple[float, int, int] | None = None
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands < 1:
            break
        hit = 1 - (1 - threshold**rows) ** bands
        if hit < 0.995:
            continue
        low = max(0.0, threshold - 0.25)
        spurious = 1 - (1 - low**rows) ** bands
        if best is None or spurious < best[0]:
            best = (spurious, bands, rows)
    if best is None:
        return num_perm, 1
    return best[1], best[2]


def self_join(keys: np.ndarray, max_group: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), i < j, of equal values in a *sorted* key array
    (`joins.sorted_pairs`)."""
    return sorted_pairs(keys, max_group)


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """LSH band keys of MinHash signatures, band-major: entry `band * n + doc`."""
    rng = np.random.default_rng(0xB4D5)
    weights = rng.integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
    n = sigs.shape[0]
    out = np.empty(bands * n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = sigs[:, band * rows : (band + 1) * rows].astype(np.uint64)
            out[band * n : (band + 1) * n] = mix64(
                (block * weights).sum(axis=1, dtype=np.uint64) + np.uint64(band)
            )
    return out


def lsh_pairs(
    sigs: np.ndarray, bands: int, rows: int, max_bucket: int = 200, joins: Joins = IN_PROCESS
) -> np.ndarray:
    """Candidate pairs (rows of a (m, 2) int64 array, i < j, unique) from banded MinHash:
    a join on (band, band key), run by `joins`."""
    n = sigs.shape[0]
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    keys = band_keys(sigs, bands, rows)
    space = np.repeat(np.arange(bands, dtype=np.int64), n)
    i, j = joins.pairs(keys, PairJoin(max_group=max_bucket), space=space)
    if len(i) == 0:
        return np.empty((0, 2), dtype=np.int64)
    a, b = i % n, j % n
    codes = np.unique(np.minimum(a, b) * n + np.maximum(a, b))
    return np.stack([codes // n, codes % n], axis=1)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted arrays of unique values."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


class UnionFind:
    """Disjoint sets over 0..n-1, for clustering verified pairs."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, members: Iterable[int]) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for m in members:
            out.setdefault(self.find(m), []).append(m)
        return [sorted(g) for g in out.values() if len(g) > 1]
