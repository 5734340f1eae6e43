"""The engine: discover, extract and run per-document rules (in worker processes), then
run corpus rules once, then apply suppressions, selection and severities.

Data flows one way: sources -> documents -> rules -> problems. The engine is the only
place that knows about all three; rules never do I/O and never see each other's output.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import traceback
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from contentlint.config.core import Config, Policy
from contentlint.engine import deadline
from contentlint.engine.memory import fewer_collections, release_memory, settle_before_stage
from contentlint.model import codec, registry
from contentlint.model.corpus import Corpus
from contentlint.model.document import Block, Document
from contentlint.model.joins import IN_PROCESS, Joins
from contentlint.model.problem import Problem, Severity
from contentlint.model.settings import SourceSettings
from contentlint.signals import kinds, language
from contentlint.sources import files, remote


class Progress(Protocol):
    """Where the engine reports documents done (a progress bar on a terminal)."""

    def total(self, n: int) -> None: ...

    def done(self, n: int) -> None: ...


@dataclass
class RunResult:
    problems: list[Problem] = field(default_factory=list)
    #: Documents problems were reported for, and the corpus they were compared with.
    reported: int = 0
    reported_paths: frozenset[str] = frozenset()
    corpus_size: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    #: Explicit paths that were missing or not content; shown as warnings.
    warnings: list[str] = field(default_factory=list)
    #: Rule crashes. The run goes on, but the exit status is 2.
    internal_errors: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    #: The corpus the corpus rules saw (with what they shared, e.g. the link graph), so
    #: the scorer reads the same structures instead of building them again.
    corpus: Corpus | None = None
    cache_hits: int = 0

    def count(self, at_least: Severity) -> int:
        return sum(1 for p in self.problems if p.severity is not None and p.severity >= at_least)


def resolve_code(name: str) -> str:
    """Suppression comments may name rules by code, prefix or slug."""
    r = registry.get_rule(name)
    return r.code if r is not None else name.upper()


def run_document_rules(
    doc: Document, policy: Policy, errors: list[str] | None = None
) -> list[Problem]:
    """Every enabled per-document rule that applies to this document."""
    out: list[Problem] = []
    for r in registry.all_rules():
        if r.scope != "document" or not policy.enabled_for(doc.path, r.code):
            continue
        if "*" not in r.applies_to and not doc.readable:
            continue
        if not policy.judges(r, doc.kind, doc.judged, doc.lang, doc.format):
            continue
        try:
            found = list(r.check(doc, policy.options_for(r, doc.path)))
        except Exception:
            if errors is not None:
                errors.append(f"rule {r.code} crashed on {doc.path}:\n{traceback.format_exc()}")
            continue
        for p in found:
            finish(p, r, policy, doc.path)
            if p.path == doc.path:
                p.page_kind = doc.kind
            if not doc.suppressions.suppresses(p):
                out.append(p)
    return out


def finish(p: Problem, r: registry.Rule, policy: Policy, path: str) -> Problem:
    p.code = r.code
    p.rule = r.name
    p.path = p.path or path
    # Most messages repeat across a site ("no author named on the page; …"): one copy
    # each, not one per page, when a crawl holds 100,000 problems.
    p.message = sys.intern(p.message)
    p.subject = sys.intern(p.subject)
    # A severity set in config always wins; otherwise a rule may escalate one problem
    # (T001 below `error_below`) over its default.
    configured = policy.configured_severity(r, p.path)
    if configured is not None:
        p.severity = configured
    elif p.severity is None:
        p.severity = r.severity
    return p


# ----- worker processes ------------------------------------------------------------------

worker_state: dict[str, Any] = {}


def init_worker(settings: SourceSettings, policy: Policy, packs: Sequence[str]) -> None:
    """Set up a worker process (pool or Dask worker) for `process_task`."""
    worker_state["settings"] = settings
    worker_state["policy"] = policy
    if packs:  # user rule packs register rules; workers must see them too
        from contentlint.rules._shared import packs as packs_mod

        packs_mod.load_packs([Path(p) for p in packs])


Task = tuple[str, str, str]  # filesystem path, display path, path relative to the config root


def process_task(task: Task) -> tuple[Document, list[Problem], list[str]]:
    """Read, extract and lint one file in a set-up worker (`init_worker`)."""
    settings: SourceSettings = worker_state["settings"]
    policy: Policy = worker_state["policy"]
    path, display, rel = task
    errors: list[str] = []
    try:
        with deadline.limit(settings.max_file_time):
            doc = files.load(
                files.as_path(path), display, PurePosixPath(rel), settings, resolve_code
            )
            problems = run_document_rules(doc, policy, errors)
            compute_features(doc, policy, errors)
    except deadline.TimeLimit:
        errors = []
        doc = files.failed(display, files.format_of(path), "F001", _too_slow(settings))
        problems = run_document_rules(doc, policy, errors)
    return doc.slim(), problems, errors


def _too_slow(settings: SourceSettings) -> str:
    return (
        f"took longer than {settings.max_file_time:g} s to read (max-file-time); "
        "a file this slow to parse is usually generated or broken"
    )


def judge(doc: Document, policy: Policy) -> tuple[list[Problem], list[str]]:
    """A built document's per-document problems and internal errors, its features
    computed: what every executor does to a page a source built (files, WARC, crawl)."""
    errors: list[str] = []
    problems = run_document_rules(doc, policy, errors)
    compute_features(doc, policy, errors)
    return problems, errors


def compute_features(doc: Document, policy: Policy, errors: list[str] | None = None) -> None:
    """Per-document records for the enabled corpus rules (see `registry.feature`)."""
    if not doc.readable:
        return
    for feat in registry.all_features():
        enabled = [c for c in feat.used_by if c in policy.enabled]
        if not enabled:
            continue
        options = {}
        for code in enabled:
            r = registry.get_rule(code)
            if r is not None:
                options[code] = policy.options_for(r)
        try:
            doc.features[feat.name] = feat.fn(doc, options)
        except Exception:
            if errors is not None:
                errors.append(
                    f"feature {feat.name} crashed on {doc.path}:\n{traceback.format_exc()}"
                )


def corpus_rules(policy: Policy) -> list[registry.Rule]:
    """The enabled rules that run once over the whole corpus."""
    return [r for r in iter_rules("corpus") if r.code in policy.enabled]


def text_choosers(
    policy: Policy,
) -> list[Callable[[list[Document]], Iterable[Document]]] | None:
    """How the enabled corpus rules read documents' blocks (`Rule.needs_text`): None when
    the blocks stay (a rule reads every document's, or no corpus rule runs), else the
    functions choosing the only documents whose blocks they read (often none)."""
    rules = corpus_rules(policy)
    if not rules or any(r.needs_text is True for r in rules):
        return None
    return list(dict.fromkeys(r.needs_text for r in rules if callable(r.needs_text)))


def drop_blocks(doc: Document, policy: Policy) -> bool:
    """Drop the blocks of a document bound for the corpus stage; True if they were.

    The stage compares features, and blocks (their text above all) are most of the
    memory a document holds there. A document is left whole when a feature the
    enabled corpus rules need is missing (it crashed in the worker, say): the rule
    rebuilds it from the blocks. The word count, which corpus rules read, is cached in
    `doc.metrics` first.
    """
    if not doc.blocks:
        return False
    if doc.readable:
        for feat in registry.all_features():
            if feat.name not in doc.features and any(c in policy.enabled for c in feat.used_by):
                return False
    _ = doc.word_count
    doc.blocks = []
    return True


def prepare_corpus(
    docs: list[Document],
    policy: Policy,
    reread: Callable[[Document], list[Block] | None] | None = None,
) -> None:
    """Drop the blocks the corpus stage will not read (see `text_choosers`).

    Documents a rule chooses (from their features: the duplicate rules quote the text
    of template blocks in `--statistics`) keep theirs; one whose blocks were dropped
    as it arrived from a worker gets them back from `reread`.
    """
    choosers = text_choosers(policy)
    if choosers is None:
        return
    chosen = {id(d) for choose in choosers for d in choose(docs)}
    for d in docs:
        if id(d) not in chosen:
            drop_blocks(d, policy)
        elif not d.blocks and reread is not None:
            blocks = reread(d)
            if blocks is not None:
                d.blocks = blocks


Output = tuple[Document, list[Problem], list[str]]


def _process_many(tasks: list[Task]) -> list[tuple[bool, bytes]]:
    """Encoded once here (`codec`): the parent decodes for use and stores the same bytes
    in the cache. An output the codec cannot store (a rule pack's feature of its own type)
    crosses as a pickle, which is process-to-process within this run only: (False, pickle),
    and it is never cached."""
    out: list[tuple[bool, bytes]] = []
    for t in tasks:
        output = process_task(t)
        try:
            out.append((True, codec.encode_output(*output)))
        except codec.CodecError:
            out.append((False, pickle.dumps(output, protocol=pickle.HIGHEST_PROTOCOL)))
    return out


class Engine:
    def __init__(
        self,
        config: Config,
        policy: Policy,
        *,
        jobs: int | None = None,
        cache: Any = None,
        packs: Sequence[str] = (),
        keep_documents: bool = False,
    ) -> None:
        self.config = config
        #: Scores need every document, so a warm run cannot answer from problems alone.
        self.keep_documents = keep_documents
        #: Told of each document done (and of the total when known), for a progress bar.
        self.progress: Progress | None = None
        self.policy = policy
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.cache = cache
        self.packs = list(packs)
        self.selector = files.FileSelector(
            config.root, config.include, config.exclude, config.respect_gitignore
        )
        #: Documents whose blocks were dropped as they arrived, by path: the task that
        #: reads them again, or their compressed blocks (`prepare_corpus`).
        self.dropped: dict[str, Task | bytes] = {}
        #: Told each reported document's own problems as soon as it is linted, before the
        #: corpus stage (`--output-format jsonl` streams them); `None`: not streamed.
        self.stream: Callable[[Document, list[Problem]], None] | None = None
        self._streamed: frozenset[str] | None = None

    # ----- files ------------------------------------------------------------------------
    def lint_paths(
        self,
        paths: Sequence[str],
        corpus_paths: Sequence[str] | None = None,
        force_exclude: bool = False,
        only: set[str] | None = None,
    ) -> RunResult:
        """Lint `paths`, compared against the corpus; `only` (absolute paths) narrows what
        is reported, e.g. to the files a pull request changed."""
        with fewer_collections():
            return self._lint_paths(paths, corpus_paths, force_exclude, only)

    def _lint_paths(
        self,
        paths: Sequence[str],
        corpus_paths: Sequence[str] | None,
        force_exclude: bool,
        only: set[str] | None,
    ) -> RunResult:
        result = RunResult()
        self.selector.forget_walks()
        found = self.selector.discover(paths, force_exclude)
        result.warnings += [f"{p}: no such file or directory" for p in found.missing]
        result.warnings += [f"{p}: not a Markdown or HTML file, skipped" for p in found.skipped]
        unreadable = list(found.unreadable)
        reported_files = found.files
        if only is not None:
            reported_files = [f for f in found.files if str(f) in only]
        all_files = list(reported_files)
        if corpus_rules(self.policy):
            corpus_roots = list(corpus_paths or [])
            if not corpus_roots and any(remote.is_url(p) for p in paths):
                # The config root is a local folder unrelated to a bucket: the corpus of
                # remote inputs is what was given (or --corpus).
                corpus_roots = list(paths)
            if not corpus_roots:
                corpus_roots = [str(self.config.root / c) for c in self.config.corpus] or [
                    str(self.config.root)
                ]
            more = self.selector.discover(corpus_roots)
            extra = more.files
            unreadable += more.unreadable
            seen = set(all_files)
            all_files += [f for f in extra if f not in seen]
        cwd = os.getcwd()
        result.warnings += [
            f"{files.display_path(folder, cwd)}: cannot read folder ({reason}); its files "
            "were not linted"
            for folder, reason in dict.fromkeys(unreadable)
        ]
        tasks = [(str(f), files.display_path(f, cwd), self.selector.rel(f)) for f in all_files]
        reported = frozenset(files.display_path(f, cwd) for f in reported_files)
        corpus_key = None
        if self.cache is not None:
            keys = self.cache.prepare(tasks)
            corpus_key = self.cache.corpus_key(keys, sorted(reported), self._corpus_context())
            wanted = [i for i, t in enumerate(tasks) if t[1] in reported]
            unchanged = (
                None if self.keep_documents else self.cache.load_unchanged(keys, wanted, corpus_key)
            )
            if unchanged is not None:
                per_doc, (corpus_problems, stats) = unchanged
                result.cache_hits = len(tasks)
                problems = [p for probs in per_doc for p in probs] + list(corpus_problems)
                self._settle(result, problems, [], reported, len(tasks), stats)
                result.warnings += self.cache.take_warnings()
                return result
        self._streamed = reported
        outputs = self._extract(tasks, result)
        for doc, probs, _ in outputs:  # those the cache or a cluster gave at once
            self._stream(doc, probs)
        docs = [o[0] for o in outputs]
        doc_problems = [p for doc, probs, _ in outputs if doc.path in reported for p in probs]
        for _, _, errs in outputs:
            result.internal_errors.extend(errs)
        corpus_problems, stats = self._corpus_stage(result, docs, reported)
        if self.cache is not None and corpus_key is not None and not result.internal_errors:
            self.cache.store_corpus(corpus_key, (corpus_problems, stats))
        self._settle(result, doc_problems + corpus_problems, docs, reported, len(docs), stats)
        if self.cache is not None:
            result.warnings += self.cache.take_warnings()
        return result

    def _corpus_context(self) -> str:
        """What corpus-stage results depend on besides the files: the day (stale-content
        ages) and `--now`."""
        import datetime as dt

        return f"{dt.date.today().isoformat()}\x00{self.policy.now or ''}"

    def _extract(
        self, tasks: list[Task], result: RunResult
    ) -> list[tuple[Document, list[Problem], list[str]]]:
        if self.cache is not None:
            outputs: list[Output] = self.cache.run(tasks, self, result)
            return outputs
        return self.process_uncached(tasks)

    def process_uncached(self, tasks: list[Task]) -> list[Output]:
        return [out for out, _ in self.process_encoded(tasks, keep_encoded=False)]

    def process_encoded(
        self, tasks: list[Task], keep_encoded: bool = True
    ) -> list[tuple[Output, bytes | None]]:
        """Extract and lint files, in worker processes when there is enough work.

        Returns each output with its stored form (`codec`) when a worker produced one, so
        the cache can store it without encoding again; without `keep_encoded` (no cache)
        that form is dropped as each output arrives: it keeps the blocks, about as many
        bytes again as the document, and at 100k files it was ~1 GB held to the end.
        """
        init_args = (self.config.settings, self.policy, self.packs)
        if self.progress is not None:
            self.progress.total(len(tasks))
        if self.jobs == 1 or len(tasks) < 8:
            _preload(tasks)  # so that the first file's time limit is not spent importing
            gc.freeze()
            init_worker(*init_args)
            done: list[tuple[Output, bytes | None]] = []
            for t in tasks:
                done.append((process_task(t), None))
                self._stream(*done[-1][0][:2])
                self._tick()
            return done
        _preload(tasks)
        gc.freeze()  # before forking: the workers leave the parent's objects unscanned
        # Small batches: the run ends when the last batch does, and a batch of 32 posts
        # (~0.3 s) left one core idle for that long at the end; 8 costs nothing more in
        # messages worth measuring.
        chunk = max(1, min(8, len(tasks) // (self.jobs * 4)))
        batches = [tasks[i : i + chunk] for i in range(0, len(tasks), chunk)]
        ctx = _mp_context()
        # Blocks no corpus rule reads are dropped as each document arrives, so that the
        # documents never all hold them at once. (The worker's bytes, which the cache
        # stores, keep them.)
        early = text_choosers(self.policy) is not None
        out: list[tuple[Output, bytes | None]] = []
        with ProcessPoolExecutor(
            self.jobs, mp_context=ctx, initializer=init_worker, initargs=init_args
        ) as pool:
            for batch_tasks, batch in zip(batches, pool.map(_process_many, batches), strict=True):
                for task, (encoded, blob) in zip(batch_tasks, batch, strict=True):
                    # A worker's pickle is trusted (this run made it); nothing stored is.
                    output: Output = codec.decode_output(blob) if encoded else pickle.loads(blob)
                    if early and drop_blocks(output[0], self.policy):
                        self.dropped[output[0].path] = task
                    out.append((output, blob if encoded and keep_encoded else None))
                    self._stream(output[0], output[1])
                    self._tick()
        return out

    def _stream(self, doc: Document, problems: list[Problem]) -> None:
        if self.stream is not None and (self._streamed is None or doc.path in self._streamed):
            self.stream(doc, problems)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.done(1)

    # ----- in-memory documents (crawl, WARC) -------------------------------------------------
    def lint_documents(
        self,
        docs: Iterable[Document],
        reported: frozenset[str] | None = None,
        linted: Callable[[Document], tuple[list[Problem], list[str]] | None] | None = None,
    ) -> RunResult:
        """Lint documents a source already built (crawl, WARC); the lines must still be
        attached, unless `linted(doc)` gives the document's per-document problems and
        errors (a crawl's workers ran its rules while it crawled)."""
        result = RunResult()
        all_docs: list[Document] = []
        doc_problems: list[Problem] = []
        early = text_choosers(self.policy) is not None
        for doc in docs:
            self._tick()
            done = linted(doc) if linted is not None else None
            probs, errors = done if done is not None else judge(doc, self.policy)
            result.internal_errors += errors
            if reported is None or doc.path in reported:
                doc_problems += probs
                if self.stream is not None:
                    self.stream(doc, probs)
            doc.slim()
            if early and doc.blocks:
                # No file to read them from again: the few a corpus rule turns out to
                # want come back from a compressed copy, a fraction of their size.
                blob = zlib.compress(pickle.dumps(doc.blocks, pickle.HIGHEST_PROTOCOL), 1)
                if drop_blocks(doc, self.policy):
                    self.dropped[doc.path] = blob
            all_docs.append(doc)
        self._finish(result, all_docs, doc_problems, reported)
        return result

    # ----- corpus stage ------------------------------------------------------------------
    def corpus_joins(self) -> Joins:
        """Who runs the cross-document rules' key joins: this process (the cluster
        engine hands them to its workers)."""
        return IN_PROCESS

    def _reread(self, doc: Document) -> list[Block] | None:
        """The blocks of a document dropped as it arrived, read again from its file."""
        task = self.dropped.get(doc.path)
        if task is None:
            return None
        if isinstance(task, bytes):
            kept: list[Block] = pickle.loads(zlib.decompress(task))
            return kept
        path, display, rel = task
        settings = self.config.settings
        fresh = files.load(files.as_path(path), display, PurePosixPath(rel), settings, resolve_code)
        blocks: list[Block] = fresh.blocks
        return blocks

    def _finish(
        self,
        result: RunResult,
        docs: list[Document],
        problems: list[Problem],
        reported: frozenset[str] | None,
    ) -> None:
        corpus_problems, stats = self._corpus_stage(result, docs, reported)
        self._settle(result, problems + corpus_problems, docs, reported, len(docs), stats)

    def _settle(
        self,
        result: RunResult,
        problems: list[Problem],
        docs: list[Document],
        reported: frozenset[str] | None,
        corpus_size: int,
        stats: dict[str, Any],
    ) -> None:
        problems.sort(key=Problem.sort_key)
        result.problems = problems
        result.documents = docs
        result.reported = len(reported) if reported is not None else len(docs)
        result.reported_paths = (
            reported if reported is not None else frozenset(d.path for d in docs)
        )
        result.corpus_size = corpus_size
        result.stats.update(stats)

    def _corpus_stage(
        self, result: RunResult, docs: list[Document], reported: frozenset[str] | None
    ) -> tuple[list[Problem], dict[str, Any]]:
        """Corpus rules once over every document; suppressions and selection applied."""
        problems: list[Problem] = []
        prepare_corpus(docs, self.policy, self._reread)
        self.dropped = {}
        settle_before_stage()
        corpus = Corpus(docs, reported, self.config.settings, joins=self.corpus_joins())
        corpus.stats["page kinds"] = kinds.summary(docs)
        result.corpus = corpus
        by_path = {d.path: d for d in docs}
        for r in corpus_rules(self.policy):
            opts = self.policy.options_for(r)
            try:
                found = list(r.check(corpus, opts))
            except Exception:
                result.internal_errors.append(f"rule {r.code} crashed:\n{traceback.format_exc()}")
                continue
            finally:
                # A rule's temporary arrays are freed as it ends, but glibc keeps most of
                # their pages; the next rule's peak would sit on top of them.
                release_memory()
            for p in found:
                if reported is not None and p.path not in reported:
                    continue
                finish(p, r, self.policy, p.path)
                if not self.policy.enabled_for(p.path, r.code):
                    continue
                doc = by_path.get(p.path)
                if doc is not None and (
                    doc.suppressions.suppresses(p) or self.policy.ignored_on_kind(r.code, doc.kind)
                ):
                    continue
                problems.append(p)

        for p in problems:  # as for per-document problems: kept in the cache with them
            d = by_path.get(p.path)
            p.page_kind = d.kind if d is not None else None
        return problems, dict(corpus.stats)


def _preload(tasks: list[Task]) -> None:
    """Import parsers once in the parent, so forked workers share them instead of each
    importing them again (trafilatura and lxml take a few hundred milliseconds).

    One small page is parsed too: trafilatura and markdown-it build their tables on
    first use, which would otherwise count against the first file's `max-file-time`.
    """
    suffixes = {Path(t[0]).suffix.lower() for t in tasks}
    registry.run_warmups()  # e.g. compiling the phrase lists (~0.1 s), once for all workers
    language.warm()  # the language model (~1 s to load), shared by the forked workers
    sample = "<html><head><title>Warm-up</title></head><body><p>Warm-up.</p></body></html>"
    if suffixes & files.MARKDOWN_SUFFIXES:
        from contentlint.sources import markdown

        markdown._parser()
        text = "# Warm-up\n\nWarm-up.\n"
        markdown.parse(text, "warm-up.md", PurePosixPath("warm-up.md"), SourceSettings())
    if suffixes & files.HTML_SUFFIXES:
        import trafilatura  # noqa: F401
        from contentlint.sources import html

        html.parse(sample, "warm-up.html", None, SourceSettings())


def _mp_context() -> Any:
    import multiprocessing as mp

    # fork is much cheaper than spawn (no re-import of trafilatura per worker); the
    # engine starts no threads before forking.
    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    return mp.get_context()


def iter_rules(scope: str) -> Iterator[registry.Rule]:
    return (r for r in registry.all_rules() if r.scope == scope)
