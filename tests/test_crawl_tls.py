"""The crawler over TLS: HTTP/2 when the server offers it, certificate failures as F003.

A real HTTPS server (hypercorn, HTTP/2 and HTTP/1.1 by ALPN) on 127.0.0.1 with a
certificate from a throwaway CA (trustme); the crawl trusts that CA through
`SSL_CERT_FILE`, as a user behind a corporate CA would.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from hypercorn.asyncio import serve
from hypercorn.config import Config
from test_crawl import crawl_cli

PARAGRAPH = "Chit seed potatoes in a bright, frost-free room for four to six weeks. " * 6
PAGES = {
    "/": "<html><head><title>Garden notes home</title></head><body><main><h1>Garden notes</h1>"
    '<p>Read <a href="/potatoes">potatoes</a> and <a href="/leeks">leeks</a>.</p>'
    "</main></body></html>",
    "/potatoes": "<html><head><title>Planting seed potatoes in spring</title></head><body>"
    f"<article><h1>Planting seed potatoes</h1><p>{PARAGRAPH}</p></article></body></html>",
    "/leeks": "<html><head><title>Sowing leeks in modules</title></head><body>"
    f"<article><h1>Sowing leeks</h1><p>{PARAGRAPH}</p></article></body></html>",
}


class TlsSite:
    """Serves PAGES over HTTPS in a thread; records each request's path and HTTP version."""

    def __init__(self, tmp: Path) -> None:
        self.ca = trustme.CA()
        cert = self.ca.issue_cert("127.0.0.1")
        self.ca_file = tmp / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        cert_file, key_file = tmp / "cert.pem", tmp / "key.pem"
        cert.cert_chain_pems[0].write_to_path(str(cert_file))
        cert.private_key_pem.write_to_path(str(key_file))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.config = Config()
        self.config.bind = [f"127.0.0.1:{self.port}"]
        self.config.certfile, self.config.keyfile = str(cert_file), str(key_file)
        self.config.alpn_protocols = ["h2", "http/1.1"]
        self.config.accesslog = self.config.errorlog = None
        self.requests: list[tuple[str, str]] = []
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def origin(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    async def app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        self.requests.append((scope["path"], scope["http_version"]))
        body = PAGES.get(scope["path"])
        status = 200 if body is not None else 404
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8")],
            }
        )
        await send({"type": "http.response.body", "body": (body or "not found").encode()})

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            self._loop.call_soon(self._ready.set)
            await serve(self.app, self.config, shutdown_trigger=self._stop.wait)  # type: ignore[arg-type]

        asyncio.run(main())

    def start(self) -> TlsSite:
        self._thread.start()
        assert self._ready.wait(10)
        for _ in range(200):  # until the port accepts connections
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return self
            except OSError:
                threading.Event().wait(0.02)
        raise RuntimeError("the TLS server did not start")

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[TlsSite]:
    site = TlsSite(tmp_path).start()
    yield site
    site.stop()


def test_http2_is_used_when_the_server_offers_it(tls_site, tmp_path, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_site.ca_file))
    problems, result = crawl_cli(
        tmp_path, tls_site.origin + "/", tmp_path / "c.sqlite", "--no-sitemaps", "--select", "T001"
    )
    assert result.exit_code == 1, result.output
    pages = {path: version for path, version in tls_site.requests if path in PAGES}
    assert pages == {"/": "2", "/potatoes": "2", "/leeks": "2"}
    assert {(p["path"], p["code"]) for p in problems} >= {
        (tls_site.origin + "/potatoes", "T001"),
        (tls_site.origin + "/leeks", "T001"),
    }


def test_an_untrusted_certificate_is_a_fetch_failure(tls_site, tmp_path, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    problems, result = crawl_cli(
        tmp_path, tls_site.origin + "/", tmp_path / "c.sqlite", "--no-sitemaps", "--retries", "0"
    )
    assert result.exit_code == 1, result.output
    [failure] = [p for p in problems if p["code"] == "F003"]
    assert failure["path"] == tls_site.origin + "/"
    # robots.txt is the first request: the site is unreachable for it, and says why.
    assert failure["message"].startswith("fetch failed: robots.txt unreachable: TLS error")
    assert "certificate verify failed" in failure["message"]
    assert not [r for r in tls_site.requests if r[0] in PAGES]  # no page was served
