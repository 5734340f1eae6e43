"""The crawl store: atomic writes, resume state, revalidation data and the extraction cache."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import zlib

import pytest
from contentlint.model import codec
from contentlint.model.settings import SourceSettings
from contentlint.sources import store as store_mod
from contentlint.sources import web
from contentlint.sources.store import Record, Store
from contentlint.sources.stored_crawl import documents
from helpers import check, run, words

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
    docs = list(documents(store, second, SourceSettings(), use_cache=False))
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
    docs = {d.path: d for d in documents(store, crawl, SourceSettings())}
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
    first = list(documents(store, crawl, SourceSettings()))

    def no_parse(*a, **k):
        raise AssertionError("the cached extraction should have been used")

    monkeypatch.setattr(web, "page_document", no_parse)
    again = list(documents(store, crawl, SourceSettings()))
    assert [d.title for d in again] == [d.title for d in first]
    assert again[0].lines is not None  # rules can still locate problems
    # other settings: extracted again
    with pytest.raises(AssertionError, match="cached extraction"):
        list(documents(store, crawl, SourceSettings(language="de")))


def test_x_robots_tag_and_app_shells_are_recorded_on_the_document(store):
    crawl = store.start({})
    store.record(
        crawl, html_record("https://x.org/n", headers={"x-robots-tag": "googlebot: noindex"})
    )
    shell = b'<html><head><title>App</title><script src="/app.js"></script></head><body><div id="app"></div></body></html>'
    store.record(crawl, html_record("https://x.org/app", body=shell))
    docs = {d.path: d for d in documents(store, crawl, SourceSettings())}
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
    assert store_mod.SCHEMA_VERSION == 3


# ----- the earlier version of a changed page (E008 date bumping) ---------------------------


def dated(modified: str, text: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Storing seed potatoes</title>
<meta property="article:modified_time" content="{modified}T08:00:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
"headline": "Storing seed potatoes", "datePublished": "2024-03-01", "dateModified": "{modified}"}}
</script></head><body><main><article><h1>Storing seed potatoes</h1><p>{text}</p></article>
</main></body></html>""".encode()


def test_a_changed_page_keeps_what_e008_needs_about_its_earlier_fetch(store, monkeypatch):
    text = words(300)
    first = store.start({})
    store.record(first, html_record("https://x.org/a", dated("2024-05-10", text)))
    store.record(first, html_record("https://x.org/b"))
    assert store.db.execute("SELECT count(*) FROM previous_version").fetchone() == (0,)
    (fetched,) = store.db.execute("SELECT fetched_at FROM page WHERE url = 'https://x.org/a'")
    day = time.strftime("%Y-%m-%d", time.gmtime(fetched[0]))

    second = store.start({})
    bumped = dated("2026-11-20", text + " Checked again.")
    store.record(second, html_record("https://x.org/a", bumped))  # a new body
    store.record(second, html_record("https://x.org/b"))  # the same body again
    # Only the changed page keeps its earlier body, as stored: nothing extracted yet.
    rows = store.db.execute("SELECT url, body IS NOT NULL, record FROM previous_version")
    assert rows.fetchall() == [("https://x.org/a", 1, None)]

    parsed: list[str] = []
    real = web.page_document

    def counted(page: web.Page, *args: object) -> object:
        parsed.append(page.url)
        return real(page, *args)

    monkeypatch.setattr(web, "page_document", counted)
    docs = {d.path: d for d in documents(store, second, SourceSettings(), use_cache=False)}
    assert sorted(parsed) == ["https://x.org/a", "https://x.org/a", "https://x.org/b"]
    expected = {
        "ref": f"the crawl of {day}",
        "dates": {"json-ld": "2024-05-10", "meta:article:modified_time": "2024-05-10"},
        "changed_words": 2,
        "words": 305,  # the headline and the paragraph
    }
    assert docs["https://x.org/a"].extra["previous_version"] == expected
    assert "previous_version" not in docs["https://x.org/b"].extra
    # The record replaces the earlier body: later lints (`check --db`) reuse it.
    row = store.db.execute("SELECT body, record FROM previous_version").fetchone()
    assert row[0] is None and json.loads(row[1]) == expected
    parsed.clear()
    again = {d.path: d for d in documents(store, second, SourceSettings())}
    assert sorted(parsed) == ["https://x.org/a", "https://x.org/b"]  # no earlier body parsed
    assert again["https://x.org/a"].extra["previous_version"] == expected
    (bump,) = check("E008", again["https://x.org/a"])
    assert bump.message.startswith("JSON-LD moved from 2024-05-10 to 2026-11-20 but only 2 words")
    assert bump.path == "https://x.org/a"

    # A 304 in a third crawl: the same body, the same earlier version.
    third = store.start({})
    store.record(third, html_record("https://x.org/a", None, revalidated=True))
    assert store.previous_versions(third)["https://x.org/a"].record == expected
    # The page changes again: the version before is now the second crawl's.
    fourth = store.start({})
    store.record(fourth, html_record("https://x.org/a", dated("2026-12-01", words(300, 5))))
    (version,) = store.previous_versions(fourth).values()
    assert version.pending and version.record is None
    (doc,) = [d for d in documents(store, fourth, SourceSettings()) if d.path.endswith("/a")]
    assert doc.extra["previous_version"]["dates"]["json-ld"] == "2026-11-20"
    assert doc.extra["previous_version"]["changed_words"] > 20
    assert check("E008", doc) == []


