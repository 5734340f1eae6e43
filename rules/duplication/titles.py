"""D004-D006: pages sharing a title, a meta description or an H1.

These compare short fields, not main text: each groups pages by the folded field
(`group_problems`), with no fingerprints and no document text kept for the corpus stage.
"""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.model import text as textmod
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document, Heading
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import group_problems
from contentlint.rules.duplication.fingerprints import clip

# ----- D004-D006 duplicate title, description, H1 ----------------------------------------


def _norm(value: str | None) -> str | None:
    if not value:
        return None
    key = textmod.normalize(value)
    return key or None


def _page_h1(doc: Document) -> Heading | None:
    """The page's own H1: in the main content when there is one (a site logo wrapped in an
    H1 is not the page's heading), never the front-matter title the theme renders (D004
    reports duplicate titles)."""
    own = [
        h
        for h in doc.headings
        if h.level == 1 and not (doc.title_is_h1 and h.text == doc.title and not h.in_main)
    ]
    return next((h for h in own if h.in_main), own[0] if own else None)


def _page_h1_text(doc: Document) -> str | None:
    h = _page_h1(doc)
    return h.text if h else None


def _page_h1_line(doc: Document) -> int:
    h = _page_h1(doc)
    return h.line if h else doc.title_line


@rule(code="D004", name="duplicate-title", severity="warning", scope="corpus", needs_text=False)
def duplicate_title(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same title.

    Why: the title is the headline of the search result; two results with one headline
    compete for the same query and readers cannot tell them apart.
    How to fix: make each title say what is specific to its page (the date of the
    meeting, the version, the audience).
    Titles are compared after case, whitespace and punctuation are folded.
    Fails: two posts titled "Weekly meeting notes".  Passes: "Meeting notes, 3 May 2024".
    """
    yield from group_problems(
        corpus,
        "D004",
        corpus.judged,
        lambda d: _norm(d.title),
        lambda d, others, _k: (
            f'title "{d.title}" is also used by {others[0].path}'
            + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
    )


@rule(
    code="D005", name="duplicate-description", severity="warning", scope="corpus", needs_text=False
)
def duplicate_description(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same meta description.

    Why: the description is the snippet under the search result; a copied one says
    nothing about what this page offers, and search engines replace it.
    How to fix: write a description for each page (one or two sentences on what a
    reader gets from it).
    Fails: every post using the site's tagline as `description`.
    Passes: a description written for the post.
    """
    yield from group_problems(
        corpus,
        "D005",
        corpus.judged,
        lambda d: _norm(d.description),
        lambda d, others, _k: (
            f'description "{clip(d.description or "", 60)}" is also used by '
            f"{others[0].path}" + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
        line=lambda d: d.description_line,
    )


@rule(code="D006", name="duplicate-h1", severity="warning", scope="corpus", needs_text=False)
def duplicate_h1(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page has the same H1 heading.

    Why: the H1 tells readers and search engines what the page is about; two pages with
    one H1 look like one topic split in two.
    How to fix: make the H1 specific to the page. (When the theme renders the title as
    the H1, D004 reports duplicates instead.)
    Fails: two pages whose `# Heading` is "Getting started".  Passes: "Getting started
    with the CLI" and "Getting started with the API".
    """
    yield from group_problems(
        corpus,
        "D006",
        corpus.judged,
        lambda d: _norm(_page_h1_text(d)),
        lambda d, others, _k: (
            f'H1 "{_page_h1_text(d)}" is also used by {others[0].path}'
            + (f" and {len(others) - 1} more" if len(others) > 1 else "")
        ),
        line=_page_h1_line,
    )
