"""The map stage's fast paths give what the plain code gives (issue 18 speed work)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from contentlint.model.document import Block, Document, Link
from contentlint.model.settings import SourceSettings
from contentlint.signals import language
from contentlint.sources import base, files, frontmatter


def _resolve(url: str, hrefs: list[str]) -> list[tuple[str | None, bool | None]]:
    doc = Document(path="p.md", format="markdown", url=url)
    doc.links = [Link(h, "a", 1) for h in hrefs]
    doc.blocks = [Block("Some words of text.", 1, 1, "p")]
    base.finalize(doc, SourceSettings(base_url="https://example.com"), "en")
    return [(link.url, link.internal) for link in doc.links]


HREFS = [
    "https://example.com/a?b#c",
    "https://www.example.com/x",
    "https://other.org/y/../z",
    "http://other.org/",
    "https://other.org/page?",
    "http://other.org/page#",
    "https:///only/a/path",
    "https:relative",
    "https://\tother.org/tabbed",
    "https://[::1/broken",
    "../up",
]


@pytest.mark.parametrize(
    "url", ["https://example.com/docs/page/", "http://example.com/p", "ftp://example.com/f"]
)
def test_links_resolve_as_urljoin_alone_whatever_was_resolved_before(url: str) -> None:
    base._ABSOLUTE.clear()
    fresh = _resolve(url, HREFS)
    # Resolved again after pages with other bases filled the shared answers.
    _resolve("https://example.com/elsewhere/deep/", HREFS)
    _resolve("http://example.com/", HREFS)
    assert _resolve(url, HREFS) == fresh
    for href, (resolved, _) in zip(HREFS, fresh, strict=True):
        try:
            expected = urljoin(url, href)
        except ValueError:
            expected = None
        assert resolved == expected


def test_a_base_urljoin_refuses_resolves_nothing_even_when_shared() -> None:
    _resolve("https://example.com/", ["https://other.org/a"])
    assert _resolve("https://[::1/broken", ["https://other.org/a"]) == [(None, False)]


def test_language_guess_reads_the_same_sample_as_the_whole_text() -> None:
    doc = Document(path="p.md", format="markdown")
    words = "der die und ist nicht mit sich auf für das " * 40
    doc.blocks = [Block(words, i, i, "p") for i in range(1, 30)]
    doc.blocks.insert(3, Block("code code code", 4, 4, "code"))
    n = language.SAMPLE_CHARS
    assert base._leading_text(doc)[:n] == doc.text[:n]
    assert language.settle(None, base._leading_text(doc), "en") == "de"


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="libyaml not built in")
def test_front_matter_errors_are_the_pure_python_loaders() -> None:
    raw = "title: [unclosed\nauthor: x"
    with pytest.raises(yaml.MarkedYAMLError) as pure:
        yaml.load(raw, Loader=frontmatter._SafeLoader)
    with pytest.raises(frontmatter.FrontMatterError) as ours:
        frontmatter.split(f"---\n{raw}\n---\nBody\n")
    assert pure.value.problem is not None and pure.value.problem in str(ours.value)


def test_front_matter_duplicate_keys_still_refused() -> None:
    with pytest.raises(frontmatter.FrontMatterError, match="duplicate key"):
        frontmatter.split("---\ntitle: a\ntitle: b\n---\nBody\n")


def test_front_matter_values_as_before() -> None:
    text = "---\ntitle: T\ndate: 2024-01-02\ntags: [a, b]\nn: 3\n---\nBody\n"
    fm = frontmatter.split(text)
    assert fm.data == {"title": "T", "date": "2024-01-02", "tags": ["a", "b"], "n": 3}


def test_a_folder_is_walked_once_per_run_and_again_in_the_next(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n")
    selector = files.FileSelector(tmp_path)
    first = selector.discover([str(tmp_path)]).files
    (tmp_path / "b.md").write_text("# B\n")
    # The corpus discovery of the same run sees the same files ...
    assert selector.discover([str(tmp_path)]).files == first
    # ... and the next run sees the new one.
    selector.forget_walks()
    assert [p.name for p in selector.discover([str(tmp_path)]).files] == ["a.md", "b.md"]


#: Pieces the prose-view texts below are made of: identifiers, near-misses and glue.
_PIECES = [
    "abc1234",
    "deadbee",
    "0123456789abcdef0123",
    "Fix",
    "v1.2",
    "1.2.3",
    "2.0.0-beta.1",
    "1.5",
    "#12",
    "(#812)",
    "GH-9",
    "gh-9",
    "owner/repo#3",
    "x/y#",
    "@ana",
    "@",
    "@-x",
    "a@b.c",
    "&#38;",
    "by",
    "the",
    " ",
    " ",
    "\n",
    ".",
    "-",
    "/",
    "+rc",
    "v",
    "_",
]


def _prose_texts(n: int) -> list[str]:
    import random

    rnd = random.Random(18)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def test_prose_hints_are_in_every_match() -> None:
    """Each pattern's hint (prose.yml) is found inside each of its matches, so leaving a
    pattern out where its hint is missing loses nothing."""
    from contentlint.signals import prose

    p = prose._patterns()
    patterns = [(name, re.compile(src), hint) for name, src, hint in p.parts]
    patterns.append(("versions", p.versions, p.versions_hint))
    seen = 0
    for text in _prose_texts(3000):
        for _, rx, hint in patterns:
            for m in rx.finditer(text):
                seen += 1
                assert hint is None or hint.search(m.group()), (rx.pattern, m.group())
    assert seen > 1000


def test_prose_text_as_with_every_identifier_pattern() -> None:
    """`prose_text` and `is_commit_list` (hinted, one substitution) give what the full
    patterns give (findall, then sub)."""
    from contentlint.signals import prose

    p = prose._patterns()

    def plain(text: str) -> tuple[str, bool]:
        words, ids = len(text.split()), len(p.identifiers.findall(text))
        hashes = len(p.commit.findall(text))
        listing = ids >= p.min_ids and (
            ids * p.per_words >= words
            or (hashes >= p.min_ids and hashes * p.hash_per_words >= words)
        )
        if listing:
            return "", True
        return " ".join(p.versions.sub("", p.identifiers.sub("", text)).split()), False

    listings = 0
    for text in _prose_texts(3000):
        block = Block(text, 1, 1, "p")
        want, listing = plain(text)
        listings += listing
        assert prose.is_commit_list(block) == listing, text
        if prose._MAY_HOLD_IDS(text):
            assert prose.prose_text(block) == want, text
    assert listings > 100


@pytest.mark.parametrize(
    "content",
    [
        "</details>",
        "<blockquote>",
        '<div style="display: flex;" class="x">\n<div>\n</div>',
        "<br>\n<hr/>",
        "<p>\u00a0</p>",
        "<div>text</div>",
        '<div title="a>b">',
        "<a href='/x'></a>",
        "<img src=x.png>",
        "<IMAGE src=x.png>",
        "<h2> </h2><div>",
        "< div>",
        "<div>&nbsp;</div>",
        "<details><summary>More</summary></details>",
    ],
)
def test_tag_only_html_blocks_add_what_the_parse_adds(
    content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping the lxml parse of a block of bare tags adds exactly what the parse adds
    (nothing); blocks with text, links or images are parsed."""
    from contentlint.sources import markdown

    def run() -> tuple[list[Block], list[Link], list[object], list[object]]:
        doc = Document(path="p.md", format="markdown")
        markdown._html_block(content, 3, 5, doc, "p")
        return doc.blocks, doc.links, doc.images, doc.headings

    fast = run()
    monkeypatch.setattr(markdown, "_tags_only", lambda _: False)
    assert fast == run()
