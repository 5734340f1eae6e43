"""M: page metadata that search results are built from (title, description, H1)."""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.document import Document
from contentlint.problem import Problem
from contentlint.registry import Options, rule


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
