"""Key joins: how the cross-document rules find candidates, whichever executor runs them.

Every cross-document comparison starts the same way: each document contributes keys
(LSH band keys of its MinHash signature, winnowed passage fingerprints, pairs of title
words, folded titles), rows with equal keys are grouped, and the groups become
candidate pairs that the rule then verifies. Rules describe the join (a key table);
the `Joins` object on the `Corpus` runs it. `Joins` runs it here, in numpy, in hash
partitions so that memory stays a small multiple of the keys themselves; the Dask
executor (`engine/cluster_joins.py`) shuffles the same partitions to workers and runs
the same `join_partition` there. Rules never know which one they got.

The contract both keep: a group is the rows with equal (space, key); inside a group rows
are taken in row order; groups larger than `max_group` are chained (each row paired with
the next `max_group - 1`), so the pairs are the same whatever the partitioning.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
#: Rows per partition the in-process executor aims at (memory, not speed).
PARTITION_ROWS = 1_000_000
#: Keys hashed at a time when choosing partitions (bounds the temporaries).
_SPREAD_CHUNK = 1 << 18
#: Joins of at least this many rows first leave out the rows whose key occurs once.
LONE_FILTER_ROWS = 4096


def _spread(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, to pick a partition from any key (vectorised)."""
    with np.errstate(over="ignore"):
        x = x.astype(np.uint64)
        x = x ^ (x >> np.uint64(30))
        x = x * _M1
        x = x ^ (x >> np.uint64(27))
        x = x * _M2
        out: np.ndarray = x ^ (x >> np.uint64(31))
        return out


@dataclass(frozen=True)
class PairJoin:
    """What a self-join keeps: limits on groups, applied per group (so per partition)."""

    #: Groups larger than this are chained instead of paired all-to-all (None: no limit).
    max_group: int | None = None
    #: Keep only groups with at least two and at most this many distinct owners (None:
    #: no such filter). Owners must not decrease along the rows of a group.
    max_owners: int | None = None
    #: Keep only groups with at most this many rows (None: no limit).
    max_rows: int | None = None


def partition_of(keys: np.ndarray, parts: int) -> np.ndarray:
    """Partition of each key (the same in every executor, so groups never straddle two)."""
    if parts <= 1:
        return np.zeros(len(keys), dtype=np.int64)
    # A chunk at a time: the hash's temporaries are 64-bit copies of the keys, several
    # times the keys themselves at 100k documents' fingerprints.
    out = np.empty(len(keys), dtype=np.int64)
    for s in range(0, len(keys), _SPREAD_CHUNK):
        out[s : s + _SPREAD_CHUNK] = _spread(keys[s : s + _SPREAD_CHUNK]) % np.uint64(parts)
    return out


def maybe_repeated(keys: np.ndarray, max_bits: int = 23) -> np.ndarray:
    """Mask of the rows whose key may occur more than once: every repeated key is kept,
    most keys that occur once are not.

    A row alone with its key can never be paired, so dropping it changes no join; most
    fingerprints of a site are in one document only, and sorting them was most of the
    join's time. Two passes count keys in a table of buckets (two slices of the key's
    spread bits, so any key type works) and keep the rows whose bucket holds two rows or
    more: linear time, and a table of at most `2**max_bits` counts.
    """
    n = len(keys)
    keep = np.zeros(n, dtype=bool)
    if n < 2:
        return keep
    bits = min(max_bits, max(10, int(n - 1).bit_length()))
    mask = np.uint64((1 << bits) - 1)
    spread = _spread(keys)
    rows: np.ndarray | None = None
    for shift in (0, 64 - bits):
        part = spread if rows is None else spread[rows]
        # in place, and viewed as the index type without a copy (values < 2**bits)
        bucket = np.right_shift(part, np.uint64(shift))
        np.bitwise_and(bucket, mask, out=bucket)
        bucket = bucket.view(np.int64)
        # a table of flags, not of counts, is what the rows look up: it stays in cache
        many = np.bincount(bucket, minlength=1 << bits) >= 2
        hit = many[bucket]
        rows = np.flatnonzero(hit) if rows is None else rows[hit]
    keep[rows] = True
    return keep


