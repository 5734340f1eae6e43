"""Page kinds (issue 16): path, front matter, title and structure."""

from __future__ import annotations

import pytest
from contentlint.model.document import Document
from contentlint.signals import kinds


def _doc(path: str, title: str = "", fmt: str = "markdown", **front: object) -> Document:
    return Document(path=path, format=fmt, title=title, front_matter=dict(front))


@pytest.mark.parametrize(
    ("path", "title", "front", "kind"),
    [
        ("content/posts/choosing-a-nas.md", "Choosing a NAS", {}, "article"),
        ("content/en/_index.md", "Homelab Notes", {}, "landing"),
        ("content/de/impressum.md", "Impressum", {}, "legal"),
        ("privacy.html", "Privacy | Acme", {}, "legal"),
        ("content/tags/_index.md", "Tags", {}, "listing"),
        ("content/news/lumen-0.42.0.md", "Lumen 0.42.0", {}, "release-note"),
        ("content/2024-05-02-tern.md", "Announcing Tern 1.10.0", {}, "release-note"),
        ("content/releases/release-1.1.md", "Version 1.1 adds offline mode", {}, "release-note"),
        ("docs/about/release-notes.md", "Release notes", {}, "release-note"),
        ("src/content/docs/en/guides/images.mdx", "Images", {}, "reference"),
        ("docs/blog/posts/moving-to-duckdb.md", "Moving to DuckDB", {}, "article"),
        ("docs/user-guide/pipelines.es.md", "Pipelines", {}, "reference"),
        ("src/content/docs/en/index.mdx", "Vista", {"template": "splash"}, "landing"),
        ("blog/x.md", "X", {"kind": "legal"}, "legal"),
        ("content/guides/faster-ci.md", "Faster CI", {}, "article"),
    ],
)
def test_classify(path: str, title: str, front: dict[str, object], kind: str) -> None:
    assert kinds.classify(_doc(path, title, **front)) == kind


def test_override_globs() -> None:
    assert kinds.override("docs/api/x.md", {"docs/api/**": "reference"}) == "reference"
    assert kinds.override("blog/x.md", {"docs/**": "reference"}) is None


def test_summary_counts_kinds_in_order() -> None:
    docs = [_doc("content/_index.md"), _doc("content/privacy.md"), _doc("posts/a.md", "A")]
    for d in docs:
        d.kind = kinds.classify(d)
    assert kinds.summary(docs) == "article 1, landing 1, legal 1"


def test_config_kinds_override_the_guess(tmp_path, monkeypatch) -> None:
    from helpers import run

    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "posts" / "a.md").write_text("---\ntitle: Hello\n---\n\nShort.\n")
    monkeypatch.chdir(tmp_path)
    args = ["check", ".", "--no-cache", "--select", "T001", "-q"]
    assert "T001" in run(*args).output
    (tmp_path / ".contentlint.yml").write_text('kinds:\n  "content/posts/**": reference\n')
    assert "T001" not in run(*args).output


def _shaped(path: str, blocks: list[tuple[str, str]], headings: tuple[str, ...] = (), **front):
    from contentlint.model.document import Block, Heading

    d = _doc(path, "Page", **front)
    d.blocks = [Block(text, i + 1, i + 1, kind) for i, (kind, text) in enumerate(blocks)]
    d.headings = [Heading(2, h, 10 + i) for i, h in enumerate(headings)]
    return d


SERVICE = [
    ("p", "Looking for analytics consulting in Berlin? We help software teams measure."),
    ("p", "Every project starts with a free call about your current setup."),
    ("li", "Tracking plans for product teams"),
    ("p", "Contact our consultants today at hello@example.com."),
]


