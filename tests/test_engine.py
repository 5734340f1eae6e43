"""The engine hands the corpus stage documents without the blocks no corpus rule reads.

Blocks (their text above all) are most of the memory a document holds in the corpus
stage, and corpus rules compare features. The blocks are dropped as documents arrive
from the workers; the few documents a rule still reads (the duplicate rules quote
template text in `--statistics`) get theirs back. Results must be those of a run that
keeps every block.
"""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path

import pytest
from contentlint.config.core import Config, Policy
from contentlint.engine import core as enginemod
from contentlint.engine.core import Engine, drop_blocks, prepare_corpus
from contentlint.model import registry
from contentlint.model.document import Block, Document
from contentlint.rules.duplication.fingerprints import template_holders
from helpers import md, write
from prose import article

HEADER = "Subscribe to the Acme newsletter for weekly tips on home repairs and gardening."
FOOTER = "Acme Home Services is a registered trademark. Prices include tax and may change."


def _site(root: Path) -> Path:
    files = {}
    for i in range(12):
        head, sep, rest = article(700 + i).partition("---\n\n")
        files[f"site/p{i:02}.md"] = f"{head}{sep}{HEADER}\n\n{rest}\n{FOOTER}\n"
    files["site/copy.md"] = article(700).replace("Article 700", "A copy")
    files["site/links.md"] = article(799) + "\n[gone](p99.md) and [here](p01.md#nowhere)\n"
    return write(root, files) / "site"


def _lint(site: Path, jobs: int) -> tuple[Engine, list]:
    cfg = Config(root=site)
    eng = Engine(cfg, Policy.from_config(cfg, select=["ALL"]), jobs=jobs)
    return eng, eng.lint_paths([str(site)])


def _seen(result) -> tuple:
    problems = sorted((p.path, p.code, p.line, p.message, p.subject) for p in result.problems)
    return problems, sorted(result.stats.items())


@pytest.mark.parametrize("jobs", [1, 2])
def test_corpus_stage_reads_blocks_only_where_a_rule_needs_them(tmp_path, monkeypatch, jobs):
    site = _site(tmp_path)
    reread: list[str] = []
    original = Engine._reread

    def spy(self: Engine, doc: Document) -> list[Block] | None:
        reread.append(doc.path)
        return original(self, doc)

    monkeypatch.setattr(Engine, "_reread", spy)
    _, slim = _lint(site, jobs)
    holders = [d.path for d in slim.documents if d.blocks]
    assert [Path(p).name for p in holders] == ["p00.md"]  # first page with the template
    assert "Subscribe to the Acme newsletter" in slim.stats["template"]
    assert {"D001", "L001"} <= {p.code for p in slim.problems}
    # Dropped as they arrived from the workers, so the quoted page was read again.
    assert reread == (holders if jobs > 1 else [])
    assert all(d.word_count > 0 for d in slim.documents if d.path.endswith(".md"))

    # A corpus rule that reads every document's blocks: nothing is dropped, same results.
    rule = registry.get_rule("L002")
    assert rule is not None
    monkeypatch.setitem(registry._RULES, "L002", dataclasses.replace(rule, needs_text=True))
    _, whole = _lint(site, jobs)
    assert all(d.blocks for d in whole.documents)
    assert _seen(whole) == _seen(slim)


def test_documents_linted_in_memory_keep_only_the_blocks_read(tmp_path, monkeypatch):
    """Crawled and archived pages have no file to read again: their blocks are dropped
    as they are linted and the ones a rule wants come back from a compressed copy."""
    site = _site(tmp_path)
    cfg = Config(root=site)

    def lint() -> tuple[Engine, object]:
        docs = [md(p.read_text(), path=f"site/{p.name}") for p in sorted(site.glob("*.md"))]
        eng = Engine(cfg, Policy.from_config(cfg, select=["D", "K", "L"]), jobs=1)
        return eng, eng.lint_documents(docs)

    reread: list[tuple[str, int]] = []
    original = Engine._reread

    def spy(self: Engine, doc: Document) -> list[Block] | None:
        blocks = original(self, doc)
        reread.append((doc.path, len(blocks or [])))
        return blocks

    monkeypatch.setattr(Engine, "_reread", spy)
    eng, result = lint()
    assert [d.path for d in result.documents if d.blocks] == ["site/p00.md"]
    assert [p for p, n in reread if n] == ["site/p00.md"]
    assert "Subscribe to the Acme newsletter" in result.stats["template"]
    assert not eng.dropped  # the copies are gone with the corpus stage

    rule = registry.get_rule("L002")
    assert rule is not None
    monkeypatch.setitem(registry._RULES, "L002", dataclasses.replace(rule, needs_text=True))
    _, whole = lint()
    assert all(d.blocks for d in whole.documents)
    assert _seen(whole) == _seen(result)


