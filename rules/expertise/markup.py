"""Structured data saying who wrote the article and when (E007).

Reads the page's JSON-LD graph (`signals.structured`) and the microdata the HTML scan
recorded; a malformed JSON-LD block is reported instead, since search engines ignore it.
"""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.signals.structured import article_nodes, jsonld_author_names, jsonld_date

# ----- E007 missing-article-markup ----------------------------------------------------------------


@rule(
    code="E007",
    name="missing-article-markup",
    severity="warning",
    formats=("html",),
)
def missing_article_markup(doc: Document, opts: Options) -> Iterator[Problem]:
    """An HTML article has no structured data naming its author and publication date.

    Why: `Article` markup is how search engines read who wrote a page and when
    (bylines and dates in search results, Top Stories, author knowledge panels);
    malformed JSON-LD is ignored entirely, silently.
    How to fix: add a JSON-LD `Article` (or `NewsArticle`, `BlogPosting`) with
    `author` (a Person or Organization with a `name`, ideally a `url`) and
    `datePublished`; fix the reported syntax error in a malformed block.
    Options: none. Microdata (`itemscope itemtype=".../Article"` with `itemprop`
    author and datePublished) counts too. Malformed JSON-LD is reported at its line,
    and then nothing else is: the missing Article is usually inside the broken block.
    Fails: a blog post whose only JSON-LD is a `WebSite`; `{"@type": "Article",}`.
    Passes: `{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Doe"},
    "datePublished": "2024-03-01"}`.
    """
    broken = [b for b in doc.json_ld if b.error]
    for block in broken:
        yield doc.problem(
            "E007",
            f"malformed JSON-LD (ignored by search engines): {block.error}",
            line=block.line,
            subject=f"malformed-json-ld:{block.error}",
        )
    if broken:
        return
    articles = list(article_nodes(doc))
    micro = (doc.extra.get("page_signals") or {}).get("articles", [])
    complete_micro = any(m["author"] and m["date"] for m in micro)
    if not articles and not micro:
        yield doc.problem(
            "E007",
            "no Article structured data: add JSON-LD `Article`/`BlogPosting` with `author` and "
            "`datePublished`",
            whole_document=True,
            subject="no-article-markup",
        )
        return
    if complete_micro:
        return
    best: tuple[int, list[str], int] | None = None
    for block, node, index in articles:
        missing = []
        if not jsonld_author_names(node, index):
            missing.append("`author` with a name")
        if not jsonld_date(node.get("datePublished")):
            missing.append("a valid `datePublished`")
        if not missing:
            return
        if best is None or len(missing) < len(best[1]):
            best = (block.line, missing, len(missing))
    if best is None:  # microdata only, and incomplete
        m = micro[0]
        missing = [w for w, ok in (("author", m["author"]), ("datePublished", m["date"])) if not ok]
        best = (m["line"], [f"`{w}`" for w in missing], len(missing))
    yield doc.problem(
        "E007",
        f"Article markup lacks {' and '.join(best[1])}",
        line=best[0],
        whole_document=True,
        subject="incomplete-article-markup",
    )
