"""contentlint never modifies content files.

Every file of a small site (good pages, hostile ones, a config) is hashed, with its mode,
before and after every command: each output format, with the cache on (cold and warm), a
baseline written and read, summary and SARIF side files, a crawl of the same folder served
on 127.0.0.1 and the re-lint of its store, and the read-only commands. Outputs go to a
separate folder; the only new files allowed in the site are the cache's, in .contentlint/.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import hostile_corpus
import pytest
from contentlint.report import FORMATS

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="byte names, FIFOs")


def snapshot(root: Path) -> dict[bytes, tuple[int, str]]:
    """Mode and content hash of every file and symlink under `root`, but the cache's."""
    seen: dict[bytes, tuple[int, str]] = {}
    base = os.fsencode(root)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d != b".contentlint"]
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            if os.path.islink(path):
                digest = "link:" + os.fsdecode(os.readlink(path))
            elif os.path.isfile(path) and st.st_size < 10 * 2**20:
                with open(path, "rb") as fh:
                    digest = hashlib.sha256(fh.read()).hexdigest()
            else:  # the sparse 50 MB file, the FIFO
                digest = f"size:{st.st_size}:mtime:{st.st_mtime_ns}"
            seen[os.path.relpath(path, base)] = (st.st_mode, digest)
    return seen


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("never-writes") / "site"
    # Not the FIFO nor the /dev/zero symlink: the cache's key code reads them whole, and
    # hangs (see test_hostile.py::test_the_cache_does_not_read_a_fifo).
    skip = hostile_corpus.SLOW | {b"pipe.md", b"zero.md"}
    hostile_corpus.build(root, {"max-file-time": 300}, skip=skip)
    (root / "index.html").write_bytes(
        hostile_corpus._html(
            "".join(f'<p><a href="/{n}">{n}</a></p>' for n in ("latin1.html", "utf16.html"))
            + "<p>" + hostile_corpus.PROSE + "</p>"
        )
    )  # fmt: skip
    return root


@pytest.fixture(scope="module")
def server(site) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "CONTENTLINT_NO_CACHE"}
    return subprocess.run(
        [sys.executable, "-m", "contentlint.cli", *args],
        cwd=cwd,
        capture_output=True,
        env=env,
        timeout=600,
    )


def test_no_command_changes_a_content_file(site, server, tmp_path):
    out = tmp_path
    before = snapshot(site)
    assert len(before) > 55
    commands: list[list[str]] = [
        ["check", ".", "-j", "2", "--output-format", fmt, "-o", str(out / f"report.{fmt}")]
        for fmt in FORMATS
    ]
    commands += [
        ["check", ".", "-j", "2"],  # warm: answered from the cache
        ["check", ".", "-j", "1", "--no-cache", "--statistics"],
        ["check", ".", "--write-baseline", str(out / "baseline.json")],
        ["check", ".", "--baseline", str(out / "baseline.json"), "--summary-file",
         str(out / "summary.md"), "--sarif-file", str(out / "side.sarif")],
        ["crawl", server, "--db", str(out / "crawl.sqlite"), "--max-pages", "20",
         "--delay", "0", "--no-sitemaps", "--exit-zero", "-q"],
        ["check", "--db", str(out / "crawl.sqlite"), "--exit-zero", "-q"],
        ["rules"], ["rule", "F001"], ["schema"], ["scores"],
    ]  # fmt: skip
    for args in commands:
        proc = run(*args, cwd=site)
        assert proc.returncode in (0, 1), (args, proc.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in proc.stderr, (args, proc.stderr)
        assert snapshot(site) == before, args
    assert (out / "crawl.sqlite").exists() and (out / "report.sarif").exists()
    assert (site / ".contentlint").is_dir()  # the cache was on, and stayed in its folder
