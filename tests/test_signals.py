"""Author and date detection: every source a real site uses, on small hand-written pages."""

import datetime as dt
import re

import pytest
from contentlint.model.text import fold_for_ascii
from contentlint.signals import authors as author_signals
from contentlint.signals import datefacts, dates, htmlscan
from contentlint.signals.lines import meta_line
from contentlint.signals.names import clean_name
from helpers import html, md


def names(doc):
    return [a.name for a in author_signals.authors(doc)]


def sources(doc):
    return {a.name: a.source for a in author_signals.authors(doc)}


def page(head: str = "", body: str = "", title: str = "Cutting CI build times") -> str:
    return f"""
    <!DOCTYPE html>
    <html lang="en"><head><title>{title} | Example</title>{head}</head>
    <body>
      <nav><a href="/">Home</a> <a href="/about/">About</a></nav>
      {body}
    </body></html>
    """


ARTICLE = """
  <article>
    <h1>Cutting CI build times</h1>
    {byline}
    <p>We moved the dependency cache to a content-addressed store and measured every
    pipeline for a month. The median build went from nine minutes to four.</p>
    <p>Most of the gain came from skipping the install step when the lock file had not
    changed, which happened in nine builds out of ten.</p>
  </article>
"""


def article(byline: str = "", head: str = "", aside: str = "", url: str | None = None):
    body = ARTICLE.format(byline=byline) + aside
    return html(page(head, body), url=url)


# ----- authors: front matter ---------------------------------------------------------------------


def test_front_matter_author_string_with_its_line():
    doc = md("""
        ---
        title: Cutting CI build times
        author: Jane Doe
        ---
        Text.
        """)
    [a] = author_signals.authors(doc)
    assert (a.name, a.source, a.line) == ("Jane Doe", "front-matter:author", 3)


def test_several_authors_in_a_toml_list():
    doc = md("""
        +++
        title = "4 years of Rust"
        authors = ["Jane Doe", "The Rust Core Team"]
        +++
        Text.
        """)
    found = author_signals.authors(doc)
    assert [a.name for a in found] == ["Jane Doe", "The Rust Core Team"]
    assert [a.kind for a in found] == ["person", "organization"]


def test_by_and_contributors_keys_with_mappings():
    doc = md("""
        ---
        title: Notes
        by: Ann Lee
        contributors:
          - name: Bo Chen
            url: /authors/bo-chen/
        ---
        Text.
        """)
    assert names(doc) == ["Ann Lee", "Bo Chen"]
    assert author_signals.authors(doc)[1].url == "/authors/bo-chen/"


def test_front_matter_keys_are_configurable():
    doc = md("""
        ---
        title: Notes
        writer_name: Ann Lee
        ---
        Text.
        """)
    assert names(doc) == []
    assert names_with(doc, ["writer_name"]) == ["Ann Lee"]


def names_with(doc, keys):
    return [a.name for a in author_signals.authors(doc, keys)]


def test_zola_extra_author_and_site_author():
    doc = md("""
        +++
        title = "Notes"
        [extra]
        author = "Ann Lee"
        +++
        Text.
        """)
    assert names(doc) == ["Ann Lee"]
    bare = md("---\ntitle: Notes\n---\nText.\n")
    assert [
        a.source for a in author_signals.authors(bare, author_signals.AUTHOR_KEYS, "Site Owner")
    ] == ["config"]


def test_placeholder_accounts_are_not_authors():
    doc = md("---\ntitle: Notes\nauthor: admin\n---\nText.\n")
    assert author_signals.people(doc) == []
    assert [(a.name, a.kind) for a in author_signals.authors(doc)] == [("admin", "organization")]


# ----- authors: meta, rel, JSON-LD, microdata ----------------------------------------------------------


def test_meta_author_and_dublin_core():
    doc = article(
        head='<meta name="author" content="Jane Doe"><meta name="dc.creator" content="Bo Chen">'
    )
    assert sources(doc) == {"Jane Doe": "meta:author", "Bo Chen": "meta:dc.creator"}


def test_article_author_profile_url_names_the_author():
    doc = article(
        head='<meta property="article:author" content="https://example.org/people/meg-james">',
        url="https://example.org/2019/11/19/disney/",
    )
    [a] = author_signals.authors(doc)
    assert (a.name, a.url) == ("Meg James", "https://example.org/people/meg-james")


def test_article_author_social_profile_names_nobody():
    doc = article(
        head='<meta property="article:author" content="https://www.facebook.com/bbcnews">'
    )
    assert author_signals.authors(doc) == []


