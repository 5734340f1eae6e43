"""HTTP for the crawler: one URL fetched politely, with retries, within size caps.

Kept apart from the crawl loop (`crawl.py`) because it is the part that talks to the
network and knows nothing of frontiers or scope: the httpx client (HTTP/2 where the
server offers it), per-host politeness gates (request starts spaced by `delay`, a
429/503 with Retry-After pausing the whole host), retries with jittered exponential
backoff for connection errors, 429 and 5xx, and bodies streamed and capped,
decompression too (a gzip bomb stops at the cap). Failures are values (`Failure`),
never exceptions, so the crawler records them like any other outcome.

Only http and https are fetched, and only public addresses unless the crawl allows
private ones (`AddressGuard`): the transport resolves each host itself, checks every
address, and connects to the address it checked, so DNS rebinding cannot slip a
private address in between the check and the connection.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import random
import re
import socket
import sys
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx
from contentlint.sources.store import KEPT_HEADERS, Previous
from contentlint.sources.web import host_of, is_html

MB = 1024 * 1024
DEFAULT_MAX_BODY = 10 * MB
#: Statuses worth another try: overload and transient server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ERROR_BODY_READ = 64 * 1024  # small error bodies are read so the connection can be reused


class BodyTooLarge(Exception):
    """The body (or what it decompresses to) is over the cap."""


class _Unsupported(Exception):
    """A Content-Encoding we did not ask for and cannot decode."""


@dataclass
class Response:
    """What a server answered: status, the kept headers and (when read) the body."""

    url: str
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes | None
    content_type: str | None
    attempts: int = 1


@dataclass
class Failure:
    """No usable response: why, and the status when there was one."""

    reason: str
    status: int | None = None


# ----- addresses ---------------------------------------------------------------------------

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
#: host, port -> the addresses it resolves to (tests swap in their own DNS).
Resolver = Callable[[str, int], Awaitable[list[str]]]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A connection to a private (or other special-use) address the crawl may not make.

    Not an httpcore error on purpose: httpx passes it through unchanged, and the fetcher
    reports it as it is instead of retrying it as a connection failure."""


def special_use(ip: IPAddress) -> str | None:
    """Why an address is not a public internet address (loopback, private...), or None."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return special_use(embedded)
    for kind, hit in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if hit:
            return f"{kind} address {ip}"
    if not ip.is_global:
        return f"special-use address {ip}"
    return None


def literal_address(host: str) -> IPAddress | None:
    """The address a URL host names literally (`10.0.0.1`, `[::1]`), or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


async def system_resolver(host: str, port: int) -> list[str]:
    """The system's answer for `host` (every address, IPv4 and IPv6)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class AddressGuard:
    """Which addresses the crawl may connect to: public ones, and special-use ones only
    when allowed (`--allow-private`, or a start URL that is itself such an address)."""

    def __init__(self, allow_private: bool = False, resolver: Resolver | None = None) -> None:
        self.allow_private = allow_private
        self.resolver = resolver or system_resolver

    async def addresses(self, host: str, port: int) -> list[IPAddress]:
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        found = []
        for text in await self.resolver(host, port):
            ip = literal_address(text)
            if ip is not None:
                found.append(ip)
        return found

    def literal_special(self, url: str) -> bool:
        """Whether the URL names a special-use address literally (no DNS asked)."""
        ip = literal_address(urlsplit(url).hostname or "")
        return ip is not None and special_use(ip) is not None

    async def is_special(self, url: str) -> bool:
        """Whether the URL's host is (or resolves only to) special-use addresses."""
        parts = urlsplit(url)
        try:
            found = await self.addresses(parts.hostname or "", parts.port or 80)
        except OSError:
            return False
        return bool(found) and all(special_use(ip) for ip in found)

    async def refusal(self, url: str) -> str | None:
        """Why the crawl may not fetch an http(s) URL (a refused address), or None."""
        parts = urlsplit(url)
        if self.allow_private:
            return None
        try:
            found = await self.addresses(parts.hostname or "", parts.port or 80)
        except OSError:
            return None  # the fetch will report the DNS failure
        return self._refused(parts.hostname or "", found)

    def _refused(self, host: str, found: list[IPAddress]) -> str | None:
        reasons = [r for r in map(special_use, found) if r]
        if not reasons or len(reasons) < len(found):
            return None
        named = "" if literal_address(host) else f"{host} resolves to "
        return f"{named}{reasons[0]}: private networks are not crawled without --allow-private"

    async def pick(self, host: str, port: int) -> list[str]:
        """The addresses that may be connected to, in the resolver's order; AddressRefused
        when there are none (a name with a private and a public answer gets the public)."""
        try:
            found = await self.addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not found:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        allowed = [str(ip) for ip in found if self.allow_private or special_use(ip) is None]
        if not allowed:
            raise AddressRefused(f"refused: {self._refused(host, found)}")
        return allowed


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to the address the guard picked (checked here, at connect time)."""

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend) -> None:
        self.guard = guard
        self.inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        error: Exception | None = None
        for address in await self.guard.pick(host, port):  # the checked addresses only
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )  # fmt: skip
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("refused: the crawler does not connect to Unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def guarded_transport(
    guard: AddressGuard,
    *,
    http2: bool,
    limits: httpx.Limits,
    inner: httpcore.AsyncNetworkBackend | None = None,
) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go through the guard (no proxy: a proxy
    would connect on our behalf to addresses we could not check)."""
    transport = httpx.AsyncHTTPTransport(http2=http2, limits=limits)  # SSL_CERT_FILE is read
    pool = transport._pool  # httpx has no public way to pass httpcore a network backend
    assert isinstance(pool, httpcore.AsyncConnectionPool)
    pool._network_backend = _GuardedBackend(guard, inner or httpcore.AnyIOBackend())
    return transport


