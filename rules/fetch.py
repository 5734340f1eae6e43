"""F: pages of a crawled site (or a WARC archive) that could not be fetched or judged."""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule


def _diagnostics(doc: Document, code: str) -> Iterator[Problem]:
    for p in doc.diagnostics:
        if p.code == code:
            yield p.with_()


@rule(code="F003", name="fetch-failed", severity="error", applies_to=("*",))
def fetch_failed(doc: Document, opts: Options) -> Iterator[Problem]:
    """A crawled URL could not be fetched: an HTTP error, a timeout, a redirect loop.

    Why: a linked page that answers 404 or 500, never answers, or redirects in circles is
    a dead end for readers and for search engines, and its content cannot be checked.
    The message gives the reason; the related location is the page that linked to it.
    How to fix: repair or remove the link, fix the server error, or redirect the URL
    (once) to the page that replaced it. Timeouts and size limits can be raised with
    `--timeout` and `--max-body` when the page is fine but slow or large.
    Fails: a link to `/old-post/` that answers 404.  Passes: every link answers 200.
    """
    return _diagnostics(doc, "F003")


@rule(code="F004", name="needs-rendering", severity="warning", applies_to=("*",))
def needs_rendering(doc: Document, opts: Options) -> Iterator[Problem]:
    """The page's HTML is an empty shell that a JavaScript app fills in.

    Why: what readers see is not in the HTML, so it cannot be linted, and search engines
    only see it after rendering it (later, and not always). Content rules such as thin
    content are not run on such pages: the HTML is not the page.
    How to fix: serve server-rendered or pre-rendered HTML (SSR, static export), or lint
    the rendered HTML instead.
    Fails: `<div id="root"></div><script src="/app.js"></script>` and no text.
    Passes: the same app rendered on the server, with its text in the HTML.
    """
    return _diagnostics(doc, "F004")