def test_rel_author_link_in_the_byline():
    doc = article(byline='<p>By <a rel="author" href="/authors/jane-doe/">Jane Doe</a></p>')
    a = author_signals.authors(doc)[0]
    assert a.name == "Jane Doe" and a.url == "https://site.invalid/authors/jane-doe/"


JSONLD = '<script type="application/ld+json">{}</script>'


def test_json_ld_person_author():
    doc = article(
        head=JSONLD.format(
            '{"@context":"https://schema.org","@type":"NewsArticle","headline":"x",'
            '"author":{"@type":"Person","name":"Laura Winter","url":"https://example.org/authors/laura"}}'
        ),
        url="https://example.org/x",
    )
    [a] = author_signals.authors(doc)
    assert (a.name, a.source, a.kind, a.url) == (
        "Laura Winter",
        "json-ld",
        "person",
        "https://example.org/authors/laura",
    )


def test_json_ld_organization_author():
    doc = article(
        head=JSONLD.format(
            '{"@type":"Article","author":{"@type":"NewsMediaOrganization","name":"BBC News"}}'
        )
    )
    [a] = author_signals.authors(doc)
    assert (a.name, a.kind) == ("BBC News", "organization")


def test_json_ld_author_list_and_string():
    doc = article(
        head=JSONLD.format(
            '{"@type":"BlogPosting","author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen"]}'
        )
    )
    assert names(doc) == ["Ann Lee", "Bo Chen"]


def test_json_ld_graph_with_id_reference():
    graph = (
        '{"@context":"https://schema.org","@graph":['
        '{"@type":"WebSite","@id":"https://x.org/#website","name":"X"},'
        '{"@type":"Article","@id":"https://x.org/p/#article","author":{"@id":"https://x.org/#/person/1"},'
        '"datePublished":"2019-11-18T16:54:19+00:00"},'
        '{"@type":["Person"],"@id":"https://x.org/#/person/1","name":"Trevor Daugherty"}]}'
    )
    doc = article(head=JSONLD.format(graph))
    assert names(doc) == ["Trevor Daugherty"]


def test_json_ld_claim_authors_inside_item_reviewed_are_not_the_page_author():
    review = (
        '{"@type":"ClaimReview","author":{"@type":"Organization","name":"Polygraph"},'
        '"itemReviewed":{"@type":"CreativeWork","author":{"@type":"Person","name":"Claimant"}}}'
    )
    doc = article(head=JSONLD.format(review))
    assert names(doc) == ["Polygraph"]


def test_json_ld_empty_or_placeholder_authors_do_not_count():
    doc = article(
        head=JSONLD.format('{"@type":"NewsArticle","author":{}}')
        + JSONLD.format('{"@type":"Article","author":"admin"}')
    )
    assert author_signals.authors(doc) == []


def test_microdata_author_with_name():
    doc = article(
        byline='<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Emiliano Bellini</span></div>'
    )
    assert sources(doc) == {"Emiliano Bellini": "microdata"}


def test_microdata_comment_authors_do_not_count():
    comments = """
      <section class="comments"><article class="comment">
        <cite itemprop="author">Karol</cite><p>Great post!</p></article></section>
    """
    doc = article(aside=comments)
    assert author_signals.authors(doc) == []


# ----- authors: visible bylines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p>By Jane Doe</p>", ["Jane Doe"]),
        ('<p class="byline">By <a href="/a/jane">Jane Doe</a> | Nov. 19, 2019</p>', ["Jane Doe"]),
        ('<div class="author-name">Anna Menin</div>', ["Anna Menin"]),
        ("<p><span>Written by</span> <a>Regan Smith</a></p>", ["Regan Smith"]),
        ("<p>By DANICA KIRKA and JILL LAWLESS</p>", ["DANICA KIRKA and JILL LAWLESS"]),
        ("<p>Von Moritz Bachmann</p>", ["Moritz Bachmann"]),
        (
            '<p class="meta">Publicado por: Clarissa Borba - Categoria: Saúde</p>',
            ["Clarissa Borba"],
        ),
        ('<span class="byline">By Tess Bonn - 11/19/19 06:56 AM EST</span>', ["Tess Bonn"]),
    ],
)
def test_visible_bylines(byline, expected):
    assert names(article(byline=byline)) == expected


def test_a_byline_in_a_sidebar_is_not_the_author():
    aside = """
      <aside class="sidebar"><h3>Popular</h3>
        <ul><li><a href="/other">Other story</a> <span class="byline">By Rahul Mehta</span></li></ul>
      </aside>
    """
    doc = article(aside=aside)
    assert author_signals.authors(doc) == []


