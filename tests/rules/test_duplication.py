"""D rules: exact and near copies, template awareness, doorway pages, copied passages,
duplicate titles, descriptions and H1s."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from contentlint.model import text as textmod
from contentlint.model.corpus import Corpus
from contentlint.model.document import Block, Document
from contentlint.rules.duplication import fingerprints
from contentlint.signals import similarity as sim
from helpers import check, codes, html, md, run, write
from prose import article, mutate, paragraph

# ----- site template ------------------------------------------------------------------

HEADER = "Subscribe to the Acme newsletter for weekly tips on home repairs and gardening."
FOOTER = (
    "Acme Home Services is a registered trademark. Prices shown include tax and may change "
    "without notice. Call us today for a free quote from a licensed professional near you."
)


def templated(seed: int, paragraphs: int = 4, title: str | None = None) -> str:
    body = article(seed, paragraphs, title=title)
    head, sep, rest = body.partition("---\n\n")
    return f"{head}{sep}{HEADER}\n\n{rest}\n{FOOTER}\n"


def docs_from(files: dict[str, str]) -> list:
    return [md(text, path=path) for path, text in files.items()]


# ----- D001 duplicate-content -----------------------------------------------------------


def test_d001_identical_main_text_is_reported_on_both_copies():
    text = article(1)
    docs = docs_from(
        {
            "content/a.md": text,
            "content/b.md": text.replace("Article 1", "Another title"),
            "content/c.md": article(2),
        }
    )
    found = check("D001", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    a = next(p for p in found if p.path == "content/a.md")
    assert [r.path for r in a.related] == ["content/b.md"]
    assert a.subject == "content/b.md"
    assert a.severity is not None and str(a.severity) == "error"


def test_d001_ignores_case_whitespace_and_punctuation():
    text = article(3)
    shouty = text.replace("---\n\n", "---\n\n", 1)
    head, sep, body = shouty.partition("---\n\n")
    shouty = head + sep + body.upper().replace(".", " !")
    found = check("D001", docs_from({"content/a.md": text, "content/b.md": shouty}))
    assert len(found) == 2


def test_d001_distinct_pages_pass():
    assert check("D001", docs_from({"content/a.md": article(1), "content/b.md": article(2)})) == []


def test_d001_canonicalised_copy_is_not_a_duplicate_of_its_target():
    text = article(4)
    copy = text.replace("title: Article 4", "title: Copy\ncanonical: /a/")
    docs = docs_from({"content/a.md": text, "content/b.md": copy})
    assert check("D001", docs) == []


def test_d001_cluster_with_one_canonicalised_member_still_reports_the_others():
    text = article(5)
    docs = docs_from(
        {
            "content/a.md": text,
            "content/b.md": text.replace("title: Article 5", "title: B\ncanonical: /a/"),
            "content/c.md": text.replace("title: Article 5", "title: C"),
        }
    )
    found = check("D001", docs)
    # b points at a: b is not reported. a and c have no canonical between them.
    assert sorted(p.path for p in found) == ["content/a.md", "content/c.md"]
    c = next(p for p in found if p.path == "content/c.md")
    # b is a consolidated copy of a: c is told about the page that is indexed.
    assert {r.path for r in c.related} == {"content/a.md"}


def test_d001_drafts_and_noindex_pages_are_not_compared():
    text = article(6)
    docs = docs_from(
        {"content/a.md": text, "content/b.md": text.replace("---\n\n", "draft: true\n---\n\n", 1)}
    )
    assert check("D001", docs) == []


# ----- D002 near-duplicate --------------------------------------------------------------


def test_d002_near_copy_is_reported_with_similarity():
    text = article(10, paragraphs=6)
    near = mutate(text, every=120)  # one word in 120 changed: about 0.92 Jaccard
    docs = docs_from({"content/a.md": text, "content/b.md": near, "content/c.md": article(11)})
    found = check("D002", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    p = found[0]
    assert p.related[0].message.endswith("% similar")
    pct = int(p.related[0].message.split("%")[0])
    assert 90 <= pct < 100
    assert "near-duplicate of" in p.message


def test_d002_threshold_is_configurable():
    text = article(10, paragraphs=6)
    near = mutate(text, every=120)
    docs = docs_from({"content/a.md": text, "content/b.md": near})
    assert check("D002", docs, threshold=0.99) == []


def test_d002_rewritten_page_passes():
    text = article(12, paragraphs=6)
    rewritten = mutate(text, every=8)  # heavy edit: well under 0.9
    assert check("D002", docs_from({"content/a.md": text, "content/b.md": rewritten})) == []


def test_d002_exact_copies_are_left_to_d001_but_near_copies_of_them_are_reported():
    text = article(13, paragraphs=6)
    docs = docs_from(
        {
            "content/a.md": text,
            "content/b.md": text,
            "content/c.md": mutate(text, every=150),
        }
    )
    found = check("D002", docs)
    c = next(p for p in found if p.path == "content/c.md")
    assert {r.path for r in c.related} == {"content/a.md", "content/b.md"}


def test_d002_near_copy_with_canonical_passes():
    text = article(14, paragraphs=6)
    near = mutate(text, every=150).replace("title: Article 14", "title: X\ncanonical: /a/")
    assert check("D002", docs_from({"content/a.md": text, "content/b.md": near})) == []


# ----- site template -------------------------------------------------------------------


def test_template_only_overlap_is_never_a_duplicate():
    # Short distinct articles wrapped in the same header and footer: without template
    # awareness the shared text would dominate their similarity.
    files = {f"content/p{i}.md": templated(100 + i, paragraphs=1) for i in range(8)}
    docs = docs_from(files)
    for code in ("D001", "D002", "D003", "D007"):
        assert check(code, docs) == [], code


def test_template_is_left_out_and_reported_in_statistics():
    files = {f"content/p{i}.md": templated(200 + i) for i in range(6)}
    corpus = Corpus(docs_from(files))
    a = fingerprints.analysis(corpus)
    assert all(t[0] and t[-1] and not t[1:-1].any() for t in a.template)
    assert "2 repeated blocks in 6 documents" in corpus.stats["template"]
    assert "Subscribe to the Acme newsletter" in corpus.stats["template"]


def test_same_body_under_template_is_still_an_exact_copy():
    files = {f"content/p{i}.md": templated(300 + i) for i in range(6)}
    body = article(300)
    files["content/plain-copy.md"] = body  # no template at all
    found = check("D001", docs_from(files))
    assert sorted(p.path for p in found) == ["content/p0.md", "content/plain-copy.md"]


def test_text_that_is_most_of_many_pages_is_not_template():
    # The same paragraphs make up most of every page: not template, but duplicates.
    shared = paragraph(7) + "\n\n" + paragraph(8)
    notes = ["apples", "pears", "plums", "grapes", "lemons", "melons"]
    files = {
        f"content/p{i}.md": f"---\ntitle: Page {i}\n---\n\n{shared}\n\nA short note on {n}.\n"
        for i, n in enumerate(notes)
    }
    found = check("D002", docs_from(files))
    assert len(found) == 6


PAGE = """
    <html><head><title>{title}</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/about/">About us</a>
    <a href="/contact/">Contact</a></nav>
    <p>Acme Home Services: trusted plumbers, electricians and roofers since 1998.</p></header>
    <main><article><h1>{title}</h1>{body}</article></main>
    <footer><p>{footer}</p><p>Copyright Acme Home Services. All rights reserved.</p></footer>
    </body></html>
