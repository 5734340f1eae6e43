"""K001: pages declaring the same target keyword in their front matter."""

from __future__ import annotations

from collections.abc import Iterator

from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.registry import Options, rule
from contentlint.rules._shared.crossdoc import group_problems
from contentlint.rules.keywords.terms import KEYWORD_KEYS, declared_keywords, normalize_keyword

# ----- K001 shared-target-keyword ---------------------------------------------------------


@rule(
    code="K001",
    name="shared-target-keyword",
    severity="warning",
    scope="corpus",
    needs_text=False,
    options={"keys": KEYWORD_KEYS},
)
def shared_target_keyword(corpus: Corpus, opts: Options) -> Iterator[Problem]:
    """Another page declares the same target keyword.

    Why: two pages optimised for one query compete with each other; search engines pick
    one (often the weaker) and the other barely ranks. Yoast calls this a "previously
    used keyphrase"; this rule checks the whole repository.
    How to fix: give each page its own keyword (a more specific variant, a different
    intent), or merge the pages.
    Options: `keys`: front-matter keys that hold the target keyword (`keyword`,
    `keywords`, `focus_keyword`, `focus_keyphrase`, `target_keyword`; also under
    `seo:`). Of a list, the first entry is the target. Keywords are compared without
    case, plural endings or word order.
    Fails: two posts with `focus_keyword: ci tools` and `keyword: CI tool`.
    Passes: `ci tools for monorepos` and `ci tools for startups`.
    """
    keys = list(opts["keys"])

    def key(d: Document) -> str | None:
        found = declared_keywords(d, keys)
        return normalize_keyword(found[0], d.lang) if found else None

    def message(d: Document, others: list[Document], _k: str) -> str:
        kw = declared_keywords(d, keys)[0]
        tail = f" and {len(others) - 1} more" if len(others) > 1 else ""
        return f'target keyword "{kw}" is also the target of {others[0].path}{tail}'

    yield from group_problems(corpus, "K001", corpus.judged, key, message)