def test_related_stories_and_navigation_bylines_are_ignored():
    related = """
      <div class="related-stories"><p>By Someone Else</p></div>
      <footer><p class="byline">By Site Footer</p></footer>
    """
    nav = html(
        page(
            body='<ul class="mainnav"><li><a>By Any Means Necessary</a></li></ul>'
            + ARTICLE.format(byline="")
            + related
        )
    )
    assert author_signals.authors(nav) == []


def test_by_inside_a_sentence_is_not_a_byline():
    doc = article(
        byline="<p>The installation was designed by <strong>Michael Anastassiades</strong>, "
        "a London-based designer whose lamps have been collected by museums around the world "
        "for more than two decades.</p>"
    )
    assert author_signals.authors(doc) == []


def test_an_author_box_at_the_end_of_the_article_counts():
    body = """
      <article><h1>Cutting CI build times</h1><p>Long text about caches and builds.</p>
        <p>More text.</p><div class="author-box"><a class="author-name" href="/authors/zac/">Zac Hall</a></div>
      </article>
    """
    assert names(html(page(body=body))) == ["Zac Hall"]


def test_trafilatura_metadata_only_where_the_page_has_no_headline():
    doc = article()
    doc.extra["trafilatura"] = {"author": "Telegraph Sport"}
    doc.memo.pop("facts", None)
    assert author_signals.authors(doc) == []  # it takes sidebar bylines too: not trusted here
    doc.extra["page_signals"]["headline"] = None
    doc.memo.pop("facts", None)
    assert sources(doc) == {"Telegraph Sport": "trafilatura"}


def test_korean_sign_off_line():
    body = "<article><h1>제목</h1><p>" + "본문 " * 40 + "</p><p>정덕현 칼럼니스트</p></article>"
    assert names(html(page(body=body, title="제목"))) == ["정덕현"]


# ----- dates ---------------------------------------------------------------------------------------------


def facts(doc):
    return [(d.value, d.role, d.source) for d in datefacts.dates(doc)]


def test_front_matter_dates_with_roles_and_lines():
    doc = md("""
        ---
        title: Notes
        date: 2021-03-01
        lastmod: 2024-01-10T08:00:00Z
        ---
        Text.
        """)
    assert facts(doc) == [
        ("2021-03-01", "published", "front-matter:date"),
        ("2024-01-10", "modified", "front-matter:lastmod"),
    ]
    assert [d.line for d in datefacts.dates(doc)] == [3, 4]
    assert datefacts.last_updated(doc).value == "2024-01-10"


def test_date_keys_are_configurable():
    doc = md("---\ntitle: Notes\nwritten_on: 2020-02-02\n---\nText.\n")
    assert datefacts.dates(doc) == []
    assert [d.value for d in datefacts.dates(doc, ["written_on"])] == ["2020-02-02"]


@pytest.mark.parametrize(
    ("path", "front", "expected"),
    [
        (
            "content/post.md",
            'path = "2019/10/15/4-years-of-rust"',
            ("2019-10-15", "front-matter:path"),
        ),
        (
            "content/post.md",
            'permalink = "/2019/10/15/slug/"',
            ("2019-10-15", "front-matter:permalink"),
        ),
        ("_posts/2019-10-15-slug.md", 'title = "x"', ("2019-10-15", "path")),
        ("content/2019/10/15/slug.md", 'title = "x"', ("2019-10-15", "path")),
    ],
)
def test_dates_in_paths(path, front, expected):
    doc = md(f"+++\n{front}\n+++\nText.\n", path=path)
    assert (datefacts.dates(doc)[0].value, datefacts.dates(doc)[0].source) == expected


def test_date_in_the_page_url():
    doc = article(url="https://www.theverge.com/2019/11/19/20973355/star-trek")
    assert ("2019-11-19", "published", "url") in facts(doc)


def test_meta_published_and_modified_time():
    doc = article(
        head='<meta property="article:published_time" content="2019-11-18T16:54:19+00:00">'
        '<meta property="article:modified_time" content="2019-11-18T22:15:33+00:00">'
    )
    assert facts(doc)[:2] == [
        ("2019-11-18", "published", "meta:article:published_time"),
        ("2019-11-18", "modified", "meta:article:modified_time"),
    ]


def test_json_ld_dates_and_junk_values():
    doc = article(
        head=JSONLD.format('{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}')
        + JSONLD.format(
            '{"@graph":[{"@type":"BlogPosting","datePublished":"Mon, 18 Nov 2019 16:07:38 -0600",'
            '"dateModified":"2019-11-19T06:13:48-06:00"}]}'
        )
    )
    assert facts(doc) == [
        ("2019-11-18", "published", "json-ld"),
        ("2019-11-19", "modified", "json-ld"),
    ]


