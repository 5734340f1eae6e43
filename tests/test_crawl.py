"""`contentlint crawl` against a real HTTP server on 127.0.0.1 serving fixtures/site/.

The server logs every request, so the tests prove what the crawler did and did not
fetch. Nothing here touches the internet.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib.util
import io
import itertools
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from contentlint.sources import crawl as crawler
from contentlint.sources import discovery, fetch
from contentlint.sources.web import UrlPolicy, normalize, robots_directives
from helpers import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_spec = importlib.util.spec_from_file_location(
    "fixture_site_server", FIXTURES / "site" / "server.py"
)
assert _spec and _spec.loader
server_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(server_mod)
SiteServer = server_mod.SiteServer

#: Small limits so that the slow, huge and retried pages cost well under a second each.
FAST = (
    "--timeout", "1",
    "--max-body", "100KB",
    "--backoff", "0.05",
    "--max-retry-wait", "5",
    "--jobs", "1",
)  # fmt: skip


@dataclass
class Crawled:
    site: Any
    other: Any
    db: Path
    problems: list[dict[str, Any]]
    stderr: str
    exit_code: int
    log_end: int  # server log length when the crawl ended

    def problems_at(self, path: str) -> list[dict[str, Any]]:
        return [p for p in self.problems if p["path"] == self.site.origin + path]

    def codes_at(self, path: str) -> set[str]:
        return {p["code"] for p in self.problems_at(path)}

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        db = sqlite3.connect(self.db)
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    def row(self, path: str) -> dict[str, Any]:
        db = sqlite3.connect(self.db)
        db.row_factory = sqlite3.Row
        try:
            r = db.execute(
                "SELECT * FROM page WHERE url = ?", (self.site.origin + path,)
            ).fetchone()
            return dict(r) if r else {}
        finally:
            db.close()


def crawl_cli(tmp: Path, url: str, db: Path, *args: str) -> tuple[list[dict[str, Any]], Any]:
    """Run `contentlint crawl` in-process (JSON report to a file); (problems, click result)."""
    report = tmp / f"report-{time.monotonic_ns()}.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp)
        mp.setenv("CONTENTLINT_NO_CACHE", "1")
        result = run(
            "crawl", url, "--db", str(db), "--output-format", "json", "-o", str(report), *args
        )
    problems = json.loads(report.read_text()) if report.exists() else []
    return problems, result


@pytest.fixture(scope="module")
def servers():
    other = SiteServer().start()
    site = SiteServer(other=other.origin, slow_seconds=3).start()
    yield site, other
    site.stop()
    other.stop()


@pytest.fixture(scope="module")
def crawled(servers, tmp_path_factory) -> Crawled:
    site, other = servers
    tmp = tmp_path_factory.mktemp("crawl")
    db = tmp / "crawl.sqlite"
    problems, result = crawl_cli(tmp, site.origin + "/", db, *FAST, "--max-depth", "4")
    return Crawled(site, other, db, problems, result.stderr, result.exit_code, len(site.log))


@pytest.fixture(scope="module")
def recrawled(crawled, tmp_path_factory) -> tuple[Crawled, list[tuple[float, str, dict[str, str]]]]:
    """A second crawl of the same site into the same store: conditional requests."""
    tmp = tmp_path_factory.mktemp("recrawl")
    start = len(crawled.site.log)
    problems, result = crawl_cli(
        tmp, crawled.site.origin + "/", crawled.db, *FAST, "--max-depth", "4"
    )
    again = Crawled(
        crawled.site,
        crawled.other,
        crawled.db,
        problems,
        result.stderr,
        result.exit_code,
        len(crawled.site.log),
    )
    return again, crawled.site.log[start:]


def first_crawl_paths(c: Crawled) -> list[str]:
    return [p for _, p, _ in c.site.log[: c.log_end]]


# ----- URL normalisation and parsing helpers ---------------------------------------------


def test_normalize_drops_fragments_default_ports_and_tracking_params():
    assert normalize("HTTP://Example.COM:80/a/b.html#top") == "http://example.com/a/b.html"
    assert normalize("https://example.com:443") == "https://example.com/"
    assert normalize("https://example.com:8443/x") == "https://example.com:8443/x"
    assert (
        normalize("https://x.org/p?utm_source=n&id=3&gclid=abc&fbclid=z&utm_medium=e")
        == "https://x.org/p?id=3"
    )
    assert normalize("https://x.org/p?utm_source=n") == "https://x.org/p"
    assert normalize("mailto:a@b.c") is None
    assert normalize("javascript:void(0)") is None
    assert normalize("/rel", base="https://x.org/a/b") == "https://x.org/rel"


def test_normalize_percent_encoding_case_and_unreserved_characters():
    assert normalize("https://x.org/caf%c3%a9/%7Euser/%41") == "https://x.org/caf%C3%A9/~user/A"
    assert normalize("https://x.org/café") == "https://x.org/caf%C3%A9"
    assert normalize("https://x.org/a b") == "https://x.org/a%20b"
    # an encoded slash stays encoded (it is not the same URL as a real slash)
    assert normalize("https://x.org/a%2fb") == "https://x.org/a%2Fb"


def test_normalize_tracking_params_are_configurable_and_trailing_slash_policy():
    policy = UrlPolicy(strip_params=("utm_*", "ref"), keep_params=("utm_content",))
    assert (
        normalize("https://x.org/?ref=a&utm_content=b&utm_x=c", policy)
        == "https://x.org/?utm_content=b"
    )
    add = UrlPolicy(trailing_slash="add")
    assert normalize("https://x.org/docs", add) == "https://x.org/docs/"
    assert normalize("https://x.org/docs/page.html", add) == "https://x.org/docs/page.html"
    strip = UrlPolicy(trailing_slash="strip")
    assert normalize("https://x.org/docs/", strip) == "https://x.org/docs"
    assert normalize("https://x.org/", strip) == "https://x.org/"
    assert normalize("https://x.org/docs/") == "https://x.org/docs/"  # keep: as linked


def test_x_robots_tag_directives_apply_to_us_and_search_engines_only():
    assert "noindex" in robots_directives(["noindex, nofollow"])
    assert "noindex" in robots_directives(["googlebot: noindex"])
    assert "noindex" not in robots_directives(["otherbot: noindex"])
    assert "noindex" in robots_directives(["otherbot: noindex, googlebot: noindex"])
    assert robots_directives(["max-snippet: 20, noarchive"]) == {"max-snippet: 20", "noarchive"}


def test_retry_after_seconds_and_http_dates():
    from email.utils import formatdate

    assert fetch.retry_after("7") == 7.0
    assert fetch.retry_after(None) is None
    assert fetch.retry_after("soon") is None
    later = fetch.retry_after(formatdate(time.time() + 30, usegmt=True))
    assert later is not None and 25 < later <= 30


def test_decompression_is_capped_while_streaming():
    bomb = gzip.compress(b"\0" * 20_000_000)
    assert len(bomb) < 100_000
    decoder = fetch._Decoder("gzip", 1_000_000)
    with pytest.raises(fetch.BodyTooLarge, match=r"decompressed body over the 1\.0 MB limit"):
        for i in range(0, len(bomb), 4096):
            decoder.feed(bomb[i : i + 4096])
    assert decoder.size <= 1_000_001  # never held more than the cap
    ok = fetch._Decoder("deflate", 1000)
    ok.feed(zlib.compress(b"hello " * 10))
    assert ok.result() == b"hello " * 10
    raw = fetch._Decoder("deflate", 1000)  # raw deflate, as some servers send
    c = zlib.compressobj(wbits=-15)
    raw.feed(c.compress(b"hi there") + c.flush())
    assert raw.result() == b"hi there"
    with pytest.raises(fetch._Unsupported):
        fetch._Decoder("br", 10)


def test_parse_sitemaps_index_urlset_and_text():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc> https://x.org/a.xml.gz </loc></sitemap></sitemapindex>"""
    assert discovery.parse_sitemap(index) == (["https://x.org/a.xml.gz"], True)
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://x.org/1</loc><lastmod>2024-01-01</lastmod></url><url><loc>https://x.org/2</loc></url></urlset>"""
    assert discovery.parse_sitemap(urlset) == (["https://x.org/1", "https://x.org/2"], False)
    assert discovery.parse_sitemap(b"https://x.org/t1\nnot a url\nhttps://x.org/t2\n") == (
        ["https://x.org/t1", "https://x.org/t2"],
        False,
    )


