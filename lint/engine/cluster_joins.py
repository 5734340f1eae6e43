"""The cross-document stage's key joins on a Dask cluster (the second `Joins` executor).

A join is a shuffle: the key table is cut into chunks that go to the workers, each
chunk is split there by key hash (`joins.partition_of`) into partitions, and each
partition's pieces (from every chunk, in chunk order) meet on one worker, which runs
`joins.join_partition`, the very function the in-process executor runs on the same
partitions. Only the pairs (or groups) come back. The pieces are ordinary Dask task
results, so the workers spill them to disk under memory pressure (the worker's
`memory_limit`) instead of the client holding every partition at once; a worker that
dies takes its pieces with it and Dask computes them again.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from typing import Any

import numpy as np
from contentlint.model.joins import (
    PARTITION_ROWS,
    Held,
    Joins,
    PairJoin,
    Verify,
    group_partition,
    join_partition,
    pair_partition,
    partition_of,
    verify_partition,
)

#: Rows per chunk sent to a worker.
CHUNK_ROWS = 1_000_000
#: Records per chunk held on a worker for verification.
HOLD_DOCS = 4096
#: Candidate rows per verification task (at most twice as many records meet there).
VERIFY_ROWS = 20_000
#: A piece: keys, global row numbers, and the optional space and owner columns.
Piece = tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]


#: A chunk of a key table: keys, and optional space, owner and row-number columns
#: (without row numbers a chunk's rows are numbered from where it starts).
Chunk = tuple[np.ndarray, np.ndarray | None, np.ndarray | None, np.ndarray | None]


def split_chunk(chunk: Chunk, start: int, parts: int) -> list[Piece]:
    """A chunk's rows by partition, each in row order, with their global row numbers."""
    keys, space, owner, rows = chunk
    part = partition_of(keys, parts)
    order = np.argsort(part, kind="stable")
    bounds = np.searchsorted(part[order], np.arange(parts + 1))
    out: list[Piece] = []
    for p in range(parts):
        sel = order[bounds[p] : bounds[p + 1]]
        out.append(
            (
                keys[sel],
                sel + start if rows is None else rows[sel],
                None if space is None else space[sel],
                None if owner is None else owner[sel],
            )
        )
    return out


def _concat(pieces: tuple[Piece, ...]) -> Piece:
    """One partition's pieces as one table, in row order (chunks given with their own
    row numbers may arrive in any order)."""
    keys = np.concatenate([p[0] for p in pieces])
    rows = np.concatenate([p[1] for p in pieces])
    space = None if pieces[0][2] is None else np.concatenate([p[2] for p in pieces])
    owner = None if pieces[0][3] is None else np.concatenate([p[3] for p in pieces])
    if len(rows) > 1 and bool((rows[1:] < rows[:-1]).any()):
        order = np.argsort(rows, kind="stable")
        keys, rows = keys[order], rows[order]
        space = None if space is None else space[order]
        owner = None if owner is None else owner[order]
    return keys, rows, space, owner


def join_pieces(how: PairJoin, *pieces: Piece) -> tuple[np.ndarray, np.ndarray]:
    """One partition's pairs, from its pieces of every chunk."""
    keys, rows, space, owner = _concat(pieces)
    return join_partition(keys, rows, how, space, owner)


def group_pieces(*pieces: Piece) -> list[np.ndarray]:
    keys, rows, _, _ = _concat(pieces)
    return group_partition(keys, rows)


def take_records(chunk: dict[int, Any], ids: np.ndarray) -> dict[int, Any]:
    """The records of `ids` out of one held chunk (a task on the worker holding it)."""
    return {i: chunk[i] for i in ids.tolist()}


def verify_task(
    fn: Verify,
    left: np.ndarray,
    right: np.ndarray,
    columns: tuple[np.ndarray, ...],
    args: tuple[Any, ...],
    *taken: dict[int, Any],
) -> Any:
    """One partition's verification, on a worker, with the records its rows name."""
    records: dict[int, Any] = {}
    for part in taken:
        records.update(part)
    return verify_partition(fn, left, right, columns, records, args)


class DaskHeld(Held):
    """Records held on the workers: chunk `c` (a future of a dict by document number)
    holds the documents from `firsts[c]` up to the next chunk's first."""

    def __init__(self, ids: np.ndarray, firsts: np.ndarray, chunks: list[Any]) -> None:
        super().__init__(ids)
        self.firsts = firsts
        self.chunks = chunks