def test_time_element_next_to_the_headline_and_not_in_the_sidebar():
    aside = '<aside><time datetime="2019-11-11">Nov 11</time></aside>'
    doc = article(
        byline='<p><time datetime="2019-11-19T08:03:00Z">Nov. 19, 2019</time></p>', aside=aside
    )
    assert facts(doc) == [("2019-11-19", "unknown", "visible")]


def test_visible_published_and_updated_labels():
    doc = article(
        byline="<p class='dateline'>Published Nov 18, 2019 at 4:07 PM</p>"
        "<p class='dateline'>Updated at 5:36 PM CST on Nov 19, 2019</p>"
    )
    assert facts(doc) == [
        ("2019-11-18", "published", "visible"),
        ("2019-11-19", "modified", "visible"),
    ]


def test_unmarked_date_line_near_the_headline():
    doc = article(
        byline="<p><span>By Louis Jacobson</span> <span>on Monday, November 18th, 2019 at 11:04 a.m.</span></p>"
    )
    assert ("2019-11-18", "unknown", "visible:text") in facts(doc)


def test_relative_dates_count_as_shown_but_have_no_value():
    doc = article(byline='<p class="timestamp">Published 3 hours ago</p>')
    [d] = datefacts.dates(doc)
    assert (d.value, d.relative, d.role) == (None, True, "published")
    assert datefacts.last_updated(doc) is None


def test_microdata_dates_outside_comments():
    body = """
      <article itemscope itemtype="https://schema.org/BlogPosting"><h1>Cutting CI build times</h1>
        <meta itemprop="datePublished" content="2018-10-12T06:43:54+00:00"><p>Text.</p>
        <ol class="comment-list"><li class="comment"><time itemprop="datePublished" datetime="2018-11-01">1 year ago</time></li></ol>
      </article>
    """
    assert facts(html(page(body=body))) == [("2018-10-12", "published", "microdata")]


def test_htmldate_only_when_the_page_has_no_headline():
    doc = article()
    doc.extra["trafilatura"] = {"date": "2018-02-24"}
    doc.memo.pop("facts", None)
    assert datefacts.dates(doc) == []  # a headline was found: htmldate's guess is not trusted
    doc.extra["page_signals"]["headline"] = None
    doc.memo.pop("facts", None)
    assert facts(doc) == [("2018-02-24", "published", "htmldate")]


def test_facts_are_computed_once():
    doc = md("---\ntitle: x\nauthor: Jane Doe\n---\nText.\n")
    first = author_signals.authors(doc)
    doc.front_matter["author"] = "Someone Else"
    assert author_signals.authors(doc) == first


# ----- the date parser -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-19T13:03:00.000Z", "2019-11-19"),
        ("2019-11-20 04:26:47", "2019-11-20"),
        ("20191119", "2019-11-19"),
        ("Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18"),
        ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19"),
        ("November 19, 2019, 07:47 PM EST", "2019-11-19"),
        ("01:38:07 PM IST Nov 20, 2019", "2019-11-20"),
        ("Monday, November 18th, 2019", "2019-11-18"),
        ("19 NOV 2019", "2019-11-19"),
        ("publiziert am 25. September 2018", "2018-09-25"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
        ("24 сентября 2018", "2018-09-24"),
        ("Maret 30, 2015", "2015-03-30"),
        ("21/06/2014", "2014-06-21"),
        ("13.11.2019, 23:06", "2019-11-13"),
        ("2016.12.01", "2016-12-01"),
    ],
)
def test_parse_dates(text, expected):
    assert dates.parse(text).day.isoformat() == expected


def test_ambiguous_numeric_dates_keep_both_readings():
    parsed = dates.parse("05/10/2018")
    assert (parsed.day, parsed.alt) == (dt.date(2018, 5, 10), dt.date(2018, 10, 5))
    assert dates.parse("11/20/19").day == dt.date(2019, 11, 20)


@pytest.mark.parametrize(
    "text", ["0001-01-01", "version 2.26", "Chapter 12", "", "June 9 - West Palm Beach"]
)
def test_not_dates(text):
    assert dates.parse(text) is None


@pytest.mark.parametrize(
    "text", ["3 hours ago", "1H ago", "yesterday", "Today 12:01 AM", "~6 hours ago"]
)
def test_relative_dates(text):
    assert dates.is_relative(text)


