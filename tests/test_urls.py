from pathlib import PurePosixPath as P

import pytest
from contentlint.model.urls import alias_paths, normalize_url, url_path_for


@pytest.mark.parametrize(
    ("path", "front_matter", "expected"),
    [
        ("content/posts/x.md", {}, "/posts/x/"),
        ("content/posts/x/index.md", {}, "/posts/x/"),
        ("content/posts/_index.md", {}, "/posts/"),
        ("content/_index.md", {}, "/"),
        ("content/posts/x.fr.md", {}, "/posts/x/"),
        ("site/content/posts/x.md", {"slug": "better-x"}, "/posts/better-x/"),
        ("content/posts/x.md", {"url": "/custom/path/"}, "/custom/path/"),
        ("content/posts/x.md", {"permalink": "blog/x.html"}, "/blog/x.html"),
        ("content/x.md", {"path": "2019/10/15/x"}, "/2019/10/15/x/"),
        ("_posts/2019-10-15-my-post.md", {}, "/2019/10/15/my-post.html"),
        ("src/pages/about.md", {}, "/about/"),
        ("public/a/index.html", {}, "/public/a/"),
        ("notes/page.html", {}, "/notes/page.html"),
    ],
)
def test_url_path_for(path, front_matter, expected):
    assert url_path_for(P(path), front_matter) == expected


def test_no_trailing_slash_policy():
    assert url_path_for(P("content/posts/x.md"), {}, trailing_slash=False) == "/posts/x"


def test_aliases():
    assert alias_paths({"aliases": ["2014/11/20/Cargo.html"], "redirect_from": "/old/"}) == [
        "/2014/11/20/Cargo.html",
        "/old/",
    ]


def test_normalize_url():
    assert normalize_url("HTTPS://Example.org:443/a#frag") == "https://example.org/a"
    assert normalize_url("http://example.org") == "http://example.org/"


@pytest.mark.parametrize(
    ("href", "internal"),
    [
        ("https://example.com/a", True),
        ("HTTPS://WWW.Example.COM/b", True),
        ("http://www.example.com", True),
        ("//example.com/c", True),
        ("/d", True),
        ("e/f", True),
        ("https://exa\tmple.com/g", True),  # urlsplit drops tabs and newlines
        ("https://exa\nmple.com/h", True),
        ("https://other.org/?u=https://example.com/", False),
        ("https://example.com.evil.org/", False),
        ("ftp://example.com/i", False),
        ("https://other.org/j", False),
    ],
)
def test_links_on_the_site(href, internal):
    from contentlint.model.document import Document, Link
    from contentlint.model.settings import SourceSettings
    from contentlint.sources.base import finalize

    doc = Document(path="p.html", format="html", url="https://www.example.com/p/")
    doc.links.append(Link(href, "text", 1))
    finalize(doc, SourceSettings(), "en")
    assert doc.links[0].internal is internal
