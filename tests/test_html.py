import re

import pytest
from helpers import html

PAGE = """
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>  Measuring page weight  </title>
  <meta name="description" content="We weighed 50 pages.">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="https://example.org/weight/">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Weight"}
  </script>
  <script type="application/ld+json">
  {"@type": "Organization", "name": broken}
  </script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/about/">About</a></nav>
  <article>
    <h1>Measuring page weight</h1>
    <p>In February we measured the transfer size of fifty product pages, once as served and
    once with every third-party script blocked, using three runs per page.</p>
    <h2>Results</h2>
    <p>The median page weighed 3.1 MB as served and 1.4 MB without scripts. The
    <a href="https://web.dev/third-party">web.dev guide</a> explains the loading patterns.</p>
    <p>Four vendors accounted for most of the difference between the two measurements,
    and none of them was needed before the first interaction on the page.</p>
  </article>
  <footer><p>Copyright Example Shop, all rights reserved.</p></footer>
</body>
</html>
"""


def test_page_facts_with_lines():
    doc = html(PAGE, url="https://example.org/weight/")
    assert doc.title == "Measuring page weight" and doc.title_line == 4
    assert doc.description == "We weighed 50 pages." and doc.description_line == 5
    assert doc.canonical == "https://example.org/weight/"
    assert doc.noindex is False
    assert doc.lang == "en"
    assert [(h.level, h.text, h.line) for h in doc.headings] == [
        (1, "Measuring page weight", 18),
        (2, "Results", 21),
    ]


def test_json_ld_parsed_and_malformed_reported_with_line():
    doc = html(PAGE)
    assert doc.json_ld[0].data["@type"] == "BlogPosting"
    assert doc.json_ld[0].line == 8
    assert doc.json_ld[1].data is None
    assert doc.json_ld[1].line == 12
    assert "Expecting value" in doc.json_ld[1].error


def test_main_text_excludes_navigation_and_footer_and_keeps_lines():
    doc = html(PAGE, url="https://example.org/weight/")
    text = doc.text
    assert "fifty product pages" in text
    assert "Home" not in text and "Copyright" not in text
    first = next(b for b in doc.blocks if "fifty product pages" in b.text)
    assert first.line == 19
    assert doc.page_words > doc.word_count


def test_links_internal_external_and_in_main():
    doc = html(PAGE, url="https://example.org/weight/")
    by_text = {link.text: link for link in doc.links}
    assert by_text["Home"].internal and not by_text["Home"].in_main
    assert by_text["Home"].url == "https://example.org/"
    guide = by_text["web.dev guide"]
    assert not guide.internal and guide.in_main and guide.line == 23


def test_noindex_meta_robots():
    doc = html(
        "<html><head><title>x</title><meta name='robots' content='noindex,follow'></head><body><p>x</p></body></html>"
    )
    assert doc.noindex and not doc.judged


def test_charset_detection_from_bytes():
    from contentlint.sources.html import decode

    raw = "<html><head><meta charset='windows-1252'><title>Caf\u00e9</title></head><body><p>na\u00efve</p></body></html>"
    assert "Café" in decode(raw.encode("cp1252"))


def test_trafilatura_metadata_kept():
    doc = html(
        "<html><head><title>T</title><meta name='author' content='Jane Doe'></head>"
        "<body><article><p>" + "Some words of text here. " * 20 + "</p></article></body></html>"
    )
    assert doc.meta["author"] == "Jane Doe"
    assert doc.extra["trafilatura"]["author"] == "Jane Doe"


def test_trafilatura_metadata_only_read_where_it_can_be_used():
    """Its author and date are a fallback for pages with no headline (see signals); on a
    page with one, trafilatura is not asked for metadata at all."""
    head = "<html><head><title>T</title><meta name='author' content='Jane Doe'></head><body>"
    text = "<p>" + "Some words of text here. " * 20 + "</p>"
    with_headline = html(f"{head}<article><h1>Pruning roses</h1>{text}</article></body></html>")
    assert with_headline.extra["page_signals"]["headline"] == 1
    assert "author" not in with_headline.extra.get("trafilatura", {})
    assert with_headline.word_count == 102  # heading and paragraph
    without = html(f"{head}<article>{text}</article></body></html>")
    assert without.extra["trafilatura"]["author"] == "Jane Doe"
    assert without.word_count == 100


