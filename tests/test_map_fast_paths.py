"""The map stage's fast paths give what the plain code gives (issue 18 speed work)."""

from __future__ import annotations

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
