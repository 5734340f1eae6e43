"""The crawl store: every crawl in one SQLite file, so it can be resumed and re-linted.

WAL mode, and every page is written in one transaction together with the links it
added to the frontier and the frontier entry it completes: a crawl killed at any
moment (Ctrl-C, SIGKILL, power loss) leaves a consistent store, and `--resume` fetches
exactly what was not committed. Bodies are stored zlib-compressed. `contentlint check
--db` re-lints a stored crawl with no network: new config, new rules, same pages.

When a later crawl fetches a page whose body changed, the earlier body is kept (in
`previous_version`, a copy of the compressed blob in the same transaction: no
decompression, no parsing). The first lint of the crawl extracts it, once, in the
worker that parses the new body, and replaces it by what E008 needs to tell an update
from date bumping (`doc.extra["previous_version"]`, see `contentlint.signals`).
Unchanged pages (304, or the same content hash) cost nothing.

Parsed pages are cached in the store (the `extract` table) as data only
(`contentlint.model.codec`, msgpack; never pickles): a store passed between colleagues is
untrusted input. A cached page that does not decode is parsed again, with one warning;
opening a store of an older schema drops its cached pages unread (upgrading the rest).

This module is the store itself (schema, records, queries); reading a stored crawl
back as Documents is `stored_crawl.py`.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contentlint.model import codec
from contentlint.model.document import Document

#: 3: parsed pages cached as data (`contentlint.model.codec`), no longer as pickles.
SCHEMA_VERSION = 3
#: Older schemas that opening the store upgrades in place (v1 lacked `previous_version`;
#: the pickled parsed pages of v1 and v2 are dropped unread).
_MIGRATABLE = (1, 2)
DEFAULT_DB_NAME = "crawl.sqlite"
#: The largest decoded size of a cached parsed page read back (pages are at most a few MB).
_MAX_EXTRACT = 256 * 1024 * 1024

#: Response headers worth keeping (the rest is noise for a linter).
KEPT_HEADERS = (
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "etag",
    "last-modified",
    "cache-control",
    "x-robots-tag",
    "link",
    "location",
    "retry-after",
    "server",
    "date",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS crawl (
    id INTEGER PRIMARY KEY, started REAL, finished REAL, state TEXT, options TEXT);
CREATE TABLE IF NOT EXISTS page (
    url TEXT PRIMARY KEY,
    crawl INTEGER,
    final_url TEXT,
    status INTEGER,
    kind TEXT,            -- html, skipped, failed, redirect, blocked, sitemap
    content_type TEXT,
    headers TEXT,         -- JSON of KEPT_HEADERS
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    body BLOB,            -- zlib
    fetched_at REAL,
    depth INTEGER,
    discovered_from TEXT,
    redirects TEXT,       -- JSON [[status, url], ...]
    error TEXT,
    revalidated INTEGER DEFAULT 0);
CREATE INDEX IF NOT EXISTS page_crawl ON page (crawl, url);
CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY, crawl INTEGER, depth INTEGER, discovered_from TEXT,
    kind TEXT, done INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS extract (key TEXT PRIMARY KEY, data BLOB, used REAL);
CREATE TABLE IF NOT EXISTS previous_version (
    url TEXT PRIMARY KEY,
    content_hash TEXT,    -- the page body this is the earlier version of
    fetched_at REAL,      -- when the earlier version was fetched
    headers TEXT,         -- the earlier response's KEPT_HEADERS (its charset)
    body BLOB,            -- the earlier body (zlib), until the record is made from it
    record TEXT);         -- JSON for doc.extra["previous_version"] ('null': none usable)
"""


@dataclass
class Record:
    """One fetched (or skipped) URL, as stored."""

    url: str
    kind: str
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    depth: int = 0
    discovered_from: str | None = None
    redirects: list[tuple[int, str]] = field(default_factory=list)
    error: str | None = None
    #: A 304: the stored body of the previous crawl is still current.
    revalidated: bool = False
    #: Frontier rows this fetch discovered: (url, depth, discovered_from, kind).
    discovered: list[tuple[str, int, str | None, str]] = field(default_factory=list)
    #: Links it found that robots.txt disallows: (url, depth, discovered_from).
    blocked: list[tuple[str, int, str | None]] = field(default_factory=list)
    #: Other URLs this fetch settled (the rest of a redirect loop), stored with it.
    others: list[Record] = field(default_factory=list)


@dataclass
class Previous:
    """What a previous crawl stored for a URL, for a conditional request."""

    etag: str | None
    last_modified: str | None
    body: bytes
    headers: dict[str, str]


