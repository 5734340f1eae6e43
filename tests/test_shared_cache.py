"""The cache as untrusted, shared state, with real `contentlint check` processes.

A planted cache (pickles that would run code, an older schema, damaged blobs, a file that
is not a database) never runs anything: the run gives the cold run's results and says so
once. Two runs at once give one run's results. A cache that cannot be written (a
read-only folder, a full disk) is skipped with one warning.

Root ignores file modes, so the permission cases run `check` in a child process that
drops to `nobody` (setgroups, setgid, setuid) before linting. It imports contentlint and
lints once (`--no-cache`) before dropping: the interpreter may live where `nobody` cannot
read (pyenv under /root), and every module the run needs is then already loaded.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from contentlint.model import codec
from helpers import words, write
from test_codec import exploit

ARGS = ("--select", "ALL", "--output-format", "json", "-j", "2")
BODY = (
    "Our pipeline used to take fourteen minutes on every pull request, and we measured each "
    "step with the timing export before we changed anything at all in the configuration. "
) * 8


def site_files(version: int = 0) -> dict[str, str]:
    """Enough pages for the worker pool, with duplicates and thin pages to find."""
    files = {".contentlint.yml": "rules: {}\n"}
    for i in range(14):
        files[f"posts/p{i}.md"] = (
            f"---\ntitle: Post {i} about {words(3, i)}\nauthor: Ann Lee\n---\n\n"
            f"# Post {i}\n\n{words(90 + 40 * i + version, i)}\n\n[next](p{(i + 1) % 14}.md)\n"
        )
    files["posts/copy-a.md"] = f"---\ntitle: Timing A\n---\n\n{BODY}\n"
    files["posts/copy-b.md"] = f"---\ntitle: Timing B\n---\n\n{BODY}\n"
    files["posts/thin.md"] = f"---\ntitle: Thin\n---\n\nShort {version}.\n"
    return files


@pytest.fixture
def site() -> Iterator[Path]:
    """A site in a folder every user may enter (pytest's own temp folder is root-only)."""
    top = Path(tempfile.mkdtemp(prefix="contentlint-shared-"))
    top.chmod(0o755)
    root = write(top / "site", site_files())
    try:
        yield root
    finally:
        for d, dirs, _ in os.walk(top):  # undo the read-only modes set by the tests
            for name in dirs:
                os.chmod(os.path.join(d, name), 0o755)
        shutil.rmtree(top)


AS_NOBODY = """
import contextlib, io, os, pwd, sys
import sqlite3  # noqa: F401  (imported lazily by the run below, loaded while it can be read)
import contentlint.engine.cache  # noqa: F401
from contentlint.cli import main

args = sys.argv[1:]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main([*args, "--no-cache"])
    except SystemExit:
        pass
if os.geteuid() == 0:
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
assert os.geteuid() != 0
main(args)
"""


def check(
    site: Path, *extra: str, as_nobody: bool = False, **popen: Any
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTENTLINT_")}
    run = ["-c", AS_NOBODY] if as_nobody else ["-m", "contentlint.cli"]
    return subprocess.run(
        [sys.executable, *run, "check", *ARGS, *extra, "."],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        **popen,
    )


def warnings(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("contentlint: warning:")]


_references: dict[str, subprocess.CompletedProcess[str]] = {}


def reference(site: Path) -> subprocess.CompletedProcess[str]:
    """What an uncached run says about the site as it is now (one run per content)."""
    h = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file() and ".contentlint" not in path.parts:
            h.update(str(path.relative_to(site)).encode() + b"\0" + path.read_bytes())
    key = h.hexdigest()
    if key in _references:
        return _references[key]
    ref = _references[key] = check(site, "--no-cache")
    assert ref.returncode == 1 and '"D001"' in ref.stdout and '"T001"' in ref.stdout, ref.stderr
    assert not warnings(ref)
    return ref


def same_run(proc: subprocess.CompletedProcess[str], ref: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert (proc.returncode, proc.stdout) == (ref.returncode, ref.stdout)


def cache_db(site: Path) -> Path:
    return site / ".contentlint" / "cache.sqlite"


def stored_blobs(site: Path) -> dict[str, list[bytes]]:
    con = sqlite3.connect(cache_db(site))
    try:
        return {
            table: [row[0] for row in con.execute(f"SELECT data FROM {table}")]
            for table in ("result", "problems", "corpus")
        }
    finally:
        con.close()


def assert_data_only(site: Path, files: int) -> None:
    """Every stored entry decodes as data; a result for each file (and for earlier versions)."""
    blobs = stored_blobs(site)
    assert len(blobs["result"]) >= files and len(blobs["problems"]) == len(blobs["result"])
    for blob in blobs["result"]:
        codec.decode_output(blob)
    for blob in blobs["problems"] + blobs["corpus"]:
        codec.decode_problems(blob)


def n_files(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.md"))


# ----- planted caches -----------------------------------------------------------------------


def plant_pickles(db: sqlite3.Connection, payload: bytes) -> str:
    """This version's schema and keys, every blob a pickle that runs code."""
    for table in ("result", "problems", "corpus"):
        db.execute(f"UPDATE {table} SET data = ?", (payload,))
    return "could not be read"


def plant_old_schema(db: sqlite3.Connection, payload: bytes) -> str:
    """The layout of schema 2 (no meta table): pickles, as that version wrote them."""
    plant_pickles(db, payload)
    db.execute("DROP TABLE meta")
    return "not written by this version"


def plant_trigger(db: sqlite3.Connection, payload: bytes) -> str:
    """A trigger that would turn every stored result into a pickle as it is written."""
    db.execute(
        "CREATE TRIGGER poison AFTER INSERT ON result BEGIN "
        "UPDATE result SET data = X'" + payload.hex() + "' WHERE key = NEW.key; END"
    )
    db.execute("DELETE FROM result")
    return "not written by this version"


def plant_truncated(db: sqlite3.Connection, payload: bytes) -> str:
    for table in ("result", "problems", "corpus"):
        db.execute(f"UPDATE {table} SET data = substr(data, 1, length(data) / 2)")
    return "could not be read"


def plant_garbage(db: sqlite3.Connection, payload: bytes) -> str:
    for table in ("result", "problems", "corpus"):
        db.execute(f"UPDATE {table} SET data = randomblob(length(data))")
    return "could not be read"


@pytest.mark.parametrize(
    "plant", [plant_pickles, plant_old_schema, plant_trigger, plant_truncated, plant_garbage]
)
def test_a_planted_or_damaged_cache_runs_nothing_and_gives_a_cold_run(
    site: Path, tmp_path: Path, plant: Callable[[sqlite3.Connection, bytes], str]
) -> None:
    ref = reference(site)
    same_run(cold := check(site), ref)
    assert not warnings(cold)
    marker = tmp_path / "pwned"
    con = sqlite3.connect(cache_db(site))
    with con:
        expected = plant(con, exploit(marker))
    con.close()

    planted = check(site)
    same_run(planted, ref)
    assert not marker.exists()
    found = warnings(planted)
    assert len(found) == 1 and expected in found[0], planted.stderr
    # Repaired: the next run is warm and quiet, and holds only data.
    again = check(site)
    same_run(again, ref)
    assert not warnings(again) and not marker.exists()
    assert_data_only(site, n_files(site))


@pytest.mark.parametrize("content", [b"not a database at all", b"pickle"])
def test_a_cache_file_that_is_not_a_database_is_replaced(site: Path, tmp_path: Path, content):
    ref = reference(site)
    marker = tmp_path / "pwned"
    cache_db(site).parent.mkdir()
    cache_db(site).write_bytes(exploit(marker) if content == b"pickle" else content)
    planted = check(site)
    same_run(planted, ref)
    found = warnings(planted)
    assert len(found) == 1 and "is not a contentlint cache" in found[0], planted.stderr
    assert not marker.exists()
    same_run(check(site), ref)
    assert_data_only(site, n_files(site))


# ----- two runs at once ----------------------------------------------------------------------


def test_two_runs_at_once_share_the_cache_without_harm(site: Path) -> None:
    """Two pre-commit hooks in parallel: cold, then with edits, then unchanged."""
    for round_ in range(3):
        if round_ == 1:
            write(
                site, {k: v for k, v in site_files(version=7).items() if "p1" in k or "thin" in k}
            )
            write(site, {"posts/new.md": f"---\ntitle: New\n---\n\n{words(200)}\n"})
        ref = reference(site)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONTENTLINT_")}
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "contentlint.cli", "check", *ARGS, "."],
                cwd=site,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for p in procs:
            out, err = p.communicate(timeout=600)
            same_run(subprocess.CompletedProcess(p.args, p.returncode, out, err), ref)
            assert "warning" not in err, err
        con = sqlite3.connect(cache_db(site))
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.close()
        # And what they left behind is what one run leaves: a warm run gives the same.
        same_run(check(site), ref)
        assert_data_only(site, n_files(site))


# ----- a cache that cannot be written ----------------------------------------------------------


def read_only(path: Path) -> None:
    for d, _, files in os.walk(path):
        for name in files:
            os.chmod(os.path.join(d, name), 0o444)
    path.chmod(0o555)


def test_a_read_only_cache_folder_is_skipped_with_one_warning(site: Path) -> None:
    ref = reference(site)
    same_run(check(site), ref)
    before = cache_db(site).read_bytes()
    read_only(cache_db(site).parent)
    write(site, {"posts/p3.md": site_files(version=5)["posts/p3.md"]})
    ref = reference(site)
    proc = check(site, as_nobody=True)
    same_run(proc, ref)
    found = warnings(proc)
    assert len(found) == 1 and "cache disabled" in found[0], proc.stderr
    assert cache_db(site).read_bytes() == before


def test_a_cache_folder_that_cannot_be_created_is_skipped_with_one_warning(site: Path) -> None:
    ref = reference(site)
    read_only(site)
    proc = check(site, as_nobody=True)
    same_run(proc, ref)
    found = warnings(proc)
    assert len(found) == 1 and "cache disabled" in found[0], proc.stderr
    assert not cache_db(site).parent.exists()


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        # Writes past `limit` fail with EFBIG, as on a full disk, instead of killing us.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_mid_run_turns_the_cache_off_with_one_warning(site: Path) -> None:
    same_run(check(site), reference(site))
    for i in range(14):  # every result must be written again
        write(site, {f"posts/p{i}.md": site_files(version=3)[f"posts/p{i}.md"]})
    ref = reference(site)
    # Room to open the cache (its WAL index is 32 KB), none to log the new results (each
    # is several KB) in its write-ahead log.
    assert cache_db(site).stat().st_size > 40960
    proc = check(site, preexec_fn=_file_size_limit(40960))
    same_run(proc, ref)
    found = warnings(proc)
    assert len(found) == 1 and "cache disabled" in found[0], proc.stderr
    con = sqlite3.connect(cache_db(site))
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()
    again = check(site)  # with room again: stored, and the same results
    same_run(again, ref)
    assert not warnings(again)
    assert_data_only(site, n_files(site))


def test_a_full_disk_before_the_cache_exists_is_one_warning(site: Path) -> None:
    ref = reference(site)
    # Room for small files (the folder's .gitignore, the worker pool's semaphores), none
    # for a database page.
    proc = check(site, preexec_fn=_file_size_limit(1024))
    same_run(proc, ref)
    found = warnings(proc)
    assert len(found) == 1 and "cache disabled" in found[0], proc.stderr


def test_stored_blobs_are_never_pickles(site: Path) -> None:
    check(site)
    for blobs in stored_blobs(site).values():
        for blob in blobs:
            assert not blob.startswith(b"\x80")  # every pickle protocol >= 2 starts so
            assert b"contentlint" not in blob  # no class paths to import
