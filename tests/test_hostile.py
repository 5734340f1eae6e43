"""Hostile content: every kind of bad input gets exactly the outcome in `EXPECTED`.

The corpus (`tests/hostile_corpus.py`) is written by the test. A run over it must end
without a traceback, exit 1 (some files deserve F001/F002 errors), account for every file
(a document in the report, or a warning for a folder it cannot list), give each file its
outcome below, and never run code named in YAML. Permission cases need a process that
cannot read everything: as root (CI), the run is a child process that drops to `nobody`.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pkgutil
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

import hostile_corpus
import jsonschema
import pytest
from contentlint.cli import main
from contentlint.engine import deadline

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="byte names, FIFOs, setuid")

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

#: Outcome per file: "linted" (read and linted: no F001/F002), F001/F002 with a fragment
#: of the reason, or "warned" (its folder cannot be listed: a warning names the folder).
#: Decisions: UTF-16/32 is read when a BOM says so; without one, and for Latin-1 or any
#: invalid UTF-8 Markdown, F001 asks for UTF-8 rather than linting guessed text (HTML
#: declares its charset, so HTML is decoded as browsers do). Front matter YAML is strict:
#: duplicate keys, control characters, impossible dates, aliases expanding past 100,000
#: values, nesting deeper than the parser's recursion are F002. Broken JSON-LD only
#: marks that script block as broken (S-rules report it); the page is still linted.
EXPECTED: dict[bytes, tuple[str, str]] = {
    b"empty.md": ("linted", ""),  # zero-byte Markdown
    b"empty.html": ("linted", ""),  # zero-byte HTML
    b"blank.md": ("linted", ""),  # whitespace only
    b"fm-only.md": ("linted", ""),  # front matter only
    b"image.md": ("F001", "binary"),  # binary (PNG) named .md
    b"blob.html": ("F001", "binary"),  # binary named .html
    b"nul.md": ("F001", "binary"),  # NUL bytes in text
    b"late-nul.md": ("linted", ""),  # NUL byte past the first 8 KB (markdown-it: U+FFFD)
    b"utf16le-bom.md": ("linted", ""),  # UTF-16 LE with BOM
    b"utf16be-bom.md": ("linted", ""),  # UTF-16 BE with BOM
    b"utf16-nobom.md": ("F001", "UTF-16 without a byte-order mark"),
    b"utf16.html": ("linted", ""),  # UTF-16 HTML with BOM
    b"utf8-bom.md": ("linted", ""),  # UTF-8 with BOM
    b"latin1.md": ("F001", "not valid UTF-8: byte 0xe9 at line 2"),  # Latin-1 Markdown
    b"latin1.html": ("linted", ""),  # Latin-1 HTML without a charset
    b"bad-utf8.md": ("F001", "not valid UTF-8: byte 0xe2"),  # truncated sequence
    b"charset.html": ("linted", ""),  # HTML declaring an unknown charset
    b"huge.md": ("F001", "file is 50.0 MB, over the 5.0 MB limit (max-file-size)"),
    b"one-line.md": ("linted", ""),  # 5 MB on a single line
    b"deep.html": ("linted", ""),  # 100,000-deep nested HTML
    b"deep-quote.md": ("linted", ""),  # 100,000-deep blockquotes
    b"deep-list.md": ("linted", ""),  # 2,000-deep nested list
    b"unclosed.html": ("linted", ""),  # unclosed tags
    b"entities.html": ("linted", ""),  # broken entities
    b"entities.md": ("linted", ""),  # broken entities in Markdown
    b"unclosed-fm.md": ("F002", "front matter opened with '---' is never closed"),
    b"python-tag.md": ("F002", "python/object/apply:os.system"),  # never executed
    b"python-name.md": ("F002", "python/name:os.system"),
    b"dup-keys.md": ("F002", "found duplicate key 'title'"),
    b"laughs.md": ("F002", "expands to more than 100,000 values"),  # billion laughs
    b"deep-yaml.md": ("F002", "nested too deeply"),  # 100,000-deep YAML flow
    b"bad-date.md": ("F002", "month must be in 1..12"),  # date: 2024-13-45
    b"big-int.md": ("F002", "Exceeds the limit (4300 digits)"),  # YAML 10,000-digit int
    b"types.md": ("linted", ""),  # title a list, description a mapping, tags a number…
    b"bad-toml.md": ("F002", "invalid TOML front matter"),
    b"bad-json.md": ("F002", "invalid JSON front matter: Expecting value"),
    b"json-big.md": ("F002", "Exceeds the limit (4300 digits)"),
    b"json-surrogate.md": ("linted", ""),  # "\ud800" in JSON front matter: U+FFFD
    b"bad-jsonld.html": ("linted", ""),  # malformed JSON-LD
    b"deep-jsonld.html": ("linted", ""),  # 100,000-deep JSON-LD
    b"big-jsonld.html": ("linted", ""),  # JSON-LD with a 10,000-digit number
    b"zero-width.md": ("linted", ""),  # zero-width characters
    b"rtl-override.md": ("linted", ""),  # RTL override and isolate characters
    b"escapes.md": ("linted", ""),  # terminal escape sequences in the text
    b"yaml-control.md": ("F002", "unacceptable character #x001b"),  # ESC in YAML
    b"yaml-500.md": ("F002", "nested too deeply"),  # 500-deep YAML value
    b"toml-big.md": ("F002", "Exceeds the limit (4300 digits)"),
    b"jsonld-surrogate.html": ("linted", ""),  # "\ud800" in JSON-LD: U+FFFD
    b"jsonld-500.html": ("linted", ""),  # 500-deep JSON-LD
    b"arabic.md": ("linted", ""),  # right-to-left article
    b"chinese.md": ("linted", ""),  # CJK article
    b"old-mac.md": ("linted", ""),  # lone carriage returns
    b"zalgo.md": ("linted", ""),  # 15,000 combining marks on one letter
    b"emphasis.md": ("linted", ""),  # pathological emphasis and brackets
    b"wide-table.md": ("linted", ""),  # table of 5,000 columns
    b"loop.md": ("F001", "Too many levels of symbolic links"),  # symlink to itself
    b"dangling.md": ("F001", "No such file or directory"),  # dangling symlink
    b"zero.md": ("F001", "not a regular file"),  # symlink to /dev/zero
    b"pipe.md": ("F001", "not a regular file"),  # named pipe (open would block)
    b"loopdir/page.md": ("linted", ""),  # its folder holds a symlink to its parent
    b"new\nline.md": ("linted", ""),  # file name with a newline
    b"caf\xe9.md": ("linted", ""),  # file name that is not UTF-8
    b"secret.md": ("F001", "cannot read file: Permission denied"),  # mode 000
    b"locked/inside.md": ("warned", "locked: cannot read folder (Permission denied)"),
}


def _drop_privileges() -> None:
    """Become `nobody`, so that mode 000 means unreadable (root reads everything)."""
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)


@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: bytes


def cli(*args: str, cwd: Path, unprivileged: bool = False) -> Run:
    """`contentlint ARGS` in a forked child process, as `nobody` when the tests run as
    root. Forked rather than exec'd: a dropped process may not be able to reach the
    interpreter's path (under /root, say), but it already has it loaded."""
    out = Path(tempfile.mkdtemp(prefix="contentlint-run-"))
    out.chmod(0o777)
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            if unprivileged and os.geteuid() == 0:
                _drop_privileges()
            os.chdir(cwd)
            os.environ["CONTENTLINT_NO_CACHE"] = "1"
            sys.stdout = open(out / "stdout", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = open(out / "stderr", "w", encoding="utf-8")  # noqa: SIM115
            try:
                main.main(list(args), prog_name="contentlint")
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            except BaseException:
                traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    deadline_at = time.monotonic() + 600
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline_at:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)
    try:
        return Run(
            os.waitstatus_to_exitcode(status),
            (out / "stdout").read_bytes(),
            (out / "stderr").read_bytes(),
        )
    finally:
        shutil.rmtree(out)