def test_extract_links_honours_base_nofollow_and_finds_canonical_and_refresh():
    html = b"""<html><head><base href="https://x.org/docs/">
      <link rel="canonical" href="canon.html"><link rel="stylesheet" href="s.css">
      <meta http-equiv="refresh" content="5; url=/moved"></head>
      <body><a href="a.html">a</a><a rel="nofollow ugc" href="b.html">b</a><area href="/map"></body></html>"""
    links, nofollow = discovery.extract_links(html, "https://x.org/page")
    assert links == [
        "https://x.org/docs/canon.html",
        "https://x.org/moved",
        "https://x.org/docs/a.html",
        "https://x.org/map",
    ]
    assert not nofollow
    _, nofollow = discovery.extract_links(
        b'<meta name="robots" content="noindex,nofollow">', "https://x.org/"
    )
    assert nofollow


def test_extract_links_joins_site_absolute_paths_against_the_current_base_host():
    page = b"""<a href="/a/../b?q=1#f">x</a><a href="//cdn.org/c">c</a>
      <base href="HTTPS://Other.org:8443/z/"><a href="/d/./e">d</a><a href="f">f</a>"""
    links, _ = discovery.extract_links(page, "https://x.org/p/q?r=2")
    assert links == [
        "https://x.org/b?q=1#f",
        "https://cdn.org/c",
        "https://Other.org:8443/d/e",
        "https://Other.org:8443/z/f",
    ]
    # Empty and comment-only documents have no links (lxml finds no root).
    assert discovery.extract_links(b"", "https://x.org/") == ([], False)
    assert discovery.extract_links(b"<!-- -->", "https://x.org/") == ([], False)