def join_partition(
    keys: np.ndarray,
    rows: np.ndarray,
    how: PairJoin,
    space: np.ndarray | None = None,
    owner: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j) of row numbers with equal (space, key) in one partition.

    `rows` are the global row numbers of the partition's entries, ascending; the result
    holds those numbers, the row of i before the row of j.
    """
    empty = np.empty(0, dtype=np.int64)
    if len(keys) >= LONE_FILTER_ROWS:
        # Rows whose key occurs once (most band keys and fingerprints of a site) pair
        # with nothing: leaving them out first spares most of the sort.
        kept = np.flatnonzero(maybe_repeated(keys))
        if len(kept) < len(keys):
            keys, rows = keys[kept], rows[kept]
            space = None if space is None else space[kept]
            owner = None if owner is None else owner[kept]
    if len(keys) < 2:
        return empty, empty
    order = np.argsort(keys, kind="stable") if space is None else np.lexsort((keys, space))
    k = keys[order]
    new = np.empty(len(k), dtype=bool)
    new[0] = True
    np.not_equal(k[1:], k[:-1], out=new[1:])
    if space is not None:
        s = space[order]
        new[1:] |= s[1:] != s[:-1]
    group = np.cumsum(new) - 1
    keep: np.ndarray | None = None
    if how.max_rows is not None:
        keep = np.bincount(group)[group] <= how.max_rows
    if how.max_owners is not None and owner is not None:
        o = owner[order]
        first = new.copy()
        first[1:] |= o[1:] != o[:-1]
        distinct = np.bincount(group, weights=first)[group]
        ok = (distinct >= 2) & (distinct <= how.max_owners)
        keep = ok if keep is None else keep & ok
    if keep is not None:
        order, group = order[keep], group[keep]
    i, j = sorted_pairs(group, how.max_group)
    return rows[order[i]], rows[order[j]]


def sorted_pairs(keys: np.ndarray, max_group: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), i < j, of equal values in a *sorted* key array.

    Groups larger than `max_group` are chained (each member paired with the next
    `max_group - 1` members) so one huge bucket cannot make the output quadratic.
    """
    n = len(keys)
    empty = np.empty(0, dtype=np.int64)
    if n < 2:
        return empty, empty
    same = keys[1:] == keys[:-1]
    starts = np.flatnonzero(np.r_[True, ~same])
    sizes = np.diff(np.r_[starts, n])
    size_of = np.repeat(sizes, sizes)
    limit = int(sizes.max())
    if max_group is not None:
        limit = min(limit, max_group)
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    idx = np.flatnonzero(size_of >= 2)
    for d in range(1, limit):
        idx = idx[idx + d < n]
        if len(idx) == 0:
            break
        ok = keys[idx + d] == keys[idx]
        idx = idx[ok]
        if len(idx) == 0:
            break
        left.append(idx)
        right.append(idx + d)
    if not left:
        return empty, empty
    return np.concatenate(left), np.concatenate(right)


def group_partition(keys: np.ndarray, rows: np.ndarray) -> list[np.ndarray]:
    """Groups (global row numbers, ascending) of two or more rows with equal keys."""
    if len(keys) < 2:
        return []
    order = np.argsort(keys, kind="stable")
    k = keys[order]
    bounds = np.flatnonzero(np.r_[True, k[1:] != k[:-1], True])
    return [rows[order[s:e]] for s, e in itertools.pairwise(bounds.tolist()) if e - s > 1]