@pytest.fixture(scope="module", autouse=True)
def _imported(tmp_path_factory):
    """One run in this process first, so the forked children find every module the CLI
    imports lazily already loaded: once it is `nobody`, a child may not be able to read
    the standard library (an interpreter under /root, mode 700)."""
    from click.testing import CliRunner

    site = tmp_path_factory.mktemp("warm")
    for i in range(5):  # ten files: enough for the worker pool
        (site / f"a{i}.md").write_bytes(hostile_corpus._md(f"Page {i}"))
        (site / f"b{i}.html").write_bytes(hostile_corpus._html("<p>" + hostile_corpus.PROSE))
    for args in (
        ["-j", "1", "--output-format", "report-json", "--sarif-file", str(site / "x.sarif")],
        ["-j", "2", "--output-format", "json"],
        ["-j", "1", "--statistics"],
    ):
        done = CliRunner().invoke(main, ["check", str(site), "--no-cache", *args])
        assert done.exit_code in (0, 1), done.output
    import configparser  # noqa: F401  (trafilatura, imported in workers)
    import encodings

    for codec in pkgutil.iter_modules(encodings.__path__):  # decoders load on first use
        with contextlib.suppress(ImportError):
            importlib.import_module(f"encodings.{codec.name}")


@pytest.fixture(scope="module")
def corpus() -> Iterator[Path]:
    """The corpus, in a folder `nobody` can enter. The time limit is generous here so
    each outcome is the content's, not the machine load's (the limits have their own
    tests below)."""
    top = Path(tempfile.mkdtemp(prefix="contentlint-hostile-"))
    top.chmod(0o755)
    root = top / "site"
    hostile_corpus.build(root, {"max-file-time": 300})
    out = top / "out"
    out.mkdir()
    out.chmod(0o777)
    yield root
    (root / "locked").chmod(0o755)
    shutil.rmtree(top)


