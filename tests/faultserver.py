"""A misbehaving web server on 127.0.0.1, written on raw asyncio streams.

http.server cannot send a malformed status line, reset a connection mid-body or drip a
body byte by byte; this server writes whatever bytes each fault needs. It binds
127.0.0.1 only, answers at most `max_requests` requests, gives every response at most
`max_seconds`, and `stop()` ends every connection: a test that forgets a client cannot
leave it running.

Paths are faults (`FAULTS`); `robots` chooses how /robots.txt misbehaves, so one
server is one origin with one robots.txt.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import gzip
import socket
import struct
import threading
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

#: brotli.compress(b"\0" * 64 MiB, quality=11) from the `brotli` package: 106 bytes that
#: decode to 64 MiB. Stored here so the test needs no brotli module.
BROTLI_BOMB = base64.b64decode(
    "Y///P/gnAOKxQCD3/o///3/wTwDEYRGA7v0f////4J8AiMMCAN37P/7//8E/ARCHBQC693/8//+DfwIgDgsAdO"
    "//+P//B/8EQBwWAOje//H//w/+CYA4LADQvf/j//8f/BMAcVgAoHv/Nw=="
)
BROTLI_BOMB_SIZE = 64 * 1024 * 1024

PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='{meta}'><title>{title}</title></head>"
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)
#: Latin-1 bytes that are not valid UTF-8.
LATIN1_TEXT = "Crème brûlée à la française, déjà vu, naïveté et façade."


@functools.cache
def _gzip_of_zeros(size: int) -> bytes:
    """Made once per test process: compressing 32 MiB on every server start cost seconds."""
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    out = [c.compress(block) for _ in range(size // len(block))]
    return b"".join(out) + c.flush()


@functools.cache
def _gzip_of_comments(pairs: int) -> bytes:
    """A robots.txt of nothing but "# ", gzipped; made before the server answers, because
    compressing it inside the handler took longer than the crawl's 1 s timeout under load."""
    return gzip.compress(b"# " * pairs)


def million_url_sitemap(origin: str, count: int = 1_000_000) -> bytes:
    """A gzipped text sitemap listing `count` URLs (about 40 MB unzipped, 2 MB zipped)."""
    c = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = []
    step = 10_000
    for start in range(0, count, step):
        lines = "".join(f"{origin}/listed/{n}\n" for n in range(start, start + step))
        parts.append(c.compress(lines.encode()))
    return b"".join(parts) + c.flush()


class Conn:
    """One accepted connection: the request line read, the raw writer to answer with."""

    def __init__(self, server: FaultServer, reader: Any, writer: Any, path: str) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.path = path

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def respond(
        self,
        status: str,
        body: bytes,
        headers: dict[str, str] | list[tuple[str, str]] | None = None,
        ctype: str | None = "text/html; charset=utf-8",
    ) -> None:
        items = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
        if ctype is not None:
            items.insert(0, ("Content-Type", ctype))
        if not any(k.lower() in ("content-length", "transfer-encoding") for k, _ in items):
            items.append(("Content-Length", str(len(body))))
        if not self.server.keep_alive:
            items.append(("Connection", "close"))
        head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in items) + "\r\n"
        await self.send(head.encode("latin-1") + body)

    def reset(self) -> None:
        """Close with a TCP RST (SO_LINGER 0), as a crashed server or a middlebox does."""
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()


Fault = Callable[[Conn], Awaitable[None]]


async def _page(c: Conn) -> None:
    links = "".join(f'<a href="{path}">{path}</a> ' for path in FAULTS if path != "/")
    await c.respond("200 OK", PAGE.format(meta="utf-8", title="Faults", text=links).encode())


async def _reset(c: Conn) -> None:
    await c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    await c.send(b"<html><body>" + b"x" * 2000)
    await asyncio.sleep(0.05)
    c.reset()


async def _bad_status(c: Conn) -> None:
    await c.send(b"HTTP/1.1 two hundred OK\r\nContent-Length: 2\r\n\r\nhi")