def test_parse_size():
    assert crawler.parse_size("10MB") == 10 * 1024 * 1024
    assert crawler.parse_size("512k") == 512 * 1024
    assert crawler.parse_size("1000") == 1000
    with pytest.raises(ValueError):
        crawler.parse_size("lots")


def test_progress_line_only_when_enabled():
    quiet, shown = io.StringIO(), io.StringIO()
    crawler.Progress(False, quiet).update(3, 4, 0, force=True)
    p = crawler.Progress(True, shown)
    p.update(3, 4, 1, force=True)
    p.done()
    assert quiet.getvalue() == ""
    assert "3 fetched, 4 queued, 1 errors" in shown.getvalue()
    assert shown.getvalue().startswith("\r")


# ----- the fixture site ------------------------------------------------------------------


def test_robots_txt_is_read_first_and_the_disallowed_folder_is_never_requested(crawled):
    paths = first_crawl_paths(crawled)
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith("/private/secret")]
    assert "/private/press-kit.html" in paths  # the longer Allow rule wins
    blocked = crawled.row("/private/secret.html")
    assert blocked["kind"] == "blocked" and blocked["status"] is None


def test_sitemap_index_and_gzipped_child_are_read(crawled):
    paths = first_crawl_paths(crawled)
    for sm in ("/sitemap_index.xml", "/sitemap-pages.xml.gz", "/sitemap-extra.xml", "/sitemap.xml"):
        assert sm in paths
    # only listed in the gzipped sitemap; nothing links to it
    assert "/articles/sitemap-only.html" in paths
    assert "T001" in crawled.codes_at("/articles/sitemap-only.html")
    assert crawled.row("/articles/sitemap-only.html")["discovered_from"].endswith(
        "/sitemap-pages.xml.gz"
    )


def test_links_and_sitemap_entries_on_another_host_are_never_requested(crawled):
    assert crawled.other.log == []
    assert "links out of scope (not followed): 2" in crawled.stderr


def test_tracking_parameters_and_fragments_do_not_cause_refetches(crawled):
    paths = first_crawl_paths(crawled)
    assert not [p for p in paths if "utm_" in p or "#" in p]
    assert paths.count("/articles/guide.html") == 1
    assert paths.count("/articles/bikes.html") == 1  # linked as bikes.html and bikes.html#chain
    # the tracked link resolves to the page: no broken-link report on the home page
    assert not [p for p in crawled.problems_at("/") if p["code"] == "L001"]


def test_every_request_carries_the_user_agent(crawled):
    agents = {h.get("user-agent") for _, _, h in crawled.site.log[: crawled.log_end]}
    assert agents == {crawler.DEFAULT_USER_AGENT}
    assert crawler.DEFAULT_USER_AGENT.startswith("contentlint/")
    assert "(+https://github.com/contentlint/contentlint)" in crawler.DEFAULT_USER_AGENT


def test_redirect_chain_is_recorded_and_the_old_url_becomes_an_alias(crawled):
    row = crawled.row("/old-guide")
    assert row["kind"] == "redirect" and row["status"] == 301
    chain = json.loads(row["redirects"])
    assert chain[0] == [301, crawled.site.origin + "/older-guide"]
    assert chain[-1] == [301, crawled.site.origin + "/articles/guide.html"]
    paths = first_crawl_paths(crawled)
    assert paths.count("/articles/guide.html") == 1  # the target is fetched once
    from contentlint.config.core import Config, Policy
    from contentlint.engine.core import Engine
    from contentlint.engine.run import lint_db

    cfg = Config()
    result = lint_db(Engine(cfg, Policy.from_config(cfg), jobs=1), crawled.db, use_cache=False)
    guide = [d for d in result.documents if d.path == crawled.site.origin + "/articles/guide.html"]
    assert len(guide) == 1
    assert crawled.site.origin + "/old-guide" in guide[0].extra["aliases"]


