"""The cross-document joins at a million documents on a Dask `LocalCluster` (issue 19).

    python bench/crossdoc_dask.py                        # 100k and 1M documents, 2 workers
    python bench/crossdoc_dask.py --docs 1000000 --workers 2 --json out.json

What runs is the cross-document stage's candidate generation as the cluster executor
runs it (`engine.cluster_joins.DaskJoins`), with its tables never on the client:
  * each worker generates the per-document records of its chunk of documents (50,000
    documents a task): a 128-value MinHash signature, 60 winnowed passage fingerprints
    (every fourth of its 240 shingles), a title key. Generation is a hash of the
    document number, so any process can rebuild any record and the planted truth is
    known: 1% exact copies, 1% near-copies (6% of the signature and 2% of the shingles
    changed, about 0.9 similar), 1% pages with a 60-shingle (15-fingerprint) passage
    copied from another page, 1% pages reusing another page's title, and a fingerprint
    every page shares with 2% of the site (a common phrase, which the join must drop).
    Every planted source is in another chunk.
  * three joins, shuffled over the workers: LSH band keys (the bands D002/D007 use),
    passage fingerprints (at most 40 documents per fingerprint, as D003) and title keys
    (D004); the pairs come back to the client;
  * verification on the workers, by the rules' own code: D002's `copies.jaccard_rows`
    over the LSH candidates and D003's `passages.passages_of_rows` over the passage
    candidates, run by `DaskJoins.verify` where the records are. The records (sorted
    content shingles; shingles, block starts and words) are made by worker tasks, one
    per chunk of documents, for the documents the candidates name, and held there
    (`DaskJoins.hold_chunks`): they never pass through the client, which gets back
    scores and passages only. Each page has 240 shingles (60 fingerprints, a window of
    4); near-copies change 2% of them, passage copies carry 60 of their source's;
  * the candidates' estimated similarity from the two signatures, as before.
It prints the seconds of each step, the summed peak resident memory of every process
of the run (client, scheduler, nannies, workers; sampled every 0.2 s), and recall of
what was planted (`recall_near_d002`, `recall_passage_d003`: what the verifications
confirmed). `bench(n, workers)` is the same as a function, for `bench/run`.

Not measured here: the rest of the real rules at this size (template learning, exact
groups, messages and related documents, D007's clusters), which still read every
`Document` on the client (see bench/results/dask3.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contentlint.model.joins import PairJoin
from contentlint.signals import similarity as sim

CHUNK = 50_000
NUM_PERM = 128
FINGERPRINTS = 60
#: Where each planted source lies: another chunk, so the joins must cross workers (and
#: always an original page: document d of kind k copies d - k - OFFSET).
OFFSET = 70_000


def _h(*parts: np.ndarray | int) -> np.ndarray:
    """A 64-bit hash of integer columns (vectorised)."""
    x = np.zeros(1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for p in parts:
            x = sim.mix64(x * np.uint64(0x9E3779B97F4A7C15) + np.asarray(p, dtype=np.uint64))
    return x


def plan(docs: np.ndarray, n: int) -> dict[str, np.ndarray]:
    """Which documents are planted copies, and of which source (-1: none)."""
    kind = docs % 100
    src = (docs - kind - OFFSET) % n
    return {
        "exact": np.where(kind == 1, src, -1),
        "near": np.where(kind == 2, src, -1),
        "passage": np.where(kind == 3, src, -1),
        "title": np.where(kind == 4, src, -1),
    }


def signatures(docs: np.ndarray, n: int) -> np.ndarray:
    p = plan(docs, n)
    family = np.where(p["exact"] >= 0, p["exact"], np.where(p["near"] >= 0, p["near"], docs))
    perm = np.arange(NUM_PERM, dtype=np.uint64)
    sig = (_h(family[:, None], perm[None, :], 1) >> np.uint64(32)).astype(np.uint32)
    changed = (p["near"] >= 0)[:, None] & (_h(docs[:, None], perm[None, :], 2) % np.uint64(100) < 6)
    own = (_h(docs[:, None], perm[None, :], 3) >> np.uint64(32)).astype(np.uint32)
    return np.where(changed, own, sig)


#: Shingles per document: a page of about 240 words in BLOCKS paragraphs; fingerprint t
#: is the shingle at position WINDOW * t (as winnowing keeps one a window).
WINDOW = 4
SHINGLES = WINDOW * FINGERPRINTS
BLOCKS = 4
K = 5
#: A planted passage: this many shingles of the source's start, at this offset in the copy
#: (64 words, over D003's 50).
PASSAGE = 60
PASSAGE_AT = 80


def shingles(docs: np.ndarray, n: int) -> np.ndarray:
    """Each document's shingle hashes in page order (one row per document): exact copies
    repeat their source's, near-copies change 2% of them (about 0.95 Jaccard), passage
    copies carry PASSAGE of their source's first shingles, and every page has one
    common phrase shared with 2% of the site (its last fingerprint)."""
    p = plan(docs, n)
    family = np.where(p["exact"] >= 0, p["exact"], np.where(p["near"] >= 0, p["near"], docs))
    pos = np.arange(SHINGLES, dtype=np.uint64)
    sh = (_h(family[:, None], pos[None, :], 4) >> np.uint64(32)).astype(np.uint32)
    changed = (p["near"] >= 0)[:, None] & (_h(docs[:, None], pos[None, :], 7) % np.uint64(100) < 2)
    own = (_h(docs[:, None], pos[None, :], 8) >> np.uint64(32)).astype(np.uint32)
    sh = np.where(changed, own, sh)
    copied = p["passage"] >= 0
    if copied.any():
        src = p["passage"][copied]
        sh[copied, PASSAGE_AT : PASSAGE_AT + PASSAGE] = (
            _h(src[:, None], pos[None, :PASSAGE], 4) >> np.uint64(32)
        ).astype(np.uint32)
    sh[:, -WINDOW] = (_h(docs % 50, 5) >> np.uint64(32)).astype(np.uint32)  # a common phrase
    return sh


def fingerprints(docs: np.ndarray, n: int) -> np.ndarray:
    return shingles(docs, n)[:, ::WINDOW]


def titles(docs: np.ndarray, n: int) -> np.ndarray:
    p = plan(docs, n)
    return _h(np.where(p["title"] >= 0, p["title"], docs), 6)


def band_table(start: int, end: int, n: int, bands: int, rows: int) -> tuple:
    docs = np.arange(start, end, dtype=np.int64)
    keys = sim.band_keys(signatures(docs, n), bands, rows).reshape(bands, -1)
    space = np.repeat(np.arange(bands, dtype=np.int64), len(docs))
    # Row numbers: band * n + document, so a group (one band) is in document order.
    row_ids = (np.arange(bands, dtype=np.int64)[:, None] * n + docs[None, :]).ravel()
    return keys.ravel(), space, None, row_ids


def fingerprint_table(start: int, end: int, n: int) -> tuple:
    docs = np.arange(start, end, dtype=np.int64)
    fp = fingerprints(docs, n).ravel()
    owner = np.repeat(docs, FINGERPRINTS)
    row_ids = owner * FINGERPRINTS + np.tile(np.arange(FINGERPRINTS), len(docs))
    return fp, None, owner, row_ids


def title_table(start: int, end: int, n: int) -> tuple:
    docs = np.arange(start, end, dtype=np.int64)
    return titles(docs, n), None, None, docs


def verify(pairs: np.ndarray, n: int) -> np.ndarray:
    """Estimated similarity of each candidate pair, from the two signatures."""
    if len(pairs) == 0:
        return np.zeros(0)
    a, b = signatures(pairs[:, 0], n), signatures(pairs[:, 1], n)
    return (a == b).mean(axis=1)


def content_chunk(ids: np.ndarray, n: int) -> dict[int, np.ndarray]:
    """D002's records of some documents, made on the worker that holds them: sorted
    unique shingles (`Analysis.content_shingles`)."""
    if len(ids) == 0:
        return {}
    return {int(d): np.unique(row) for d, row in zip(ids, shingles(ids, n), strict=True)}


def passage_chunk(ids: np.ndarray, n: int) -> dict[int, tuple[np.ndarray, np.ndarray, int]]:
    """D003's records (`passages.PassageRecord`): shingles, block starts, words."""
    if len(ids) == 0:
        return {}
    so = np.arange(0, SHINGLES + 1, SHINGLES // BLOCKS, dtype=np.int32)
    words = SHINGLES + BLOCKS * (K - 1)
    return {int(d): (row, so, words) for d, row in zip(ids, shingles(ids, n), strict=True)}


def held_on_workers(client: Any, joins: Any, make: Any, ids: np.ndarray, n: int) -> Any:
    """Records of `ids` made and kept on the workers, a chunk of documents per task."""
    ids = np.unique(ids)
    chunks = []
    for s in range(0, n, CHUNK):
        part = ids[(ids >= s) & (ids < s + CHUNK)]
        if len(part):
            chunks.append((client.submit(make, part, n, pure=False), int(part[0])))
    return joins.hold_chunks(chunks, ids)


def verified_rules(
    client: Any, joins: Any, n: int, lsh: np.ndarray, fi: np.ndarray, fj: np.ndarray
) -> tuple[dict[str, Any], np.ndarray, list[Any]]:
    """The real D002 and D003 verifications (`copies.jaccard_rows`,
    `passages.passages_of_rows`) on the workers, over the joins' candidates, with records
    the workers made and hold; only scores and passages come back."""
    from contentlint.rules.duplication.copies import jaccard_rows
    from contentlint.rules.duplication.passages import passages_of_rows

    out: dict[str, Any] = {}
    t = time.perf_counter()
    left, right = lsh[:, 0], lsh[:, 1]
    held = held_on_workers(client, joins, content_chunk, np.r_[left, right], n)
    sims = np.zeros(len(lsh))
    for at, found in joins.verify(held, left, right, jaccard_rows):
        sims[at] = found
    joins.release(held)
    out["d002_verify_s"] = time.perf_counter() - t
    out["d002_near_pairs"] = int((sims >= 0.9).sum())
    t = time.perf_counter()
    da, db = fi // FINGERPRINTS, fj // FINGERPRINTS
    pa, pb = (fi % FINGERPRINTS) * WINDOW, (fj % FINGERPRINTS) * WINDOW
    cross = da != db
    da, db, pa, pb = da[cross], db[cross], pa[cross], pb[cross]
    swap = da > db
    key = np.where(swap, db, da) * n + np.where(swap, da, db)
    pa, pb = np.where(swap, pb, pa), np.where(swap, pa, pb)
    order = np.argsort(key, kind="stable")
    key, pa, pb = key[order], pa[order], pb[order]
    group = np.cumsum(np.r_[True, key[1:] != key[:-1]]) - 1
    two = np.bincount(group)[group] >= 2
    key, pa, pb = key[two], pa[two], pb[two]
    left, right = np.divmod(key, n)
    held = held_on_workers(client, joins, passage_chunk, np.r_[left, right], n)
    passages = []
    for _at, found in joins.verify(held, left, right, passages_of_rows, (pa, pb), (K, 50, 0.3)):
        passages += found
    joins.release(held)
    out["d003_verify_s"] = time.perf_counter() - t
    out["d003_rows"] = len(key)
    out["d003_passages"] = len(passages)
    return out, lsh[sims >= 0.9], passages


class TreeMemory:
    """Peak of the summed resident memory of this process and all its descendants."""

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        total = 0
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except Exception:
                continue
        return total

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, self.sample())

    def __enter__(self) -> TreeMemory:
        self.peak = self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def stage(client: Any, n: int) -> dict[str, Any]:
    """The three joins and the verification on the cluster; times and recall."""
    from contentlint.engine.cluster_joins import DaskJoins

    joins = DaskJoins(client)
    bands, rows = sim.choose_bands(NUM_PERM, 0.8)
    spans = [(s, min(n, s + CHUNK)) for s in range(0, n, CHUNK)]
    out: dict[str, Any] = {"docs": n, "bands": bands}

    def tables(fn: Any, *args: Any) -> list[tuple[Any, int]]:
        return [(client.submit(fn, s, e, n, *args, pure=False), 0) for s, e in spans]

    t = time.perf_counter()
    i, j = joins.pairs_of_chunks(
        tables(band_table, bands, rows), PairJoin(max_group=200), n * bands
    )
    a, b = i % n, j % n
    codes = np.unique(np.minimum(a, b) * n + np.maximum(a, b))
    lsh = np.stack([codes // n, codes % n], axis=1)
    out["lsh_s"] = time.perf_counter() - t
    out["lsh_candidates"] = len(lsh)

    t = time.perf_counter()
    pieces = [client.submit(verify, lsh[s : s + 200_000], n) for s in range(0, len(lsh), 200_000)]
    est = np.concatenate([np.zeros(0), *client.gather(pieces)])
    out["verify_s"] = time.perf_counter() - t

    t = time.perf_counter()
    how = PairJoin(max_group=160, max_owners=40)
    fi, fj = joins.pairs_of_chunks(tables(fingerprint_table), how, n * FINGERPRINTS)
    fa, fb = fi // FINGERPRINTS, fj // FINGERPRINTS
    cross = fa != fb
    # As D003: a pair of documents sharing at least two fingerprints is a candidate
    # (one shared 32-bit fingerprint is as often a hash collision).
    shared, times = np.unique(
        np.minimum(fa, fb)[cross] * n + np.maximum(fa, fb)[cross], return_counts=True
    )
    passage_pairs = shared[times >= 2]
    out["passages_s"] = time.perf_counter() - t
    out["passage_pairs"] = len(passage_pairs)

    got, near_found, passages = verified_rules(client, joins, n, lsh, fi, fj)
    out.update(got)

    t = time.perf_counter()
    ti, tj = joins.pairs_of_chunks(tables(title_table), PairJoin(), n)
    title_pairs = np.unique(np.minimum(ti, tj) * n + np.maximum(ti, tj))
    out["titles_s"] = time.perf_counter() - t

    docs = np.arange(n, dtype=np.int64)
    p = plan(docs, n)

    def planted(kind: str) -> np.ndarray:
        sel = p[kind] >= 0
        return np.unique(
            np.minimum(docs[sel], p[kind][sel]) * n + np.maximum(docs[sel], p[kind][sel])
        )

    verified = set((codes[est >= 0.8]).tolist())
    for kind, found in (
        ("exact", verified),
        ("near", verified),
        ("passage", set(passage_pairs.tolist())),
        ("title", set(title_pairs.tolist())),
    ):
        want = planted(kind).tolist()
        out[f"recall_{kind}"] = sum(c in found for c in want) / max(1, len(want))
    # What the real verifications found: planted near-copies at 0.9 or more (D002), and
    # a passage of 50 words or more for every planted passage (D003).
    near = set((near_found[:, 0] * n + near_found[:, 1]).tolist())
    want = planted("near").tolist()
    out["recall_near_d002"] = sum(c in near for c in want) / max(1, len(want))
    copied = {p.a * n + p.b for p in passages if p.words >= 50}
    want = planted("passage").tolist()
    out["recall_passage_d003"] = sum(c in copied for c in want) / max(1, len(want))
    # Pairs the planted passages do not explain (sharing only the common phrase, say)
    # must not be candidates; a copy of a page shares what the page shares.
    # (a near-copy keeps most of its source's shingles, so its fingerprints too)
    root = np.where(p["exact"] >= 0, p["exact"], np.where(p["near"] >= 0, p["near"], docs))
    src = np.where(p["passage"] >= 0, root[np.maximum(p["passage"], 0)], -1)
    x, y = passage_pairs // n, passage_pairs % n
    explained = (root[x] == root[y]) | (src[x] == root[y]) | (src[y] == root[x])
    out["passage_pairs_unexplained"] = int((~explained).sum())
    return out


def bench(n: int, workers: int = 2, memory_limit: str = "3GiB") -> dict[str, Any]:
    """Start a LocalCluster of `workers` single-threaded processes on 127.0.0.1, run the
    stage on `n` documents, and report seconds, CPU seconds and summed peak memory."""
    import logging

    import cloudpickle
    import distributed

    if __name__ != "__main__":  # imported (bench/run): workers cannot import this file
        cloudpickle.register_pickle_by_value(sys.modules[__name__])

    with TreeMemory() as mem:
        cpu = os.times()
        t = time.perf_counter()
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                memory_limit=memory_limit,
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            started = time.perf_counter()
            result = stage(client, n)
            result["stage_s"] = time.perf_counter() - started
            workers_cpu = client.run(lambda: sum(os.times()[:2]))
        result["total_s"] = time.perf_counter() - t
        end = os.times()
    result["client_cpu_s"] = (end.user - cpu.user) + (end.system - cpu.system)
    result["workers_cpu_s"] = sum(workers_cpu.values())
    result["peak_mb_all_processes"] = mem.peak / 2**20
    result["workers"] = workers
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--memory-limit", default="3GiB", help="per worker; Dask spills above it")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    results = []
    for n in args.docs:
        r = bench(n, args.workers, args.memory_limit)
        results.append(r)
        print(json.dumps(r, indent=1))
        sys.stdout.flush()
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(
            f"{a['docs']:,} -> {b['docs']:,}: stage {b['stage_s'] / a['stage_s']:.1f}x the wall "
            f"time, {b['workers_cpu_s'] / max(a['workers_cpu_s'], 1e-9):.1f}x the workers' CPU"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
