"""WARC/ARC input: `contentlint check site.warc.gz` lints archived responses like a live crawl."""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import httpx
import pytest
from contentlint.sources.warc import ArchiveReader, is_archive
from helpers import run, write
from test_crawl import FAST, Crawled, crawl_cli, servers  # noqa: F401  (module fixture)
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@pytest.fixture(scope="module")
def crawled(servers, tmp_path_factory) -> Crawled:  # noqa: F811
    site, other = servers
    tmp = tmp_path_factory.mktemp("crawl")
    db = tmp / "crawl.sqlite"
    # Pages that never answer in time or in size have no response to archive: leave them out.
    problems, result = crawl_cli(
        tmp, site.origin + "/", db, *FAST, "--max-depth", "4", "--exclude", "/(slow|huge|bomb)$"
    )
    return Crawled(site, other, db, problems, result.stderr, result.exit_code, len(site.log))


def response_record(
    writer: WARCWriter,
    url: str,
    status: int,
    reason: str,
    headers: list[tuple[str, str]],
    body: bytes,
) -> None:
    http = StatusAndHeaders(f"{status} {reason}", headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def archive_site(crawled: Crawled, path: Path) -> set[str]:
    """Write a WARC of the fixture site, as another crawler would have: every URL the crawl
    reached that answered (redirect hops included), fetched again with httpx. URLs that
    never answered in time or in size (no response to archive) are left out; returns them."""
    origin = crawled.site.origin
    rows = crawled.rows(
        "SELECT url, kind, status, redirects, error FROM page"
        " WHERE kind IN ('html', 'failed', 'redirect', 'skipped') ORDER BY rowid"
    )
    urls: list[str] = []
    missing: set[str] = set()
    for url, kind, status, redirects, error in rows:
        hops = [u for _, u in json.loads(redirects)] if redirects else []
        if kind == "failed" and status is None and not error.startswith("redirect loop"):
            missing.add(url)  # timed out or too large: there is no response to archive
            continue
        for u in [url, *hops]:
            if u.startswith(origin) and u not in urls:
                urls.append(u)
    with path.open("wb") as fh, httpx.Client(headers={"Accept-Encoding": "identity"}) as client:
        writer = WARCWriter(fh, gzip=True)
        for url in urls:
            try:
                r = client.get(url, timeout=1)
            except httpx.TimeoutException:
                missing.add(url)
                continue
            headers = [
                (k, v)
                for k, v in r.headers.multi_items()
                if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")
            ]
            headers.append(("Content-Length", str(len(r.content))))
            response_record(writer, url, r.status_code, r.reason_phrase, headers, r.content)
    return missing


def key(p: dict) -> tuple:
    return (p["path"], p["code"], p["line"], p["message"])


def test_warc_of_the_site_is_linted_like_the_live_crawl(crawled, tmp_path):
    archive = tmp_path / "site.warc.gz"
    assert archive_site(crawled, archive) == set()
    out = tmp_path / "warc.json"
    result = run("check", str(archive), "--output-format", "json", "-o", str(out), "--jobs", "2")
    assert result.exit_code == 1
    from_warc = sorted(map(key, json.loads(out.read_text())))
    live = sorted(map(key, crawled.problems))
    assert from_warc == live
    codes = {k[1] for k in from_warc}
    assert {"F003", "F004", "T001"} <= codes  # failures, app shells and content rules alike
    assert any("redirect loop" in k[3] for k in from_warc)


def test_folder_of_archives_and_markdown_is_one_corpus(crawled, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    archive_site(crawled, folder / "crawl.warc.gz")
    write(folder, {"notes/draft.md": "---\ntitle: A short note\n---\n\nA few words only.\n"})
    out = tmp_path / "out.json"
    result = run("check", str(folder), "--output-format", "json", "-o", str(out), "--statistics")
    stats = json.loads(out.read_text())
    assert result.exit_code == 1
    html_pages = crawled.rows("SELECT count(*) FROM page WHERE kind = 'html'")[0][0]
    assert stats["stats"]["warc: HTML pages"] == html_pages
    out2 = tmp_path / "list.json"
    run("check", str(folder), "--output-format", "json", "-o", str(out2))
    paths = {p["path"] for p in json.loads(out2.read_text())}
    assert any(p.endswith("notes/draft.md") for p in paths)
    assert crawled.site.origin + "/articles/thin.html" in paths


def test_archives_are_streamed_so_memory_does_not_grow_with_their_size(tmp_path):
    archive = tmp_path / "big.warc.gz"
    with archive.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        # incompressible, so the archive really is large (zeros would gzip to nothing)
        big = os.urandom(15_000_000)
        response_record(
            writer, "https://x.org/big.pdf", 200, "OK", [("Content-Type", "application/pdf")], big
        )
        text = base64.b64encode(os.urandom(11_000_000))
        page = b"<html><title>Big</title><body><p>" + text + b"</p></body></html>"
        response_record(
            writer, "https://x.org/big.html", 200, "OK", [("Content-Type", "text/html")], page
        )
        for i in range(50):
            body = f"<html><head><title>Page {i}</title></head><body><p>Text {i}</p></body></html>"
            response_record(
                writer,
                f"https://x.org/p{i}",
                200,
                "OK",
                [("Content-Type", "text/html")],
                body.encode(),
            )
    reader = ArchiveReader([archive], max_body=1_000_000)
    tracemalloc.start()
    items = list(reader.items())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert archive.stat().st_size > 25_000_000  # about 30 MB of responses
    assert peak < 8_000_000
    assert reader.counts["skipped (not HTML)"] == 1
    assert reader.counts["HTML pages"] == 50
    too_big = [d for _, d in items if getattr(d, "path", "") == "https://x.org/big.html"]
    assert too_big and too_big[0].diagnostics[0].code == "F003"


def test_revisits_and_repeated_captures_are_skipped(tmp_path):
    archive = tmp_path / "a.warc"
    with archive.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        html = [("Content-Type", "text/html; charset=utf-8")]
        response_record(writer, "https://x.org/a", 200, "OK", html, b"<title>First capture</title>")
        response_record(writer, "https://x.org/a#frag", 200, "OK", html, b"<title>Second</title>")
        writer.write_record(writer.create_warc_record("https://x.org/b", "revisit"))
        writer.write_record(
            writer.create_warc_record(
                "https://x.org/r", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
        response_record(writer, "https://x.org/old", 301, "Moved", [("Location", "/a")], b"")
        response_record(writer, "https://x.org/gone", 410, "Gone", html, b"gone")
    out = tmp_path / "out.json"
    run("check", str(archive), "--output-format", "json", "-o", str(out), "--select", "F003,M001")
    problems = json.loads(out.read_text())
    assert [(p["path"], p["message"]) for p in problems] == [
        ("https://x.org/gone", "fetch failed: HTTP 410 Gone")
    ]
    from contentlint.config.core import Config, Policy
    from contentlint.engine import run as engine_run
    from contentlint.engine.core import Engine

    cfg = Config()
    engine = Engine(cfg, Policy.from_config(cfg), jobs=1)
    result = engine_run.lint_archives(engine, [archive], [], None, False)
    (doc,) = [d for d in result.documents if d.path == "https://x.org/a"]
    assert doc.title == "First capture"
    assert doc.extra["aliases"] == ["https://x.org/old"]


def test_archive_names_and_a_truncated_archive(tmp_path):
    for name in ("a.warc", "a.warc.gz", "A.WARC.GZ", "b.arc", "b.arc.gz"):
        assert is_archive(Path(name))
    assert not is_archive(Path("a.html"))
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"just some text\nthat is not an archive\n")
    result = run("check", str(broken))
    assert result.exit_code == 1
    assert "broken.warc:1:1: F001 [error] archive not fully read: " in result.stdout


def arc_record(url: str, body: bytes, ctype: str = "text/html") -> bytes:
    """One record of an ARC (version 1) file: a header line, then `length` bytes."""
    return f"{url} 127.0.0.1 20240101000000 {ctype} {len(body)}\n".encode() + body + b"\n"


def arc_file(pages: list[tuple[str, int, bytes]]) -> bytes:
    desc = b"1 0 contentlint\nURL IP-address Archive-date Content-type Archive-length\n"
    out = arc_record("filedesc://site.arc", desc, "text/plain")
    for url, status, html in pages:
        head = f"HTTP/1.1 {status} X\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        out += arc_record(url, head.encode() + html)
    return out


ARTICLE = (
    "<html><head><title>Planting seed potatoes in spring</title></head><body><article>"
    "<h1>Planting seed potatoes</h1><p>" + "Chit the tubers in a bright cool room. " * 8 + "</p>"
    "</article></body></html>"
).encode()


def test_arc_files_are_read_like_warc(tmp_path):
    """Heritrix's older ARC format: every record a response, converted by warcio."""
    archive = tmp_path / "site.arc"
    archive.write_bytes(
        arc_file([("http://x.org/potatoes", 200, ARTICLE), ("http://x.org/gone", 404, b"no")])
    )
    out = tmp_path / "out.json"
    run("check", str(archive), "--output-format", "json", "-o", str(out), "--select", "T001,F")
    found = sorted((p["path"], p["code"], p["message"]) for p in json.loads(out.read_text()))
    assert found == [
        ("http://x.org/gone", "F003", "fetch failed: HTTP 404 X"),
        ("http://x.org/potatoes", "T001", "only 67 words of main text (minimum 300)"),
    ]


def test_whole_file_gzip_and_damage_after_some_records(tmp_path):
    """`gzip site.warc` makes one gzip stream, not one per record: still read. Damage
    part way keeps what came before and fails the run with an F001 at the archive."""
    plain = tmp_path / "plain.warc"
    with plain.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        html = [("Content-Type", "text/html; charset=utf-8")]
        response_record(writer, "https://x.org/potatoes", 200, "OK", html, ARTICLE)
        response_record(writer, "https://x.org/b", 200, "OK", html, b"<title>Second page</title>")
    data = plain.read_bytes()
    plain.unlink()
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(data))
    out = tmp_path / "out.json"
    select = ("--select", "T001,M001,F")
    result = run(
        "check", str(tmp_path / "whole.warc.gz"), "--output-format", "json", "-o", str(out), *select
    )
    assert result.exit_code == 1
    assert {(p["path"], p["code"]) for p in json.loads(out.read_text())} == {
        ("https://x.org/potatoes", "T001"),
        ("https://x.org/b", "T001"),
    }

    cut = data.index(b"WARC/1.0", 10)  # the second record's header, mangled
    (tmp_path / "whole.warc.gz").unlink()
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[:cut] + b"WARC/9.9 garbage\r\n\r\n" + data[cut + 40 :])
    result = run("check", str(damaged), "--output-format", "json", "-o", str(out), *select)
    assert result.exit_code == 1
    got = sorted((Path(p["path"]).name, p["code"]) for p in json.loads(out.read_text()))
    assert got == [("damaged.warc", "F001"), ("potatoes", "T001")]


def _prose_archive(path: Path, pages: int) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            words = " ".join(f"word{(i * 7 + j) % 97}" for j in range(60 + i))
            body = (
                f"<html><head><title>Page {i} about caching</title></head><body>"
                f"<h1>Page {i}</h1><p>{words}.</p><p>See <a href='/p{i + 1}'>next</a>.</p>"
                "</body></html>"
            )
            headers = [("Content-Type", "text/html")]
            response_record(writer, f"https://x.org/p{i}", 200, "OK", headers, body.encode())


def test_archive_pages_are_judged_in_the_workers_with_the_same_problems(tmp_path, monkeypatch):
    """With -j 2 the pool's workers run each page's rules and features (the parent only
    collects them); the problems are those of a run in one process."""
    from contentlint.engine import core

    archive = tmp_path / "a.warc.gz"
    _prose_archive(archive, 40)
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.json"
        result = run(
            "check",
            str(archive),
            "--no-cache",
            "-j",
            jobs,
            "-o",
            str(out),
            "--output-format",
            "json",
            "--select",
            "ALL",
        )
        assert result.exit_code == 1, result.output
        reports[jobs] = out.read_text()
    assert reports["1"] == reports["2"] and json.loads(reports["2"])

    in_parent: list[str] = []
    real = core.run_document_rules

    def counted(doc, policy, errors):  # forked workers count in their own copy
        in_parent.append(doc.path)
        return real(doc, policy, errors)

    monkeypatch.setattr(core, "run_document_rules", counted)
    assert run("check", str(archive), "--no-cache", "-j", "2", "-q").exit_code == 1
    assert in_parent == []