def test_redirect_loop_is_detected_and_reported(crawled):
    (p,) = crawled.problems_at("/loop-a")
    assert p["code"] == "F003"
    assert "redirect loop" in p["message"] and p["message"].count("/loop-a") == 2
    assert crawled.codes_at("/loop-b") == {"F003"}
    assert first_crawl_paths(crawled).count("/loop-a") == 1


def test_redirect_leaving_the_site_is_recorded_not_followed(crawled):
    row = crawled.row("/out")
    assert row["kind"] == "redirect" and row["final_url"] == crawled.other.origin + "/landing.html"
    assert crawled.other.log == []
    assert crawled.problems_at("/out") == []
    assert "redirects out of scope (not followed): 1" in crawled.stderr


def test_404_is_a_fetch_failure_at_the_url_linked_from_its_page(crawled):
    (p,) = crawled.problems_at("/missing")
    assert p["code"] == "F003" and p["severity"] == "error"
    assert p["message"] == "fetch failed: HTTP 404 Not Found"
    assert p["related"][0]["path"] == crawled.site.origin + "/"


def test_500_is_retried_and_the_page_then_linted(crawled):
    assert first_crawl_paths(crawled).count("/flaky") == 2
    assert "F003" not in crawled.codes_at("/flaky")
    assert crawled.row("/flaky")["status"] == 200
    assert "T001" in crawled.codes_at("/flaky")


def test_429_waits_for_retry_after(crawled):
    times = [t for t, p, _ in crawled.site.log[: crawled.log_end] if p == "/busy"]
    assert len(times) == 2
    assert times[1] - times[0] >= 0.95  # Retry-After: 1
    assert "F003" not in crawled.codes_at("/busy")


def test_page_slower_than_the_timeout_fails_without_stopping_the_crawl(crawled):
    (p,) = crawled.problems_at("/slow")
    assert p["code"] == "F003" and "timed out" in p["message"] and "within 1s" in p["message"]
    assert first_crawl_paths(crawled).count("/slow") == 1  # read timeouts are not retried


def test_body_and_decompressed_body_are_capped(crawled):
    (huge,) = crawled.problems_at("/huge")
    assert "body over the 0.1 MB limit (--max-body)" in huge["message"]
    (bomb,) = crawled.problems_at("/bomb")
    assert "decompressed body over the 0.1 MB limit" in bomb["message"]


def test_pdf_is_skipped_and_counted(crawled):
    assert "/report.pdf" in first_crawl_paths(crawled)
    row = crawled.row("/report.pdf")
    assert row["kind"] == "skipped" and row["content_type"] == "application/pdf"
    assert row["body"] is None
    assert crawled.problems_at("/report.pdf") == []
    assert "skipped types: application/pdf 1" in crawled.stderr


def test_infinite_calendar_is_bounded_by_max_depth(crawled):
    months = sorted(p for p in first_crawl_paths(crawled) if p.startswith("/calendar"))
    # linked from the home page (depth 1); depths 2-4 go one month further each way
    assert len(months) == 7 and len(set(months)) == 7
    depths = crawled.rows("SELECT max(depth) FROM page WHERE url LIKE '%calendar%'")
    assert depths == [(4,)]
    # links past the depth limit are not judged as broken
    assert not [p for p in crawled.problems if p["code"] == "L001"]


def test_noindex_pages_are_excluded_from_content_rules_and_counted(crawled):
    assert "/articles/noindex.html" in first_crawl_paths(crawled)
    assert crawled.problems_at("/articles/noindex.html") == []
    assert crawled.problems_at("/articles/header-noindex.html") == []
    assert "noindex pages: 2" in crawled.stderr
    # control: a thin page that is indexable is reported
    assert "T001" in crawled.codes_at("/articles/thin.html")


def test_canonicalised_copy_is_not_a_duplicate_but_an_uncanonicalised_one_is(crawled):
    from contentlint.model import registry

    dup_codes = {"D001", "D002"}
    assert not crawled.codes_at("/articles/guide-print.html") & dup_codes
    assert not crawled.codes_at("/articles/guide.html") & dup_codes
    if registry.get_rule("D001") is not None:
        assert "D001" in crawled.codes_at("/articles/bikes-copy.html")