"""


def test_html_pages_sharing_navigation_and_footer_are_not_duplicates():
    docs = [
        html(
            PAGE.format(
                title=f"Guide {i}",
                body="".join(f"<p>{paragraph(700 + i * 10 + j, 3)}</p>" for j in range(3)),
                footer=FOOTER,
            ),
            path=f"site/guide-{i}.html",
            url=f"https://acme.example/guide-{i}.html",
        )
        for i in range(6)
    ]
    for code in ("D001", "D002", "D003", "D007"):
        assert check(code, docs) == [], code


# ----- D007 doorway-pages ----------------------------------------------------------------

CITIES = ["Leeds", "York", "Hull", "Bradford", "Sheffield", "Wakefield", "Harrogate"]
DOORWAY = """---
title: Emergency plumber in {city}
---

Looking for an emergency plumber in {city}? Our team covers every part of {city} and
the surrounding villages, day and night, with no call-out charge at weekends.

Burst pipes, blocked drains and broken boilers are fixed the same day. Every engineer
we send to {city} is gas safe registered and carries common spare parts in the van.

Customers in {city} rate us highly for fair prices and tidy work. We explain the job
before we start, give a fixed price, and guarantee the repair for twelve months.

Call today and a local engineer will be with you within the hour, wherever you are in
{city}. We also handle landlord safety certificates and annual boiler servicing.
"""


def test_d007_doorway_cluster_is_reported_on_every_member():
    files = {f"content/plumber-{c.lower()}.md": DOORWAY.format(city=c) for c in CITIES}
    files["content/other.md"] = article(40)
    docs = docs_from(files)
    found = check("D007", docs)
    assert len(found) == len(CITIES)
    assert "content/other.md" not in {p.path for p in found}
    p = found[0]
    assert f"one of {len(CITIES)} pages" in p.message
    assert "Leeds" in p.message and "York" in p.message
    assert 1 <= len(p.related) <= 5
    # The same pages are not also reported as near-duplicates.
    assert check("D002", docs) == []


def test_d007_reports_doorways_classified_as_landing_pages():
    """City pages are landing pages, not articles; they are still doorways."""
    files = {f"content/plumber-{c.lower()}.md": DOORWAY.format(city=c) for c in CITIES}
    docs = docs_from(files)
    for d in docs:
        d.kind = "landing"
    assert len(check("D007", docs)) == len(CITIES)
    for d in docs:
        d.kind = "reference"
    assert check("D007", docs) == []


def test_d007_needs_min_cluster_pages():
    files = {f"content/plumber-{c.lower()}.md": DOORWAY.format(city=c) for c in CITIES[:3]}
    docs = docs_from(files)
    assert check("D007", docs) == []
    assert len(check("D007", docs, min_cluster=3)) == 3


def test_d007_series_that_differ_in_content_pass():
    files = {
        f"content/release-{i}.md": f"---\ntitle: Release 1.{i}\n---\n\n"
        f"Version 1.{i} is out. {paragraph(500 + i)}\n\n{paragraph(600 + i)}\n"
        for i in range(8)
    }
    docs = docs_from(files)
    assert check("D007", docs) == []
    assert check("D002", docs) == []


# ----- D003 copied-passage -----------------------------------------------------------------

PASSAGE = paragraph(77, sentences=6)  # about 72 words


def test_d003_copied_passage_is_reported_in_both_documents_with_lines():
    a = article(50, paragraphs=4)
    b = article(51, paragraphs=4)
    a = a + "\n" + PASSAGE + "\n"
    head, sep, rest = b.partition("---\n\n")
    b = head + sep + rest.replace("\n\n", "\n\n" + PASSAGE + "\n\n", 1)
    docs = docs_from({"content/a.md": a, "content/b.md": b, "content/c.md": article(52)})
    found = check("D003", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    pa = next(p for p in found if p.path == "content/a.md")
    pb = next(p for p in found if p.path == "content/b.md")
    a_line = a.split("\n").index(PASSAGE) + 1
    b_line = b.split("\n").index(PASSAGE) + 1
    assert pa.line == a_line and pb.line == b_line
    assert pa.related[0].path == "content/b.md" and pa.related[0].line == b_line
    assert "passage of about" in pa.message
    assert pa.subject.startswith("content/b.md#")


def test_d003_with_reported_files_gives_their_findings_of_a_full_run():
    """Pre-commit reports only the changed files; pairs between other pages are not
    verified, and the changed files' findings are those of a full run."""
    from contentlint.model.registry import Options, get_rule

    files = {}
    for n in range(4):
        body = article(60 + n, paragraphs=4)
        # a, b, c share the passage; d shares nothing
        files[f"content/{'abcd'[n]}.md"] = body + ("\n" + PASSAGE + "\n" if n < 3 else "")
    rule = get_rule("D003")
    opts = Options(rule.defaults)

    def run_on(reported):
        docs = docs_from(files)
        found = rule.check(Corpus(docs, reported=reported), opts)
        return sorted((p.path, p.line, p.message) for p in found)

    full = run_on(None)
    assert {p[0] for p in full} == {"content/a.md", "content/b.md", "content/c.md"}
    for changed in ("content/a.md", "content/d.md"):
        assert run_on(frozenset({changed})) == [p for p in full if p[0] == changed]
    from contentlint.rules.duplication.passages import find_passages

    a = fingerprints.analysis(Corpus(docs_from(files)))
    only_d = np.array([d.path == "content/d.md" for d in a.docs])
    assert find_passages(a, 40, 0.3) and find_passages(a, 40, 0.3, only_d) == []


