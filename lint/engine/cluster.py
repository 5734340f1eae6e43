"""The second executor: the map stage on a Dask cluster (`check --scheduler`).

Workers read, extract, run per-document rules and compute the corpus rules' features,
then send back compact records (the slimmed `Document` without its blocks, its
problems, rule errors): never the HTML, and not the text either. The corpus stage runs
here, once, over the records, exactly as after the worker pool, except that its key
joins (candidate pairs from LSH bands, passage fingerprints, title keys) are shuffled
over the workers (`cluster_joins.DaskJoins`), so both executors give the same
problems. Rules do not know which executor runs them.

Files are linted in batches; a WARC/ARC file is split into shards (records `i` with
`i % shards == shard`), each read by one worker, so one large archive still keeps every
worker busy. A worker that dies takes its tasks with it: Dask runs them again on another
one (the futures are held until the corpus stage), so no document is lost.

The scheduler address comes from `--scheduler` or `CONTENTLINT_SCHEDULER` only, never
from a config file: a pull request must not be able to send the run, and the pickled
data Dask exchanges, to a scheduler of its choosing.
"""

from __future__ import annotations

import importlib.util
import logging
import operator
import os
import pickle
import uuid
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from contentlint.config.core import Config, Policy
from contentlint.engine.cluster_joins import DaskJoins
from contentlint.engine.core import (
    Engine,
    Output,
    RunResult,
    Task,
    drop_blocks,
    init_worker,
    judge,
    process_task,
    resolve_code,
    text_choosers,
)
from contentlint.model.document import Block, Document
from contentlint.model.joins import Joins
from contentlint.model.settings import SourceSettings
from contentlint.sources import files, warc
from contentlint.sources.web import (
    Page,
    UrlPolicy,
    failed_document,
    init_parser,
    known_urls,
    normalize,
    parse_item,
    redirect_loops,
    resolve_aliases,
    settle_links,
    with_aliases,
)

ENV_VAR = "CONTENTLINT_SCHEDULER"
#: Documents per file task, at most (fewer when that leaves workers idle).
FILE_BATCH = 64
#: Shards per archive: enough tasks for every worker, and for a retry to redo little.
SHARDS_PER_WORKER = 4


