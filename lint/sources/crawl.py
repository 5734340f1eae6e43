"""`contentlint crawl`: a polite, resumable crawler that feeds the crawl store.

One asyncio event loop, httpx (HTTP/2 where the server offers it), `concurrency`
workers sharing one frontier. Politeness is per host: requests start at least
`delay` (or robots.txt `Crawl-delay`, when larger) apart, and a 429/503 with
Retry-After pauses the whole host. robots.txt is read with protego before anything
else is requested from an origin. Redirects are followed by hand, one hop at a time,
so every hop is normalised, scoped, robots-checked and deduplicated. Bodies are
streamed and capped, decompression too (a gzip bomb stops at the cap). Only http(s)
is fetched, and only public addresses unless a start URL is private or
`--allow-private` is given: a redirect (or a DNS answer) into a private network is an
F003 with the reason, so a crawl started in CI cannot be steered at internal services.

Every fetch is committed to the store together with the links it discovered and the
frontier entry it completes, so a crawl killed at any moment resumes exactly where
its last commit left it. Linting happens afterwards, from the store: `crawl` and
`check --db` see exactly the same pages.

This module is the crawl loop: options, the frontier and scope, redirects, progress
and the summary. HTTP (retries, caps, politeness gates) is `fetch.py`; robots.txt,
sitemaps and a page's links are `discovery.py`.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urljoin

from contentlint import __version__
from contentlint.sources.discovery import (
    MAX_SITEMAPS,
    SITEMAP_MAX_BYTES,
    SITEMAP_MAX_URLS,
    Robots,
    extract_links,
    parse_sitemap,
)
from contentlint.sources.fetch import (
    DEFAULT_MAX_BODY,
    MB,
    REDIRECT_STATUSES,
    AddressGuard,
    BodyTooLarge,
    Failure,
    Fetcher,
    Response,
    gunzip_capped,
    new_client,
)
from contentlint.sources.store import Record, Store
from contentlint.sources.web import (
    DEFAULT_STRIP_PARAMS,
    UrlPolicy,
    host_of,
    normalize,
    origin,
    robots_directives,
)

DEFAULT_USER_AGENT = f"contentlint/{__version__} (+https://github.com/contentlint/contentlint)"


@dataclass
class CrawlOptions:
    """Everything that decides what is crawled and how; stored with the crawl for --resume."""

    start_urls: list[str]
    concurrency: int = 4
    delay: float = 0.0
    user_agent: str = DEFAULT_USER_AGENT
    ignore_robots: bool = False
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    max_pages: int = 10_000
    max_depth: int | None = None
    max_redirects: int = 10
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5
    #: The most time spent waiting between retries of one URL (Retry-After included).
    max_retry_wait: float = 60.0
    max_body: int = DEFAULT_MAX_BODY
    sitemaps: bool = True
    strip_params: list[str] = field(default_factory=lambda: list(DEFAULT_STRIP_PARAMS))
    keep_params: list[str] = field(default_factory=list)
    trailing_slash: str = "keep"
    #: Hosts a start URL redirected to (example.com -> www.example.com): in scope too.
    extra_hosts: list[str] = field(default_factory=list)
    #: Connect to private, loopback and other special-use addresses (on when a start URL
    #: is one; otherwise a crawl started in CI could be steered at internal services).
    allow_private: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def url_policy(self) -> UrlPolicy:
        return UrlPolicy(tuple(self.strip_params), tuple(self.keep_params), self.trailing_slash)


@dataclass
class _Item:
    """A frontier entry: a URL to fetch, how deep and from where it was found."""

    url: str
    depth: int
    source: str | None
    kind: str  # page | sitemap


# ----- progress ----------------------------------------------------------------------------


class Progress:
    """One status line on stderr, only when it is a terminal (nothing noisy in CI)."""

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, fetched: int, queued: int, errors: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        rate = fetched / max(now - self.started, 1e-6)
        self.stream.write(
            f"\r\x1b[Kcrawling: {fetched} fetched, {queued} queued, {errors} errors, {rate:.1f} pages/s"
        )
        self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# ----- the crawler -------------------------------------------------------------------------


@dataclass
class CrawlOutcome:
    """What `run_crawl` reports: the crawl, its pace, and what was not followed and why."""

    crawl_id: int
    elapsed: float
    fetched: int
    counters: Counter[str]
    warnings: list[str]
    resumed: bool

    @property
    def rate(self) -> float:
        return self.fetched / self.elapsed if self.elapsed > 0 else 0.0


class Crawler:
    """One crawl: `concurrency` workers sharing the frontier (`queue`), each fetch recorded
    in the store with the URLs it admitted."""

    def __init__(
        self,
        options: CrawlOptions,
        store: Store,
        crawl_id: int,
        progress: Progress | None = None,
        on_record: Callable[[Record], None] | None = None,
    ) -> None:
        self.o = options
        #: Told of each stored fetch, so that linting can start while the crawl goes on.
        self.on_record = on_record
        self.store = store
        self.crawl_id = crawl_id
        self.progress = progress or Progress(False)
        self.policy = options.url_policy
        self.include = [re.compile(p) for p in options.include]
        self.exclude = [re.compile(p) for p in options.exclude]
        starts = [normalize(u, self.policy) for u in options.start_urls]
        self.starts = [u for u in starts if u]
        self.hosts = {host_of(u) for u in self.starts} | set(options.extra_hosts)
        self.warnings: list[str] = []
        self.fetcher = Fetcher(
            delay=options.delay,
            timeout=options.timeout,
            retries=options.retries,
            backoff=options.backoff,
            max_retry_wait=options.max_retry_wait,
            max_body=options.max_body,
        )
        self.guard = AddressGuard(options.allow_private)
        self.robots = Robots(
            self.fetcher,
            user_agent=options.user_agent,
            ignore=options.ignore_robots,
            delay=options.delay,
            warnings=self.warnings,
        )
        self.seen: set[str] = set()
        self.out_of_scope: set[str] = set()
        self.admitted = 0
        self.sitemap_count = 0
        self.counters: Counter[str] = Counter()
        self.fetched = 0
        self.errors = 0
        self.queue: asyncio.Queue[_Item] = asyncio.Queue()

    # ----- top level -----------------------------------------------------------------------
    async def run(self, resume: bool) -> None:
        for url in self.starts:  # a crawl of an internal site may stay on internal addresses
            self.guard.allow_private = self.guard.allow_private or await self.guard.is_special(url)
        client = new_client(self.o.concurrency, self.o.timeout, self.o.user_agent, self.guard)
        async with client:
            self.fetcher.client = client
            pending = self.store.pending() if resume else []
            if resume and (pending or self.store.admitted()):
                self.seen = self.store.seen(self.crawl_id)
                self.admitted = self.store.admitted()
                self.sitemap_count = sum(1 for row in pending if row[3] == "sitemap")
                for url, depth, source, kind in pending:
                    self.queue.put_nowait(_Item(url, depth, source, kind))
            else:
                await self._seed()
            workers = [asyncio.create_task(self._worker()) for _ in range(self.o.concurrency)]
            try:
                await self.queue.join()
            finally:
                for w in workers:
                    w.cancel()
                await asyncio.gather(*workers, return_exceptions=True)
                self.progress.update(self.fetched, self.queue.qsize(), self.errors, force=True)
                self.progress.done()
        self.counters["links out of scope (not followed)"] = len(self.out_of_scope)

    async def _seed(self) -> None:
        rows: list[tuple[str, int, str | None, str]] = []
        blocked: list[tuple[str, int, str | None]] = []
        failed: list[Record] = []
        for url in self.starts:
            row = await self.admit(url, 0, None, "page", blocked, start=True)
            if row:
                rows.append(row)
            elif any(b[0] == url for b in blocked):
                reason = self.robots.errors.get(origin(url))
                if reason:  # the site is down, not closed to us: that is a fetch failure
                    blocked = [b for b in blocked if b[0] != url]
                    failed.append(
                        Record(
                            url, "failed", final_url=url, error=f"robots.txt unreachable: {reason}"
                        )
                    )
                else:
                    self.warnings.append(f"{url}: start URL is disallowed by robots.txt")
        if self.o.sitemaps:
            for org in dict.fromkeys(origin(u) for u in self.starts):
                await self.robots.ensure(org)
                for sm in [*self.robots.sitemaps.get(org, []), org + "/sitemap.xml"]:
                    row = await self.admit(sm, 0, None, "sitemap", blocked)
                    if row:
                        rows.append(row)
        self.store.record_many(self.crawl_id, rows, blocked)
        for rec in failed:
            self.store.record(self.crawl_id, rec)
            self.fetched += 1
            self.errors += 1
        for url, depth, source, kind in rows:
            self.queue.put_nowait(_Item(url, depth, source, kind))

    async def _worker(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                try:
                    if item.kind == "sitemap":
                        rec = await self.fetch_sitemap(item)
                    else:
                        rec = await self.fetch_page(item)
                except (asyncio.CancelledError, KeyboardInterrupt):
                    raise
                except Exception as exc:  # a crawler bug must not stop the crawl
                    rec = Record(
                        item.url,
                        "failed",
                        final_url=item.url,
                        depth=item.depth,
                        discovered_from=item.source,
                        error=f"internal error: {type(exc).__name__}: {exc}",
                    )
                self.store.record(self.crawl_id, rec)
                if self.on_record is not None:
                    self.on_record(rec)
                if item.kind == "page":
                    self.fetched += 1
                    self.errors += rec.kind == "failed"
                for url, depth, source, kind in rec.discovered:
                    self.queue.put_nowait(_Item(url, depth, source, kind))
                self.progress.update(self.fetched, self.queue.qsize(), self.errors)
            finally:
                self.queue.task_done()

    # ----- scope and robots ------------------------------------------------------------------
    def in_scope(self, url: str, start: bool = False) -> bool:
        if host_of(url) not in self.hosts:
            return False
        if start:
            return True
        if self.include and not any(r.search(url) for r in self.include):
            return False
        return not any(r.search(url) for r in self.exclude)

    async def admit(
        self,
        raw: str,
        depth: int,
        source: str | None,
        kind: str,
        blocked: list[tuple[str, int, str | None]],
        start: bool = False,
    ) -> tuple[str, int, str | None, str] | None:
        """Queue a URL if it is new, in scope, within limits and allowed by robots.txt."""
        url = normalize(raw, self.policy)
        if url is None or url in self.seen:
            return None
        if kind == "sitemap":
            if host_of(url) not in self.hosts or self.sitemap_count >= MAX_SITEMAPS:
                return None
            self.seen.add(url)
            self.sitemap_count += 1
            return (url, depth, source, kind)
        if not self.in_scope(url, start):
            if not self.guard.allow_private and self.guard.literal_special(url):
                self.counters["links into private networks (refused)"] += 1
            elif len(self.out_of_scope) < 100_000:
                self.out_of_scope.add(url)
            return None
        if self.o.max_depth is not None and depth > self.o.max_depth:
            self.counters["links beyond --max-depth (not followed)"] += 1
            return None
        if self.admitted >= self.o.max_pages:
            self.counters["URLs over --max-pages (not queued)"] += 1
            return None
        await self.robots.ensure(origin(url))
        self.seen.add(url)
        if not self.robots.allowed(url):
            blocked.append((url, depth, source))
            return None
        self.admitted += 1
        return (url, depth, source, "page")

    # ----- pages -----------------------------------------------------------------------------
    async def fetch_page(self, item: _Item) -> Record:
        rec = Record(item.url, "failed", depth=item.depth, discovered_from=item.source)
        previous = self.store.previous(item.url)
        visited = [item.url]
        current = item.url
        while True:
            res = await self.fetcher.request(current, previous if current == item.url else None)
            rec.final_url = current
            if isinstance(res, Failure):
                rec.error, rec.status = res.reason, res.status
                return rec
            rec.status, rec.headers, rec.content_type = res.status, res.headers, res.content_type
            location = res.headers.get("location")
            if res.status in REDIRECT_STATUSES and location:
                target = normalize(location, self.policy, base=current)
                rec.redirects.append((res.status, target or urljoin(current, location)))
                if target is None:
                    rec.kind, rec.final_url = "failed", urljoin(current, location)
                    rec.error = f"redirect to {rec.final_url} refused: only http(s) is fetched"
                    return rec
                if target in visited:
                    rec.kind, rec.error = (
                        "failed",
                        "redirect loop: " + " → ".join([*visited, target]),
                    )
                    rec.others = self._loop_members(visited[visited.index(target) :], item)
                    return rec
                if len(rec.redirects) > self.o.max_redirects:
                    rec.kind = "failed"
                    rec.error = (
                        f"too many redirects: more than {self.o.max_redirects} (--max-redirects)"
                    )
                    return rec
                refusal = None
                if host_of(target) != host_of(current):
                    refusal = await self.guard.refusal(target)
                if refusal:
                    rec.kind, rec.final_url = "failed", target
                    rec.error = f"redirect to {target} refused: {refusal}"
                    return rec
                rec.kind, rec.final_url = "redirect", target
                if not self.in_scope(target):
                    if item.source is None and item.depth == 0 and item.url in self.starts:
                        self._extend_scope(host_of(target))
                    else:
                        self.counters["redirects out of scope (not followed)"] += 1
                        return rec
                await self.robots.ensure(origin(target))
                if not self.robots.allowed(target):
                    rec.error = "redirect target disallowed by robots.txt (not followed)"
                    return rec
                if target in self.seen:
                    return rec  # the target is (or will be) fetched on its own
                self.seen.add(target)
                visited.append(target)
                current = target
                continue
            if res.status == 304 and previous is not None and current == item.url:
                rec.kind, rec.status, rec.revalidated = "html", 200, True
                rec.headers = {**previous.headers, **res.headers}
                rec.content_type = previous.headers.get("content-type")
                await self._follow_links(item, previous.body, current, rec)
                return rec
            if res.status >= 300 or res.status < 200:
                rec.error = f"HTTP {res.status} {res.reason}".strip()
                if res.attempts > 1:
                    rec.error += f" after {res.attempts} attempts"
                return rec
            if res.body is None or res.status != 200:
                rec.kind = "skipped"
                return rec
            rec.kind, rec.body = "html", res.body
            await self._follow_links(item, res.body, current, rec)
            return rec

    def _loop_members(self, cycle: list[str], item: _Item) -> list[Record]:
        """Every other URL of a redirect loop is broken too (as a WARC of it would show)."""
        out = []
        for i, url in enumerate(cycle):
            if url == item.url:
                continue
            turn = [*cycle[i:], *cycle[:i], url]
            out.append(
                Record(
                    url,
                    "failed",
                    final_url=url,
                    depth=item.depth,
                    discovered_from=item.source,
                    error="redirect loop: " + " → ".join(turn),
                )
            )
        return out

    def _extend_scope(self, host: str) -> None:
        if host not in self.hosts:
            self.hosts.add(host)
            self.o.extra_hosts.append(host)
            self.store.update_options(self.crawl_id, self.o.to_json())

    async def _follow_links(self, item: _Item, body: bytes, url: str, rec: Record) -> None:
        """Admit the page's links (one level deeper), unless depth or nofollow says not to."""
        if self.o.max_depth is not None and item.depth + 1 > self.o.max_depth:
            self.counters["pages at --max-depth (links not followed)"] += 1
            return
        links, nofollow = extract_links(body, url)
        directives = robots_directives([rec.headers.get("x-robots-tag", "")])
        if nofollow or directives & {"nofollow", "none"}:
            self.counters["nofollow pages (links not followed)"] += 1
            return
        for link in links:
            row = await self.admit(link, item.depth + 1, url, "page", rec.blocked)
            if row:
                rec.discovered.append(row)

    # ----- sitemaps --------------------------------------------------------------------------
    async def fetch_sitemap(self, item: _Item) -> Record:
        rec = Record(item.url, "sitemap", depth=item.depth, discovered_from=item.source)
        if self.admitted >= self.o.max_pages:  # nothing it lists could be queued
            self.counters["sitemaps not read (--max-pages reached)"] += 1
            return rec
        current = item.url
        res: Response | Failure = Failure("no response")
        for _ in range(self.o.max_redirects + 1):
            res = await self.fetcher.request(current, None, any_type=True, cap=SITEMAP_MAX_BYTES)
            location = res.headers.get("location") if isinstance(res, Response) else None
            if isinstance(res, Response) and res.status in REDIRECT_STATUSES and location:
                target = normalize(location, self.policy, base=current)
                if target is None or host_of(target) not in self.hosts:
                    break
                current = target
                continue
            break
        rec.final_url = current
        implicit = item.source is None and item.url.endswith("/sitemap.xml")
        if isinstance(res, Failure) or res.status != 200 or res.body is None:
            rec.status = res.status
            rec.error = res.reason if isinstance(res, Failure) else f"HTTP {res.status}"
            if not (implicit and rec.status == 404):
                self.warnings.append(f"{item.url}: sitemap not read ({rec.error})")
            return rec
        rec.status, rec.headers, rec.content_type = res.status, res.headers, res.content_type
        body = res.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip_capped(body, SITEMAP_MAX_BYTES)
            except (BodyTooLarge, zlib.error) as exc:
                rec.error = f"gzipped sitemap not read: {exc}"
                self.warnings.append(f"{item.url}: {rec.error}")
                return rec
        locs, is_index = parse_sitemap(body)
        if len(locs) > SITEMAP_MAX_URLS:
            locs = locs[:SITEMAP_MAX_URLS]
            self.warnings.append(
                f"{item.url}: lists more than {SITEMAP_MAX_URLS:,} URLs (the sitemap protocol's"
                " limit); the rest was not read"
            )
        for n, loc in enumerate(locs):
            if not is_index and self.admitted >= self.o.max_pages:
                self.counters["URLs over --max-pages (not queued)"] += len(locs) - n
                break
            kind = "sitemap" if is_index else "page"
            row = await self.admit(loc, 0, item.url, kind, rec.blocked)
            if row:
                rec.discovered.append(row)
        self.counters["URLs listed in sitemaps"] += 0 if is_index else len(locs)
        return rec


