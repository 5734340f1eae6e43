"""`contentlint crawl` against servers that break: every fault ends as F003 with its reason.

The servers (`faultserver.FaultServer`, and the fixture site for the kill test) run on
127.0.0.1 only, answer a bounded number of requests for a bounded time, and are stopped
by the tests. Nothing here touches the internet, and nothing asserts a duration: the
crawl's own limits (--timeout, --max-body, --max-pages) are what bound it.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from faultserver import FAULTS, FaultServer, million_url_sitemap
from helpers import run
from test_crawl import SiteServer

#: Small limits: each fault costs well under a few seconds.
FAST = (
    "--timeout", "1",
    "--max-body", "100KB",
    "--backoff", "0.05",
    "--retries", "1",
    "--max-retry-wait", "2",
    "--jobs", "1",
)  # fmt: skip

#: Path -> what its F003 must say (a regex on the message). Retried faults show 2 attempts.
EXPECTED_F003 = {
    "/reset": r"^fetch failed: connection lost mid-response: .* after 2 attempts$",
    "/bad-status": r"^fetch failed: broken response: illegal status line: .*two hundred",
    "/garbage": r"^fetch failed: broken response: illegal status line",
    "/bad-header": r"^fetch failed: broken response: illegal header line",
    "/conflicting-length": r"^fetch failed: broken response: conflicting Content-Length",
    "/endless-headers": r"^fetch failed: broken response: .* after 2 attempts$",
    "/endless-chunked": r"^fetch failed: body too large: body over the 0\.1 MB limit",
    "/slow-drip": r"^fetch failed: timed out: no complete response within 1s \(--timeout\)$",
    "/gzip-bomb": r"^fetch failed: body too large: decompressed body over the 0\.1 MB limit",
    "/brotli-bomb": r"^fetch failed: unsupported Content-Encoding 'br'$",
    "/to-file": r"^fetch failed: redirect to file:///etc/passwd refused: only http\(s\) is fetched$",
    "/to-ftp": r"^fetch failed: redirect to ftp://127\.0\.0\.1/pub/file\.html refused: only http",
    "/to-javascript": r"^fetch failed: redirect refused: Location is not an http\(s\) URL",
}
#: Served, but with a charset that is wrong, conflicting or unknown: linted, not failed.
LINTED = ("/charset-wrong", "/charset-conflict", "/charset-bogus", "/two-types")


def crawl(
    tmp: Path, url: str, *args: str, db: Path | None = None
) -> tuple[list[dict[str, Any]], Any, Path]:
    """`contentlint crawl` in-process with a JSON report: (problems, click result, db)."""
    db = db or tmp / f"crawl-{time.monotonic_ns()}.sqlite"
    report = tmp / "report.json"
    result = run("crawl", url, "--db", str(db), "--output-format", "json", "-o", str(report), *args)
    assert "Traceback" not in result.output, result.output
    problems = json.loads(report.read_text()) if report.exists() else []
    return problems, result, db


def store_is_consistent(db: Path) -> None:
    """SQLite's own check, and the store's invariant: a frontier entry is done only
    together with the page row written in the same transaction."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        orphans = con.execute(
            "SELECT url FROM frontier f WHERE done = 1"
            " AND NOT EXISTS (SELECT 1 FROM page p WHERE p.url = f.url)"
        ).fetchall()
        assert orphans == []
    finally:
        con.close()