def test_javascript_app_shell_needs_rendering_and_is_not_thin(crawled):
    (p,) = crawled.problems_at("/articles/app.html")
    assert p["code"] == "F004" and p["severity"] == "warning"
    assert 'id="root"' in p["message"]
    assert "need rendering: 1" in crawled.stderr


def test_problems_are_located_by_url_and_source_line(crawled):
    (t001,) = [p for p in crawled.problems_at("/articles/thin.html") if p["code"] == "T001"]
    lines = (FIXTURES / "site/articles/thin.html").read_text().splitlines()
    assert "<title>" in lines[t001["line"] - 1]
    assert all(p["path"].startswith(crawled.site.origin) for p in crawled.problems)


def test_summary_on_stderr_and_no_progress_line_when_not_a_terminal(crawled):
    assert crawled.exit_code == 1  # errors were found
    assert "URLs crawled in" in crawled.stderr and "pages/s" in crawled.stderr
    assert "\r" not in crawled.stderr


def test_second_crawl_revalidates_and_reuses_304_bodies(crawled, recrawled):
    again, log = recrawled
    conditional = [(p, h["if-none-match"]) for _, p, h in log if "if-none-match" in h]
    assert "/articles/guide.html" in {p for p, _ in conditional}
    assert len(conditional) >= 10
    assert "revalidated (304):" in again.stderr
    revalidated = again.rows("SELECT count(*) FROM page WHERE revalidated = 1 AND body IS NOT NULL")
    assert revalidated[0][0] >= 10
    # Nothing changed (304s, and the same bodies where there is no validator): no earlier
    # versions kept, nothing extracted twice.
    assert again.rows("SELECT count(*) FROM previous_version") == [(0,)]
    key = lambda p: (p["path"], p["code"], p["line"], p["message"])  # noqa: E731
    assert sorted(map(key, again.problems)) == sorted(map(key, crawled.problems))


def test_check_db_relints_the_stored_crawl_without_network(
    crawled, recrawled, tmp_path, monkeypatch
):
    import httpx

    def no_network(*a, **k):
        raise AssertionError("check --db must not use the network")

    monkeypatch.setattr(httpx.AsyncClient, "send", no_network)
    monkeypatch.setattr(httpx.Client, "send", no_network)
    before = len(crawled.site.log)
    out = tmp_path / "out.json"
    result = run("check", "--db", str(crawled.db), "--output-format", "json", "-o", str(out))
    assert result.exit_code == 1
    key = lambda p: (p["path"], p["code"], p["line"], p["message"])  # noqa: E731
    assert sorted(map(key, json.loads(out.read_text()))) == sorted(map(key, recrawled[0].problems))
    # new rule selection, same pages
    result = run(
        "check",
        "--db",
        str(crawled.db),
        "--select",
        "F003",
        "--output-format",
        "json",
        "-o",
        str(out),
    )
    assert {p["code"] for p in json.loads(out.read_text())} == {"F003"}
    assert len(crawled.site.log) == before


def test_pages_linted_by_the_workers_during_the_crawl_match_a_relint(
    crawled, tmp_path, monkeypatch
):
    """With worker processes, `crawl` parses and lints each page as soon as it is stored
    (`CrawlParser`); the problems are those a later `check --db` finds on the same store
    (which parses and lints every page again after the crawl)."""
    from contentlint.engine import run as run_mod

    taken: list[bool] = []
    linted = run_mod.CrawlParser.linted

    def counting(self, doc):
        got = linted(self, doc)
        taken.append(got is not None)
        return got

    monkeypatch.setattr(run_mod.CrawlParser, "linted", counting)
    db = tmp_path / "workers.sqlite"
    fast = [*FAST[:-1], "2"]  # --jobs 2
    site = crawled.site
    problems, result = crawl_cli(tmp_path, site.origin + "/", db, *fast, "--max-depth", "4")
    assert result.exit_code == 1, result.output
    assert sum(taken) >= 10  # the pages were linted during the crawl, not after it
    out = tmp_path / "relint.json"
    monkeypatch.setenv("CONTENTLINT_NO_CACHE", "1")
    result = run("check", "--db", str(db), "--jobs", "1", "--output-format", "json", "-o", str(out))
    assert result.exit_code == 1
    relint = json.loads(out.read_text())
    assert problems and problems == relint


def test_check_db_with_a_missing_store_warns(tmp_path):
    result = run("check", "--db", str(tmp_path / "nope.sqlite"))
    assert "no such crawl store" in result.stderr


# ----- date bumping: the earlier crawl is the previous version ---------------------------

