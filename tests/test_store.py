"""The crawl store: atomic writes, resume state, revalidation data and the extraction cache."""

from __future__ import annotations

import sqlite3

import pytest
from contentlint.sources import store as store_mod
from contentlint.sources import web
from contentlint.sources.base import SourceSettings
from contentlint.sources.store import Record, Store, documents
from helpers import run, words

PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>A page about rivers and stones</title>
<link rel="canonical" href="/a"></head>
<body><main><h1>Rivers</h1><p>{words(320)}</p><a href="/b?utm_source=x">b</a>
<a href="/blocked">blocked</a></main></body></html>""".encode()


def html_record(url: str, body: bytes = PAGE, **kw) -> Record:
    headers = {"content-type": "text/html; charset=utf-8", "etag": '"v1"', **kw.pop("headers", {})}
    return Record(url, "html", final_url=url, status=200, headers=headers, body=body, **kw)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "crawl.sqlite")
    yield s
    s.close()


def test_the_store_uses_wal_and_lives_in_a_self_ignoring_folder(tmp_path):
    with Store(tmp_path / ".contentlint" / "crawl.sqlite") as s:
        assert s.db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert (tmp_path / ".contentlint" / ".gitignore").read_text().strip().endswith("*")


def test_default_store_is_in_the_cache_folder(tmp_path):
    result = run("crawl", "http://127.0.0.1:9/", "--retries", "0", "--timeout", "0.5", "-q")
    assert result.exit_code == 1
    assert (tmp_path / ".contentlint" / "crawl.sqlite").is_file()
    assert (tmp_path / ".contentlint" / ".gitignore").is_file()


def test_a_fetch_its_links_and_its_frontier_entry_are_written_together(store, monkeypatch):
    crawl = store.start({"start_urls": ["https://x.org/"]})
    store.enqueue(crawl, [("https://x.org/", 0, None, "page")])
    rec = html_record(
        "https://x.org/", discovered=[("https://x.org/a", 1, "https://x.org/", "page")]
    )

    def boom(*a, **k):
        raise KeyboardInterrupt  # Ctrl-C in the middle of the transaction

    monkeypatch.setattr(store, "_write", boom)
    with pytest.raises(KeyboardInterrupt):
        store.record(crawl, rec)
    assert store.pending() == [("https://x.org/", 0, None, "page")]  # nothing half-written
    assert store.db.execute("SELECT count(*) FROM page").fetchone() == (0,)
    monkeypatch.undo()
    store.record(crawl, rec)
    assert store.pending() == [("https://x.org/a", 1, "https://x.org/", "page")]
    assert store.seen(crawl) == {"https://x.org/", "https://x.org/a"}
    assert store.admitted() == 2


def test_bodies_are_compressed_and_validators_kept_for_revalidation(store):
    crawl = store.start({})
    store.record(
        crawl,
        html_record("https://x.org/a", headers={"last-modified": "Tue, 01 Jan 2030 00:00:00 GMT"}),
    )
    row = store.db.execute("SELECT body, etag, last_modified, content_hash FROM page").fetchone()
    assert len(row[0]) < len(PAGE) / 2 and row[1] == '"v1"' and row[2].startswith("Tue")
    prev = store.previous("https://x.org/a")
    assert prev is not None and prev.body == PAGE and prev.etag == '"v1"'
    assert prev.headers["content-type"].startswith("text/html")
    assert store.previous("https://x.org/unknown") is None


def test_a_304_keeps_the_stored_body_under_the_new_crawl(store):
    first = store.start({})
    store.record(first, html_record("https://x.org/a"))
    second = store.start({})
    assert store.pending() == []  # a new crawl starts with an empty frontier
    store.record(
        second,
        Record("https://x.org/a", "html", final_url="https://x.org/a", status=200,
               headers={"content-type": "text/html", "etag": '"v1"'}, revalidated=True),
    )  # fmt: skip
    counts = store.counts(second)
    assert counts["html"] == 1 and counts["revalidated"] == 1
    docs = list(documents(store, second, SourceSettings(), jobs=1, use_cache=False))
    assert [d.title for d in docs] == ["A page about rivers and stones"]


def test_documents_from_a_stored_crawl(store):
    crawl = store.start({"strip_params": ["utm_*"]})
    store.record(crawl, html_record("https://x.org/a"))
    store.record(crawl, html_record("https://x.org/b", body=PAGE.replace(b"rivers", b"lakes")))
    store.record(
        crawl,
        Record("https://x.org/old", "redirect", final_url="https://x.org/a", status=301,
               redirects=[(301, "https://x.org/a")]),
    )  # fmt: skip
    store.record(
        crawl,
        Record("https://x.org/gone", "failed", final_url="https://x.org/gone", status=404,
               error="HTTP 404 Not Found", discovered_from="https://x.org/a"),
    )  # fmt: skip
    store.record(
        crawl, Record("https://x.org/f.pdf", "skipped", status=200, content_type="application/pdf")
    )
    store.record(crawl, Record("https://x.org/x", "html", blocked=[("https://x.org/blocked", 1, None)],
                               final_url="https://x.org/x", status=200, body=None))  # fmt: skip
    docs = {d.path: d for d in documents(store, crawl, SourceSettings(), jobs=1)}
    assert set(docs) == {"https://x.org/a", "https://x.org/b", "https://x.org/gone"}
    a = docs["https://x.org/a"]
    assert a.extra["aliases"] == ["https://x.org/old"]
    assert a.canonical == "https://x.org/a"  # made absolute
    assert a.extra["http"]["status"] == 200
    (gone,) = docs["https://x.org/gone"].diagnostics
    assert gone.code == "F003" and gone.subject == "HTTP 404"
    assert gone.related[0].path == "https://x.org/a"
    assert docs["https://x.org/gone"].kind == web.KIND_UNAVAILABLE
    # links: tracking parameters dropped so they resolve; unfetched (blocked) links not judged
    links = {link.href: link for link in a.links}
    assert links["/b?utm_source=x"].url == "https://x.org/b" and links["/b?utm_source=x"].internal
    assert not links["/blocked"].internal
    assert store.counts(crawl)["blocked"] == 1
    assert store.skipped_types(crawl) == {"application/pdf": 1}


def test_parsed_pages_are_cached_in_the_store(store, monkeypatch):
    crawl = store.start({})
    store.record(crawl, html_record("https://x.org/a"))
    first = list(documents(store, crawl, SourceSettings(), jobs=1))

    def no_parse(*a, **k):
        raise AssertionError("the cached extraction should have been used")

    monkeypatch.setattr(web, "page_document", no_parse)
    again = list(documents(store, crawl, SourceSettings(), jobs=1))
    assert [d.title for d in again] == [d.title for d in first]
    assert again[0].lines is not None  # rules can still locate problems
    # other settings: extracted again
    with pytest.raises(AssertionError, match="cached extraction"):
        list(documents(store, crawl, SourceSettings(language="de"), jobs=1))


def test_x_robots_tag_and_app_shells_are_recorded_on_the_document(store):
    crawl = store.start({})
    store.record(
        crawl, html_record("https://x.org/n", headers={"x-robots-tag": "googlebot: noindex"})
    )
    shell = b'<html><head><title>App</title><script src="/app.js"></script></head><body><div id="app"></div></body></html>'
    store.record(crawl, html_record("https://x.org/app", body=shell))
    docs = {d.path: d for d in documents(store, crawl, SourceSettings(), jobs=1)}
    assert docs["https://x.org/n"].noindex and not docs["https://x.org/n"].judged
    app = docs["https://x.org/app"]
    assert app.kind == web.KIND_APP_SHELL and not app.judged
    assert [p.code for p in app.diagnostics] == ["F004"]


def test_a_store_from_another_schema_is_refused(tmp_path):
    path = tmp_path / "c.sqlite"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema'")
    con.commit()
    con.close()
    with pytest.raises(ValueError, match="another version"):
        Store(path)


def test_state_of_crawls(store):
    assert store.latest() is None
    crawl = store.start({"start_urls": ["https://x.org/"]})
    assert store.latest() == (crawl, "running", {"start_urls": ["https://x.org/"]})
    store.set_state(crawl, "finished")
    assert store.latest()[1] == "finished"
    assert store_mod.SCHEMA_VERSION == 1
