"""Key joins of the cross-document stage: one pipeline, two executors, the same pairs.

The in-process executor (`model.joins.Joins`, in one partition or in many) and the Dask
one (`engine.cluster_joins.DaskJoins`, a shuffle over a real `LocalCluster` on
127.0.0.1) must give exactly the pairs the code before the joins gave (the reference
implementations below are that code), and a whole lint of a synthetic site with planted
copies, passages, doorways and cannibalization the same problems whichever runs them.
"""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import numpy as np
from contentlint.model.joins import Joins, PairJoin, maybe_repeated, sorted_pairs
from contentlint.signals import similarity as sim

REPO = Path(__file__).resolve().parent.parent


def pairset(i: np.ndarray, j: np.ndarray) -> set[tuple[int, int]]:
    return set(zip(i.tolist(), j.tolist(), strict=True))


# ----- the code before the joins, kept here as the reference -------------------------------


def old_lsh_pairs(sigs: np.ndarray, bands: int, rows: int, max_bucket: int = 200) -> np.ndarray:
    n = sigs.shape[0]
    rng = np.random.default_rng(0xB4D5)
    weights = rng.integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
    found = []
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = sigs[:, band * rows : (band + 1) * rows].astype(np.uint64)
            key = sim.mix64((block * weights).sum(axis=1, dtype=np.uint64) + np.uint64(band))
            order = np.argsort(key, kind="stable")
            i, j = sorted_pairs(key[order], max_bucket)
            if len(i):
                a, b = order[i], order[j]
                found.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)


def old_passage_pairs(
    h: np.ndarray, d: np.ndarray, max_docs: int, max_group: int
) -> set[tuple[int, int]]:
    """(row, row) pairs of the old D003 candidate step (rows in document order)."""
    rows = np.arange(len(h))
    order = np.lexsort((rows, d, h))
    h, d, rows = h[order], d[order], rows[order]
    new_hash = np.r_[True, h[1:] != h[:-1]]
    first_in_doc = new_hash | np.r_[True, d[1:] != d[:-1]]
    group = np.cumsum(new_hash) - 1
    df = np.bincount(group, weights=first_in_doc)
    ok = (df[group] >= 2) & (df[group] <= max_docs)
    h, rows = h[ok], rows[ok]
    i, j = sorted_pairs(h, max_group)
    return pairset(rows[i], rows[j])


# ----- generated key tables -----------------------------------------------------------------


def signatures(n: int, seed: int = 3) -> np.ndarray:
    """MinHash-like signatures with planted near-copies (a few values changed) and one
    family of 300 identical ones (a bucket larger than the LSH cap)."""
    rng = np.random.default_rng(seed)
    sigs = rng.integers(0, 2**32, size=(n, 128), dtype=np.uint64).astype(np.uint32)
    for a in range(0, n - 1, 7):
        b = (a * 31 + 5) % n
        sigs[b] = sigs[a]
        sigs[b, rng.integers(0, 128, size=rng.integers(0, 30))] ^= 1
    sigs[:300] = sigs[n - 1]
    return sigs


