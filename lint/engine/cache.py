"""Incremental runs: extraction and per-document results cached in SQLite.

Everything lives in one self-ignoring folder, `.contentlint/` (it writes a
`.gitignore` of `*` into itself), next to the config file. A file's result is keyed
by its content hash, where it is shown, the tool's code (version, module files and
parser versions) and every setting and option that could change the result, so a re-run
only re-reads changed files. The content hash itself is remembered per (path, mtime, size):
an unchanged file is not even read.

The cache is untrusted input: a pull request can force-add one, and CI runs with secrets.
Its blobs are data only (`contentlint.model.codec`, msgpack: never pickles), a file
whose schema is not exactly this version's (an older cache, a planted one, one with
triggers or views of its own) is emptied before anything is read from it, and an entry
that does not decode is dropped and its file linted again. Keys hash the installed
files' modification times to the nanosecond, which a planted cache cannot predict.

Several runs may share the cache at once (pre-commit hooks in parallel): every write is
one `BEGIN IMMEDIATE` transaction in WAL mode, and a result is stored only when the file
it came from still has the content its key was made from. A cache that cannot be used
(read-only folder, full disk, locked for too long) turns itself off for the rest of the
run with one warning; the run goes on uncached.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contentlint import __version__
from contentlint.model import codec
from contentlint.model.settings import ensure_dir
from contentlint.sources.files import content_hash

if TYPE_CHECKING:
    from contentlint.engine.core import Engine, Output, RunResult, Task
    from contentlint.model.problem import Problem

#: 3: data-only blobs (`contentlint.model.codec`) and a `meta` table naming the schema.
SCHEMA_VERSION = 3

_TABLES = {
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "stat": "CREATE TABLE stat (path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, hash TEXT)",
    "result": "CREATE TABLE result (key TEXT PRIMARY KEY, data BLOB, used REAL)",
    "problems": "CREATE TABLE problems (key TEXT PRIMARY KEY, data BLOB)",
    "corpus": "CREATE TABLE corpus (key TEXT PRIMARY KEY, data BLOB, used REAL)",
}


def _to_db(path: str) -> str:
    """A file name as SQLite text. Names that are not valid UTF-8 reach Python with
    surrogate escapes, which SQLite refuses; they are stored as their bytes in hex behind
    a NUL (which no file name contains), so every name round-trips exactly."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "\x00" + path.encode("utf-8", "surrogateescape").hex()
    return path


def _from_db(text: str) -> str:
    if text.startswith("\x00"):
        return bytes.fromhex(text[1:]).decode("utf-8", "surrogateescape")
    return text


#: Libraries whose output is part of a cached result (extraction, parsing, dates).
_PARSERS = ("trafilatura", "pyromark", "lxml", "htmldate")