BUMPED = "/articles/seed-potatoes.html"
REWRITTEN = "/articles/pond.html"
#: The section that replaces "Plant and wait" on the rewritten page: a real update.
NEW_SECTION = """<h2>Plants that earn their place</h2>
      <p>After two more summers of recording visitors we now plant for insects first. Purple
      loosestrife and water mint feed bees and hoverflies all summer, flag iris gives emerging
      dragonfly larvae a stem to climb, and a clump of sedge at the beach end hides young frogs
      from blackbirds. Skip anything sold as a floating pond cleaner: most are invasive, and
      the ones we tried choked the shallows within a single season.</p>"""


def test_date_bumping_is_found_against_the_earlier_crawl_of_the_page(tmp_path):
    site = SiteServer().start()  # a fresh server: this test changes its pages
    try:
        db = tmp_path / "c.sqlite"
        args = (site.origin + REWRITTEN, *FAST, "--no-sitemaps", "--max-depth", "0")

        def e008(problems: list[dict[str, Any]]) -> dict[str, list[str]]:
            found: dict[str, list[str]] = {}
            for p in problems:
                if p["code"] == "E008":
                    found.setdefault(p["path"].removeprefix(site.origin), []).append(p["message"])
            return found

        first, _ = crawl_cli(tmp_path, site.origin + BUMPED, db, *args)
        assert {p["path"] for p in first} == {site.origin + BUMPED, site.origin + REWRITTEN}
        assert e008(first) == {}
        # Only the JSON-LD dateModified and two words change on one page; the other gets
        # the same new date with a rewritten section.
        site.edit(BUMPED, '"dateModified": "2024-05-10"', '"dateModified": "2026-11-20"')
        site.edit(BUMPED, "a week so", "ten days so")
        site.edit(REWRITTEN, '"dateModified": "2024-04-20"', '"dateModified": "2026-11-20"')
        old = (FIXTURES / "site" / REWRITTEN.lstrip("/")).read_text()
        start, end = old.index("<h2>Plant and wait"), old.index("</p>\n    </article>") + 4
        site.edit(REWRITTEN, old[start:end], NEW_SECTION)

        second, result = crawl_cli(tmp_path, site.origin + BUMPED, db, *args)
        assert "revalidated (304)" not in result.stderr  # both pages came back changed
        (message,) = e008(second)[BUMPED]
        assert re.fullmatch(
            r"JSON-LD moved from 2024-05-10 to 2026-11-20 but only 2 words of the text changed"
            r" since the crawl of \d{4}-\d\d-\d\d \(date bumping\)",
            message,
        )
        (bump,) = [p for p in second if p["path"] == site.origin + BUMPED and p["code"] == "E008"]
        served = site.template((FIXTURES / "site" / BUMPED.lstrip("/")).read_bytes()).decode()
        assert "application/ld+json" in served.splitlines()[bump["line"] - 1]
        assert REWRITTEN not in e008(second)  # a real update is not date bumping
        con = sqlite3.connect(db)
        records = {
            url.removeprefix(site.origin): json.loads(record)
            for url, record in con.execute("SELECT url, record FROM previous_version")
        }
        con.close()
        assert records[BUMPED]["changed_words"] == 2
        assert records[BUMPED]["dates"]["json-ld"] == "2024-05-10"
        assert records[REWRITTEN]["changed_words"] > 40

        # `check --db` re-lints the stored crawl with the same record, no network.
        out = tmp_path / "check.json"
        run("check", "--db", str(db), "--output-format", "json", "-o", str(out))
        key = lambda p: (p["path"], p["code"], p["line"], p["message"])  # noqa: E731
        assert sorted(map(key, json.loads(out.read_text()))) == sorted(map(key, second))

        # A third crawl answered by 304s: the page is still the bumped one, still reported.
        third, result = crawl_cli(tmp_path, site.origin + BUMPED, db, *args)
        assert "revalidated (304): 2" in result.stderr
        assert e008(third) == e008(second)
    finally:
        site.stop()


# ----- limits and politeness -------------------------------------------------------------


def test_max_pages_bounds_the_infinite_calendar(servers, tmp_path):
    site, _ = servers
    start = len(site.log)
    db = tmp_path / "c.sqlite"
    problems, result = crawl_cli(
        tmp_path,
        site.origin + "/calendar?month=2030-01",
        db,
        *FAST,
        "--max-pages",
        "12",
        "--no-sitemaps",
    )
    pages = [p for _, p, _ in site.log[start:] if p != "/robots.txt"]
    assert len(pages) == 12 and all(p.startswith("/calendar") for p in pages)
    assert "URLs over --max-pages (not queued)" in result.stderr
    assert len({p["path"] for p in problems}) == 12