class Gate:
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
    """A gzipped body decompressed, raising BodyTooLarge past `limit` bytes."""
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
    """The response headers the store keeps (`KEPT_HEADERS`), repeated ones joined."""
    out = {}
    for name in KEPT_HEADERS:
        values = headers.get_list(name)
        if values:
            out[name] = "\n".join(values)
    return out


def _no_sniffio_lookups() -> None:
    """httpcore tries `import sniffio` on every request; without sniffio installed, each
    failed import searches sys.path (about 15% of the crawl's CPU). Record the absence once."""
    import importlib.util

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def new_client(
    concurrency: int,
    timeout: float,
    user_agent: str,
    guard: AddressGuard | None = None,
    backend: httpcore.AsyncNetworkBackend | None = None,
) -> httpx.AsyncClient:
    """The crawl's client: HTTP/2 when h2 is there, redirects left to the crawler (each hop
    is normalised, scoped and robots-checked), a connection or two per worker, every
    connection checked by `guard` (`backend` dials; tests replace it)."""
    _no_sniffio_lookups()
    try:
        import h2  # noqa: F401

        http2 = True
    except ImportError:  # pragma: no cover - h2 is a dependency
        http2 = False
    limits = httpx.Limits(
        max_connections=concurrency + 2,
        max_keepalive_connections=concurrency + 2,
    )
    transport = guarded_transport(
        guard or AddressGuard(), http2=http2, limits=limits, inner=backend
    )
    return httpx.AsyncClient(
        transport=transport,
        trust_env=False,
        follow_redirects=False,
        timeout=httpx.Timeout(timeout, pool=None),
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        },
    )


