"""`contentlint crawl`: a polite, resumable crawler that feeds the crawl store.

One asyncio event loop, httpx (HTTP/2 where the server offers it), `concurrency`
workers sharing one frontier. Politeness is per host: requests start at least
`delay` (or robots.txt `Crawl-delay`, when larger) apart, and a 429/503 with
Retry-After pauses the whole host. robots.txt is read with protego before anything
else is requested from an origin. Redirects are followed by hand, one hop at a time,
so every hop is normalised, scoped, robots-checked and deduplicated. Bodies are
streamed and capped, decompression too (a gzip bomb stops at the cap).

Every fetch is committed to the store together with the links it discovered and the
frontier entry it completes, so a crawl killed at any moment resumes exactly where
its last commit left it. Linting happens afterwards, from the store: `crawl` and
`check --db` see exactly the same pages.
"""

from __future__ import annotations

import asyncio
import email.utils
import io
import random
import re
import sys
import time
import zlib
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urljoin

import httpx
from contentlint import __version__
from contentlint.sources.store import KEPT_HEADERS, Previous, Record, Store
from contentlint.sources.web import (
    DEFAULT_STRIP_PARAMS,
    UrlPolicy,
    host_of,
    is_html,
    normalize,
    origin,
    robots_directives,
)

DEFAULT_USER_AGENT = f"contentlint/{__version__} (+https://github.com/contentlint/contentlint)"
MB = 1024 * 1024
DEFAULT_MAX_BODY = 10 * MB
#: Statuses worth another try: overload and transient server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_SITEMAPS = 1000
SITEMAP_MAX_BYTES = 50 * MB  # the sitemap protocol's own limit
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks parsers to read at least 500 KiB
#: A robots.txt Crawl-delay above this is capped (and a warning printed).
MAX_CRAWL_DELAY = 60.0
_ERROR_BODY_READ = 64 * 1024  # small error bodies are read so the connection can be reused


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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def url_policy(self) -> UrlPolicy:
        return UrlPolicy(tuple(self.strip_params), tuple(self.keep_params), self.trailing_slash)


class BodyTooLarge(Exception):
    """The body (or what it decompresses to) is over the cap."""


class _Unsupported(Exception):
    """A Content-Encoding we did not ask for and cannot decode."""


@dataclass
class _Response:
    url: str
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes | None
    content_type: str | None
    attempts: int = 1


@dataclass
class _Failure:
    reason: str
    status: int | None = None


@dataclass
class _Item:
    url: str
    depth: int
    source: str | None
    kind: str  # page | sitemap


