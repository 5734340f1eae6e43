"""The job, from inputs to problems: which sources, which executor, then the engine.

`contentlint check` and `contentlint crawl` call this module and nothing below it. It
picks the sources for the inputs (files, WARC/ARC archives, a stored crawl), gives them
the executor that parses their pages, and hands the documents to the `Engine`, which runs
per-document rules, the corpus stage, suppressions and the cache. The second executor, a
Dask cluster (`cluster.ClusterEngine`), plugs in here: its own map stage for files and
archives, and its `ParseMap` for the crawl store.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from contentlint.config.core import Policy
from contentlint.engine.cluster import ClusterEngine
from contentlint.engine.core import (
    Engine,
    RunResult,
    init_worker,
    judge,
    resolve_code,
    worker_state,
)
from contentlint.model import registry
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.settings import SourceSettings
from contentlint.sources import files, warc
from contentlint.sources.store import Record, Store
from contentlint.sources.stored_crawl import crawl_stats, page_key
from contentlint.sources.stored_crawl import documents as stored_documents
from contentlint.sources.web import Page, ParseMap, init_parser, parse_item, serial_parse

T = TypeVar("T")
R = TypeVar("R")

#: A pool costs more than it saves below this many pages.
MIN_POOL_PAGES = 16


def lint_inputs(
    engine: Engine,
    paths: Sequence[str],
    corpus: Sequence[str] | None,
    force_exclude: bool,
    db: Path | None = None,
    *,
    only: set[str] | None = None,
    use_cache: bool = True,
) -> RunResult:
    """What `check` lints: a stored crawl (`--db`), WARC archives among the paths, or files."""
    if db is not None:
        return lint_db(engine, db, use_cache=use_cache)
    archives, rest = warc.split_paths(paths, engine.selector, force_exclude)
    if not archives:
        return engine.lint_paths(paths, corpus, force_exclude, only=only)
    if isinstance(engine, ClusterEngine):
        return engine.lint_archives(archives, rest, corpus, force_exclude)
    return lint_archives(engine, archives, rest, corpus, force_exclude)


def expand_globs(paths: Iterable[str]) -> list[str]:
    """Quoted globs (`'crawl/*.warc.gz'`, too many archives for a command line) expanded
    here; a path that exists, or matches nothing, is kept as given."""
    out: list[str] = []
    for p in paths:
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else []
        out += matches if matches and not Path(p).exists() else [p]
    return out


def lint_db(
    engine: Engine,
    path: Path,
    *,
    crawl: int | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    parser: CrawlParser | None = None,
) -> RunResult:
    """Lint the latest (or a given) crawl in a store: no network involved (`parser`: the
    pages `contentlint crawl` parsed while it crawled, and the pool that parsed them)."""
    if not Path(path).is_file():
        result = RunResult()
        result.warnings.append(f"{path}: no such crawl store")
        return result
    with Store(path) as store:
        latest = store.latest()
        if latest is None:
            result = RunResult()
            result.warnings.append(f"{path}: the store holds no crawl")
            return result
        crawl_id = crawl if crawl is not None else latest[0]
        docs = stored_documents(
            store,
            crawl_id,
            engine.config.settings,
            parse_map=(
                engine.parse_map()
                if isinstance(engine, ClusterEngine)
                else parser.parse_map()
                if parser is not None
                else pool_parse(jobs or engine.jobs)
            ),
            use_cache=use_cache,
            preparsed=parser.take if parser is not None else None,
        )
        result = engine.lint_documents(docs, linted=parser.linted if parser is not None else None)
        result.warnings += store.take_warnings()
        result.stats.update(crawl_stats(store, crawl_id, result.documents))
        if crawl is None and latest[1] != "finished":
            result.warnings.append(
                f"{path}: crawl {crawl_id} did not finish ({latest[1]}); "
                "linting the pages fetched so far (continue it with `contentlint crawl --resume`)"
            )
    return result


def lint_archives(
    engine: Engine,
    archives: Sequence[files.Input],
    rest: Sequence[str],
    corpus: Sequence[str] | None,
    force_exclude: bool,
) -> RunResult:
    """Lint archives together with any Markdown/HTML files also given (one corpus)."""
    settings = engine.config.settings
    reader = warc.ArchiveReader(archives)
    found = engine.selector.discover(list(rest), force_exclude) if rest else None
    extra = engine.selector.discover(list(corpus)).files if corpus else []

    def file_docs(paths: Sequence[files.Input]) -> Iterator[Document]:
        for f in paths:
            rel = PurePosixPath(engine.selector.rel(f))
            yield files.load(f, files.display_path(f), rel, settings, resolve_code)

    reported_files = found.files if found else []
    known = {files.resolved(f) for f in reported_files}
    corpus_only = [f for f in extra if files.resolved(f) not in known]
    pool = LintingPool(engine)
    docs = chain(
        warc.documents(reader, settings, pool.parse_map),
        file_docs(reported_files),
        file_docs(corpus_only),
    )
    result = engine.lint_documents(docs, linted=pool.linted)
    if corpus_only:
        # Compared against, not reported on (as `check --corpus` does for files).
        hidden = {files.display_path(f) for f in corpus_only}
        result.problems = [p for p in result.problems if p.path not in hidden]
        result.reported_paths = frozenset(p for p in result.reported_paths if p not in hidden)
        result.reported = len(result.reported_paths)
    if found:
        result.warnings += [f"{p}: no such file or directory" for p in found.missing]
        result.warnings += [f"{p}: not a Markdown or HTML file, skipped" for p in found.skipped]
    for key, value in sorted(reader.counts.items()):
        result.stats[f"warc: {key}"] = value
    return result


# ----- the in-process executor: a bounded pool of worker processes ---------------------------


def default_jobs(jobs: int | None) -> int:
    return max(1, jobs or os.cpu_count() or 1)


def pool_parse(jobs: int | None) -> ParseMap:
    """A `ParseMap` over `jobs` worker processes (one process for a handful of pages)."""

    def parse_map(
        items: Iterable[tuple[str | None, Page | Document]],
        settings: SourceSettings,
        size: int | None = None,
    ) -> Iterator[tuple[str | None, Document]]:
        workers = default_jobs(jobs) if size is None or size >= MIN_POOL_PAGES else 1
        return bounded_map(parse_item, items, workers, init_parser, (settings, resolve_code))

    return parse_map


def _lint_item(item: tuple[str | None, Page | Document]) -> LintedItem:
    """Parse a page and run the per-document rules and features on it, in a worker."""
    key, doc = parse_item(item)
    problems, errors = judge(doc, worker_state["policy"])
    return key, doc.slim(), problems, errors


#: A page linted in a worker: its key, the slimmed document, its problems and errors.
LintedItem = tuple[str | None, Document, list[Problem], list[str]]


class LintingPool:
    """A `ParseMap` whose workers also run the per-document rules and features, so an
    archive's pages come back slimmed and judged: the parent only collects them.

    With a plain parse pool the parent ran every page's rules itself, one page at a
    time, while the workers waited for it (5,000 WARC pages on 2 cores: the parent
    used 29 of the run's 67 CPU-seconds), and whole documents, text included, were
    pickled back. The rules run on the freshly parsed page either way (aliases and
    settled links come after every page), so the problems are the same.
    """

    def __init__(self, engine: Engine) -> None:
        self.jobs = engine.jobs
        self.policy = engine.policy
        self.packs = engine.packs
        self.results: dict[int, tuple[list[Problem], list[str]]] = {}

    def parse_map(
        self,
        items: Iterable[tuple[str | None, Page | Document]],
        settings: SourceSettings,
        size: int | None = None,
    ) -> Iterator[tuple[str | None, Document]]:
        workers = default_jobs(self.jobs) if size is None or size >= MIN_POOL_PAGES else 1
        init = (settings, self.policy, self.packs)
        for key, doc, problems, errors in bounded_map(
            _lint_item, items, workers, _init_crawl_worker, init
        ):
            self.results[id(doc)] = (problems, errors)
            yield key, doc

    def linted(self, doc: Document) -> tuple[list[Problem], list[str]] | None:
        """The problems and errors of a document `parse_map` gave, once."""
        return self.results.pop(id(doc), None)


def _mp_context() -> Any:
    import multiprocessing as mp

    # fork is cheap (no re-import of trafilatura) but unsafe once threads exist.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def bounded_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    window: int = 0,
    pool: ProcessPoolExecutor | None = None,
    local: Callable[[T], bool] | None = None,
) -> Iterator[R]:
    """`map` in worker processes, in order, with at most `window` items in flight.

    `Executor.map` submits the whole input first, so a large archive would sit in
    memory; this reads the input only as results are consumed. `pool`: one already
    running (its initializer already set); items for which `local` is true are mapped
    in this process (a document that only passes through need not be pickled twice).
    """
    it = iter(items)
    if jobs <= 1 and pool is None:
        if initializer is not None:
            initializer(*initargs)
        for item in it:
            yield fn(item)
        return
    window = window or jobs * 4
    pending: deque[Future[R]] = deque()
    with (
        ProcessPoolExecutor(
            jobs, mp_context=_mp_context(), initializer=initializer, initargs=initargs
        )
        if pool is None
        else nullcontext(pool)
    ) as executor:
        for item in it:
            if local is not None and local(item):
                done: Future[R] = Future()
                done.set_result(fn(item))
                pending.append(done)
            else:
                pending.append(executor.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _built(item: tuple[str | None, Page | Document]) -> bool:
    return isinstance(item[1], Document)


def _ready() -> None:
    """A no-op task: makes the pool start its workers."""


def _init_crawl_worker(settings: SourceSettings, policy: Policy, packs: Sequence[str]) -> None:
    init_parser(settings, resolve_code)
    init_worker(settings, policy, packs)


#: What a crawl worker returns: the linted, slimmed document, its problems, internal
#: errors, and its stored form encoded before any rule ran (None: not cached).
CrawlOutput = tuple[Document, list[Problem], list[str], bytes | None]


def _parse_and_lint(item: tuple[str, Page, bool]) -> CrawlOutput:
    """Worker side of `CrawlParser`: parse a page, then run the per-document rules and
    features on it, as `Engine.lint_documents` would in the parent."""
    key, page, encode = item
    doc = parse_item((key, page))[1]
    blob = Store.encode_document(doc) if encode else None
    problems, errors = judge(doc, worker_state["policy"])
    return doc.slim(), problems, errors, blob


class CrawlParser:
    """Parses and lints crawled pages in worker processes while the crawl goes on.

    `contentlint crawl` used to fetch every page and only then parse them in the workers
    and run the per-document rules in the parent: the workers idled while the fetcher
    waited on the network, and the other way round. This is the crawl's `on_record`
    hook: each HTML page, once stored, goes to the worker pool (started before the crawl,
    while the process has one thread, so it can fork), which parses it and runs the
    per-document rules and features; `stored_crawl.documents` takes the document by its
    `page_key` instead of parsing the page again, and `Engine.lint_documents` takes its
    problems (`linted`) instead of running the rules again. Same functions, same body,
    headers and row facts: the same results. A page an earlier crawl fetched is parsed
    after the crawl as before (its E008 record must be there before the rules run).
    Bodies sent are capped at `budget` bytes (pages past it are parsed after the crawl).
    """

    def __init__(
        self, engine: Engine, use_cache: bool = True, budget: int = 64 * 1024 * 1024
    ) -> None:
        self.settings = engine.config.settings
        self.jobs = default_jobs(engine.jobs)
        self.use_cache = use_cache
        self.budget = budget
        self.sent = 0
        self.futures: dict[str, Future[CrawlOutput]] = {}
        self.results: dict[int, tuple[list[Problem], list[str]]] = {}
        self.pool: ProcessPoolExecutor | None = None
        if self.jobs > 1 and not isinstance(engine, ClusterEngine):
            import trafilatura  # noqa: F401  (imported once, shared by the forked workers)

            registry.run_warmups()
            self.pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=_mp_context(),
                initializer=_init_crawl_worker,
                initargs=(self.settings, engine.policy, engine.packs),
            )
            self.pool.submit(_ready).result()

    def __enter__(self) -> CrawlParser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.futures.clear()

    def __call__(self, rec: Record) -> None:
        """The crawl's `on_record` hook: send each stored HTML page to a worker."""
        if self.pool is None:
            return
        for r in (rec, *rec.others):
            if r.kind != "html" or r.body is None or r.revalidated:
                continue
            if self.sent + len(r.body) > self.budget:
                return
            # The row facts as `stored_crawl` reads them back (redirects through JSON).
            extra: dict[str, Any] = {"depth": r.depth}
            if r.redirects:
                extra["redirects"] = json.loads(json.dumps(r.redirects))
            if r.discovered_from:
                extra["discovered_from"] = r.discovered_from
            page = Page(r.url, r.final_url or r.url, r.status or 200, dict(r.headers), r.body)
            key = page_key(self.settings, page, files.content_hash(r.body))
            page.extra = extra
            if key not in self.futures:
                self.sent += len(r.body)
                item = (key, page, self.use_cache)
                self.futures[key] = self.pool.submit(_parse_and_lint, item)

    def take(self, key: str) -> tuple[Document, bytes | None] | None:
        """The document made for `key` during the crawl (waiting for it), once."""
        fut = self.futures.pop(key, None)
        if fut is None:
            return None
        try:
            doc, problems, errors, blob = fut.result()
        except Exception:  # a worker lost: the page is parsed again, as before
            return None
        self.results[id(doc)] = (problems, errors)
        return doc, blob

    def linted(self, doc: Document) -> tuple[list[Problem], list[str]] | None:
        """The per-document problems and errors of a document `take` gave, once."""
        return self.results.pop(id(doc), None)

    def parse_map(self) -> ParseMap:
        """A `ParseMap` on the same pool (a second pool could not fork: threads exist)."""
        if self.pool is None:
            return serial_parse if self.jobs <= 1 else pool_parse(self.jobs)
        pool = self.pool

        def parse_map(
            items: Iterable[tuple[str | None, Page | Document]],
            settings: SourceSettings,
            size: int | None = None,
        ) -> Iterator[tuple[str | None, Document]]:
            return bounded_map(parse_item, items, self.jobs, pool=pool, local=_built)

        return parse_map
