"""L rules: broken internal links (pages and anchors) and orphan pages."""

from __future__ import annotations

from contentlint.rules import links
from helpers import check, html, md, run, write
from prose import paragraph


def page(title: str, body: str = "", **front: str) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in front.items())
    return f"---\ntitle: {title}\n{extra}---\n\n{paragraph(len(title))}\n\n{body}\n"


def docs_from(files: dict[str, str]) -> list:
    return [md(text, path=path) for path, text in files.items()]


# ----- L001 broken-internal-link -------------------------------------------------------------


def site(**extra: str) -> dict[str, str]:
    files = {
        "content/guides/install.md": page(
            "Install", "## Step one\n\nText.\n\n## Verify {#check}\n"
        ),
        "content/guides/usage.md": page("Usage", aliases="[/old/usage/]"),
        "content/posts/hello.md": page("Hello"),
    }
    files.update(extra)
    return files


def test_l001_link_to_a_missing_page_in_a_known_section():
    files = site(**{"content/posts/a.md": page("A", "See [install](/guides/instal/).")})
    found = check("L001", docs_from(files))
    assert [(p.path, p.line) for p in found] == [("content/posts/a.md", 7)]
    assert "/guides/instal/" in found[0].message
    assert found[0].subject == "/guides/instal/"


def test_l001_urls_aliases_source_files_and_relative_links_resolve():
    body = "\n".join(
        [
            "[a](/guides/install/) [b](/guides/install) [c](/old/usage/)",
            "[d](../guides/usage.md) [e](https://site.invalid/posts/hello/)",
            "[f](/guides/install/index.html) [g](#intro)",
        ]
    )
    files = site(**{"content/posts/a.md": page("A", "# Intro\n\n" + body)})
    assert check("L001", docs_from(files)) == []


def test_l001_missing_heading_anchor_on_another_page_and_on_the_same_page():
    body = "[a](/guides/install/#step-one) [b](/guides/install/#check) [c](/guides/install/#nope)\n\n[d](#missing)"
    files = site(**{"content/posts/a.md": page("A", body)})
    found = check("L001", docs_from(files))
    assert sorted(p.message for p in found) == [
        "link to #missing: this page has no heading with anchor #missing",
        "link to /guides/install/#nope: content/guides/install.md has no heading with anchor #nope",
    ]
    assert check("L001", docs_from(files), check_anchors=False) == []


def test_l001_anchor_written_as_raw_html_in_the_source_resolves():
    body = 'Jump to [the note](#note).\n\n<a name="note"></a>A note.\n'
    files = site(**{"content/posts/a.md": page("A", body)})
    assert check("L001", docs_from(files)) == []


def test_explicit_anchors_are_read_from_markdown_sources_only():
    source = 'Text.\n\n<span id="a-1"></span> and <a name = "B_2">b</a>\n\n## Title {#c.3}\n'
    doc = md(page("A", source), path="content/posts/a.md")
    assert links.explicit_anchors(doc, {}) == ("a1", "b2", "c3")
    # Links into HTML pages are not checked for anchors: none are recorded.
    assert links.explicit_anchors(html('<p id="x">Text</p>'), {}) == ()


def test_l001_anchor_of_a_heading_with_emoji_spelled_out():
    body = "## Issues (🦀)\n\nText.\n\n[a](#issues-crab) [b](#issues) [c](#other-crab)"
    files = site(**{"content/posts/a.md": page("A", body)})
    found = check("L001", docs_from(files))
    assert [p.subject for p in found] == ["#other-crab"]


def test_l001_assets_generated_pages_and_other_sites_are_not_judged():
    body = "[img](/images/x.png) [tags](/tags/rust/) [home](/) [ext](https://example.com/x/)"
    files = site(**{"content/posts/a.md": page("A", body)})
    assert check("L001", docs_from(files)) == []


def test_l001_zola_internal_links():
    body = "[ok](@/guides/install.md#step-one) [bad](@/guides/missing.md)"
    files = site(**{"content/posts/a.md": page("A", body)})
    found = check("L001", docs_from(files))
    assert [p.subject for p in found] == ["@/guides/missing.md"]


def test_l001_saved_pages_from_other_sites_are_not_judged():
    saved = """
        <html><head><title>Story</title>
        <link rel="canonical" href="https://news.example.com/story"></head>
        <body><article><h1>Story</h1><p>{p}</p>
        <p><a href="/world/other-story">Related</a></p></article></body></html>
    """.replace("{p}", paragraph(3))
    docs = [html(saved, path="saved/a.html", url="https://site.invalid/a.html")]
    docs += [
        html(
            saved.replace("/story", "/story2"),
            path="saved/b.html",
            url="https://site.invalid/b.html",
        )
    ]
    assert check("L001", docs) == []


# ----- L002 orphan-page ------------------------------------------------------------------------


def linked_site() -> dict[str, str]:
    return {
        "content/a.md": page("A", "[b](/b/) and [c](/c/)"),
        "content/b.md": page("B", "[a](/a/)"),
        "content/c.md": page("C", "[a](/a/)"),
        "content/lonely.md": page("Lonely"),
    }


def test_l002_article_no_page_links_to():
    found = check("L002", docs_from(linked_site()))
    assert [p.path for p in found] == ["content/lonely.md"]


def test_l002_self_links_do_not_count():
    files = linked_site()
    files["content/lonely.md"] = page("Lonely", "[me](/lonely/)")
    assert [p.path for p in check("L002", docs_from(files))] == ["content/lonely.md"]


def test_l002_skipped_on_sites_that_do_not_link_between_articles():
    files = {f"content/p{i}.md": page(f"P{i}") for i in range(6)}
    files["content/p0.md"] = page("P0", "[p1](/p1/)")
    assert check("L002", docs_from(files)) == []
    assert len(check("L002", docs_from(files), min_linked_share=0.0)) == 5


# ----- through the command line ---------------------------------------------------------------


def test_cli_link_to_a_page_outside_the_reported_files_resolves(tmp_path):
    write(
        tmp_path,
        {
            "content/a.md": page("A", "[b](/b/) [gone](/gone/)"),
            "content/b.md": page("B", "[a](/a/)"),
        },
    )
    result = run("check", "content/a.md", "--corpus", "content", "--select", "L001", "-q")
    assert result.output.count("L001") == 1
    assert "content/a.md" in result.output and "/gone/" in result.output
    # Compared with itself only, the link to b cannot resolve either.
    result = run("check", "content/a.md", "--corpus", "content/a.md", "--select", "L001", "-q")
    assert result.output.count("L001") == 2
