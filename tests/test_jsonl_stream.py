"""`--output-format jsonl` streams per-document problems before the corpus stage."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from contentlint.engine.core import Engine
from helpers import run

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example"


def site(tmp_path: Path) -> Path:
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root)
    post = next(p for p in sorted((root / "content").rglob("*.md")) if "glossary" not in str(p))
    post.write_text("<!-- contentlint-disable E001 -->\n" + post.read_text())
    return root


def lines(out: Path) -> list[str]:
    return sorted(json.dumps(json.loads(s), sort_keys=True) for s in out.read_text().splitlines())


def test_streamed_lines_equal_the_whole_report(tmp_path, monkeypatch):
    root = site(tmp_path)
    monkeypatch.chdir(root)
    whole, streamed = tmp_path / "whole.json", tmp_path / "streamed.jsonl"
    seen_before_corpus: list[int] = []
    real = Engine._corpus_stage

    def corpus_stage(self, *args, **kwargs):
        if streamed.exists():
            seen_before_corpus.append(len(streamed.read_text().splitlines()))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Engine, "_corpus_stage", corpus_stage)
    r1 = run("check", ".", "--output-format", "json", "-o", str(whole), "--no-cache")
    assert not seen_before_corpus
    r2 = run("check", ".", "--output-format", "jsonl", "-o", str(streamed), "--no-cache")
    assert r1.exit_code == r2.exit_code
    expected = sorted(json.dumps(p, sort_keys=True) for p in json.loads(whole.read_text()))
    assert lines(streamed) == expected
    rows = [json.loads(s) for s in streamed.read_text().splitlines()]
    # Suppressions and per-file-ignores were applied to the streamed lines too.
    assert not [p for p in rows if "glossary/" in p["path"] and p["code"] == "E001"]
    # The per-document problems were on disk before the corpus stage began.
    # (the example site has cross-document problems, D002 and L001, written after it)
    assert any(p["code"] in ("D002", "L001") for p in rows)
    assert seen_before_corpus and 0 < seen_before_corpus[0] < len(rows)


def test_streaming_to_stdout_matches_the_file(tmp_path, monkeypatch):
    root = site(tmp_path)
    monkeypatch.chdir(root)
    out = tmp_path / "out.jsonl"
    run("check", ".", "--output-format", "jsonl", "-o", str(out), "--no-cache")
    r = run("check", ".", "--output-format", "jsonl", "--no-cache")
    got = sorted(json.dumps(json.loads(s), sort_keys=True) for s in r.stdout.splitlines() if s)
    assert got == lines(out) != []


def test_a_baseline_turns_streaming_off_and_still_filters(tmp_path, monkeypatch):
    root = site(tmp_path)
    monkeypatch.chdir(root)
    base = tmp_path / "baseline.json"
    run("check", ".", "--write-baseline", str(base), "--no-cache")
    out = tmp_path / "out.jsonl"
    r = run("check", ".", "--output-format", "jsonl", "-o", str(out), "--baseline", str(base))
    assert r.exit_code == 0
    assert out.read_text() == ""