def test_delay_and_robots_crawl_delay_space_requests_to_a_host(servers, tmp_path, monkeypatch):
    # The gate's own clock, not the server's: when a request arrives also depends on how
    # long its connection took on a busy machine, which is not what --delay promises.
    site, _ = servers
    starts: list[float] = []
    turn = fetch.Gate.turn

    async def timed_turn(self: fetch.Gate) -> None:
        await turn(self)
        starts.append(asyncio.get_running_loop().time())

    monkeypatch.setattr(fetch.Gate, "turn", timed_turn)
    start = len(site.log)
    crawl_cli(
        tmp_path, site.origin + "/calendar?month=2031-01", tmp_path / "c.sqlite",
        *FAST, "--max-pages", "5", "--no-sitemaps", "--delay", "0.15", "--concurrency", "4",
    )  # fmt: skip
    assert len([p for _, p, _ in site.log[start:] if p.startswith("/calendar")]) == 5
    assert len(starts) == 6  # robots.txt and five pages, one host
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 0.14


def test_robots_crawl_delay_is_honoured(servers, tmp_path):
    from contentlint.sources.store import Store

    site, _ = servers
    options = crawler.CrawlOptions(start_urls=[site.origin + "/"], max_pages=1, sitemaps=False)
    store = Store(tmp_path / "c.sqlite")
    c = crawler.Crawler(options, store, store.start(options.to_json()))

    async def go():
        import httpx

        async with httpx.AsyncClient() as client:
            c.fetcher.client = client
            await c.robots.ensure(site.origin)

    asyncio.run(go())
    store.close()
    gate = c.fetcher.gates["127.0.0.1:" + site.origin.rsplit(":", 1)[1]]
    assert gate.delay == pytest.approx(0.01)
    assert not c.robots.allowed(site.origin + "/private/secret.html")
    assert c.robots.allowed(site.origin + "/private/press-kit.html")


def test_ignore_robots_warns_and_include_exclude_scope_the_crawl(servers, tmp_path):
    site, _ = servers
    start = len(site.log)
    _, result = crawl_cli(
        tmp_path, site.origin + "/", tmp_path / "c.sqlite", *FAST,
        "--ignore-robots", "--no-sitemaps", "--max-depth", "1",
        "--include", r"/(private|articles)/", "--exclude", r"app\.html$",
    )  # fmt: skip
    assert "--ignore-robots" in result.stderr and "warning" in result.stderr
    paths = [p for _, p, _ in site.log[start:]]
    assert "/private/secret.html" in paths
    assert "/articles/app.html" not in paths
    assert "/missing" not in paths and "/calendar?month=2024-01" not in paths
    assert {p for p in paths if p != "/robots.txt"} <= {"/"} | {
        p for p in paths if p.startswith(("/private/", "/articles/"))
    }


def test_redirect_limit(servers, tmp_path):
    site, _ = servers
    problems, _ = crawl_cli(
        tmp_path, site.origin + "/old-guide", tmp_path / "c.sqlite", *FAST,
        "--max-redirects", "1", "--no-sitemaps", "--max-depth", "0",
    )  # fmt: skip
    (p,) = [p for p in problems if p["path"] == site.origin + "/old-guide"]
    assert p["code"] == "F003" and "too many redirects: more than 1" in p["message"]


def test_retry_after_beyond_the_retry_budget_gives_up(tmp_path):
    site = SiteServer().start()  # a fresh server: its /busy answers 429 once
    try:
        start = time.monotonic()
        problems, _ = crawl_cli(
            tmp_path, site.origin + "/busy", tmp_path / "c.sqlite", *FAST,
            "--max-retry-wait", "0.3", "--no-sitemaps",
        )  # fmt: skip
        assert time.monotonic() - start < 5
        (p,) = [p for p in problems if p["path"] == site.origin + "/busy"]
        assert p["code"] == "F003"
        assert "HTTP 429: Retry-After 1s is over the retry budget of 0.3s" in p["message"]
        assert site.paths().count("/busy") == 1
    finally:
        site.stop()


def test_bad_arguments_are_usage_errors(tmp_path):
    assert run("crawl").exit_code == 2
    result = run("crawl", "ftp://x.org/")
    assert result.exit_code == 2 and "not an http(s) URL" in result.stderr
    result = run("crawl", "http://127.0.0.1:9/", "--include", "(")
    assert result.exit_code == 2 and "invalid regex" in result.stderr
    result = run("crawl", "http://127.0.0.1:9/", "--max-body", "huge")
    assert result.exit_code == 2 and "--max-body" in result.stderr


