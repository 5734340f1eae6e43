"""M: page metadata that search results are built from (title, description, H1)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from contentlint.model import text as textmod
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule


@rule(code="M001", name="missing-title", severity="error")
def missing_title(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page has no title.

    Why: the title is the headline of the search result and the browser tab; without
    one, search engines invent a title from whatever text they find.
    How to fix: add a `title` to the front matter (or a `<title>` element to the page).
    Fails: a Markdown file with no `title` in front matter and no `# Heading`.
    Passes: `title: "How we cut build times by 40%"`.
    """
    if not (doc.title and doc.title.strip()):
        yield doc.problem("M001", "page has no title", line=1, whole_document=True)


def display_width(text: str) -> int:
    """Width of text in Latin-character equivalents: wide (CJK) characters count double,
    as they take about twice the room in a search result."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@rule(
    code="M002",
    name="title-length",
    severity="warning",
    options={"min_chars": 15, "max_chars": 70, "title_suffix": ""},
    option_schema={
        "min_chars": {"minimum": 0},
        "max_chars": {"minimum": 1},
        "title_suffix": {
            "description": "Text the theme appends to every Markdown title, e.g. ' | Acme Blog'."
        },
    },
)
def title_length(doc: Document, opts: Options) -> Iterator[Problem]:
    """The title is too short to say what the page is, or too long to show in full.

    Why: the title is the headline of the search result. Google shows about 600 pixels
    of it (50 to 60 characters) and cuts the rest; a two-word title says nothing about
    the page and is often replaced by one Google writes itself.
    How to fix: put the specific subject first, keep it under 60 to 70 characters, and
    leave site names and taglines to the end (or to the template).
    Options: `min_chars` (15) and `max_chars` (70) bound the title's length, with wide
    (CJK) characters counting double. `title_suffix` (""): what the theme appends to
    Markdown titles (" | Acme Blog"), so the length judged is the one displayed; HTML
    `<title>` elements are judged as they are.
    Fails: "Notes" (5), or a 95-character headline with the site name appended.
    Passes: "How we cut our CI build from 14 to 6 minutes" (44).
    """
    if not (doc.title and doc.title.strip()):
        return  # M001
    shown = doc.title.strip() + (opts.title_suffix if doc.format == "markdown" else "")
    width = display_width(shown)
    if width < opts.min_chars:
        message = (
            f"title is {width} characters long (minimum {opts.min_chars}): "
            "say what the page is about"
        )
    elif width > opts.max_chars:
        message = (
            f"title is {width} characters long (maximum {opts.max_chars}): "
            "search results cut it at about 60"
        )
    else:
        return
    yield doc.problem("M002", message, subject=doc.title, whole_document=True)


@rule(
    code="M003",
    name="missing-description",
    severity="info",
    options={"min_chars": 50, "max_chars": 160},
    option_schema={"min_chars": {"minimum": 0}, "max_chars": {"minimum": 1}},
)
def missing_description(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page has no meta description, or one too short or too long for the snippet.

    Why: the description is the snippet under the title in search results and the text
    of link previews; without one, search engines and social sites pick a sentence from
    the page, often the wrong one.
    How to fix: add a `description` to the front matter (or a `<meta name="description">`)
    of one or two sentences that say what the reader will get, in 50 to 160 characters.
    Options: `min_chars` (50) and `max_chars` (160, where Google's snippet is cut) bound
    the length; wide (CJK) characters count double. Default severity is info: many
    themes fall back to the first paragraph, so a missing description is not always
    felt.
    Fails: no `description` key; `description: "Lang team update"`.
    Passes: "Caching, test sharding and a smaller image took our builds from 14 to 6
    minutes. Here is what we measured."
    """
    text = (doc.description or "").strip()
    if not text:
        yield doc.problem(
            "M003", "page has no meta description", subject="missing", whole_document=True
        )
        return
    width = display_width(text)
    if width < opts.min_chars:
        message = (
            f"description is {width} characters long (minimum {opts.min_chars}): "
            "too short to work as a snippet"
        )
    elif width > opts.max_chars:
        message = (
            f"description is {width} characters long (maximum {opts.max_chars}): "
            "search results cut it"
        )
    else:
        return
    yield doc.problem("M003", message, line=doc.description_line, subject=text, whole_document=True)


@rule(code="M004", name="h1-problem", severity="warning")
def h1_problem(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page has no H1, or more than one.

    Why: the H1 is the page's visible headline; readers, screen readers and search
    engines use it to confirm what the page is. A second H1 is either the title shown
    twice or a section heading one level too high, which flattens the outline.
    How to fix: give the page one H1 that matches its title. When the theme renders the
    front-matter title as the H1 (`title-is-h1`, the default), do not repeat it as
    `# Title` in the body, and start sections at `##`.
    Options: none. In HTML, H1s outside the main content (logos, modal dialogs) are not
    counted as extra H1s, but any H1 on the page counts as having one.
    Fails: front matter `title: "Rust 2024"` and a body starting with `# Rust 2024`; a
    body with `# Background` and `# Results`.  Passes: one H1, sections at `##`.
    """
    h1s = [h for h in doc.headings if h.level == 1 and h.text.strip()]
    if not h1s:
        yield doc.problem("M004", "page has no H1 heading", subject="no-h1", whole_document=True)
        return
    if doc.format == "html":
        counted = [h for h in h1s if h.in_main]
        if len({textmod.normalize(h.text) for h in counted}) < 2:
            return
        extra = counted[1:]
        yield doc.problem(
            "M004",
            f"{len(counted)} H1 headings in the main content: keep one and make "
            f"{extra[0].text!r} an H2",
            line=extra[0].line,
            column=extra[0].column,
            subject="several-h1",
        )
        return
    title_key = textmod.normalize(doc.title or "")
    body = [h for h in h1s if h.in_main]
    if doc.title_is_h1:
        repeats = [h for h in body if textmod.normalize(h.text) == title_key]
        for h in repeats[:1]:
            yield doc.problem(
                "M004",
                f"H1 {h.text!r} repeats the title, which the theme already shows as the H1",
                line=h.line,
                column=h.column,
                subject="h1-repeats-title",
            )
        others = [h for h in body if h not in repeats]
        shown = 1
    else:
        others = body[1:]
        shown = 1 if body else 0
    if others:
        total = shown + len(others)
        yield doc.problem(
            "M004",
            f"{total} H1 headings: keep one and make {others[0].text!r}"
            + (f" and {len(others) - 1} more" if len(others) > 1 else "")
            + " H2",
            line=others[0].line,
            column=others[0].column,
            subject="several-h1",
        )