def test_structure_undated_page_with_calls_to_action_is_landing() -> None:
    assert kinds.classify(_shaped("consulting/berlin.html", SERVICE)) == "landing"
    # The same text with a date is a post that happens to end with an offer.
    dated = _shaped("consulting/berlin.html", SERVICE, date="2024-05-01")
    assert kinds.classify(dated) == "article"
    # One call to action is not enough: many articles end with "contact us".
    one = [b for b in SERVICE if "free call" not in b[1]]
    assert kinds.classify(_shaped("notes/berlin.html", one)) == "article"
    # A blog folder wins over the shape.
    assert kinds.classify(_shaped("blog/berlin.html", SERVICE)) == "article"


def test_structure_reference_headings_make_reference() -> None:
    body = [("p", "Formats a time value with a layout string.")]
    ref = _shaped("fn/format.md", body, ("Syntax", "Parameters:", "Examples"))
    assert kinds.classify(ref) == "reference"
    # One reference-like heading in an essay does not.
    essay = _shaped("notes/format.md", body, ("Why layouts confuse people", "Examples"))
    assert kinds.classify(essay) == "article"


def test_sidebar_keys_make_undated_pages_reference() -> None:
    assert kinds.classify(_doc("site/guide/caching.md", "Caching", sidebar_position=3)) == (
        "reference"
    )
    assert kinds.classify(_doc("content/methods/format.md", "Format", weight=10)) == "reference"
    # A dated page with a menu weight is still a post; a blog folder wins too.
    assert kinds.classify(_doc("notes/x.md", "X", weight=1, date="2024-01-02")) == "article"
    assert kinds.classify(_doc("blog/x.md", "X", sidebar_position=1)) == "article"


def test_structure_teaser_index_is_listing() -> None:
    from contentlint.model.document import Link

    titles = ("Faster builds", "Caching images", "Why we moved")
    d = _shaped("updates.html", [("p", "Short teaser text for each post.")] * 3, titles)
    d.links = [Link(f"/posts/{i}/", t, 10 + i) for i, t in enumerate(titles)]
    for link in d.links:
        link.internal = True
    assert kinds.classify(d) == "listing"
    d.links = d.links[:1]  # one linked heading of three: an article with a link
    assert kinds.classify(d) == "article"


def test_per_kind_rule_sets_extend_and_ignore(tmp_path, monkeypatch) -> None:
    """`per-kind` picks a kind's rules: T001 on reference pages, no L001 on listings."""
    from helpers import run

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "install.md").write_text("---\ntitle: Install\n---\n\nShort page.\n")
    (tmp_path / "tags").mkdir()
    (tmp_path / "tags" / "index.md").write_text(
        "---\ntitle: Tags\n---\n\n- [Gone](/nowhere/)\n- [Also gone](/missing/)\n"
    )
    monkeypatch.chdir(tmp_path)
    args = ["check", ".", "--no-cache", "--select", "T001,L001", "--output-format", "json"]
    import json

    def codes() -> set[tuple[str, str]]:
        return {(p["code"], p["path"]) for p in json.loads(run(*args).output)}

    before = codes()
    assert ("T001", "docs/install.md") not in before  # reference pages are not judged
    assert ("L001", "tags/index.md") in before
    (tmp_path / ".contentlint.yml").write_text(
        "per-kind:\n  reference: {extend-select: [T001]}\n  listing: {ignore: [L]}\n"
    )
    after = codes()
    assert ("T001", "docs/install.md") in after
    assert ("L001", "tags/index.md") not in after


def test_per_kind_bad_kind_or_selector_is_a_config_error(tmp_path, monkeypatch) -> None:
    from helpers import run

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    (tmp_path / ".contentlint.yml").write_text("per-kind:\n  recipe: {ignore: [T001]}\n")
    r = run("check", ".", "--no-cache")
    assert r.exit_code == 2 and "recipe" in r.output and ".contentlint.yml" in r.output
    (tmp_path / ".contentlint.yml").write_text("per-kind:\n  listing: {ignore: [Q999]}\n")
    r = run("check", ".", "--no-cache")
    assert r.exit_code == 2 and "per-kind.listing.ignore[0]" in r.output