def crawl_state(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT state FROM crawl ORDER BY id")]
    finally:
        con.close()


# ----- broken responses ------------------------------------------------------------------


@pytest.fixture(scope="module")
def faults(tmp_path_factory) -> Iterator[tuple[FaultServer, list[dict[str, Any]], Any, Path]]:
    tmp = tmp_path_factory.mktemp("faults")
    with FaultServer() as server:
        problems, result, db = crawl(tmp, server.origin + "/", *FAST)
        yield server, problems, result, db


def test_every_broken_response_is_an_f003_with_its_reason(faults):
    server, problems, result, _ = faults
    assert set(EXPECTED_F003) | set(LINTED) | {"/"} == set(FAULTS)  # the table covers all
    f003 = {
        p["path"].removeprefix(server.origin): p["message"] for p in problems if p["code"] == "F003"
    }
    assert set(f003) == set(EXPECTED_F003)
    for path, pattern in EXPECTED_F003.items():
        assert re.search(pattern, f003[path]), (path, f003[path])
    assert result.exit_code == 1


def test_wrong_conflicting_and_unknown_charsets_are_linted_not_failed(faults):
    server, problems, _, db = faults
    for path in LINTED:
        found = {p["code"] for p in problems if p["path"] == server.origin + path}
        assert found and "F003" not in found, (path, found)
    con = sqlite3.connect(db)
    kinds = dict(con.execute("SELECT url, kind FROM page").fetchall())
    con.close()
    assert {kinds[server.origin + p] for p in LINTED} == {"html"}


def test_the_fault_crawl_finishes_within_its_limits_and_leaves_a_consistent_store(faults):
    server, _, result, db = faults
    assert crawl_state(db) == ["finished"]
    store_is_consistent(db)
    # each fault was asked for at most once plus one retry; nothing was asked for twice
    # after it was settled (the server's own bound is 2,000 requests)
    counts = Counter(server.log)
    assert max(counts.values()) <= 2, counts
    assert "URLs crawled" in result.stderr


# ----- robots.txt (RFC 9309) -------------------------------------------------------------


def _robots_crawl(tmp: Path, mode: str) -> tuple[FaultServer, list[dict[str, Any]], Any, Path]:
    with FaultServer(robots=mode) as server:
        problems, result, db = crawl(tmp, server.origin + "/ok", *FAST, "--no-sitemaps")
    return server, problems, result, db


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("503", r"robots\.txt unreachable: HTTP 503"),
        ("slow", r"robots\.txt unreachable: timed out"),
        ("to-file", r"robots\.txt unreachable: .*only http"),
    ],
)
def test_unreachable_robots_txt_disallows_the_whole_origin(tmp_path, mode, reason):
    server, problems, result, db = _robots_crawl(tmp_path, mode)
    assert set(server.log) == {"/robots.txt"}  # nothing else was requested
    (p,) = problems
    assert p["code"] == "F003" and p["path"] == server.origin + "/ok"
    assert re.search(reason, p["message"]), p["message"]
    assert "(RFC 9309)" in result.stderr
    store_is_consistent(db)


@pytest.mark.parametrize("mode", ["none", "401", "binary"])
def test_unavailable_or_unparsable_robots_txt_allows_everything(tmp_path, mode):
    server, problems, _, db = _robots_crawl(tmp_path, mode)
    assert {"/ok", "/early", "/late"} <= set(server.log)
    assert not [p for p in problems if p["code"] == "F003"]
    store_is_consistent(db)


@pytest.mark.parametrize("mode", ["huge", "endless"])
def test_robots_txt_is_read_up_to_512_kib_and_the_rest_ignored(tmp_path, mode):
    server, _, _, db = _robots_crawl(tmp_path, mode)
    assert "/early" not in server.log  # the rule at the top is obeyed
    assert "/late" in server.log  # the rule past 512 KiB is not read
    con = sqlite3.connect(db)
    blocked = con.execute("SELECT url FROM page WHERE kind = 'blocked'").fetchall()
    con.close()
    assert blocked == [(server.origin + "/early",)]
    assert server.log.count("/robots.txt") == 1


def test_robots_txt_gzip_bomb_is_cut_at_the_limit(tmp_path):
    server, problems, _, _ = _robots_crawl(tmp_path, "gzip-bomb")
    assert {"/ok", "/early", "/late"} <= set(server.log)  # 512 KiB of comments: no rules
    assert not [p for p in problems if p["code"] == "F003"]


# ----- sitemaps --------------------------------------------------------------------------