class ClusterError(Exception):
    """The cluster cannot be used (Dask missing, scheduler unreachable)."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError(
            "--scheduler needs Dask: pip install 'contentlint[dask]'"
            " (or leave --scheduler out to use the worker pool on this machine)"
        ) from exc
    return distributed


def has_dashboard() -> bool:
    """The Dask dashboard needs bokeh; without it no dashboard is started or printed."""
    return importlib.util.find_spec("bokeh") is not None


@contextmanager
def connect(address: str, workers: int | None = None) -> Iterator[Any]:
    """A `distributed.Client` for `tcp://HOST:PORT`, or for `local[:N]`: a `LocalCluster`
    of N single-threaded worker processes on 127.0.0.1 (the rules hold the GIL)."""
    distributed = _distributed()
    cluster = None
    try:
        if address == "local" or address.startswith("local:"):
            n = int(address.partition(":")[2] or workers or os.cpu_count() or 1)
            cluster = distributed.LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                # The scheduler's HTTP server (health checks; the dashboard when bokeh is
                # installed) on loopback, on a free port.
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout="30s")
    except (OSError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"--scheduler {address}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dashboard_link(client: Any) -> str | None:
    return str(client.dashboard_link) if has_dashboard() and client.dashboard_link else None


# ----- worker side -------------------------------------------------------------------------

#: What every task needs: a token (so a worker sets up once per run), settings, policy, packs.
Context = tuple[str, SourceSettings, Policy, list[str]]
_state: dict[str, Any] = {}


def _setup(ctx: Context) -> Policy:
    token, settings, policy, packs = ctx
    if _state.get("token") != token:
        init_worker(settings, policy, packs)
        init_parser(settings, resolve_code)
        _state["token"] = token
    return policy


def lint_file_batch(ctx: Context, tasks: list[Task], early: bool) -> list[tuple[Output, bool]]:
    """Read and lint files; each record says whether its blocks were dropped (the client
    reads them again from the file if a corpus rule asks for them)."""
    policy = _setup(ctx)
    out = []
    for task in tasks:
        output = process_task(task)
        out.append((output, early and drop_blocks(output[0], policy)))
    return out


def _finish_document(doc: Document, policy: Policy) -> tuple[Output, bytes | None]:
    """Per-document rules and features of a document a source built (as
    `Engine.lint_documents` does), and its blocks compressed when they are dropped."""
    problems, errors = judge(doc, policy)
    doc.slim()
    blob = None
    if doc.blocks and text_choosers(policy) is not None:
        blob = zlib.compress(pickle.dumps(doc.blocks, pickle.HIGHEST_PROTOCOL), 1)
        if not drop_blocks(doc, policy):
            blob = None
    return (doc, problems, errors), blob


@dataclass
class Shard:
    """What one shard of an archive gives back: records and what the archive said."""

    #: (record index, output); an unreadable archive's F001 has index -1.
    outputs: list[tuple[int, Output]] = field(default_factory=list)
    #: Every response record of the shard with a URL: (url, index, counts, redirect target).
    urls: list[tuple[str, int, dict[str, int], str | None]] = field(default_factory=list)


class _ShardReader(warc.ArchiveReader):
    """The records of one shard, keyed by their index in the archive; the counts and
    redirects each record made are kept per record, for the client to keep the first
    capture of each URL across shards."""

    def __init__(self, path: files.Input, shard: int, shards: int, max_body: int) -> None:
        super().__init__([path], max_body)
        self.shard, self.shards = shard, shards
        self.urls: dict[int, tuple[str, int, dict[str, int], str | None]] = {}

    def read_records(
        self, records: Iterable[Any], seen: set[str]
    ) -> Iterator[tuple[str | None, Page | Document]]:
        for i, record in enumerate(records):
            if i % self.shards != self.shard:
                continue
            if record.rec_type != "response" or record.http_headers is None:
                continue
            raw = record.rec_headers.get_header("WARC-Target-URI") or ""
            url = normalize(raw, base=None)
            if url is None:
                continue
            before = Counter(self.counts)
            item = self.record_item(record, set())
            target = self.redirects.pop(url, None)
            self.urls[i] = (url, i, dict(self.counts - before), target)
            if item is not None:
                yield str(i), item


def lint_archive_shard(
    ctx: Context, path: str, shard: int, shards: int, max_body: int
) -> tuple[Shard, dict[int, bytes]]:
    """Read one shard of an archive and lint its pages. The dropped blocks stay on the
    worker (the second element), fetched only for the few documents a rule asks for."""
    policy = _setup(ctx)
    reader = _ShardReader(files.as_path(path), shard, shards, max_body)
    result = Shard()
    blobs: dict[int, bytes] = {}
    for key, item in reader.items():
        index = -1 if key is None else int(key)
        _, doc = parse_item((None, item))
        output, blob = _finish_document(doc, policy)
        result.outputs.append((index, output))
        if blob is not None:
            blobs[index] = blob
    result.urls = list(reader.urls.values())
    return result, blobs


def pick_blocks(shard: tuple[Shard, dict[int, bytes]], indexes: list[int]) -> dict[int, bytes]:
    return {i: shard[1][i] for i in indexes if i in shard[1]}


def parse_batch(ctx: Context, items: list[tuple[str | None, Page | Document]]) -> list[Any]:
    """`ParseMap` work on a worker (the crawl store's pages)."""
    _setup(ctx)
    return [parse_item(item) for item in items]


# ----- client side -------------------------------------------------------------------------


class ClusterEngine(Engine):
    """The `Engine` with its map stage on a Dask cluster; the corpus stage is unchanged."""

    def __init__(self, client: Any, config: Config, policy: Policy, **kwargs: Any) -> None:
        kwargs["cache"] = None  # the cache lives on this machine's disk; a cluster run skips it
        super().__init__(config, policy, **kwargs)
        self.client = client
        self._ctx: Any = None

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def context(self) -> Any:
        """The run's settings and policy, sent to every worker once."""
        if self._ctx is None:
            ctx: Context = (
                uuid.uuid4().hex,
                self.config.settings,
                self.policy,
                [str(p) for p in self.packs],
            )
            self._ctx = self.client.scatter(ctx, broadcast=True, hash=False)
        return self._ctx

    def corpus_joins(self) -> Joins:
        """The cross-document rules' key joins run on the workers too (a shuffle)."""
        return DaskJoins(self.client)

    def _extract(self, tasks: list[Task], result: RunResult) -> list[Output]:
        return self.map_files(tasks)

    def map_files(self, tasks: list[Task]) -> list[Output]:
        """Files in batches on the workers, back in input order."""
        distributed = _distributed()
        if self.progress is not None:
            self.progress.total(len(tasks))
        if not tasks:
            return []
        early = text_choosers(self.policy) is not None
        size = max(1, min(FILE_BATCH, len(tasks) // (self.workers * 4) or 1))
        batches = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        ctx = self.context()
        # Workers run in folders of their own: they get absolute paths (shared storage).
        futures = [
            self.client.submit(
                lint_file_batch,
                ctx,
                [(os.path.abspath(t[0]), t[1], t[2]) for t in b],
                early,
                pure=False,
            )
            for b in batches
        ]
        index = {f.key: i for i, f in enumerate(futures)}
        done: list[list[tuple[Output, bool]]] = [[] for _ in batches]
        for fut in distributed.as_completed(futures):
            records = done[index[fut.key]] = fut.result()
            for output, _ in records:  # `--output-format jsonl`: written as batches finish
                self._stream(output[0], output[1])
            self._tick_n(len(records))
            fut.release()
        out: list[Output] = []
        for batch, records in zip(batches, done, strict=True):
            for task, (output, dropped) in zip(batch, records, strict=True):
                if dropped:
                    self.dropped[output[0].path] = task
                out.append(output)
        return out

    def _tick_n(self, n: int) -> None:
        if self.progress is not None and n:
            self.progress.done(n)

    # ----- archives --------------------------------------------------------------------
    def lint_archives(
        self,
        archives: Sequence[files.Input],
        rest: Sequence[str],
        corpus: Sequence[str] | None,
        force_exclude: bool,
    ) -> RunResult:
        """WARC/ARC files (and files given with them) as one corpus, as `run.lint_archives`."""
        result = RunResult()
        found = self.selector.discover(list(rest), force_exclude) if rest else None
        extra = self.selector.discover(list(corpus)).files if corpus else []
        reported_files = found.files if found else []
        known_files = {files.resolved(f) for f in reported_files}
        corpus_only = [f for f in extra if files.resolved(f) not in known_files]
        outputs, counts, where, jobs = self._map_archives(archives)
        cwd = os.getcwd()
        # Files given with the archives stream as they finish; the archives' pages wait
        # for every shard (the first capture of a URL wins, whichever shard it is in).
        self._streamed = frozenset(files.display_path(f, cwd) for f in reported_files)
        file_tasks = [
            (str(f), files.display_path(f, cwd), self.selector.rel(f))
            for f in [*reported_files, *corpus_only]
        ]
        outputs += self.map_files(file_tasks)
        self._fetch_chosen(outputs, where, jobs)
        for _, _, fut in jobs:
            fut.release()
        docs = [o[0] for o in outputs]
        problems = [p for o in outputs for p in o[1]]
        for o in outputs:
            result.internal_errors += o[2]
        self._finish(result, docs, problems, None)
        if corpus_only:
            hidden = {files.display_path(f) for f in corpus_only}
            result.problems = [p for p in result.problems if p.path not in hidden]
            result.reported_paths = frozenset(p for p in result.reported_paths if p not in hidden)
            result.reported = len(result.reported_paths)
        if found:
            result.warnings += [f"{p}: no such file or directory" for p in found.missing]
            result.warnings += [f"{p}: not a Markdown or HTML file, skipped" for p in found.skipped]
        for key, value in sorted(counts.items()):
            result.stats[f"warc: {key}"] = value
        return result

    def _map_archives(
        self, archives: Sequence[files.Input]
    ) -> tuple[list[Output], Counter[str], dict[int, tuple[int, int, int]], list[Any]]:
        """Shards on the workers; here the first capture of each URL wins (as when one
        reader goes through the archives in order), then redirects and links are settled."""
        distributed = _distributed()
        ctx = self.context()
        per_file = max(1, self.workers * SHARDS_PER_WORKER // max(1, len(archives)))
        jobs: list[tuple[int, int, Any]] = []
        for n, path in enumerate(archives):
            for s in range(per_file):
                fut = self.client.submit(
                    lint_archive_shard,
                    ctx,
                    files.resolved(path),
                    s,
                    per_file,
                    warc.DEFAULT_MAX_BODY,
                    pure=False,
                )
                jobs.append((n, s, fut))
        metas = {
            self.client.submit(operator.itemgetter(0), fut, pure=False): (n, s, fut)
            for n, s, fut in jobs
        }
        shards: dict[tuple[int, int], Shard] = {}
        for meta in distributed.as_completed(list(metas)):
            n, s, _ = metas[meta]
            shards[n, s] = meta.result()
            self._tick_n(len(shards[n, s].outputs))
            meta.release()
        first: dict[str, tuple[int, int]] = {}
        facts: dict[tuple[int, int], tuple[dict[str, int], str | None]] = {}
        for (n, _), shard in shards.items():
            for url, i, delta, target in shard.urls:
                facts[n, i] = (delta, target)
                if url not in first or (n, i) < first[url]:
                    first[url] = (n, i)
        winners = set(first.values())
        counts: Counter[str] = Counter()
        redirects: dict[str, str] = {}
        for url, pos in sorted(first.items(), key=operator.itemgetter(1)):
            delta, target = facts[pos]
            counts.update(delta)
            if target:
                redirects[url] = target
        kept: dict[tuple[int, float], tuple[Output, int]] = {}
        for (n, s), shard in shards.items():
            for i, output in shard.outputs:
                if i < 0:  # the archive could not be read to its end: one F001, last
                    kept.setdefault((n, float("inf")), (output, -1))
                elif (n, i) in winners:
                    kept[n, i] = (output, s)
        order = sorted(kept)
        outputs = [kept[k][0] for k in order]
        #: Where each document's dropped blocks wait: output index -> (archive, shard, record).
        where = {j: (k[0], kept[k][1], int(k[1])) for j, k in enumerate(order) if kept[k][1] >= 0}
        by_url = {o[0].url: o[0] for o in outputs if o[0].url}
        for url, chain in sorted(redirect_loops(redirects).items()):
            doc = failed_document(url, "redirect loop: " + " → ".join(chain), "redirect loop")
            output, _ = _finish_document(doc, self.policy)
            by_url[url] = doc
            outputs.append(output)
        for final, sources in resolve_aliases(redirects.items()).items():
            if final in by_url:
                with_aliases(by_url[final], sources)
        pages = set(first) - set(redirects)
        settle_links(by_url.values(), known_urls(pages, redirects) | set(by_url), UrlPolicy())
        return outputs, counts, where, jobs

    def _fetch_chosen(
        self, outputs: list[Output], where: dict[int, tuple[int, int, int]], jobs: list[Any]
    ) -> None:
        """Bring back the blocks of the few documents a corpus rule reads (`needs_text`),
        chosen over the whole corpus as `prepare_corpus` will choose them."""
        choosers = text_choosers(self.policy)
        if not choosers or not where:
            return
        docs = [o[0] for o in outputs]
        chosen = {id(d) for choose in choosers for d in choose(docs)}
        wanted: dict[tuple[int, int], list[tuple[int, Document]]] = {}
        for j, (n, s, i) in where.items():
            doc = docs[j]
            if id(doc) in chosen and not doc.blocks:
                wanted.setdefault((n, s), []).append((i, doc))
        if not wanted:
            return
        by_shard = {(n, s): fut for n, s, fut in jobs}
        futures = {
            key: self.client.submit(pick_blocks, by_shard[key], [i for i, _ in items])
            for key, items in wanted.items()
        }
        for key, fut in futures.items():
            blobs = fut.result()
            for i, doc in wanted[key]:
                if i in blobs:
                    blocks: list[Block] = pickle.loads(zlib.decompress(blobs[i]))
                    doc.blocks = blocks

    # ----- the crawl store: its pages parsed on the workers ------------------------------
    def parse_map(self, window: int = 0) -> Any:
        """A `ParseMap` over the cluster, in order, with a bounded number of batches out."""
        engine = self

        def parse_map(
            items: Iterable[tuple[str | None, Page | Document]],
            settings: SourceSettings,
            size: int | None = None,
        ) -> Iterator[tuple[str | None, Document]]:
            ctx = engine.context()
            limit = window or engine.workers * 4
            pending: list[Any] = []
            batch: list[tuple[str | None, Page | Document]] = []
            for item in items:
                batch.append(item)
                if len(batch) >= 16:
                    pending.append(engine.client.submit(parse_batch, ctx, batch, pure=False))
                    batch = []
                    if len(pending) >= limit:
                        yield from pending.pop(0).result()
            if batch:
                pending.append(engine.client.submit(parse_batch, ctx, batch, pure=False))
            for fut in pending:
                yield from fut.result()

        return parse_map