class DaskJoins(Joins):
    """Key joins shuffled over a Dask cluster's workers."""

    name = "dask"

    def __init__(
        self,
        client: Any,
        chunk_rows: int = CHUNK_ROWS,
        partition_rows: int = PARTITION_ROWS,
        hold_docs: int = HOLD_DOCS,
        verify_rows: int = VERIFY_ROWS,
    ) -> None:
        super().__init__(partition_rows)
        self.client = client
        self.chunk_rows = chunk_rows
        self.hold_docs = hold_docs
        self.verify_rows = verify_rows

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def _shuffle(
        self, keys: np.ndarray, space: np.ndarray | None, owner: np.ndarray | None
    ) -> tuple[list[list[Any]], list[Any]]:
        """Scatter the table from here in chunks, then shuffle it (`shuffle`)."""
        n = len(keys)
        chunks: list[tuple[Any, int]] = []
        for start in range(0, max(n, 1), self.chunk_rows):
            end = min(n, start + self.chunk_rows)
            chunk: Chunk = (
                keys[start:end],
                None if space is None else space[start:end],
                None if owner is None else owner[start:end],
                None,
            )
            [data] = self.client.scatter([chunk], hash=False)
            chunks.append((data, start))
        per_part, made = self.shuffle(chunks, self.parts_for(n))
        return per_part, made + [c for c, _ in chunks]

    def shuffle(
        self, chunks: list[tuple[Any, int]], parts: int
    ) -> tuple[list[list[Any]], list[Any]]:
        """Futures of each partition's pieces, in chunk order (and every future made).

        `chunks` are (`Chunk` or a future of one, first row number); a table that
        workers computed never passes through the client.
        """
        parts = max(parts, self._workers())
        made: list[Any] = []
        per_part: list[list[Any]] = [[] for _ in range(parts)]
        for data, start in chunks:
            split = self.client.submit(split_chunk, data, start, parts, pure=False)
            made.append(split)
            for p in range(parts):
                piece = self.client.submit(operator.getitem, split, p, pure=False)
                per_part[p].append(piece)
                made.append(piece)
        return per_part, made

    def _collect(self, futures: list[Any]) -> Iterator[Any]:
        from distributed import as_completed

        for fut in as_completed(futures):  # type: ignore[no-untyped-call]
            yield fut.result()
            fut.release()

    def pairs(
        self,
        keys: np.ndarray,
        how: PairJoin,
        space: np.ndarray | None = None,
        owner: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        per_part, made = self._shuffle(keys, space, owner)
        return self._pairs(per_part, made, how)

    def pairs_of_chunks(
        self, chunks: list[tuple[Any, int]], how: PairJoin, rows: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """`pairs` of a table held by the workers: (future of a `Chunk`, first row) each,
        `rows` in all (it sets the number of partitions)."""
        per_part, made = self.shuffle(chunks, self.parts_for(rows))
        return self._pairs(per_part, made, how)

    def _pairs(
        self, per_part: list[list[Any]], made: list[Any], how: PairJoin
    ) -> tuple[np.ndarray, np.ndarray]:
        futures = [self.client.submit(join_pieces, how, *pieces, pure=False) for pieces in per_part]
        left: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
        right: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
        try:
            for i, j in self._collect(futures):
                left.append(i)
                right.append(j)
        finally:
            self.client.cancel(made)
        return np.concatenate(left), np.concatenate(right)

    def groups(self, keys: np.ndarray) -> list[np.ndarray]:
        per_part, made = self._shuffle(keys, None, None)
        futures = [self.client.submit(group_pieces, *pieces, pure=False) for pieces in per_part]
        found: list[np.ndarray] = []
        try:
            for groups in self._collect(futures):
                found += groups
        finally:
            self.client.cancel(made)
        found.sort(key=lambda g: int(g[0]))
        return found

    # ----- verification where the records are ----------------------------------------
    def hold(self, ids: np.ndarray, get: Any) -> Held:
        """Make the records of `ids` here a chunk at a time and scatter each chunk to a
        worker: the verifications read them there (this process may drop its own)."""
        ids = np.unique(np.asarray(ids, dtype=np.int64))
        firsts: list[int] = []
        chunks: list[Any] = []
        for s in range(0, len(ids), self.hold_docs):
            part = ids[s : s + self.hold_docs].tolist()
            [fut] = self.client.scatter([{i: get(i) for i in part}], hash=False)
            firsts.append(part[0])
            chunks.append(fut)
        return DaskHeld(ids, np.array(firsts, dtype=np.int64), chunks)

    def hold_chunks(self, chunks: list[tuple[Any, int]], ids: np.ndarray) -> Held:
        """Records the workers made themselves: (future of a dict by document number,
        first document number) per chunk, in document order; they never pass through
        this process."""
        firsts = np.array([first for _, first in chunks], dtype=np.int64)
        return DaskHeld(np.asarray(ids, dtype=np.int64), firsts, [c for c, _ in chunks])

    def release(self, held: Held) -> None:
        if isinstance(held, DaskHeld):
            self.client.cancel(held.chunks)
            held.chunks = []

    def verify(
        self,
        held: Held,
        left: np.ndarray,
        right: np.ndarray,
        fn: Verify,
        columns: tuple[np.ndarray, ...] = (),
        args: tuple[Any, ...] = (),
    ) -> list[tuple[np.ndarray, Any]]:
        """`Joins.verify` on the workers: the rows are cut into partitions by pair, each
        partition's records are taken from the chunks holding them, and the partition is
        verified on a worker; only what `fn` returns comes back."""
        if not isinstance(held, DaskHeld):
            return super().verify(held, left, right, fn, columns, args)
        n = len(left)
        if n == 0:
            return []
        parts = max(self._workers(), -(-n // self.verify_rows))
        part = pair_partition(left, right, parts)
        order = np.argsort(part, kind="stable")
        bounds = np.searchsorted(part[order], np.arange(parts + 1))
        made: list[Any] = []
        where: dict[str, np.ndarray] = {}
        futures: list[Any] = []
        for p in range(parts):
            sel = order[bounds[p] : bounds[p + 1]]
            if len(sel) == 0:
                continue
            li, ri = left[sel], right[sel]
            docs = np.unique(np.concatenate([li, ri]))
            chunk = np.searchsorted(held.firsts, docs, side="right") - 1
            cuts = np.flatnonzero(np.r_[True, chunk[1:] != chunk[:-1], True])
            taken = []
            for s, e in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
                fut = self.client.submit(
                    take_records, held.chunks[int(chunk[s])], docs[s:e], pure=False
                )
                taken.append(fut)
            made += taken
            fut = self.client.submit(
                verify_task, fn, li, ri, tuple(c[sel] for c in columns), args, *taken, pure=False
            )
            where[fut.key] = sel
            futures.append(fut)
        from distributed import as_completed

        out: list[tuple[np.ndarray, Any]] = []
        try:
            for fut in as_completed(futures):  # type: ignore[no-untyped-call]
                out.append((where[fut.key], fut.result()))
                fut.release()
        finally:
            self.client.cancel(made)
        return out
