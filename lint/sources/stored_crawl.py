"""A stored crawl read back as Documents: what `check --db` and `crawl` lint.

Kept apart from the store (`store.py`: schema, records, queries) because this is the
read side of the pipeline, a source: rows become pages, pages are parsed by the
`parse_map` the engine passes in (its worker pool; sources never import the engine),
failures become F003 documents, redirects become aliases of the page they lead to,
parsed pages are cached in the store by content (as data, never pickles: see
`store.py`), and a page that changed since an
earlier crawl gets the record E008 compares it with. `crawl_stats` sums the crawl up.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from contentlint import __version__
from contentlint.model import codec
from contentlint.model.document import Document
from contentlint.model.settings import SourceSettings
from contentlint.sources.store import SCHEMA_VERSION, Store
from contentlint.sources.web import (
    Page,
    ParseMap,
    UrlPolicy,
    failed_document,
    known_urls,
    resolve_aliases,
    serial_parse,
    settle_links,
    with_aliases,
)


def page_key(settings: SourceSettings, page: Page, digest: str) -> str:
    """The extraction cache key: whatever changes the parsed document is in it (all but
    `page.extra`, which is added to a cached or pre-parsed document as it is read)."""
    h = page.headers
    parts = (
        str(SCHEMA_VERSION),
        str(codec.FORMAT),
        __version__,
        settings.fingerprint(),
        page.final_url,
        digest,
        h.get("content-type", ""),
        h.get("x-robots-tag", ""),
        h.get("link", ""),
    )
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def documents(
    store: Store,
    crawl: int,
    settings: SourceSettings,
    *,
    parse_map: ParseMap = serial_parse,
    use_cache: bool = True,
    preparsed: Callable[[str], tuple[Document, bytes | None] | None] | None = None,
) -> Iterator[Document]:
    """Documents of one stored crawl, in URL order, parsed by `parse_map` (the engine's
    worker pool; a serial parse by default).

    `preparsed(key)` gives the document parsed while the crawl went on for a page of
    that `page_key`, if any, with its stored form (then it is not parsed again). Not
    asked for a page an earlier crawl also fetched (its E008 record comes first).

    Failures become F003 documents; redirects become aliases of the page they lead to.
    Parsed pages are cached in the store by content, so re-linting an unchanged crawl
    (or a re-crawl answered by 304s) does not run the extractor again. A page that
    changed since an earlier crawl gets `doc.extra["previous_version"]`; the first lint
    makes that record from the kept earlier body and stores it for the next ones.
    """
    versions = store.previous_versions(crawl)
    aliases = resolve_aliases(
        store.db.execute(
            "SELECT url, final_url FROM page WHERE crawl = ? AND kind IN ('redirect', 'html')"
            " AND final_url IS NOT NULL AND final_url != url",
            (crawl,),
        )
    )

    fresh: list[tuple[str, bytes]] = []
    used: list[str] = []
    blobs: dict[int, bytes | None] = {}  # stored forms of pre-parsed documents, by id

    def source() -> Iterator[tuple[str | None, Page | Document]]:
        seen: set[str] = set()
        for row in store.rows(crawl, ("html", "failed")):
            if row["kind"] == "failed":
                redirects = json.loads(row["redirects"]) if row["redirects"] else []
                yield (
                    None,
                    failed_document(
                        row["url"],
                        row["error"] or f"HTTP {row['status']}",
                        _subject(row["error"], row["status"]),
                        row["discovered_from"],
                        status=row["status"],
                        redirects=redirects,
                    ),
                )
                continue
            final = row["final_url"] or row["url"]
            if final in seen or row["body"] is None:
                continue
            seen.add(final)
            page = Page(
                url=row["url"],
                final_url=final,
                status=row["status"] or 200,
                headers=json.loads(row["headers"] or "{}"),
                body=b"",
                extra=_http_extra(row),
            )
            identity = (
                page_key(settings, page, row["content_hash"] or "")
                if use_cache or preparsed is not None
                else None
            )
            key = identity if use_cache else None
            version = versions.get(row["url"])
            if version is not None and version.pending:
                # Compared in the worker with the new body: parsed, not taken from the cache.
                page.earlier = store.earlier_body(row["url"])
            cached = store.cached_document(key) if key and page.earlier is None else None
            if cached is not None:
                used.append(key or "")
                cached.extra.setdefault("http", {}).update(page.extra)
                yield None, cached
                continue
            early = preparsed(identity) if preparsed and identity and version is None else None
            if early is not None:
                # Parsed (and maybe linted) while the crawl went on, from the same body,
                # headers and row facts (depth, redirects, discovered_from); with its
                # stored form, encoded before any rule ran.
                doc, blob = early
                if "http" in doc.extra:
                    doc.extra["http"].update(page.extra)
                blobs[id(doc)] = blob
                yield key, doc
                continue
            page.body = zlib.decompress(row["body"])
            yield key, page

    yielded: list[Document] = []
    pages = store.db.execute(
        "SELECT count(*) FROM page WHERE crawl = ? AND kind = 'html'", (crawl,)
    ).fetchone()[0]
    for key, doc in parse_map(source(), settings, pages):
        compared = "previous_version" in doc.extra
        made = doc.extra.pop("previous_version", None)
        if id(doc) in blobs:
            blob = blobs.pop(id(doc)) if key is not None else None
        else:
            blob = store.encode_document(doc) if key is not None else None
        if key is not None and blob is not None:
            # Cached as the extractor left it, before rules add metrics and features.
            fresh.append((key, blob))
            if len(fresh) >= 200:
                store.cache_documents(fresh, [])
                fresh.clear()
        url = (doc.extra.get("http") or {}).get("url")
        version = versions.get(url) if isinstance(url, str) else None
        if version is not None:
            if compared:
                version.record = {"ref": version.ref, **made} if made else None
                version.pending = False
                store.save_previous_version(version.url, version.content_hash, version.record)
            if version.record:
                doc.extra["previous_version"] = version.record
        yielded.append(doc)
        yield with_aliases(doc, aliases.get(doc.url or "", []))
    if use_cache:
        store.cache_documents(fresh, used)
    settle_links(yielded, _known_urls(store, crawl), _url_policy(store, crawl))


def _known_urls(store: Store, crawl: int) -> set[str]:
    """URLs this crawl fetched: pages, failures and redirects that stayed on the site."""
    pages: set[str] = set()
    redirects: dict[str, str] = {}
    for url, final, kind in store.db.execute(
        "SELECT url, final_url, kind FROM page WHERE crawl = ? AND kind IN"
        " ('html', 'failed', 'redirect')",
        (crawl,),
    ):
        if kind == "redirect":
            redirects[url] = final
        else:
            pages.update(u for u in (url, final) if u)
    known: set[str] = known_urls(pages, redirects)
    return known


def _url_policy(store: Store, crawl: int) -> UrlPolicy:
    """How the crawl normalised URLs (from its stored options), to settle links the same way."""
    row = store.db.execute("SELECT options FROM crawl WHERE id = ?", (crawl,)).fetchone()
    opts = json.loads(row[0]) if row and row[0] else {}
    return UrlPolicy(
        tuple(opts.get("strip_params", UrlPolicy().strip_params)),
        tuple(opts.get("keep_params", ())),
        opts.get("trailing_slash", "keep"),
    )


def _http_extra(row: sqlite3.Row) -> dict[str, Any]:
    """`doc.extra["http"]` facts that come from the crawl rather than the response."""
    extra: dict[str, Any] = {"depth": row["depth"]}
    if row["redirects"]:
        extra["redirects"] = json.loads(row["redirects"])
    if row["discovered_from"]:
        extra["discovered_from"] = row["discovered_from"]
    return extra


def _subject(error: str | None, status: int | None) -> str:
    """A stable identity for the failure (no durations or byte counts)."""
    if status and status >= 400:
        return f"HTTP {status}"
    reason = (error or "fetch failed").split(":")[0]
    return reason.split(" after ")[0].split(" (")[0]


def crawl_stats(store: Store, crawl: int, docs: list[Document]) -> dict[str, Any]:
    """Figures for the summary and `--statistics`."""
    counts = store.counts(crawl)
    stats: dict[str, Any] = {
        "crawl: pages fetched": sum(
            counts.get(k, 0) for k in ("html", "skipped", "failed", "redirect")
        ),
        "crawl: HTML pages": counts.get("html", 0),
        "crawl: failed": counts.get("failed", 0),
        "crawl: redirects": counts.get("redirect", 0),
        "crawl: blocked by robots.txt": counts.get("blocked", 0),
        "crawl: revalidated (304)": counts.get("revalidated", 0),
        "crawl: noindex pages": sum(1 for d in docs if d.noindex),
        "crawl: need rendering": sum(1 for d in docs if d.kind == "app-shell"),
    }
    skipped = store.skipped_types(crawl)
    stats["crawl: skipped (not HTML)"] = sum(skipped.values())
    if skipped:
        stats["crawl: skipped types"] = ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
    return stats