def test_d003_short_shared_sentence_passes():
    quote = paragraph(78, sentences=2)  # about 24 words
    a = article(53) + "\n" + quote + "\n"
    b = article(54) + "\n" + quote + "\n"
    assert check("D003", docs_from({"content/a.md": a, "content/b.md": b})) == []


def test_d003_shorter_passages_adding_up_to_a_share_of_the_page():
    parts = [paragraph(90 + i, sentences=2) for i in range(3)]  # 3 x ~24 words
    fill_a = [paragraph(95 + i, sentences=1) for i in range(3)]
    fill_b = [paragraph(98 + i, sentences=3) for i in range(3)]
    a = "---\ntitle: A\n---\n\n" + "\n\n".join(
        x for p in zip(parts, fill_a, strict=True) for x in p
    )
    b = "---\ntitle: B\n---\n\n" + "\n\n".join(
        x for p in zip(fill_b, parts, strict=True) for x in p
    )
    found = check("D003", docs_from({"content/a.md": a, "content/b.md": b}))
    pa = [p for p in found if p.path == "content/a.md"]
    assert len(pa) == 1 and "of this page's text" in pa[0].message
    assert check("D003", docs_from({"content/a.md": a, "content/b.md": b}), min_share=0.9) == []


def test_d003_passage_copied_from_canonical_target_passes():
    a = article(56) + "\n" + PASSAGE + "\n"
    b = article(57).replace("title: Article 57", "title: B\ncanonical: /a/") + "\n" + PASSAGE
    assert check("D003", docs_from({"content/a.md": a, "content/b.md": b})) == []