def test_the_table_covers_every_kind_and_at_least_40():
    files = [k.file for k in hostile_corpus.kinds()]
    assert len(files) == len(set(files)) >= 40
    assert set(files) == set(EXPECTED)


def _outcomes(root: Path, jobs: int) -> tuple[Run, dict, dict]:
    sarif_path = root.parent / "out" / f"run-{jobs}.sarif"
    proc = cli(
        "check", ".", "-j", str(jobs), "--output-format", "report-json",
        "--sarif-file", str(sarif_path), "--select", "ALL", cwd=root, unprivileged=True,
    )  # fmt: skip
    assert proc.stdout, proc.stderr.decode("utf-8", "replace")
    report = json.loads(proc.stdout)
    sarif = json.loads(sarif_path.read_text(encoding="utf-8"))
    return proc, report, sarif


@pytest.mark.parametrize("jobs", [2, 1], ids=["worker-pool", "serial"])
def test_every_kind_gets_its_outcome(corpus, jobs):
    proc, report, sarif = _outcomes(corpus, jobs)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert proc.returncode == 1, stderr  # F001/F002 are errors; nothing is a usage error
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))

    documents = {os.fsencode(d["path"]) for d in report["documents"]}
    found: dict[bytes, list[tuple[str, str]]] = {}
    for r in sarif["runs"][0]["results"]:
        if r["ruleId"] in ("F001", "F002"):
            uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            found.setdefault(unquote_to_bytes(uri), []).append((r["ruleId"], r["message"]["text"]))

    wrong = {}
    for file, (outcome, reason) in EXPECTED.items():
        got = found.get(file, [])
        if outcome == "warned":
            ok = file not in documents and f"warning: {reason}" in stderr
        elif outcome == "linted":
            ok = file in documents and not got
        else:
            ok = file in documents and [c for c, _ in got] == [outcome]
            ok = ok and reason in got[0][1]
        if not ok:
            wrong[file] = (outcome, reason, got, file in documents)
    assert not wrong, wrong
    # Every file is accounted for, and nothing else turned up.
    assert documents == {f for f, (o, _) in EXPECTED.items() if o != "warned"}
    assert not (corpus / hostile_corpus.PWNED).exists()


