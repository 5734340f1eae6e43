"""M rules: title, description and H1. Failing and passing cases from short inline text."""

from __future__ import annotations

from contentlint.rules.metadata import display_width
from helpers import check, html, md

BODY = "Some text about caching builds, measured over 600 runs in March 2024."
GOOD_TITLE = "How we cut our CI build from 14 to 6 minutes"
GOOD_DESCRIPTION = (
    "Caching, test sharding and a smaller base image took our builds from 14 to 6 "
    "minutes. Here is what we measured."
)


def _md(title: str | None = GOOD_TITLE, description: str | None = None, body: str = BODY) -> str:
    fm = []
    if title is not None:
        fm.append(f"title: {title!r}")
    if description is not None:
        fm.append(f"description: {description!r}")
    return "---\n" + "\n".join(fm) + "\n---\n\n" + body + "\n"


def _html(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# ----- M002 title-length -----------------------------------------------------------------


def test_m002_short_title() -> None:
    [p] = check("M002", md(_md("Notes")))
    assert p.line == 2 and p.whole_document and p.subject == "Notes"
    assert "5 characters long (minimum 15)" in p.message


def test_m002_long_title() -> None:
    title = "A very long title that keeps going with more words than any result can show"
    [p] = check("M002", md(_md(title)))
    assert f"{len(title)} characters long (maximum 70)" in p.message


def test_m002_passes_and_skips_missing_titles() -> None:
    assert check("M002", md(_md())) == []
    assert check("M002", md(_md(title=None))) == []  # M001's business


def test_m002_suffix_counts_for_markdown_and_wide_characters_count_double() -> None:
    suffix = " | The Acme Engineering Blog and Notes"
    [p] = check("M002", md(_md(GOOD_TITLE)), title_suffix=suffix)
    assert f"{len(GOOD_TITLE + suffix)} characters long (maximum 70)" in p.message
    assert display_width("内容质量") == 8
    assert check("M002", md(_md("内容质量很重要啊"))) == []  # 8 wide characters = 16
    [p] = check("M002", md(_md("内容质量")))
    assert "8 characters long (minimum 15)" in p.message


def test_m002_html_title() -> None:
    long = "Breaking: " + "x" * 80 + " | Site"
    [p] = check("M002", html(_html(f"<title>{long}</title>", f"<h1>Hi</h1><p>{BODY}</p>")))
    assert f"{len(long)} characters long" in p.message and p.line == 1


# ----- M003 missing-description ----------------------------------------------------------


def test_m003_missing_description() -> None:
    [p] = check("M003", md(_md()))
    assert p.message == "page has no meta description" and p.whole_document
    assert p.severity is not None and str(p.severity) == "info"


def test_m003_short_and_long_descriptions_point_at_the_key() -> None:
    [p] = check("M003", md(_md(description="Lang team update")))
    assert p.line == 3 and "16 characters long (minimum 50)" in p.message
    [p] = check("M003", md(_md(description=GOOD_DESCRIPTION * 2)))
    assert f"{len(GOOD_DESCRIPTION) * 2} characters long (maximum 160)" in p.message


def test_m003_passes() -> None:
    assert check("M003", md(_md(description=GOOD_DESCRIPTION))) == []
    page = _html(
        f'<title>{GOOD_TITLE}</title><meta name="description" content="{GOOD_DESCRIPTION}">',
        f"<h1>{GOOD_TITLE}</h1><p>{BODY}</p>",
    )
    assert check("M003", html(page)) == []


# ----- M004 h1-problem -------------------------------------------------------------------


def test_m004_body_h1_repeating_the_rendered_title() -> None:
    doc = md(_md(body=f"# {GOOD_TITLE}\n\n{BODY}"))
    [p] = check("M004", doc)
    assert p.line == 5 and p.subject == "h1-repeats-title"
    assert "repeats the title" in p.message


def test_m004_h1_used_for_sections() -> None:
    doc = md(_md(body=f"{BODY}\n\n# Background\n\n{BODY}\n\n# Results\n\n{BODY}"))
    [p] = check("M004", doc)
    assert p.line == 7 and p.subject == "several-h1"
    assert "3 H1 headings" in p.message and "'Background' and 1 more H2" in p.message


def test_m004_one_h1_passes() -> None:
    assert check("M004", md(_md(body=f"{BODY}\n\n## Background\n\n{BODY}"))) == []
    # Theme does not render the title: the body's single H1 is the page's H1.
    doc = md(_md(body=f"# {GOOD_TITLE}\n\n{BODY}"), title_is_h1=False)
    assert check("M004", doc) == []


def test_m004_no_h1_when_the_theme_does_not_render_the_title() -> None:
    doc = md(_md(body=f"## Background\n\n{BODY}"), title_is_h1=False)
    [p] = check("M004", doc)
    assert p.message == "page has no H1 heading" and p.whole_document


def test_m004_html_ignores_template_h1s_but_not_main_ones() -> None:
    article = "".join(f"<p>{BODY} {i}</p>" for i in range(12))
    template = "<header><h1>Acme News</h1></header><div class='modal'><h1>Sign in</h1></div>"
    page = _html(
        f"<title>{GOOD_TITLE}</title>",
        f"{template}<article><h1>{GOOD_TITLE}</h1>{article}</article>",
    )
    assert check("M004", html(page)) == []
    no_h1 = _html(
        f"<title>{GOOD_TITLE}</title>", f"<article><h2>{GOOD_TITLE}</h2>{article}</article>"
    )
    [p] = check("M004", html(no_h1))
    assert p.message == "page has no H1 heading"