# ----- D004 / D005 / D006 -------------------------------------------------------------------


def test_d004_duplicate_titles():
    docs = docs_from(
        {
            "content/a.md": article(60, title="Weekly meeting notes"),
            "content/b.md": article(61, title="Weekly Meeting Notes!"),
            "content/c.md": article(62, title="Meeting notes, 3 May"),
        }
    )
    found = check("D004", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    assert found[0].related[0].path in ("content/a.md", "content/b.md")


def test_d005_duplicate_descriptions_point_at_the_description_line():
    desc = "Everything you need to know about our product."
    docs = docs_from(
        {
            "content/a.md": article(63, description=desc),
            "content/b.md": article(64, description=desc),
            "content/c.md": article(65, description="Something else."),
        }
    )
    found = check("D005", docs)
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    assert found[0].line == 3 and found[0].related[0].line == 3


def test_d006_duplicate_h1_in_body_but_not_the_rendered_title():
    a = "---\ntitle: One\n---\n\n# Getting started\n\n" + paragraph(1) + "\n"
    b = "---\ntitle: Two\n---\n\n# Getting Started\n\n" + paragraph(2) + "\n"
    c = article(66, title="Getting started")  # the title, rendered as H1: D004's business
    found = check("D006", docs_from({"content/a.md": a, "content/b.md": b, "content/c.md": c}))
    assert sorted(p.path for p in found) == ["content/a.md", "content/b.md"]
    assert found[0].line == 5


# ----- through the command line ----------------------------------------------------------------


def test_cli_reports_only_paths_given_but_compares_with_the_corpus(tmp_path):
    text = article(70)
    write(
        tmp_path,
        {
            "content/new.md": text,
            "content/old.md": text.replace("Article 70", "Old"),
            "content/other.md": article(71),
        },
    )
    result = run(
        "check", "content/new.md", "--corpus", "content", "--select", "D001", "--output-format",
        "json", "--no-cache",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    problems = data["problems"] if isinstance(data, dict) else data
    assert [p["path"] for p in problems] == ["content/new.md"]
    assert problems[0]["code"] == "D001"
    # Without the corpus, there is nothing to compare with.
    result = run("check", "content/new.md", "--corpus", "content/new.md", "--select", "D001")
    assert result.exit_code == 0, result.output


def test_cli_statistics_show_template_left_out(tmp_path):
    write(tmp_path, {f"site/p{i}.md": templated(400 + i) for i in range(6)})
    result = run("check", "site", "--select", "D", "--statistics", "--no-cache")
    assert "template: 2 repeated blocks in 6 documents" in result.output


def test_fixture_site(fixtures, monkeypatch):
    monkeypatch.chdir(fixtures / "dupes")
    result = run("check", ".", "--select", "D,K", "--output-format", "json", "--no-cache")
    data = json.loads(result.output)
    problems = data["problems"] if isinstance(data, dict) else data
    got = {(p["code"], p["path"]) for p in problems}
    assert ("D001", "content/posts/ci-speed.md") in got
    assert ("D001", "content/guides/faster-ci.md") in got
    assert not any(p["path"] == "content/posts/ci-speed-amp.md" for p in problems)
    assert {p["path"] for p in problems if p["code"] == "D007"} == {
        f"content/locations/plumber-{c}.md"
        for c in ("leeds", "york", "hull", "bradford", "sheffield")
    }
    # The six release notes share a template: one information problem for all of them.
    [template] = [p for p in problems if p["code"] == "D003" and p["severity"] == "info"]
    assert template["path"] == "content/releases/release-1.1.md"
    assert template["message"].startswith("6 release notes share a template")
    assert len(template["related"]) == 5
    assert not any(c == "D002" and "release" in p for c, p in got)
    assert codes([]) == []


# ----- the record: fast forms give the plain definitions' values --------------------------

_PIECES = [
    *"abcXYZ019_'’.-,;:!?…。！？\"“‘()[]*`~ \n\t\x00",
    *"你好éÉİıſKΣßẞ①😀",
    "The", "the", "I", "Paris", "iPhone", "2024", "v1.2", "e.g.", "Dr.", "don't",
    "snake_case", "state-of-the-art", ". Next", '." Then', "(Berlin)", "**Bold**", "_x_",
    "東京", "Ünïcode", "ÉCOLE",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    parts = [rng.choice(_PIECES) for _ in range(rng.randint(0, 30))]
    return "".join(p + (" " if rng.random() < 0.4 else "") for p in parts)


def _random_doc(rng: random.Random) -> Document:
    kinds = ["p", "p", "li", "heading", "quote", "code", "table"]
    doc = Document(path="content/x.md", format="markdown")
    for i in range(rng.randint(0, 12)):
        doc.blocks.append(Block(_random_text(rng), i * 2 + 1, i * 2 + 2, rng.choice(kinds), 2))
    return doc


def _plain_minhash(sh: np.ndarray, num_perm: int = 128) -> np.ndarray:
    sig = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(sh) == 0:
        return sig
    a, b = sim._perms(num_perm)
    x = np.unique(sh).astype(np.uint64)
    with np.errstate(over="ignore"):
        v = ((a * x[None, :] + b) >> np.uint64(32)).astype(np.uint32)
    return np.minimum(sig, v.min(axis=1))


def _plain_winnow(sh: np.ndarray, w: int) -> np.ndarray:
    n = len(sh)
    if n == 0:
        return np.empty(0, dtype=np.int32)
    if n <= w:
        return np.array([int(np.argmin(sh))], dtype=np.int32)
    windows = np.lib.stride_tricks.sliding_window_view(sh, w)
    return np.unique(np.arange(n - w + 1) + windows.argmin(axis=1)).astype(np.int32)


def _plain_record(doc: Document, k: int, w: int) -> fingerprints.DupRecord:
    """The record block by block, from the plain per-block definitions."""
    bh, bm, bw, bl, so = [], [], [], [], [0]
    parts, masked = [], []
    slot_words: dict[str, None] = {}
    slot_hash = sim.stable_hash64("\x00slot")
    for b in doc.blocks:
        if b.kind not in fingerprints._BLOCK_KINDS:
            continue
        toks, slots = sim.tokens_with_slots(b.text)
        if not toks:
            continue
        th = sim.token_hashes(toks)
        mth = th.copy()
        mth[np.array(slots, dtype=bool)] = slot_hash
        for tok, is_slot in zip(sim._TOKEN_RE.findall(b.text), slots, strict=True):
            if is_slot and len(slot_words) < 16:
                slot_words.setdefault(tok, None)
        sh = sim.shingle_hashes(th, k)
        parts.append(sh)
        masked.append(sim.shingle_hashes(mth, k))
        bh.append(sim.stable_hash64(textmod.normalize(b.text)))
        masked_toks = ("\x00" if f else t for t, f in zip(toks, slots, strict=True))
        bm.append(sim.stable_hash64(" ".join(masked_toks)))
        bw.append(len(toks))
        bl.append((b.line, b.end_line))
        so.append(so[-1] + len(sh))
    sh_all = np.concatenate(parts) if parts else np.empty(0, dtype=np.uint32)
    return fingerprints.DupRecord(
        k=k,
        bh=np.array(bh, dtype=np.uint64),
        bm=np.array(bm, dtype=np.uint64),
        bw=np.array(bw, dtype=np.uint32),
        bl=np.array(bl, dtype=np.int32).reshape(-1, 2),
        so=np.array(so, dtype=np.int32),
        sh=sh_all,
        mm=_plain_minhash(np.concatenate(masked) if masked else sh_all),
        wp=_plain_winnow(sh_all, w),
        slots=tuple(slot_words),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_record_is_the_plain_per_block_definition(seed: int) -> None:
    """Tokens, slots (sentence starts across quotes and markup), shingles of short and
    long blocks, MinHash and winnowing: the one-pass record equals the block-by-block one."""
    rng = random.Random(seed)
    for _ in range(150):
        doc = _random_doc(rng)
        for k, w in ((5, 15), (1, 4), (3, 1), (8, 30)):
            fast = fingerprints.build_record(doc, k, w)
            plain = _plain_record(doc, k, w)
            assert fast.__getstate__()[:4] == plain.__getstate__()[:4]
            assert fast.data.tobytes() == plain.data.tobytes(), [b.text for b in doc.blocks]
            assert fast.slots == plain.slots
        doc.memo = {}


def test_block_tokens_flag_slots_as_the_plain_definition() -> None:
    rng = random.Random(7)
    texts = [_random_text(rng) for _ in range(3000)]
    bt = sim.BlockTokens([sim.split_tokens(t) for t in texts])
    at = 0
    for i, text in enumerate(texts):
        toks, slots = sim.tokens_with_slots(text)
        if not toks:
            assert i not in bt.kept
            continue
        n = len(toks)
        assert [t.casefold() for t in bt.raw[at : at + n]] == toks
        assert bt.slots[at : at + n].tolist() == slots, text
        assert bt.hashes[at : at + n].tolist() == sim.token_hashes(toks).tolist()
        at += n
    assert at == len(bt)


def test_minhash_and_winnow_are_their_plain_definitions() -> None:
    rng = np.random.default_rng(3)
    for _ in range(300):
        n = int(rng.integers(0, 3000))
        sh = rng.integers(0, int(rng.choice([4, 1000, 2**32])), size=n).astype(np.uint32)
        assert (sim.minhash(sh) == _plain_minhash(sh)).all()
        for w in (1, 4, 15):
            assert sim.winnow(sh, w).tolist() == _plain_winnow(sh, w).tolist()


def test_template_holders_are_the_documents_the_statistics_quote() -> None:
    files = {f"content/p{i}.md": templated(500 + i) for i in range(7)}
    files["content/zz.md"] = article(599)
    docs = docs_from(files)
    for d in docs:
        d.features["dup"] = fingerprints.build_record(d)
    holders = fingerprints.template_holders(docs)
    assert [d.path for d in holders] == ["content/p0.md"]  # first of both template blocks
    corpus = Corpus(docs)
    fingerprints.analysis(corpus)
    assert "Subscribe to the Acme newsletter" in corpus.stats["template"]
    # A record to rebuild from the blocks (another shingle size): every page keeps them.
    docs[3].features["dup"] = fingerprints.build_record(docs[3], 3)
    assert len(fingerprints.template_holders(docs)) == len(docs)


# ----- release templates and neutral slots (issue 16) --------------------------------------

RELEASE = """---
title: Acme {v} released
date: 2024-{m:02d}-{d:02d}
---

The Acme team is happy to announce Acme {v}. If you have a previous version installed,
getting Acme {v} is as easy as running the updater; otherwise get it from the website.

## What's in {v}

{body}

## Thanks

Many people came together to create Acme {v}. We could not have done it without all of
you, and we thank everyone who reported bugs and tested the release candidates.
"""


def releases(n: int) -> dict[str, str]:
    return {
        f"content/releases/acme-2-{i}-0.md": RELEASE.format(
            v=f"2.{i}.0", m=i % 12 + 1, d=i % 27 + 1, body=paragraph(900 + i)
        )
        for i in range(n)
    }


def test_release_notes_sharing_a_template_get_one_info_finding():
    docs = docs_from(releases(9) | {"content/other.md": article(41)})
    assert all(d.kind == "release-note" for d in docs if "releases/" in d.path)
    [p] = check("D003", docs)
    assert str(p.severity) == "info"
    assert p.path == "content/releases/acme-2-0-0.md"
    # The intro and the thanks paragraph; the body of each note is its own.
    assert p.message.startswith(
        "9 release notes share a template (2 repeated blocks, about 62 words"
    )
    assert {r.path for r in p.related} == {d.path for d in docs if "acme-2-" in d.path} - {p.path}
    for code in ("D001", "D002", "D007"):
        assert check(code, docs) == [], code


def test_two_release_notes_are_not_a_template():
    assert check("D003", docs_from(releases(2))) == []


ANNOUNCEMENT = """---
title: Pre-release testing
---

The {v} pre-release is ready for testing. The release is scheduled for this {day},
{month} {n}th. Release notes can be found on the website, with every change listed.

You can try it out locally by running the updater against the staging server, which
serves the {v} builds from {stamp} until the release goes out to everyone.

The release team would love your feedback on the internals forum, in the thread for
this release, and on the tracker where we discuss the pre-release process itself.
"""


def test_d007_pages_differing_only_in_versions_and_dates_are_not_doorways():
    days = ["Monday", "Tuesday", "Thursday", "Friday", "Monday", "Thursday", "Tuesday"]
    months = ["April", "May", "June", "July", "August", "September", "October"]
    files = {
        f"content/posts/pre-{i}.md": ANNOUNCEMENT.format(
            v=f"1.{60 + i}.0", day=days[i], month=months[i], n=4 + i, stamp=f"2022-0{i + 1}-04"
        )
        for i in range(7)
    }
    docs = docs_from(files)
    assert all(d.kind == "article" for d in docs)
    assert check("D007", docs) == []
    # A place swapped in the same text is still a doorway.
    cities = {
        f"content/posts/pre-{c.lower()}.md": ANNOUNCEMENT.format(
            v="1.60.0", day="Monday", month="April", n=4, stamp="2022-04-04"
        ).replace("staging server", f"staging server in {c}")
        for c in CITIES
    }
    assert len(check("D007", docs_from(cities))) == len(CITIES)