def test_max_file_size_option_and_config(tmp_path):
    (tmp_path / "small.md").write_text("# Small\n\n" + "word " * 100)
    (tmp_path / "big.md").write_text("# Big\n\n" + "word " * 4000)
    proc = cli("check", ".", "--select", "F", "--max-file-size", "10KB", cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr
    assert "big.md:1:1: F001 [error] file is 20 KB, over the 10 KB limit (max-file-size)" in out
    assert "small.md" not in out
    (tmp_path / ".contentlint.yml").write_text("max-file-size: 16 KB\n")
    proc = cli("check", ".", "--select", "F", cwd=tmp_path)
    assert "over the 16 KB limit (max-file-size)" in proc.stdout.decode()
    # The command line wins over the config.
    assert (
        cli("check", ".", "--select", "F", "--max-file-size", "1MB", cwd=tmp_path).returncode == 0
    )
    bad = cli("check", ".", "--max-file-size", "5XB", cwd=tmp_path)
    assert bad.returncode == 2 and b"not a size: '5XB'" in bad.stderr


def test_read_bytes_reads_past_the_size_stat_gave(tmp_path):
    """A file read is asked for the size `stat` gave, and read on when it holds more
    (it grew since, or the filesystem reports no size: /proc), up to the limit."""
    from contentlint.sources.files import read_bytes

    page = tmp_path / "page.md"
    page.write_bytes(b"x" * 1000)
    assert read_bytes(page, 1000) == b"x" * 1000
    assert "over the" in str(read_bytes(page, 999))
    proc = Path("/proc/self/status")
    if not proc.is_file() or proc.stat().st_size:
        pytest.skip("needs a regular file whose size stat reports as 0")
    data = read_bytes(proc, 1 << 20)
    assert isinstance(data, bytes) and data.startswith(b"Name:") and len(data) > 100
    assert "over the 10-byte limit" in str(read_bytes(proc, 10))


def _slow_markdown() -> str:
    """One 700 KB paragraph of 40,000 links: ~9 s of CPU to read (each link's column is
    looked up on its source line, and the line is the whole paragraph), so a 1 s limit
    trips on the fastest machine. (Unmatched emphasis no longer does: the compiled
    parser reads it in 0.1 s.)"""
    return "# Slow\n\n" + "".join(f"[l{i}](/p/{i}/) " for i in range(40_000)) + "\n"


@pytest.mark.parametrize("jobs", [2, 1], ids=["worker-pool", "serial"])
def test_max_file_time_reports_the_slow_file_and_lints_the_rest(tmp_path, jobs):
    for i in range(9):  # 10 files: enough for the worker pool
        (tmp_path / f"ok{i}.md").write_text(f"# Page {i}\n\nA short page number {i}.\n")
    (tmp_path / "slow.md").write_text(_slow_markdown())
    proc = cli(
        "check", ".", "-j", str(jobs), "--select", "F,T001", "--max-file-time", "1",
        "--output-format", "json", cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    problems = json.loads(proc.stdout)
    by_path: dict[str, list[str]] = {}
    for p in problems:
        by_path.setdefault(p["path"], []).append(f"{p['code']} {p['message']}")
    assert by_path.pop("slow.md") == [
        "F001 took longer than 1 s to read (max-file-time); "
        "a file this slow to parse is usually generated or broken"
    ]
    # Every other file was linted after it (T001: each is short), in the pool too.
    assert sorted(by_path) == [f"ok{i}.md" for i in range(9)]
    assert all(v[0].startswith("T001") for v in by_path.values())


def test_zero_means_no_time_limit():
    with deadline.limit(0):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_interrupts_python_code_and_cleans_up():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(deadline.TimeLimit), deadline.limit(0.05):
        while True:
            pass
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_fires_again_when_code_swallows_it():
    swallowed = 0
    with pytest.raises(deadline.TimeLimit), deadline.limit(0.05):
        while True:
            try:
                while True:
                    pass
            except BaseException:  # a library that catches everything, once
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_a_limit_swallowed_in_a_finaliser_is_quiet_and_fires_again(capsys):
    """Python itself swallows an exception raised in `__del__` ("Exception ignored in"):
    the alarm that lands there is dropped without a message, the next one stops the file,
    and other unraisable errors are still printed."""
    hook = sys.unraisablehook

    class SlowToDie:
        def __del__(self) -> None:
            end = time.monotonic() + 0.2
            while time.monotonic() < end:  # the first alarm (0.05 s) lands here
                pass

    with pytest.raises(deadline.TimeLimit), deadline.limit(0.05):
        SlowToDie()  # finalised at once, inside the limit
        while True:
            pass
    assert "Exception ignored" not in capsys.readouterr().err
    assert sys.unraisablehook is hook

    class Broken:
        def __del__(self) -> None:
            raise ValueError("still printed")

    with deadline.limit(5):
        Broken()
    assert "still printed" in capsys.readouterr().err


def test_a_fast_body_is_not_interrupted():
    with deadline.limit(5):
        time.sleep(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_cache_does_not_read_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "ok.md").write_text("# Ok\n\nA page.\n")
    env = {k: v for k, v in os.environ.items() if k != "CONTENTLINT_NO_CACHE"}
    proc = subprocess.run(
        [sys.executable, "-m", "contentlint.cli", "check", ".", "--select", "F"],
        cwd=tmp_path, capture_output=True, env=env, timeout=20,
    )  # fmt: skip
    assert proc.returncode == 1 and b"not a regular file" in proc.stdout


@pytest.mark.parametrize("fmt", ["csv", "html"])
def test_reports_that_must_be_utf8_escape_a_name_that_is_not(tmp_path, fmt):
    """They crashed (UnicodeEncodeError) on `caf\\xe9.md`; the name is shown as `ls -b` does."""
    with open(os.fsencode(tmp_path) + b"/caf\xe9.md", "wb") as fh:
        fh.write(hostile_corpus._md("Byte name"))
    proc = cli("check", ".", "--output-format", fmt, cwd=tmp_path)
    assert proc.returncode in (0, 1) and b"Traceback" not in proc.stderr, proc.stderr
    assert b"caf\\351.md" in proc.stdout
