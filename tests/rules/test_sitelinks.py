"""Links as the site generator builds them (issue 16), on small generated sites.

Each test writes a site the way its generator lays it out into the test's own folder
(the working directory) and runs `contentlint check` as a user would.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest
from contentlint.model.urls import expand_permalink
from helpers import md, run, write
from prose import paragraph


def page(title: str, body: str = "", **front: str) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in front.items())
    return f"---\ntitle: {title}\n{extra}---\n\n{paragraph(len(title))}\n\n{body}\n"


def l001(*paths: str) -> list[tuple[str, str]]:
    """(file, link) of every L001 finding of a run over `paths` (default: the folder)."""
    result = run("check", *(paths or (".",)), "--select", "L001", "--output-format", "json")
    assert result.exit_code in (0, 1), result.output
    found = json.loads(result.output)
    return sorted((p["path"], p["message"].split()[2].rstrip(":")) for p in found)


# ----- config: links.ignore and links.rewrite -----------------------------------------------


def _glossary_site(tmp_path, config: str = "") -> None:
    files = {
        "content/docs/a.md": page(
            "A", "A [term](g) and [b](/docs/b/), [api](/api/v1/) and [old](/docs/v1/b/)."
        ),
        "content/docs/b.md": page("B", "[a](/docs/a/) and [gone](/docs/gone/)."),
    }
    if config:
        files[".contentlint.yml"] = config
    write(tmp_path, files)


def test_without_conventions_the_site_specific_links_are_reported(tmp_path):
    _glossary_site(tmp_path)
    assert l001() == [
        ("content/docs/a.md", "/docs/v1/b/"),
        ("content/docs/a.md", "g"),
        ("content/docs/b.md", "/docs/gone/"),
    ]


def test_links_ignore_and_rewrite_from_config(tmp_path):
    config = """
    links:
      ignore: ["^g$", "^/api/"]
      rewrite:
        - {from: "^/docs/v\\\\d+/(.*)", to: "/docs/\\\\1"}
    """
    _glossary_site(tmp_path, config)
    # /api/v1/ was never judged (no page in /api/), the glossary word and the old
    # versioned URL now are; the real broken link stays.
    assert l001() == [("content/docs/b.md", "/docs/gone/")]


def test_links_ignore_is_searched_so_anchors_matter(tmp_path):
    _glossary_site(tmp_path, 'links: {ignore: ["g"]}\n')
    # "g" is searched anywhere: it also hides /docs/gone/ (documented; write ^g$).
    assert ("content/docs/b.md", "/docs/gone/") not in l001()


def test_rewritten_link_is_reported_as_written(tmp_path):
    _glossary_site(tmp_path, 'links: {rewrite: [{from: "^/docs/v1/", to: "/docs/old/"}]}\n')
    assert ("content/docs/a.md", "/docs/v1/b/") in l001()


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            'links:\n  ignore: ["^g$", "(oops"]\n',
            ".contentlint.yml:2: links.ignore[1]: invalid regular expression '(oops': "
            "missing ), unterminated subpattern at position 0",
        ),
        (
            'links:\n  rewrite:\n    - {from: "[a-", to: "/"}\n',
            ".contentlint.yml:3: links.rewrite[0].from: invalid regular expression '[a-'",
        ),
        (
            'links:\n  rewrite:\n    - {from: "^/docs/", to: "\\\\2"}\n',
            ".contentlint.yml:3: links.rewrite[0].to: invalid replacement '\\\\2': "
            "invalid group reference 2",
        ),
        ('links:\n  ignore: "^g$"\n', "links.ignore"),
        ('links:\n  rewrite: [{from: "^/a/"}]\n', "links.rewrite"),
        ('links:\n  skip: ["g"]\n', "links"),
    ],
)
def test_bad_link_conventions_exit_2_naming_file_key_and_problem(tmp_path, config, expected):
    _glossary_site(tmp_path, config)
    result = run("check", ".", "--select", "L001")
    assert result.exit_code == 2
    assert expected in result.output


# ----- MDX expressions are not URLs -----------------------------------------------------------

MDX = """---
title: Components
---