def test_a_page_that_failed_since_has_no_earlier_version(store):
    first = store.start({})
    store.record(first, html_record("https://x.org/a", dated("2024-05-10", words(300))))
    second = store.start({})
    store.record(second, html_record("https://x.org/a", dated("2026-11-20", words(300))))
    third = store.start({})
    store.record(
        third,
        Record("https://x.org/a", "failed", final_url="https://x.org/a", status=500,
               error="HTTP 500"),
    )  # fmt: skip
    assert store.previous_versions(third) == {}


def test_a_schema_1_store_is_upgraded_in_place(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path) as s:
        crawl = s.start({})
        s.record(crawl, html_record("https://x.org/a"))
    con = sqlite3.connect(path)
    con.execute("DROP TABLE previous_version")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    con.commit()
    con.close()
    with Store(path) as s:
        assert s.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("3",)
        assert s.previous_versions(crawl) == {}
        assert [d.title for d in documents(s, crawl, SourceSettings())] == [
            "A page about rivers and stones"
        ]
        again = s.start({})
        s.record(again, html_record("https://x.org/a", PAGE.replace(b"rivers", b"lakes")))
        assert list(s.previous_versions(again)) == ["https://x.org/a"]


# ----- a store passed on: its cached parsed pages are data, and untrusted --------------------


def _lint_db(path, *extra):
    """`contentlint check --db` as a real process, as a colleague's store would be linted."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTENTLINT_")}
    return subprocess.run(
        [sys.executable, "-m", "contentlint.cli", "check", "--db", str(path), "--select", "ALL",
         "--output-format", "json", "-j", "1", *extra],
        cwd=path.parent, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def _warnings(proc):
    return [line for line in proc.stderr.splitlines() if line.startswith("contentlint: warning:")]


def _shared_store(path):
    with Store(path) as s:
        crawl = s.start({})
        for i, word in enumerate(["rivers", "lakes", "hills", "roads"]):
            body = PAGE.replace(b"rivers", word.encode()).replace(b"/a", f"/{i}".encode())
            s.record(crawl, html_record(f"https://x.org/{i}", body=body))
        s.record(crawl, Record("https://x.org/gone", "failed", final_url="https://x.org/gone",
                               status=404, error="HTTP 404 Not Found"))  # fmt: skip
        s.set_state(crawl, "finished")


def _plant_pickles(path, payload, schema=None):
    con = sqlite3.connect(path)
    with con:
        assert con.execute("SELECT count(*) FROM extract").fetchone()[0] == 4
        con.execute("UPDATE extract SET data = ?", (zlib.compress(payload),))
        con.execute(
            "UPDATE extract SET data = ? WHERE rowid = (SELECT min(rowid) FROM extract)",
            (payload,),
        )
        if schema is not None:
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (schema,))
    con.close()


@pytest.mark.parametrize(
    ("schema", "expected"),
    [(None, "4 cached parsed pages could not be read"), ("2", "dropped 4 parsed pages")],
)
def test_a_store_with_pickled_pages_runs_nothing_and_lints_them_afresh(tmp_path, schema, expected):
    from test_codec import exploit

    path = tmp_path / "shared" / "crawl.sqlite"
    path.parent.mkdir()
    _shared_store(path)
    ref = _lint_db(path, "--no-cache")
    assert ref.returncode == 1 and '"F003"' in ref.stdout and not _warnings(ref), ref.stderr
    cold = _lint_db(path)
    assert (cold.returncode, cold.stdout, _warnings(cold)) == (1, ref.stdout, [])

    marker = tmp_path / "pwned"
    _plant_pickles(path, exploit(marker), schema)
    planted = _lint_db(path)
    assert not marker.exists()
    assert (planted.returncode, planted.stdout) == (1, ref.stdout), planted.stderr
    found = _warnings(planted)
    assert len(found) == 1 and expected in found[0], planted.stderr

    again = _lint_db(path)  # repaired: quiet, and the cache holds data only
    assert (again.returncode, again.stdout, _warnings(again)) == (1, ref.stdout, [])
    with Store(path) as s:
        assert s.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == ("3",)
        blobs = [row[0] for row in s.db.execute("SELECT data FROM extract")]
        assert len(blobs) == 4
        for blob in blobs:
            codec.decode_document(zlib.decompress(blob))


def test_damaged_cached_pages_are_parsed_again(store):
    crawl = store.start({})
    store.record(crawl, html_record("https://x.org/a"))
    first = list(documents(store, crawl, SourceSettings()))
    (blob,) = [row[0] for row in store.db.execute("SELECT data FROM extract")]
    for damaged in (blob[: len(blob) // 2], zlib.compress(zlib.decompress(blob)[:-9]), b"x"):
        store.db.execute("UPDATE extract SET data = ?", (damaged,))
        again = list(documents(store, crawl, SourceSettings()))
        assert [d.title for d in again] == [d.title for d in first]
        assert store.take_warnings() == [
            f"{store.path}: 1 cached parsed pages could not be read (damaged, or not written"
            " by this version); they were parsed again"
        ]
    assert store.db.execute("SELECT data FROM extract").fetchone()[0] == blob
