"""Which pages get which per-document records (`@feature` "dup" and "topic")."""

from __future__ import annotations

from contentlint.rules.duplication import fingerprints
from contentlint.rules.keywords import topics

from tests.helpers import md, words

BODY = "\n\n".join(
    f"Paragraph {i} about Rust {i}.{i} in Berlin: {words(40, start=i * 7)}." for i in range(6)
)


def page(kind: str | None, extra: str = "") -> str:
    front = f"kind: {kind}\n" if kind else ""
    return f"---\ntitle: Shipping faster builds\n{front}{extra}---\n\n## Why\n\n{BODY}\n"


def test_compared_pages_get_the_full_record_and_a_topic() -> None:
    doc = md(page("article"), "content/a.md")
    rec = fingerprints.dup_feature(doc, {})
    assert isinstance(rec, fingerprints.DupRecord)
    assert rec.k == fingerprints.SHINGLE_SIZE and rec.ns > 0 and rec.nw > 0
    full = fingerprints.build_record(doc)
    assert rec.data.tobytes() == full.data.tobytes() and rec.slots == full.slots
    assert isinstance(topics.topic_feature(doc, {}), topics.Topic)


def test_release_notes_get_block_hashes_only() -> None:
    doc = md(page("release-note"), "content/r.md")
    rec = fingerprints.dup_feature(doc, {})
    full = fingerprints.build_record(doc)
    assert isinstance(rec, fingerprints.DupRecord) and rec.k == fingerprints.BLOCKS_ONLY
    assert rec.ns == 0 and rec.nw == 0 and rec.nb == full.nb > 1
    for field in ("bh", "bm", "bw", "bl"):
        assert getattr(rec, field).tolist() == getattr(full, field).tolist(), field
    # The release template rule reads it as it is; no page of it is compared.
    doc.features["dup"] = rec
    assert fingerprints.record_of(doc) is rec
    assert topics.topic_feature(doc, {}) is None


def test_a_compared_page_never_uses_a_blocks_only_record() -> None:
    doc = md(page("article"), "content/a.md")
    doc.features["dup"] = fingerprints.build_record(doc, fingerprints.BLOCKS_ONLY)
    rec = fingerprints.record_of(doc)
    assert rec.k == fingerprints.SHINGLE_SIZE and rec.ns > 0


def test_pages_no_corpus_rule_compares_get_no_record() -> None:
    for text in (page("listing"), page("legal"), page("article", "draft: true\n")):
        doc = md(text, "content/x.md")
        assert fingerprints.dup_feature(doc, {}) is None
        assert topics.topic_feature(doc, {}) is None
    landing = md(page("landing"), "content/l.md")
    assert isinstance(fingerprints.dup_feature(landing, {}), fingerprints.DupRecord)
    assert topics.topic_feature(landing, {}) is None