# ----- entry point -------------------------------------------------------------------------


def run_crawl(
    options: CrawlOptions,
    db_path: Path,
    *,
    resume: bool = False,
    progress: bool = False,
    notices: list[str] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> CrawlOutcome:
    """Crawl into the store at `db_path`; raises KeyboardInterrupt with the store consistent.

    `on_record` is called with each fetch once it is stored (the lint's pre-parse)."""
    notices = notices if notices is not None else []
    store = Store(db_path)
    try:
        latest = store.latest()
        resumed = False
        if resume and latest is not None and latest[1] != "finished":
            crawl_id, resumed = latest[0], True
            stored = CrawlOptions.from_json(latest[2])
            # Scope comes from the interrupted crawl; politeness and limits may be changed.
            for name in ("concurrency", "delay", "timeout", "retries", "backoff", "max_retry_wait"):
                setattr(stored, name, getattr(options, name))
            options = stored
            store.set_state(crawl_id, "running")
        else:
            if resume:
                notices.append("nothing to resume (the last crawl finished): starting a new crawl")
            elif latest is not None and latest[1] != "finished":
                notices.append(
                    f"crawl {latest[0]} in {db_path} was interrupted; starting a new crawl "
                    "(use --resume to continue an interrupted one)"
                )
            crawl_id = store.start(options.to_json())
        crawler = Crawler(options, store, crawl_id, Progress(progress), on_record)
        started = time.monotonic()
        try:
            asyncio.run(crawler.run(resumed))
        except BaseException:
            store.set_state(crawl_id, "interrupted")
            raise
        store.set_state(crawl_id, "finished")
        return CrawlOutcome(
            crawl_id,
            time.monotonic() - started,
            crawler.fetched,
            crawler.counters,
            crawler.warnings,
            resumed,
        )
    finally:
        store.close()


def summary_lines(outcome: CrawlOutcome, stats: dict[str, Any]) -> list[str]:
    """The end-of-crawl summary (stderr)."""
    lines = [
        f"crawl {outcome.crawl_id}{' (resumed)' if outcome.resumed else ''}: "
        f"{outcome.fetched} URLs crawled in {outcome.elapsed:.1f}s ({outcome.rate:.1f} pages/s)"
    ]
    for key, value in stats.items():
        if key.startswith("crawl: ") and value:
            lines.append(f"  {key[7:]}: {value}")
    for key, value in sorted(outcome.counters.items()):
        if value:
            lines.append(f"  {key}: {value}")
    return lines


def parse_size(value: str) -> int:
    """`10MB`, `512k`, `1048576` -> bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", value, re.IGNORECASE)
    if not m:
        raise ValueError(f"not a size: {value!r} (e.g. 10MB, 512KB)")
    factor = {"": 1, "k": 1024, "m": MB, "g": 1024 * MB}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


def default_db(root: Path, cache_dir: Path | None = None) -> Path:
    import os

    from contentlint.model.settings import CACHE_DIR_NAME

    directory = cache_dir or Path(os.environ.get("CONTENTLINT_CACHE_DIR") or root / CACHE_DIR_NAME)
    return directory / "crawl.sqlite"