@dataclass
class PreviousVersion:
    """The earlier fetch of a page whose body changed, as `previous_versions` returns it."""

    url: str
    #: The current body's hash: the record describes the version before this one.
    content_hash: str
    #: When the earlier version was fetched (its date names it in E008's message).
    fetched_at: float
    #: `doc.extra["previous_version"]`, once made from the earlier body.
    record: dict[str, Any] | None
    #: Only the earlier body is kept so far: the next lint extracts it and makes the record.
    pending: bool = False

    @property
    def ref(self) -> str:
        """The UTC day: the message is the same wherever and whenever the store is linted."""
        return f"the crawl of {time.strftime('%Y-%m-%d', time.gmtime(self.fetched_at))}"


class Store:
    """One SQLite crawl store: crawls, the frontier, pages, earlier versions and the
    extraction cache. Opening it creates or upgrades the schema."""

    def __init__(self, path: Path) -> None:
        from contentlint.model.settings import ensure_dir

        path = Path(path)
        if path.parent.name == ".contentlint":
            ensure_dir(path.parent)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        #: Told to the user by whoever lints the store (`take_warnings`).
        self.warnings: list[str] = []
        #: Cached parsed pages that did not decode (parsed again).
        self.unreadable = 0
        self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        # No SQL function with side effects from a schema this version did not write.
        self.db.execute("PRAGMA trusted_schema=OFF")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        found = int(row[0]) if row and str(row[0]).isdigit() else None
        if row is not None and found != SCHEMA_VERSION and found not in _MIGRATABLE:
            # Checked before any table is created: a newer store is left untouched.
            raise ValueError(
                f"{path} was written by another version of contentlint (schema {row[0]};"
                f" this version reads schema {SCHEMA_VERSION} and upgrades"
                f" {', '.join(map(str, _MIGRATABLE))})"
            )
        if found == SCHEMA_VERSION:
            self.db.executescript(_SCHEMA)
        else:  # a new store, or an upgrade: the tables and the version in one transaction
            old = self._old_extracts() if found is not None else 0
            try:
                self.db.executescript(
                    f"BEGIN IMMEDIATE;DROP TABLE IF EXISTS extract;{_SCHEMA}"
                    f"INSERT OR REPLACE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');COMMIT;"
                )
            except sqlite3.Error:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                self.db.close()
                raise
            if old:
                self.warnings.append(
                    f"{path}: dropped {old} parsed pages an older contentlint cached"
                    " (they were pickles); they are parsed again"
                )

    def _old_extracts(self) -> int:
        try:
            return int(self.db.execute("SELECT count(*) FROM extract").fetchone()[0])
        except sqlite3.Error:
            return 0

    def take_warnings(self) -> list[str]:
        """What to tell the user about the store this run (at most once each)."""
        out = self.warnings
        if self.unreadable:
            out.append(
                f"{self.path}: {self.unreadable} cached parsed pages could not be read"
                " (damaged, or not written by this version); they were parsed again"
            )
        self.warnings = []
        self.unreadable = 0
        return out

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- crawls ------------------------------------------------------------------------
    def latest(self) -> tuple[int, str, dict[str, Any]] | None:
        """(id, state, options) of the latest crawl."""
        row = self.db.execute(
            "SELECT id, state, options FROM crawl ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return (row[0], row[1], json.loads(row[2])) if row else None

    def start(self, options: dict[str, Any]) -> int:
        """A new crawl: the previous frontier is dropped, previous pages kept for revalidation."""
        with self._tx():
            cur = self.db.execute(
                "INSERT INTO crawl (started, state, options) VALUES (?, 'running', ?)",
                (time.time(), json.dumps(options)),
            )
            self.db.execute("DELETE FROM frontier")
        return int(cur.lastrowid or 0)

    def set_state(self, crawl: int, state: str) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE crawl SET state = ?, finished = ? WHERE id = ?",
                (state, time.time() if state == "finished" else None, crawl),
            )

    def _tx(self) -> _Transaction:
        """A transaction: `with self._tx():` commits, or rolls back on any exception."""
        return _Transaction(self.db)

    # ----- frontier ----------------------------------------------------------------------
    def enqueue(self, crawl: int, rows: list[tuple[str, int, str | None, str]]) -> None:
        with self._tx():
            self._insert_frontier(crawl, rows)

    def _insert_frontier(self, crawl: int, rows: list[tuple[str, int, str | None, str]]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO frontier (url, crawl, depth, discovered_from, kind)"
            " VALUES (?, ?, ?, ?, ?)",
            [(u, crawl, d, f, k) for u, d, f, k in rows],
        )

    def pending(self) -> list[tuple[str, int, str | None, str]]:
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.db.execute(
                "SELECT url, depth, discovered_from, kind FROM frontier WHERE done = 0 ORDER BY rowid"
            )
        ]

    def seen(self, crawl: int) -> set[str]:
        """Every URL this crawl already queued or reached (for `--resume`)."""
        out = {r[0] for r in self.db.execute("SELECT url FROM frontier")}
        out.update(
            r[0]
            for r in self.db.execute(
                "SELECT final_url FROM page WHERE crawl = ? AND final_url IS NOT NULL", (crawl,)
            )
        )
        out.update(r[0] for r in self.db.execute("SELECT url FROM page WHERE crawl = ?", (crawl,)))
        return out

    def admitted(self) -> int:
        """Pages this crawl's frontier holds (what `--max-pages` counts)."""
        row = self.db.execute("SELECT count(*) FROM frontier WHERE kind = 'page'").fetchone()
        return int(row[0])

    # ----- pages -------------------------------------------------------------------------
    def previous(self, url: str) -> Previous | None:
        row = self.db.execute(
            "SELECT etag, last_modified, body, headers FROM page WHERE url = ? AND kind = 'html'"
            " AND final_url = url AND body IS NOT NULL",
            (url,),
        ).fetchone()
        if row is None or not (row[0] or row[1]):
            return None
        return Previous(row[0], row[1], zlib.decompress(row[2]), json.loads(row[3] or "{}"))

    def update_options(self, crawl: int, options: dict[str, Any]) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE crawl SET options = ? WHERE id = ?", (json.dumps(options), crawl)
            )

    def record_many(
        self,
        crawl: int,
        rows: list[tuple[str, int, str | None, str]],
        blocked: list[tuple[str, int, str | None]],
    ) -> None:
        """The crawl's seeds (start URLs, sitemaps) and the ones robots.txt disallows."""
        with self._tx():
            self._insert_frontier(crawl, rows)
            self._insert_blocked(crawl, blocked)

    def _insert_blocked(self, crawl: int, blocked: list[tuple[str, int, str | None]]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO page (url, crawl, kind, depth, discovered_from, fetched_at,"
            " error) VALUES (?, ?, 'blocked', ?, ?, ?, 'disallowed by robots.txt')",
            [(u, crawl, d, f, time.time()) for u, d, f in blocked],
        )

    def record(self, crawl: int, rec: Record) -> None:
        """Store a fetch, the links it discovered, and complete its frontier entry: atomically."""
        with self._tx():
            self._insert_frontier(crawl, rec.discovered)
            self._insert_blocked(crawl, rec.blocked)
            self.db.execute("UPDATE frontier SET done = 1 WHERE url = ?", (rec.url,))
            for other in [rec, *rec.others]:
                self._write(crawl, other)

    def _write(self, crawl: int, rec: Record) -> None:
        headers = json.dumps(rec.headers, sort_keys=True)
        redirects = json.dumps(rec.redirects) if rec.redirects else None
        if rec.revalidated:
            self.db.execute(
                "UPDATE page SET crawl = ?, status = ?, headers = ?, fetched_at = ?,"
                " depth = ?, discovered_from = ?, revalidated = 1,"
                " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified)"
                " WHERE url = ?",
                (
                    crawl,
                    rec.status,
                    headers,
                    time.time(),
                    rec.depth,
                    rec.discovered_from,
                    rec.headers.get("etag"),
                    rec.headers.get("last-modified"),
                    rec.url,
                ),
            )
            return
        body = zlib.compress(rec.body, 6) if rec.body is not None else None
        digest = None
        if rec.body is not None:
            from contentlint.sources.files import content_hash

            digest = content_hash(rec.body)
        if rec.kind == "html" and digest is not None:
            # A page an earlier crawl stored with another body: keep that body (the blob as
            # stored) for E008's date-bumping check. One primary-key lookup otherwise.
            self.db.execute(
                "INSERT OR REPLACE INTO previous_version"
                " (url, content_hash, fetched_at, headers, body)"
                " SELECT url, ?, fetched_at, headers, body FROM page WHERE url = ?"
                " AND kind = 'html' AND body IS NOT NULL AND crawl != ? AND content_hash != ?",
                (digest, rec.url, crawl, digest),
            )
        self.db.execute(
            "INSERT OR REPLACE INTO page VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                rec.url,
                crawl,
                rec.final_url,
                rec.status,
                rec.kind,
                rec.content_type,
                headers,
                rec.headers.get("etag"),
                rec.headers.get("last-modified"),
                digest,
                body,
                time.time(),
                rec.depth,
                rec.discovered_from,
                redirects,
                rec.error,
            ),
        )

    def previous_versions(self, crawl: int) -> dict[str, PreviousVersion]:
        """The earlier versions of this crawl's pages that changed since an earlier crawl.

        Only rows that still describe the stored body count (the page has not changed
        again, or failed, since): the content hash must match.
        """
        out: dict[str, PreviousVersion] = {}
        for url, digest, fetched_at, record, pending in self.db.execute(
            "SELECT v.url, v.content_hash, v.fetched_at, v.record, v.body IS NOT NULL"
            " FROM previous_version v"
            " JOIN page p ON p.url = v.url AND p.content_hash = v.content_hash"
            " WHERE p.crawl = ? AND p.kind = 'html'",
            (crawl,),
        ):
            made = json.loads(record) if record and not pending else None
            if pending or isinstance(made, dict):
                out[url] = PreviousVersion(url, digest, fetched_at, made, bool(pending))
        return out

    def earlier_body(self, url: str) -> tuple[bytes, dict[str, str]] | None:
        """The stored earlier body and headers of a changed page, until its record is made."""
        row = self.db.execute(
            "SELECT body, headers FROM previous_version WHERE url = ? AND body IS NOT NULL",
            (url,),
        ).fetchone()
        return (zlib.decompress(row[0]), json.loads(row[1] or "{}")) if row else None

    def save_previous_version(
        self, url: str, content_hash: str, record: dict[str, Any] | None
    ) -> None:
        """Keep the record E008 needs and drop the earlier body it was made from."""
        with self._tx():
            self.db.execute(
                "UPDATE previous_version SET record = ?, body = NULL"
                " WHERE url = ? AND content_hash = ?",
                (json.dumps(record, sort_keys=True), url, content_hash),
            )

    def counts(self, crawl: int) -> dict[str, int]:
        out = {
            str(k): int(n)
            for k, n in self.db.execute(
                "SELECT kind, count(*) FROM page WHERE crawl = ? GROUP BY kind", (crawl,)
            )
        }
        row = self.db.execute(
            "SELECT count(*) FROM page WHERE crawl = ? AND revalidated = 1", (crawl,)
        ).fetchone()
        out["revalidated"] = int(row[0])
        return out

    def skipped_types(self, crawl: int) -> dict[str, int]:
        return {
            str(t or "unknown"): int(n)
            for t, n in self.db.execute(
                "SELECT content_type, count(*) FROM page WHERE crawl = ? AND kind = 'skipped'"
                " GROUP BY content_type",
                (crawl,),
            )
        }

    def rows(self, crawl: int, kinds: tuple[str, ...]) -> Iterator[sqlite3.Row]:
        """Pages streamed from a separate read connection (the main one writes meanwhile)."""
        reader = sqlite3.connect(str(self.path), timeout=30)
        reader.row_factory = sqlite3.Row
        marks = ",".join("?" * len(kinds))
        try:
            yield from reader.execute(
                f"SELECT * FROM page WHERE crawl = ? AND kind IN ({marks}) ORDER BY url",
                (crawl, *kinds),
            )
        finally:
            reader.close()

    # ----- extraction cache --------------------------------------------------------------
    def cached_document(self, key: str) -> Document | None:
        """A parsed page from the cache; None when there is none or it does not decode
        (counted for the warning; the page is parsed again and the entry replaced)."""
        row = self.db.execute("SELECT data FROM extract WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            blob = row[0]
            if type(blob) is not bytes:
                raise codec.CodecError("not a blob")
            # Bounded: a planted blob cannot inflate beyond what any page could.
            inflate = zlib.decompressobj()
            data = inflate.decompress(blob, _MAX_EXTRACT)
            if not inflate.eof:
                raise codec.CodecError("truncated, or larger than any page")
            return codec.decode_document(data)
        except (zlib.error, codec.CodecError):
            self.unreadable += 1
            return None

    @staticmethod
    def encode_document(doc: Document) -> bytes | None:
        """A parsed page's stored form (None when a value in it cannot be stored)."""
        try:
            return zlib.compress(codec.encode_document(doc), 1)
        except codec.CodecError:
            return None

    def cache_documents(self, items: list[tuple[str, bytes]], used: list[str]) -> None:
        """Store parsed documents (`encode_document`) and mark reused ones as used."""
        now = time.time()
        with self._tx():
            self.db.executemany(
                "INSERT OR REPLACE INTO extract VALUES (?, ?, ?)",
                [(k, blob, now) for k, blob in items],
            )
            self.db.executemany(
                "UPDATE extract SET used = ? WHERE key = ?", [(now, k) for k in used]
            )
            self.db.execute("DELETE FROM extract WHERE used < ?", (now - 30 * 86400,))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (KeyboardInterrupt too)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
