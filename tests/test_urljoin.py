"""The link graph's URL join (`rules/_shared/urljoin`) when 64-bit key hashes collide.

A hash group usually holds one URL key; the join checks each wanted key against the
group's first page and splits a group whose keys differ. Forcing every key into one
group (an executor that groups by a constant) must give the same broken links and
orphans as the real join.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from contentlint.model.joins import Joins
from test_link_join import first_run, link_problems, write_site


class Colliding(Joins):
    """Every key in one hash group: the worst collisions the join can see."""

    def groups(self, keys: np.ndarray) -> list[np.ndarray]:
        return super().groups(np.zeros(len(keys), dtype=np.uint64))


class Halved(Joins):
    """Keys folded to a few bits: groups of several different URLs each."""

    def groups(self, keys: np.ndarray) -> list[np.ndarray]:
        return super().groups(keys % np.uint64(7))


def test_colliding_hashes_join_the_same_pages(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    broken, orphans = write_site(tmp_path, 60)
    engine, first = first_run(tmp_path)
    want = link_problems(engine, first.documents, Joins())
    assert {(p[1], p[4].split()[2].rstrip(":")) for p in want if p[0] == "L001"} == broken
    assert {p[1] for p in want if p[0] == "L002"} == orphans
    assert link_problems(engine, first.documents, Colliding()) == want
    assert link_problems(engine, first.documents, Halved()) == want


def test_key_groups_split_colliding_hashes() -> None:
    from contentlint.model.corpus import Corpus
    from contentlint.rules._shared.crossdoc import key_groups

    from tests.helpers import md

    titles = ["Alpha", "Beta", "Alpha", "Gamma", "Beta", "Alpha", "Delta"]
    docs = [md(f"---\ntitle: {t}\n---\n\nText {i}.", path=f"p{i}.md") for i, t in enumerate(titles)]

    def groups(joins: Joins) -> list[tuple[str, list[str]]]:
        found = key_groups(Corpus(docs, joins=joins), docs, lambda d: d.title)
        return [(k, [d.path for d in members]) for k, members in found]

    want = [("Alpha", ["p0.md", "p2.md", "p5.md"]), ("Beta", ["p1.md", "p4.md"])]
    assert groups(Joins()) == want
    assert groups(Colliding()) == want
    assert groups(Halved()) == want
