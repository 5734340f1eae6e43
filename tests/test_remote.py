"""Inputs given as fsspec URLs (memory://, file://) lint like the same files on disk."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import fsspec
import pytest
from helpers import run
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def problems(out: Path, prefix: str = "") -> list[tuple]:
    """(code, path without `prefix`, line, related) of a JSON report, sorted."""
    rows = json.loads(out.read_text())
    strip = lambda s: s.removeprefix(prefix)  # noqa: E731
    return sorted(
        (
            p["code"],
            strip(p["path"]),
            p["line"],
            p["message"].replace(prefix, ""),
            tuple(sorted(strip(str(r.get("path", r))) for r in p["related"])),
        )
        for p in rows
    )


@pytest.fixture
def memfs():
    fs = fsspec.filesystem("memory")
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


def put_tree(fs, local: Path, root: str) -> None:
    for f in sorted(local.rglob("*")):
        if f.is_file():
            fs.pipe(f"{root}/{f.relative_to(local).as_posix()}", f.read_bytes())


def test_markdown_site_in_memory_gives_the_same_problems_as_on_disk(tmp_path, memfs, monkeypatch):
    site = tmp_path / "content"
    shutil.copytree(FIXTURES / "dupes" / "content", site)
    put_tree(memfs, site, "/t/content")
    monkeypatch.chdir(site)
    local, remote = tmp_path / "local.json", tmp_path / "remote.json"
    r1 = run("check", ".", "--output-format", "json", "-o", str(local), "--jobs", "1")
    r2 = run(
        "check", "memory://t/content", "--output-format", "json", "-o", str(remote), "--jobs", "1"
    )
    assert r1.exit_code == r2.exit_code == 1, r2.stderr
    raw = json.loads(remote.read_text())
    assert raw and all(p["path"].startswith("memory://t/content/") for p in raw)
    codes = {p["code"] for p in raw}
    assert "D001" in codes or "D002" in codes or "C001" in codes, codes
    assert problems(remote, "memory://t/content/") == problems(local)


def test_file_urls_are_read_by_the_worker_processes(tmp_path, monkeypatch):
    site = tmp_path / "content"
    shutil.copytree(FIXTURES / "dupes" / "content", site)
    monkeypatch.chdir(site)
    local, remote = tmp_path / "local.json", tmp_path / "remote.json"
    run("check", ".", "--output-format", "json", "-o", str(local), "--jobs", "2")
    url = site.as_uri()
    r = run("check", url, "--output-format", "json", "-o", str(remote), "--jobs", "2")
    assert r.exit_code == 1, r.stderr
    assert problems(remote, url + "/") == problems(local)


def warc_bytes(pages: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body in pages:
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    return buf.getvalue()


PAGES = [
    (
        f"https://x.org/p{i}",
        (
            f"<html lang=en><head><title>Page {i % 2}</title></head><body><main><h1>Page</h1>"
            + "<p>Plumbing in Leeds and the same words again here. </p>" * 20
            + "</main></body></html>"
        ).encode(),
    )
    for i in range(4)
]


def test_warc_glob_in_memory_gives_the_same_problems_as_on_disk(tmp_path, memfs):
    data = warc_bytes(PAGES)
    (tmp_path / "a.warc.gz").write_bytes(data)
    memfs.pipe("/t/crawl/a.warc.gz", data)
    memfs.pipe("/t/crawl/notes.txt", b"not an archive")
    local, remote = tmp_path / "local.json", tmp_path / "remote.json"
    run("check", str(tmp_path / "a.warc.gz"), "--output-format", "json", "-o", str(local))
    r = run("check", "memory://t/crawl/*.warc.gz", "--output-format", "json", "-o", str(remote))
    assert r.exit_code == 1, r.stderr
    assert problems(remote) == problems(local) != []


def test_unreadable_remote_file_is_f001_and_the_rest_is_linted(tmp_path, memfs, monkeypatch):
    put_tree(memfs, FIXTURES / "dupes" / "content", "/t/content")
    memfs.pipe("/t/content/broken.md", b"# Title\n\x00\x00 binary")
    from contentlint.sources import remote

    real = remote.read_bytes

    def flaky(url: str, max_size: int) -> bytes | str:
        if url.endswith("posts/ci-speed.md"):
            return real("memory://t/nowhere.md", max_size)
        return real(url, max_size)

    monkeypatch.setattr(remote, "read_bytes", flaky)
    out = tmp_path / "out.json"
    r = run("check", "memory://t/content/", "--output-format", "json", "-o", str(out), "-j", "1")
    assert r.exit_code == 1
    rows = json.loads(out.read_text())
    f001 = {p["path"]: p["message"] for p in rows if p["code"] == "F001"}
    assert set(f001) == {"memory://t/content/posts/ci-speed.md", "memory://t/content/broken.md"}
    assert "cannot read memory://t/nowhere.md" in f001["memory://t/content/posts/ci-speed.md"]
    linted = {p["path"] for p in rows if p["code"] != "F001"}
    assert "memory://t/content/posts/ci-speed-amp.md" in linted


def _check_in_fresh_python(cwd, url: str, before: str = "") -> subprocess.CompletedProcess:
    """`contentlint check URL` in a new interpreter (`before` runs first, e.g. to hide a
    module), so what this process already imported does not count."""
    code = (
        f"import sys; {before}from contentlint.cli import main; "
        f"sys.argv=['contentlint','check','{url}']; main()"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd)


def test_missing_backend_is_exit_2_naming_the_package(tmp_path):
    # s3fs is not installed in the test environment.
    r = _check_in_fresh_python(tmp_path, "s3://bucket/site/")
    assert r.returncode == 2, r.stderr
    assert "s3://bucket/site/: install s3fs to read s3:// paths" in r.stderr


def test_missing_fsspec_is_exit_2(tmp_path):
    r = _check_in_fresh_python(tmp_path, "memory://x/", before="sys.modules['fsspec'] = None; ")
    assert r.returncode == 2, r.stderr
    assert "memory://x/: install fsspec to read memory:// paths" in r.stderr


def test_local_run_does_not_import_fsspec(tmp_path):
    (tmp_path / "a.md").write_text("# Hello\n\nSome words here.\n")
    code = (
        "import sys; from contentlint.cli import main\n"
        "sys.argv=['contentlint','check','a.md']\n"
        "try: main()\n"
        "except SystemExit: pass\n"
        "print('fsspec' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.strip().endswith("False"), r.stdout + r.stderr


def test_dask_workers_read_archive_urls_themselves(tmp_path):
    """A LocalCluster's worker processes get the file:// URL, not the bytes."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.warc.gz").write_bytes(warc_bytes(PAGES))
    local, remote = tmp_path / "local.json", tmp_path / "remote.json"
    run("check", str(crawl / "a.warc.gz"), "--output-format", "json", "-o", str(local))
    url = crawl.as_uri() + "/*.warc.gz"
    r = run("check", "--scheduler", "local:2", url, "--output-format", "json", "-o", str(remote))
    assert r.exit_code == 1, r.stderr
    assert problems(remote) == problems(local) != []
