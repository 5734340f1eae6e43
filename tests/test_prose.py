"""The prose view: lists, tables, code and commit lines stay out of sentence statistics."""

from __future__ import annotations

from contentlint.model.document import Block
from contentlint.signals import metrics
from contentlint.signals.prose import is_commit_list, prose_blocks, prose_text

from tests.helpers import check, html, md

#: 55 words in one sentence (T006's default maximum is 50).
LONG = (
    "The team looked at every build that ran in the last quarter and found that the slowest "
    "ones were waiting on a cache that was keyed on the modification time of the lock file, "
    "which changes on every checkout, so the cache never hit and every run downloaded the "
    "same packages again from the registry."
)
#: 40 words in one sentence: under the maximum on its own.
MEDIUM = " ".join(LONG.split()[:40]) + "."


def _page(body: str) -> str:
    return f'+++\ntitle = "Builds"\n+++\n\nBuilds were slow. We fixed them.\n\n{body}\n'


def test_long_list_item_and_table_row_are_not_sentences() -> None:
    item = md(_page(f"- {LONG}\n- Short item.\n"))
    row = md(_page(f"| change | note |\n|---|---|\n| cache | {LONG} |\n"))
    assert check("T006", item) == [] and check("T006", row) == []
    # The same words as a paragraph are a long sentence.
    [p] = check("T006", md(_page(LONG)))
    assert p.message.startswith("sentence of 55 words")


def test_inline_code_is_left_out_but_recorded_by_both_sources() -> None:
    code = "cargo build --release --target x86_64-unknown-linux-gnu -Z build-std=core,alloc"
    text = MEDIUM[:-1] + f" when we ran `{code}` on the runner and waited."
    doc = md(_page(text))
    [b] = [b for b in doc.blocks if b.text.startswith("The team")]
    assert b.code == (code,)
    assert check("T006", doc) == []  # 40 + 8 words of prose, the code does not count
    page = html(
        "<html><body><article><h1>Builds</h1>"
        f"<p>{MEDIUM[:-1]} when we ran <code>{code}</code> on the runner.</p>"
        "</article></body></html>"
    )
    [hb] = [b for b in page.blocks if b.text.startswith("The team")]
    assert hb.code == (code,)


def test_commit_lines_hashes_and_versions_are_not_prose() -> None:
    commits = "\n".join(
        f"{h} {msg} (#{n}) by @dev{n}"
        for h, msg, n in [
            ("3f2a9c1", "Fix the parser on tabs in long lines of the input file", 812),
            ("9be04d2", "Bump serde from one version to the next one that came out", 815),
            ("c0ffee7", "Document the new flag and the old flag and what both do now", 816),
            ("1a2b3c4", "Remove the deprecated option that nobody used for a long time", 820),
        ]
    )
    doc = md(_page(commits))
    [b] = [b for b in doc.blocks if "3f2a9c1" in b.text]
    assert is_commit_list(b)
    assert b not in [pb.block for pb in prose_blocks(doc)]
    assert check("T006", doc) == []
    assert metrics.value(doc, "sentence_count") == 2  # the intro only
    text = "Rust 1.80.0 and v2.3 ship the fix 3f2a9c1 for #812 that our 1.5 million users wanted."
    assert prose_text(Block(text, 1, 1)) == (
        "Rust and ship the fix for that our 1.5 million users wanted."
    )
    # A paragraph that mentions one pull request is still prose.
    assert not is_commit_list(Block(f"We fixed the bug in #812. {MEDIUM}", 1, 1))


def test_lines_stay_right_after_lists_code_and_tables() -> None:
    body = (
        "- one\n- two\n\n"  # lines 7-8
        "```\nfn main() {}\n```\n\n"  # lines 10-12
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"  # lines 14-16
        f"Intro with `code` here. {LONG}\n"  # line 18
    )
    doc = md(_page(body))
    [p] = check("T006", doc)
    assert (p.line, p.column) == (18, 25)
    assert p.subject == LONG


def test_filler_in_table_cells_and_commit_lists_is_not_reported() -> None:
    phrase = "In today's fast-paced digital landscape"
    table = md(_page(f"| a | b |\n|---|---|\n| {phrase} | x |\n"))
    commits = md(_page(f"3f2a9c1 {phrase} (#812) 9be04d2 fix (#815)\n"))
    para = md(_page(f"{phrase}, builds must be quick.\n"))
    assert check("T005", table) == [] and check("T005", commits) == []
    [p] = check("T005", para)
    assert p.line == 7
