"""E001-E009: expertise and trust markers, a failing and a passing case each."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import check, codes, html, md, run, words, write

REPO = Path(__file__).resolve().parents[2]


def post(front: str = "", body: str = "Text.", path: str = "content/post.md"):
    return md(f"---\ntitle: A post\n{front}---\n{body}\n", path=path)


def page(head: str = "", body: str = "", url: str | None = None, title: str = "A post"):
    text = f"""<!DOCTYPE html><html lang="en"><head><title>{title}</title>{head}</head>
    <body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}
    <p>{words(60)}</p></article></body></html>"""
    return html(text, url=url)


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ----- E001 missing-author -------------------------------------------------------------------------


def test_e001_fails_without_an_author_anywhere():
    [p] = check("E001", post("date: 2024-01-01\n"))
    assert p.message.startswith("no author named on the page")
    assert p.line == 2  # the title line


def test_e001_passes_with_front_matter_or_byline():
    assert check("E001", post("author: Jane Doe\n")) == []
    assert check("E001", page(body="<p class='byline'>By Jane Doe</p>")) == []


def test_e001_options_keys_and_site_author():
    doc = post("writer_name: Ann Lee\n")
    assert codes(check("E001", doc)) == ["E001"]
    assert check("E001", doc, front_matter_keys=["writer_name"]) == []
    assert check("E001", post(), site_author="Site Owner") == []


def test_e001_sidebar_byline_is_not_an_author():
    doc = page(
        body="</article><aside class='sidebar'><p class='byline'>By Rahul Mehta</p></aside><article>"
    )
    assert codes(check("E001", doc)) == ["E001"]


# ----- E002 missing-date ---------------------------------------------------------------------------


def test_e002_fails_without_a_date():
    [p] = check("E002", post("author: Jane Doe\n"))
    assert "no publication or update date" in p.message


@pytest.mark.parametrize(
    "doc",
    [
        post("date: 2024-01-01\n"),
        post("", path="content/2019/10/15/slug.md"),
        md('+++\ntitle = "x"\npath = "2019/10/15/slug"\n+++\nText.\n'),
        page(body='<p><time datetime="2019-11-19">Nov. 19, 2019</time></p>'),
        page(body="<p class='date'>Updated 3 hours ago</p>"),
    ],
    ids=["front-matter", "file-path", "zola-path", "time-element", "relative-date"],
)
def test_e002_passes_with_a_date(doc):
    assert check("E002", doc) == []


# ----- E003 stale-content --------------------------------------------------------------------------


def test_e003_judges_only_marked_paths_and_measures_from_now():
    old = post("date: 2019-05-15\n", path="content/news/prices.md")
    other = post("date: 2019-05-15\n", path="content/posts/essay.md")
    assert check("E003", [old, other], now="2024-06-01") == []  # no paths: nothing is judged
    [p] = check("E003", [old, other], paths=["content/news/**"], now="2024-06-01")
    assert p.path == "content/news/prices.md" and p.line == 3
    assert "last updated 2019-05-15 (60 months ago" in p.message


def test_e003_passes_when_updated_recently_or_within_the_limit():
    fresh = post("date: 2019-05-15\nlastmod: 2024-01-10\n", path="content/news/prices.md")
    assert check("E003", [fresh], paths=["content/news/**"], now="2024-06-01") == []
    old = post("date: 2023-01-15\n", path="content/news/prices.md")
    assert check("E003", [old], paths=["news/"], now="2024-06-01", max_age_months=24) == []


def test_e003_now_on_the_command_line(tmp_path):
    write(
        tmp_path,
        {
            ".contentlint.yml": 'rules:\n  E003:\n    paths: ["news/**"]\n',
            "news/prices.md": "---\ntitle: Prices\nauthor: Jane Doe\ndate: 2023-01-15\n---\nText.\n",
        },
    )
    args = ["check", str(tmp_path), "--select", "E003", "--no-cache"]
    assert "E003" not in run(*args, "--now", "2024-06-01").output
    late = run(*args, "--now", "2026-06-01")
    assert "E003" in late.output and "40 months ago" in late.output
    assert run(*args, "--now", "June 2026").exit_code == 2


# ----- E004 no-citations ---------------------------------------------------------------------------


def long_post(extra: str = "", front: str = "") -> object:
    body = "\n\n".join(words(100, start=i) for i in range(12)) + "\n\n" + extra
    return md(f"---\ntitle: Health claims\n{front}---\n{body}\n")


def test_e004_fails_on_a_long_article_without_sources():
    doc = long_post("See [the shop](https://shop.example.com/?tag=me-21).")
    assert check("E004", doc) == []  # one link per 1,200 words is enough by default
    [p] = check("E004", doc, min_per_1000_words=1.0)
    assert p.message.startswith("1 link to outside sources in 1,2")


def test_e004_share_and_affiliate_links_do_not_count():
    links = (
        "[share](https://www.facebook.com/sharer/sharer.php?u=x) "
        "[tweet](https://twitter.com/intent/tweet?url=x) "
        "[buy](https://amzn.to/3abc) [buy](https://www.amazon.com/dp/B01?tag=site-20)"
    )
    [p] = check("E004", long_post(links))
    assert p.message.startswith("0 links")


def test_e004_passes_with_sources_or_a_references_section():
    cited = "Studies: [one](https://doi.org/10.1/a), [two](https://nih.gov/b)."
    assert check("E004", long_post(cited)) == []
    assert check("E004", long_post("## Sources\n\n- A book I read")) == []
    assert check("E004", post(body=words(200))) == []  # short pages are not judged


# ----- E005 no-first-hand-experience ------------------------------------------------------------------


def test_e005_fails_on_a_review_without_experience():
    doc = md(f"---\ntitle: The 7 best running shoes\n---\n{words(350)}\n")
    [p] = check("E005", doc)
    assert p.severity.name == "INFO" and p.message.startswith("comparison with no sign")


@pytest.mark.parametrize(
    "extra",
    [
        "I tested each pair on a 10 km loop for three weeks.",
        "In our testing the cheapest pair lasted longest.",
        "| Shoe | Weight | Drop |\n|---|---|---|\n| A | 250 g | 8 mm |\n| B | 270 g | 6 mm |\n| C | 230 g | 4 mm |",
    ],
    ids=["first-person", "our-testing", "data-table"],
)
def test_e005_passes_with_experience(extra):
    doc = md(f"---\ntitle: The 7 best running shoes\n---\n{words(350)}\n\n{extra}\n")
    assert check("E005", doc) == []


@pytest.mark.parametrize(
    ("title", "judged"),
    [
        ("A beginner's guide to sourdough", True),
        ("Guide: repotting orchids", True),
        ("How to repot an orchid", True),
        ("rustc-dev-guide Overview", False),  # a document's name, not a how-to
        ("Why we run", False),
    ],
)
def test_e005_article_type_from_the_title(title, judged):
    doc = md(f'---\ntitle: "{title}"\n---\n{words(350)}\n')
    assert codes(check("E005", doc)) == (["E005"] if judged else [])


def test_e005_only_judges_configured_article_types():
    essay = md(f"---\ntitle: Why we run\n---\n{words(350)}\n")
    assert check("E005", essay) == []
    assert codes(check("E005", essay, article_types=["*"])) == ["E005"]


# ----- E006 author-without-profile -----------------------------------------------------------------------


def test_e006_author_missing_from_authors_data():
    doc = post("author: Ghost Writer\n")
    [p] = check("E006", [doc], authors={"jane-doe": {"name": "Jane Doe"}})
    assert "'Ghost Writer' has no profile" in p.message and p.line == 3  # the author key


def test_e006_passes_when_the_author_is_in_the_data_by_id_or_name():
    authors = {"jane-doe": {"name": "Jane Doe"}, "bc": {"name": "Bo Chen"}}
    assert (
        check("E006", [post("author: jane-doe\n"), post("author: Bo Chen\n")], authors=authors)
        == []
    )


def test_e006_markdown_without_data_or_profile_pages_is_not_judged():
    assert check("E006", [post("author: Jane Doe\n")]) == []


def test_e006_profile_page_in_the_corpus():
    profile = md("---\ntitle: Jane Doe\n---\nBio.\n", path="content/authors/jane-doe/_index.md")
    jane, ghost = post("author: Jane Doe\n"), post("author: Ghost Writer\n", path="content/b.md")
    found = check("E006", [profile, jane, ghost])
    assert [p.path for p in found] == ["content/b.md"]


def test_e006_html_byline_linking_to_a_profile_on_the_site():
    linked = page(
        body='<p class="byline">By <a href="/authors/jane-doe/">Jane Doe</a></p>',
        url="https://news.example.org/2024/01/02/story/",
    )
    assert check("E006", [linked]) == []
    unlinked = page(
        body='<p class="byline">By <a href="https://twitter.com/jd">Jane Doe</a></p>',
        url="https://news.example.org/2024/01/02/story/",
    )
    [p] = check("E006", [unlinked])
    assert p.related and p.related[0].path == "https://twitter.com/jd"


def test_e006_organisations_are_not_judged():
    doc = page(
        head=ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}})
    )
    assert check("E006", [doc]) == []


def test_e006_authors_data_folder_from_config(tmp_path):
    write(
        tmp_path,
        {
            ".contentlint.yml": "rules:\n  E006:\n    authors_file: data/authors\n",
            "data/authors/jane-doe.toml": 'name = "Jane Doe"\n',
            "content/a.md": "---\ntitle: A\nauthor: Jane Doe\n---\nText.\n",
            "content/b.md": "---\ntitle: B\nauthor: Ghost Writer\n---\nText.\n",
        },
    )
    out = run("check", str(tmp_path), "--select", "E006", "--no-cache").output
    assert "b.md:3:1: E006" in out and "a.md" not in out


def test_e006_missing_authors_file_is_a_config_error(tmp_path):
    write(
        tmp_path,
        {".contentlint.yml": "rules:\n  E006:\n    authors_file: data/nope\n", "a.md": "# A\n"},
    )
    result = run("check", str(tmp_path), "--no-cache")
    assert result.exit_code == 2 and "rules.E006.authors_file" in result.output


# ----- E007 missing-article-markup ----------------------------------------------------------------------


def test_e007_fails_without_article_markup():
    [p] = check("E007", page(head=ld({"@type": "WebSite", "name": "X"})))
    assert p.message.startswith("no Article structured data")


def test_e007_malformed_json_ld_is_reported_at_its_line():
    doc = html(
        '<html><head><title>A</title>\n<script type="application/ld+json">\n'
        '{"@type": "Article",\n "name": broken}\n</script></head><body><h1>A</h1><p>x</p></body></html>'
    )
    [p] = check("E007", doc)
    assert p.line == 4 and p.message.startswith("malformed JSON-LD")


def test_e007_article_without_author_or_date():
    [p] = check(
        "E007", page(head=ld({"@type": "NewsArticle", "author": {}, "datePublished": "0001-01-01"}))
    )
    assert p.message == "Article markup lacks `author` with a name and a valid `datePublished`"


def test_e007_passes_with_complete_json_ld_or_microdata():
    complete = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "BlogPosting", "author": {"@id": "#jane"}, "datePublished": "2024-03-01"},
            {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
        ],
    }
    assert check("E007", page(head=ld(complete))) == []
    micro = html(
        '<html><head><title>A</title></head><body><article itemscope itemtype="https://schema.org/Article">'
        '<h1 itemprop="headline">A</h1><span itemprop="author">Jane Doe</span>'
        '<meta itemprop="datePublished" content="2024-03-01"><p>x</p></article></body></html>'
    )
    assert check("E007", micro) == []


def test_e007_is_html_only():
    from contentlint.model.registry import get_rule

    assert get_rule("E007").formats == frozenset({"html"})


# ----- E008 date-mismatch ----------------------------------------------------------------------------------


def test_e008_front_matter_date_against_the_path():
    doc = md('+++\ntitle = "x"\npath = "2019/10/15/slug"\ndate = 2021-03-01\n+++\nText.\n')
    [p] = check("E008", doc)
    assert p.line == 4
    assert p.message == (
        "publication dates disagree: front matter `date` says 2021-03-01, "
        "front matter `path` says 2019-10-15"
    )


def test_e008_jekyll_file_name_against_front_matter():
    doc = post("date: 2020-01-09\n", path="_posts/2019-10-15-slug.md")
    assert codes(check("E008", doc)) == ["E008"]
    same_day = post("date: 2019-10-16 01:00:00 +0800\n", path="_posts/2019-10-15-slug.md")
    assert check("E008", same_day) == []  # a day of slack for time zones


def test_e008_visible_date_against_structured_data():
    doc = page(
        head=ld({"@type": "Article", "datePublished": "2024-03-01", "dateModified": "2024-03-04"}),
        body="<p class='date'>Published February 12, 2023</p>",
    )
    [p] = check("E008", doc)
    assert "the date shown on the page ('Published February 12, 2023') matches none" in p.message


def test_e008_visible_update_date_matching_date_modified_passes():
    doc = page(
        head=ld({"@type": "Article", "datePublished": "2024-03-01", "dateModified": "2024-03-04"}),
        body="<p class='date'>Updated March 4, 2024</p><p><time datetime='2024-03-01'>March 1</time></p>",
    )
    assert check("E008", doc) == []


def test_e008_modified_before_published():
    doc = page(
        head=ld({"@type": "Article", "datePublished": "2024-03-01", "dateModified": "2023-01-04"})
    )
    [p] = check("E008", doc)
    assert p.message.startswith("modified date 2023-01-04 (JSON-LD) is before the publication date")


def test_e008_relative_and_ambiguous_dates_do_not_disagree():
    doc = page(
        head=ld({"@type": "Article", "datePublished": "2018-10-05"}),
        body="<p class='date'>05/10/2018</p><p class='date'>Posted 2 days ago</p>",
    )
    assert check("E008", doc) == []


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_e008_date_bumping_against_the_previous_commit(tmp_path):
    text = "\n\n".join(words(80, start=i) for i in range(4))
    write(
        tmp_path,
        {"post.md": f"---\ntitle: Notes\ndate: 2023-01-05\nlastmod: 2023-01-05\n---\n{text}\n"},
    )
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.email=a@b", "-c", "user.name=a", "add", "post.md")
    git(tmp_path, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "one")
    # Bump the date and touch two words: date bumping, against the committed version.
    (tmp_path / "post.md").write_text(
        f"---\ntitle: Notes\ndate: 2023-01-05\nlastmod: 2024-06-01\n---\n{text} Updated today.\n",
        encoding="utf-8",
    )
    out = run("check", str(tmp_path / "post.md"), "--select", "E008", "--no-cache").output
    assert "post.md:4:1: E008" in out
    assert "front matter `lastmod` moved from 2023-01-05 to 2024-06-01 but only 2 words" in out
    # Commit it: the file is clean, so it is compared with the commit before (still a bump).
    git(tmp_path, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qam", "bump")
    assert (
        "date bumping"
        in run("check", str(tmp_path / "post.md"), "--select", "E008", "--no-cache").output
    )
    # A real update: the same new date with a rewritten section is fine.
    (tmp_path / "post.md").write_text(
        f"---\ntitle: Notes\ndate: 2023-01-05\nlastmod: 2024-07-01\n---\n{words(120, start=7)}\n",
        encoding="utf-8",
    )
    assert (
        "E008"
        not in run("check", str(tmp_path / "post.md"), "--select", "E008", "--no-cache").output
    )


def test_e008_consistent_dates_pass():
    doc = md(
        '+++\ntitle = "x"\npath = "2019/10/15/slug"\ndate = 2019-10-15\nlastmod = 2020-01-01\n+++\nText.\n'
    )
    assert check("E008", doc) == []


# ----- E009 missing-trust-pages --------------------------------------------------------------------------


def site(n: int, extra: dict | None = None) -> list:
    docs = [md("---\ntitle: Home\n---\nWelcome.\n", path="content/_index.md")]
    docs += [post("author: Jane Doe\n", path=f"content/posts/p{i}.md") for i in range(n - 1)]
    for path, text in (extra or {}).items():
        docs.append(md(text, path=path))
    return docs


def test_e009_fails_once_on_the_home_page():
    [p] = check("E009", site(12))
    assert p.path == "content/_index.md" and p.line == 1
    assert "has no About, Contact or editorial-policy page" in p.message


def test_e009_passes_with_an_about_page_or_a_link_to_one():
    assert check("E009", site(12, {"content/about.md": "---\ntitle: About us\n---\nWe.\n"})) == []
    linked = site(12, {"content/posts/x.md": "---\ntitle: X\n---\n[Contact us](/contact/)\n"})
    assert check("E009", linked) == []


def test_e009_small_corpora_are_not_judged_and_require_is_configurable():
    assert check("E009", site(5)) == []
    about = {"content/about.md": "---\ntitle: About us\n---\nWe.\n"}
    [p] = check("E009", site(12, about), require=["about", "contact"])
    assert "has no Contact page" in p.message


# ----- the fixture site -------------------------------------------------------------------------------------


def test_fixture_site_reports_what_its_pages_show(tmp_path):
    shutil.copytree(REPO / "fixtures" / "eeat", tmp_path / "eeat")
    result = run(
        "check",
        "--config",
        str(tmp_path / "eeat" / ".contentlint.yml"),
        str(tmp_path / "eeat"),
        "--select",
        "E",
        "--now",
        "2024-06-01",
        "--no-cache",
        "--output-format",
        "json",
    )
    found = sorted((Path(p["path"]).name, p["code"]) for p in json.loads(result.output))
    assert found == [
        ("best-ci-tools.md", "E004"),
        ("best-ci-tools.md", "E005"),
        ("best-ci-tools.md", "E006"),
        ("broken-markup.html", "E007"),
        ("ci-price-change.md", "E003"),
        ("moved-post.md", "E008"),
        ("undated-notes.md", "E001"),
        ("undated-notes.md", "E002"),
    ]


def test_metrics_for_rule_packs():
    from contentlint.signals import metrics

    doc = md(
        "---\ntitle: x\nauthors: [Ann Lee, Bo Chen]\n---\n"
        + words(500)
        + " [a](https://doi.org/1)\n"
    )
    assert metrics.value(doc, "authors") == 2
    assert metrics.value(doc, "citations_per_1000") == pytest.approx(1000 / doc.word_count)