def test_sitemaps_that_list_themselves_or_a_million_urls_stay_within_limits(tmp_path):
    state: dict[str, bytes] = {}

    async def index(c: Any) -> None:  # lists itself, the other index and the big one
        o = c.server.origin
        locs = "".join(
            f"<sitemap><loc>{o}{p}</loc></sitemap>"
            for p in ("/sitemap.xml", "/sitemap-b.xml", "/million.txt.gz")
        )
        await c.respond("200 OK", f"<sitemapindex>{locs}</sitemapindex>".encode(), ctype=None)

    async def million(c: Any) -> None:
        await c.respond("200 OK", state["body"], ctype="application/gzip")

    extra = {"/sitemap.xml": index, "/sitemap-b.xml": index, "/million.txt.gz": million}
    with FaultServer(extra=extra) as server:
        state["body"] = million_url_sitemap(server.origin)  # made before it is asked for
        problems, result, db = crawl(tmp_path, server.origin + "/ok", *FAST, "--max-pages", "25")
    counts = Counter(server.log)
    assert counts["/sitemap.xml"] == counts["/sitemap-b.xml"] == counts["/million.txt.gz"] == 1
    listed = [p for p in server.log if p.startswith("/listed/")]
    assert 0 < len(listed) <= 24 and len(set(listed)) == len(listed)
    assert "lists more than 50,000 URLs" in result.stderr
    assert "URLs over --max-pages (not queued)" in result.stderr
    assert crawl_state(db) == ["finished"]
    store_is_consistent(db)
    assert len({p["path"] for p in problems}) == 25


# ----- killed at random moments ----------------------------------------------------------


def _spawn(url: str, db: Path, cwd: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CONTENTLINT_NO_CACHE": "1"}
    cmd = [sys.executable, "-m", "contentlint.cli", "crawl", url, "--db", str(db), *args]
    return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip


def _pages(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM page WHERE kind = 'html'").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def _finished(db: Path) -> bool:
    try:
        return db.exists() and "finished" in crawl_state(db)
    except sqlite3.OperationalError:  # the schema is not there yet
        return False


def test_sigkill_at_random_moments_leaves_a_consistent_store_that_resume_completes(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    # 80 pages, 2 at a time, 0.1 s each: at least 4 s of fetching, more than the four
    # rounds below can reach, so every kill lands during the crawl itself.
    site = SiteServer(page_delay=0.1).start()
    kills = 0
    try:
        db = tmp_path / "c.sqlite"
        url = site.origin + "/calendar?month=2024-01"
        args = ("--max-pages", "80", "--no-sitemaps", "--concurrency", "2")
        for round_ in range(4):
            before = _pages(db)
            proc = _spawn(url, db, tmp_path, *args, *(("--resume",) if round_ else ()))
            # a random moment: the first round maybe before the first page is stored
            moment = rng.uniform(0.0, 0.4) if round_ == 0 else rng.uniform(0.2, 1.2)
            deadline = time.monotonic() + moment
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.01)
            if proc.poll() is not None or _finished(db):
                proc.wait(60)
                break  # it finished first: nothing left to interrupt
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills += 1
            if db.exists():
                store_is_consistent(db)
                assert _pages(db) >= before  # nothing committed was lost
        assert kills >= 3, f"seed {seed}: the crawl ended before it could be killed"
        problems, _, _ = crawl(tmp_path, url, *args, "--resume", "--jobs", "1", db=db)
    finally:
        site.stop()
    assert crawl_state(db)[-1] == "finished", f"seed {seed}"
    store_is_consistent(db)
    assert _pages(db) == 80, f"seed {seed}"
    assert len({p["path"] for p in problems}) == 80
    requests = [p for _, p, _ in site.log if p.startswith("/calendar")]
    # at most the requests in flight at each kill (2 workers) were made twice
    assert len(requests) - len(set(requests)) <= 2 * kills, f"seed {seed}"