async def _garbage(c: Conn) -> None:
    await c.send(b"\x00\x01\x02\xff\xfe not http at all \x1b[31m\r\n\r\n")


async def _bad_header(c: Conn) -> None:
    await c.send(b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\nContent-Length: 2\r\n\r\nhi")


async def _conflicting_length(c: Conn) -> None:
    await c.send(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\nhello")


async def _endless_headers(c: Conn) -> None:
    await c.send(b"HTTP/1.1 200 OK\r\n")
    for n in range(200_000):  # bounded: 6 MB of headers at most
        await c.send(f"X-Filler-{n}: {'y' * 20}\r\n".encode())


async def _endless_chunked(c: Conn) -> None:
    await c.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"<p>" + b"more " * 2000 + b"</p>"
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    for _ in range(10_000):  # bounded: 100 MB at most
        await c.send(frame)


async def _slow_drip(c: Conn) -> None:
    body = PAGE.format(meta="utf-8", title="Drip", text="slow " * 50).encode()
    await c.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
    )
    for i in range(len(body)):
        await c.send(body[i : i + 1])
        await asyncio.sleep(0.2)


async def _gzip_bomb(c: Conn) -> None:
    await c.respond("200 OK", c.server.gzip_bomb, {"Content-Encoding": "gzip"})


async def _brotli_bomb(c: Conn) -> None:
    await c.respond("200 OK", BROTLI_BOMB, {"Content-Encoding": "br"})


def _text_page(title: str, meta: str) -> str:
    return PAGE.format(meta=meta, title=title, text=(LATIN1_TEXT + " ") * 30)


async def _charset_wrong(c: Conn) -> None:  # says UTF-8, is Latin-1
    body = _text_page("Wrong charset", "utf-8").encode("latin-1")
    await c.respond("200 OK", body, ctype="text/html; charset=utf-8")


async def _charset_conflict(c: Conn) -> None:  # header Latin-1, meta UTF-8, body UTF-8
    body = _text_page("Conflicting charsets", "utf-8").encode()
    await c.respond("200 OK", body, ctype="text/html; charset=iso-8859-1")


async def _charset_bogus(c: Conn) -> None:
    body = _text_page("Bogus charset", "x-no-such-charset").encode()
    await c.respond("200 OK", body, ctype="text/html; charset=x-no-such-charset")


async def _two_types(c: Conn) -> None:
    body = _text_page("Two content types", "utf-8").encode()
    headers = [("Content-Type", "application/pdf")]
    await c.respond("200 OK", body, headers, ctype="text/html; charset=utf-8")


async def _ok(c: Conn) -> None:
    """A plain page; /ok links to /early and /late (the robots.txt tests' rules)."""
    links = '<a href="/early">early</a> <a href="/late">late</a>' if c.path == "/ok" else ""
    text = f"A page at {c.path} that is served without trouble. {links}"
    await c.respond("200 OK", PAGE.format(meta="utf-8", title=f"Page {c.path}", text=text).encode())


def _redirect(location: str) -> Fault:
    async def fault(c: Conn) -> None:
        await c.respond("302 Found", b"", {"Location": location}, ctype=None)

    return fault


FAULTS: dict[str, Fault] = {
    "/": _page,
    "/reset": _reset,
    "/bad-status": _bad_status,
    "/garbage": _garbage,
    "/bad-header": _bad_header,
    "/conflicting-length": _conflicting_length,
    "/endless-headers": _endless_headers,
    "/endless-chunked": _endless_chunked,
    "/slow-drip": _slow_drip,
    "/gzip-bomb": _gzip_bomb,
    "/brotli-bomb": _brotli_bomb,
    "/charset-wrong": _charset_wrong,
    "/charset-conflict": _charset_conflict,
    "/charset-bogus": _charset_bogus,
    "/two-types": _two_types,
    "/to-file": _redirect("file:///etc/passwd"),
    "/to-ftp": _redirect("ftp://127.0.0.1/pub/file.html"),
    "/to-javascript": _redirect("javascript:alert(1)"),
}


class FaultServer:
    """The server, run on its own event loop in a thread. `log` lists requested paths."""

    def __init__(
        self,
        robots: str = "none",
        *,
        max_requests: int = 2000,
        max_seconds: float = 15.0,
        extra: dict[str, Fault] | None = None,
        keep_alive: bool = True,
    ) -> None:
        self.robots = robots
        #: False: every connection ends after one response (each request connects anew).
        self.keep_alive = keep_alive
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.faults = {**FAULTS, **(extra or {})}
        self.log: list[str] = []
        self.gzip_bomb = _gzip_of_zeros(32 * 1024 * 1024)
        if robots == "gzip-bomb":
            _gzip_of_comments(20_000_000)
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        self._thread.start()
        assert self._ready.wait(10), "the fault server did not start"
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        self._thread.join(10)
        assert not self._thread.is_alive(), "the fault server did not stop"

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        self._server = loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0, limit=64 * 1024)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._shutdown())
            loop.close()

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while len(self.log) < self.max_requests:  # keep-alive: one request after another
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
                    break
                parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
                path = parts[1] if len(parts) == 3 else "?"
                self.log.append(path)
                conn = Conn(self, reader, writer, path)
                await asyncio.wait_for(self._answer(conn), self.max_seconds)
                if writer.transport.is_closing() or not self.keep_alive:
                    break
        except (ConnectionError, TimeoutError, OSError):
            pass
        finally:
            self._tasks.discard(task)
            writer.transport.abort()

    async def _answer(self, c: Conn) -> None:
        if c.path == "/robots.txt":
            return await self._robots(c)
        path = c.path.split("?", 1)[0]
        fault = _ok if path in ("/ok", "/early", "/late") or path.startswith("/listed/") else None
        fault = self.faults.get(path, fault)
        if fault is None:
            return await c.respond("404 Not Found", b"not found", ctype="text/plain")
        await fault(c)
        if c.path not in ("/",) and not c.path.startswith(("/ok", "/listed")):
            # Faults end the connection: what follows a broken response is unusable.
            c.writer.transport.abort()

    async def _robots(self, c: Conn) -> None:
        mode = self.robots
        text = "text/plain"
        if mode == "none":
            await c.respond("404 Not Found", b"", ctype=text)
        elif mode == "503":
            await c.respond("503 Service Unavailable", b"down", ctype=text)
        elif mode == "401":
            await c.respond("401 Unauthorized", b"", ctype=text)
        elif mode == "huge":  # a rule, 2 MB of comments, then a rule past the 512 KiB limit
            filler = b"# " + b"x" * 98 + b"\n"
            body = (
                b"User-agent: *\nDisallow: /early\n"
                + filler * 20_000
                + b"User-agent: *\nDisallow: /late\n"
            )
            await c.respond("200 OK", body, ctype=text)
        elif mode == "binary":
            await c.respond("200 OK", bytes(range(256)) * 4000, ctype="application/octet-stream")
        elif mode == "endless":
            await c.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            first = b"User-agent: *\nDisallow: /early\n"
            await c.send(f"{len(first):x}\r\n".encode() + first + b"\r\n")
            line = b"Disallow: /nothing-here\n" * 400
            for _ in range(100_000):
                await c.send(f"{len(line):x}\r\n".encode() + line + b"\r\n")
        elif mode == "gzip-bomb":
            await c.respond("200 OK", _gzip_of_comments(20_000_000), {"Content-Encoding": "gzip"})
        elif mode == "slow":
            await c.send(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in range(1000):
                await c.send(b"#")
                await asyncio.sleep(0.2)
        elif mode == "to-file":
            await c.respond("301 Moved", b"", {"Location": "file:///etc/passwd"}, ctype=None)
        elif mode.startswith("redirect:"):
            await c.respond("301 Moved", b"", {"Location": mode[9:]}, ctype=None)
        else:
            raise ValueError(f"unknown robots mode {mode!r}")