def test_a_document_missing_a_feature_keeps_its_blocks():
    cfg = Config()
    policy = Policy.from_config(cfg, select=["D001"])
    doc = md(article(1), path="content/a.md")
    enginemod.compute_features(doc, policy)
    broken = md(article(2), path="content/b.md")  # its feature "crashed"
    assert drop_blocks(doc, policy) and not doc.blocks
    assert doc.metrics["word_count"] > 0
    assert not drop_blocks(broken, policy) and broken.blocks
    # Nothing is dropped when no corpus rule runs.
    other = md(article(3), path="content/c.md")
    enginemod.compute_features(other, policy)
    prepare_corpus([other], Policy.from_config(cfg, select=["T001"]))
    assert other.blocks


def test_builtin_corpus_rules_say_which_blocks_they_read():
    """Every built-in corpus rule declares it: one that read every document's blocks
    would keep them all in memory for the whole corpus stage."""
    for r in registry.builtin_rules():
        if r.scope == "corpus":
            assert r.needs_text is False or r.needs_text is template_holders, r.code


def test_without_a_cache_the_workers_encoded_outputs_are_not_kept(tmp_path):
    """The stored form keeps every block: only the cache needs it, so a run without one
    drops it as each output arrives instead of holding it to the end of the map."""
    site = _site(tmp_path)
    cfg = Config(root=site)
    eng = Engine(cfg, Policy.from_config(cfg, select=["ALL"]), jobs=2)
    tasks = [(str(p), str(p), p.name) for p in sorted(site.glob("*.md"))]
    assert len(tasks) >= 8  # enough work for the worker pool
    kept = eng.process_encoded(tasks)
    assert all(isinstance(blob, bytes) for _, blob in kept)
    dropped = eng.process_encoded(tasks, keep_encoded=False)
    assert all(blob is None for _, blob in dropped)
    assert [o[0].path for o, _ in dropped] == [o[0].path for o, _ in kept]


def test_heap_is_returned_after_each_corpus_rule(tmp_path, monkeypatch):
    """Each rule's temporary arrays are given back before the next rule adds its own."""
    site = _site(tmp_path)
    calls: list[int] = []
    ran: list[str] = []
    monkeypatch.setattr(enginemod, "release_memory", lambda: calls.append(len(ran)))
    settle = enginemod.settle_before_stage
    monkeypatch.setattr(
        enginemod, "settle_before_stage", lambda: (calls.append(len(ran)), settle())
    )
    for r in enginemod.corpus_rules(Policy.from_config(Config(root=site), select=["ALL"])):
        monkeypatch.setitem(
            registry._RULES, r.code, dataclasses.replace(r, check=_recording(r, ran))
        )
    _lint(site, 1)
    assert ran
    # Once before the stage, then once after each rule.
    assert calls == list(range(len(ran) + 1))


def test_documents_are_left_out_of_collections_during_the_stage(tmp_path, monkeypatch):
    """The stage's full collections would walk every document again (2 s of a 17 s stage
    at 100k): they are frozen once the map is done, and thawed when the run ends."""
    site = _site(tmp_path)
    visible: list[int] = []
    for r in enginemod.corpus_rules(Policy.from_config(Config(root=site), select=["ALL"])):

        def check(corpus, opts, r=r):
            # frozen objects are in no generation gc.get_objects() lists
            visible.append(sum(isinstance(o, Document) for o in gc.get_objects()))
            return r.check(corpus, opts)

        monkeypatch.setitem(registry._RULES, r.code, dataclasses.replace(r, check=check))
    gc.unfreeze()
    _lint(site, 1)
    assert visible and max(visible) == 0
    assert gc.get_freeze_count() == 0


def _recording(r: registry.Rule, ran: list[str]):
    def check(corpus, opts):
        ran.append(r.code)
        return r.check(corpus, opts)

    return check