class Fetcher:
    """Fetches one URL at a time for the crawler's workers, sharing the politeness gates.

    `client` is set once the crawl's event loop runs (`new_client`).
    """

    def __init__(
        self,
        *,
        delay: float,
        timeout: float,
        retries: int,
        backoff: float,
        max_retry_wait: float,
        max_body: int,
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.max_body = max_body
        self.client: httpx.AsyncClient | None = None
        self.gates: dict[str, Gate] = {}

    def gate(self, host: str) -> Gate:
        """The host's politeness gate (made on first use, spaced by the crawl's `delay`)."""
        gate = self.gates.get(host)
        if gate is None:
            gate = self.gates[host] = Gate(self.delay)
        return gate

    async def request(
        self,
        url: str,
        previous: Previous | None,
        *,
        any_type: bool = False,
        cap: int | None = None,
        truncate: bool = False,
    ) -> Response | Failure:
        """One URL, with retries and backoff for connection errors, 429 and 5xx.

        A body over the cap is a failure, or with `truncate` cut at the cap (robots.txt:
        RFC 9309 lets a crawler ignore what follows its size limit)."""
        headers: dict[str, str] = {}
        if previous is not None:
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        gate = self.gate(host_of(url))
        attempt, waited = 0, 0.0
        while True:
            await gate.turn()
            response: Response | None = None
            wait: float | None = None
            try:
                response = await asyncio.wait_for(
                    self._once(url, headers, any_type, cap or self.max_body, truncate),
                    timeout=self.timeout * 3 + 1,
                )
            except BodyTooLarge as exc:
                return Failure(f"body too large: {exc}")
            except (_Unsupported, AddressRefused) as exc:
                return Failure(str(exc))
            except httpx.UnsupportedProtocol as exc:
                return Failure(f"not fetched: {exc} (only http and https are)")
            except httpx.InvalidURL as exc:  # httpx reads Location even when not following
                return Failure(f"redirect refused: Location is not an http(s) URL ({exc})")
            except httpx.RemoteProtocolError as exc:
                if "location header" in str(exc).lower():
                    return Failure(f"redirect refused: {exc}")
                reason = f"broken response: {exc}"
            except httpx.ReadError as exc:
                reason = f"connection lost mid-response: {str(exc) or 'reset by the server'}"
            except httpx.ConnectTimeout:
                reason = f"connection timed out after {self.timeout:g}s"
            except (TimeoutError, httpx.TimeoutException):
                return Failure(
                    f"timed out: no complete response within {self.timeout:g}s (--timeout)"
                )
            except httpx.TransportError as exc:
                message = str(exc) or type(exc).__name__
                if re.search(r"ssl|certificate|tls", message, re.IGNORECASE):
                    return Failure(f"TLS error: {message}")
                reason = f"connection failed: {message}"
            except httpx.HTTPError as exc:
                return Failure(f"request failed: {exc}")
            if response is not None:
                response.attempts = attempt + 1
                if response.status not in RETRY_STATUSES:
                    return response
                reason = f"HTTP {response.status}"
                wait = retry_after(response.headers.get("retry-after"))
                if wait is not None and response.status in (429, 503):
                    gate.pause(min(wait, self.max_retry_wait))  # the whole host waits
            if attempt >= self.retries:
                if response is not None:
                    return response
                return Failure(f"{reason} after {attempt + 1} attempts")
            if wait is None:
                wait = self.backoff * (2**attempt) * (1 + random.random() / 4)
            if waited + wait > self.max_retry_wait:
                if response is not None:
                    return Failure(
                        f"HTTP {response.status}: Retry-After {wait:g}s is over the retry "
                        f"budget of {self.max_retry_wait:g}s (--max-retry-wait)",
                        status=response.status,
                    )
                return Failure(f"{reason} after {attempt + 1} attempts")
            await asyncio.sleep(wait)
            waited += wait
            attempt += 1

    async def _once(
        self, url: str, headers: dict[str, str], any_type: bool, cap: int, truncate: bool = False
    ) -> Response:
        """One GET; the body is read when wanted (HTML, or `any_type`) and within `cap`."""
        assert self.client is not None, "Fetcher.client is set when the crawl starts"
        async with self.client.stream("GET", url, headers=headers) as r:
            kept = selected_headers(r.headers)
            ctype = r.headers.get("content-type")
            res = Response(url, r.status_code, r.reason_phrase, kept, None, ctype)
            if not 200 <= r.status_code < 300:
                length = r.headers.get("content-length")
                if length and length.isdigit() and int(length) <= _ERROR_BODY_READ:
                    await r.aread()  # lets the connection be reused
                return res
            if not any_type and ctype is not None and not is_html(ctype):
                return res
            length = r.headers.get("content-length")
            if length and length.isdigit() and int(length) > cap and not truncate:
                raise BodyTooLarge(
                    f"body is {int(length) / MB:.1f} MB, over the {cap / MB:.1f} MB limit (--max-body)"
                )
            decoder = _Decoder(r.headers.get("content-encoding"), cap)
            raw = 0
            try:
                async for chunk in r.aiter_raw():
                    raw += len(chunk)
                    if raw > cap:
                        raise BodyTooLarge(f"body over the {cap / MB:.1f} MB limit (--max-body)")
                    decoder.feed(chunk)
            except BodyTooLarge:
                if not truncate:
                    raise
                res.body = decoder.result()[:cap]
                return res
            res.body = decoder.result()
            if not any_type and ctype is None and not is_html(None, res.body):
                res.body = None
            return res