def code_fingerprint() -> str:
    """What the installed code looks like: every module and data file of contentlint
    and the parsers' package files (path, size, mtime).

    The version number alone misses an install from a newer commit, an upgraded
    parser and a developer's editable checkout; a few dozen stat calls do not (and,
    unlike reading versions from package metadata, import nothing).
    """
    from importlib.util import find_spec

    import contentlint
    import contentlint.rules

    files: list[str] = []
    for package in (contentlint, contentlint.rules):
        root = Path(package.__file__ or "").parent
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            files += [
                os.path.join(dirpath, name)
                for name in sorted(filenames)
                if name.endswith((".py", ".yml", ".yaml", ".json"))
            ]
    for name in _PARSERS:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            files.append(spec.origin)
    parts = []
    for path in files:
        st = os.stat(path)
        parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class Cache:
    def __init__(self, directory: Path, fingerprint: str) -> None:
        self.directory = ensure_dir(directory)
        self.path = self.directory / "cache.sqlite"
        self.fingerprint = hashlib.sha256(
            f"{SCHEMA_VERSION}\x00{codec.FORMAT}\x00{__version__}\x00{code_fingerprint()}"
            f"\x00{fingerprint}".encode()
        ).hexdigest()[:24]
        #: Told to the user once, after the run (`take_warnings`).
        self.warnings: list[str] = []
        #: Entries that did not decode this run (dropped, their files linted again).
        self.unreadable = 0
        #: Why the cache turned itself off mid-run, if it did.
        self.broken: str | None = None
        self.db = self._open()
        self.hits = 0
        self.misses = 0
        self._prepared: (
            tuple[list[Any], list[str | None], list[tuple[str, int, int, str]], list[str | None]]
            | None
        ) = None

    # ----- opening: only this version's schema is ever read ---------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            # Exactly DatabaseError (not OperationalError: locked, read-only, full):
            # the file is not an SQLite database at all, or a damaged one.
            if type(exc) is not sqlite3.DatabaseError:
                raise
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.warnings.append(f"{self.path} is not a contentlint cache ({exc}); replaced it")
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        try:
            # No SQL function with side effects from a schema this run did not write.
            db.execute("PRAGMA trusted_schema=OFF")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with _immediate(db):
                found = _schema(db)
                if found != _expected_schema() or _schema_of(db) != str(SCHEMA_VERSION):
                    if found:
                        self.warnings.append(
                            f"{self.path} was not written by this version of contentlint;"
                            " its entries were dropped unread"
                        )
                    _reset(db, found)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

    def _fail(self, exc: Exception) -> None:
        """Turn the cache off for the rest of the run (once, with one warning)."""
        if self.broken is None:
            self.broken = str(exc)
            self.warnings.append(f"cache disabled ({self.path}: {exc})")

    def take_warnings(self) -> list[str]:
        """What to tell the user about the cache this run (at most once each)."""
        out = self.warnings
        if self.unreadable:
            out.append(
                f"{self.unreadable} entries of {self.path} could not be read (damaged, or not"
                " written by this version); they were dropped and their files linted again"
            )
        self.warnings = []
        self.unreadable = 0
        return out

    def _key(self, task: Task, digest: str) -> str:
        _, display, rel = task
        return hashlib.sha256(
            f"{self.fingerprint}\x00{display}\x00{rel}\x00{digest}".encode(
                "utf-8", "surrogateescape"
            )
        ).hexdigest()

    def _hash_of(
        self, path: str, known: dict[str, tuple[int, int, str]]
    ) -> tuple[str | None, tuple[int, int] | None]:
        """The content hash, from the stat table when mtime and size are unchanged."""
        try:
            st = os.stat(path)
        except OSError:
            return None, None
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or a link to a device would block or never end; the source reports it.
            return None, None
        sig = (st.st_mtime_ns, st.st_size)
        row = known.get(path)
        # A file modified within the last two seconds may change again within the
        # same mtime tick: trust its stat only when it is older than that.
        if row is not None and (row[0], row[1]) == sig and time.time_ns() - sig[0] > 2_000_000_000:
            return row[2], sig
        try:
            with open(path, "rb") as fh:
                return content_hash(fh.read()), sig
        except OSError:
            return None, sig

    def prepare(self, tasks: Sequence[Task]) -> list[str | None]:
        """Each file's result key (None for files that cannot be read)."""
        known: dict[str, tuple[int, int, str]] = {}
        if self.broken is None:
            try:
                known = {
                    _from_db(row[0]): (row[1], row[2], row[3])
                    for row in self.db.execute("SELECT path, mtime_ns, size, hash FROM stat")
                }
            except sqlite3.Error as exc:
                self._fail(exc)
        keys: list[str | None] = [None] * len(tasks)
        digests: list[str | None] = [None] * len(tasks)
        stats: list[tuple[str, int, int, str]] = []
        if self.broken is not None:
            self._prepared = (list(tasks), keys, stats, digests)
            return keys
        for i, task in enumerate(tasks):
            digest, sig = self._hash_of(task[0], known)
            if digest is None:
                continue
            keys[i] = self._key(task, digest)
            digests[i] = digest
            if sig is not None and known.get(task[0]) != (*sig, digest):
                stats.append((_to_db(task[0]), sig[0], sig[1], digest))
        self._prepared = (list(tasks), keys, stats, digests)
        return keys

    # ----- the "nothing changed" path: problems only, no documents ----------------------
    def corpus_key(self, keys: Sequence[str | None], reported: Sequence[str], context: str) -> str:
        h = hashlib.sha256(f"{self.fingerprint}\x00{context}".encode())
        for k in keys:
            h.update((k or "-").encode())
        for path in sorted(reported):
            h.update(b"\x00" + path.encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def load_unchanged(
        self, keys: Sequence[str | None], wanted: Sequence[int], corpus_key: str
    ) -> tuple[list[list[Problem]], tuple[list[Problem], dict[str, Any]]] | None:
        """Per-document problems of `wanted` files and the stored corpus-stage outcome,
        when every file and the corpus are as they were: no document is decoded."""
        if self.broken is not None or any(k is None for k in keys):
            return None
        try:
            row = self.db.execute("SELECT data FROM corpus WHERE key = ?", (corpus_key,)).fetchone()
            if row is None:
                return None
            want = [k for k in (keys[i] for i in wanted) if k is not None]
            found = self._fetch("problems", want)
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        if len(found) < len(set(want)):
            return None
        per_doc: list[list[Problem]] = []
        bad: list[str] = []
        for k in want:
            try:
                per_doc.append(codec.decode_problems(found[k])[0])
            except codec.CodecError:
                bad.append(k)
        try:
            corpus_problems, stats = codec.decode_problems(row[0])
            if type(stats) is not dict:
                raise codec.CodecError("corpus statistics are not a mapping")
        except codec.CodecError:
            bad.append(corpus_key)
        if bad:
            self.unreadable += len(set(bad))
            self._drop(bad)
            return None
        self._write(
            lambda db: db.execute(
                "UPDATE corpus SET used = ? WHERE key = ?", (time.time(), corpus_key)
            )
        )
        self.hits = len(keys)
        return per_doc, (corpus_problems, stats)

    def _fetch(self, table: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored blobs of `keys` in `table` (SQLite takes at most ~1,000 parameters)."""
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, data in self.db.execute(
                f"SELECT key, data FROM {table} WHERE key IN ({marks})", chunk
            ):
                found[key] = data
        return found

    def _write(self, fn: Any) -> None:
        """Run `fn(db)` in one write transaction; a failure turns the cache off."""
        if self.broken is not None:
            return
        try:
            with _immediate(self.db):
                fn(self.db)
        except sqlite3.Error as exc:
            self._fail(exc)

    def _drop(self, keys: Sequence[str]) -> None:
        """Forget unreadable entries: the result row too, so that both are stored again."""
        rows = [(k,) for k in set(keys)]

        def write(db: sqlite3.Connection) -> None:
            for table in ("result", "problems", "corpus"):
                db.executemany(f"DELETE FROM {table} WHERE key = ?", rows)

        self._write(write)

    def store_corpus(self, corpus_key: str, outcome: tuple[list[Problem], dict[str, Any]]) -> None:
        try:
            blob = codec.encode_problems(*outcome)
        except codec.CodecError:
            return  # a pack's statistic the codec cannot store: recomputed next time
        now = time.time()

        def write(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO corpus VALUES (?, ?, ?)", (corpus_key, blob, now))
            db.execute("DELETE FROM corpus WHERE used < ?", (now - 7 * 86400,))

        self._write(write)

    def run(self, tasks: Sequence[Task], engine: Engine, result: RunResult) -> list[Output]:
        if self._prepared is None or self._prepared[0] != list(tasks):
            self.prepare(tasks)
        assert self._prepared is not None
        _, keys, stats, digests = self._prepared
        if self.broken is not None:
            return engine.process_uncached(list(tasks))
        outputs: list[Output | None] = [None] * len(tasks)
        try:
            found = self._fetch("result", [k for k in keys if k is not None])
        except sqlite3.Error as exc:
            self._fail(exc)
            found = {}
        misses: list[int] = []
        bad: list[str] = []
        for i, key in enumerate(keys):
            blob = found.get(key) if key else None
            if blob is None:
                misses.append(i)
                continue
            try:
                outputs[i] = codec.decode_output(blob)
            except codec.CodecError:
                misses.append(i)
                bad.append(key or "")
        if bad:
            self.unreadable += len(bad)
            self._drop(bad)
        now = time.time()
        hit_keys = [
            (now, k) for i, k in enumerate(keys) if k is not None and outputs[i] is not None
        ]
        self.hits = len(tasks) - len(misses)
        self.misses = len(misses)
        result.cache_hits = self.hits
        rows: list[tuple[str, bytes, float]] = []
        problem_rows: list[tuple[str, bytes]] = []
        if misses:
            fresh = engine.process_encoded([tasks[i] for i in misses])
            for i, (out, blob) in zip(misses, fresh, strict=True):
                outputs[i] = out
                key = keys[i]
                # Never cache a run with rule crashes, nor a file that changed since its
                # key was made (another process, an editor): its key would lie.
                if key is None or out[2] or out[0].content_hash != digests[i]:
                    continue
                try:
                    blob = blob or codec.encode_output(*out)
                    problems = codec.encode_problems(out[1])
                except codec.CodecError:
                    continue  # a pack's feature the codec cannot store: not cached
                rows.append((key, blob, now))
                problem_rows.append((key, problems))

        def write(db: sqlite3.Connection) -> None:
            db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, ?)", rows)
            db.executemany("INSERT OR REPLACE INTO problems VALUES (?, ?)", problem_rows)
            if stats:
                db.executemany("INSERT OR REPLACE INTO stat VALUES (?, ?, ?, ?)", stats)
            db.executemany(
                "UPDATE result SET used = ? WHERE key = ? AND used < ? - 86400",
                [(t, k, t) for t, k in hit_keys],
            )
            db.execute("DELETE FROM result WHERE used < ?", (now - 30 * 86400,))
            db.execute("DELETE FROM problems WHERE key NOT IN (SELECT key FROM result)")

        self._write(write)
        done: list[Output] = [o for o in outputs if o is not None]
        assert len(done) == len(tasks)
        return done


@contextmanager
def _immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE waits on the busy timeout for
    another process's writer, where a deferred one could fail to upgrade)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _schema(db: sqlite3.Connection) -> set[tuple[str, str, str | None]]:
    """What the file defines (SQLite's own objects aside: automatic indexes, statistics)."""
    return {
        (kind, name, sql)
        for kind, name, sql in db.execute("SELECT type, name, sql FROM sqlite_master")
        if not name.startswith("sqlite_")
    }


_expected: set[tuple[str, str, str | None]] = set()


def _expected_schema() -> set[tuple[str, str, str | None]]:
    """The schema of a cache this version wrote, as `_schema` reads it."""
    if not _expected:
        mem = sqlite3.connect(":memory:")
        for sql in _TABLES.values():
            mem.execute(sql)
        _expected.update(_schema(mem))
        mem.close()
    return _expected


def _schema_of(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return str(row[0]) if row else None


def _reset(db: sqlite3.Connection, found: set[tuple[str, str, str | None]]) -> None:
    """Drop everything in the file (triggers and views first) and create this schema."""
    for kind in ("trigger", "view", "table"):
        for k, name, _ in found:
            if k == kind:
                quoted = name.replace('"', '""')
                db.execute(f'DROP {kind.upper()} IF EXISTS "{quoted}"')
    for sql in _TABLES.values():
        db.execute(sql)
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
