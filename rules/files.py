"""F: files that cannot be read or parsed. The run goes on with every other file."""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule


def _diagnostics(doc: Document, code: str) -> Iterator[Problem]:
    for p in doc.diagnostics:
        if p.code == code:
            yield p.with_()


@rule(code="F001", name="unreadable-file", severity="error", applies_to=("*",))
def unreadable_file(doc: Document, opts: Options) -> Iterator[Problem]:
    """The file could not be read as text: binary, not UTF-8, too large, too slow, or unreadable.

    Why: a file the linter cannot read is a page nobody has checked; in a content repo it
    is usually an export gone wrong (a binary saved as `.md`, a Windows-1252 file).
    How to fix: save the file as UTF-8 text, remove it from the content folder, or
    raise `max-file-size` (or `max-file-time`) if a page really is that large.
    Fails: `post.md` containing a PNG.  Passes: any UTF-8 Markdown file.
    """
    return _diagnostics(doc, "F001")


@rule(code="F002", name="parse-error", severity="error", applies_to=("*",))
def parse_error(doc: Document, opts: Options) -> Iterator[Problem]:
    """The file's front matter (or HTML) is malformed, so its metadata cannot be trusted.

    Why: a static site generator will either refuse to build the page or publish it
    without its title, date and description.
    How to fix: correct the front matter at the reported line (a missing quote or
    closing fence is the usual cause).
    Fails: `---` followed by `title: [unclosed` and no closing `---`.
    Passes: `---`, `title: "Hello"`, `---`.
    """
    return _diagnostics(doc, "F002")
