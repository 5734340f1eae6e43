"""Incremental runs: extraction and per-document results cached in SQLite.

Everything lives in one self-ignoring folder, `.contentlint/` (it writes a
`.gitignore` of `*` into itself), next to the config file. A file's result is keyed
by its content hash, where it is shown, the tool's code (version, module files and
parser versions) and every setting and option that could change the result, so a re-run
only re-reads changed files. The content hash itself is remembered per (path, mtime, size): an unchanged file is
not even read. Cached results are written only after a whole run succeeds.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contentlint import __version__
from contentlint.model.settings import ensure_dir
from contentlint.sources.files import content_hash

if TYPE_CHECKING:
    from contentlint.engine.core import Engine, RunResult, Task

SCHEMA_VERSION = 2


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
        self.fingerprint = hashlib.sha256(
            f"{SCHEMA_VERSION}\x00{__version__}\x00{code_fingerprint()}\x00{fingerprint}".encode()
        ).hexdigest()[:24]
        self.db = sqlite3.connect(str(self.directory / "cache.sqlite"), timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS stat (
                path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, hash TEXT);
            CREATE TABLE IF NOT EXISTS result (
                key TEXT PRIMARY KEY, data BLOB, used REAL);
            CREATE TABLE IF NOT EXISTS problems (
                key TEXT PRIMARY KEY, data BLOB);
            CREATE TABLE IF NOT EXISTS corpus (
                key TEXT PRIMARY KEY, data BLOB, used REAL);
            """
        )
        self.hits = 0
        self.misses = 0
        self._prepared: (
            tuple[list[Any], list[str | None], list[tuple[str, int, int, str]]] | None
        ) = None

    def close(self) -> None:
        self.db.close()

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
        known = {
            _from_db(row[0]): (row[1], row[2], row[3])
            for row in self.db.execute("SELECT path, mtime_ns, size, hash FROM stat")
        }
        keys: list[str | None] = [None] * len(tasks)
        stats: list[tuple[str, int, int, str]] = []
        for i, task in enumerate(tasks):
            digest, sig = self._hash_of(task[0], known)
            if digest is None:
                continue
            keys[i] = self._key(task, digest)
            if sig is not None and known.get(task[0]) != (*sig, digest):
                stats.append((_to_db(task[0]), sig[0], sig[1], digest))
        self._prepared = (list(tasks), keys, stats)
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
    ) -> tuple[list[Any], Any] | None:
        """Per-document problems of `wanted` files and the stored corpus-stage outcome,
        when every file and the corpus are as they were: no document is unpickled."""
        if any(k is None for k in keys):
            return None
        row = self.db.execute("SELECT data FROM corpus WHERE key = ?", (corpus_key,)).fetchone()
        if row is None:
            return None
        want = [keys[i] for i in wanted]
        found = self._fetch("problems", [k for k in want if k is not None])
        if len(found) < len(set(want)):
            return None
        try:
            per_doc = [pickle.loads(found[k]) for k in want if k is not None]
            corpus = pickle.loads(row[0])
        except Exception:
            return None
        with self.db:
            self.db.execute("UPDATE corpus SET used = ? WHERE key = ?", (time.time(), corpus_key))
        self.hits = len(keys)
        return per_doc, corpus

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

    def store_corpus(self, corpus_key: str, outcome: Any) -> None:
        now = time.time()
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO corpus VALUES (?, ?, ?)",
                (corpus_key, pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL), now),
            )
            self.db.execute("DELETE FROM corpus WHERE used < ?", (now - 7 * 86400,))

    def run(self, tasks: Sequence[Task], engine: Engine, result: RunResult) -> list[Any]:
        if self._prepared is None or self._prepared[0] != list(tasks):
            self.prepare(tasks)
        assert self._prepared is not None
        _, keys, stats = self._prepared
        outputs: list[Any] = [None] * len(tasks)
        found = self._fetch("result", [k for k in keys if k is not None])
        misses: list[int] = []
        for i, key in enumerate(keys):
            blob = found.get(key) if key else None
            if blob is None:
                misses.append(i)
                continue
            try:
                outputs[i] = pickle.loads(blob)
            except Exception:
                misses.append(i)
        now = time.time()
        hit_keys = [
            (now, k) for i, k in enumerate(keys) if k is not None and outputs[i] is not None
        ]
        self.hits = len(tasks) - len(misses)
        self.misses = len(misses)
        result.cache_hits = self.hits
        if misses:
            fresh = engine.process_pickled([tasks[i] for i in misses])
            rows = []
            problem_rows = []
            for i, (out, blob) in zip(misses, fresh, strict=True):
                outputs[i] = out
                if keys[i] is not None and not out[2]:  # never cache a run with rule crashes
                    blob = blob or pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
                    rows.append((keys[i], blob, now))
                    problem_rows.append(
                        (keys[i], pickle.dumps(out[1], protocol=pickle.HIGHEST_PROTOCOL))
                    )
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, ?)", rows)
                self.db.executemany("INSERT OR REPLACE INTO problems VALUES (?, ?)", problem_rows)
        with self.db:
            if stats:
                self.db.executemany("INSERT OR REPLACE INTO stat VALUES (?, ?, ?, ?)", stats)
            self.db.executemany(
                "UPDATE result SET used = ? WHERE key = ? AND used < ? - 86400",
                [(t, k, t) for t, k in hit_keys],
            )
            self.db.execute("DELETE FROM result WHERE used < ?", (now - 30 * 86400,))
            self.db.execute("DELETE FROM problems WHERE key NOT IN (SELECT key FROM result)")
        return outputs