class _Gate:
    """Per-host politeness: request starts spaced by `delay`, and pauses after Retry-After."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.next_at = 0.0
        self.lock = asyncio.Lock()

    async def turn(self) -> None:
        loop = asyncio.get_running_loop()
        if self.delay <= 0 and self.next_at <= loop.time():
            return
        async with self.lock:
            wait = self.next_at - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self.next_at = loop.time() + self.delay

    def pause(self, seconds: float) -> None:
        self.next_at = max(self.next_at, asyncio.get_running_loop().time() + seconds)


class _Decoder:
    """Streamed Content-Encoding decoding with a cap on the decoded size."""

    def __init__(self, encoding: str | None, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1:
            raise _Unsupported(f"unsupported Content-Encoding {encoding!r}")
        self.kind = codings[0] if codings else None
        self.d: Any = None
        if self.kind in ("gzip", "x-gzip"):
            self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.kind == "deflate":
            self.d = zlib.decompressobj()
        elif self.kind is not None:
            raise _Unsupported(f"unsupported Content-Encoding {self.kind!r}")
        self.started = False

    def feed(self, data: bytes) -> None:
        if self.d is None:
            self._add(data)
            return
        if self.kind == "deflate" and not self.started and data:
            self.started = True
            try:  # "deflate" is zlib-wrapped by the spec, raw deflate by some servers
                zlib.decompressobj().decompress(data[:64], 1)
            except zlib.error:
                self.d = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            self._add(self.d.decompress(data, self.limit - self.size + 1))
            data = self.d.unconsumed_tail
            if not data and self.d.eof and self.d.unused_data and self.kind != "deflate":
                data, self.d = self.d.unused_data, zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _add(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.limit:
            what = "decompressed body" if self.d is not None else "body"
            raise BodyTooLarge(f"{what} over the {self.limit / MB:.1f} MB limit (--max-body)")
        if out:
            self.parts.append(out)

    def result(self) -> bytes:
        return b"".join(self.parts)


def gunzip_capped(data: bytes, limit: int) -> bytes:
    d = _Decoder("gzip", limit)
    d.feed(data)
    return d.result()


def retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def selected_headers(headers: httpx.Headers) -> dict[str, str]:
    out = {}
    for name in KEPT_HEADERS:
        values = headers.get_list(name)
        if values:
            out[name] = "\n".join(values)
    return out


# ----- HTML and sitemap parsing ------------------------------------------------------------


def extract_links(body: bytes, base: str) -> tuple[list[str], bool]:
    """Links to follow from a page, and whether the page asks not to follow any (nofollow).

    `<a>` and `<area>` without rel=nofollow, the canonical, prev/next and hreflang
    alternates, and meta refresh targets; `<base href>` is honoured.
    """
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return [], False
    nofollow = False
    links: list[str] = []
    for el in tree.iter("base", "a", "area", "link", "meta"):
        tag = el.tag
        if tag == "base" and el.get("href"):
            base = urljoin(base, el.get("href").strip())
        elif tag in ("a", "area"):
            href = el.get("href")
            if href and "nofollow" not in (el.get("rel") or "").lower().split():
                links.append(urljoin(base, href.strip()))
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            href = el.get("href")
            if href and (
                {"canonical", "next", "prev"} & set(rel)
                or ("alternate" in rel and el.get("hreflang"))
            ):
                links.append(urljoin(base, href.strip()))
        elif tag == "meta":
            name = (el.get("name") or "").lower()
            content = el.get("content") or ""
            if name in ("robots", "contentlint") and robots_directives([content]) & {
                "nofollow",
                "none",
            }:
                nofollow = True
            if (el.get("http-equiv") or "").lower() == "refresh":
                m = re.search(r"url\s*=\s*['\"]?([^'\";]+)", content, re.IGNORECASE)
                if m:
                    links.append(urljoin(base, m.group(1).strip()))
    return links, nofollow


def parse_sitemap(body: bytes) -> tuple[list[str], bool]:
    """(locations, is_index) of an XML sitemap or sitemap index; text sitemaps too."""
    from lxml import etree

    locs: list[str] = []
    is_index = False
    try:
        for _, el in etree.iterparse(
            io.BytesIO(body),
            events=("end",),
            recover=True,
            resolve_entities=False,
            no_network=True,
        ):
            if not isinstance(el.tag, str):
                continue
            tag = etree.QName(el).localname
            if tag == "loc" and el.text and el.text.strip():
                parent = el.getparent()
                parent_tag = etree.QName(parent).localname if parent is not None else ""
                if parent_tag == "sitemap":
                    is_index = True
                if parent_tag in ("sitemap", "url"):
                    locs.append(el.text.strip())
            elif tag in ("url", "sitemap"):
                el.clear()
    except etree.XMLSyntaxError:
        pass
    if not locs:
        text = body.decode("utf-8", "replace")
        locs = [
            ln.strip() for ln in text.splitlines() if ln.strip().startswith(("http://", "https://"))
        ]
    return locs, is_index


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


def _no_sniffio_lookups() -> None:
    """httpcore tries `import sniffio` on every request; without sniffio installed, each
    failed import searches sys.path (about 15% of the crawl's CPU). Record the absence once."""
    import importlib.util

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


_ALLOW_ALL = "allow"
_DISALLOW_ALL = "disallow"


@dataclass
class CrawlOutcome:
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
    def __init__(
        self, options: CrawlOptions, store: Store, crawl_id: int, progress: Progress | None = None
    ) -> None:
        self.o = options
        self.store = store
        self.crawl_id = crawl_id
        self.progress = progress or Progress(False)
        self.policy = options.url_policy
        self.include = [re.compile(p) for p in options.include]
        self.exclude = [re.compile(p) for p in options.exclude]
        starts = [normalize(u, self.policy) for u in options.start_urls]
        self.starts = [u for u in starts if u]
        self.hosts = {host_of(u) for u in self.starts} | set(options.extra_hosts)
        self.robots: dict[str, Any] = {}
        self.robots_sitemaps: dict[str, list[str]] = {}
        #: Why robots.txt could not be read, per origin (everything there is disallowed).
        self.robots_errors: dict[str, str] = {}
        self._robots_tasks: dict[str, asyncio.Future[None]] = {}
        self.gates: dict[str, _Gate] = {}
        self.seen: set[str] = set()
        self.out_of_scope: set[str] = set()
        self.admitted = 0
        self.sitemap_count = 0
        self.counters: Counter[str] = Counter()
        self.warnings: list[str] = []
        self.fetched = 0
        self.errors = 0
        self.queue: asyncio.Queue[_Item] = asyncio.Queue()

    # ----- top level -----------------------------------------------------------------------
    async def run(self, resume: bool) -> None:
        _no_sniffio_lookups()
        try:
            import h2  # noqa: F401

            http2 = True
        except ImportError:  # pragma: no cover - h2 is a dependency
            http2 = False
        limits = httpx.Limits(
            max_connections=self.o.concurrency + 2,
            max_keepalive_connections=self.o.concurrency + 2,
        )
        async with httpx.AsyncClient(
            http2=http2,
            follow_redirects=False,
            timeout=httpx.Timeout(self.o.timeout, pool=None),
            limits=limits,
            headers={
                "User-Agent": self.o.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        ) as client:
            self.client = client
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
                reason = self.robots_errors.get(origin(url))
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
                await self.ensure_robots(org)
                for sm in [*self.robots_sitemaps.get(org, []), org + "/sitemap.xml"]:
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

    def allowed(self, url: str) -> bool:
        if self.o.ignore_robots:
            return True
        rp = self.robots.get(origin(url), _ALLOW_ALL)
        if rp == _ALLOW_ALL:
            return True
        if rp == _DISALLOW_ALL:
            return False
        return bool(rp.can_fetch(url, self.o.user_agent))

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
            if len(self.out_of_scope) < 100_000:
                self.out_of_scope.add(url)
            return None
        if self.o.max_depth is not None and depth > self.o.max_depth:
            self.counters["links beyond --max-depth (not followed)"] += 1
            return None
        if self.admitted >= self.o.max_pages:
            self.counters["URLs over --max-pages (not queued)"] += 1
            return None
        await self.ensure_robots(origin(url))
        self.seen.add(url)
        if not self.allowed(url):
            blocked.append((url, depth, source))
            return None
        self.admitted += 1
        return (url, depth, source, "page")

    async def ensure_robots(self, org: str) -> None:
        if org in self.robots:
            return
        task = self._robots_tasks.get(org)
        if task is None:
            task = self._robots_tasks[org] = asyncio.ensure_future(self._load_robots(org))
        await asyncio.shield(task)

    async def _load_robots(self, org: str) -> None:
        from protego import Protego

        url = org + "/robots.txt"
        res: _Response | _Failure = _Failure("no response")
        current = url
        for _ in range(5):
            res = await self.request(current, None, any_type=True, cap=ROBOTS_MAX_BYTES)
            if isinstance(res, _Response) and res.status in REDIRECT_STATUSES:
                target = res.headers.get("location")
                if target:
                    current = urljoin(current, target)
                    continue
            break
        rules: Any = _ALLOW_ALL
        crawl_delay: float | None = None
        if isinstance(res, _Failure) or res.status >= 500:
            reason = res.reason if isinstance(res, _Failure) else f"HTTP {res.status}"
            if not self.o.ignore_robots:
                rules = _DISALLOW_ALL
                self.robots_errors[org] = reason
                self.warnings.append(
                    f"{url}: unreachable ({reason}); nothing on {org} was crawled (RFC 9309)"
                )
        elif 200 <= res.status < 300 and res.body is not None:
            parser = Protego.parse(res.body.decode("utf-8", "replace"))
            rules = parser
            self.robots_sitemaps[org] = list(parser.sitemaps)
            try:
                crawl_delay = parser.crawl_delay(self.o.user_agent)
            except (TypeError, ValueError):
                crawl_delay = None
        if self.o.ignore_robots:
            rules, crawl_delay = _ALLOW_ALL, None
        self.robots[org] = rules
        delay = self.o.delay
        if crawl_delay:
            if crawl_delay > MAX_CRAWL_DELAY:
                self.warnings.append(
                    f"{url}: Crawl-delay {crawl_delay:g}s capped at {MAX_CRAWL_DELAY:g}s"
                )
            delay = max(delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        gate = self._gate(host_of(org))
        gate.delay = max(gate.delay, delay)

    def _gate(self, host: str) -> _Gate:
        gate = self.gates.get(host)
        if gate is None:
            gate = self.gates[host] = _Gate(self.o.delay)
        return gate

    # ----- HTTP ------------------------------------------------------------------------------
    async def request(
        self,
        url: str,
        previous: Previous | None,
        *,
        any_type: bool = False,
        cap: int | None = None,
    ) -> _Response | _Failure:
        """One URL, with retries and backoff for connection errors, 429 and 5xx."""
        headers: dict[str, str] = {}
        if previous is not None:
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        gate = self._gate(host_of(url))
        attempt, waited = 0, 0.0
        while True:
            await gate.turn()
            response: _Response | None = None
            wait: float | None = None
            try:
                response = await asyncio.wait_for(
                    self._once(url, headers, any_type, cap or self.o.max_body),
                    timeout=self.o.timeout * 3 + 1,
                )
            except BodyTooLarge as exc:
                return _Failure(f"body too large: {exc}")
            except _Unsupported as exc:
                return _Failure(str(exc))
            except httpx.ConnectTimeout:
                reason = f"connection timed out after {self.o.timeout:g}s"
            except (httpx.TimeoutException, asyncio.TimeoutError):
                return _Failure(
                    f"timed out: no complete response within {self.o.timeout:g}s (--timeout)"
                )
            except httpx.TransportError as exc:
                message = str(exc) or type(exc).__name__
                if re.search(r"ssl|certificate|tls", message, re.IGNORECASE):
                    return _Failure(f"TLS error: {message}")
                reason = f"connection failed: {message}"
            except httpx.HTTPError as exc:
                return _Failure(f"request failed: {exc}")
            if response is not None:
                response.attempts = attempt + 1
                if response.status not in RETRY_STATUSES:
                    return response
                reason = f"HTTP {response.status}"
                wait = retry_after(response.headers.get("retry-after"))
                if wait is not None and response.status in (429, 503):
                    gate.pause(min(wait, self.o.max_retry_wait))  # the whole host waits
            if attempt >= self.o.retries:
                if response is not None:
                    return response
                return _Failure(f"{reason} after {attempt + 1} attempts")
            if wait is None:
                wait = self.o.backoff * (2**attempt) * (1 + random.random() / 4)
            if waited + wait > self.o.max_retry_wait:
                if response is not None:
                    return _Failure(
                        f"HTTP {response.status}: Retry-After {wait:g}s is over the retry "
                        f"budget of {self.o.max_retry_wait:g}s (--max-retry-wait)",
                        status=response.status,
                    )
                return _Failure(f"{reason} after {attempt + 1} attempts")
            await asyncio.sleep(wait)
            waited += wait
            attempt += 1

    async def _once(self, url: str, headers: dict[str, str], any_type: bool, cap: int) -> _Response:
        async with self.client.stream("GET", url, headers=headers) as r:
            kept = selected_headers(r.headers)
            ctype = r.headers.get("content-type")
            res = _Response(url, r.status_code, r.reason_phrase, kept, None, ctype)
            if not 200 <= r.status_code < 300:
                length = r.headers.get("content-length")
                if length and length.isdigit() and int(length) <= _ERROR_BODY_READ:
                    await r.aread()  # lets the connection be reused
                return res
            if not any_type and ctype is not None and not is_html(ctype):
                return res
            length = r.headers.get("content-length")
            if length and length.isdigit() and int(length) > cap:
                raise BodyTooLarge(
                    f"body is {int(length) / MB:.1f} MB, over the {cap / MB:.1f} MB limit (--max-body)"
                )
            decoder = _Decoder(r.headers.get("content-encoding"), cap)
            raw = 0
            async for chunk in r.aiter_raw():
                raw += len(chunk)
                if raw > cap:
                    raise BodyTooLarge(f"body over the {cap / MB:.1f} MB limit (--max-body)")
                decoder.feed(chunk)
            res.body = decoder.result()
            if not any_type and ctype is None and not is_html(None, res.body):
                res.body = None
            return res

    # ----- pages -----------------------------------------------------------------------------
    async def fetch_page(self, item: _Item) -> Record:
        rec = Record(item.url, "failed", depth=item.depth, discovered_from=item.source)
        previous = self.store.previous(item.url)
        visited = [item.url]
        current = item.url
        while True:
            res = await self.request(current, previous if current == item.url else None)
            rec.final_url = current
            if isinstance(res, _Failure):
                rec.error, rec.status = res.reason, res.status
                return rec
            rec.status, rec.headers, rec.content_type = res.status, res.headers, res.content_type
            location = res.headers.get("location")
            if res.status in REDIRECT_STATUSES and location:
                target = normalize(location, self.policy, base=current)
                rec.redirects.append((res.status, target or urljoin(current, location)))
                if target is None:
                    rec.kind, rec.final_url = "redirect", urljoin(current, location)
                    rec.error = "redirect to a non-HTTP URL (not followed)"
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
                rec.kind, rec.final_url = "redirect", target
                if not self.in_scope(target):
                    if item.source is None and item.depth == 0 and item.url in self.starts:
                        self._extend_scope(host_of(target))
                    else:
                        self.counters["redirects out of scope (not followed)"] += 1
                        return rec
                await self.ensure_robots(origin(target))
                if not self.allowed(target):
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
        current = item.url
        res: _Response | _Failure = _Failure("no response")
        for _ in range(self.o.max_redirects + 1):
            res = await self.request(current, None, any_type=True, cap=SITEMAP_MAX_BYTES)
            location = res.headers.get("location") if isinstance(res, _Response) else None
            if isinstance(res, _Response) and res.status in REDIRECT_STATUSES and location:
                target = normalize(location, self.policy, base=current)
                if target is None or host_of(target) not in self.hosts:
                    break
                current = target
                continue
            break
        rec.final_url = current
        implicit = item.source is None and item.url.endswith("/sitemap.xml")
        if isinstance(res, _Failure) or res.status != 200 or res.body is None:
            rec.status = res.status
            rec.error = res.reason if isinstance(res, _Failure) else f"HTTP {res.status}"
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
        for loc in locs:
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
) -> CrawlOutcome:
    """Crawl into the store at `db_path`; raises KeyboardInterrupt with the store consistent."""
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
        crawler = Crawler(options, store, crawl_id, Progress(progress))
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