def test_unreachable_site_is_a_fetch_failure(tmp_path):
    problems, result = crawl_cli(
        tmp_path, "http://127.0.0.1:9/", tmp_path / "c.sqlite", *FAST, "--retries", "1"
    )
    assert result.exit_code == 1
    (p,) = problems
    assert (
        p["code"] == "F003" and "connection failed" in p["message"] and "2 attempts" in p["message"]
    )
    assert "robots.txt: unreachable" in result.stderr


# ----- interrupted crawls ----------------------------------------------------------------


def _spawn_crawl(url: str, db: Path, cwd: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CONTENTLINT_NO_CACHE": "1"}
    cmd = [sys.executable, "-m", "contentlint.cli", "crawl", url, "--db", str(db), *args]
    return subprocess.Popen(
        cmd,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # A shell starts background jobs (`./.ci/run &`) with SIGINT ignored, and children
        # inherit that: give the crawl the default handler, as in a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_pages(db: Path, n: int, proc: subprocess.Popen[bytes], limit: float = 30) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the crawl finished before it could be interrupted"
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                got = con.execute("SELECT count(*) FROM page WHERE kind = 'html'").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                got = 0
            if got >= n:
                return int(got)
        time.sleep(0.02)
    raise AssertionError("the crawl made no progress")


def test_resume_after_kill_fetches_only_what_was_not_stored(tmp_path):
    site = SiteServer(page_delay=0.04).start()
    try:
        db = tmp_path / "c.sqlite"
        url = site.origin + "/calendar?month=2024-01"
        proc = _spawn_crawl(
            url, db, tmp_path, "--max-pages", "40", "--no-sitemaps", "--concurrency", "2"
        )
        _wait_for_pages(db, 8, proc)
        proc.send_signal(signal.SIGKILL)  # no chance to clean up
        proc.wait()
        killed_at = len(site.log)
        con = sqlite3.connect(db)
        stored = {r[0] for r in con.execute("SELECT url FROM page WHERE kind = 'html'")}
        state = con.execute("SELECT state FROM crawl").fetchall()
        con.close()
        assert state == [("running",)] and 8 <= len(stored) < 40

        problems, result = crawl_cli(tmp_path, url, db, "--resume", "--jobs", "1")
        assert "(resumed)" in result.stderr
        again = [site.origin + p for _, p, _ in site.log[killed_at:] if p != "/robots.txt"]
        assert not set(again) & stored  # nothing stored before the kill was fetched again
        con = sqlite3.connect(db)
        final = [r[0] for r in con.execute("SELECT url FROM page WHERE kind = 'html'")]
        state = con.execute("SELECT state FROM crawl").fetchall()
        con.close()
        assert len(final) == 40 and state == [("finished",)]
        assert len({p["path"] for p in problems}) == 40
        # at most the requests in flight when it was killed were made twice
        calendar_requests = [p for _, p, _ in site.log if p.startswith("/calendar")]
        assert len(calendar_requests) - len(set(calendar_requests)) <= 2
    finally:
        site.stop()


def test_ctrl_c_stops_cleanly_and_the_crawl_can_be_resumed(tmp_path):
    # Slow enough that the crawl is still running when the signal comes, on a busy machine.
    site = SiteServer(page_delay=0.2).start()
    try:
        db = tmp_path / "c.sqlite"
        url = site.origin + "/calendar?month=2024-01"
        proc = _spawn_crawl(
            url, db, tmp_path, "--max-pages", "30", "--no-sitemaps", "--concurrency", "2"
        )
        _wait_for_pages(db, 5, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
        assert proc.returncode == 2
        assert b"interrupted" in err and b"--resume" in err
        con = sqlite3.connect(db)
        assert con.execute("SELECT state FROM crawl").fetchall() == [("interrupted",)]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
        problems, _ = crawl_cli(tmp_path, url, db, "--resume", "--jobs", "1")
        assert len({p["path"] for p in problems}) == 30
    finally:
        site.stop()


def test_a_new_crawl_after_an_interrupted_one_says_how_to_resume(tmp_path):
    from contentlint.sources.store import Store

    with Store(tmp_path / "c.sqlite") as store:
        store.start({"start_urls": ["http://127.0.0.1:9/"]})
    _, result = crawl_cli(
        tmp_path, "http://127.0.0.1:9/", tmp_path / "c.sqlite", *FAST, "--retries", "0"
    )
    assert "use --resume" in result.stderr