def test_months_between():
    assert dates.months_between(dt.date(2019, 5, 15), dt.date(2024, 6, 1)) == 60
    assert dates.months_between(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Jane Doe | Nov 2, 2019", "Jane Doe"),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"),
        ("By GREG BEACHAM, AP Sports Writer", "GREG BEACHAM"),
        (
            "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
            "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        ),
        ("November 19", None),
        ("Jane Doe @janedoe", "Jane Doe"),
        ("Dallas Robinson is a freelance writer living in Minneapolis", None),
        ("5 Min Read", None),
        ("Share", None),
        ("admin", None),
    ],
)
def test_clean_name(text, name):
    assert clean_name(text) == name


def test_front_matter_names_are_taken_as_written():
    doc = md(
        '+++\ntitle = "x"\nauthors = ["davidtwco and wesleywiser", "leadership chat membership"]\n+++\nText.\n'
    )
    assert names(doc) == ["davidtwco and wesleywiser", "leadership chat membership"]


# ----- the scan's shortcuts ------------------------------------------------------------------------


def _class_samples() -> list[str]:
    """Class strings around every word of the class patterns, in odd cases and with the
    letters re.IGNORECASE folds to ASCII (dotted and dotless i, long s, Kelvin sign)."""
    import random

    words = re.findall(
        r"[a-z][a-z?-]*",
        "|".join(
            p.pattern
            for p in (
                htmlscan._BYLINE_CLASS,
                htmlscan._DATE_CLASS,
                htmlscan._HEADLINE_CLASS,
                htmlscan._EXCLUDED_CLASS,
            )
        ),
    )
    rng = random.Random(7)
    odd = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
    out = []
    for w in words:
        w = w.replace("-?", rng.choice(["", "-"])).replace("?", "")
        out += [w, w.upper(), w.title(), f"x-{w}_y", f"{w[:-1]} {w[-1]}"]
        out.append("".join(rng.choice(odd.get(c, c) + c + c.upper()) for c in w))
    out += ["", " ", "main", "entry-content", "nav", "Tıtle", "pubſtamp", "ſtamp", "NAV-x", "x_nav"]
    return out


@pytest.mark.parametrize("cls", _class_samples())
def test_class_prefilters_keep_every_class_the_exact_tests_accept(cls):
    exact = (
        htmlscan._byline_class(cls) or htmlscan._date_class(cls) or htmlscan._headline_class(cls)
    )
    assert htmlscan._class_words(cls) or not exact
    if htmlscan._EXCLUDED_CLASS.search(cls):
        assert htmlscan._EXCLUDED_WORDS.search(fold_for_ascii(cls))


def test_bylines_and_dates_classed_far_from_the_headline():
    # Far from the headline (past the text-element window) only class-marked elements
    # of the article itself are looked at: each must still be found.
    filler = "".join(f"<p>Paragraph {i} about caches and builds.</p>" for i in range(40))
    body = f"""
      <article><h1>Cutting CI build times</h1>{filler}
        <div class="AUTHOR-Box"><a class="Author-Name" href="/authors/zac/">Zac Hall</a></div>
        <span id="PostDate">Nov. 19, 2019</span>
      </article>
    """
    doc = html(page(body=body))
    assert names(doc) == ["Zac Hall"]
    assert facts(doc) == [("2019-11-19", "unknown", "visible")]


@pytest.mark.parametrize(
    "lines",
    [
        ['<meta name="author" content="A">'],
        ["<title>T</title>", '<META NAME = "Author" content="A">'],
        ['{"author": "x"}', "<meta property\u00a0=\u00a0'author' content=A>"],
        ['<meta data-name="author">'],
        ['<meta name="article:author">', '<meta itemprop="AUTHOR">'],
        ['<meta name="auth or">', '<meta name= "author"'],
        ['<meta \u0130TEMPROP="author">', '<meta nam\u212a="author">'],
        ['<meta name= \n"author">'],  # split over two lines: no match
        ["x"] * 400 + ['<meta name="author">'],
        ['name="author'],
    ],
)
def test_meta_line_is_the_first_line_the_attribute_pattern_matches(lines):
    doc = html("<p>x</p>")
    doc.lines = [line for chunk in lines for line in chunk.split("\n")]
    doc.memo.clear()
    pattern = re.compile(r"""(?:name|property|itemprop)\s*=\s*["']author["']""", re.I)
    expected = next(
        (i + 1 for i, line in enumerate(doc.lines[:400]) if pattern.search(line)), doc.title_line
    )
    assert meta_line(doc, "author") == expected
    assert meta_line(doc, "Author") == meta_line(doc, "author")