def fingerprints(docs: int, seed: int = 4, spread: float = 1 / 3) -> tuple[np.ndarray, np.ndarray]:
    """Per-document fingerprint hashes (documents in order) from a small vocabulary, so
    that groups of every size occur: shared by 1, a few, or more than 40 documents."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(5, 60, size=docs)
    d = np.repeat(np.arange(docs, dtype=np.int32), sizes)
    vocab = np.r_[
        rng.integers(0, 2**32, size=200), rng.integers(0, 2**32, size=int(len(d) * spread))
    ].astype(np.uint32)
    pick = np.where(rng.random(len(d)) < 0.05, rng.integers(0, 200, size=len(d)), 0)
    pick = np.where(pick > 0, pick, rng.integers(200, len(vocab), size=len(d)))
    return vocab[pick], d


def executors(client=None) -> list[Joins]:
    out = [Joins(), Joins(partition_rows=997)]
    if client is not None:
        from contentlint.engine.cluster_joins import DaskJoins

        out.append(DaskJoins(client, chunk_rows=1500, partition_rows=2000))
    return out


# ----- tests ---------------------------------------------------------------------------------


def test_lsh_candidates_are_the_old_ones_in_every_partitioning():
    sigs = signatures(3000)
    bands, rows = sim.choose_bands(128, 0.8)
    want = old_lsh_pairs(sigs, bands, rows)
    assert len(want) > 400  # planted pairs were found, and the big bucket was chained
    for joins in executors():
        got = sim.lsh_pairs(sigs, bands, rows, joins=joins)
        assert np.array_equal(got, want), joins.partition_rows


def test_passage_candidates_are_the_old_ones_in_every_partitioning():
    h, d = fingerprints(2000)
    how = PairJoin(max_group=160, max_owners=40)
    want = old_passage_pairs(h, d, 40, 160)
    assert len(want) > 1000
    for joins in executors():
        assert pairset(*joins.pairs(h, how, owner=d)) == want


def test_rows_left_out_before_a_join_never_had_a_partner():
    h, d = fingerprints(2000)
    # and as on a real site, many more fingerprints of one document only
    lone = np.random.default_rng(9).integers(0, 2**32, size=200_000).astype(np.uint32)
    h, d = np.r_[h, lone], np.r_[d, np.arange(len(lone), dtype=np.int32) % 2000]
    keep = maybe_repeated(h)
    _, inverse, counts = np.unique(h, return_inverse=True, return_counts=True)
    repeated = counts[inverse] >= 2
    assert keep[repeated].all()  # every key that occurs twice is kept
    assert keep[~repeated].sum() < 0.5 * (~repeated).sum()  # most lone keys are not
    how = PairJoin(max_group=160, max_owners=40)
    rows = np.flatnonzero(keep)
    i, j = Joins().pairs(h[keep], how, owner=d[keep])
    assert pairset(rows[i], rows[j]) == pairset(*Joins().pairs(h, how, owner=d))
    for empty_or_one in (np.empty(0, np.uint32), np.array([7], np.uint32)):
        assert maybe_repeated(empty_or_one).tolist() == [False] * len(empty_or_one)


def test_groups_are_in_order_of_their_first_row():
    keys = np.array([5, 1, 5, 2, 1, 9, 5, 2], dtype=np.uint64)
    for joins in executors():
        got = [g.tolist() for g in joins.groups(keys)]
        assert got == [[0, 2, 6], [1, 4], [3, 7]]


def test_partitions_bound_the_memory_of_a_join():
    """In partitions the join's working arrays are a fraction of one whole-table join's."""
    h, d = fingerprints(20000, seed=9, spread=20)
    how = PairJoin(max_group=160, max_owners=40)

    def peak(joins: Joins) -> tuple[int, set[tuple[int, int]]]:
        tracemalloc.start()
        found = joins.pairs(h, how, owner=d)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top, pairset(*found)

    whole, want = peak(Joins(partition_rows=10**9))
    parted, got = peak(Joins(partition_rows=len(h) // 8))
    assert got == want
    assert parted < 0.6 * whole


def test_the_dask_shuffle_gives_the_in_process_pairs(client):
    from contentlint.engine.cluster_joins import DaskJoins

    dask = DaskJoins(client, chunk_rows=5000)
    sigs = signatures(3000, seed=8)
    bands, rows = sim.choose_bands(128, 0.8)
    assert np.array_equal(
        sim.lsh_pairs(sigs, bands, rows, joins=dask), old_lsh_pairs(sigs, bands, rows)
    )
    h, d = fingerprints(3000, seed=5)
    how = PairJoin(max_group=160, max_owners=40)
    assert pairset(*dask.pairs(h, how, owner=d)) == old_passage_pairs(h, d, 40, 160)
    keys = np.array([3, 3, 7, 1, 7, 7], dtype=np.uint64)
    assert [g.tolist() for g in dask.groups(keys)] == [[0, 1], [2, 4, 5]]
    empty = np.empty(0, dtype=np.uint64)
    assert len(dask.pairs(empty, how)[0]) == 0 and dask.groups(empty) == []


def test_a_synthetic_site_gives_the_same_problems_whichever_executor_joins(client, tmp_path):
    """Planted exact and near copies, copied passages, doorways, shared keywords and
    broken links: the corpus stage finds the same problems with its joins in one
    partition, in many, and shuffled over the cluster's workers."""
    sys.path.insert(0, str(REPO / "bench"))
    import synth
    from contentlint.cli.common import _load, _policy
    from contentlint.engine.cluster_joins import DaskJoins
    from contentlint.engine.core import Engine, RunResult, corpus_rules
    from contentlint.engine.run import lint_inputs
    from contentlint.model.problem import Problem

    built, truth, _ = synth.pages(300, 2, source=REPO / "fixtures")
    synth.write_site(built, truth, tmp_path)
    paths = [str(tmp_path)]
    cfg = _load(None, False, paths)
    engine = Engine(cfg, _policy(cfg, ("D", "K", "L"), (), ()), jobs=2, packs=cfg.packs)
    first = lint_inputs(engine, paths, None, False)
    docs = first.documents

    def run(joins: Joins) -> list[tuple]:
        """The corpus stage again over the same documents, its joins run by `joins`."""
        engine.corpus_joins = lambda: joins  # type: ignore[method-assign]
        found, _ = engine._corpus_stage(RunResult(), docs, None)
        found.sort(key=Problem.sort_key)
        return [(p.code, p.path, p.line, p.message, p.related) for p in found]

    want = run(Joins())
    codes = {p[0] for p in want}
    assert {"D001", "D002", "D003", "D007", "K001", "K002", "L001"} <= codes, codes
    corpus_codes = {r.code for r in corpus_rules(engine.policy)}
    assert want == [  # the stage run again gives what the first run gave
        (p.code, p.path, p.line, p.message, p.related)
        for p in first.problems
        if p.code in corpus_codes
    ]
    assert run(Joins(partition_rows=500)) == want
    assert run(DaskJoins(client, chunk_rows=2000, partition_rows=1000)) == want
    # D002's and D003's candidate pairs verified in many small partitions, their records
    # taken from many chunks held on the workers
    assert run(DaskJoins(client, chunk_rows=2000, hold_docs=20, verify_rows=40)) == want


