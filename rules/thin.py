"""T: thin content, pages with too little substance to be worth a visit."""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.document import Document
from contentlint.problem import Problem, Severity
from contentlint.registry import Options, rule


@rule(
    code="T001",
    name="low-word-count",
    severity="warning",
    options={"min_words": 300, "error_below": 100},
    option_schema={"min_words": {"minimum": 0}, "error_below": {"minimum": 0}},
)
def low_word_count(doc: Document, opts: Options) -> Iterator[Problem]:
    """Main text is too short to answer anything.

    Why: pages with little main content rarely satisfy a search; search engines treat
    them as thin, and a site with many of them is judged as a whole.
    How to fix: add what a reader came for (steps, examples, data, sources) or merge the
    page into a fuller one and redirect. For glossaries and other short-by-design pages,
    lower `min_words` for that folder with `overrides`.
    Options: `min_words` (300) is the warning threshold; below `error_below` (100) it is
    an error. Words are counted in the main content only (no navigation, no code);
    Chinese and Japanese characters count as word equivalents.
    Fails: a 60-word "best running shoes" page.  Passes: a 900-word guide.
    """
    wc = doc.word_count
    if wc >= opts.min_words:
        return
    severity = Severity.ERROR if wc < opts.error_below else None
    yield Problem(
        code="T001",
        message=f"only {wc} words of main text (minimum {opts.min_words})",
        line=doc.title_line,
        path=doc.path,
        severity=severity,
        subject="low-word-count",
        whole_document=True,
    )
