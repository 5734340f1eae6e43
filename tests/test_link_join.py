"""The internal-link graph (L001, L002) as a join on normalised URLs (`rules/_shared/urljoin`).

Link targets are found by joining the links' URL keys with the pages' on `corpus.joins`:
the in-process executor and the Dask shuffle over a real `LocalCluster` on 127.0.0.1
must give the same broken links and orphans, on a generated site with planted ones and
on the fixtures.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from contentlint.model.joins import Joins

REPO = Path(__file__).resolve().parent.parent


class Counting(Joins):
    """The in-process executor, counting the rows it is asked to group (to show that the
    link graph's lookups go through the executor the corpus was given)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0

    def groups(self, keys: np.ndarray) -> list[np.ndarray]:
        self.rows += len(keys)
        return super().groups(keys)


def write_site(root: Path, n: int, seed: int = 5) -> tuple[set[tuple[str, str]], set[str]]:
    """A blog of `n` dated posts linking to each other in every spelling a generator
    serves (trailing slash or not, `.html`, an alias, an anchor), with planted broken
    links and anchors and planted orphans. Returns the broken (path, href) pairs and the
    orphans' paths."""
    rng = random.Random(seed)
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    orphans = {i for i in range(n) if i % 17 == 3}
    linkable = [i for i in range(n) if i not in orphans]
    broken: set[tuple[str, str]] = set()
    linked: set[int] = set()
    for i in range(n):
        path = f"content/posts/post-{i}.md"
        links = []
        for k in range(6):
            j = rng.choice(linkable)
            if j == i:
                continue
            spelling = k % 5
            href = [
                f"/posts/post-{j}/",
                f"/posts/post-{j}",
                f"/posts/post-{j}.html",
                f"/old/post-{j}/",
                f"/posts/post-{j}/#setup",
            ][spelling]
            links.append(href)
            linked.add(j)
        if i % 11 == 0:
            links.append(f"/posts/post-{i}-gone/")
            broken.add((path, f"/posts/post-{i}-gone/"))
        if i % 13 == 0:
            j = rng.choice([x for x in linkable if x != i])
            links.append(f"/posts/post-{j}/#no-such-heading")
            linked.add(j)
            broken.add((path, f"/posts/post-{j}/#no-such-heading"))
        body = " ".join(f"[see {h}]({h})" for h in links)
        words = " ".join(f"word{(i * 7 + w) % 97}" for w in range(60))
        (posts / f"post-{i}.md").write_text(
            "---\n"
            f'title: "Post number {i}"\n'
            f"date: 2024-01-{1 + i % 28:02d}\n"
            'author: "Ann Writer"\n'
            f'aliases: ["/old/post-{i}/"]\n'
            "---\n\n"
            f"Some text about topic {i}. {words}\n\n## Setup\n\n{words}\n\n{body}\n",
            encoding="utf-8",
        )
    (root / ".contentlint.yml").write_text("base-url: https://blog.example.org\n")
    assert orphans <= set(range(n)) - linked
    return broken, {f"content/posts/post-{i}.md" for i in set(range(n)) - linked}


def link_problems(engine, docs, joins: Joins) -> list[tuple]:
    """L001 and L002 of the corpus stage run again over `docs` with `joins`."""
    from contentlint.engine.core import RunResult
    from contentlint.model.problem import Problem

    engine.corpus_joins = lambda: joins  # type: ignore[method-assign]
    found, _ = engine._corpus_stage(RunResult(), docs, None)
    found.sort(key=Problem.sort_key)
    return [(p.code, p.path, p.line, p.column, p.message, p.related) for p in found]


def first_run(root: Path):
    from contentlint.cli.common import _load, _policy
    from contentlint.engine.core import Engine
    from contentlint.engine.run import lint_inputs

    paths = [str(root)]
    cfg = _load(None, False, paths)
    engine = Engine(cfg, _policy(cfg, ("L",), (), ()), jobs=1, packs=cfg.packs)
    return engine, lint_inputs(engine, paths, None, False)


def test_planted_broken_links_and_orphans_whichever_executor_joins(client, tmp_path, monkeypatch):
    from contentlint.engine.cluster_joins import DaskJoins

    monkeypatch.chdir(tmp_path)
    broken, orphans = write_site(tmp_path, 240)
    engine, first = first_run(tmp_path)
    docs = first.documents
    counting = Counting()
    want = link_problems(engine, docs, counting)
    assert counting.rows > 240  # the pages' URL keys and the links' went through the join
    found_broken = {(p[1], p[4].split()[2].rstrip(":")) for p in want if p[0] == "L001"}
    assert found_broken == broken
    assert {p[1] for p in want if p[0] == "L002"} == orphans
    assert want == [
        (p.code, p.path, p.line, p.column, p.message, p.related) for p in first.problems
    ]
    # A shuffle over the workers in many chunks and partitions: the same problems.
    dask = DaskJoins(client, chunk_rows=300, partition_rows=200)
    assert dask.parts_for(2000) > 2
    assert link_problems(engine, docs, dask) == want


@pytest.mark.parametrize("name", ["site", "example", "dupes"])
def test_fixtures_link_problems_whichever_executor_joins(client, fixtures, name, monkeypatch):
    from contentlint.engine.cluster_joins import DaskJoins

    monkeypatch.chdir(fixtures / name)
    engine, first = first_run(fixtures / name)
    want = link_problems(engine, first.documents, Joins())
    assert want == [
        (p.code, p.path, p.line, p.column, p.message, p.related) for p in first.problems
    ]
    got = link_problems(engine, first.documents, DaskJoins(client, chunk_rows=7, partition_rows=5))
    assert got == want