# ----- verification where the records are held ------------------------------------------


def overlap_rows(left, right, columns, records, scale):
    """A stand-in verification: per row, the shared values of the two records (times
    `scale`, plus the row's column), and which process ran it."""
    import os

    (extra,) = columns
    out = [
        (i, j, scale * len(np.intersect1d(records[i], records[j])) + int(c))
        for i, j, c in zip(left.tolist(), right.tolist(), extra.tolist(), strict=True)
    ]
    return out, os.getpid()


def verify_all(joins, held, left, right, extra):
    rows: dict[int, tuple] = {}
    pids = set()
    for at, (found, pid) in joins.verify(held, left, right, overlap_rows, (extra,), (10,)):
        assert len(at) == len(found)
        rows.update(zip(at.tolist(), found, strict=True))
        pids.add(pid)
    return [rows[r] for r in range(len(left))], pids


def test_verification_runs_on_the_workers_with_the_in_process_result(client):
    """The same rows verified in this process and on the cluster (records held in many
    chunks, rows in many partitions, every row of a pair in one partition and in row
    order) give the same findings; on the cluster no verification runs here."""
    import os

    from contentlint.engine.cluster_joins import DaskJoins

    rng = np.random.default_rng(19)
    n = 400
    recs = [np.unique(rng.integers(0, 300, size=rng.integers(0, 60))) for _ in range(n)]
    left = rng.integers(0, n - 1, size=3000)
    right = left + 1 + rng.integers(0, n - 1 - left)
    extra = rng.integers(0, 5, size=3000)
    ids = np.unique(np.r_[left, right])
    local = Joins()
    want, pids = verify_all(local, local.hold(ids, recs.__getitem__), left, right, extra)
    assert pids == {os.getpid()}
    assert want[0] == (
        int(left[0]),
        int(right[0]),
        10 * len(np.intersect1d(recs[left[0]], recs[right[0]])) + int(extra[0]),
    )
    dask = DaskJoins(client, hold_docs=13, verify_rows=97)
    held = dask.hold(ids, recs.__getitem__)
    assert len(held.chunks) > 10  # type: ignore[attr-defined]
    got, pids = verify_all(dask, held, left, right, extra)
    assert got == want
    assert pids and os.getpid() not in pids
    # rows of one pair meet in one partition, in row order
    part_of: dict[tuple[int, int], int] = {}
    parts = dask.verify(held, left, right, overlap_rows, (extra,), (10,))
    assert len(parts) > 10
    for p, (at, _) in enumerate(parts):
        assert at.tolist() == sorted(at.tolist())
        for r in at.tolist():
            assert part_of.setdefault((int(left[r]), int(right[r])), p) == p
    dask.release(held)
    assert (
        dask.verify(dask.hold(ids[:0], recs.__getitem__), left[:0], right[:0], overlap_rows) == []
    )


def make_chunk(first: int, end: int, seed: int) -> dict[int, np.ndarray]:
    rng = np.random.default_rng(seed + first)
    return {i: np.unique(rng.integers(0, 50, size=20)) for i in range(first, end)}


def test_records_made_on_the_workers_are_verified_there(client):
    """Records the workers made (`hold_chunks`) are verified without passing through the
    client, with what the same records give in this process."""
    from contentlint.engine.cluster_joins import DaskJoins

    spans = [(s, min(250, s + 40)) for s in range(0, 250, 40)]
    chunks = [(client.submit(make_chunk, s, e, 3, pure=False), s) for s, e in spans]
    recs: dict[int, np.ndarray] = {}
    for s, e in spans:
        recs.update(make_chunk(s, e, 3))
    rng = np.random.default_rng(4)
    left = rng.integers(0, 200, size=500)
    right = left + rng.integers(1, 50, size=500)
    extra = np.zeros(500, dtype=np.int64)
    dask = DaskJoins(client, verify_rows=50)
    held = dask.hold_chunks(chunks, np.arange(250))
    got, _ = verify_all(dask, held, left, right, extra)
    want, _ = verify_all(
        Joins(), Joins().hold(np.arange(250), recs.__getitem__), left, right, extra
    )
    assert got == want