import Card from '../components/Card.astro';

Read [the guide]({props.link}) or [the real one](/docs/real/).

<div class="cards">
<a href={url}>one</a>
<a href={`/docs/${slug}/`}>two</a>
<img src={img} alt="diagram" />
</div>

![chart]({chart})
"""


def test_mdx_expressions_are_neither_links_nor_images():
    doc = md(MDX, path="src/content/docs/components.mdx")
    assert [k.href for k in doc.links] == ["/docs/real/"]
    assert doc.images == []


def test_the_same_text_in_plain_markdown_keeps_its_literal_links():
    doc = md(MDX, path="content/components.md")
    assert "{url}" in [k.href for k in doc.links]


def test_mdx_expression_links_are_not_reported(tmp_path):
    write(
        tmp_path,
        {
            "src/content/docs/components.mdx": MDX,
            "src/content/docs/docs/other.md": page("Other", "[c](/docs/components/)"),
        },
    )
    assert l001() == [("src/content/docs/components.mdx", "/docs/real/")]


# ----- Hugo: lower-cased URLs, slug, url, aliases, permalinks, generated lists ---------------

HUGO_LINKS = """
[f](/functions/time/format/) [f2](/functions/time/format/#use) [alias](/functions/dateformat/)
[slug](/posts/renamed-post/) [url](/company/about-us/) [tag](/tags/go/) [tags](/tags/)
[cat](/categories/news/) [series](/series/x/) [pg](/posts/page/2/) [funcs](/functions/)
[bad](/functions/time/nope/) [badtag](/posts/tags/x/)
"""


def _hugo_site(tmp_path, config: str, config_file: str = "hugo.toml") -> None:
    write(
        tmp_path,
        {
            config_file: config,
            "content/functions/time/Format.md": page(
                "time.Format", "## Usage {#use}", aliases="[/functions/dateformat/]"
            ),
            "content/posts/my-post.md": page("Post", slug="renamed-post"),
            "content/about.md": page("About", url="/company/about-us/"),
            "content/guides/start.md": page("Start", HUGO_LINKS),
        },
    )


HUGO_CONFIG = 'baseURL = "https://example.org/"\n[taxonomies]\ntag = "tags"\nseries = "series"\n'


@pytest.mark.parametrize("config_file", ["hugo.toml", "config/_default/hugo.toml"])
def test_hugo_pages_exist_under_hugos_url_rules(tmp_path, config_file):
    _hugo_site(tmp_path, HUGO_CONFIG, config_file)
    # /categories/news/ is not a taxonomy of this site, but no page lives under
    # /categories/ either, so it is not judged.
    assert l001() == [
        ("content/guides/start.md", "/functions/time/nope/"),
        ("content/guides/start.md", "/posts/tags/x/"),
    ]


def test_hugo_with_disable_path_to_lower_serves_the_files_case(tmp_path):
    _hugo_site(tmp_path, "disablePathToLower = true\n" + HUGO_CONFIG)
    found = l001()
    assert ("content/guides/start.md", "/functions/time/format/") in found
    assert ("content/guides/start.md", "/functions/dateformat/") not in found


def test_hugo_without_taxonomy_series_its_lists_are_judged(tmp_path):
    _hugo_site(tmp_path, 'baseURL = "https://example.org/"\n')
    write(tmp_path, {"content/series/one.md": page("One")})
    assert ("content/guides/start.md", "/series/x/") in l001()


def test_hugo_permalinks_config(tmp_path):
    write(
        tmp_path,
        {
            "hugo.yaml": "baseURL: https://example.org/\npermalinks:\n  posts: /:year/:month/:slug/\n",
            "content/posts/first.md": page("First Post!", date="2021-03-04"),
            "content/posts/second.md": page(
                "Second", "[1](/2021/03/first-post/) [no](/2021/03/nope/)", date="2021-04-01"
            ),
        },
    )
    assert l001() == [("content/posts/second.md", "/2021/03/nope/")]


def test_a_broken_hugo_config_is_read_as_empty(tmp_path):
    _hugo_site(tmp_path, "baseURL = [unclosed\n")
    # The run goes on (the generator counts as unknown) and still finds the broken link.
    assert ("content/guides/start.md", "/functions/time/nope/") in l001()


# ----- Jekyll: front-matter permalinks, _config.yml styles, _posts dates ----------------------


def _jekyll_site(tmp_path, permalink: str | None) -> None:
    config = "title: Blog\n" + (f"permalink: {permalink}\n" if permalink else "")
    write(
        tmp_path,
        {
            "_config.yml": config,
            "blog/_posts/2019-10-15-hello-world.md": page("Hello", categories="release"),
            "_posts/2020-01-02-second.md": page("Second"),
            "about.md": page("About", permalink="/:title/"),
            "index.md": page("Home", LINKS_BY_STYLE[permalink or "date"]),
        },
    )


LINKS_BY_STYLE = {
    "date": "[a](/blog/release/2019/10/15/hello-world.html) [b](/2020/01/02/second.html) "
    "[c](/about/) [t](/tags/rust/) [p](/page2/) [x](/2020/01/02/nope.html)",
    "pretty": "[a](/blog/release/2019/10/15/hello-world/) [b](/2020/01/02/second/) "
    "[c](/about/) [x](/2020/01/02/nope/)",
    "/:categories/:title/": "[a](/blog/release/hello-world/) [b](/second/) [c](/about/) "
    "[x](/blog/release/nope/)",
}


@pytest.mark.parametrize("style", [None, "pretty", "/:categories/:title/"])
def test_jekyll_permalinks(tmp_path, style):
    _jekyll_site(tmp_path, style)
    found = l001()
    nope = LINKS_BY_STYLE[style or "date"].split("[x](")[1].rstrip(")")
    assert found == [("index.md", nope)]


# ----- Docusaurus: blog and docs listing pages ------------------------------------------------


def test_docusaurus_generated_listing_pages(tmp_path):
    links = (
        "[blog](/blog) [tags](/blog/tags) [tag](/blog/tags/release) [p2](/blog/page/2) "
        "[arch](/blog/archive) [dtag](/docs/tags/setup) [fr](/fr/blog/tags/release) "
        "[post](/blog/welcome) [dated](/blog/2021/09/01/second) [doc](/docs/guides/install) [bad](/docs/guides/nope) "
        "[badblog](/blog/nope)"
    )
    write(
        tmp_path,
        {
            "docusaurus.config.js": "module.exports = {title: 'x'};\n",
            "blog/2021-08-26-welcome.md": page("Welcome", slug="welcome"),
            "blog/2021-09-01-second.md": page("Second"),
            "docs/guides/install.md": page("Install", links),
            "docs/guides/usage.md": page("Usage"),
        },
    )
    assert l001() == [
        ("docs/guides/install.md", "/blog/nope"),
        ("docs/guides/install.md", "/docs/guides/nope"),
    ]


# ----- heading anchors: explicit ids and repeated headings, per generator ---------------------

TARGET = """---
title: Target
---

## Examples

## Examples

## Setup {#custom-setup}

<h2 id="raw-id">Raw</h2>

<a id="old-name"></a>

## Café & Crème
"""

GENERATORS = [
    ("hugo.toml", 'baseURL = "https://example.org/"\n', "-1", "café--crème"),
    (
        "hugo.toml",
        'baseURL = "https://example.org/"\n[markup.goldmark.parser]\nautoHeadingIDType = "github-ascii"\n',
        "-1",
        "cafe--creme",
    ),
    ("docusaurus.config.js", "module.exports = {};\n", "-1", "café--crème"),
    ("astro.config.mjs", "export default {};\n", "-1", "café--crème"),
    ("mkdocs.yml", "site_name: x\n", "_1", "cafe-creme"),
    ("_config.yml", "title: x\n", "-1", "caf--crme"),
]


@pytest.mark.parametrize(("config", "text", "repeat", "accented"), GENERATORS)
def test_explicit_and_repeated_heading_anchors_per_generator(
    tmp_path, config, text, repeat, accented
):
    good = ["examples", f"examples{repeat}", "custom-setup", "raw-id", "old-name", accented]
    other = "_1" if repeat == "-1" else "-1"
    bad = [f"examples{repeat[0]}2", f"examples{other}", "setup", "cafe-crme-x"]
    body = " ".join(f"[{a}](target.md#{a})" for a in good + bad)
    write(
        tmp_path,
        {
            config: text,
            "docs/target.md": TARGET,
            "docs/source.md": page("Source", body),
        },
    )
    got = sorted(link.split("#")[1] for _, link in l001())
    assert got == sorted(bad), got


def test_hugo_link_render_hook_makes_bare_words_site_links(tmp_path):
    _hugo_site(tmp_path, HUGO_CONFIG)
    write(
        tmp_path, {"content/guides/words.md": page("Words", "A [term](g) and [x](/guides/gone/).")}
    )
    assert ("content/guides/words.md", "g") in l001("content")
    write(
        tmp_path,
        {"layouts/_default/_markup/render-link.html": '<a href="{{ .Destination }}">x</a>\n'},
    )
    found = l001(".")
    assert ("content/guides/words.md", "g") not in found
    assert ("content/guides/words.md", "/guides/gone/") in found
    # Linting the content folder only: the hook is found next to hugo.toml.
    assert ("content/guides/words.md", "g") not in l001("content")


def test_a_theme_link_render_hook_counts_too(tmp_path):
    _hugo_site(tmp_path, HUGO_CONFIG)
    write(
        tmp_path,
        {
            "content/guides/words.md": page("Words", "A [term](g)."),
            "themes/docs/layouts/_markup/render-link.html": "<a>x</a>\n",
        },
    )
    assert ("content/guides/words.md", "g") not in l001("content")


@pytest.mark.parametrize(
    ("pattern", "path", "front", "generator", "expected"),
    [
        ("ordinal", "_posts/2019-02-01-x.md", {}, "jekyll", "/2019/032/x.html"),
        ("none", "_posts/2019-02-01-x.md", {"categories": ["a", "b"]}, "jekyll", "/a/b/x.html"),
        ("/:year/:slug/", "_posts/2019-02-01-x.md", {"slug": "y"}, "jekyll", "/2019/y/"),
        ("/:title/", "_posts/2019-02-01-x.md", {"date": "2020-05-06 10:00"}, "jekyll", "/x/"),
        (
            "/:year/:month/:title/",
            "content/posts/p.md",
            {"title": "Hi, There", "date": "2021-03-04"},
            "hugo",
            "/2021/03/hi-there/",
        ),
        ("/:sections/:filename/", "content/docs/a/b/index.md", {}, "hugo", "/docs/a/b/"),
        ("/:year/:title/", "content/posts/p.md", {}, "hugo", "/:year/p/"),
    ],
)
def test_expand_permalink(pattern, path, front, generator, expected):
    assert expand_permalink(pattern, PurePosixPath(path), front, generator) == expected


# ----- sites served under a base folder (GitHub Pages project sites) -------------------------

BASED = [
    ("_config.yml", "baseurl: /project\n", "guides/a.md", "/project/guides/b.html"),
    (
        "hugo.toml",
        'baseURL = "https://x.org/project/"\n',
        "content/guides/a.md",
        "/project/guides/b/",
    ),
    (
        "docusaurus.config.js",
        "module.exports = {baseUrl: '/project/'};\n",
        "docs/guides/a.md",
        "/project/docs/guides/b",
    ),
    (
        "astro.config.mjs",
        "export default defineConfig({base: '/project'});\n",
        "src/content/docs/guides/a.md",
        "/project/guides/b/",
    ),
]


@pytest.mark.parametrize(("config", "text", "source", "link"), BASED)
def test_links_under_the_sites_base_folder(tmp_path, config, text, source, link):
    folder = source.rsplit("/", 1)[0]
    gone = link.replace("/b", "/gone")
    write(
        tmp_path,
        {
            config: text,
            source: page("A", f"[b]({link}) [gone]({gone}) [home](/project/)"),
            f"{folder}/b.md": page("B"),
        },
    )
    assert l001() == [(source, gone)]