class _LinearLineFinder:
    """The line finder as first written: a Python test of every line, in order."""

    def __init__(self, lines):
        from contentlint.sources.html import _LineFinder

        self._fast = _LineFinder(lines)  # for _starts_near and _plain_line only
        self.lines = lines

    @property
    def last(self):
        return self._fast.last

    def find(self, text, hint):
        f = self._fast
        if hint and f._starts_near(text, hint):
            f.last = max(1, hint)
            return hint
        probe = text[:40].strip()
        n = len(self.lines)
        for start in (f.last, 1):
            for i in range(start - 1, n):
                if probe and probe[:12] in self.lines[i] and probe in f._plain_line(i):
                    f.last = i + 1
                    return i + 1
        head = " ".join(text.split()[:3])
        for i in range(f.last - 1, n):
            if head and head in f._plain_line(i):
                f.last = i + 1
                return i + 1
        return f.last


def test_line_finder_finds_the_lines_a_linear_scan_finds():
    import random

    from contentlint.sources.html import _LineFinder

    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(12)] + ["The", "<b>bold</b>", "a<i>b</i>c", "é", "  "]
    for _ in range(200):
        lines = [
            " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 8)))
            for _ in range(rng.randint(1, 25))
        ]
        plain = [" ".join(re.sub("<[^>]*>", " ", line).split()) for line in lines]
        fast, slow = _LineFinder(lines), _LinearLineFinder(lines)
        for _ in range(15):
            # Mostly text that is there (a run of a line's words), sometimes not.
            words = rng.choice(plain).split()
            start = rng.randint(0, max(0, len(words) - 1))
            text = " ".join(words[start : start + rng.randint(1, 6)]) or "w3 w4"
            if rng.random() < 0.2:
                text = f"{text} zz"
            hint = rng.choice([None, None, None, rng.randint(1, len(lines) + 2)])
            assert fast.find(text, hint) == slow.find(text, hint), (lines, text, hint)
            assert fast.last == slow.last


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body>Body text<p>a<!-- note -->b<?pi x?>c<svg><text>icon</text>d</svg>e"
        "<script>var s;</script>f<style>p{}</style>g</p>tail<noscript><p>enable js</p>"
        "<svg>x</svg></noscript>h<template><p>t</p></template>i<b>j<i>k</i>l</b>m</body></html>",
        "<html><head><title>No body</title></head></html>",
        "<p>Only a fragment, <em>no</em> html element</p>",
    ],
)
def test_visible_text_walk_equals_the_xpath(markup):
    from contentlint.sources.html import _VISIBLE_TEXT, _visible_texts, parse_tree

    tree = parse_tree(markup)
    assert _visible_texts(tree) == _VISIBLE_TEXT(tree)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body>Body text<p>a<!-- note -->b<?pi x?>c<svg><text>icon</text>d<g><!-- c -->"
        "<path/>in svg</g></svg>e<script>var s;</script>f<style>p{}</style>g</p>tail<noscript>"
        "<p>enable js</p><svg>x</svg></noscript>h<template><p>t</p></template>i<b>j<i>k</i>l</b>"
        "m<svg><g><path/><!-- last -->after</g></svg>n</body></html>",
        "<html><body><svg><g><path/></g></svg><p>one</p><script>x</script></body></html>",
        "<html><head><title>Two</title></head><body><p>a</p></body><body><p>b</p></body></html>",
        "<p>Only a fragment, <em>no</em> html element</p>",
    ],
)
def test_one_walk_finds_the_visible_text_and_the_microdata(markup):
    """`htmlscan.walk_body` reads, in its one walk, the text nodes the XPath selects (in
    an order of its own) and the elements the microdata XPath finds."""
    from contentlint.signals import htmlscan
    from contentlint.sources.html import _VISIBLE_TEXT, parse_tree

    tree = parse_tree(markup)
    walk = htmlscan.walk_body(tree)
    assert walk is not None
    if walk.visible is not None:
        assert sorted(walk.visible) == sorted(_VISIBLE_TEXT(tree))
        assert "in svg" not in walk.visible and "after" not in walk.visible
    assert htmlscan._microdata(tree, walk) == htmlscan._MICRODATA(tree)


