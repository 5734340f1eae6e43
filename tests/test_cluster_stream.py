"""`check --scheduler … --output-format jsonl`: per-document problems are written as the
Dask map's futures complete, not after the whole map; the lines are the in-process run's.

Real components: the module's `LocalCluster` on 127.0.0.1 (conftest `client`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from contentlint.cli.common import _load, _policy
from contentlint.engine.cluster import ClusterEngine
from contentlint.engine.run import lint_inputs
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from helpers import run

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example"


def lines(text: str) -> list[str]:
    return sorted(json.dumps(json.loads(s), sort_keys=True) for s in text.splitlines() if s)


class Count:
    """A progress display that only counts the documents done."""

    def __init__(self) -> None:
        self.all = self.finished = 0

    def total(self, n: int) -> None:
        self.all = n

    def done(self, n: int) -> None:
        self.finished += n


def test_problems_stream_as_the_futures_complete(client, tmp_path, monkeypatch):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root)
    monkeypatch.chdir(root)
    cfg = _load(None, False, ["."])
    engine = ClusterEngine(client, cfg, _policy(cfg, (), (), ()), packs=cfg.packs)
    progress = Count()
    engine.progress = progress
    first: dict[str, int] = {}  # documents finished when each was first streamed

    def stream(doc: Document, problems: list[Problem]) -> None:
        first.setdefault(doc.path, progress.finished)

    engine.stream = stream
    result = lint_inputs(engine, ["."], None, False)
    when = list(first.values())
    assert progress.all == len(when) == result.reported > 4
    # (The engine hands each document over again after the map; `jsonl.Stream` writes
    # each problem once.) The first batches were written while later ones were still running on the workers.
    assert when[0] < progress.all
    assert when == sorted(when)


def test_streamed_lines_on_the_cluster_equal_the_in_process_report(client, tmp_path, monkeypatch):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root)
    monkeypatch.chdir(root)
    whole, streamed = tmp_path / "whole.jsonl", tmp_path / "streamed.jsonl"
    r1 = run("check", ".", "--output-format", "jsonl", "-o", str(whole), "--no-cache", "-j", "2")
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    r2 = run("check", ".", "--scheduler", address, "--output-format", "jsonl", "-o", str(streamed))
    assert r1.exit_code == r2.exit_code == 1
    got = lines(streamed.read_text())
    assert got == lines(whole.read_text())
    codes = {json.loads(s)["code"] for s in got}
    assert {"D002", "L001"} & codes and codes - {"D002", "L001"}  # corpus and per-document
