"""A crawl cannot be steered at internal services: only http(s), only public addresses.

How this is tested with nothing but loopback (no other address may see traffic here):
the only server is a `FaultServer` on 127.0.0.1, and the crawler's two network edges are
replaced, in-process, by test doubles:

* DNS (`fetch.system_resolver`) answers from a table: `site.test` is a public-looking
  address (93.184.216.34), `internal.test` a private one, `rebind.test` changes its
  answer from public to private after a few lookups.
* The dialer (the httpcore network backend under the guard) connects to 127.0.0.1 for
  the addresses the test says stand for the server, logs every address it is asked for,
  and refuses the rest without touching the network.

So the crawler sees a public site whose pages redirect to 10.x, 169.254.x, [::1] and
127.0.0.1, and the dialer's log proves which addresses it tried to reach: a private one
in that log is a failure of the guard, caught before any packet left. Start URLs on
127.0.0.1 itself keep working (the fixture-site tests crawl that way): a start URL on a
private address allows private addresses for the crawl.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import httpcore
import pytest
from contentlint.sources import crawl as crawler
from contentlint.sources import fetch
from faultserver import Conn, FaultServer
from helpers import run

PUBLIC = "93.184.216.34"
INTERNAL = "10.1.2.3"


class Dialer(httpcore.AsyncNetworkBackend):
    """Connects `routes` addresses to 127.0.0.1 (same port); refuses and logs the rest."""

    def __init__(self, routes: set[str]) -> None:
        self.routes = routes
        self.asked: list[str] = []
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self.asked.append(host)
        if host not in self.routes:
            raise httpcore.ConnectError(f"test dialer: {host} is not reachable from a test")
        return await self.inner.connect_tcp("127.0.0.1", port, **kwargs)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


_SYSTEM_RESOLVER = fetch.system_resolver


class Dns:
    """A DNS table; `rebind.test` answers public `public_answers` times, then private.
    `localhost` and numeric spellings (2130706433) go to the system resolver, which
    answers them locally; any other name is unknown (no query leaves the machine)."""

    def __init__(self, public_answers: int = 2) -> None:
        self.public_answers = public_answers
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        if host == "site.test":
            return [PUBLIC]
        if host == "internal.test":
            return [INTERNAL]
        if host == "mixed.test":  # a private answer first: the public one must be picked
            return ["10.0.0.9", PUBLIC]
        if host == "rebind.test":
            n = self.lookups.count(host)
            return [PUBLIC] if n <= self.public_answers else ["10.0.0.5"]
        if host == "localhost" or re.fullmatch(r"[0-9a-fx.]+", host):
            return await _SYSTEM_RESOLVER(host, port)
        raise OSError(f"test DNS: no such host {host}")


@pytest.fixture
def net(monkeypatch):
    """The doubled network edges: (dns, dialer). Nothing else can be reached."""
    dns = Dns()
    dialer = Dialer({PUBLIC})
    monkeypatch.setattr(fetch, "system_resolver", dns)
    monkeypatch.setattr(crawler, "new_client", functools.partial(fetch.new_client, backend=dialer))
    return dns, dialer


def redirect(location: str):
    async def fault(c: Conn) -> None:
        await c.respond("302 Found", b"", {"Location": location.format(port=c.server.port)}, None)

    return fault


REDIRECTS = {
    "/to-private": "http://10.0.0.1/admin",
    "/to-metadata": "http://169.254.169.254/latest/meta-data/",
    "/to-v6-loopback": "http://[::1]:{port}/ok",
    "/to-loopback": "http://127.0.0.1:{port}/ok",
    "/to-mapped": "http://[::ffff:10.0.0.1]/",
    "/to-decimal": "http://2130706433:{port}/ok",  # 127.0.0.1 written as one number
    "/to-internal-name": "http://internal.test:{port}/ok",
    "/to-localhost": "http://localhost:{port}/ok",
}


async def _home(c: Conn) -> None:
    links = "".join(f'<a href="{p}">{p}</a> ' for p in REDIRECTS)
    links += '<a href="http://10.0.0.1/">router</a> <a href="http://[fe80::1]/">lan</a>'
    await c.respond("200 OK", f"<html><body><h1>Home</h1>{links}</body></html>".encode())


def crawl(tmp: Path, url: str, *args: str) -> tuple[list[dict[str, Any]], Any, Path]:
    db, report = tmp / "c.sqlite", tmp / "report.json"
    result = run(
        "crawl", url, "--db", str(db), "--output-format", "json", "-o", str(report),
        "--timeout", "2", "--retries", "0", "--jobs", "1", "--no-sitemaps", *args,
    )  # fmt: skip
    assert "Traceback" not in result.output, result.output
    return (json.loads(report.read_text()) if report.exists() else []), result, db


def f003(problems: list[dict[str, Any]], origin: str) -> dict[str, str]:
    return {p["path"].removeprefix(origin): p["message"] for p in problems if p["code"] == "F003"}


# ----- addresses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "special-use"),  # carrier-grade NAT
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("255.255.255.255", "private"),
        ("192.0.2.1", "private"),  # documentation
        ("198.18.0.1", "private"),  # benchmarking
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:10.0.0.1", "private"),  # IPv4-mapped
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("2002:a00:1::", "private"),  # 6to4 of 10.0.0.1
        (PUBLIC, None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_special_use_addresses_are_named(address, kind):
    reason = fetch.special_use(ipaddress.ip_address(address))
    assert (reason.split(" address")[0] if reason else None) == kind


def test_the_system_resolver_is_checked_for_names_and_numeric_spellings():
    guard = fetch.AddressGuard()
    for host in ("localhost", "2130706433", "0x7f.0.0.1", "127.1"):  # all are 127.0.0.1
        with pytest.raises(fetch.AddressRefused, match=r"loopback address 127\.0\.0\.1"):
            asyncio.run(guard.pick(host, 80))
    allowed = asyncio.run(fetch.AddressGuard(allow_private=True).pick("localhost", 80))
    assert "127.0.0.1" in allowed


def test_a_name_with_public_and_private_answers_connects_to_the_public_one(net):
    assert asyncio.run(fetch.AddressGuard().pick("mixed.test", 80)) == [PUBLIC]


# ----- redirects and links ---------------------------------------------------------------


def test_redirects_into_private_networks_are_refused_and_reported(tmp_path, net):
    _, dialer = net
    extra = {"/": _home, **{p: redirect(t) for p, t in REDIRECTS.items()}}
    with FaultServer(extra=extra) as server:
        origin = f"http://site.test:{server.port}"
        problems, result, _ = crawl(tmp_path, origin + "/")
    assert set(dialer.asked) == {PUBLIC}  # no other address was ever dialled
    failed = f003(problems, origin)
    assert set(failed) == set(REDIRECTS)
    expect = {
        "/to-private": "private address 10.0.0.1",
        "/to-metadata": "link-local address 169.254.169.254",
        "/to-v6-loopback": "loopback address ::1",
        "/to-loopback": "loopback address 127.0.0.1",
        "/to-mapped": "private address 10.0.0.1",  # the IPv4 inside
        "/to-decimal": "2130706433 resolves to loopback address 127.0.0.1",
        "/to-internal-name": "internal.test resolves to private address 10.1.2.3",
        "/to-localhost": "localhost resolves to loopback address",
    }
    for path, why in expect.items():
        message = failed[path]
        assert message.startswith("fetch failed: redirect to http"), message
        assert f"refused: {why}" in message, message
        assert message.endswith("private networks are not crawled without --allow-private")
    assert "links into private networks (refused): 2" in result.stderr
    assert not [p for p in server.log if p.endswith("/ok")]


def test_a_start_url_redirecting_into_a_private_network_does_not_widen_the_scope(tmp_path, net):
    _, dialer = net
    with FaultServer(extra={"/go": redirect("http://internal.test:{port}/ok")}) as server:
        problems, _, db = crawl(tmp_path, f"http://site.test:{server.port}/go")
    assert set(dialer.asked) == {PUBLIC}
    (p,) = problems
    assert "refused: internal.test resolves to private address 10.1.2.3" in p["message"]
    con = sqlite3.connect(db)
    options = json.loads(con.execute("SELECT options FROM crawl").fetchone()[0])
    con.close()
    assert options["extra_hosts"] == []


def test_allow_private_follows_them(tmp_path, net):
    _, dialer = net
    dialer.routes.add(INTERNAL)  # the "internal service" is the same loopback server
    with FaultServer(extra={"/go": redirect("http://internal.test:{port}/ok")}) as server:
        problems, _, _ = crawl(tmp_path, f"http://site.test:{server.port}/go", "--allow-private")
    assert INTERNAL in dialer.asked
    assert "/ok" in server.log
    assert not [p for p in problems if p["code"] == "F003"]


def test_robots_txt_redirected_to_the_metadata_service_closes_the_site(tmp_path, net):
    _, dialer = net
    robots = "redirect:http://169.254.169.254/latest/meta-data/"
    with FaultServer(robots=robots) as server:
        problems, _, _ = crawl(tmp_path, f"http://site.test:{server.port}/ok")
    assert set(dialer.asked) == {PUBLIC}
    (p,) = problems
    assert "robots.txt unreachable: refused: link-local address 169.254.169.254" in p["message"]
    assert server.log == ["/robots.txt"]


def test_dns_rebinding_is_caught_at_the_connection(tmp_path, net):
    """rebind.test is public for the start-URL check and robots.txt, then private: the
    address checked is the address connected to, so the page fetch is refused."""
    dns, dialer = net
    with FaultServer(keep_alive=False) as server:  # every request connects (and resolves) anew
        problems, _, _ = crawl(tmp_path, f"http://rebind.test:{server.port}/ok")
    assert dns.lookups.count("rebind.test") == 3
    assert set(dialer.asked) == {PUBLIC}
    assert server.log == ["/robots.txt"]
    (p,) = problems
    assert p["message"] == (
        "fetch failed: refused: rebind.test resolves to private address 10.0.0.5: "
        "private networks are not crawled without --allow-private"
    )


def test_a_start_url_on_loopback_may_stay_on_loopback(tmp_path):
    """The real resolver and dialer: a crawl of a local site is allowed its own addresses."""
    with FaultServer(extra={"/go": redirect("http://localhost:{port}/ok")}) as server:
        problems, _, _ = crawl(tmp_path, server.origin + "/ok")
        (tmp_path / "again").mkdir()
        again, _, _ = crawl(tmp_path / "again", server.origin + "/go")
    assert {"/ok", "/early", "/late", "/go"} <= set(server.log)
    assert not [p for p in problems + again if p["code"] == "F003"]


def test_only_http_and_https_start_urls_are_accepted():
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1/", "data:,x"):
        result = run("crawl", url)
        assert result.exit_code == 2 and "not an http(s) URL" in result.stderr
