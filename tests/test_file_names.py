"""Odd file names: one never stops the run, and a problem stays on one line.

Linux allows any bytes but `/` and NUL in a name. A name that is not UTF-8 reaches Python
with surrogate escapes; one with a newline would split a text-output line in two.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

GOOD = "---\ntitle: Hi\n---\n\nSome words of text.\n"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="needs a byte-named file")


@pytest.fixture
def odd(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    base = os.fsencode(root)
    for name in (b"caf\xe9.md", b"new\nline.md", b"tab\there.md", b"ok.md"):
        with open(base + b"/" + name, "wb") as fh:
            fh.write(GOOD.encode())
    with open(base + b"/bin\xff.md", "wb") as fh:
        fh.write(b"\x00\x01\x02 binary")
    return root


def _cli(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "contentlint.cli", *args],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, "CONTENTLINT_NO_CACHE": ""},
    )


@pytest.mark.parametrize("cache", [True, False])
def test_every_odd_name_is_linted_and_shown_escaped(odd, cache):
    args = ["check", ".", "--select", "M002,F001"] + ([] if cache else ["--no-cache"])
    for _ in range(2 if cache else 1):  # cold, then warm from the cache
        proc = _cli(*args, cwd=odd)
        assert proc.returncode == 1, proc.stderr.decode()
        lines = proc.stdout.decode("utf-8").splitlines()
        paths = sorted({line.split(":")[0] for line in lines[:-1]})
        # As `ls -b` shows them: octal bytes, backslash escapes.
        assert paths == ["bin\\377.md", "caf\\351.md", "new\\nline.md", "ok.md", "tab\\there.md"]
        assert lines[-1].startswith("Found 5 problems")
        binary = next(line for line in lines if line.startswith("bin\\377.md"))
        assert "F001" in binary


def test_json_and_sarif_keep_the_exact_name(odd, tmp_path):
    proc = _cli(
        "check", ".", "--no-cache", "--select", "M002,F001", "--output-format", "json", cwd=odd
    )
    data = json.loads(proc.stdout)
    names = {os.fsencode(p["path"]) for p in data}
    assert names == {b"caf\xe9.md", b"new\nline.md", b"tab\there.md", b"ok.md", b"bin\xff.md"}
    out = tmp_path / "out.sarif"
    proc = _cli(
        "check", ".", "--no-cache", "--select", "M002,F001", "--output-format", "sarif",
        "-o", str(out), cwd=odd,
    )  # fmt: skip
    sarif = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert {"caf%E9.md", "new%0Aline.md", "bin%FF.md", "ok.md"} <= uris


def test_github_annotations_stay_one_per_line(odd):
    proc = _cli(
        "check", ".", "--no-cache", "--select", "M002", "--output-format", "github", cwd=odd
    )
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 4 and all(line.startswith("::") for line in lines)
    assert any("file=new\\nline.md" in line for line in lines)
