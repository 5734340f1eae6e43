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
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from contentlint.engine.cluster import ClusterEngine
from contentlint.engine.core import Engine, RunResult, resolve_code
from contentlint.model.document import Document
from contentlint.model.settings import SourceSettings
from contentlint.sources import files, warc
from contentlint.sources.store import Store
from contentlint.sources.stored_crawl import crawl_stats
from contentlint.sources.stored_crawl import documents as stored_documents
from contentlint.sources.web import Page, ParseMap, init_parser, parse_item

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
) -> RunResult:
    """Lint the latest (or a given) crawl in a store: no network involved."""
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
                else pool_parse(jobs or engine.jobs)
            ),
            use_cache=use_cache,
        )
        result = engine.lint_documents(docs)
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
    archives: Sequence[Path],
    rest: Sequence[str],
    corpus: Sequence[str] | None,
    force_exclude: bool,
) -> RunResult:
    """Lint archives together with any Markdown/HTML files also given (one corpus)."""
    settings = engine.config.settings
    reader = warc.ArchiveReader(archives)
    found = engine.selector.discover(list(rest), force_exclude) if rest else None
    extra = engine.selector.discover(list(corpus)).files if corpus else []

    def file_docs(paths: Sequence[Path]) -> Iterator[Document]:
        for f in paths:
            rel = PurePosixPath(engine.selector.rel(f))
            yield files.load(f, files.display_path(f), rel, settings, resolve_code)

    reported_files = found.files if found else []
    known = {f.resolve() for f in reported_files}
    corpus_only = [f for f in extra if f.resolve() not in known]
    docs = chain(
        warc.documents(reader, settings, pool_parse(engine.jobs)),
        file_docs(reported_files),
        file_docs(corpus_only),
    )
    result = engine.lint_documents(docs)
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
) -> Iterator[R]:
    """`map` in worker processes, in order, with at most `window` items in flight.

    `Executor.map` submits the whole input first, so a large archive would sit in
    memory; this reads the input only as results are consumed.
    """
    it = iter(items)
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in it:
            yield fn(item)
        return
    window = window or jobs * 4
    pending: deque[Future[R]] = deque()
    with ProcessPoolExecutor(
        jobs, mp_context=_mp_context(), initializer=initializer, initargs=initargs
    ) as pool:
        for item in it:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