class Joins:
    """The in-process executor: hash partitions one after the other, in this process."""

    name = "in-process"

    def __init__(self, partition_rows: int = PARTITION_ROWS) -> None:
        self.partition_rows = partition_rows

    def parts_for(self, n: int) -> int:
        parts = 1
        while n > parts * self.partition_rows:
            parts *= 2
        return parts

    def pairs(
        self,
        keys: np.ndarray,
        how: PairJoin,
        space: np.ndarray | None = None,
        owner: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Row pairs (i, j) with equal (space, key), as `join_partition` keeps them; the
        order of the pairs is unspecified."""
        parts = self.parts_for(len(keys))
        if parts == 1:
            return join_partition(keys, np.arange(len(keys)), how, space, owner)
        part = partition_of(keys, parts)
        left: list[np.ndarray] = []
        right: list[np.ndarray] = []
        for p in range(parts):
            rows = np.flatnonzero(part == p)
            i, j = join_partition(
                keys[rows],
                rows,
                how,
                None if space is None else space[rows],
                None if owner is None else owner[rows],
            )
            left.append(i)
            right.append(j)
        return np.concatenate(left), np.concatenate(right)

    def groups(self, keys: np.ndarray) -> list[np.ndarray]:
        """Groups of two or more rows with equal keys, rows ascending, ordered by first row."""
        found = group_partition(keys, np.arange(len(keys)))
        found.sort(key=lambda g: int(g[0]))
        return found

    def hold(self, ids: np.ndarray, get: Callable[[int], Any]) -> Held:
        """Keep the records of documents `ids` (`get(i)` makes one) where verifications
        run. Here nothing is copied: a record is made when a verification reads it."""
        return LocalHeld(np.asarray(ids, dtype=np.int64), get)

    def release(self, held: Held) -> None:
        """Forget records held for verification (a cluster frees its copies)."""

    def verify(
        self,
        held: Held,
        left: np.ndarray,
        right: np.ndarray,
        fn: Verify,
        columns: tuple[np.ndarray, ...] = (),
        args: tuple[Any, ...] = (),
    ) -> list[tuple[np.ndarray, Any]]:
        """Verify candidate rows (documents `left[r]` and `right[r]`, with `columns[c][r]`)
        where their records are: `fn` runs once per partition, every row of one pair in
        the same partition and in row order. Returns (positions of the partition's rows
        in the input, what `fn` returned) per partition; here, one partition of all rows."""
        if len(left) == 0:
            return []
        out = verify_partition(fn, left, right, columns, held, args)
        return [(np.arange(len(left)), out)]


#: The executor a corpus gets when nobody chose one.
IN_PROCESS = Joins()


# ----- verification: candidate pairs checked where their records are ---------------------

#: A verification: `fn(left, right, columns, records, *args)`, a pure function of one
#: partition's rows (the two documents of each row, per-row columns in row order) and of
#: the records of the documents they name (`records[i]`); it returns compact findings
#: (ids, scores, spans), never records.
Verify = Callable[..., Any]


class Held:
    """Per-document records an executor holds for verification, by document number."""

    def __init__(self, ids: np.ndarray) -> None:
        #: The document numbers held, ascending.
        self.ids = ids


class LocalHeld(Held):
    """Records read in this process when a verification asks for them (`get(i)`)."""

    def __init__(self, ids: np.ndarray, get: Callable[[int], Any]) -> None:
        super().__init__(ids)
        self.get = get

    def __getitem__(self, i: int) -> Any:
        return self.get(i)


def pair_partition(left: np.ndarray, right: np.ndarray, parts: int) -> np.ndarray:
    """Partition of each row by its pair of documents (rows of one pair stay together)."""
    with np.errstate(over="ignore"):
        key = left.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15) + right.astype(np.uint64)
    return partition_of(key, parts)


def verify_partition(
    fn: Verify,
    left: np.ndarray,
    right: np.ndarray,
    columns: tuple[np.ndarray, ...],
    records: Any,
    args: tuple[Any, ...],
) -> Any:
    """Run a verification over one partition's rows (both executors call this)."""
    return fn(left, right, columns, records, *args)