def test_the_walk_collects_microdata_in_head_and_body():
    from contentlint.signals import htmlscan
    from contentlint.sources.html import parse_tree

    markup = (
        '<html itemscope itemtype="https://schema.org/Article"><head>'
        '<meta itemprop="datePublished" content="2024-01-02"></head><body>'
        '<span itemprop="author">Jane Doe</span><div><b itemprop="name">x</b></div></body></html>'
    )
    tree = parse_tree(markup)
    walk = htmlscan.walk_body(tree)
    assert walk is not None
    found = htmlscan._microdata(tree, walk)
    assert [el.tag for el in found] == ["html", "meta", "span", "b"]
    assert found == htmlscan._MICRODATA(tree)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Plain words, don't-stop e.g. this.</p><p>caf\\u00e9 na\\u00efve"
        "\\u00a0r\\u00e9sum\\u00e9 \\u2019quoted\\u2019</p><p>\\u4e2d\\u6587\\u5b57\\u7b26"
        "\\u548c\\u65e5\\u672c\\u8a9e mixed</p><script>not counted</script>tail</body></html>",
        "<html><body>only ascii <b>here</b> and<i>there</i></body></html>",
        "<html><body>\\u00e9t\\u00e9 \\u3053\\u3093\\u306b\\u3061\\u306f</body></html>",
    ],
)
def test_visible_words_count_as_the_joined_text_does(markup):
    """Counting ASCII and other text nodes apart gives `word_count` of all of them joined."""
    from contentlint.model.text import word_count
    from contentlint.signals.htmlscan import walk_body
    from contentlint.sources.html import _VISIBLE_TEXT, _visible_words, parse_tree

    tree = parse_tree(markup.encode().decode("unicode_escape"))
    expected = word_count(" ".join(_VISIBLE_TEXT(tree)))
    assert expected > 0
    assert _visible_words(tree, walk_body(tree)) == expected
    assert _visible_words(tree, None) == expected


def _fixture_pages():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures"
    return sorted(p for p in root.rglob("*.htm*") if p.is_file())


@pytest.mark.parametrize("with_metadata", [False, True])
def test_extraction_in_place_equals_bare_extraction(with_metadata):
    """`_extract_in_place` (no copy of the tree) gives what `bare_extraction` gives on a
    tree of its own: the same body, text and metadata, and None where it gives None."""
    from contentlint.sources import html as source
    from lxml import etree
    from trafilatura import bare_extraction

    if not source._in_place():
        pytest.skip("this trafilatura release gets bare_extraction itself")
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in _fixture_pages()]
    pages += [PAGE, "<html><body><p>Too short.</p></body></html>"]
    results = 0
    for text in pages:
        ours = source._extract_in_place(source.parse_tree(text), None, with_metadata)
        theirs = bare_extraction(
            source.parse_tree(text),
            output_format="txt",
            with_metadata=with_metadata,
            include_comments=False,
            include_tables=True,
            include_links=True,
            include_images=True,
            deduplicate=False,
        )
        assert (ours is None) == (theirs is None)
        if ours is None:
            continue
        results += 1
        for part in ("body", "commentsbody"):
            assert etree.tostring(getattr(ours, part)) == etree.tostring(getattr(theirs, part))
        ours_meta, theirs_meta = ours.as_dict(), theirs.as_dict()
        for d in (ours_meta, theirs_meta):
            d.pop("body")
            d.pop("commentsbody")
        assert ours_meta == theirs_meta
    assert results >= 10  # most fixture pages have main text


def test_extraction_in_place_does_not_copy_the_tree(monkeypatch):
    """The point of `_extract_in_place`: trafilatura prunes the page's own tree."""
    from contentlint.sources import html as source

    if not source._in_place():
        pytest.skip("this trafilatura release gets bare_extraction itself")
    comments = '<div id="comments"><p>Nice post, thanks for the numbers.</p></div><footer>'
    tree = source.parse_tree(PAGE.replace("<footer>", comments))
    before = len(list(tree.iter()))
    assert source._extract_in_place(tree, None, False) is not None
    assert len(list(tree.iter())) < before  # the comments were pruned from it
